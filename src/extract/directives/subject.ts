/**
 * Who speaks a directive: the subject of the verb's clause. A name right
 * before the verb (possibly followed by an appositive title: "đồng chí X,
 * Bí thư Tỉnh ủy, đề nghị"), a bare "đồng chí" standing for the person
 * named last, a title alone standing for the attendee who holds it, the
 * conference itself (speaker null), or the person who is the subject of an
 * earlier verb the directive verb is joined to ("biểu dương ... và đề nghị").
 */
import type { Attendee } from '../../model/report.js';
import {
  CONFERENCE_NOUNS,
  COORDINATORS,
  DIRECTING_BODIES,
  HONORIFICS,
  OBJECT_MARKERS,
  PAST_CONTEXT,
  PAST_MARKERS,
  PAST_OPENERS,
  PRE_VERB_ADVERBS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
} from '../../lexicon/directiveVerbs.js';
import { PLACES } from '../../lexicon/bodies.js';
import type { PreparedDocument } from '../../text/document.js';
import { fold } from '../../text/fold.js';
import { nameEndingAt } from './names.js';
import { writtenOrderBefore } from './written.js';
import type { Reference } from './references.js';
import { containsPhrase, isUpperStart, longestEndingAt, longestStartingAt, skipSpaces, stripPhrasesBefore, trimBack, wordStarts, type View } from './view.js';

export interface Context {
  doc: PreparedDocument;
  attendees: Attendee[];
  refs: Reference[];
  /** Whether the text reports a meeting, at which a body may direct. */
  meeting: boolean;
}

const positionCache = new WeakMap<Attendee, string[][]>();

/** A resolved speaker: a name, or null for the conference or a body. */
export interface Speaker {
  speaker: string | null;
  /** A recipient named before the verb ("ký công văn gửi Sở Y yêu cầu"), as view offsets. */
  addressee?: { start: number; end: number };
}

const MAX_TITLE_WORDS = 20;
const MAX_CONFERENCE_EXTRA_WORDS = 3;
const MAX_APPOSITIVES = 8;
const SOFT_SEPARATORS = new Set([',', '(', ')']);
const HARD_SEPARATORS = new Set([';', ':', '“', '”', '"', '«', '»', '.', '!', '?']);

/** Titles compared as words: folded, abbreviations written out, punctuation dropped. */
export function canonicalTitle(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}

/** Doc offset just after view position `pos - 1`: where a reference ending there ends. */
function docEnd(view: View, pos: number): number {
  return view.at[pos - 1] + 1;
}

/** Strip adverbs ("cũng", "đã") between a subject and its verb. */
export function stripAdverbs(view: View, pos: number, floor: number): number {
  return stripPhrasesBefore(view, pos, floor, PRE_VERB_ADVERBS);
}

function referenceEndingAt(ctx: Context, end: number): Reference | undefined {
  const ending = ctx.refs.filter((r) => r.end === end);
  return ending.find((r) => r.attendee !== null) ?? ending.find((r) => !r.bare) ?? ending[0];
}

/** Whether the person at view position `start` is the object of a preposition or verb. */
function isObject(view: View, start: number): boolean {
  let p = trimBack(view.folded, start);
  const honorific = longestEndingAt(view.folded, p, HONORIFICS);
  if (honorific >= 0) p = trimBack(view.folded, honorific);
  return longestEndingAt(view.folded, p, OBJECT_MARKERS) >= 0;
}

/** The view position of a document offset inside the view. */
function viewPos(view: View, docOffset: number): number {
  let i = 0;
  while (i < view.at.length - 1 && view.at[i] < docOffset) i++;
  return i;
}

const DASHES = new Set(['-', '–', '—']);

/**
 * Separators of chunks. A dash separates only when a capital follows it
 * ("Nguyễn Quang Úy - Phó Bí thư", "Phó Chủ tịch - Tổng Thư ký"); in
 * "chính trị - xã hội" it joins the words of one name.
 */
function isSeparatorAt(view: View, i: number): 'soft' | 'hard' | null {
  const ch = view.folded[i];
  if (HARD_SEPARATORS.has(ch)) return 'hard';
  if (DASHES.has(ch)) {
    if (ch === '-' && view.folded[i - 1] !== ' ') return null;
    return isUpperStart(view.raw, skipSpaces(view.folded, i + 1)) ? 'soft' : null;
  }
  return SOFT_SEPARATORS.has(ch) ? 'soft' : null;
}

