/**
 * What a directive asks: its text (from after the verb to the end of the
 * sentence, or of the quotation it stands in), its addressee, and whether
 * "nhấn mạnh" asks for action at all.
 */
import {
  ACTION_MARKER_WINDOW,
  ACTION_MARKERS,
  ACTION_STARTS,
  ADDRESSEE_MAX_WORDS,
  ADDRESSEE_STARTS,
  STATEMENT_MARKERS,
  TIME_PHRASE_STARTS,
} from '../../lexicon/directiveVerbs.js';
import { isUpperStart, longestStartingAt, skipSpaces, trimBack, wordStarts, type View } from './view.js';

export interface Quotation {
  /** View offset of the opening mark. */
  open: number;
  /** View offset of the closing mark, or the view's length when it is not closed. */
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"' };
const OPENER = /[“«"]/g;

/** Quotations of a view: curly or guillemet pairs, and straight quotes taken in pairs. */
export function quotations(view: View): Quotation[] {
  const found: Quotation[] = [];
  const { raw } = view;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(raw); m !== null; m = OPENER.exec(raw)) {
    const open = m.index;
    const close = raw.indexOf(PAIRS[m[0]], open + 1);
    found.push({ open, close: close < 0 ? raw.length : close });
    if (close < 0) break;
    OPENER.lastIndex = close + 1;
  }
  return found;
}

/** The directive text's bounds: from after the verb (and any ":" or ",") to `end`. */
export function textBounds(view: View, verbEnd: number, end: number): { start: number; end: number } {
  let start = skipSpaces(view.folded, verbEnd);
  while (start < end && /[,:\s]/u.test(view.folded[start])) start++;
  let e = trimBack(view.folded, end);
  if (e < start) e = start;
  return { start, end: e };
}

/** A directive says something: at least two words follow its verb. */
export function hasContent(view: View, start: number, end: number): boolean {
  return wordStarts(view.folded, start, end).length >= 2;
}

/**
 * Whether content asks for action: an action marker ("phải", "cần",
 * "tiếp tục" ...) near its start, before any copula or past marker
 * ("là", "đã") that would make it a statement of facts.
 */
export function asksForAction(view: View, start: number, end: number): boolean {
  const words = wordStarts(view.folded, start, end).slice(0, ACTION_MARKER_WINDOW);
  for (const w of words) {
    if (longestStartingAt(view.folded, w, STATEMENT_MARKERS) >= 0) return false;
    if (longestStartingAt(view.folded, w, ACTION_MARKERS) >= 0) return true;
  }
  return false;
}

/** After "đề nghị," a time phrase may come first: "đề nghị, trong thời gian tới, các cấp ủy ...". */
function skipTimePhrase(view: View, start: number, end: number): number {
  if (longestStartingAt(view.folded, start, TIME_PHRASE_STARTS) < 0) return start;
  const comma = view.folded.indexOf(',', start);
  return comma < 0 || comma >= end ? start : skipSpaces(view.folded, comma + 1);
}

/**
 * The addressee named right after the verb: the words up to where the
 * requested action starts ("đề nghị Ban Dân vận các cấp | tiếp tục ...").
 * Returns view offsets, or null when the content starts with the action.
 */
export function addresseeBounds(view: View, verbEnd: number, end: number): { start: number; end: number } | null {
  let start = skipSpaces(view.folded, verbEnd);
  if (view.folded[start] === ',') start = skipTimePhrase(view, skipSpaces(view.folded, start + 1), end);
  if (!isUpperStart(view.raw, start) && longestStartingAt(view.folded, start, ADDRESSEE_STARTS) < 0) return null;
  const words = wordStarts(view.folded, start, end).slice(0, ADDRESSEE_MAX_WORDS + 1);
  for (const w of words) {
    if (/[:;.!?“”"«»]/u.test(view.folded.slice(start, w))) return null;
    if (isUpperStart(view.raw, w) || longestStartingAt(view.folded, w, ACTION_STARTS) < 0) continue;
    if (w === start) return null;
    let e = trimBack(view.folded, w);
    while (e > start && view.folded[e - 1] === ',') e = trimBack(view.folded, e - 1);
    return { start, end: e };
  }
  return null;
}
