/**
 * The canonical form strings are compared in when output is scored against
 * gold (docs/ANNOTATION.md, "How output is scored against gold"): NFC, lower
 * case, new-style tone placement, dashes and punctuation turned into spaces,
 * whitespace collapsed. Titles and issuing bodies additionally go through the
 * common abbreviations.
 */
import { fold } from '../text/fold.js';
import { ABBREVIATION_EXPANSIONS, CAPITALIZED_ABBREVIATION_EXPANSIONS } from './abbreviations.js';

/** Punctuation and symbols, dashes and quotation marks included. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;
/** Symbols that are a unit by themselves ("36,3%", "500 $"): kept as a token. */
const UNIT_SYMBOL = /^[%‰\p{Sc}]$/u;
/** Zero-width characters that web text carries inside words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const WHITESPACE = /\s+/gu;

/** Latin eth ("Ð", "ð") is a common stand-in for Vietnamese "Đ", "đ". */
function replaceEth(text: string): string {
  return text.replace(/\u00D0/gu, '\u0110').replace(/\u00F0/gu, '\u0111');
}

function punctuationToSpaces(text: string): string {
  return text.replace(PUNCTUATION, (ch) => (UNIT_SYMBOL.test(ch) ? ` ${ch} ` : ' '));
}

function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** NFC, invisible characters removed, punctuation as spaces; case kept. */
function clean(text: string): string {
  return punctuationToSpaces(replaceEth(text.normalize('NFC')).replace(INVISIBLE, ''));
}

/** The canonical scoring form of a string. */
export function foldForScoring(text: string): string {
  return collapseWhitespace(fold(clean(text)));
}

function expandToken(token: string): string {
  return CAPITALIZED_ABBREVIATION_EXPANSIONS.get(token) ?? ABBREVIATION_EXPANSIONS.get(token.toLowerCase()) ?? token;
}

/** The canonical scoring form with the common abbreviations expanded (titles, issuing bodies). */
export function foldWithAbbreviations(text: string): string {
  const expanded = clean(text)
    .split(WHITESPACE)
    .map(expandToken)
    .join(' ');
  return collapseWhitespace(fold(expanded));
}

/** The syllables of a folded string. */
export function syllablesOf(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/** F1 of the syllable multisets of two folded strings: 2·|common| / (|a| + |b|). */
export function syllableOverlapF1(a: string, b: string): number {
  const left = syllablesOf(a);
  const right = syllablesOf(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const s of left) counts.set(s, (counts.get(s) ?? 0) + 1);
  let common = 0;
  for (const s of right) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      common++;
      counts.set(s, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
