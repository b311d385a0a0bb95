/**
 * Directive verbs in a sentence, and the tests that tell a verb use from the
 * same word used as a noun ("đáp ứng yêu cầu"), in a compound ("bàn giao")
 * or in a proper name ("Ban Chỉ đạo").
 */
import {
  DIRECTIVE_VERBS,
  NOUN_MARKERS_AFTER,
  NOUN_MARKERS_BEFORE,
  type DirectiveVerb,
} from '../../lexicon/directiveVerbs.js';
import { isUpperStart, isWordChar, skipSpaces, longestEndingAt, longestStartingAt, phraseEndingAt, phraseStartingAt, trimBack, type View } from './view.js';

export interface VerbOccurrence {
  entry: DirectiveVerb;
  /** Offsets in the view. */
  start: number;
  end: number;
}

/** The verbs, longest first, so that "mong muốn" wins over "mong" at the same place. */
const BY_LENGTH: readonly DirectiveVerb[] = [...DIRECTIVE_VERBS].sort((a, b) => b.verb.length - a.verb.length);

/** Any directive verb, as a pattern: one pass finds them all (whole words are checked after). */
export const VERB_PATTERN = BY_LENGTH.map((v) => v.verb).join('|');
const VERB_HINT = new RegExp(VERB_PATTERN, 'g');

/**
 * Every whole-word directive verb of the view, in order, without overlaps:
 * at each place the longest verb that stands there as whole words.
 */
export function findVerbs(view: View): VerbOccurrence[] {
  const found: VerbOccurrence[] = [];
  const { folded } = view;
  VERB_HINT.lastIndex = 0;
  for (let m = VERB_HINT.exec(folded); m !== null; m = VERB_HINT.exec(folded)) {
    const i = m.index;
    VERB_HINT.lastIndex = i + 1;
    for (const entry of BY_LENGTH) {
      const end = phraseStartingAt(folded, i, entry.verb);
      if (end < 0 || phraseEndingAt(folded, end, entry.verb) !== i) continue;
      found.push({ entry, start: i, end });
      VERB_HINT.lastIndex = end;
      break;
    }
  }
  return found;
}

/** Characters after which a capitalized verb still begins a clause. */
const CLAUSE_OPENERS = new Set(['“', '"', '«', ':', '-', '–', '—', '(']);

/**
 * Whether the occurrence is used as a verb: not capitalized inside a clause
 * (a name such as "Ban Chỉ đạo"), not after a noun marker, not in a compound.
 */
export function isVerbUse(view: View, occ: VerbOccurrence, floor: number): boolean {
  const before = trimBack(view.folded, occ.start);
  if (isUpperStart(view.raw, occ.start) && before > floor && !CLAUSE_OPENERS.has(view.folded[before - 1])) return false;
  if (longestEndingAt(view.folded, occ.start, NOUN_MARKERS_BEFORE) >= 0) return false;
  if (longestEndingAt(view.folded, occ.start, occ.entry.notAfter) >= 0) return false;
  if (longestStartingAt(view.folded, occ.end, NOUN_MARKERS_AFTER) >= 0) return false;
  if (longestStartingAt(view.folded, occ.end, occ.entry.notBefore) >= 0) return false;
  if (occ.entry.needsObject && !isWordChar(view.folded[skipSpaces(view.folded, occ.end)])) return false;
  return true;
}
