/**
 * A regular expression for lexicon phrases found as whole words in folded
 * text: "họp" in "cuộc họp" or "họp báo", not in "hợp" or "họpx". Built once
 * per list, so a whole document is searched in one linear pass instead of a
 * loop per phrase.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/gu;

/**
 * Any of the phrases with no letter, mark or digit touching either end.
 * Alternatives are literals, longest first, so the longest phrase at a place
 * wins and matching stays linear.
 */
export function wholeWordsPattern(phrases: readonly string[], flags = 'u'): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(SPECIAL, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}