/** The chunk ending at `pos`: from after the last separator (or `floor`). */
function chunkBefore(view: View, pos: number, floor: number): { start: number; separator: number; kind: 'soft' | 'hard' | null } {
  for (let i = pos - 1; i >= floor; i--) {
    const kind = isSeparatorAt(view, i);
    if (kind) return { start: skipSpaces(view.folded, i + 1), separator: i, kind };
  }
  return { start: skipSpaces(view.folded, floor), separator: floor, kind: null };
}

/** Past an honorific that opens a chunk: "đồng chí Bí thư Tỉnh ủy" is the title. */
function skipHonorific(view: View, start: number): number {
  const end = longestStartingAt(view.folded, start, HONORIFICS);
  return end < 0 ? start : skipSpaces(view.folded, end);
}

function isTitleLike(view: View, start: number, end: number): boolean {
  if (longestStartingAt(view.folded, start, TITLE_HEADS) < 0) return false;
  return wordStarts(view.folded, start, end).length <= MAX_TITLE_WORDS;
}

/** The positions an attendee holds, one per comma- or dash-separated part, as canonical words. */
function positionsOf(attendee: Attendee): string[][] {
  let positions = positionCache.get(attendee);
  if (!positions) {
    const texts = [...attendee.titles, ...(attendee.titleForms ?? []).map((f) => f.text)];
    positions = texts
      .flatMap((t) => t.split(/[,;–—]|\s-\s/u))
      .map((t) => canonicalTitle(t).split(' '))
      .filter((w) => w[0] !== '');
    positionCache.set(attendee, positions);
  }
  return positions;
}

/**
 * The most words a title may carry after an attendee's position: a qualifier
 * ("Chính phủ", "Sở Xây dựng Thái Nguyên") or a verb of saying ("bày tỏ").
 * A bare position of two words ("Thị trưởng") takes a shorter one: its own
 * body at most ("Thủ tướng Chính phủ"); more is another person's clause
 * ("Thị trưởng Bill de Blasio lên tiếng").
 */
const MAX_QUALIFIER_WORDS = 6;
const MAX_BARE_QUALIFIER_WORDS = 3;

/** Whether `position` stands in `chunk` as a title of its own: not after "phó", followed by a short qualifier at most. */
function containsPosition(chunk: string[], position: string[]): boolean {
  const maxTail = position.length <= 2 ? MAX_BARE_QUALIFIER_WORDS : MAX_QUALIFIER_WORDS;
  for (let i = 0; i + position.length <= chunk.length; i++) {
    if (chunk.length - i - position.length > maxTail) continue;
    if (i > 0 && chunk[i - 1] === 'phó') continue;
    if (position.every((w, k) => chunk[i + k] === w)) return true;
  }
  return false;
}

/**
 * Whether `chunk` names one of the attendee's positions: the position begins
 * with it ("Phó Thủ tướng" for "Phó Thủ tướng Chính phủ", but not "Thủ
 * tướng"), it contains the position followed by a short qualifier at most
 * (a longer tail is a clause: "Tổng thống X tiếp tục lên tiếng ..."), or it
 * has the position's words in order from the same first word ("Phó Bí thư
 * huyện ủy" for "Phó Bí thư Thường trực Huyện ủy").
 */
function holdsTitle(attendee: Attendee, chunk: string[]): boolean {
  if (chunk.length < 2) return false;
  return positionsOf(attendee).some((position) => {
    if (position.length >= 2 && containsPosition(chunk, position)) return true;
    if (position[0] !== chunk[0]) return false;
    let j = 0;
    for (const w of position) if (w === chunk[j]) j++;
    return j === chunk.length;
  });
}

/** The attendee who holds the title `chunk`, the most recently named first. */
export function attendeeByTitle(ctx: Context, chunk: string, before: number): Attendee | undefined {
  const canonical = canonicalTitle(chunk).split(' ');
  let best: Attendee | undefined;
  let bestEnd = -2;
  for (const attendee of ctx.attendees) {
    if (!holdsTitle(attendee, canonical)) continue;
    let last = -1;
    for (const r of ctx.refs) if (r.attendee === attendee && !r.bare && r.end <= before) last = Math.max(last, r.end);
    if (last > bestEnd) {
      best = attendee;
      bestEnd = last;
    }
  }
  return best;
}

const PLACE_NAMES = new Set(PLACES);

