/**
 * A name written right before a verb that no attendee carries ("... Trung
 * ương Bùi Thị Minh Hoài đề nghị"): the last three or four capitalized
 * syllables, opening with a family name. A fallback for when the attendees
 * list misses the speaker; shorter runs are too often places ("Hà Giang").
 */
import { HISTORICAL_FIGURES, KINH_SURNAMES, MINORITY_SURNAMES, NON_GIVEN_NAME_SYLLABLES } from '../../lexicon/surnames.js';
import { isUpperStart, isWordChar, type View } from './view.js';

const SURNAMES = new Set([...KINH_SURNAMES, ...MINORITY_SURNAMES]);
const NOT_GIVEN = new Set(NON_GIVEN_NAME_SYLLABLES);
const HISTORICAL = new Set(HISTORICAL_FIGURES);
const MIN_SYLLABLES = 3;
const MAX_SYLLABLES = 4;

/** Start offsets of the capitalized syllables (separated by single spaces) ending at `end`, last first. */
function capitalizedBefore(view: View, end: number): number[] {
  const starts: number[] = [];
  let e = end;
  while (starts.length < MAX_SYLLABLES && e > 0 && isWordChar(view.folded[e - 1])) {
    let s = e;
    while (s > 0 && isWordChar(view.folded[s - 1])) s--;
    if (!isUpperStart(view.raw, s) || NOT_GIVEN.has(view.folded.slice(s, e))) break;
    starts.push(s);
    if (view.folded[s - 1] !== ' ') break;
    e = s - 1;
  }
  return starts;
}

/** The name (as written) of 3 to 4 syllables ending at view offset `end`, with its start; or null. */
export function nameEndingAt(view: View, end: number): { name: string; start: number } | null {
  const starts = capitalizedBefore(view, end);
  for (let n = Math.min(MAX_SYLLABLES, starts.length); n >= MIN_SYLLABLES; n--) {
    const start = starts[n - 1];
    const first = view.folded.slice(start, view.folded.indexOf(' ', start));
    if (!SURNAMES.has(first)) continue;
    if (HISTORICAL.has(view.folded.slice(start, end))) return null;
    return { name: view.raw.slice(start, end), start };
  }
  return null;
}
