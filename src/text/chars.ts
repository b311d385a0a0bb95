/**
 * Character classes tested on char codes, for loops that run over every
 * character of a text: a one-character regex test per position costs a
 * string and a regex call each time.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** 0: not yet known, 1: a letter or a mark, 2: not. One entry per BMP code point, filled as met. */
const bmpLettersAndMarks = new Uint8Array(0x10000);

/** `/[\p{L}\p{M}]/u` on one code point. */
export function isLetterOrMarkCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  if (codePoint >= 0x10000) return LETTER_OR_MARK.test(String.fromCodePoint(codePoint));
  let known = bmpLettersAndMarks[codePoint];
  if (known === 0) {
    // A lone surrogate is no letter, as in a regex with the u flag.
    known = LETTER_OR_MARK.test(String.fromCharCode(codePoint)) ? 1 : 2;
    bmpLettersAndMarks[codePoint] = known;
  }
  return known === 1;
}

/** `/[\p{L}\p{M}\d]/u` on one code point (`\d` is ASCII only, as in the regex). */
export function isWordCodePoint(codePoint: number): boolean {
  return isDigitCode(codePoint) || isLetterOrMarkCodePoint(codePoint);
}

/** Whether the code point starting at `at` is a letter, a mark or a digit (false past the end). */
export function isWordCharAt(text: string, at: number): boolean {
  const codePoint = text.codePointAt(at);
  return codePoint !== undefined && isWordCodePoint(codePoint);
}

/** Whether the code point ending just before `at` (a surrogate pair counts as one) is a letter, a mark or a digit. */
export function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isWordCodePoint(low);
}

/** JavaScript's `\s` on one UTF-16 code unit (WhiteSpace and LineTerminator). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An ASCII digit, `\d` in a regex. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A one-character class tested on one UTF-16 code unit, as `pattern.test(ch)`
 * does on a one-unit string (a lone surrogate matches no property class),
 * answered from a table filled as characters are met: for loops that test
 * a character at each step, where a regex call per test costs the most.
 */
export function codeUnitClass(pattern: RegExp): (code: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('codeUnitClass: a stateless pattern is needed');
  // 0: not yet known, 1: in the class, 2: not.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let answer = known[code];
    if (answer === undefined) return false; // past the end of a string: NaN
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}

/** `"` `”` `»` `)`: marks that may follow a sentence's terminal. */
function isClosingMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb || code === 0x29;
}

/**
 * Whether the text ends, past trailing white space, with a terminal the test
 * accepts, perhaps followed by one closing mark: /[terminals]["”»)]?\s*$/u
 * read backwards, since an end-anchored pattern is tried from every position.
 */
export function endsWithTerminal(text: string, isTerminal: (code: number) => boolean): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  return isTerminal(last) || (end >= 2 && isClosingMarkCode(last) && isTerminal(text.charCodeAt(end - 2)));
}
