/**
 * Attendees: every named person who took part in the reported event, one
 * entry per person, with the positions the article gives them and the roles
 * it states (docs/ANNOTATION.md). Sentences are read one by one into
 * references to people (people/parse.ts), the references resolved to people
 * (people/coreference.ts), and people without any sign of taking part
 * (named only as someone's, historically, in quoted speech or in a byline)
 * left out.
 *
 * Most sentences of most articles name nobody: a cheap screen
 * (people/screen.ts) decides which sentences are read at all, and sentences
 * that can only refer back to someone ("ông cho biết") are read only when
 * the article names someone.
 */
import type { Attendee, Role, TitleForm } from '../model/report.js';
import { ROLES } from '../model/report.js';
import { FUTURE_MARKERS, PLANNED_MEETING_VERBS } from '../lexicon/roles.js';
import { SEATED_DESIGNATIONS } from '../lexicon/titles.js';
import type { Line, PreparedDocument } from '../text/document.js';
import { wholeWordsPattern } from '../text/phrasePattern.js';
import { isProseText } from '../text/furniture.js';
import { SpanCover } from '../text/sorted.js';
import { readCredits } from './authors.js';
import { resolvePeople, rolesOf, type Person } from './people/coreference.js';
import { Occasions } from './people/occasions.js';
import { degreeParts, readSentence, type Slot, type TitleRef } from './people/parse.js';
import { Screen, screenSentences } from './people/screen.js';
import { foldsInto, normalizeTitle } from './people/titles.js';

interface MergedTitle {
  ref: TitleRef;
  normalized: string;
}

/**
 * Distinct titles in the order first seen; a short form the article also
 * gives in full folds into it ("Trưởng Ban" → "Trưởng Ban Dân vận Trung
 * ương", "Bộ trưởng NN-PTNT" → "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn").
 */
function mergeTitles(refs: readonly TitleRef[]): MergedTitle[] {
  const list: MergedTitle[] = [];
  for (const ref of refs) {
    const normalized = normalizeTitle(ref.text);
    if (normalized === '' || list.some((t) => t.normalized === normalized && t.ref.former === ref.former)) continue;
    list.push({ ref, normalized });
  }
  // Each title stands for the fullest form it folds into ("Bộ trưởng" → "Bộ trưởng NN-PTNT" →
  // "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn").
  const fullest = (title: MergedTitle): MergedTitle => {
    let best = title;
    for (const t of list) {
      if (t.ref.kind === title.ref.kind && t.ref.former === title.ref.former && t.normalized.length > best.normalized.length && foldsInto(title.normalized, t.normalized)) best = t;
    }
    return best;
  };
  const out: MergedTitle[] = [];
  for (const title of list) {
    const full = fullest(title);
    if (!out.includes(full)) out.push(full);
  }
  return out;
}

/** The first text line: the headline. */
function headlineOf(doc: PreparedDocument): Line | undefined {
  return doc.lines.find((l) => l.kind === 'text');
}

/** Per-document facts the presence checks need, each computed at most once per line. */
class LineFacts {
  private readonly prose = new Map<number, boolean>();
  private readonly quotes = new Map<number, [number, number][]>();
  private readonly brackets = new Map<number, [number, number][]>();
  /** The first text line: the headline, which names people without placing them at the event. */
  private readonly headline: number;

  constructor(private readonly doc: PreparedDocument) {
    this.headline = headlineOf(doc)?.index ?? -1;
  }

  /** A caption under a photo: a short line that is not prose, nor the headline. */
  inCaption(slot: Slot): boolean {
    const lineIndex = this.doc.sentences[slot.sentence].lineIndex;
    if (lineIndex === this.headline) return false;
    let prose = this.prose.get(lineIndex);
    if (prose === undefined) {
      const text = this.doc.lines[lineIndex].text;
      prose = isProseText(text);
      this.prose.set(lineIndex, prose);
    }
    return !prose;
  }

