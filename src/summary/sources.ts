/**
 * Where a summary's results come from: texts analyzed now (files,
 * directories, globs, through the batch engine), or result lines that
 * `vnreport extract --format ndjson` wrote earlier (--from-ndjson FILE, or an
 * input named *.ndjson / *.jsonl), so a corpus can be summarized again
 * without analyzing it again. Both are streamed: one result at a time.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { STDIN_SOURCE, streamInputs } from '../batch/inputs.js';
import { readLines } from '../batch/lines.js';
import { errorRecord } from '../batch/process.js';
import { mapJobs, runJobs, type BatchOptions, type BatchOutcome } from '../batch/run.js';
import type { Result } from '../model/report.js';

export type SummarySource = { kind: 'analyze'; inputs: string[] } | { kind: 'ndjson'; file: string };

const NDJSON_NAME = /\.(?:ndjson|jsonl)$/iu;

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() ?? false;
}

/** Inputs in order, consecutive texts batched together; --from-ndjson files first. */
export async function planSources(inputs: string[], fromNdjson: string[]): Promise<SummarySource[]> {
  const plan: SummarySource[] = fromNdjson.map((file) => ({ kind: 'ndjson', file }));
  for (const input of inputs) {
    if (NDJSON_NAME.test(input) && (await isFile(input))) {
      plan.push({ kind: 'ndjson', file: input });
      continue;
    }
    const last = plan[plan.length - 1];
    if (last?.kind === 'analyze') last.inputs.push(input);
    else plan.push({ kind: 'analyze', inputs: [input] });
  }
  return plan;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A line of extract's NDJSON: a report or an error record, or null if it is neither. */
export function parseResultLine(line: string): Result | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.source !== 'string') return null;
  if ('error' in value) return isObject(value.error) ? (value as unknown as Result) : null;
  return Array.isArray(value.attendees) || Array.isArray(value.citations) ? (value as unknown as Result) : null;
}

function lineLabel(file: string, lineNumber: number): string {
  return `${file === STDIN_SOURCE ? 'standard input' : file}:${lineNumber}`;
}

async function* resultLines(file: string): AsyncGenerator<BatchOutcome> {
  const stream = file === STDIN_SOURCE ? process.stdin : createReadStream(file);
  let lineNumber = 0;
  try {
    for await (const line of readLines(stream)) {
      lineNumber++;
      if (line.trim() === '') continue;
      const result =
        parseResultLine(line) ??
        errorRecord(lineLabel(file, lineNumber), 'DECODE', 'not a result line of `vnreport extract --format ndjson`');
      yield { result, bytes: Buffer.byteLength(line, 'utf8') + 1 };
    }
  } catch (err) {
    // An unreadable file is one failure, as an unreadable text would be.
    const code = (err as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'ENOENT' : 'READ_ERROR';
    yield { result: errorRecord(file, code, `cannot read: ${(err as Error).message}`), bytes: 0 };
  }
}

export async function* summarySources(plan: SummarySource[], options: BatchOptions): AsyncGenerator<BatchOutcome> {
  for (const source of plan) {
    if (options.signal?.aborted) return;
    if (source.kind === 'ndjson') yield* resultLines(source.file);
    else yield* runJobs(mapJobs(streamInputs(source.inputs)), options);
  }
}
