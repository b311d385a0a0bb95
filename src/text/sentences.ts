/**
 * Sentence splitting within one line. A period ends a sentence only when a
 * new sentence visibly starts after it, so "TP. HCM", "14.342", "13/1",
 * "v.v." and initials survive; quoted speech stays with its attribution.
 */
import { DOTTED_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { codeUnitClass, isSpaceCode } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

const abbreviations = new Set(DOTTED_ABBREVIATIONS);
/** What may open a sentence: a capital, a digit, an opening quote or bracket, a dash. */
const isUpperStart = codeUnitClass(/[\p{Lu}\d“"«(‘'-]/u);
const isLower = codeUnitClass(/\p{Ll}/u);
const isUpper = codeUnitClass(/\p{Lu}/u);
/** What an abbreviation is written with: letters and inner dots. */
const isAbbreviationChar = codeUnitClass(/[\p{L}.]/u);

// The loops below run on every character of every line: they compare char
// codes rather than test one-character strings against regexes or Sets.

/** `.`, `!`, `?`, `…` */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** `"`, `”`, `»`, `’`, `)`, `]` */
function isClosing(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** `“`, `«` */
function isOpeningQuote(code: number): boolean {
  return code === 0x201c || code === 0xab;
}

/** `”`, `»` */
function isClosingQuote(code: number): boolean {
  return code === 0x201d || code === 0xbb;
}

/**
 * The characters the sentence loop acts on: terminals and quotes, marked in
 * a table. One lookup per character; a chain of range tests per character
 * cost several times more (its branches go one way for ASCII letters and
 * another for Vietnamese ones, and the processor cannot predict them).
 */
const SENTENCE_MARKS = new Uint8Array(0x10000);
for (const mark of '.!?…“«”»') SENTENCE_MARKS[mark.charCodeAt(0)] = 1;

/** The word just before position `dot` (letters and inner dots). */
function wordBefore(line: string, dot: number): string {
  // Abbreviations are short: looking further back would only cost time.
  const limit = Math.max(0, dot - 12);
  let i = dot;
  while (i > limit && isAbbreviationChar(line.charCodeAt(i - 1))) i--;
  return line.slice(i, dot);
}

function isAbbreviation(word: string): boolean {
  if (abbreviations.has(word)) return true;
  // "PGS.TS.", "TS.BS.": abbreviations glued by periods.
  if (word.includes('.')) return word.split('.').every((part) => abbreviations.has(part));
  // A single capital letter is an initial ("H. Nam").
  return word.length === 1 && isUpper(word.charCodeAt(0));
}

/**
 * Whether a lone period at `dot`, followed by a capital at `next`, ends a
 * sentence: not after an abbreviation or an initial; without a space only
 * after a lower-case word ("cơ sở.Đổi mới", but not "Haiphong.gov", "14.342").
 */
function periodEnds(line: string, dot: number, spaced: boolean, next: number): boolean {
  const word = wordBefore(line, dot);
  if (isAbbreviation(word)) return false;
  return spaced || (word.length >= 2 && isLower(word.charCodeAt(word.length - 1)) && isUpper(line.charCodeAt(next)));
}

/** The count of open quotes after `code`: an opening quote opens one, a closing quote closes one if any is open. */
function quotesOpenAfter(open: number, code: number): number {
  if (isOpeningQuote(code)) return open + 1;
  return isClosingQuote(code) && open > 0 ? open - 1 : open;
}

interface LineReading {
  spans: SentenceSpan[];
  /** Whether the quotes opened in the line are all closed in it. */
  balanced: boolean;
}

/**
 * Split one line (given with its offset in the document) into sentence spans,
 * trimmed of surrounding white space. Quotes are tracked (no sentence ends
 * inside one) only when those opened in the line are closed in it, which is
 * known only at its end: the line is read tracking them, and read again
 * without in the rare line where they do not close.
 */
export function splitSentences(line: string, offset = 0): SentenceSpan[] {
  const tracked = readLine(line, offset, true);
  return tracked.balanced ? tracked.spans : readLine(line, offset, false).spans;
}

/** The span from `start` to `end` of the line, trimmed of white space, if anything is left. */
function pushTrimmed(spans: SentenceSpan[], line: string, offset: number, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: offset + s, end: offset + e });
}

function readLine(line: string, offset: number, trackQuotes: boolean): LineReading {
  const spans: SentenceSpan[] = [];
  // Quotes open, counted as the line is read. A run of marks after a
  // terminal is skipped, but only where no quote is open, and a run holds no
  // opening quote: what it skips cannot change the count. At the end the
  // count is 0 exactly when the quotes of the line are balanced.
  let depth = 0;
  let start = 0;
  // No closure over the line here: variables a closure captures live on
  // the heap, and the loop below would read the line from there at every step.
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const code = line.charCodeAt(i);
    if (SENTENCE_MARKS[code] === 0) continue;
    depth = quotesOpenAfter(depth, code);
    if (!trackQuotes) depth = 0;
    if (depth > 0 || !isTerminal(code)) continue;
    let j = i + 1;
    while (j < length) {
      const after = line.charCodeAt(j);
      if (!isTerminal(after) && !isClosing(after) && after !== 0x2f) break;
      j++;
    }
    if (j >= length) break;
    const spaced = isSpaceCode(line.charCodeAt(j));
    let k = j;
    while (k < length && isSpaceCode(line.charCodeAt(k))) k++;
    // Only white space is left: no quote in it.
    if (k >= length) break;
    const ends = isUpperStart(line.charCodeAt(k)) && !(code === 0x2e && j === i + 1 && !periodEnds(line, i, spaced, k));
    if (ends) {
      pushTrimmed(spans, line, offset, start, j);
      start = j;
    }
    // The run of marks is done with either way: never scan it again.
    i = j - 1;
  }
  pushTrimmed(spans, line, offset, start, length);
  return { spans, balanced: depth === 0 };
}
