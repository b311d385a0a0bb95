/**
 * Bytes to text, whatever a news crawler saved: UTF-8 (with or without BOM),
 * UTF-16 / UTF-32, the legacy Vietnamese encodings (TCVN3, VNI-Windows,
 * Windows-1258, VIQR) and mojibake are turned into Unicode with a warning
 * that says what was done; binary data and undecidable bytes are refused.
 *
 * The common case, valid UTF-8 Vietnamese, costs one TextDecoder pass plus
 * a scan that stops at the first Vietnamese letter.
 */
import { isUtf8, transcode } from 'node:buffer';
import { detectLegacyVietnamese } from './legacy/detect.js';
import { repairMojibake } from './legacy/mojibake.js';
import { decodeViqr, viqrEvidence } from './legacy/viqr.js';
import { encodeWindows1252 } from './legacy/windows1252.js';

export class DecodeError extends Error {
  constructor(
    readonly code: 'BINARY' | 'DECODE',
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  warnings: string[];
  /** The encoding the bytes were read in: 'UTF-8', 'UTF-16LE', 'TCVN3', 'VIQR' ... */
  encoding: string;
}

/** File signatures of binary formats a crawler may save by mistake. */
const MAGIC_NUMBERS: ReadonlyArray<{ format: string; bytes: ReadonlyArray<number | null> }> = [
  { format: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { format: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { format: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { format: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { format: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { format: 'BZIP2 archive', bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { format: 'XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'MP4 video', bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] }, // ....ftyp
  { format: 'SQLite database', bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)).concat(0) },
  { format: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function sniffBinaryFormat(bytes: Uint8Array): string | null {
  for (const { format, bytes: magic } of MAGIC_NUMBERS) {
    if (magic.length <= bytes.length && magic.every((b, i) => b === null || bytes[i] === b)) return format;
  }
  return null;
}

const binaryError = (format: string | null) =>
  new DecodeError('BINARY', format ? `binary data (${format}), not a text file` : 'binary data, not a text file');

/** C0 controls that never occur in text (all but \t \n \f \r and ESC). */
const isStrayControl = (code: number) =>
  code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;

const SAMPLE = 8192;

/**
 * Whether one of the four bytes of a 32-bit word is below 0x20: the usual
 * word-at-a-time test (no false alarm when none is; a byte above one that
 * is may be flagged too, which only sends the word to the byte-wise check).
 */
const hasControlByte = (word: number) => ((word - 0x20202020) & ~word & 0x80808080) !== 0;

/** Stray control bytes among bytes[from, to), or -1 at a NUL. */
function countControls(bytes: Uint8Array, from: number, to: number): number {
  let controls = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b === 0) return -1;
    if (isStrayControl(b)) controls++;
  }
  return controls;
}

/**
 * NUL bytes, or more than 1% stray control bytes, in the first 8 KiB. Text
 * has no byte below 0x20 but line breaks and tabs: the bytes are read four
 * at a time, and only the words that hold such a byte are read byte by byte.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  // The 32-bit words must be aligned in the buffer: the bytes before the first whole word are read alone.
  const head = Math.min(length, (4 - (bytes.byteOffset % 4)) % 4);
  const wordCount = (length - head) >> 2;
  // With no whole word, `head` may stop short of an aligned offset: no view then.
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount) : new Uint32Array(0);
  let controls = countControls(bytes, 0, head);
  for (let w = 0; w < wordCount && controls >= 0; w++) {
    if (!hasControlByte(words[w]!)) continue;
    const inWord = countControls(bytes, head + 4 * w, head + 4 * w + 4);
    controls = inWord < 0 ? -1 : controls + inWord;
  }
  const tail = controls < 0 ? -1 : countControls(bytes, head + 4 * wordCount, length);
  if (tail < 0) return true;
  return length > 0 && (controls + tail) / length > 0.01;
}

/** The same test on decoded UTF-16 / UTF-32 text. */
function hasBinaryCharacters(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code)) controls++;
  }
  return length > 0 && controls / length > 0.01;
}

type UnicodeForm = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

const BOMS: ReadonlyArray<{ encoding: UnicodeForm; bytes: readonly number[] }> = [
  // UTF-32LE first: its BOM starts with the UTF-16LE one.
  { encoding: 'UTF-32LE', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'UTF-32BE', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'UTF-16LE', bytes: [0xff, 0xfe] },
  { encoding: 'UTF-16BE', bytes: [0xfe, 0xff] },
];

function sniffBom(bytes: Uint8Array): { encoding: UnicodeForm; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/**
 * UTF-16 without a BOM: text in Latin script has a NUL in the high byte of
 * most ASCII characters (spaces, digits, unaccented letters), always on the
 * same side of each pair, and almost never on the other side; binary data
 * has NULs on both sides.
 */
function sniffUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 8) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls >= 0.2 * pairs && evenNuls <= 0.01 * pairs) return 'UTF-16LE';
  if (evenNuls >= 0.2 * pairs && oddNuls <= 0.01 * pairs) return 'UTF-16BE';
  return null;
}

function decodeUtf32(body: Uint8Array, littleEndian: boolean): { text: string; bad: number } {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const chars: string[] = [];
  let bad = body.length % 4 === 0 ? 0 : 1;
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid) bad++;
    chars.push(valid ? String.fromCodePoint(code) : '\ufffd');
  }
  return { text: chars.join(''), bad };
}

