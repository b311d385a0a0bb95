/**
 * `vnreport validate FILE.ndjson`: every line of an NDJSON output checked
 * against the schema. Lines are read one at a time, so a file of any size
 * is checked in bounded memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SchemaError, ResultValidator } from './schema.js';

export interface LineProblem {
  /** 1-based line number. */
  line: number;
  /** The line's "source", when it parsed far enough to have one. */
  source?: string;
  message: string;
  errors: SchemaError[];
}

export interface NdjsonValidation {
  file: string;
  lines: number;
  invalid: number;
  problems: LineProblem[];
}

/** How many problems are kept for the report; all are counted. */
export const MAX_LISTED_PROBLEMS = 1000;

function checkLine(text: string, line: number, validate: ResultValidator): LineProblem | null {
  if (text.trim() === '') return { line, message: 'empty line', errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line, message: `not JSON: ${(err as Error).message}`, errors: [] };
  }
  const errors = validate(value);
  if (errors.length === 0) return null;
  const source = (value as { source?: unknown })?.source;
  return {
    line,
    ...(typeof source === 'string' ? { source } : {}),
    message: `does not match the schema (${errors.length} error${errors.length === 1 ? '' : 's'})`,
    errors,
  };
}

export async function validateNdjsonLines(
  file: string,
  lines: AsyncIterable<string>,
  validate: ResultValidator,
): Promise<NdjsonValidation> {
  const result: NdjsonValidation = { file, lines: 0, invalid: 0, problems: [] };
  for await (const text of lines) {
    result.lines++;
    const problem = checkLine(text, result.lines, validate);
    if (!problem) continue;
    result.invalid++;
    if (result.problems.length < MAX_LISTED_PROBLEMS) result.problems.push(problem);
  }
  return result;
}

/** Lines of a file, or of standard input for "-"; a CR before LF is not part of a line. */
export function readLines(file: string): AsyncIterable<string> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  return createInterface({ input, crlfDelay: Infinity });
}