/** A reference's person; a place taken for a name ("Hàn Quốc") speaks for no one. */
function speakerOf(ref: Reference): Speaker | undefined {
  if (ref.speaker === null || PLACE_NAMES.has(fold(ref.speaker))) return undefined;
  return { speaker: ref.speaker };
}

/** Whether a person is referred to (by name, title or honorific) within view offsets [start, end); the first one. */
export function personIn(ctx: Context, view: View, start: number, end: number): Reference | undefined {
  const from = view.at[start];
  const to = docEnd(view, end);
  return ctx.refs.find((r) => r.start >= from && r.end <= to);
}

/** Whether a person is named within view offsets [start, end). */
function namesSomeone(ctx: Context, view: View, start: number, end: number): boolean {
  const from = view.at[start];
  const to = docEnd(view, end);
  return ctx.refs.some((r) => r.isName && r.start >= from && r.end <= to);
}

/**
 * A name (or bare honorific) ending at `pos`, possibly followed by appositive
 * titles; failing that, a title alone that an attendee holds.
 */
function nameOrTitle(ctx: Context, view: View, pos: number, floor: number): Speaker | undefined {
  const titles: string[] = [];
  let p = pos;
  for (let step = 0; step < MAX_APPOSITIVES && p > floor; step++) {
    const ref = referenceEndingAt(ctx, docEnd(view, p));
    if (ref) return isObject(view, viewPos(view, ref.start)) ? undefined : speakerOf(ref);
    const name = nameEndingAt(view, p);
    if (name) return isObject(view, name.start) ? undefined : { speaker: name.name };
    const chunk = chunkBefore(view, p, floor);
    const titleStart = skipHonorific(view, chunk.start);
    // A title followed by a name and more words is that person's clause, not a title: "Tổng thống X tiếp tục ...".
    if (!isTitleLike(view, titleStart, p) || namesSomeone(ctx, view, titleStart, p)) break;
    titles.push(view.folded.slice(titleStart, p));
    if (chunk.kind !== 'soft') break;
    p = trimBack(view.folded, chunk.separator);
  }
  for (const title of titles) {
    const attendee = attendeeByTitle(ctx, title, docEnd(view, pos));
    if (attendee) return { speaker: attendee.name };
  }
  return undefined;
}

/**
 * The conference itself as subject: "Hội nghị yêu cầu", "Hội nghị thống
 * nhất đề nghị". A capital or a number after the noun names another meeting
 * ("Đại hội XIII của Đảng"), whose words are not this event's directives.
 */
function isConference(view: View, pos: number, floor: number): boolean {
  const chunk = chunkBefore(view, pos, floor);
  const nounEnd = longestStartingAt(view.folded, chunk.start, CONFERENCE_NOUNS);
  if (nounEnd < 0) return false;
  const rest = wordStarts(view.folded, nounEnd, pos);
  return rest.length <= MAX_CONFERENCE_EXTRA_WORDS && rest.every((w) => !isUpperStart(view.raw, w) && !/\d/u.test(view.raw[w]));
}

const MAX_BODY_WORDS = 10;

/**
 * A body that leads the meeting as subject: "Ban Thường vụ Tỉnh ủy yêu cầu
 * các cấp ủy ...". Its name is written with a capital; the text reports a
 * meeting; no past marker ("đã", "từng") stands between it and the verb,
 * and the sentence does not open on earlier times ("Trước đó, ...").
 */
function isDirectingBody(ctx: Context, view: View, pos: number, floor: number): boolean {
  const chunk = chunkBefore(view, pos, floor);
  const start = chunk.start;
  if (!isUpperStart(view.raw, start) || longestStartingAt(view.folded, start, DIRECTING_BODIES) < 0) return false;
  // Whether the text reports a meeting is worked out over the whole text: asked only of a body that could direct.
  if (!ctx.meeting) return false;
  const words = wordStarts(view.folded, start, pos);
  if (words.length > MAX_BODY_WORDS || words.some((w) => /\d/u.test(view.folded[w]))) return false;
  if (PAST_MARKERS.some((m) => containsPhrase(view.folded, m, start, pos))) return false;
  if (longestStartingAt(view.folded, 0, PAST_OPENERS) >= 0) return false;
  const { folded } = ctx.doc;
  const paragraphStart = folded.lastIndexOf('\n', view.at[start]) + 1;
  return !PAST_CONTEXT.some((m) => containsPhrase(folded, m, paragraphStart, view.at[start]));
}

