/**
 * Vietnamese numbers as reports write them: digits with "." grouping
 * thousands and "," marking decimals ("14.342", "1,5", "36,3"), numbers in
 * words ("hai mươi mốt", "một trăm linh năm", "ba nghìn"), and magnitude
 * words that multiply a numeral ("1,5 tỷ", "29.510 tỷ", "3 nghìn tỷ").
 *
 * This module only reads numerals; whether a number is a quantity, a date or
 * a name is decided by the extractor that uses it. Ambiguous number words
 * ("năm" is also "year", "một" also "a") are returned as candidates.
 */
import {
  DIGIT_WORDS,
  HUNDRED_WORD,
  MAGNITUDE_WORDS,
  TENS_MULTIPLIERS,
  TEN_WORD,
  UNIT_DIGIT_AFTER_TENS,
  ZERO_TENS_WORDS,
} from '../lexicon/units.js';
import { isDigitCode, isWordCodePoint } from '../text/chars.js';

export type NumberForm = 'digits' | 'words';

export interface NumberMatch {
  /** Offsets into the searched text; `end` includes trailing magnitude words. */
  start: number;
  end: number;
  /** End of the numeral itself, before any magnitude words. */
  numeralEnd: number;
  /** The value, magnitude words applied. */
  value: number;
  form: NumberForm;
  /** The numeral as found ("14.342", "hai mươi mốt"). */
  numeral: string;
  /** The product of the magnitude words after a digit numeral; 1 when none. */
  magnitude: number;
}

const ONLY_DIGITS = /^\d+$/u;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
const DECIMAL_COMMA = /^\d+,\d+$/u;
/** English grouping, only when unambiguous (two or more comma groups). */
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/u;
/** A decimal point with one or two decimals ("6.7%"): three would be grouping. */
const DECIMAL_POINT = /^\d+\.\d{1,2}$/u;

