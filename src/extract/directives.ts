/**
 * Directives: clauses in which a participant of the reported event, or the
 * conference itself, asks others to act ("đồng chí X đề nghị các cấp ủy tiếp
 * tục ..."). Each needs a directive verb used as a verb (not "đáp ứng yêu
 * cầu"), a subject who is a participant (a name, a bare "đồng chí", a title
 * alone, the conference) or the quoted speaker for a verb inside a
 * quotation ("tôi mong muốn ..."), and content after the verb. See
 * docs/ANNOTATION.md, "directives".
 */
import type { Attendee, Directive, Span } from '../model/report.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { CONTINUATION_MODALS, DIRECTIVE_VERBS, EARLIER_EVENT_OPENERS, MEETING_WORDS, TOPIC_MARKERS } from '../lexicon/directiveVerbs.js';
import { addresseeBounds, asksForAction, hasContent, quotations, textBounds, type Quotation } from './directives/content.js';
import { listItems } from './directives/items.js';
import { collectReferences } from './directives/references.js';
import { opensClause, speakerInQuote } from './directives/quoted.js';
import { subjectOf, type Context } from './directives/subject.js';
import { findVerbs, isVerbUse, type VerbOccurrence } from './directives/verbs.js';
import { isWordChar, longestEndingAt, longestStartingAt, makeView, type View } from './directives/view.js';
import { extractTitle } from './title.js';

/** The last directive found, for a next sentence that carries it on ("Trong đó cần lưu ý ..."). */
interface LastDirective {
  sentenceIndex: number;
  speaker: string | null;
}

/** Where a directive's text lies: a stretch of one sentence's view. */
interface Content {
  view: View;
  start: number;
  end: number;
  /** Whether an addressee may be looked for right at its start. */
  followsVerb: boolean;
}

/**
 * The content after a verb: up to the end of its sentence (or quotation).
 * A verb that ends its sentence with a colon ("đề nghị:") introduces the next
 * sentence, which is then its content.
 */
function contentOf(views: Views, index: number, occ: VerbOccurrence, quote: Quotation | undefined): Content | null {
  const view = views.get(index)!;
  const bounds = textBounds(view, occ.end, quote ? quote.close : view.folded.length);
  if (hasContent(view, bounds.start, bounds.end)) return { view, ...bounds, followsVerb: true };
  const next = views.get(index + 1);
  if (quote || !next || view.folded.slice(occ.end).trim() !== ':') return null;
  const nextBounds = textBounds(next, 0, next.folded.length);
  return hasContent(next, nextBounds.start, nextBounds.end) ? { view: next, ...nextBounds, followsVerb: false } : null;
}

/** "lưu ý" directs when a modal comes before it ("cần lưu ý"), it names whom it asks, or its content asks for action. */
function asksToNote(view: View, occ: VerbOccurrence, directive: Directive, content: Content): boolean {
  if (longestEndingAt(view.folded, occ.start, CONTINUATION_MODALS) >= 0) return true;
  return directive.addressee !== null || asksForAction(content.view, content.start, content.end);
}

/** Views of sentences, built only for the sentences that are read. */
class Views {
  private readonly cache = new Map<number, View>();

  constructor(private readonly doc: PreparedDocument) {}

  get(index: number): View | undefined {
    const sentence = this.doc.sentences[index];
    if (sentence === undefined) return undefined;
    let view = this.cache.get(index);
    if (!view) {
      view = makeView(this.doc, sentence.start, sentence.end);
      this.cache.set(index, view);
    }
    return view;
  }
}

