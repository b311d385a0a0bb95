/**
 * Sentence splitting within one line. A period ends a sentence only when a
 * new sentence visibly starts after it, so "TP. HCM", "14.342", "13/1",
 * "v.v." and initials survive; quoted speech stays with its attribution.
 */
import { DOTTED_ABBREVIATIONS } from '../lexicon/abbreviations.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

const abbreviations = new Set(DOTTED_ABBREVIATIONS);
const UPPER_START = /[\p{Lu}\d“"«(‘'-]/u;
const LOWER = /\p{Ll}/u;

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

/** JavaScript's `\s` on one UTF-16 code unit (WhiteSpace and LineTerminator). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The word just before position `dot` (letters and inner dots). */
function wordBefore(line: string, dot: number): string {
  // Abbreviations are short: looking further back would only cost time.
  const limit = Math.max(0, dot - 12);
  let i = dot;
  while (i > limit && /[\p{L}.]/u.test(line[i - 1])) i--;
  return line.slice(i, dot);
}

function isAbbreviation(word: string): boolean {
  if (abbreviations.has(word)) return true;
  // A single capital letter is an initial ("H. Nam").
  return /^\p{Lu}$/u.test(word);
}

/**
 * Whether a lone period at `dot`, followed by a capital at `next`, ends a
 * sentence: not after an abbreviation or an initial; without a space only
 * after a lower-case word ("cơ sở.Đổi mới", but not "Haiphong.gov", "14.342").
 */
function periodEnds(line: string, dot: number, spaced: boolean, next: number): boolean {
  const word = wordBefore(line, dot);
  if (isAbbreviation(word)) return false;
  return spaced || (word.length >= 2 && LOWER.test(word[word.length - 1]) && /\p{Lu}/u.test(line[next]));
}

/** Whether quotes opened in the line are closed in it: only then are they tracked. */
function quotesBalanced(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isOpeningQuote(code)) depth++;
    else if (isClosingQuote(code) && depth > 0) depth--;
  }
  return depth === 0;
}

/**
 * Split one line (given with its offset in the document) into sentence spans,
 * trimmed of surrounding white space.
 */
export function splitSentences(line: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const trackQuotes = quotesBalanced(line);
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e });
  };
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const code = line.charCodeAt(i);
    if (trackQuotes) {
      if (isOpeningQuote(code)) depth++;
      else if (isClosingQuote(code) && depth > 0) depth--;
    }
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
    if (k >= length) break;
    const ends = UPPER_START.test(line[k]) && !(code === 0x2e && j === i + 1 && !periodEnds(line, i, spaced, k));
    if (ends) {
      push(j);
      start = j;
    }
    // The run of marks is done with either way: never scan it again.
    i = j - 1;
  }
  push(length);
  return spans;
}
