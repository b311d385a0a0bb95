/**
 * The shape of a Vietnamese syllable: an optional onset, a vowel nucleus and
 * an optional final consonant. A capitalized word that cannot be read as one
 * ("Trump", "Stoltenberg", "Ết-xtê-ban") is a foreign name or a
 * transliteration, which reports write after a title like any other name
 * ("Tổng thư ký NATO Jens Stoltenberg").
 */

/** Tone marks stripped, the vowel qualities (ă â ê ô ơ ư) and "đ" kept. */
const TONES: Record<string, string> = {};
for (const [base, toned] of [
  ['a', 'àáảãạ'], ['ă', 'ằắẳẵặ'], ['â', 'ầấẩẫậ'], ['e', 'èéẻẽẹ'], ['ê', 'ềếểễệ'], ['i', 'ìíỉĩị'],
  ['o', 'òóỏõọ'], ['ô', 'ồốổỗộ'], ['ơ', 'ờớởỡợ'], ['u', 'ùúủũụ'], ['ư', 'ừứửữự'], ['y', 'ỳýỷỹỵ'],
] as const) {
  for (const ch of toned) TONES[ch] = base;
}

function stripTones(key: string): string {
  let k = 0;
  while (k < key.length && TONES[key[k]] === undefined) k++;
  // Most words carry one tone mark or none: copy only from the first toned letter on.
  if (k === key.length) return key;
  let out = key.slice(0, k);
  for (const ch of key.slice(k)) out += TONES[ch] ?? ch;
  return out;
}

/**
 * Onset, nucleus of one to three vowels, final. The alternations are
 * disjoint at each step (a consonant class, then vowels, then a final), so
 * the match is linear.
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** Whether a folded word reads as one Vietnamese syllable. */
export function isVietnameseSyllable(key: string): boolean {
  return SYLLABLE.test(stripTones(key));
}

/** A folded word that is not a Vietnamese syllable: a foreign name or a transliteration. */
export function isForeignWord(key: string): boolean {
  return !isVietnameseSyllable(key.replace(/['’]/gu, ''));
}
