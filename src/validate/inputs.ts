/**
 * `vnreport validate --inputs DIR`: import problems in the article texts
 * themselves, before any analysis: files that cannot be read, empty files,
 * binary data, encodings other than UTF-8, mojibake, text that is not
 * Vietnamese, and the same document saved twice.
 */
import { DEFAULT_MAX_BYTES, streamInputs, type InputSource } from '../batch/inputs.js';
import { errorRecord, readFileBytes, toErrorRecord } from '../batch/process.js';
import type { ErrorRecord } from '../model/report.js';
import { DecodeError, decode } from '../text/decode.js';
import { contentHash, countMojibakeSequences, vietnameseLetterShare } from './textChecks.js';

export type InputProblemKind =
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'mojibake'
  | 'not-vietnamese'
  | 'duplicate';

export interface InputProblem {
  file: string;
  kind: InputProblemKind;
  message: string;
}

export interface InputValidation {
  files: number;
  problems: InputProblem[];
}

export interface InputCheckOptions {
  maxBytes?: number;
}

/** Mojibake: at least this many mis-read sequences ... */
const MOJIBAKE_MIN_SEQUENCES = 2;
/** ... making up at least this share of the characters outside ASCII (each sequence is 2-3 of them). */
const MOJIBAKE_MIN_SHARE = 0.3;
/**
 * In Vietnamese prose about one letter in five is one only Vietnamese
 * writes (median 19% over a 35,000-article archive; 3.7% at the lowest, a
 * sports results page full of foreign names); in other languages none, bar
 * a Vietnamese name or two.
 */
const VIETNAMESE_MIN_SHARE = 0.015;
/** Below this many letters the share says too little to judge. */
const VIETNAMESE_MIN_LETTERS = 40;

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Mojibake is looked for in the bytes read as UTF-8, as they are on disk: decode() would repair it. */
function mojibakeProblem(bytes: Buffer): string | null {
  const raw = bytes.toString('utf8');
  const sequences = countMojibakeSequences(raw);
  if (sequences < MOJIBAKE_MIN_SEQUENCES) return null;
  const share = (2 * sequences) / Math.max(1, countNonAscii(raw));
  if (share < MOJIBAKE_MIN_SHARE) return null;
  const sample = raw
    .slice(0, 2000)
    .split('\n')
    .find((line) => countMojibakeSequences(line) > 0)
    ?.trim()
    .slice(0, 60)
    .replace(/[\u0000-\u001f\u007f-\u009f]/gu, '?'); // Latin-1 mojibake holds C1 controls
  return `UTF-8 text that was read as Latin-1/Windows-1252 and saved again (${sequences} mis-read letters${sample ? `, e.g. "${sample}"` : ''})`;
}

function languageProblem(text: string): string | null {
  const { letters, vietnamese } = vietnameseLetterShare(text);
  if (letters < VIETNAMESE_MIN_LETTERS) return null;
  const share = vietnamese / letters;
  if (share >= VIETNAMESE_MIN_SHARE) return null;
  return `${percent(share)} of ${letters} letters are letters only Vietnamese writes (expected at least ${percent(VIETNAMESE_MIN_SHARE)})`;
}

/** Decoding warnings that mean the file is not plain UTF-8 (an empty text is reported on its own). */
function encodingProblem(encoding: string, warnings: string[]): string | null {
  const notes = warnings.filter((w) => w !== 'empty text' && !w.startsWith('repaired mojibake') && !w.includes('mojibake'));
  if (encoding === 'UTF-8' && notes.length === 0) return null;
  const what = encoding === 'UTF-8' ? 'UTF-8 with problems' : `${encoding}, not UTF-8`;
  return `${what}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

type Checked = { problems: InputProblem[]; hash: string | null };

function checkText(file: string, bytes: Buffer): Checked {
  const problems: InputProblem[] = [];
  const add = (kind: InputProblemKind, message: string) => problems.push({ file, kind, message });
  if (bytes.length === 0) {
    add('empty', 'the file has no bytes');
    return { problems, hash: null };
  }
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    add(err.code === 'BINARY' ? 'binary' : 'encoding', err.message);
    return { problems, hash: null };
  }
  if (decoded.text.trim() === '') {
    add('empty', 'the file holds only white space');
    return { problems, hash: null };
  }
  const mojibake = mojibakeProblem(bytes) ?? decoded.warnings.find((w) => w.includes('mojibake'));
  if (mojibake) add('mojibake', mojibake);
  const encoding = encodingProblem(decoded.encoding, decoded.warnings);
  if (encoding) add('encoding', encoding);
  const language = languageProblem(decoded.text);
  if (language) add('not-vietnamese', language);
  return { problems, hash: contentHash(decoded.text) };
}

async function readInput(input: InputSource, maxBytes: number): Promise<Buffer | ErrorRecord> {
  if (input.failure) return errorRecord(input.source, input.failure.code, input.failure.message);
  if (input.missing) return errorRecord(input.source, 'ENOENT', input.missing);
  try {
    return await readFileBytes(input.source, maxBytes);
  } catch (err) {
    return toErrorRecord(input.source, err);
  }
}

/**
 * Check every text the paths name (directories are searched for *.txt, as
 * `extract` does), one file at a time; duplicates are found by the content
 * hash of the decoded text, the first file seen being the original.
 */
export async function validateInputs(paths: string[], options: InputCheckOptions = {}): Promise<InputValidation> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const firstByHash = new Map<string, string>();
  const result: InputValidation = { files: 0, problems: [] };
  for await (const input of streamInputs(paths)) {
    result.files++;
    const bytes = await readInput(input, maxBytes);
    if (!Buffer.isBuffer(bytes)) {
      const kind = bytes.error.code === 'TOO_LARGE' ? 'too-large' : 'unreadable';
      result.problems.push({ file: input.source, kind, message: bytes.error.message });
      continue;
    }
    const { problems, hash } = checkText(input.source, bytes);
    for (const problem of problems) result.problems.push(problem);
    if (hash === null) continue;
    const original = firstByHash.get(hash);
    if (original === undefined) firstByHash.set(hash, input.source);
    else result.problems.push({ file: input.source, kind: 'duplicate', message: `same text as ${original}` });
  }
  return result;
}
