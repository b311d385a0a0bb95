/**
 * Word and punctuation tokens of a stretch of the prepared text, with their
 * offsets and folded forms, for the token-level grammar of names and titles.
 */
import type { PreparedDocument } from '../../text/document.js';

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
}

/**
 * A word: letters, marks and digits, with inner apostrophes, dots or slashes
 * kept ("H'Hen", "PGS.TS", "Đ/c", "TP.HCM"). Anything else but space is a
 * one-character punctuation token.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’./][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const DASHES = /[–—‒−]/gu;

export function tokenKey(folded: string): string {
  return folded.replace(DASHES, '-').replace(/’/gu, "'");
}

function makeToken(text: string, folded: string, start: number): Token {
  const word = /^[\p{L}\p{M}\p{N}]/u.test(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    start,
    end: start + text.length,
    text,
    key: tokenKey(folded),
    word,
    cap: word && /^\p{Lu}/u.test(text),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** Tokens of `doc.text` between `start` and `end`. */
export function tokenize(doc: PreparedDocument, start: number, end: number): Token[] {
  const text = doc.text.slice(start, end);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = start + m.index;
    tokens.push(makeToken(m[0], doc.folded.slice(s, s + m[0].length), s));
  }
  return tokens;
}

/** Tokens of a lexicon phrase (already folded), as keys. */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(phrase); m !== null; m = TOKEN.exec(phrase)) keys.push(tokenKey(m[0]));
  return keys;
}
