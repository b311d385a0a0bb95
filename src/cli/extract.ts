/**
 * `vnreport extract [inputs...]`: one result per input, in input order,
 * streamed to stdout or atomically to --out. A failed input yields an error
 * record in its place and the batch goes on; exit 1 if any failed.
 *
 * With --input-format ndjson it is a mapper for a cluster: lines
 * {"id", "text"} on stdin (or one NDJSON file), exactly one result line per
 * input line, in the same order (src/batch/mapper.ts).
 *
 * SIGINT and SIGTERM stop cleanly (src/batch/interrupt.ts): stdout keeps
 * whole lines only, --out leaves nothing behind, exit 130 or 143. A write
 * error (a full disk, a closed pipe) stops the batch with a plain message.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { atomicFileSink, describeWriteError, isBrokenPipe, stdoutSink, type Sink } from '../batch/atomicWrite.js';
import { STDIN_SOURCE, parseByteSize, streamInputs } from '../batch/inputs.js';
import { trapInterrupts } from '../batch/interrupt.js';
import type { BatchJob } from '../batch/job.js';
import { readLines } from '../batch/lines.js';
import { mapperJobs } from '../batch/mapper.js';
import { progressWanted, startProgress, type Progress } from '../batch/progress.js';
import { defaultJobs, mapJobs, runJobs } from '../batch/run.js';
import { isErrorRecord } from '../model/report.js';
import { CSV_TABLE_NAMES, type CsvTableName } from './csv.js';
import { FORMAT_NAMES, csvFormat, jsonFormat, ndjsonFormat, type FormatName, type ResultFormat } from './formats.js';
import { EXIT_FAILURE, EXIT_USAGE, type ExitState } from './main.js';

const INPUT_FORMATS = ['files', 'ndjson'] as const;
type InputFormat = (typeof INPUT_FORMATS)[number];

/** A closed pipe (`| head`) ends the run as SIGPIPE would. */
const EXIT_BROKEN_PIPE = 141;
/** After a signal, give cleanup this long before leaving regardless. */
const STOP_GRACE_MS = 3000;

interface ExtractOptions {
  format?: FormatName;
  table?: CsvTableName;
  inputFormat: InputFormat;
  out?: string;
  jobs: number;
  quiet?: boolean;
  maxBytes?: number;
}

/** A failure of the output itself, told apart from a failure of the batch. */
class WriteFailure extends Error {
  constructor(readonly failure: unknown) {
    super(describeWriteError(failure));
  }
}

interface Plan {
  format: ResultFormat;
  jobs: AsyncIterable<BatchJob>;
  /** Inputs the progress display may count for its ETA (not for line input). */
  countable?: string[];
  /** Mapper mode reads stdin; stopping must let go of it. */
  readsStdin: boolean;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() ?? false;
}

export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return jobs;
}

/** How messages name a source: a path, or "standard input" for "-". */
export function sourceLabel(source: string): string {
  return source === STDIN_SOURCE ? 'standard input' : source;
}

function usage(message: string, exit: ExitState): null {
  process.stderr.write(`vnreport: ${message}\n`);
  exit.code = EXIT_USAGE;
  return null;
}

function outputFormat(options: ExtractOptions, single: boolean, exit: ExitState): ResultFormat | null {
  const name = options.format ?? (options.inputFormat === 'ndjson' ? 'ndjson' : 'json');
  if (name === 'csv' && !options.table) return usage(`--format csv needs --table ${CSV_TABLE_NAMES.join('|')}`, exit);
  if (name !== 'csv' && options.table) return usage('--table goes with --format csv', exit);
  if (options.inputFormat === 'ndjson' && name !== 'ndjson') {
    return usage('--input-format ndjson writes one result line per input line: use --format ndjson', exit);
  }
  if (name === 'csv') return csvFormat(options.table!);
  return name === 'ndjson' ? ndjsonFormat : jsonFormat(single);
}

async function plan(inputs: string[], options: ExtractOptions, exit: ExitState): Promise<Plan | null> {
  if (options.inputFormat === 'ndjson') {
    if (inputs.length > 1) return usage('--input-format ndjson reads one stream: standard input or one file', exit);
    const format = outputFormat(options, false, exit);
    const fromStdin = inputs.length === 0 || inputs[0] === STDIN_SOURCE;
    if (!fromStdin && !(await isFile(inputs[0]))) return usage(`cannot read ${inputs[0]}: not a file`, exit);
    const stream = fromStdin ? process.stdin : createReadStream(inputs[0]);
    return format && { format, jobs: mapperJobs(readLines(stream)), readsStdin: fromStdin };
  }
  if (inputs.length === 0) {
    return usage('no input given (name files, directories, globs, or - for standard input)', exit);
  }
  const single = inputs.length === 1 && (inputs[0] === STDIN_SOURCE || (await isFile(inputs[0])));
  const format = outputFormat(options, single, exit);
  return format && { format, jobs: mapJobs(streamInputs(inputs, { maxBytes: options.maxBytes })), countable: inputs, readsStdin: false };
}

