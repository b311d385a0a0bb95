/**
 * Command-line inputs to a list of sources: files as given, directories
 * searched recursively for *.txt, glob patterns expanded by fast-glob, and
 * "-" for standard input. Order is stable: inputs as given, each expansion
 * sorted. An input that names nothing becomes a source that fails to read,
 * so that it yields an error record in its place.
 *
 * Directories are walked without following symbolic links, so a link that
 * points back up the tree cannot make the walk endless; a directory that
 * cannot be walked becomes one error record, never a crash.
 */
import fg from 'fast-glob';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '../model/report.js';

export const STDIN_SOURCE = '-';

/**
 * Inputs larger than this are refused (TOO_LARGE) unless --max-bytes says
 * otherwise. News articles are under 100 KB (the largest of a 35,000-article
 * archive is 50 KB); a 50 MB single line is analyzed in about 10 s and
 * 600 MB (scripts/adversarial.js), so 64 MiB bounds one input to seconds
 * and under a gigabyte, and anything larger is refused unread.
 */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface InputSource {
  /** The path as found (relative paths stay relative), or "-". */
  source: string;
  /** Set when the input named nothing readable: the error to report in its place. */
  missing?: string;
  /** Set when the input could not be expanded at all (a directory that cannot be walked). */
  failure?: { code: ErrorCode; message: string };
  /** Refuse the input when it holds more bytes than this (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export interface InputOptions {
  /** Carried on every source, so that worker threads apply the same limit. */
  maxBytes?: number;
}

const GLOB_CHARS = /[*?[\]{}]/u;

/** fast-glob wants forward slashes; paths keep the caller's spelling otherwise. */
function toPattern(p: string): string {
  return p.split(path.sep).join('/');
}

/** "dir///" → "dir" (a plain loop: a regex anchored at the end rescans runs of slashes). */
function withoutTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}

/**
 * Everything but directories: a FIFO, a device or a link named *.txt is an
 * input too, answered with its own record rather than silently dropped.
 * Links are not followed, so a link back up the tree ends the walk there.
 * Directories come marked with a trailing "/" so that they can be left out.
 */
export const GLOB_OPTIONS = { onlyFiles: false, markDirectories: true, followSymbolicLinks: false } as const;

/** Whether a walked entry is an input (not a directory marked by GLOB_OPTIONS). */
export function isWalkedInput(entry: string): boolean {
  return !entry.endsWith('/');
}

/**
 * How one command-line input expands: to itself (a file, "-", or a path that
 * names nothing and is no pattern: it fails to read in its turn), or to a
 * walk: a directory's *.txt or a glob pattern's matches. The batch expands
 * and the progress counter counts through this one plan.
 */
export type InputPlan =
  | { kind: 'itself' }
  | { kind: 'walk'; pattern: string; /** A pattern: matching nothing is an error record. */ isPattern: boolean };

export async function planInput(input: string): Promise<InputPlan> {
  if (input === STDIN_SOURCE) return { kind: 'itself' };
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) {
    return { kind: 'walk', pattern: `${fg.escapePath(withoutTrailingSlashes(toPattern(input)))}/**/*.txt`, isPattern: false };
  }
  if (info || !GLOB_CHARS.test(input)) return { kind: 'itself' };
  return { kind: 'walk', pattern: toPattern(input), isPattern: true };
}

/** A walk that fails (a directory that cannot be read) answers for the whole input. */
async function glob(input: string, pattern: string): Promise<InputSource[]> {
  try {
    const entries = await fg(pattern, GLOB_OPTIONS);
    return entries
      .filter(isWalkedInput)
      .sort()
      .map((source) => ({ source }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code === 'EACCES' ? 'EACCES' : 'READ_ERROR';
    return [{ source: input, failure: { code, message: `cannot list: ${(err as Error)?.message ?? err}` } }];
  }
}

async function expandOne(input: string): Promise<InputSource[]> {
  const plan = await planInput(input);
  if (plan.kind === 'itself') return [{ source: input }];
  const files = await glob(input, plan.pattern);
  if (files.length > 0 || !plan.isPattern) return files;
  return [{ source: input, missing: 'no file matches this pattern' }];
}

function withOptions(sources: InputSource[], options: InputOptions): InputSource[] {
  if (options.maxBytes === undefined) return sources;
  return sources.map((s) => ({ ...s, maxBytes: options.maxBytes }));
}

export async function expandInputs(inputs: string[], options: InputOptions = {}): Promise<InputSource[]> {
  const expanded: InputSource[] = [];
  // One push per source: spreading a directory of 100,000 files would overflow the stack.
  for (const input of inputs) for (const source of withOptions(await expandOne(input), options)) expanded.push(source);
  return expanded;
}

/** Expand lazily, one input at a time, for batches too large to list first. */
export async function* streamInputs(inputs: string[], options: InputOptions = {}): AsyncGenerator<InputSource> {
  for (const input of inputs) yield* withOptions(await expandOne(input), options);
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
const BYTE_SIZE = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/iu;

/**
 * A size that cannot be read. It carries commander's code for a bad option
 * value, so that parseByteSize can be an option's parser as it is: commander
 * then prints "option '--max-bytes <size>' argument '64XB' is invalid. ..."
 * and the command exits as on any usage error.
 */
export class ByteSizeError extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 1;
}

/**
 * "64MB", "64M", "64MiB", "1.5g", "1000": a number of bytes. K, M, G and T
 * count in powers of 1024 with or without "B"/"iB", as `du` and `ls -h` do.
 */
export function parseByteSize(text: string): number {
  const match = BYTE_SIZE.exec(text.trim());
  if (!match) throw new ByteSizeError(`expected a size such as 64MB, 500K or 1000000, got "${text}"`);
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new ByteSizeError(`expected a size of at least 1 byte, got "${text}"`);
  return bytes;
}

/** 67108864 → "64 MiB", 2049 → "2.0 KiB (2049 bytes)": for messages, never rounded silently. */
export function formatByteSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0 || Number.isInteger(value)) return `${value} ${units[unit]}`;
  return `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}
