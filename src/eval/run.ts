/**
 * The evaluation run: load the gold files, produce (or read back) the
 * analyzer's output for each document, pair them by document name and score
 * the pairs. Problems with single files are collected and reported; only an
 * unusable gold directory stops the run.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../analyze.js';
import { decode } from '../text/decode.js';
import { errorRecordMessage, toGoldDocument, toOutputDocument } from './records.js';
import { scoreDocument, summarize } from './score.js';
import type { DocumentScore, GoldDocument, OutputDocument, Summary } from './types.js';

export interface Problem {
  /** The file (or file:line) concerned. */
  source: string;
  message: string;
}

export interface GoldEntry {
  name: string;
  path: string;
  gold: GoldDocument;
}

export interface OutputEntry {
  name: string;
  /** The file the output was produced from or read from. */
  path: string;
  output: OutputDocument;
}

export interface ScoredDocument extends DocumentScore {
  goldPath: string;
  inputPath: string;
}

export interface Evaluation {
  goldDir: string;
  documents: ScoredDocument[];
  summary: Summary;
  problems: Problem[];
}

/** The gold directory cannot be read or holds no gold file: nothing can be scored. */
export class GoldDirectoryError extends Error {}

/** The pairing key of a document: the base name of its `source` without extension. */
export function documentName(source: string): string {
  const base = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.startsWith(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

async function readGoldFile(file: string): Promise<GoldDocument> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  return toGoldDocument(json, path.basename(file));
}

export async function loadGold(goldDir: string): Promise<{ entries: GoldEntry[]; problems: Problem[] }> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  } catch (err) {
    throw new GoldDirectoryError(`cannot read gold directory ${goldDir}: ${describeError(err)}`);
  }
  if (names.length === 0) throw new GoldDirectoryError(`no gold files (*.json) in ${goldDir}`);
  const entries: GoldEntry[] = [];
  const problems: Problem[] = [];
  for (const n of names) {
    const file = path.join(goldDir, n);
    try {
      const gold = await readGoldFile(file);
      const name = documentName(gold.source);
      if (entries.some((e) => e.name === name)) problems.push({ source: file, message: `second gold file for ${name}, ignored` });
      else entries.push({ name, path: file, gold });
    } catch (err) {
      problems.push({ source: file, message: `unreadable gold file: ${describeError(err)}` });
    }
  }
  return { entries, problems };
}

/** Without explicit inputs: the texts named like the gold files, in the `seeds/` folder beside the gold folder. */
export function defaultInputs(goldDir: string, entries: readonly GoldEntry[]): string[] {
  const seeds = path.join(goldDir, '..', 'seeds');
  return entries.map((e) => path.join(seeds, `${e.name}.txt`));
}

const RECORD_FILE = /\.json$/iu;
const RECORD_LINES_FILE = /\.(?:ndjson|jsonl)$/iu;

async function analyzeTextFile(file: string): Promise<OutputDocument> {
  const decoded = decode(await readFile(file));
  try {
    return analyze(decoded.text, file, decoded.warnings);
  } catch (err) {
    throw new Error(`internal error in the analyzer: ${describeError(err)}`);
  }
}

function recordsToOutputs(records: unknown[], where: (i: number) => string): { outputs: OutputEntry[]; problems: Problem[] } {
  const outputs: OutputEntry[] = [];
  const problems: Problem[] = [];
  records.forEach((record, i) => {
    const failure = errorRecordMessage(record);
    if (failure !== null) {
      problems.push({ source: where(i), message: `the analyzer failed: ${failure}` });
      return;
    }
    try {
      const output = toOutputDocument(record);
      outputs.push({ name: documentName(output.source), path: where(i), output });
    } catch (err) {
      problems.push({ source: where(i), message: describeError(err) });
    }
  });
  return { outputs, problems };
}

async function readRecordFile(file: string): Promise<{ outputs: OutputEntry[]; problems: Problem[] }> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  const records = Array.isArray(json) ? json : [json];
  return recordsToOutputs(records, (i) => (records.length > 1 ? `${file}[${i}]` : file));
}

async function readRecordLinesFile(file: string): Promise<{ outputs: OutputEntry[]; problems: Problem[] }> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const records: unknown[] = [];
  const lineNumbers: number[] = [];
  const problems: Problem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
      lineNumbers.push(i + 1);
    } catch (err) {
      problems.push({ source: `${file}:${i + 1}`, message: `invalid JSON: ${describeError(err)}` });
    }
  });
  const result = recordsToOutputs(records, (i) => `${file}:${lineNumbers[i]}`);
  return { outputs: result.outputs, problems: [...problems, ...result.problems] };
}

async function loadInput(file: string): Promise<{ outputs: OutputEntry[]; problems: Problem[] }> {
  try {
    if (RECORD_LINES_FILE.test(file)) return await readRecordLinesFile(file);
    if (RECORD_FILE.test(file)) return await readRecordFile(file);
    const output = await analyzeTextFile(file);
    return { outputs: [{ name: documentName(file), path: file, output }], problems: [] };
  } catch (err) {
    return { outputs: [], problems: [{ source: file, message: `cannot use input: ${describeError(err)}` }] };
  }
}

/** A directory given as input stands for the `.txt` files in it. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const texts = (await readdir(input)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
      files.push(...texts.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return files;
}

export async function loadOutputs(inputs: readonly string[]): Promise<{ outputs: OutputEntry[]; problems: Problem[] }> {
  const outputs: OutputEntry[] = [];
  const problems: Problem[] = [];
  for (const file of await expandInputs(inputs)) {
    const loaded = await loadInput(file);
    outputs.push(...loaded.outputs);
    problems.push(...loaded.problems);
  }
  return { outputs, problems };
}

/** Pairs outputs with gold by document name, in gold order; unpaired outputs are problems. */
export function pairDocuments(
  entries: readonly GoldEntry[],
  outputs: readonly OutputEntry[],
): { documents: ScoredDocument[]; problems: Problem[] } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const paired = new Map<string, OutputEntry>();
  const problems: Problem[] = [];
  for (const o of outputs) {
    if (!byName.has(o.name)) problems.push({ source: o.path, message: `no gold file for document ${o.name}` });
    else if (paired.has(o.name)) problems.push({ source: o.path, message: `document ${o.name} given twice, scored once` });
    else paired.set(o.name, o);
  }
  const documents = entries.flatMap((e) => {
    const o = paired.get(e.name);
    return o ? [{ ...scoreDocument(e.name, e.gold, o.output), goldPath: e.path, inputPath: o.path }] : [];
  });
  return { documents, problems };
}

/**
 * Scores the inputs (or, without inputs, the seed texts beside the gold
 * directory) against the gold files of `goldDir`.
 */
export async function evaluate(goldDir: string, inputs: readonly string[] = []): Promise<Evaluation> {
  const gold = await loadGold(goldDir);
  const files = inputs.length > 0 ? inputs : defaultInputs(goldDir, gold.entries);
  const loaded = await loadOutputs(files);
  const paired = pairDocuments(gold.entries, loaded.outputs);
  const problems = [...gold.problems, ...loaded.problems, ...paired.problems];
  // Nothing scored would otherwise pass every gate with perfect empty scores.
  if (paired.documents.length === 0) problems.push({ source: goldDir, message: 'no document could be scored' });
  return { goldDir, documents: paired.documents, summary: summarize(paired.documents), problems };
}