function openSink(out: string | undefined, exit: ExitState): Sink | null {
  try {
    return out ? atomicFileSink(out) : stdoutSink();
  } catch (err) {
    return usage(`cannot write ${out}: ${describeWriteError(err)}`, exit);
  }
}

/** Writes results in order; a write failure stops the batch through `stop`. */
async function writeResults(
  work: Plan,
  sink: Sink,
  options: ExtractOptions,
  signal: AbortSignal,
  stop: AbortController,
  progress: Progress,
  exit: ExitState,
): Promise<number> {
  let index = 0;
  const write = async (chunk: string) => {
    try {
      if (chunk) await sink.write(chunk);
    } catch (err) {
      stop.abort(err);
      throw new WriteFailure(err);
    }
  };
  await write(work.format.begin());
  const batch = runJobs(work.jobs, { jobs: options.jobs, signal, measureBytes: progressWanted(options.quiet) });
  for await (const { result, bytes } of batch) {
    progress.tick(bytes);
    if (isErrorRecord(result)) {
      progress.log(`vnreport: ${sourceLabel(result.source)}: ${result.error.message}`);
      // A mapper's bad line is answered by its record; a non-zero exit would
      // make Hadoop or Spark fail the whole task and retry it.
      if (options.inputFormat !== 'ndjson') exit.code = EXIT_FAILURE;
    }
    await write(work.format.item(result, index++));
  }
  if (!signal.aborted) await write(work.format.end(index));
  return index;
}

async function runExtract(inputs: string[], options: ExtractOptions, exit: ExitState): Promise<void> {
  const work = await plan(inputs, options, exit);
  if (!work) return;
  // Signals are trapped before the temporary file exists, so none can orphan it.
  const interrupts = trapInterrupts();
  const sink = openSink(options.out, exit);
  if (!sink) return interrupts.release();
  const stop = new AbortController();
  const signal = AbortSignal.any([interrupts.signal, stop.signal]);
  const progress = startProgress({ enabled: progressWanted(options.quiet), inputs: work.countable });
  try {
    const written = await writeResults(work, sink, options, signal, stop, progress, exit);
    progress.stop();
    const code = interrupts.exitCode();
    if (code !== null) {
      await sink.abort();
      const kept = options.out ? `${options.out} was not written` : `${written} results written, each whole`;
      process.stderr.write(`vnreport: stopped by signal; ${kept}\n`);
      exit.code = code;
    } else {
      // Committing flushes and renames: its failures are write failures too.
      await sink.commit().catch((failure: unknown) => {
        throw new WriteFailure(failure);
      });
    }
  } catch (err) {
    progress.stop();
    await sink.abort();
    if (!(err instanceof WriteFailure)) throw err;
    if (isBrokenPipe(err.failure)) {
      exit.code = EXIT_BROKEN_PIPE;
    } else {
      const target = options.out ?? 'standard output';
      const kept = options.out ? '; nothing was written' : '';
      process.stderr.write(`vnreport: cannot write to ${target}: ${err.message}${kept}\n`);
      exit.code = EXIT_USAGE;
    }
  } finally {
    if (signal.aborted) {
      // Let go of what could keep the process alive: stdin in mapper mode, and a last resort.
      if (work.readsStdin) process.stdin.destroy();
      setTimeout(() => process.exit(exit.code), STOP_GRACE_MS).unref();
    }
  }
}

export function registerExtract(program: Command, exit: ExitState): void {
  program
    .command('extract')
    .description('extract attendees, citations, statistics and directives as JSON, NDJSON or CSV')
    .argument('[inputs...]', 'files, directories (searched for *.txt), globs, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json; ndjson with --input-format ndjson)').choices([
        ...FORMAT_NAMES,
      ]),
    )
    .addOption(new Option('-t, --table <table>', 'with --format csv: which items, one row each').choices(CSV_TABLE_NAMES))
    .addOption(
      new Option('--input-format <format>', 'files, or ndjson lines {"id","text"} (mapper mode)')
        .choices([...INPUT_FORMATS])
        .default('files'),
    )
    .option('-o, --out <file>', 'write to FILE atomically instead of standard output')
    .option('-j, --jobs <n>', 'worker threads', parseJobs, defaultJobs())
    .option('-q, --quiet', 'no progress display on stderr')
    .option('--max-bytes <size>', 'refuse inputs larger than SIZE, e.g. 500K, 16MB (default: 64MB)', parseByteSize)
    .action((inputs: string[], options: ExtractOptions) => runExtract(inputs, options, exit));
}
