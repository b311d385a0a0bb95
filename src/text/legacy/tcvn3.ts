/**
 * TCVN3 (TCVN 5712:1993 "VN3", the "ABC" encoding of the .VnTime fonts).
 *
 * One byte per letter. VN3 has lower-case forms only for toned letters:
 * upper-case titles were typed with the same bytes in a capitals font
 * (.VnTimeH), so "HỘI NGHỊ" is stored as the bytes of "HộI NGHị". The base
 * letters Ă Â Ê Ô Ơ Ư Đ do have upper-case bytes (0xA1-0xA7).
 *
 * Table checked against glibc's TCVN5712-1 converter (VN1, whose 0xA0-0xFF
 * lower-case letters are VN3's) and against the ABC font layout; VN1's extra
 * capitals in the gaps (0x80-0x9F, 0xAF, 0xBA, 0xBF-0xC5 ...) are not used
 * by VN3 files, which keep Windows-1252 punctuation there.
 */
import { windows1252Char } from './windows1252.js';

/** Byte → letter, every byte VN3 gives a Vietnamese letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map([
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
]);

const BYTE_TO_CHAR: readonly string[] = Array.from(
  { length: 256 },
  (_, b) => TCVN3_TO_UNICODE.get(b) ?? windows1252Char(b),
);

/** Toned letters VN3 has only in lower case (ă â ê ô ơ ư đ have capitals at 0xA1-0xA7). */
const TCVN3_LETTERS = new Set(TCVN3_TO_UNICODE.values());
const LOWER_ONLY = new Set(
  [...TCVN3_LETTERS].filter((ch) => ch !== ch.toUpperCase() && !TCVN3_LETTERS.has(ch.toUpperCase())),
);

const LINE = /[^\n]+/gu;
const WORD = /\p{L}+/gu;
const LOWER_ASCII = /[a-z]/u;

const capitalCount = (text: string) => [...text].filter((ch) => ch !== ch.toLowerCase()).length;

/**
 * Restores capitals that VN3 cannot store, from the capitals around them:
 * a line or a word with no lower-case ASCII letter and at least two capitals
 * was typed in capitals ("HộI NGHị" → "HỘI NGHỊ"); a toned letter starting a
 * sentence is a capital ("ủy viên" after a full stop → "Ủy viên"). Other
 * toned capitals ("Chủ tịch Ủy ban") cannot be told from lower case and stay
 * lower case.
 */
function restoreCapitals(text: string): string {
  const upperIfCapitals = (part: string) =>
    !LOWER_ASCII.test(part) && capitalCount(part) >= 2 ? part.toUpperCase() : part;
  return capitalizeSentenceStarts(text.replace(LINE, upperIfCapitals).replace(WORD, upperIfCapitals));
}

/**
 * Characters that end a sentence, and those that may stand before its first
 * letter. An ellipsis ("...", "…") often goes on in lower case, so it is not
 * an end.
 */
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const SENTENCE_LEAD = new Set([
  ' ', '\t', '\r', '"', "'", '(', '[', '-', '\u2013', '\u2014', '\u2018', '\u201c', '\u2022',
]);

function capitalizeSentenceStarts(text: string): string {
  let out = '';
  let atStart = true;
  let previous = '';
  for (const ch of text) {
    out += atStart && LOWER_ONLY.has(ch) ? ch.toUpperCase() : ch;
    const ellipsis = ch === '.' && previous === '.';
    atStart = (SENTENCE_END.has(ch) && !ellipsis) || (atStart && SENTENCE_LEAD.has(ch));
    previous = ch;
  }
  return out;
}

/** TCVN3 bytes to Unicode NFC text; bytes that are not letters in VN3 are read as Windows-1252. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += BYTE_TO_CHAR[byte];
  return restoreCapitals(text).normalize('NFC');
}