/** Multiply without binary noise: 1,1 triệu is 1100000, not 1100000.0000000002. */
export function scaleNumber(value: number, factor: number): number {
  // An integer below 10^15 is exact already, and toPrecision is slow: most numbers are such integers.
  if (factor === 1 && Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number((value * factor).toPrecision(15));
}

/**
 * The value of a digit numeral written the Vietnamese way, or null when the
 * string is not one number (a date "3.6.2013", a phone "0225.3821.055").
 */
export function parseDigits(numeral: string): number | null {
  if (ONLY_DIGITS.test(numeral)) return Number(numeral);
  // A grouped number never starts with 0: "012.345.678" is a phone number.
  if (/^0\d/u.test(numeral) && !DECIMAL_COMMA.test(numeral)) return null;
  if (DOT_GROUPED.test(numeral)) return Number(numeral.replace(/\./gu, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(numeral)) return Number(numeral.replace(',', '.'));
  if (COMMA_GROUPED.test(numeral)) return Number(numeral.replace(/,/gu, ''));
  if (DECIMAL_POINT.test(numeral)) return Number(numeral);
  return null;
}

type WordState = 'start' | 'digit' | 'ten' | 'tens' | 'hundred' | 'zero' | 'scale';

export interface WordNumber {
  value: number;
  /** How many of the given words the number spans. */
  length: number;
}

// Maps, not the lexicon's records: `"constructor" in {}` is true.
const digitWords = new Map(Object.entries(DIGIT_WORDS));
const unitDigitsAfterTens = new Map(Object.entries(UNIT_DIGIT_AFTER_TENS));
const magnitudeWords = new Map(Object.entries(MAGNITUDE_WORDS));
const tensMultipliers = new Set(TENS_MULTIPLIERS);
const zeroTens = new Set(ZERO_TENS_WORDS);
const numberWords = new Set([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(UNIT_DIGIT_AFTER_TENS),
  ...Object.keys(MAGNITUDE_WORDS),
  TEN_WORD,
  HUNDRED_WORD,
  ...TENS_MULTIPLIERS,
  ...ZERO_TENS_WORDS,
]);

/** Whether `word` can be part of a number written in words. */
export function isNumberWord(word: string): boolean {
  return numberWords.has(word);
}

/** Whether a number in words can begin with `word` ("hai", "mười"; not "mươi", "lăm"). */
export function startsNumberWords(word: string): boolean {
  return digitWords.has(word) || word === TEN_WORD;
}

/**
 * Read the longest number at the start of `words` (folded, one word each):
 * ["hai", "mươi", "mốt", "hội", "nghị"] gives 21 over 3 words. Null when the
 * first word does not begin a number.
 */
export function parseNumberWords(words: readonly string[]): WordNumber | null {
  let total = 0;
  let chunk = 0;
  let pending: number | null = null;
  let state: WordState = 'start';
  let best: WordNumber | null = null;
  for (let i = 0; i < words.length; i++) {
    const previous = state;
    const next = stepNumberWord(words[i], state, pending);
    if (next === null) break;
    if (next.kind === 'digit') {
      pending = next.value;
    } else if (next.kind === 'ten') {
      chunk += 10;
    } else if (next.kind === 'tens') {
      chunk += (pending ?? 0) * 10;
      pending = null;
    } else if (next.kind === 'hundred') {
      chunk += (pending ?? 0) * 100;
      pending = null;
    } else if (next.kind === 'scale') {
      const current = chunk + (pending ?? 0);
      // "ba nghìn tỷ": a scale right after a scale multiplies the whole.
      total = current === 0 ? total * next.value : total + current * next.value;
      chunk = 0;
      pending = null;
    }
    state = next.state;
    // "một trăm hai" ends on a bare digit after the hundreds: 120, as spoken.
    const tail = previous === 'hundred' && state === 'digit' ? (pending ?? 0) * 10 : (pending ?? 0);
    if (state !== 'zero') best = { value: total + chunk + tail, length: i + 1 };
  }
  return best;
}

interface WordStep {
  kind: 'digit' | 'ten' | 'tens' | 'hundred' | 'zero' | 'scale';
  value: number;
  state: WordState;
}

/** One transition of the number-word reader, or null if `word` cannot come next. */
function stepNumberWord(word: string, state: WordState, pending: number | null): WordStep | null {
  const unitDigit = unitDigitsAfterTens.get(word);
  if (unitDigit !== undefined) {
    const afterTens = state === 'tens' || (state === 'ten' && unitDigit === 5);
    return afterTens ? { kind: 'digit', value: unitDigit, state: 'digit' } : null;
  }
  const digit = digitWords.get(word);
  if (digit !== undefined) {
    if (state === 'digit') return null;
    // "mười năm", "một trăm năm" are "ten years", "a hundred years";
    // fifteen is "mười lăm", a hundred and five "một trăm linh năm".
    if ((state === 'ten' || state === 'hundred') && word === 'năm') return null;
    return { kind: 'digit', value: digit, state: 'digit' };
  }
  if (word === TEN_WORD) {
    return state === 'start' || state === 'hundred' || state === 'scale' ? { kind: 'ten', value: 10, state: 'ten' } : null;
  }
  if (tensMultipliers.has(word)) {
    const minimum = word === 'mươi' ? 2 : 1;
    return state === 'digit' && pending !== null && pending >= minimum ? { kind: 'tens', value: 10, state: 'tens' } : null;
  }
  if (word === HUNDRED_WORD) {
    return state === 'digit' ? { kind: 'hundred', value: 100, state: 'hundred' } : null;
  }
  if (zeroTens.has(word)) {
    return state === 'hundred' ? { kind: 'zero', value: 0, state: 'zero' } : null;
  }
  const magnitude = magnitudeWords.get(word);
  if (magnitude !== undefined) {
    return state === 'start' || state === 'zero' ? null : { kind: 'scale', value: magnitude, state: 'scale' };
  }
  return null;
}

/**
 * Where a number can start: a digit numeral (separators only between
 * digits) or a word that opens a number in words. The regex has no Unicode
 * classes or look-behind, so that one pass over a long text stays cheap;
 * word boundaries are checked on the few candidates it finds.
 */
const NUMBER_START = new RegExp(
  `(\\d+(?:[.,]\\d+)*)|(?:${[...Object.keys(DIGIT_WORDS), TEN_WORD].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/** Whether a UTF-16 code is part of a word: a digit, a Latin letter (Vietnamese included), a combining mark, another script. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code < 0xc0) return false;
  if (code === 0xd7 || code === 0xf7) return false;
  return code < 0x2000 || code >= 0x3040;
}

/** The longest number in words, in words: "chín trăm chín mươi chín nghìn ..." */
const MAX_NUMBER_WORDS = 16;

/** The first characters of the words that can follow a number's first word, and of magnitude words. */
const NUMBER_WORD_INITIALS = initialsOf(numberWords);
const MAGNITUDE_INITIALS = initialsOf(magnitudeWords.keys());

function initialsOf(words: Iterable<string>): Set<number> {
  return new Set([...words].map((word) => word.charCodeAt(0)));
}

/** Where the run of letters and marks (`[\p{L}\p{M}]+`) from `pos` ends; `pos` if none starts there. */
export function letterRunEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const code = text.charCodeAt(p);
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
        p++;
        continue;
      }
      return p;
    }
    const point = text.codePointAt(p)!;
    // Past ASCII, a "word" code point is a letter or a mark: `\d` is ASCII only.
    if (!isWordCodePoint(point)) return p;
    p += point > 0xffff ? 2 : 1;
  }
  return p;
}

/** Space within a line: " ", tab or a no-break space. */
export function isInlineSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * The word after inline spaces only (no punctuation, no line break) from
 * `pos`, as `[ \t\u00a0]+([\p{L}\p{M}]+)(?![\p{L}\p{M}\d])` would find it,
 * or null; null too when it cannot begin with one of `initials` (the caller
 * wants only such words), which settles most words at their first letter.
 */
function nextInlineWord(
  folded: string,
  pos: number,
  to: number,
  initials: ReadonlySet<number>,
): { start: number; end: number; word: string } | null {
  if (!isInlineSpaceCode(folded.charCodeAt(pos))) return null;
  let first = pos + 1;
  while (isInlineSpaceCode(folded.charCodeAt(first))) first++;
  if (!initials.has(folded.charCodeAt(first))) return null;
  const end = letterRunEnd(folded, first);
  // A word glued to digits ("km2") is no word here.
  if (end === first || end > to || isDigitCode(folded.charCodeAt(end))) return null;
  return { start: first, end, word: folded.slice(first, end) };
}

/** Magnitude words right after `pos`: their product and where they end. */
function magnitudeAfter(folded: string, pos: number, to: number): { factor: number; end: number } {
  let factor = 1;
  let end = pos;
  for (;;) {
    const next = nextInlineWord(folded, end, to, MAGNITUDE_INITIALS);
    const magnitude = next === null ? undefined : magnitudeWords.get(next.word);
    if (magnitude === undefined) break;
    factor *= magnitude;
    end = next!.end;
  }
  return { factor, end };
}

/** The number in words that starts with `first` (already matched at `start`), or null. */
function wordNumberAt(folded: string, start: number, first: string, to: number): NumberMatch | null {
  const firstEnd = start + first.length;
  let next = nextInlineWord(folded, firstEnd, to, NUMBER_WORD_INITIALS);
  if (next === null || !isNumberWord(next.word)) {
    // Most numbers in words are one word ("một", "năm" as a candidate): its value, without the reader.
    const value = first === TEN_WORD ? 10 : digitWords.get(first)!;
    return { start, end: firstEnd, numeralEnd: firstEnd, value, form: 'words', numeral: first, magnitude: 1 };
  }
  const words = [first];
  const ends = [firstEnd];
  while (next !== null && isNumberWord(next.word) && words.length < MAX_NUMBER_WORDS) {
    words.push(next.word);
    ends.push(next.end);
    next = nextInlineWord(folded, next.end, to, NUMBER_WORD_INITIALS);
  }
  const parsed = parseNumberWords(words);
  if (parsed === null) return null;
  const end = ends[parsed.length - 1];
  return { start, end, numeralEnd: end, value: parsed.value, form: 'words', numeral: folded.slice(start, end), magnitude: 1 };
}

/**
 * Every number in `folded` (lower-case matching text) between `from` and
 * `to`, in order: digit numerals with their magnitude words, and numbers in
 * words. Digit strings that are not one number (dates with dots, phone
 * numbers) are skipped. Call it once over a long stretch rather than once
 * per sentence: each call scans on to the next number.
 */
export function findNumbers(folded: string, from = 0, to = folded.length): NumberMatch[] {
  const found: NumberMatch[] = [];
  NUMBER_START.lastIndex = from;
  for (let m = NUMBER_START.exec(folded); m !== null && m.index < to; m = NUMBER_START.exec(folded)) {
    const start = m.index;
    const numeralEnd = Math.min(start + m[0].length, to);
    // Glued to a word before ("F0", "bao"): not a number; for words, nor glued after ("bao", "hai" in "khai").
    if (start > 0 && isWordCode(folded.charCodeAt(start - 1))) {
      NUMBER_START.lastIndex = m[1] === undefined ? start + 1 : start + m[0].length;
      continue;
    }
    if (m[1] === undefined && isWordCode(folded.charCodeAt(numeralEnd))) continue;
    if (m[1] !== undefined) {
      // The match itself, unless `to` cut it short.
      const numeral = numeralEnd === start + m[1].length ? m[1] : folded.slice(start, numeralEnd);
      // Most numerals are plain digits: their value needs none of parseDigits' patterns.
      const value = numeral.indexOf('.') < 0 && numeral.indexOf(',') < 0 ? Number(numeral) : parseDigits(numeral);
      const { factor, end } = magnitudeAfter(folded, numeralEnd, to);
      if (value !== null) {
        found.push({ start, end, numeralEnd, value: scaleNumber(value, factor), form: 'digits', numeral, magnitude: factor });
      }
      NUMBER_START.lastIndex = end;
      continue;
    }
    const words = wordNumberAt(folded, start, m[0], to);
    if (words !== null) {
      found.push(words);
      NUMBER_START.lastIndex = words.end;
    }
  }
  return found;
}

/**
 * The value of a whole string that is one number: "14.342", "1,5 tỷ",
 * "hai mươi mốt", "3 nghìn tỷ". Null if anything else is in it.
 */
export function parseVietnameseNumber(text: string): number | null {
  const folded = text.normalize('NFC').toLowerCase().trim();
  const [first, ...rest] = findNumbers(folded);
  if (first === undefined || rest.length > 0 || first.start !== 0 || first.end !== folded.length) return null;
  return first.value;
}