/** Any directive verb, found in one pass over the text; each hit is checked as a whole word later. */
const VERB_HINT = new RegExp(
  DIRECTIVE_VERBS.map((v) => v.verb)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Indexes of the sentences that contain a directive verb, in order. */
function sentencesWithVerbs(doc: PreparedDocument): number[] {
  const found: number[] = [];
  const { sentences } = doc;
  let si = 0;
  VERB_HINT.lastIndex = sentences[0]?.start ?? 0;
  for (let m = VERB_HINT.exec(doc.folded); m !== null && si < sentences.length; m = VERB_HINT.exec(doc.folded)) {
    while (si < sentences.length && sentences[si].end <= m.index) si++;
    if (si < sentences.length && sentences[si].start <= m.index && found[found.length - 1] !== si) found.push(si);
  }
  return found;
}

/** Whether the body reports a meeting ("hội nghị", "kỳ họp" ...): only then can a body direct at it. */
function reportsMeeting(doc: PreparedDocument): boolean {
  return MEETING_WORDS.some((w) => {
    for (let i = doc.folded.indexOf(w); i >= 0; i = doc.folded.indexOf(w, i + 1)) {
      if (!isWordChar(doc.folded[i - 1]) && !isWordChar(doc.folded[i + w.length])) return true;
    }
    return false;
  });
}

function makeDirective(
  doc: PreparedDocument,
  view: View,
  sentence: Sentence,
  occ: VerbOccurrence,
  speaker: string | null,
  content: Content,
): Directive {
  const { view: cv } = content;
  const docStart = cv.at[content.start];
  const docEnd = cv.at[content.end - 1] + 1;
  const addressee = content.followsVerb ? addresseeBounds(cv, occ.end, content.end) : null;
  return {
    ...doc.span(view.at[occ.start], docEnd),
    speaker,
    verb: doc.text.slice(view.at[occ.start], view.at[occ.end - 1] + 1).toLowerCase(),
    text: doc.text.slice(docStart, docEnd),
    addressee: addressee ? doc.text.slice(cv.at[addressee.start], cv.at[addressee.end - 1] + 1) : null,
    sentence: doc.span(sentence.start, sentence.end),
  };
}

const MIN_BODY_SENTENCES = 3;

/**
 * The headline sums the story up; a directive in it is told again in the
 * body. Only a line that reads as a headline (no final period, a body after
 * it) is skipped, so that a text whose first paragraph was taken for its
 * title keeps its directives.
 */
function isHeadline(doc: PreparedDocument, sentence: Sentence, headline: Span | null): boolean {
  if (!headline || doc.sentences.length <= MIN_BODY_SENTENCES) return false;
  const span = doc.span(sentence.start, sentence.end);
  if (span.start >= headline.end || headline.start >= span.end) return false;
  // A line ending in a colon introduces what follows: never a headline.
  return !/[.!?…:]["”»]?$/u.test(sentence.text.trim());
}

export function extractDirectives(doc: PreparedDocument, attendees: Attendee[]): Directive[] {
  const candidates = sentencesWithVerbs(doc);
  if (candidates.length === 0) return [];
  const views = new Views(doc);
  const ctx: Context = { doc, attendees, refs: collectReferences(doc, attendees), meeting: reportsMeeting(doc) };
  const directives: Directive[] = [];
  let last: LastDirective | null = null;
  // Sentences up to this index are items of an earlier directive's list.
  let listUntil = -1;
  const headline = extractTitle(doc).span;
  for (const index of candidates) {
    const sentence = doc.sentences[index];
    if (index <= listUntil || isHeadline(doc, sentence, headline)) continue;
    const view = views.get(index)!;
    if (longestStartingAt(view.folded, 0, EARLIER_EVENT_OPENERS) >= 0) continue;
    const quotes = quotations(view);
    // Verbs inside the content of a directive (or of a reported statement) are not directives of their own.
    let consumedUntil = -1;
    for (const occ of findVerbs(view)) {
      if (occ.start < consumedUntil) continue;
      const quote = quotes.find((q) => q.open < occ.start && occ.end <= q.close);
      if (!isVerbUse(view, occ, quote ? quote.open + 1 : 0)) continue;
      const content = contentOf(views, index, occ, quote);
      if (!content) continue;
      let speaker = quote ? speakerInQuote(ctx, view, occ, quote) : subjectOf(ctx, view, occ.start, 0);
      if (!speaker && !quote && last?.sentenceIndex === index - 1 && opensClause(view, occ.start, 0)) {
        speaker = { speaker: last.speaker };
      }
      if (!speaker) continue;
      consumedUntil = content.view === view ? content.end : view.folded.length;
      if (occ.entry.verb === 'nhấn mạnh' && !asksForAction(content.view, content.start, content.end)) continue;
      if (occ.entry.verb === 'nhấn mạnh' && longestStartingAt(content.view.folded, content.start, TOPIC_MARKERS) >= 0) continue;
      const directive = makeDirective(doc, view, sentence, occ, speaker.speaker, content);
      // "lưu ý" also notes facts: it directs only when it names whom it asks or asks for action.
      if (occ.entry.verb === 'lưu ý' && !asksToNote(view, occ, directive, content)) continue;
      const list = quote ? null : listItems(doc, sentence, view, occ.end, view.folded.length);
      if (list) {
        directive.items = list.items;
        listUntil = Math.max(listUntil, list.lastSentence);
      }
      directives.push(directive);
      last = { sentenceIndex: index, speaker: speaker.speaker };
    }
  }
  return directives;
}
