/**
 * `vnreport extract [inputs...]`: one result per input, in input order,
 * streamed to stdout or atomically to --out. A failed input yields an error
 * record in its place and the batch goes on; exit 1 if any failed.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { atomicFileSink, stdoutSink, type Sink } from '../batch/atomicWrite.js';
import { STDIN_SOURCE, streamInputs } from '../batch/inputs.js';
import { defaultJobs, runBatch } from '../batch/run.js';
import { isErrorRecord } from '../model/report.js';
import { FORMAT_NAMES, jsonFormat, ndjsonFormat, type FormatName } from './formats.js';
import { EXIT_FAILURE, EXIT_USAGE, type ExitState } from './main.js';

interface ExtractOptions {
  format: FormatName;
  out?: string;
  jobs: number;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() ?? false;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return jobs;
}

function reportError(source: string, message: string): void {
  process.stderr.write(`vnreport: ${source === STDIN_SOURCE ? 'standard input' : source}: ${message}\n`);
}

async function runExtract(inputs: string[], options: ExtractOptions, exit: ExitState): Promise<void> {
  if (inputs.length === 0) {
    process.stderr.write('vnreport: no input given (name files, directories, globs, or - for standard input)\n');
    exit.code = EXIT_USAGE;
    return;
  }
  const single = inputs.length === 1 && (inputs[0] === STDIN_SOURCE || (await isFile(inputs[0])));
  const format = options.format === 'ndjson' ? ndjsonFormat : jsonFormat(single);
  let sink: Sink;
  try {
    sink = options.out ? atomicFileSink(options.out) : stdoutSink();
  } catch (err) {
    process.stderr.write(`vnreport: cannot write ${options.out}: ${(err as Error).message}\n`);
    exit.code = EXIT_USAGE;
    return;
  }
  try {
    await sink.write(format.begin());
    let index = 0;
    for await (const result of runBatch(streamInputs(inputs), { jobs: options.jobs })) {
      if (isErrorRecord(result)) {
        reportError(result.source, result.error.message);
        exit.code = EXIT_FAILURE;
      }
      await sink.write(format.item(result, index++));
    }
    await sink.write(format.end(index));
    await sink.commit();
  } catch (err) {
    await sink.abort();
    process.stderr.write(`vnreport: cannot write output: ${(err as Error).message}\n`);
    exit.code = EXIT_USAGE;
  }
}

export function registerExtract(program: Command, exit: ExitState): void {
  program
    .command('extract')
    .description('extract attendees, citations, statistics and directives as JSON')
    .argument('[inputs...]', 'files, directories (searched for *.txt), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMAT_NAMES]).default('json'))
    .option('-o, --out <file>', 'write to FILE atomically instead of standard output')
    .option('-j, --jobs <n>', 'worker threads', parseJobs, defaultJobs())
    .action((inputs: string[], options: ExtractOptions) => runExtract(inputs, options, exit));
}
