/**
 * A view of one stretch of the document (a sentence) in which every run of
 * white space is one plain space, so that lexicon phrases ("Ban Dân vận")
 * match however the page spaced them, with the way back to document offsets.
 */
import { codeUnitClass, isSpaceCode } from '../../text/chars.js';
import type { PreparedDocument } from '../../text/document.js';

export interface View {
  /** Folded (matching) form, white space collapsed. */
  folded: string;
  /** The text as written, white space collapsed; same length as `folded`. */
  raw: string;
  /** Offset in `doc.text` of each character of the view, plus one past the end. */
  at: Int32Array;
}

/** `[\p{L}\p{M}\p{N}]` on one UTF-16 code unit. */
const isWordCodeUnit = codeUnitClass(/[\p{L}\p{M}\p{N}]/u);

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isWordCodeUnit(ch.charCodeAt(0));
}

/** White space a view would change: anything but a plain space, or two spaces in a row. */
const IRREGULAR_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/u;

/**
 * The view of text[start, end): runs of white space become one plain space.
 * Built from slices of the unchanged stretches between collapsed spaces.
 */
export function makeView(doc: PreparedDocument, start: number, end: number): View {
  const { text } = doc;
  const raw = text.slice(start, end);
  // Most sentences are spaced regularly: their view is the text itself.
  if (!IRREGULAR_SPACE.test(raw)) {
    const at = new Int32Array(end - start + 1);
    for (let k = 0; k < at.length; k++) at[k] = start + k;
    return { folded: doc.folded.slice(start, end), raw, at };
  }
  return collapsedView(doc, start, end);
}

/** The view of a stretch with irregular white space, collapsed to single plain spaces. */
function collapsedView(doc: PreparedDocument, start: number, end: number): View {
  const { text } = doc;
  const at = new Int32Array(end - start + 1);
  let n = 0;
  let folded = '';
  let raw = '';
  // Start of the current stretch copied as is.
  let copyFrom = start;
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    if (space && (code !== 32 || (prevSpace && i > start))) {
      folded += doc.folded.slice(copyFrom, i);
      raw += text.slice(copyFrom, i);
      copyFrom = i + 1;
      if (!(prevSpace && i > start)) {
        folded += ' ';
        raw += ' ';
        at[n++] = i;
      }
    } else {
      at[n++] = i;
    }
    prevSpace = space;
  }
  folded += doc.folded.slice(copyFrom, end);
  raw += text.slice(copyFrom, end);
  at[n++] = end;
  return { folded, raw, at: at.subarray(0, n) };
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

/** A phrase list indexed by the code of its first and of its last character, built once per list. */
interface PhraseIndex {
  byFirst: Map<number, string[]>;
  byLast: Map<number, string[]>;
}

const indexes = new WeakMap<readonly string[], PhraseIndex>();

function indexOf(phrases: readonly string[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    index = { byFirst: new Map(), byLast: new Map() };
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const first = phrase.charCodeAt(0);
      const last = phrase.charCodeAt(phrase.length - 1);
      index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), phrase]);
      index.byLast.set(last, [...(index.byLast.get(last) ?? []), phrase]);
    }
    indexes.set(phrases, index);
  }
  return index;
}

/** The start of the longest of `phrases` ending at `end` (after trailing spaces), or -1. */
export function longestEndingAt(text: string, end: number, phrases: readonly string[]): number {
  const e = trimBack(text, end);
  if (e === 0) return -1;
  const candidates = indexOf(phrases).byLast.get(text.charCodeAt(e - 1));
  if (candidates === undefined) return -1;
  let best = -1;
  for (const phrase of candidates) {
    const s = phraseEndingAt(text, e, phrase);
    if (s >= 0 && (best < 0 || s < best)) best = s;
  }
  return best;
}

/** The end of the longest of `phrases` starting at `start` (after leading spaces), or -1. */
export function longestStartingAt(text: string, start: number, phrases: readonly string[]): number {
  const s = skipSpaces(text, start);
  if (s >= text.length) return -1;
  const candidates = indexOf(phrases).byFirst.get(text.charCodeAt(s));
  if (candidates === undefined) return -1;
  let best = -1;
  for (const phrase of candidates) best = Math.max(best, phraseStartingAt(text, s, phrase));
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

/** Strip the phrases that end right before `pos`, one after another, none starting before `floor`; where what is left ends. */
export function stripPhrasesBefore(view: View, pos: number, floor: number, phrases: readonly string[]): number {
  let p = trimBack(view.folded, pos);
  for (;;) {
    const s = longestEndingAt(view.folded, p, phrases);
    if (s < floor || s < 0) return p;
    p = trimBack(view.folded, s);
  }
}
