/**
 * Command-line inputs to a list of sources: files as given, directories
 * searched recursively for *.txt, glob patterns expanded by fast-glob, and
 * "-" for standard input. Order is stable: inputs as given, each expansion
 * sorted. An input that names nothing becomes a source that fails to read,
 * so that it yields an error record in its place.
 */
import fg from 'fast-glob';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export const STDIN_SOURCE = '-';

export interface InputSource {
  /** The path as found (relative paths stay relative), or "-". */
  source: string;
  /** Set when the input named nothing readable: the error to report in its place. */
  missing?: string;
}

const GLOB_CHARS = /[*?[\]{}]/u;

/** fast-glob wants forward slashes; paths keep the caller's spelling otherwise. */
function toPattern(p: string): string {
  return p.split(path.sep).join('/');
}

async function expandOne(input: string): Promise<InputSource[]> {
  if (input === STDIN_SOURCE) return [{ source: STDIN_SOURCE }];
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) {
    const base = toPattern(input).replace(/\/+$/u, '');
    const files = await fg(`${fg.escapePath(base)}/**/*.txt`, { onlyFiles: true, followSymbolicLinks: false });
    return files.sort().map((source) => ({ source }));
  }
  if (info || !GLOB_CHARS.test(input)) return [{ source: input }];
  const files = await fg(toPattern(input), { onlyFiles: true, followSymbolicLinks: false });
  if (files.length === 0) return [{ source: input, missing: 'no file matches this pattern' }];
  return files.sort().map((source) => ({ source }));
}

export async function expandInputs(inputs: string[]): Promise<InputSource[]> {
  const expanded: InputSource[] = [];
  for (const input of inputs) expanded.push(...(await expandOne(input)));
  return expanded;
}

/** Expand lazily, one input at a time, for batches too large to list first. */
export async function* streamInputs(inputs: string[]): AsyncGenerator<InputSource> {
  for (const input of inputs) yield* await expandOne(input);
}
