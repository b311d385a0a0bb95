/**
 * Word and punctuation tokens of a stretch of the prepared text, with their
 * offsets and folded forms, for the token-level grammar of names and titles.
 *
 * The tokenizer is a single pass over character codes with a per-code-unit
 * class cache: it runs on every sentence that may name a person, so it must
 * stay far cheaper than a regular expression per token.
 */
import type { PreparedDocument } from '../../text/document.js';
import { isForeignWord } from './shape.js';

export interface Token {
  /** Offsets into `PreparedDocument.text`. */
  start: number;
  end: number;
  text: string;
  /** Matching form: folded, with every dash unified to "-". */
  key: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("UBND", "TP", "HCM"). */
  allCaps: boolean;
  /**
   * The shape of a name syllable: capitalized letters, not an abbreviation,
   * with one inner apostrophe ("H'Hen") or hyphens between syllables ("Ết-xtê-ban").
   */
  shaped: boolean;
  /** Lexicon lookups cached for this token's key (see phrases.ts); unset until first needed. */
  lists?: readonly unknown[];
}

/** Letters, with one inner apostrophe ("H'Hen") or hyphens between syllables ("Ết-xtê-ban", "Jong-un"). */
const NAME_WORD = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?(?:-[\p{L}\p{M}]+)*$/u;
const MAX_NAME_WORD = 16;

const enum CharClass {
  Unknown = 0,
  Space = 1,
  Other = 2,
  Letter = 3,
  Mark = 4,
  Digit = 5,
}

const classes = new Uint8Array(65536);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

/** The class of one UTF-16 code unit; surrogates count as letters (names in other scripts). */
export function charClass(code: number): number {
  const c = classes[code];
  return c !== CharClass.Unknown ? c : classify(code);
}

function classify(code: number): number {
  let c: number;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) c = CharClass.Letter;
  else if (LETTER.test(ch)) c = CharClass.Letter;
  else if (MARK.test(ch)) c = CharClass.Mark;
  else if (DIGIT.test(ch)) c = CharClass.Digit;
  else if (SPACE.test(ch)) c = CharClass.Space;
  else c = CharClass.Other;
  classes[code] = c;
  return c;
}

export function isWordChar(code: number): boolean {
  return charClass(code) >= CharClass.Letter;
}

/** Characters joining two parts of one word: "H'Hen", "PGS.TS", "Đ/c", "TP.HCM". */
function isInnerJoiner(code: number): boolean {
  return code === 0x27 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2e /* . */ || code === 0x2f /* / */;
}

const HYPHEN = 0x2d;
const AMPERSAND = 0x26;

/** "TN&MT", "NN&PTNT", "P&G": an ampersand between capitals joins one abbreviation. */
function ampersandJoins(text: string, folded: string, i: number): boolean {
  if (text.charCodeAt(i) !== AMPERSAND || i === 0) return false;
  const isCapital = (k: number) => charClass(text.charCodeAt(k)) === CharClass.Letter && text.charCodeAt(k) !== folded.charCodeAt(k);
  return isCapital(i - 1) && isCapital(i + 1);
}

function isLowerLetter(text: string, folded: string, i: number): boolean {
  return charClass(text.charCodeAt(i)) === CharClass.Letter && text.charCodeAt(i) === folded.charCodeAt(i);
}

/**
 * "Ết-xtê-ban", "Jong-un", "Cu-ba": a transliterated syllable group joined
 * by hyphens into one word. Only a capitalized word continued by lower-case
 * parts, so "NN-PTNT", "kinh tế-xã hội" and "Hà Nội-Transerco" stay apart.
 */
function hyphenContinues(text: string, folded: string, wordStart: number, at: number, end: number): boolean {
  if (at + 1 >= end || text.charCodeAt(at) !== HYPHEN) return false;
  if (!(charClass(text.charCodeAt(wordStart)) === CharClass.Letter && text.charCodeAt(wordStart) !== folded.charCodeAt(wordStart))) return false;
  if (isLowerLetter(text, folded, at + 1)) return true;
  return foreignPair(text, folded, wordStart, at, end);
}

/**
 * "Frank-Walter", "Rheinland-Pfalz": two capitalized parts join when neither
 * reads as a Vietnamese syllable ("Hà Nội-Transerco" stays apart).
 */
