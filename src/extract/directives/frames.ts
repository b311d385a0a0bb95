/**
 * Frames that make a directive verb tell of something other than a
 * directive given at the reported event (issue 5, ANNOTATION.md):
 *
 * - reported past: "ông X nói rằng ông đã đề nghị ...", "X cho biết đã chỉ
 *   đạo ..." (a past marker before the verb, a verb of saying before that);
 * - habit: "Bộ Y tế thường xuyên yêu cầu ...";
 * - an earlier time in the opening phrase: "Tại buổi làm việc cuối năm
 *   ngoái, ...";
 * - a petition's content: "UBND tỉnh kiến nghị Thủ tướng chỉ đạo Bộ ...";
 * - a source's account: "Theo ông X, Sở Y tế đã ...; đồng thời yêu cầu ..."
 *   (only the source's own directives count);
 * - speech reported after its quotation: "“…”, đồng chí X nhấn mạnh".
 */
import {
  EARLIER_TIMES,
  HABITUAL_MARKERS,
  INDIRECT_SPEECH_VERBS,
  NOUN_MARKERS_BEFORE,
  PAST_MARKERS,
  PETITION_VERBS,
  SOURCE_MARKERS,
  SPEECH_VERBS,
} from '../../lexicon/directiveVerbs.js';
import type { Quotation } from './content.js';
import { containsPhrase, longestEndingAt, longestStartingAt, skipSpaces, wordStarts, type View } from './view.js';

/** Marks that end a clause: a frame never reaches across them. */
const CLAUSE_ENDS = new Set([';', ':', '.', '!', '?', '“', '”', '"', '«', '»']);

/** The start of the clause holding view offset `pos`: after the last clause end before it (or `floor`). */
function clauseStart(view: View, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_ENDS.has(view.folded[i])) return i + 1;
  return floor;
}

/** Whether one of `phrases` stands as whole words in view[from, to). */
function containsAny(view: View, phrases: readonly string[], from: number, to: number): boolean {
  return from < to && phrases.some((p) => containsPhrase(view.folded, p, from, to));
}

/**
 * Whether the verb at `verbStart`, whose subject ends where its adverbs
 * begin (`lead`), is told as a past act inside reported speech.
 */
export function isReportedPast(view: View, lead: number, verbStart: number, floor: number): boolean {
  if (!containsAny(view, PAST_MARKERS, lead, verbStart)) return false;
  return containsAny(view, INDIRECT_SPEECH_VERBS, clauseStart(view, lead, floor), lead);
}

/** Whether an adverb of habit stands between the subject and the verb. */
export function isHabitual(view: View, lead: number, verbStart: number): boolean {
  return containsAny(view, HABITUAL_MARKERS, lead, verbStart);
}

/** The end of the sentence's opening phrase (its first comma), or -1 when it has none. */
function openingPhraseEnd(view: View): number {
  const comma = view.folded.indexOf(',');
  return comma < 0 ? -1 : comma;
}

/** Whether the sentence's opening phrase names an earlier time ("Hồi tháng 11 năm ngoái, ..."). */
export function opensOnEarlierTime(view: View, verbStart: number): boolean {
  const end = openingPhraseEnd(view);
  return end >= 0 && end < verbStart && containsAny(view, EARLIER_TIMES, 0, end);
}

/** Whether a petition verb stands earlier in the verb's clause: the verb is what is petitioned for. */
export function inPetition(view: View, verbStart: number, floor: number): boolean {
  const from = clauseStart(view, verbStart, floor);
  return PETITION_VERBS.some((verb) => {
    for (let i = view.folded.indexOf(verb, from); i >= 0 && i < verbStart; i = view.folded.indexOf(verb, i + 1)) {
      // "Bên cạnh việc kiến nghị ..., X nhấn mạnh": a petition named as a noun frames nothing.
      if (containsPhrase(view.folded, verb, i, i + verb.length) && longestEndingAt(view.folded, i, NOUN_MARKERS_BEFORE) < 0) return true;
    }
    return false;
  });
}

/**
 * The opening phrase "Theo <source>," of a sentence, as view offsets, or
 * null. `namesPerson` tells whether the phrase names a person ("Theo ông
 * X", not "Theo đó", "Theo kế hoạch").
 */
export function sourcePhrase(view: View, namesPerson: (start: number, end: number) => boolean): { start: number; end: number } | null {
  if (longestStartingAt(view.folded, 0, SOURCE_MARKERS) < 0) return null;
  const end = openingPhraseEnd(view);
  if (end < 0 || !namesPerson(0, end)) return null;
  return { start: 0, end };
}

/** Fewer words than this in quotation marks make a name or slogan. */
const MIN_QUOTED_SPEECH_WORDS = 6;

/** The most words between a quotation and the verb of its attribution ("”, đồng chí X, Bí thư Tỉnh ủy, nhấn mạnh"). */
const MAX_ATTRIBUTION_WORDS = 24;

/**
 * Whether the verb attributes a quotation that opens the sentence: "“…”,
 * đồng chí X nhấn mạnh ...". Its content is the quotation, before it.
 */
export function followsQuotation(view: View, quotes: readonly Quotation[], verbStart: number): boolean {
  const first = quotes[0];
  if (!first || first.close >= verbStart || skipSpaces(view.folded, 0) < first.open - 2) return false;
  // A short quoted name or slogan ("“Dân vận khéo”") is a noun phrase, not a quotation of speech.
  if (wordStarts(view.folded, first.open, first.close).length < MIN_QUOTED_SPEECH_WORDS) return false;
  const last = quotes.filter((q) => q.close < verbStart).pop()!;
  const between = last.close + 1;
  if (wordStarts(view.folded, between, verbStart).length > MAX_ATTRIBUTION_WORDS) return false;
  return !containsAny(view, SPEECH_VERBS, between, verbStart);
}