  /** Whether the slot stands inside square brackets: "[Thủ tướng X gặp Y]" links to another story. */
  bracketed(slot: Slot): boolean {
    return this.inRanges(this.brackets, bracketRanges, slot);
  }

  /** Whether the slot stands inside quoted speech (“...” or a balanced pair of straight quotes). */
  quoted(slot: Slot): boolean {
    return this.inRanges(this.quotes, quotedRanges, slot);
  }

  /** Whether one of the stretches `find` reads in the slot's line (once per line) holds the slot. */
  private inRanges(cache: Map<number, [number, number][]>, find: typeof quotedRanges, slot: Slot): boolean {
    const lineIndex = this.doc.sentences[slot.sentence].lineIndex;
    let ranges = cache.get(lineIndex);
    if (ranges === undefined) {
      const line = this.doc.lines[lineIndex];
      ranges = find(this.doc.text, line.start, line.end);
      cache.set(lineIndex, ranges);
    }
    return ranges.some(([s, e]) => s < slot.start && slot.end <= e);
  }
}

/**
 * Stretches of quoted speech in a line: between typographic quotes, and
 * between straight quotes when they pair up. A quotation shorter than a few
 * words is a name of something ("giải “Búa liềm vàng”"), not speech.
 */
const QUOTE_MARKS = /[“”"]|''/gu;

function quotedRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let curly = -1;
  let straight = -1;
  QUOTE_MARKS.lastIndex = start;
  for (let m = QUOTE_MARKS.exec(text); m !== null && m.index < end; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    if (m[0] === '“') curly = i;
    else if (m[0] === '”') {
      if (curly >= 0) ranges.push([curly, i]);
      curly = -1;
    } else if (m[0] === '"' && (i === start || /[\s(]/u.test(text[i - 1]))) {
      // A straight quote opens after a space and closes before one ("''" closes too).
      straight = i;
    } else if (straight >= 0) {
      ranges.push([straight, i]);
      straight = -1;
    }
  }
  return ranges.filter(([s, e]) => e - s > 40);
}

/** Stretches between "[" and the next "]" in a line, read once per line. */
function bracketRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x5b) open = k;
    else if (code === 0x5d && open >= 0) {
      ranges.push([open, k]);
      open = -1;
    }
  }
  return ranges;
}

/** Signs of presence beyond the stated roles: a photo caption or a list of those present. */
function presence(facts: LineFacts, person: Person): Role[] {
  const named = person.slots.filter((s) => s.kind === 'name' && !s.genitive);
  return named.some((s) => s.listed || (facts.inCaption(s) && (s.titles.length > 0 || s.honorific !== null))) ? ['attended'] : [];
}

function toAttendee(doc: PreparedDocument, person: Person, roles: Set<Role>): Attendee {
  // The spelling the person is known by (a typo elsewhere folds into it, capitals give way), at its first mention.
  const first =
    person.slots.find((s) => s.kind === 'name' && s.name === person.name) ??
    person.slots.find((s) => s.kind === 'name' && s.key === person.key) ??
    person.slots.find((s) => s.kind === 'name')!;
  // Degrees glued by periods are split only now: until the titles were shared out, "TS.BS" was one.
  const titles = mergeTitles(person.slots.flatMap((s) => s.titles).flatMap(degreeParts));
  // The form as the input writes it, whatever spacing lies inside; `titles` gives it on one line.
  const titleForms: TitleForm[] = titles.map(({ ref, normalized }) => ({
    ...doc.mention(ref.start, ref.end),
    normalized,
    ...(ref.former ? { former: true } : {}),
  }));
  const mentions = person.slots.map((s) => doc.mention(s.start, s.end));
  return {
    ...doc.span(first.start, first.end),
    name: person.name,
    titles: titles.map((t) => t.ref.text),
    roles: ROLES.filter((r) => roles.has(r)),
    titleForms,
    mentions,
  };
}

/** The slots of the sentences the screen lets through at `level`. */
function readScreened(doc: PreparedDocument, screens: readonly Screen[], level: Screen): Slot[] {
  const slots: Slot[] = [];
  for (const sentence of doc.sentences) {
    if (screens[sentence.index] === level) for (const slot of readSentence(doc, sentence.index).slots) slots.push(slot);
  }
  return slots;
}