/** Whether text[from, to) reports or quotes rather than continues the subject's own acts. */
function hasBlocker(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSeparatorAt(view, i) === 'hard' && view.folded[i] !== '.') return true;
  return SPEECH_VERBS.some((v) => containsPhrase(view.folded, v, from, to));
}

/** Whole-sentence positions where a chunk starts (after a separator or at `floor`). */
function chunkStarts(view: View, floor: number, to: number): number[] {
  const starts = [skipSpaces(view.folded, floor)];
  for (let i = floor; i < to; i++) if (isSeparatorAt(view, i)) starts.push(skipSpaces(view.folded, i + 1));
  return starts.filter((s) => s < to);
}

/** A title alone opening a chunk ("Phó Thủ tướng biểu dương ..."): its holder and where the title ends. */
function titleSubjectAt(ctx: Context, view: View, chunkStart: number, to: number): { speaker: string; end: number } | undefined {
  const start = skipHonorific(view, chunkStart);
  if (longestStartingAt(view.folded, start, TITLE_HEADS) < 0) return undefined;
  const words = wordStarts(view.folded, start, to).slice(0, MAX_TITLE_WORDS);
  for (let n = words.length; n >= 2; n--) {
    const end = n < words.length ? trimBack(view.folded, words[n]) : to;
    const attendee = attendeeByTitle(ctx, view.folded.slice(start, end), view.at[start]);
    if (attendee) return { speaker: attendee.name, end };
  }
  return undefined;
}

/**
 * Whether a person referred to at `start` opens their chunk, as a subject
 * does: only an honorific or a title stands before them ("sau đó, ông X đã
 * có mặt ..."), not a verb or noun whose object they are ("nơi xe anh Quý").
 */
function opensChunk(view: View, start: number, floor: number): boolean {
  const chunkStart = skipHonorific(view, chunkBefore(view, start, floor).start);
  const before = trimBack(view.folded, start);
  return chunkStart >= before || isTitleLike(view, chunkStart, before);
}

/** The subject of an earlier verb the directive verb is joined to by "và" or a comma. */
function coordinatedSubject(ctx: Context, view: View, pos: number, floor: number): Speaker | undefined {
  const joined = view.folded[pos - 1] === ',' || longestEndingAt(view.folded, pos, COORDINATORS) >= 0;
  if (!joined) return undefined;
  const from = view.at[floor];
  const to = docEnd(view, pos);
  let subject: { speaker: string | null; start: number; end: number } | undefined;
  for (const r of ctx.refs) {
    if (r.start >= from && r.end <= to && (!subject || r.end > view.at[subject.end - 1])) {
      const start = viewPos(view, r.start);
      if (opensChunk(view, start, floor)) subject = { speaker: r.speaker, start, end: viewPos(view, r.end) };
    }
  }
  for (const start of chunkStarts(view, floor, pos)) {
    if (subject && start < subject.end) continue;
    const titled = titleSubjectAt(ctx, view, start, pos);
    if (titled && (!subject || titled.end > subject.end)) subject = { speaker: titled.speaker, start: skipHonorific(view, start), end: titled.end };
  }
  if (!subject || subject.speaker === null) return undefined;
  if (isObject(view, subject.start) || hasBlocker(view, subject.end, pos)) return undefined;
  return { speaker: subject.speaker };
}

/** The person who issues a written order: "Thứ trưởng X đã ký công văn gửi Sở Y | yêu cầu ...". */
function signerOf(ctx: Context, view: View, pos: number, floor: number): Speaker | undefined {
  const order = writtenOrderBefore(view, pos, floor);
  if (!order) return undefined;
  const signer = nameOrTitle(ctx, view, stripAdverbs(view, order.signerEnd, floor), floor);
  if (!signer || signer.speaker === null) return undefined;
  return order.recipient ? { ...signer, addressee: order.recipient } : signer;
}

/**
 * The speaker of a directive verb at view position `verbStart`, looking no
 * further back than `floor`; undefined when the clause has no participant
 * (or conference) as its subject.
 */
export function subjectOf(ctx: Context, view: View, verbStart: number, floor: number): Speaker | undefined {
  const pos = stripAdverbs(view, verbStart, floor);
  if (pos <= floor) return undefined;
  return (
    signerOf(ctx, view, pos, floor) ??
    nameOrTitle(ctx, view, pos, floor) ??
    (isConference(view, pos, floor) || isDirectingBody(ctx, view, verbStart, floor) ? { speaker: null } : undefined) ??
    coordinatedSubject(ctx, view, pos, floor)
  );
}
