/**
 * Mapper mode (Hadoop Streaming, Spark's RDD.pipe): every input line is a
 * JSON object {"id": ..., "text": ...} and gets exactly one result line, in
 * the same order. A line that cannot be used (empty, not JSON, not an object,
 * no string "text") becomes an error record in its place, so the count of
 * output lines always equals the count of input lines.
 *
 * The result's source is the line's id (a string, or a number written as a
 * string); without a usable id it is "line:N", N counting from 1 in this
 * process's input (a cluster splits the input, so give ids).
 */
import type { ErrorRecord } from '../model/report.js';
import type { BatchJob } from './job.js';
import { errorRecord } from './process.js';

/** How much of JSON.parse's message to keep: it may quote the input. */
const MAX_MESSAGE = 160;

/**
 * The id of a line whose JSON is broken, when it opens with `{"id": ...`:
 * a string literal (escapes allowed) or a number. Linear: the alternatives
 * inside the string start with different characters.
 */
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,30}(?:\.\d{1,30})?)/u;

export function lineSource(lineNumber: number): string {
  return `line:${lineNumber}`;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function leadingId(line: string): string | null {
  const match = LEADING_ID.exec(line);
  if (!match) return null;
  try {
    return idOf(JSON.parse(match[1]));
  } catch {
    return null;
  }
}

function badLine(source: string, message: string): BatchJob {
  const record: ErrorRecord = errorRecord(source, 'BAD_LINE', message);
  return { kind: 'done', result: record };
}

function shorten(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/** One input line to one job: the text to analyze, or the error record to write. */
export function lineToJob(line: string, lineNumber: number): BatchJob {
  const fallback = lineSource(lineNumber);
  if (line.trim() === '') return badLine(fallback, 'empty line: expected a JSON object {"id": ..., "text": ...}');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return badLine(leadingId(line) ?? fallback, `malformed JSON line: ${shorten((err as Error).message)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return badLine(fallback, 'expected a JSON object {"id": ..., "text": ...}');
  }
  const record = value as Record<string, unknown>;
  const source = idOf(record.id) ?? fallback;
  if (typeof record.text !== 'string') {
    const problem = record.text === undefined ? 'missing "text"' : '"text" is not a string';
    return badLine(source, `${problem}: expected a JSON object {"id": ..., "text": ...}`);
  }
  return { kind: 'text', source, text: record.text };
}

export async function* mapperJobs(lines: AsyncIterable<string>): AsyncGenerator<BatchJob> {
  let lineNumber = 0;
  for await (const line of lines) yield lineToJob(line, ++lineNumber);
}
