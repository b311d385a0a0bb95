/**
 * Parts of speech of vntk's dictionary, noun or not, from the lists
 * generated from it (scripts/gen-word-classes.js, src/lexicon/wordClasses.ts):
 * parsing the 11 MB dictionary in every process and worker cost a third of
 * a second. The lists are split by first syllable at load (a few thousand
 * groups), and a group is unpacked the first time a word of it is asked for.
 */
import { NOUN_WORDS, OTHER_WORDS } from '../../lexicon/wordClasses.js';
import { phrase, type Word } from './words.js';

export const NOUN = 1;
export const OTHER = 2;

/** The words that begin with one syllable: packed tails per class until first used, then tail → class. */
interface Group {
  packed: Array<[string, number]>;
  classes?: Map<string, number>;
}

let groups: Map<string, Group> | undefined;

/** Split "head:tail,tail|head:tail" into groups by head, keeping each group's tails packed. */
function addGroups(packed: string, flags: number, into: Map<string, Group>): void {
  for (const group of packed.split('|')) {
    const colon = group.indexOf(':');
    const head = group.slice(0, colon);
    const tails = group.slice(colon + 1);
    const existing = into.get(head);
    if (existing === undefined) into.set(head, { packed: [[tails, flags]] });
    else existing.packed.push([tails, flags]);
  }
}

function allGroups(): Map<string, Group> {
  if (groups) return groups;
  groups = new Map();
  // Nouns last: a word in both lists (none, as generated) would count as a noun.
  addGroups(OTHER_WORDS, OTHER, groups);
  addGroups(NOUN_WORDS, NOUN, groups);
  return groups;
}

/** The classes of the words that begin with `head`, by the rest of the word ("" for the syllable alone). */
function groupClasses(head: string): Map<string, number> | undefined {
  const group = allGroups().get(head);
  if (group === undefined) return undefined;
  if (group.classes === undefined) {
    group.classes = new Map();
    for (const [tails, flags] of group.packed) for (const tail of tails.split(',')) group.classes.set(tail, flags);
  }
  return group.classes;
}

/** The class (NOUN or OTHER) of the dictionary word made of words [from, from + n), or undefined if it is not one. */
function classOf(words: readonly Word[], n: number, classes: Map<string, number>, from = 0): number | undefined {
  return classes.get(n === 1 ? '' : phrase(words, from + 1, from + n));
}

/** Whether the dictionary knows the one-syllable word. */
export function isKnownWord(word: string): boolean {
  return groupClasses(word)?.has('') ?? false;
}

/** The class of the longest dictionary word the list begins with (three words at most), and its length. */
export function longestKnownStart(words: readonly Word[]): { flags: number; length: number } | null {
  const classes = words.length === 0 ? undefined : groupClasses(words[0].folded);
  if (classes === undefined) return null;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const flags = classOf(words, n, classes);
    if (flags !== undefined) return { flags, length: n };
  }
  return null;
}

/** Whether words i and i + 1 make a word of the dictionary ("phát hiện"). */
export function isKnownCompound(words: readonly Word[], i: number): boolean {
  if (i + 1 >= words.length) return false;
  return groupClasses(words[i].folded)?.has(words[i + 1].folded) ?? false;
}

/** Whether the longest dictionary word the list begins with is a noun, or none is known ("Đề cập ..." is a verb). */
export function startsWithNoun(words: readonly Word[]): boolean {
  const known = longestKnownStart(words);
  return known === null || (known.flags & NOUN) !== 0;
}

/**
 * Whether a compound of two or three syllables that is never a noun (a
 * verb: "xác định", "ghi hình"; an adjective) stands after the first word:
 * then the words are a clause or a described thing, not a plain noun phrase.
 */
export function hasNonNounCompoundInside(words: readonly Word[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    const classes = groupClasses(words[i].folded);
    if (classes === undefined) continue;
    for (let n = Math.min(3, words.length - i); n >= 2; n--) {
      const flags = classOf(words, n, classes, i);
      if (flags === undefined) continue;
      if ((flags & NOUN) === 0) return true;
      break;
    }
  }
  return false;
}

/**
 * Whether the words can open with a noun: some word of the dictionary that
 * starts there is a noun, or none is known ("thu ngân sách" opens with the
 * noun "thu" though "thu ngân" is a verb; "nâng tỷ lệ" opens with a verb).
 */
export function beginsWithNoun(words: readonly Word[]): boolean {
  const classes = words.length === 0 ? undefined : groupClasses(words[0].folded);
  if (classes === undefined) return true;
  let known = false;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const flags = classOf(words, n, classes);
    if (flags === undefined) continue;
    if ((flags & NOUN) !== 0) return true;
    known = true;
  }
  return !known;
}
