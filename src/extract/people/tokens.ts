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
  /** As written. */
  readonly text: string;
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
  /** A tab or a line break stands between the previous token and this one: a caption or a cell ends there. */
  readonly breakBefore: boolean;
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
export function isInnerJoiner(code: number): boolean {
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

/**
 * A token of the text. Its surface form is sliced only when asked for: most
 * tokens are matched by their key alone.
 */
class TextToken implements Token {
  lists: readonly unknown[] | undefined = undefined;
  breakBefore = false;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly key: string,
    readonly word: boolean,
    readonly cap: boolean,
    readonly allCaps: boolean,
    readonly shaped: boolean,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

function isLetterOrMark(code: number): boolean {
  const c = charClass(code);
  return c === CharClass.Letter || c === CharClass.Mark;
}

/** End of a run of letters and marks from `i`; -1 on a surrogate (read by `NAME_WORD` instead). */
function lettersEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return -1;
    if (!isLetterOrMark(code)) break;
    i++;
  }
  return i;
}

/** `NAME_WORD` on text[start, end), read in place: letters, one inner apostrophe, hyphenated parts. */
function nameWordAt(text: string, start: number, end: number): boolean {
  let i = lettersEnd(text, start, end);
  if (i < 0) return NAME_WORD.test(text.slice(start, end));
  if (i === start) return false;
  let apostrophe = true;
  while (i < end) {
    const code = text.charCodeAt(i);
    const joins = code === 0x2d || (apostrophe && (code === 0x27 || code === 0x2019));
    if (!joins) return false;
    // The apostrophe comes once, before any hyphen ("H'Hen", "Ết-xtê-ban").
    apostrophe = false;
    const from = i + 1;
    i = lettersEnd(text, from, end);
    if (i < 0) return NAME_WORD.test(text.slice(start, end));
    if (i === from) return false;
  }
  return true;
}

function makeWord(text: string, folded: string, start: number, end: number, curly: boolean): TextToken {
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
  const shaped = cap && !allCaps && end - start <= MAX_NAME_WORD && nameWordAt(text, start, end);
  return new TextToken(text, start, end, key, true, cap, allCaps, shaped);
}

/** A tab or a line break (LF, CR, VT, FF, NEL, LS, PS). */
function isBreak(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d && code !== 0x20) || code === 0x85 || code === 0x2028 || code === 0x2029;
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
  const tokens: TextToken[] = [];
  let broken = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space) {
      if (isBreak(code)) broken = true;
      i++;
      continue;
    }
    let token: TextToken;
    if (cls >= CharClass.Letter) {
      const e = wordEnd(text, folded, i, end);
      token = makeWord(text, folded, i, e, lastWordCurly);
      i = e;
    } else {
      // One punctuation character (a surrogate pair never reaches here: it counts as a letter).
      token = new TextToken(text, i, i + 1, tokenKey(folded[i]), false, false, false, false);
      i++;
    }
    if (broken && tokens.length > 0) token.breakBefore = true;
    broken = false;
    tokens.push(token);
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
