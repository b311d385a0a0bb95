/**
 * One source in, one result out: a Report, or an error record that says in
 * plain words what was wrong. Nothing here throws for bad input, and nothing
 * blocks on it:
 * - only regular files are read: a FIFO, a device or a socket is answered
 *   with NOT_A_FILE before it is opened (and is opened non-blocking, then
 *   checked again, in case it was swapped in meanwhile);
 * - a file larger than the byte limit is refused from its size, unread;
 *   standard input is read until the limit and no further;
 * - a file that vanished, cannot be read, or is a directory gets its error.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { analyze } from '../analyze.js';
import type { ErrorCode, ErrorRecord, Result } from '../model/report.js';
import { DecodeError, decode } from '../text/decode.js';
import { DEFAULT_MAX_BYTES, STDIN_SOURCE, formatByteSize, type InputSource } from './inputs.js';

const SYSTEM_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  ENOENT: { code: 'ENOENT', message: 'no such file' },
  ENOTDIR: { code: 'ENOENT', message: 'no such file (a part of the path is not a directory)' },
  EACCES: { code: 'EACCES', message: 'permission denied' },
  EPERM: { code: 'EACCES', message: 'permission denied' },
  EISDIR: { code: 'EISDIR', message: 'is a directory' },
  ELOOP: { code: 'READ_ERROR', message: 'too many levels of symbolic links (a link loop)' },
  ENAMETOOLONG: { code: 'READ_ERROR', message: 'file name too long' },
  EIO: { code: 'READ_ERROR', message: 'input/output error' },
  EMFILE: { code: 'READ_ERROR', message: 'too many open files' },
};

export function errorRecord(source: string, code: ErrorCode, message: string): ErrorRecord {
  return { source, error: { code, message } };
}

/** An error record known from the start, thrown through the reading code. */
class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The error record for whatever reading or analyzing a source threw. */
export function toErrorRecord(source: string, err: unknown): ErrorRecord {
  if (err instanceof DecodeError || err instanceof InputError) return errorRecord(source, err.code, err.message);
  const sys = (err as NodeJS.ErrnoException)?.code;
  const known = sys ? SYSTEM_ERRORS[sys] : undefined;
  if (known) return errorRecord(source, known.code, known.message);
  const message = err instanceof Error ? err.message : String(err);
  return errorRecord(source, sys ? 'READ_ERROR' : 'INTERNAL', message);
}

export interface ProcessOptions {
  /** Refuse inputs of more bytes than this; default: the source's own, else DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

function byteLimit(input: InputSource, options: ProcessOptions): number {
  return options.maxBytes ?? input.maxBytes ?? DEFAULT_MAX_BYTES;
}

/** "too large: 70 MiB, over the limit of 64 MiB (raise it with --max-bytes)". */
const tooLarge = (what: string, limit: number) =>
  new InputError('TOO_LARGE', `too large: ${what}, over the limit of ${formatByteSize(limit)} (raise it with --max-bytes)`);

/** What a path that is not a regular file is, in words. */
function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** Only a regular file within the limit may be read. */
function checkReadable(info: Stats, limit: number): void {
  if (info.isDirectory()) throw new InputError('EISDIR', 'is a directory');
  if (!info.isFile()) throw new InputError('NOT_A_FILE', `${fileKind(info)}, not a regular file: skipped`);
  if (info.size > limit) throw tooLarge(formatByteSize(info.size), limit);
}

const CHUNK = 1 << 20;

/**
 * Read to the end, but never more than limit + 1 bytes (a file may grow
 * after stat). The first buffer holds the whole file as stat saw it, plus
 * one byte, so that a file that did not change is read in one go.
 */
function readAtMost(fd: number, size: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const expected = total < size ? size - total + 1 : CHUNK;
    const buffer = Buffer.allocUnsafe(Math.min(expected, limit + 1 - total));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) throw tooLarge('the file grew while being read', limit);
  }
  // One read is the common case: hand its buffer over instead of copying it.
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Stat first, so that a FIFO is never opened (opening one for reading waits
 * for a writer); then open non-blocking and stat the open file, which is the
 * one that will be read even if the path changed in between.
 *
 * The calls are synchronous on purpose: only regular files are ever read, so
 * nothing can block for long, and a batch reads thousands of small files, for
 * which promise-based file handles cost more than the syscalls themselves
 * (about a fifth of the run on a 2,000-article sample, measured). Workers do
 * nothing else meanwhile; the main thread analyzes synchronously anyway.
 */
export function readFileBytesSync(file: string, limit: number): Buffer {
  checkReadable(statSync(file), limit);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    checkReadable(info, limit);
    return readAtMost(fd, info.size, limit);
  } finally {
    closeSync(fd);
  }
}

export async function readFileBytes(file: string, limit: number): Promise<Buffer> {
  return readFileBytesSync(file, limit);
}

/** Standard input up to the limit; past it, stop reading and refuse. */
export async function readStdin(limit = DEFAULT_MAX_BYTES, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    // Leaving the loop ends the iteration, which stops the stream: nothing more is read.
    if (total > limit) {
      throw new InputError('TOO_LARGE', `too large: more than ${formatByteSize(limit)} on standard input (raise the limit with --max-bytes)`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

export interface SourceText {
  source: string;
  text: string;
  warnings: string[];
}

/** Read and decode one source: its text, or the error record to report in its place. */
export async function readSourceText(input: InputSource, options: ProcessOptions = {}): Promise<SourceText | ErrorRecord> {
  if (input.failure) return errorRecord(input.source, input.failure.code, input.failure.message);
  if (input.missing) return errorRecord(input.source, 'ENOENT', input.missing);
  const limit = byteLimit(input, options);
  try {
    const bytes = input.source === STDIN_SOURCE ? await readStdin(limit) : await readFileBytes(input.source, limit);
    const { text, warnings } = decode(bytes);
    return { source: input.source, text, warnings };
  } catch (err) {
    return toErrorRecord(input.source, err);
  }
}

export async function processSource(input: InputSource, options: ProcessOptions = {}): Promise<Result> {
  const read = await readSourceText(input, options);
  if ('error' in read) return read;
  try {
    return analyze(read.text, read.source, read.warnings);
  } catch (err) {
    return toErrorRecord(input.source, err);
  }
}
