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

const tensMultipliers = new Set(TENS_MULTIPLIERS);
const zeroTens = new Set(ZERO_TENS_WORDS);

/** Whether `word` can be part of a number written in words. */
export function isNumberWord(word: string): boolean {
  return (
    word in DIGIT_WORDS ||
    word in UNIT_DIGIT_AFTER_TENS ||
    word in MAGNITUDE_WORDS ||
    word === TEN_WORD ||
    word === HUNDRED_WORD ||
    tensMultipliers.has(word) ||
    zeroTens.has(word)
  );
}

/** Whether a number in words can begin with `word` ("hai", "mười"; not "mươi", "lăm"). */
export function startsNumberWords(word: string): boolean {
  return word in DIGIT_WORDS || word === TEN_WORD;
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
  if (word in UNIT_DIGIT_AFTER_TENS) {
    const afterTens = state === 'tens' || (state === 'ten' && UNIT_DIGIT_AFTER_TENS[word] === 5);
    return afterTens ? { kind: 'digit', value: UNIT_DIGIT_AFTER_TENS[word], state: 'digit' } : null;
  }
  if (word in DIGIT_WORDS) {
    if (state === 'digit') return null;
    // "mười năm", "một trăm năm" are "ten years", "a hundred years";
    // fifteen is "mười lăm", a hundred and five "một trăm linh năm".
    if ((state === 'ten' || state === 'hundred') && word === 'năm') return null;
    return { kind: 'digit', value: DIGIT_WORDS[word], state: 'digit' };
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
  if (word in MAGNITUDE_WORDS) {
    return state === 'start' || state === 'zero' ? null : { kind: 'scale', value: MAGNITUDE_WORDS[word], state: 'scale' };
  }
  return null;
}

interface Token {
  start: number;
  end: number;
  text: string;
  digits: boolean;
}

/** A numeral in digits (separators inside only between digits) or a word. */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu;
const INLINE_GAP = /^[ \t\u00a0]+$/u;

function tokenize(folded: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(folded); m !== null && m.index < to; m = TOKEN.exec(folded)) {
    const end = Math.min(m.index + m[0].length, to);
    tokens.push({ start: m.index, end, text: folded.slice(m.index, end), digits: /\d/u.test(m[0][0]) });
  }
  return tokens;
}

/** Whether only spaces (no punctuation, no line break) separate two tokens. */
function adjacent(folded: string, left: Token, right: Token): boolean {
  return INLINE_GAP.test(folded.slice(left.end, right.start));
}

/** Magnitude words right after token `i`: their product and the index after them. */
function magnitudeAfter(folded: string, tokens: Token[], i: number): { factor: number; next: number } {
  let factor = 1;
  let j = i + 1;
  while (j < tokens.length && tokens[j].text in MAGNITUDE_WORDS && adjacent(folded, tokens[j - 1], tokens[j])) {
    factor *= MAGNITUDE_WORDS[tokens[j].text];
    j++;
  }
  return { factor, next: j };
}

/** The run of number words starting at token `i` (each adjacent to the last). */
function numberWordRun(folded: string, tokens: Token[], i: number): Token[] {
  const run = [tokens[i]];
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j].digits || !isNumberWord(tokens[j].text) || !adjacent(folded, tokens[j - 1], tokens[j])) break;
    run.push(tokens[j]);
  }
  return run;
}

/**
 * Every number in `folded` (lower-case matching text) between `from` and
 * `to`, in order: digit numerals with their magnitude words, and numbers in
 * words. Digit strings that are not one number (dates with dots, phone
 * numbers) are skipped.
 */
export function findNumbers(folded: string, from = 0, to = folded.length): NumberMatch[] {
  const tokens = tokenize(folded, from, to);
  const found: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.digits) {
      const value = parseDigits(token.text);
      const { factor, next } = magnitudeAfter(folded, tokens, i);
      if (value !== null) {
        found.push({
          start: token.start,
          end: tokens[next - 1].end,
          numeralEnd: token.end,
          value: scaleNumber(value, factor),
          form: 'digits',
          numeral: token.text,
          magnitude: factor,
        });
      }
      i = next;
      continue;
    }
    if (!startsNumberWords(token.text)) {
      i++;
      continue;
    }
    const run = numberWordRun(folded, tokens, i);
    const parsed = parseNumberWords(run.map((t) => t.text));
    if (parsed === null) {
      i++;
      continue;
    }
    const last = run[parsed.length - 1];
    found.push({
      start: token.start,
      end: last.end,
      numeralEnd: last.end,
      value: parsed.value,
      form: 'words',
      numeral: folded.slice(token.start, last.end),
      magnitude: 1,
    });
    i += parsed.length;
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
