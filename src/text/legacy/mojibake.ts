/**
 * Mojibake: UTF-8 that was read as Windows-1252 (or Latin-1) and saved
 * again as UTF-8, so "Hội nghị" became "Há»™i nghá»‹". Every character of a
 * multi-byte UTF-8 sequence turned into one character: a lead (Â-ô for the
 * bytes 0xC2-0xF4) then one to three continuations (the characters of the
 * bytes 0x80-0xBF). Putting those bytes back together gives the text.
 */
import { encodeWindows1252 } from './windows1252.js';

/** Characters that bytes 0x80-0xBF become in Windows-1252 or Latin-1. */
const CONT =
  '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc' +
  '\\u2013\\u2014\\u2018\\u2019\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';

/**
 * A whole sequence (4-, 3- or 2-byte lead with its continuations), else a
 * sequence that lost a byte, which no repair can restore: too few
 * continuations, a byte Windows-1252 leaves undefined turned into U+FFFD or
 * "?" ("á»?" for "ờ", "Ä?" for "Đ"), or a no-break space turned into a
 * space ("Ã " for "à").
 */
const SEQUENCE = new RegExp(
  `[\\u00f0-\\u00f4]${CONT}{3}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00c2-\\u00df]${CONT}` +
    `|[\\u00c2-\\u00f4](?:${CONT}|[\\ufffd?])|[\\u00c2\\u00c3] `,
  'gu',
);

const NON_ASCII = /[^\x00-\x7f]/gu;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export type MojibakeRepair =
  | { kind: 'none' }
  | { kind: 'repaired'; text: string }
  | { kind: 'broken' };

/** Bytes of one mis-read sequence decoded again, or null when they are not UTF-8. */
function repairSequence(sequence: string): string | null {
  const bytes = encodeWindows1252(sequence);
  if (!bytes) return null;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** One round of repair: none when the text does not look mis-read. */
function repairOnce(text: string): MojibakeRepair {
  let sequenceChars = 0;
  let broken = false;
  const repaired = text.replace(SEQUENCE, (sequence) => {
    const fixed = repairSequence(sequence);
    if (fixed === null) {
      broken = true;
      return sequence;
    }
    sequenceChars += sequence.length;
    return fixed;
  });
  // Ordinary accented text ("café", "«été»") has few or no whole sequences;
  // in mojibake they make up most of the non-ASCII characters.
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  if (sequenceChars === 0 || sequenceChars < nonAscii / 2) return { kind: 'none' };
  return broken ? { kind: 'broken' } : { kind: 'repaired', text: repaired };
}

/**
 * Repairs mojibake, also when it happened twice. 'broken' when the text is
 * mojibake but some sequence lost a byte, so an exact repair is impossible.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let result: MojibakeRepair = { kind: 'none' };
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = repairOnce(current);
    if (next.kind === 'none') return result;
    if (next.kind === 'broken') return round === 0 ? next : result;
    result = next;
    current = next.text;
  }
  return result;
}