/** Slots outside bylines and photo credits: a credited name is an author's, in a sentence or not. */
function outsideCredits(doc: PreparedDocument, slots: readonly Slot[], credits: SpanCover): Slot[] {
  return slots.filter((slot) => {
    const sentence = doc.sentences[slot.sentence];
    return !credits.contains(sentence.start, sentence.end) && !credits.contains(slot.start, slot.end);
  });
}

/** A lead opening with "Ngày mai", "Sáng mai": the article announces an event still to come. */
const PREVIEW_LEAD = /^(?:ngày|sáng|chiều|tối|trưa|đêm) mai(?![\p{L}\p{M}])/u;

/** A headline that puts a meeting in the future: "Tổng thống X sẽ gặp người đồng cấp Y tại G20?". */
const PREVIEW_HEADLINE = wholeWordsPattern(FUTURE_MARKERS.flatMap((marker) => PLANNED_MEETING_VERBS.map((verb) => `${marker} ${verb}`)));

function isPreview(doc: PreparedDocument): boolean {
  const headline = headlineOf(doc);
  if (headline && PREVIEW_HEADLINE.test(doc.folded.slice(headline.start, headline.end))) return true;
  return doc.sentences.slice(0, 2).some((s) => PREVIEW_LEAD.test(doc.folded.slice(s.start, Math.min(s.end, s.start + 12))));
}

function speakingSentences(person: Person): number[] {
  return person.slots.filter((s) => s.roles.size > 0).map((s) => s.sentence);
}

const seatedDesignations = new Set(SEATED_DESIGNATIONS);

/** "ĐB Bùi Quốc Phòng (Thái Bình) cho rằng": a delegate or voter speaks at a session, whenever the article names it. */
function speaksSeated(person: Person): boolean {
  return person.slots.some((s) => s.honorific !== null && seatedDesignations.has(s.honorific));
}

export function extractAttendees(doc: PreparedDocument): Attendee[] {
  const screens = screenSentences(doc);
  if (!screens.includes(Screen.Names) || isPreview(doc)) return [];
  const named = readScreened(doc, screens, Screen.Names);
  // Credits are read only where someone is named: most articles stop here.
  if (!named.some((s) => s.kind === 'name')) return [];
  // Searched by bisection for every slot: an article may credit hundreds of photos.
  const credits = new SpanCover(readCredits(doc).spans.map(([start, end]) => ({ start, end })));
  const slots = outsideCredits(doc, named, credits);
  if (!slots.some((s) => s.kind === 'name')) return [];
  slots.push(...outsideCredits(doc, readScreened(doc, screens, Screen.References), credits));
  slots.sort((a, b) => a.start - b.start);
  const facts = new LineFacts(doc);
  const occasions = new Occasions(doc);
  for (const slot of slots) {
    // Named in someone's quoted words or in a link to another story: spoken of, not present;
    // or acting at an earlier occasion.
    if (!facts.quoted(slot) && !facts.bracketed(slot) && !((slot.roles.size > 0 || slot.listed) && occasions.earlier(slot))) continue;
    slot.genitive = true;
    slot.roles.clear();
    slot.listed = false;
  }
  const attendees: Attendee[] = [];
  for (const person of resolvePeople(slots)) {
    const present = presence(facts, person);
    if (occasions.onlyCommentary(person, present)) continue;
    const roles = rolesOf(person, present);
    // A source quoted in a story that reports no event took part in none, nor one quoted well
    // before the story comes to any event (an issue told first, a meeting mentioned later).
    const told = speaksSeated(person) ? occasions.reportsEvent() : occasions.eventToldBy(speakingSentences(person));
    if (roles.size === 1 && roles.has('spoke') && present.length === 0 && !told) continue;
    if (roles.size > 0) attendees.push(toAttendee(doc, person, roles));
  }
  return attendees.sort((a, b) => a.start - b.start);
}
