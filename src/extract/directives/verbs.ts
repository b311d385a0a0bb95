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

/** Every whole-word directive verb of the view, longest match first, without overlaps, in order. */
export function findVerbs(view: View): VerbOccurrence[] {
  const found: VerbOccurrence[] = [];
  for (const entry of DIRECTIVE_VERBS) {
    for (let i = view.folded.indexOf(entry.verb); i >= 0; i = view.folded.indexOf(entry.verb, i + 1)) {
      const end = phraseStartingAt(view.folded, i, entry.verb);
      if (end < 0 || phraseEndingAt(view.folded, end, entry.verb) !== i) continue;
      if (found.some((f) => f.start < end && i < f.end)) continue;
      found.push({ entry, start: i, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
