/**
 * Syllable tokenization, token for token the same as vntk's RegexTokenizer
 * (the tokenizer its CRF word segmentation model was trained on), but with
 * character spans and in linear time.
 *
 * vntk matches one big alternation with the `g` flag. At each position the
 * first alternative that matches wins, in this order:
 *   1. abbreviations: `[A-ZĐ]+\.`, then "Tp.", "Mr.", "Mrs.", "Ms.", "Dr.", "ThS."
 *   2. specials: "==>", "->", "...", ">>"
 *   3. web / email: anchored with `^…$` (no `m` flag), so they can only match
 *      the WHOLE input at position 0. vntk's web pattern backtracks
 *      exponentially on a leading run of capitals or digits; the set of strings
 *      it accepts is simply "one or more of `!`, `$`..`_`, `a`..`z`" (its
 *      other alternatives and the email pattern are subsets), which is tested
 *      here with one linear scan.
 *   4. dates: `\d{1,2}\/\d{1,2}(\/\d+)?`, then the same with `-`
 *   5. grouped numbers: `\d+([.,_]\d+)+`
 *   6. one character that is neither a Vietnamese letter, a digit nor a space
 *   7. a run of Vietnamese letters and digits
 * Whitespace (JavaScript's `\s`) is skipped. Each alternative is reproduced
 * below by a scanner with the same backtracking outcome.
 *
 * One deliberate difference: vntk's regex has no `u` flag, so a character
 * outside the BMP (an emoji) becomes two lone-surrogate tokens; here it stays
 * one token, so spans never cut a character in half.
 */

export interface SyllableToken {
  text: string;
  /** Offsets into the tokenized string. */
  start: number;
  end: number;
}

/** vntk's `word` character class (letters; digits are added below). */
export const WORD_LETTERS =
  'aáàạảãăắằặẳẵâấầậẩẫbcdđeéèẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôồốộổỗơớờợởỡpqrstuúùụủũưứừựửữvwxyýỳỵỷỹz' +
  'AÁÀẠẢÃĂẮẰẶẲẴÂẤẦẬẨẪBCDĐEÉÈẸẺẼÊẾỀỆỂỄFGHIÍÌỊỈĨJKLMNOÓÒỌỎÕÔỐỒỘỔỖƠỚỜỢỞỠPQRSTUÚÙỤỦŨƯỨỪỰỬỮVWXYÝỲỴỶỸZ';

/** JavaScript's `\s`: WhiteSpace and LineTerminator code points. */
const WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

const LITERAL_ABBREVIATIONS = ['Tp.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'ThS.'];
const SPECIALS = ['==>', '->', '...', '>>'];

const WORD = 1;
const SPACE = 2;
const DIGIT = 4;
const CAPITAL = 8; // [A-ZĐ]
const WEB = 16; // `!`, `$`..`_`, `a`..`z`

/** Character classes of every UTF-16 code unit, built once. */
const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)] |= flag;
  };
  const markRange = (from: number, to: number, flag: number) => {
    for (let c = from; c <= to; c++) classes[c] |= flag;
  };
  mark(WORD_LETTERS, WORD);
  markRange(0x30, 0x39, WORD | DIGIT);
  mark(WHITESPACE, SPACE);
  markRange(0x41, 0x5a, CAPITAL);
  mark('Đ', CAPITAL);
  mark('!', WEB);
  markRange(0x24, 0x5f, WEB);
  markRange(0x61, 0x7a, WEB);
  return classes;
}

function has(text: string, i: number, flag: number): boolean {
  return i < text.length && (CLASSES[text.charCodeAt(i)] & flag) !== 0;
}

/** End of the run of `flag` characters starting at `i`. */
function runEnd(text: string, i: number, flag: number): number {
  while (has(text, i, flag)) i++;
  return i;
}

/** `[A-ZĐ]+\.`: only the maximal run can be followed by the dot. */
function matchCapitalsDot(text: string, p: number): number {
  const end = runEnd(text, p, CAPITAL);
  return end > p && text[end] === '.' ? end + 1 : -1;
}

function matchLiteral(text: string, p: number, literals: readonly string[]): number {
  for (const literal of literals) if (text.startsWith(literal, p)) return p + literal.length;
  return -1;
}

/** vntk's web pattern, which can only match the whole input (see above). */
function isWholeWeb(text: string): boolean {
  return text.length > 0 && runEnd(text, 0, WEB) === text.length;
}

/** `\d{1,2}<sep>\d{1,2}(<sep>\d+)?` with greedy quantifiers. */
function matchDate(text: string, p: number, separator: string): number {
  if (!has(text, p, DIGIT)) return -1;
  let q: number;
  if (has(text, p + 1, DIGIT) && text[p + 2] === separator) q = p + 3;
  else if (text[p + 1] === separator) q = p + 2;
  else return -1;
  if (!has(text, q, DIGIT)) return -1;
  q += has(text, q + 1, DIGIT) ? 2 : 1;
  if (text[q] === separator && has(text, q + 1, DIGIT)) q = runEnd(text, q + 1, DIGIT);
  return q;
}

/** `\d+([.,_]\d+)+`: a number with at least one group separator. */
function matchGroupedNumber(text: string, p: number): number {
  let q = runEnd(text, p, DIGIT);
  if (q === p) return -1;
  let groups = 0;
  while ((text[q] === '.' || text[q] === ',' || text[q] === '_') && has(text, q + 1, DIGIT)) {
    q = runEnd(text, q + 1, DIGIT);
    groups++;
  }
  return groups > 0 ? q : -1;
}

function isSurrogatePair(text: string, p: number): boolean {
  const high = text.charCodeAt(p);
  const low = text.charCodeAt(p + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** End of the token starting at `p`, or -1 when `p` is whitespace. */
function tokenEnd(text: string, p: number, wholeWeb: boolean): number {
  let end = matchCapitalsDot(text, p);
  if (end < 0) end = matchLiteral(text, p, LITERAL_ABBREVIATIONS);
  if (end < 0) end = matchLiteral(text, p, SPECIALS);
  if (end < 0 && p === 0 && wholeWeb) end = text.length;
  if (end < 0) end = matchDate(text, p, '/');
  if (end < 0) end = matchDate(text, p, '-');
  if (end < 0) end = matchGroupedNumber(text, p);
  if (end >= 0) return end;
  const cls = CLASSES[text.charCodeAt(p)];
  if (cls & SPACE) return -1;
  if (cls & WORD) return runEnd(text, p, WORD);
  return isSurrogatePair(text, p) ? p + 2 : p + 1;
}

/** Syllables, numbers, dates and punctuation of `text`, with their spans (plus `offset`). */
export function tokenizeSyllables(text: string, offset = 0): SyllableToken[] {
  const tokens: SyllableToken[] = [];
  const wholeWeb = isWholeWeb(text);
  let p = 0;
  while (p < text.length) {
    const end = tokenEnd(text, p, wholeWeb);
    if (end < 0) {
      p++;
      continue;
    }
    tokens.push({ text: text.slice(p, end), start: p + offset, end: end + offset });
    p = end;
  }
  return tokens;
}
