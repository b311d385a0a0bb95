/**
 * Bytes to text. UTF-8 with or without BOM; binary data is refused rather
 * than turned into a report of garbage.
 */

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
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Control bytes that never occur in text (NUL, and C0 controls other than \t \n \f \r, ESC). */
function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.01;
}

export function decode(bytes: Uint8Array): Decoded {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (isBinary(body)) {
    throw new DecodeError('BINARY', 'binary data, not a text file');
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    const bad = text.split('\uFFFD').length - 1;
    if (bad > body.length / 20) {
      throw new DecodeError('DECODE', 'not valid UTF-8 text (a legacy or unknown encoding)');
    }
    warnings.push(`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`);
  }
  if (text.trim() === '') warnings.push('empty text');
  return { text, warnings };
}
