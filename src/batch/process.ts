/**
 * One source in, one result out: a Report, or an error record that says in
 * plain words what was wrong. Nothing here throws for bad input.
 */
import { readFile } from 'node:fs/promises';
import { analyze } from '../analyze.js';
import type { ErrorCode, ErrorRecord, Result } from '../model/report.js';
import { DecodeError, decode } from '../text/decode.js';
import { STDIN_SOURCE, type InputSource } from './inputs.js';

const SYSTEM_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  ENOENT: { code: 'ENOENT', message: 'no such file' },
  EACCES: { code: 'EACCES', message: 'permission denied' },
  EPERM: { code: 'EACCES', message: 'permission denied' },
  EISDIR: { code: 'EISDIR', message: 'is a directory' },
};

export function errorRecord(source: string, code: ErrorCode, message: string): ErrorRecord {
  return { source, error: { code, message } };
}

function fromException(source: string, err: unknown): ErrorRecord {
  if (err instanceof DecodeError) return errorRecord(source, err.code, err.message);
  const sys = (err as NodeJS.ErrnoException)?.code;
  const known = sys ? SYSTEM_ERRORS[sys] : undefined;
  if (known) return errorRecord(source, known.code, known.message);
  const message = err instanceof Error ? err.message : String(err);
  return errorRecord(source, sys ? 'READ_ERROR' : 'INTERNAL', message);
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface SourceText {
  source: string;
  text: string;
  warnings: string[];
}

/** Read and decode one source: its text, or the error record to report in its place. */
export async function readSourceText(input: InputSource): Promise<SourceText | ErrorRecord> {
  if (input.missing) return errorRecord(input.source, 'ENOENT', input.missing);
  try {
    const bytes = input.source === STDIN_SOURCE ? await readStdin() : await readFile(input.source);
    return { source: input.source, ...decode(bytes) };
  } catch (err) {
    return fromException(input.source, err);
  }
}

export async function processSource(input: InputSource): Promise<Result> {
  const read = await readSourceText(input);
  if ('error' in read) return read;
  try {
    return analyze(read.text, read.source, read.warnings);
  } catch (err) {
    return fromException(input.source, err);
  }
}
