/**
 * Checks on the text of one article, for `vnreport validate --inputs`:
 * signs that an import went wrong, each a plain count or share so that the
 * thresholds stay readable. No regular expressions: simple scans, linear in
 * the text.
 */
import { createHash } from 'node:crypto';

/**
 * What bytes 0x80-0xBF (UTF-8 continuation bytes) become when UTF-8 is read
 * as Windows-1252 or Latin-1: U+0080-U+00BF, plus the Windows-1252 letters
 * and punctuation at 0x80-0x9F.
 */
const WINDOWS_1252_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function isContinuationChar(code: number): boolean {
  return (code >= 0x80 && code <= 0xbf) || WINDOWS_1252_HIGH.includes(String.fromCharCode(code));
}

/** What a UTF-8 lead byte of a 2-, 3- or 4-byte sequence (0xC2-0xF4) becomes in Latin-1. */
const isLeadChar = (code: number) => code >= 0xc2 && code <= 0xf4;

/**
 * Mojibake: UTF-8 decoded as Latin-1/Windows-1252 and saved again turns
 * "Hội nghị" into "Há»™i nghá»‹": every Vietnamese letter becomes a lead
 * character (Ã Ä Æ á ...) followed by one or two continuation characters
 * (» ™ ‹ ...). Counts such sequences; genuine Vietnamese text has none,
 * because its accented letters are followed by ASCII or other letters.
 */
export function countMojibakeSequences(text: string): number {
  let count = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isLeadChar(text.charCodeAt(i)) && isContinuationChar(text.charCodeAt(i + 1))) {
      count++;
      i++;
    }
  }
  return count;
}

/**
 * Letters only Vietnamese writes: ă đ ơ ư, and vowels with a hook above, a
 * dot below, or two marks. The accented letters Vietnamese shares with
 * French or Portuguese (à á â ã è é ê ì í ò ó ô õ ù ú ý) are left out, so
 * that a French text does not pass for Vietnamese; they are a quarter of
 * the marked letters of Vietnamese prose.
 */
const VIETNAMESE_LETTERS = new Set(
  [...'ăằắẳẵặầấẩẫậảạđềếểễệẻẽẹỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ'].flatMap((c) => [c, c.toUpperCase()]),
);

const isLetter = (char: string) => char.toLowerCase() !== char.toUpperCase();

export interface LetterShare {
  letters: number;
  vietnamese: number;
}

/** How many letters the text has, and how many of them are letters only Vietnamese writes. */
export function vietnameseLetterShare(text: string): LetterShare {
  let letters = 0;
  let vietnamese = 0;
  for (const char of text.normalize('NFC')) {
    if (VIETNAMESE_LETTERS.has(char)) {
      vietnamese++;
      letters++;
    } else if (isLetter(char)) {
      letters++;
    }
  }
  return { letters, vietnamese };
}

/** The same document whatever its Unicode form or line endings: sha1 of NFC text with LF. */
export function contentHash(text: string): string {
  const unified = text.normalize('NFC').replaceAll('\r\n', '\n').replaceAll('\r', '\n');
  return createHash('sha1').update(unified, 'utf8').digest('hex');
}
