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
const TERMINAL = /[.!?…]/u;
const CLOSING = /["”»’)\]]/u;
const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);
const UPPER_START = /[\p{Lu}\d“"«(‘'-]/u;
const LOWER = /\p{Ll}/u;

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
  for (const ch of line) {
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
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
    while (s < e && /\s/u.test(line[s])) s++;
    while (e > s && /\s/u.test(line[e - 1])) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e });
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (trackQuotes && OPENING_QUOTES.has(ch)) depth++;
    else if (trackQuotes && CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !TERMINAL.test(ch)) continue;
    let j = i + 1;
    while (j < line.length && (TERMINAL.test(line[j]) || CLOSING.test(line[j]) || line[j] === '/')) j++;
    const next = line[j];
    if (next === undefined) break;
    const spaced = /\s/u.test(next);
    let k = j;
    while (k < line.length && /\s/u.test(line[k])) k++;
    if (k >= line.length) break;
    const ends = UPPER_START.test(line[k]) && !(ch === '.' && j === i + 1 && !periodEnds(line, i, spaced, k));
    if (ends) {
      push(j);
      start = j;
    }
    // The run of marks is done with either way: never scan it again.
    i = j - 1;
  }
  push(line.length);
  return spans;
}
