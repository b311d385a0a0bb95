/**
 * `vnreport summary [inputs...]`: corpus tables — documents and failures,
 * totals per field, the most cited documents (dates seen, conflicts
 * flagged), the most frequent people (titles seen, first and last event
 * date), statistics by unit. Results are aggregated as they stream out of
 * the batch engine, or read back from extract's NDJSON; memory follows the
 * number of distinct keys, not of documents. Exit 1 if any input failed.
 */
import chalk, { Chalk } from 'chalk';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { progressWanted, startProgress } from '../batch/progress.js';
import { defaultJobs } from '../batch/run.js';
import { isErrorRecord } from '../model/report.js';
import { CorpusAggregator } from '../summary/aggregate.js';
import { SUMMARY_FORMATS, renderCsv, renderJson, renderMarkdown, renderTable, type SummaryFormat } from '../summary/render.js';
import { planSources, summarySources } from '../summary/sources.js';
import { SUMMARY_TABLE_NAMES, summaryTables, type SummaryTableName } from '../summary/tables.js';
import type { CorpusSummary } from '../summary/types.js';
import { parseJobs } from './extract.js';
import { EXIT_FAILURE, EXIT_USAGE, type ExitState } from './main.js';

interface SummaryOptions {
  format: SummaryFormat;
  top: number;
  table?: SummaryTableName;
  fromNdjson?: string[];
  jobs: number;
  quiet?: boolean;
}

function parseTop(value: string): number {
  const top = Number(value);
  if (!Number.isInteger(top) || top < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return top;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function renderSummary(summary: CorpusSummary, options: Pick<SummaryOptions, 'format' | 'table'>): string {
  if (options.format === 'json') return renderJson(summary);
  const tables = summaryTables(summary).filter((t) => !options.table || t.name === options.table);
  if (options.format === 'csv') return renderCsv(tables);
  if (options.format === 'md') return renderMarkdown(tables);
  return renderTable(tables, new Chalk({ level: process.stdout.isTTY ? chalk.level : 0 }));
}

async function runSummary(inputs: string[], options: SummaryOptions, exit: ExitState): Promise<void> {
  const fromNdjson = options.fromNdjson ?? [];
  if (inputs.length === 0 && fromNdjson.length === 0) {
    process.stderr.write('vnreport: no input given (texts to analyze, or --from-ndjson FILE of extract results)\n');
    exit.code = EXIT_USAGE;
    return;
  }
  if (options.table && options.format === 'json') {
    process.stderr.write('vnreport: --table picks one table of --format table, csv or md\n');
    exit.code = EXIT_USAGE;
    return;
  }
  const plan = await planSources(inputs, fromNdjson);
  const countable = plan.every((s) => s.kind === 'analyze') ? inputs : undefined;
  const showProgress = progressWanted(options.quiet);
  const progress = startProgress({ enabled: showProgress, inputs: countable });
  const aggregator = new CorpusAggregator();
  try {
    for await (const { result, bytes } of summarySources(plan, { jobs: options.jobs, measureBytes: showProgress })) {
      progress.tick(bytes);
      aggregator.add(result);
      if (isErrorRecord(result)) {
        progress.log(`vnreport: ${result.source}: ${result.error.message}`);
        exit.code = EXIT_FAILURE;
      }
    }
  } finally {
    progress.stop();
  }
  process.stdout.write(renderSummary(aggregator.summarize(options.top), options));
}

export function registerSummary(program: Command, exit: ExitState): void {
  program
    .command('summary')
    .description('corpus tables: totals per field, most cited documents, most frequent people, statistics by unit')
    .argument('[inputs...]', 'texts to analyze (files, directories, globs), or *.ndjson results of extract')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...SUMMARY_FORMATS]).default('table'))
    .option('--top <n>', 'rows in each ranked table', parseTop, 20)
    .addOption(new Option('-t, --table <table>', 'print only this table').choices([...SUMMARY_TABLE_NAMES]))
    .option('--from-ndjson <file>', 'read results of `extract --format ndjson` (- for stdin); repeatable', collect)
    .option('-j, --jobs <n>', 'worker threads', parseJobs, defaultJobs())
    .option('-q, --quiet', 'no progress display on stderr')
    .action((inputs: string[], options: SummaryOptions) => runSummary(inputs, options, exit));
}
