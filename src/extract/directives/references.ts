/**
 * References to people in the body: where each attendee is named (the
 * attendees' own mentions, plus every occurrence of their full names), names
 * after an honorific that no attendee carries, and bare honorifics
 * ("đồng chí đề nghị") resolved to the person named last.
 */
import type { Attendee } from '../../model/report.js';
import { HONORIFICS, NOT_A_PERSON_AFTER, PLURAL_MARKERS, TITLE_HEADS } from '../../lexicon/directiveVerbs.js';
import type { PreparedDocument } from '../../text/document.js';
import { fold } from '../../text/fold.js';
import { isWordCode } from '../numbers.js';
import {
  isUpperStart,
  isWordChar,
  longestEndingAt,
  longestStartingAt,
  phraseStartingAt,
  makeView,
  skipSpaces,
  type View,
} from './view.js';
import { spanIndexAt } from '../../text/sorted.js';

export interface Reference {
  /** Offsets into `doc.text`. */
  start: number;
  end: number;
  /** The person referred to; null when a bare honorific has no one before it. */
  speaker: string | null;
  attendee: Attendee | null;
  /** A bare honorific ("đồng chí") rather than a name. */
  bare: boolean;
  /** The person's name is written here (not a title standing for them, nor a bare honorific). */
  isName: boolean;
}

/** Offset in `doc.text` of an offset of the input (the smallest one that maps at or after it). */
export function toTextOffset(doc: PreparedDocument, inputOffset: number): number {
  let lo = 0;
  let hi = doc.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.span(mid, mid).start < inputOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionReferences(doc: PreparedDocument, attendees: Attendee[]): Reference[] {
  const refs: Reference[] = [];
  for (const attendee of attendees) {
    const name = foldedName(attendee);
    for (const m of attendee.mentions) {
      const start = toTextOffset(doc, m.start);
      const end = toTextOffset(doc, m.end);
      if (end > start) refs.push({ start, end, speaker: attendee.name, attendee, bare: false, isName: doc.folded.slice(start, end).includes(name) });
    }
  }
  return refs;
}

/** An attendee's name as it is matched: folded, single-spaced. */
function foldedName(attendee: Attendee): string {
  return fold(attendee.name).replace(/\s+/gu, ' ').trim();
}


/** Every whole-word occurrence of an attendee's full name in the body sentences. */
function nameReferences(doc: PreparedDocument, attendees: Attendee[]): Reference[] {
  const refs: Reference[] = [];
  for (const attendee of attendees) {
    const name = foldedName(attendee);
    if (name.length === 0) continue;
    for (let i = doc.folded.indexOf(name); i >= 0; i = doc.folded.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (isWordChar(doc.folded[i - 1]) || isWordChar(doc.folded[end]) || spanIndexAt(doc.sentences, i) < 0) continue;
      refs.push({ start: i, end, speaker: attendee.name, attendee, bare: false, isName: true });
    }
  }
  return refs;
}

/** The capitalized words (2 to 5) right after `pos`: a name after an honorific. */
function capitalizedRun(view: View, pos: number): { end: number; words: number } {
  let end = pos;
  let words = 0;
  let i = skipSpaces(view.raw, pos);
  while (i < view.raw.length && isUpperStart(view.raw, i) && isWordChar(view.raw[i])) {
    while (isWordChar(view.raw[i])) i++;
    end = i;
    words++;
    if (view.raw[i] !== ' ') break;
    i++;
  }
  return { end, words };
}

/** Honorifics anywhere in the text; their words are checked on a small view around each. */
const HONORIFIC = new RegExp(HONORIFICS.map((h) => h.replace(/[/]/gu, '\\/')).join('|'), 'g');
/** How much of the sentence around an honorific its reading needs: a word before, a name after. */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 120;

/** Honorifics of the body: followed by a name, or bare (standing for the person named last). */
function honorificReferences(doc: PreparedDocument, named: Reference[]): { fallback: Reference[]; bare: Reference[] } {
  const fallback: Reference[] = [];
  const bare: Reference[] = [];
  const { sentences } = doc;
  let si = 0;
  HONORIFIC.lastIndex = 0;
  for (let m = HONORIFIC.exec(doc.folded); m !== null; m = HONORIFIC.exec(doc.folded)) {
    const hit = m.index;
    if ((hit > 0 && isWordCode(doc.folded.charCodeAt(hit - 1))) || isWordCode(doc.folded.charCodeAt(hit + m[0].length))) continue;
    while (si < sentences.length && sentences[si].end <= hit) si++;
    const sentence = sentences[si];
    if (sentence === undefined) break;
    if (sentence.start > hit) continue;
    const from = Math.max(sentence.start, hit - WINDOW_BEFORE);
    const view = makeView(doc, from, Math.min(sentence.end, hit + WINDOW_AFTER));
    const w = view.at.indexOf(hit);
    const end = phraseStartingAt(view.folded, w, m[0]);
    if (w < 0 || end < 0 || longestEndingAt(view.folded, w, PLURAL_MARKERS) >= (from === sentence.start ? 0 : 1)) continue;
    const run = capitalizedRun(view, end);
    const docStart = view.at[w];
    if (run.words >= 2 && run.words <= 5 && longestStartingAt(view.folded, end, TITLE_HEADS) < 0) {
      const name = view.raw.slice(skipSpaces(view.raw, end), run.end);
      const docEnd = view.at[run.end - 1] + 1;
      if (!named.some((r) => r.start < docEnd && r.end > docStart)) {
        fallback.push({ start: docStart, end: docEnd, speaker: name, attendee: null, bare: false, isName: true });
      }
    } else if (run.words === 0 && longestStartingAt(view.folded, end, NOT_A_PERSON_AFTER) < 0) {
      bare.push({ start: docStart, end: view.at[end - 1] + 1, speaker: null, attendee: null, bare: true, isName: false });
    }
  }
  return { fallback, bare };
}

/** The named reference that ends last at or before `pos` (offsets of `doc.text`). */
export function lastNamedBefore(refs: Reference[], pos: number): Reference | undefined {
  let best: Reference | undefined;
  for (const r of refs) if (!r.bare && r.speaker !== null && r.end <= pos && (!best || r.end > best.end)) best = r;
  return best;
}

/** All references of the document, sorted by start; bare honorifics resolved. */
export function collectReferences(doc: PreparedDocument, attendees: Attendee[]): Reference[] {
  const named = [...mentionReferences(doc, attendees), ...nameReferences(doc, attendees)];
  const found = honorificReferences(doc, named);
  named.push(...found.fallback);
  const bare = found.bare;
  for (const b of bare) {
    const last = lastNamedBefore(named, b.start);
    if (last) {
      b.speaker = last.speaker;
      b.attendee = last.attendee;
    }
  }
  return [...named, ...bare].sort((a, b) => a.start - b.start || a.end - b.end);
}
