/**
 * VNI-Windows: the encoding of the VNI fonts (VNI-Times ...). A toned or
 * hatted vowel is its base letter followed by one byte that carries the
 * marks; a few letters (đ ơ ư, the toned i's, ỵ) are single bytes. All bytes
 * sit in the Windows-1252 range 0xC0-0xFF, so VNI text read as Windows-1252
 * looks like "Hoäi nghò toång keát".
 *
 * Table checked against the VNI keyboard layout (tones 1-5 on a/e/o/u/y,
 * 6 = hat, 7 = horn, 8 = breve, 9 = đ) and the published VNI font charts.
 */
import { windows1252Char } from './windows1252.js';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

interface VniMark {
  /** Combining marks added to the base letter. */
  marks: string;
  /** Letters the byte may follow. */
  bases: string;
}

const TONE_BASES = 'aeouyơưAEOUYƠƯ';
const HAT_BASES = 'aeoAEO';
const BREVE_BASES = 'aA';

function marks(bases: string, entries: Array<[number, number, string]>): Array<[number, VniMark]> {
  return entries.flatMap(([lower, upper, m]): Array<[number, VniMark]> => [
    [lower, { marks: m, bases }],
    [upper, { marks: m, bases }],
  ]);
}

/** Mark bytes (lower-case and capital forms) → the marks they add. */
export const VNI_MARKS: ReadonlyMap<number, VniMark> = new Map([
  ...marks(TONE_BASES, [
    [0xf8, 0xd8, GRAVE], // ø Ø
    [0xf9, 0xd9, ACUTE], // ù Ù
    [0xfb, 0xdb, HOOK], // û Û
    [0xf5, 0xd5, TILDE], // õ Õ
    [0xef, 0xcf, DOT], // ï Ï
  ]),
  ...marks(HAT_BASES, [
    [0xe2, 0xc2, CIRCUMFLEX], // â Â
    [0xe0, 0xc0, CIRCUMFLEX + GRAVE], // à À
    [0xe1, 0xc1, CIRCUMFLEX + ACUTE], // á Á
    [0xe5, 0xc5, CIRCUMFLEX + HOOK], // å Å
    [0xe3, 0xc3, CIRCUMFLEX + TILDE], // ã Ã
    [0xe4, 0xc4, CIRCUMFLEX + DOT], // ä Ä
  ]),
  ...marks(BREVE_BASES, [
    [0xea, 0xca, BREVE], // ê Ê
    [0xe8, 0xc8, BREVE + GRAVE], // è È
    [0xe9, 0xc9, BREVE + ACUTE], // é É
    [0xfa, 0xda, BREVE + HOOK], // ú Ú
    [0xfc, 0xdc, BREVE + TILDE], // ü Ü
    [0xeb, 0xcb, BREVE + DOT], // ë Ë
  ]),
]);

/** Bytes that are whole letters. */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map([
  [0xf1, 'đ'], [0xd1, 'Đ'],
  [0xf4, 'ơ'], [0xd4, 'Ơ'],
  [0xf6, 'ư'], [0xd6, 'Ư'],
  [0xec, 'ì'], [0xcc, 'Ì'],
  [0xed, 'í'], [0xcd, 'Í'],
  [0xe6, 'ỉ'], [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'], [0xd3, 'Ĩ'],
  [0xf2, 'ị'], [0xd2, 'Ị'],
  [0xee, 'ỵ'], [0xce, 'Ỵ'],
]);

/**
 * VNI bytes to Unicode NFC text. A mark byte that follows no letter it can
 * go on is not VNI there and is read as Windows-1252.
 */
export function decodeVni(bytes: Uint8Array): string {
  const out: string[] = [];
  /** The previous character can still take a mark byte. */
  let open = false;
  for (const byte of bytes) {
    const mark = VNI_MARKS.get(byte);
    const base = out.length > 0 ? out[out.length - 1]! : '';
    if (mark && open && mark.bases.includes(base)) {
      out[out.length - 1] = base + mark.marks;
      open = false;
      continue;
    }
    const letter = byte < 0x80 ? String.fromCharCode(byte) : VNI_LETTERS.get(byte);
    out.push(letter ?? windows1252Char(byte));
    open = letter !== undefined;
  }
  return out.join('').normalize('NFC');
}
