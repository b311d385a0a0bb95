/**
 * Personal names in a tagged sentence: runs of capitalized, untagged
 * syllables that open with a family name (or follow an honorific), checked
 * syllable by syllable. What comes before a run decides where the name
 * begins: after a body or place ("Bí thư Tỉnh ủy Hậu Giang Trần Văn Huyến")
 * the run may open with the rest of a place name.
 */
import type { Tag } from './tagging.js';
import { nameShaped } from './tagging.js';
import {
  ambiguousSurnames,
  apostrophePrefixes,
  historicalHonorifics,
  historicalNames,
  lunarBranches,
  lunarStems,
  nonGivenSyllables,
  surnameTable,
} from './tables.js';
import type { Token } from './tokens.js';

export interface NameSpan {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  /** The name as written, syllables joined by single spaces. */
  text: string;
  /** Folded syllables joined by single spaces: the identity of the person. */
  key: string;
}

const MAX_SYLLABLES = 5;
const COMMON_MIDDLE_NAMES = new Set(['văn', 'thị']);

type RunContext = 'neutral' | 'honorific' | 'title' | 'place' | 'historical';

function runContext(tokens: readonly Token[], tags: readonly (Tag | null)[], first: number): RunContext {
  if (first === 0) return 'neutral';
  const tag = tags[first - 1];
  if (historicalHonorifics.match(tokens, first - 1) && tag === null) return 'historical';
  if (tag === null) return 'neutral';
  switch (tag.kind) {
    case 'honorific':
    case 'plural':
      return 'honorific';
    case 'head':
    case 'rank':
    case 'academic':
    case 'former':
      return 'title';
    case 'body':
    case 'admin':
    case 'place':
    case 'acronym':
      return 'place';
    default:
      return 'neutral';
  }
}

/** Length in tokens of the family name opening at `i`, 0 if none. */
function surnameLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (apostrophePrefixes.some((p) => t.key.startsWith(p) && t.key.length > p.length)) return 1;
  const m = surnameTable.match(tokens, i);
  if (!m) return 0;
  for (let k = i; k < i + m.length; k++) if (!nameShaped(tokens[k]) && !/^\p{Lu}$/u.test(tokens[k].text)) return 0;
  return m.length;
}

function givenSyllableOk(token: Token): boolean {
  if (nonGivenSyllables.has(token.key)) return false;
  return nameShaped(token) || /^\p{Lu}$/u.test(token.text);
}

function keyOf(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last).map((t) => t.key).join(' ');
}

/** Whether tokens [first, last) can be a name opening with a family name of `surname` tokens. */
function validName(tokens: readonly Token[], first: number, last: number, surname: number, context: RunContext): boolean {
  const length = last - first;
  if (length < 2 || length > MAX_SYLLABLES || surname >= length) return false;
  for (let k = first + surname; k < last; k++) if (!givenSyllableOk(tokens[k])) return false;
  if (tokens[last - 1].key === 'thị') return false;
  // A one-letter syllable ends a name only where an honorific or a title vouches for it ("ông Trần Văn A").
  if (/^\p{Lu}$/u.test(tokens[last - 1].text) && context !== 'honorific' && context !== 'title') return false;
  if (length === 2 && lunarStems.has(tokens[first].key) && lunarBranches.has(tokens[first + 1].key)) return false;
  if (historicalNames.has(keyOf(tokens, first, last))) return false;
  // "Hà Nội", "Cao Bằng", "Mai Châu": a two-syllable run opening with a family
  // name that is also a common word needs an honorific or a title before it.
  if (length === 2 && ambiguousSurnames.has(tokens[first].key) && (context === 'neutral' || context === 'place')) {
    return false;
  }
  return true;
}

/** Preference among name lengths after a place: three syllables are most common. */
const LENGTH_PREFERENCE = [3, 4, 2, 5];

function pickInRun(tokens: readonly Token[], first: number, last: number, context: RunContext): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let p = first; p < last; p++) {
    const surname = surnameLength(tokens, p);
    if (surname > 0 && validName(tokens, p, last, surname, context)) candidates.push([p, last]);
  }
  if (candidates.length === 0) {
    // A family name missing from the lexicon: trust an honorific or a title before the
    // run, or the commonest middle names ("Đồng Văn Khải", "Vi Thị Hương").
    const length = last - first;
    const middle = length >= 3 && length <= 4 && COMMON_MIDDLE_NAMES.has(tokens[first + 1].key);
    const trusted = (context === 'honorific' && length >= 2 && length <= 4) || (context === 'title' && length >= 3 && length <= 4) || middle;
    if (trusted && validName(tokens, first, last, 1, context)) return [first, last];
    return null;
  }
  if (context !== 'place') return candidates[0];
  for (const length of LENGTH_PREFERENCE) {
    const found = candidates.find(([p, e]) => e - p === length);
    if (found) return found;
  }
  return null;
}

export function findNames(tokens: readonly Token[], tags: readonly (Tag | null)[]): NameSpan[] {
  const names: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tags[i] !== null || !(nameShaped(tokens[i]) || /^\p{Lu}$/u.test(tokens[i].text))) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && tags[end] === null && (nameShaped(tokens[end]) || /^\p{Lu}$/u.test(tokens[end].text))) end++;
    const context = runContext(tokens, tags, i);
    const picked = context === 'historical' ? null : pickInRun(tokens, i, end, context);
    if (picked) {
      const [first, last] = picked;
      names.push({
        first,
        last,
        text: tokens.slice(first, last).map((t) => t.text).join(' '),
        key: keyOf(tokens, first, last),
      });
    }
    i = end;
  }
  return names;
}
