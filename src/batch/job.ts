/**
 * A unit of batch work and how to do it. A job is a file to read (or standard
 * input), a text already in hand (a line of mapper input), or a result known
 * before any analysis (a malformed mapper line answered with an error record).
 * The same function runs on the main thread and in the pool's workers.
 */
import { analyze } from '../analyze.js';
import type { Result } from '../model/report.js';
import { DecodeError, decode } from '../text/decode.js';
import type { InputSource } from './inputs.js';
import { errorRecord, processSource } from './process.js';

export type BatchJob =
  | { kind: 'file'; input: InputSource }
  | { kind: 'text'; source: string; text: string }
  | { kind: 'done'; result: Result };

export function fileJob(input: InputSource): BatchJob {
  return { kind: 'file', input };
}

export function jobSource(job: BatchJob): string {
  if (job.kind === 'file') return job.input.source;
  if (job.kind === 'text') return job.source;
  return job.result.source;
}

/**
 * A text from a mapper line goes through the same decoding as a file's bytes,
 * so that one article gives one report whichever way it came in (BOM, legacy
 * encodings, mojibake, empty text warnings).
 */
function analyzeText(source: string, text: string): Result {
  try {
    const decoded = decode(Buffer.from(text, 'utf8'));
    return analyze(decoded.text, source, decoded.warnings);
  } catch (err) {
    if (err instanceof DecodeError) return errorRecord(source, err.code, err.message);
    return errorRecord(source, 'INTERNAL', err instanceof Error ? err.message : String(err));
  }
}

export async function runJob(job: BatchJob): Promise<Result> {
  if (job.kind === 'file') return processSource(job.input);
  if (job.kind === 'text') return analyzeText(job.source, job.text);
  return job.result;
}
