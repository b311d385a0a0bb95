/**
 * The shape of a Vietnamese syllable (src/text/legacy/syllable.ts: onset,
 * rhyme, spelling and tone rules). A capitalized word that cannot be read as
 * one ("Trump", "Stoltenberg", "Hiong", "Ết-xtê-ban") is a foreign name or a
 * transliteration, which reports write after a title like any other name
 * ("Tổng thư ký NATO Jens Stoltenberg").
 */
import { isVietnameseSyllable } from '../../text/legacy/syllable.js';

/** A folded word that is not a Vietnamese syllable: a foreign name or a transliteration. */
export function isForeignWord(key: string): boolean {
  return !isVietnameseSyllable(key.replace(/['’]/gu, ''));
}

/** A word in capitals that reads as a Vietnamese syllable ("HUỆ", not "UBND"): a name in capitals may hold it. */
export function isCapitalsSyllable(token: { allCaps: boolean; key: string; word: boolean }): boolean {
  return token.word && token.allCaps && isVietnameseSyllable(token.key);
}