function foreignPair(text: string, folded: string, wordStart: number, at: number, end: number): boolean {
  if (!(at + 2 < end && charClass(text.charCodeAt(at + 1)) === CharClass.Letter && isLowerLetter(text, folded, at + 2))) return false;
  let from = at;
  while (from > wordStart && text.charCodeAt(from - 1) !== HYPHEN) from--;
  let to = at + 1;
  while (to < end && charClass(text.charCodeAt(to)) === CharClass.Letter) to++;
  if (to - from > 40) return false;
  return isForeignWord(folded.slice(from, at)) && isForeignWord(folded.slice(at + 1, to));
}

const DASH_KEYS: Record<string, string> = { '–': '-', '—': '-', '‒': '-', '−': '-' };

/** Matching form of a folded token: every dash as "-", the typographic apostrophe as "'". */
export function tokenKey(folded: string): string {
  if (folded.length === 1) return DASH_KEYS[folded] ?? (folded === '’' ? "'" : folded);
  return folded.includes('’') ? folded.replace(/’/gu, "'") : folded;
}

function makeWord(text: string, folded: string, start: number, end: number, curly: boolean): Token {
  const surface = text.slice(start, end);
  const cap = charClass(text.charCodeAt(start)) === CharClass.Letter && text.charCodeAt(start) !== folded.charCodeAt(start);
  let allCaps = false;
  if (cap && end - start >= 2) {
    let letters = 0;
    allCaps = true;
    for (let i = start; i < end && allCaps; i++) {
      if (charClass(text.charCodeAt(i)) !== CharClass.Letter) continue;
      letters++;
      if (text.charCodeAt(i) === folded.charCodeAt(i)) allCaps = false;
    }
    allCaps = allCaps && letters >= 2;
  }
  const raw = folded.slice(start, end);
  const key = curly ? raw.replace(/’/gu, "'") : raw;
  const shaped = cap && !allCaps && end - start <= MAX_NAME_WORD && NAME_WORD.test(surface);
  return { start, end, text: surface, key, word: true, cap, allCaps, shaped, lists: undefined };
}

/** Whether the last word read by `wordEnd` holds a typographic apostrophe. */
let lastWordCurly = false;

/** End of the word starting at `i` (a word character), within `end`. */
function wordEnd(text: string, folded: string, i: number, end: number): number {
  const start = i;
  lastWordCurly = false;
  for (;;) {
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    if (i + 1 < end && (isInnerJoiner(text.charCodeAt(i)) || ampersandJoins(text, folded, i)) && isWordChar(text.charCodeAt(i + 1))) {
      if (text.charCodeAt(i) === 0x2019) lastWordCurly = true;
      i++;
      continue;
    }
    if (hyphenContinues(text, folded, start, i, end)) {
      i++;
      continue;
    }
    return i;
  }
}

/** Tokens of `doc.text` between `start` and `end`. */
export function tokenize(doc: PreparedDocument, start: number, end: number): Token[] {
  const { text, folded } = doc;
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (cls >= CharClass.Letter) {
      const e = wordEnd(text, folded, i, end);
      tokens.push(makeWord(text, folded, i, e, lastWordCurly));
      i = e;
      continue;
    }
    // One punctuation character (a surrogate pair never reaches here: it counts as a letter).
    const ch = text[i];
    tokens.push({ start: i, end: i + 1, text: ch, key: tokenKey(folded[i]), word: false, cap: false, allCaps: false, shaped: false, lists: undefined });
    i++;
  }
  return tokens;
}

/** Tokens of a lexicon phrase (already folded), as keys. */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    const cls = charClass(phrase.charCodeAt(i));
    if (cls === CharClass.Space) {
      i++;
    } else if (cls >= CharClass.Letter) {
      let e = i;
      for (;;) {
        while (e < phrase.length && isWordChar(phrase.charCodeAt(e))) e++;
        // Inner joiners as in `tokenize`; a hyphen between letters joins a transliterated name ("cu-ba").
        const joins = isInnerJoiner(phrase.charCodeAt(e)) || phrase.charCodeAt(e) === HYPHEN;
        if (e + 1 < phrase.length && joins && isWordChar(phrase.charCodeAt(e + 1))) e++;
        else break;
      }
      keys.push(tokenKey(phrase.slice(i, e)));
      i = e;
    } else {
      keys.push(tokenKey(phrase[i]));
      i++;
    }
  }
  return keys;
}
