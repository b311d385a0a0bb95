/**
 * A view of one stretch of the document (a sentence) in which every run of
 * white space is one plain space, so that lexicon phrases ("Ban Dân vận")
 * match however the page spaced them, with the way back to document offsets.
 */
import type { PreparedDocument } from '../../text/document.js';

export interface View {
  /** Folded (matching) form, white space collapsed. */
  folded: string;
  /** The text as written, white space collapsed; same length as `folded`. */
  raw: string;
  /** Offset in `doc.text` of each character of the view, plus one past the end. */
  at: number[];
}

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export function makeView(doc: PreparedDocument, start: number, end: number): View {
  let folded = '';
  let raw = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const space = SPACE.test(doc.text[i]);
    if (space && i > start && SPACE.test(doc.text[i - 1])) continue;
    folded += space ? ' ' : doc.folded[i];
    raw += space ? ' ' : doc.text[i];
    at.push(i);
  }
  at.push(end);
  return { folded, raw, at };
}

/** The first position at or after `pos` that is not a space. */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && text[pos] === ' ') pos++;
  return pos;
}

/** The position after the last non-space character before `pos`. */
export function trimBack(text: string, pos: number): number {
  while (pos > 0 && text[pos - 1] === ' ') pos--;
  return pos;
}

/** Where `phrase` starts if it ends, as whole words, at `end` of `text`; else -1. */
export function phraseEndingAt(text: string, end: number, phrase: string): number {
  const start = end - phrase.length;
  if (start < 0 || !text.startsWith(phrase, start)) return -1;
  if (isWordChar(phrase[0]) && isWordChar(text[start - 1])) return -1;
  return start;
}

/** Where `phrase` ends if it starts, as whole words, at `start` of `text`; else -1. */
export function phraseStartingAt(text: string, start: number, phrase: string): number {
  if (!text.startsWith(phrase, start)) return -1;
  const end = start + phrase.length;
  if (isWordChar(phrase[phrase.length - 1]) && isWordChar(text[end])) return -1;
  return end;
}

/** The start of the longest of `phrases` ending at `end` (after trailing spaces), or -1. */
export function longestEndingAt(text: string, end: number, phrases: readonly string[]): number {
  const e = trimBack(text, end);
  let best = -1;
  for (const phrase of phrases) {
    const s = phraseEndingAt(text, e, phrase);
    if (s >= 0 && (best < 0 || s < best)) best = s;
  }
  return best;
}

/** The end of the longest of `phrases` starting at `start` (after leading spaces), or -1. */
export function longestStartingAt(text: string, start: number, phrases: readonly string[]): number {
  const s = skipSpaces(text, start);
  let best = -1;
  for (const phrase of phrases) best = Math.max(best, phraseStartingAt(text, s, phrase));
  return best;
}

/** Whether `phrase` occurs as whole words in text[from, to). */
export function containsPhrase(text: string, phrase: string, from = 0, to = text.length): boolean {
  let i = text.indexOf(phrase, from);
  while (i >= 0 && i + phrase.length <= to) {
    if (phraseStartingAt(text, i, phrase) >= 0 && phraseEndingAt(text, i + phrase.length, phrase) === i) return true;
    i = text.indexOf(phrase, i + 1);
  }
  return false;
}

/** Start offsets of the words (runs of letters and digits) of text[from, to). */
export function wordStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (isWordChar(text[i]) && !isWordChar(text[i - 1])) starts.push(i);
  return starts;
}

export function isUpperStart(raw: string, pos: number): boolean {
  const ch = raw[pos];
  return ch !== undefined && ch !== ch.toLowerCase();
}
