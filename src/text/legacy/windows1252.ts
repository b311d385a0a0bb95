/**
 * Windows-1252, the code page through which legacy Vietnamese files and
 * mis-read UTF-8 usually pass on their way to the web. Bytes 0x00-0x7F and
 * 0xA0-0xFF are Latin-1; 0x80-0x9F hold the punctuation below. The five
 * undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) decode to the C1 control of the
 * same number, as in the WHATWG decoder browsers and crawlers use.
 */

/** Byte 0x80-0x9F → character, where Windows-1252 differs from Latin-1. */
export const WINDOWS_1252_HIGH: ReadonlyMap<number, string> = new Map([
  [0x80, '\u20ac'], // €
  [0x82, '\u201a'], // ‚
  [0x83, '\u0192'], // ƒ
  [0x84, '\u201e'], // „
  [0x85, '\u2026'], // …
  [0x86, '\u2020'], // †
  [0x87, '\u2021'], // ‡
  [0x88, '\u02c6'], // ˆ
  [0x89, '\u2030'], // ‰
  [0x8a, '\u0160'], // Š
  [0x8b, '\u2039'], // ‹
  [0x8c, '\u0152'], // Œ
  [0x8e, '\u017d'], // Ž
  [0x91, '\u2018'], // ‘
  [0x92, '\u2019'], // ’
  [0x93, '\u201c'], // “
  [0x94, '\u201d'], // ”
  [0x95, '\u2022'], // •
  [0x96, '\u2013'], // –
  [0x97, '\u2014'], // —
  [0x98, '\u02dc'], // ˜
  [0x99, '\u2122'], // ™
  [0x9a, '\u0161'], // š
  [0x9b, '\u203a'], // ›
  [0x9c, '\u0153'], // œ
  [0x9e, '\u017e'], // ž
  [0x9f, '\u0178'], // Ÿ
]);

const BYTE_TO_CHAR: readonly string[] = Array.from(
  { length: 256 },
  (_, b) => WINDOWS_1252_HIGH.get(b) ?? String.fromCharCode(b),
);

const CHAR_TO_BYTE: ReadonlyMap<number, number> = new Map(
  [...WINDOWS_1252_HIGH].map(([byte, char]) => [char.charCodeAt(0), byte]),
);

/** The character Windows-1252 gives a byte. */
export function windows1252Char(byte: number): string {
  return BYTE_TO_CHAR[byte]!;
}

/**
 * Text back to the bytes it was decoded from, reading it as Windows-1252 or
 * Latin-1 (both are accepted for 0x80-0x9F). Null when a character has no
 * byte: the text did not come from a single-byte read.
 */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : CHAR_TO_BYTE.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}
