/**
 * Speakers of directives inside quotations: "“..., tôi mong muốn các đồng
 * chí ...” - Thường trực Ban Bí thư X lưu ý." A verb inside a quotation is
 * the quoted speaker's when "tôi" is its subject or it opens the quotation;
 * the quoted speaker is the subject of the attribution after the quotation
 * (or before it: "X nói: “...”").
 */
import {
  CONTINUATION_MODALS,
  CONTINUATION_OPENERS,
  FIRST_PERSON,
  PAST_MARKERS,
  PRE_VERB_ADVERBS,
  SPEECH_VERBS,
} from '../../lexicon/directiveVerbs.js';
import type { Quotation } from './content.js';
import { stripAdverbs, subjectOf, type Context, type Speaker } from './subject.js';
import type { VerbOccurrence } from './verbs.js';
import { containsPhrase, longestEndingAt, longestStartingAt, skipSpaces, trimBack, wordStarts, type View } from './view.js';

const LEAD_IN = [...CONTINUATION_OPENERS, ...CONTINUATION_MODALS, ...PRE_VERB_ADVERBS];

/** Whether only openers, modals and commas stand between `floor` and `pos`. */
export function opensClause(view: View, pos: number, floor: number): boolean {
  let p = skipSpaces(view.folded, floor);
  for (;;) {
    if (p >= trimBack(view.folded, pos)) return true;
    if (view.folded[p] === ',') {
      p = skipSpaces(view.folded, p + 1);
      continue;
    }
    const end = longestStartingAt(view.folded, p, LEAD_IN);
    if (end < 0) return false;
    p = skipSpaces(view.folded, end);
  }
}

/** The speaker a quotation is attributed to, after it ("” - X nhấn mạnh.") or before it. */
function quotedSpeaker(ctx: Context, view: View, quote: Quotation): Speaker | undefined {
  for (const w of wordStarts(view.folded, quote.close + 1)) {
    if (longestStartingAt(view.folded, w, SPEECH_VERBS) < 0) continue;
    const speaker = subjectOf(ctx, view, w, quote.close + 1);
    if (speaker) return speaker;
  }
  const before = wordStarts(view.folded, 0, quote.open).reverse();
  for (const w of before) {
    if (longestStartingAt(view.folded, w, SPEECH_VERBS) < 0) continue;
    const speaker = subjectOf(ctx, view, w, 0);
    if (speaker) return speaker;
  }
  return undefined;
}

/** A verb inside a quotation is the quoted speaker's when "tôi" is its subject, or it opens the quotation. */
export function speakerInQuote(ctx: Context, view: View, occ: VerbOccurrence, quote: Quotation): Speaker | undefined {
  const floor = quote.open + 1;
  // "“đã đề xuất thành lập ...”": a past act the speaker reports, not a directive.
  const lead = stripAdverbs(view, occ.start, floor);
  if (PAST_MARKERS.some((m) => containsPhrase(view.folded, m, lead, occ.start))) return undefined;
  const firstPerson = longestEndingAt(view.folded, stripAdverbs(view, occ.start, floor), FIRST_PERSON) >= floor;
  if (!firstPerson && !opensClause(view, occ.start, floor)) return undefined;
  return quotedSpeaker(ctx, view, quote);
}
