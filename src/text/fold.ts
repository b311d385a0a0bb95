/**
 * The matching form of a text: lower case, with old-style tone placement
 * ("hoà", "thuỷ", "khoẻ") moved to the new style ("hòa", "thủy", "khỏe").
 *
 * The fold preserves length, character for character, so that an offset
 * found in the folded text is the same offset in the text it came from.
 */

const COMBINING_TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * An old-style syllable ending: "o" + toned a/e, or "u" + toned y, with no
 * letter after it, and (for "uy") not the "qu" onset, where the tone stays on
 * "y" in both styles ("quý").
 */
const OLD_STYLE_ENDING = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

function moveTone(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const tone = decomposed.match(COMBINING_TONES)?.[0];
  if (!tone) return first + second;
  const base = decomposed.replace(COMBINING_TONES, '');
  if (first === 'o' && base !== 'a' && base !== 'e') return first + second;
  if (first === 'u' && base !== 'y') return first + second;
  return (first + tone).normalize('NFC') + base;
}

function lowerPreservingLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  // Rare characters ("İ") lower to two code units: lower char by char instead.
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

/** Fold an NFC text to its matching form; `fold(t).length === t.length`. */
export function fold(text: string): string {
  return lowerPreservingLength(text).replace(OLD_STYLE_ENDING, (_m, first: string, second: string) =>
    moveTone(first, second),
  );
}