/** UTF-16 or UTF-32: lone surrogates and cut-off units become U+FFFD with a warning. */
function decodeWide(body: Uint8Array, encoding: Exclude<UnicodeForm, 'UTF-8'>, warnings: string[]): string {
  let text: string;
  let bad: number;
  if (encoding === 'UTF-32LE' || encoding === 'UTF-32BE') {
    ({ text, bad } = decodeUtf32(body, encoding === 'UTF-32LE'));
  } else {
    text = new TextDecoder(encoding.toLowerCase(), { ignoreBOM: true }).decode(body);
    bad = text.split('\ufffd').length - 1;
  }
  if (hasBinaryCharacters(text)) throw binaryError(null);
  if (bad > 0) warnings.push(`invalid ${encoding}: ${bad} code unit(s) replaced with U+FFFD`);
  return text;
}

/** Letters only Vietnamese uses (ă đ ĩ ũ ơ ư, the Latin Extended Additional block) and NFD tone marks. */
const VIETNAMESE_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]/u;
const NON_ASCII = /[^\x00-\x7f]/u;
/** A vowel followed by a mark English never writes there: the cheap gate before VIQR scoring. */
const VIQR_HINT = /[aeiouyAEIOUY][\^(+`~]/u;

interface Reading {
  text: string;
  encoding: string;
}

/**
 * Text is VIQR when many of its words carry VIQR marks of at least two
 * kinds; with some such marks but too few to be sure it is refused.
 */
function readViqr(text: string, warnings: string[]): Reading | null {
  if (!VIQR_HINT.test(text)) return null;
  const evidence = viqrEvidence(text);
  const share = evidence.words === 0 ? 0 : evidence.marked / evidence.words;
  if (evidence.strong >= 3 && evidence.kinds >= 2 && share >= 0.2) {
    warnings.push('converted from VIQR (Vietnamese written with ASCII marks)');
    return { text: decodeViqr(text), encoding: 'VIQR' };
  }
  if (evidence.strong >= 5 && evidence.kinds >= 3 && share >= 0.05) {
    throw new DecodeError(
      'DECODE',
      'text looks like VIQR (Vietnamese written with ASCII marks) but too little of it to convert safely',
    );
  }
  return null;
}

/**
 * Non-ASCII text without a single Vietnamese letter: ordinary Western text,
 * or Vietnamese that went through Windows-1252 on the way (mojibake, or a
 * TCVN3 / VNI file read as Windows-1252).
 */
function readLatin(text: string, encoding: string, warnings: string[]): Reading | null {
  const mojibake = repairMojibake(text);
  if (mojibake.kind === 'repaired') {
    warnings.push('repaired mojibake (UTF-8 text that had been read as Windows-1252)');
    return { text: mojibake.text, encoding };
  }
  if (mojibake.kind === 'broken') {
    warnings.push('text looks like mojibake (UTF-8 read as Windows-1252) but cannot be repaired exactly; kept as is');
    return { text, encoding };
  }
  const bytes = encodeWindows1252(text);
  const legacy = bytes && detectLegacyVietnamese(bytes);
  if (legacy?.confidence !== 'sure') return null;
  warnings.push(`converted from ${legacy.encoding} (legacy Vietnamese encoding that had been read as Windows-1252)`);
  return { text: legacy.text, encoding: legacy.encoding };
}

/** Decoded Unicode text, checked for Vietnamese that an earlier step garbled. */
function readUnicode(text: string, encoding: UnicodeForm, warnings: string[]): Reading {
  if (VIETNAMESE_LETTER.test(text)) return { text, encoding };
  const garbled = (NON_ASCII.test(text) ? readLatin(text, encoding, warnings) : null) ?? readViqr(text, warnings);
  return garbled ?? { text, encoding };
}

/**
 * Bytes that are not valid UTF-8: mostly valid UTF-8 with some damage, a
 * legacy Vietnamese encoding, or nothing we can read.
 */
function readInvalidUtf8(body: Uint8Array, warnings: string[]): Reading {
  const text = new TextDecoder('utf-8').decode(body);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code >= 0x80) good++;
  }
  const replaced = () => {
    warnings.push(`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`);
    return { text, encoding: 'UTF-8' };
  };
  if (good >= 2 * bad) return replaced();
  const legacy = detectLegacyVietnamese(body);
  if (legacy?.confidence === 'sure') {
    warnings.push(`converted from ${legacy.encoding} (legacy Vietnamese encoding)`);
    return { text: legacy.text, encoding: legacy.encoding };
  }
  if (bad <= body.length / 20) return replaced();
  if (legacy) {
    throw new DecodeError(
      'DECODE',
      `not valid UTF-8; looks like ${legacy.encoding} (legacy Vietnamese encoding) but too uncertain to convert`,
    );
  }
  throw new DecodeError('DECODE', 'not valid UTF-8 text (a legacy or unknown encoding)');
}

/**
 * Valid UTF-8 as a string, or null when the bytes are not valid UTF-8. The
 * same answers as a fatal TextDecoder that keeps a BOM, about six times as
 * fast: validating and transcoding to UTF-16 run in native SIMD code, and
 * the UTF-16 bytes become a string by a copy.
 */
function strictUtf8(body: Uint8Array): string | null {
  if (!isUtf8(body)) return null;
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function read(bytes: Uint8Array, warnings: string[]): Reading {
  const format = sniffBinaryFormat(bytes);
  if (format) throw binaryError(format);
  const bom = sniffBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const hasNul = bytes.subarray(0, SAMPLE).indexOf(0) >= 0;
  const wide = bom && bom.encoding !== 'UTF-8' ? bom.encoding : hasNul ? sniffUtf16(bytes) : null;
  if (wide) {
    if (!bom) warnings.push(`detected ${wide} without a byte order mark`);
    return readUnicode(decodeWide(body, wide, warnings), wide, warnings);
  }
  if (looksBinary(body)) throw binaryError(null);
  const text = strictUtf8(body);
  return text === null ? readInvalidUtf8(body, warnings) : readUnicode(text, 'UTF-8', warnings);
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const { text, encoding } = read(bytes, warnings);
  if (text.trim() === '') warnings.push('empty text');
  return { text, warnings, encoding };
}
