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
import { CONTINUATION_MODALS, EARLIER_EVENT_OPENERS, MEETING_WORDS, TOPIC_MARKERS } from '../lexicon/directiveVerbs.js';
import { addresseeBounds, asksForAction, hasContent, quotations, textBounds, type Quotation } from './directives/content.js';
import { listItems } from './directives/items.js';
import { collectReferences, type Reference } from './directives/references.js';
import { opensClause, speakerInQuote } from './directives/quoted.js';
import { followsQuotation, inPetition, isHabitual, isReportedPast, opensOnEarlierTime, sourcePhrase } from './directives/frames.js';
import { personIn, stripAdverbs, subjectOf, type Context, type Speaker } from './directives/subject.js';
import { findVerbs, isVerbUse, VERB_PATTERN, type VerbOccurrence } from './directives/verbs.js';
import { isWordChar, longestEndingAt, longestStartingAt, makeView, type View } from './directives/view.js';
import { extractTitle } from './title.js';
import { wholeWordsPattern } from '../text/phrasePattern.js';
import { spanIndexAt } from '../text/sorted.js';

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


/** Any directive verb, found in one pass over the text (faster than a search per verb); whole words are checked after. */
const VERB_HINT = new RegExp(VERB_PATTERN, 'g');

/**
 * Indexes of the sentences that contain a directive verb as a whole word, in
 * order: the cheap screen that spares the other sentences any further work.
 */
function sentencesWithVerbs(doc: PreparedDocument): number[] {
  const { folded, sentences } = doc;
  const found: number[] = [];
  if (sentences.length === 0) return found;
  VERB_HINT.lastIndex = sentences[0].start;
  for (let m = VERB_HINT.exec(folded); m !== null; m = VERB_HINT.exec(folded)) {
    const i = m.index;
    if (isWordChar(folded[i - 1]) || isWordChar(folded[i + m[0].length])) {
      // "mong" inside "mong muốn" is found as the longer verb; a hit inside a word ("giaothông") skips one character.
      VERB_HINT.lastIndex = i + 1;
      continue;
    }
    const index = spanIndexAt(doc.sentences, i);
    if (index >= 0 && found[found.length - 1] !== index) found.push(index);
  }
  return found;
}

/** Any meeting noun as a word of its own. */
const MEETING_WORD = wholeWordsPattern(MEETING_WORDS);

/** Whether the body reports a meeting ("hội nghị", "kỳ họp" ...): only then can a body direct at it. */
function reportsMeeting(doc: PreparedDocument): boolean {
  return MEETING_WORD.test(doc.folded);
}

function makeDirective(
  doc: PreparedDocument,
  view: View,
  sentence: Sentence,
  occ: VerbOccurrence,
  speaker: Speaker,
  content: Content,
): Directive {
  const { view: cv } = content;
  const docStart = cv.at[content.start];
  const docEnd = cv.at[content.end - 1] + 1;
  const after = content.followsVerb ? addresseeBounds(cv, occ.end, content.end) : null;
  // Named after the verb ("đề nghị Ban Dân vận ..."), or before it as the recipient of a written order.
  const addressee = after ? { view: cv, ...after } : speaker.addressee ? { view, ...speaker.addressee } : null;
  return {
    ...doc.span(view.at[occ.start], docEnd),
    speaker: speaker.speaker,
    verb: doc.text.slice(view.at[occ.start], view.at[occ.end - 1] + 1).toLowerCase(),
    text: doc.text.slice(docStart, docEnd),
    addressee: addressee ? doc.text.slice(addressee.view.at[addressee.start], addressee.view.at[addressee.end - 1] + 1) : null,
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

/**
 * Whether the verb, outside quotations, tells of a directive given elsewhere
 * or reported rather than given at the event (see ./directives/frames.ts).
 */
function toldOfElsewhere(ctx: Context, view: View, occ: VerbOccurrence, speaker: Speaker): boolean {
  const lead = stripAdverbs(view, occ.start, 0);
  if (isReportedPast(view, lead, occ.start, 0) || isHabitual(view, lead, occ.start)) return true;
  if (opensOnEarlierTime(view, occ.start) || inPetition(view, occ.start, 0)) return true;
  const source = sourcePhrase(view, (start, end) => personIn(ctx, view, start, end) !== undefined);
  return source !== null && source.end < occ.start && personIn(ctx, view, source.start, source.end)?.speaker !== speaker.speaker;
}

/** The context of speakers, its costly parts (references, whether a meeting is reported) worked out on first use. */
function lazyContext(doc: PreparedDocument, attendees: Attendee[]): Context {
  let refs: Reference[] | undefined;
  let meeting: boolean | undefined;
  return {
    doc,
    attendees,
    get refs() {
      return (refs ??= collectReferences(doc, attendees));
    },
    get meeting() {
      return (meeting ??= reportsMeeting(doc));
    },
  };
}

export function extractDirectives(doc: PreparedDocument, attendees: Attendee[]): Directive[] {
  const candidates = sentencesWithVerbs(doc);
  if (candidates.length === 0) return [];
  const views = new Views(doc);
  const ctx = lazyContext(doc, attendees);
  const directives: Directive[] = [];
  let last: LastDirective | null = null;
  // Sentences up to this index are items of an earlier directive's list.
  let listUntil = -1;
  let headline: Span | null | undefined;
  for (const index of candidates) {
    const sentence = doc.sentences[index];
    if (index <= listUntil) continue;
    headline ??= extractTitle(doc).span;
    if (isHeadline(doc, sentence, headline)) continue;
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
      // Attributing a quotation before it, the verb has no content of its own: "“…” - X nhấn mạnh và yêu cầu ...".
      if (!quote && followsQuotation(view, quotes, occ.start)) continue;
      consumedUntil = content.view === view ? content.end : view.folded.length;
      if (!quote && toldOfElsewhere(ctx, view, occ, speaker)) continue;
      if (occ.entry.verb === 'nhấn mạnh' && !asksForAction(content.view, content.start, content.end)) continue;
      if (occ.entry.verb === 'nhấn mạnh' && longestStartingAt(content.view.folded, content.start, TOPIC_MARKERS) >= 0) continue;
      const directive = makeDirective(doc, view, sentence, occ, speaker, content);
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
