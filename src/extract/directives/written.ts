/**
 * Orders given in writing: "Thứ trưởng X đã ký công văn hỏa tốc gửi Sở Y
 * yêu cầu ...", "Chủ tịch UBND tỉnh X có ý kiến chỉ đạo giao cho Sở Nội vụ
 * ...". Between the signer and the directive verb stand an issuing verb
 * ("ký", "ban hành", "có"), the document ("công văn", "công điện") with its
 * description, and optionally "gửi" and the recipient. This module finds that
 * bridge, reading backwards from the directive verb; the subject module then
 * reads the signer before it.
 */
import {
  ISSUING_ASPECTS,
  ISSUING_VERBS,
  MAX_DOCUMENT_WORDS,
  MAX_RECIPIENT_WORDS,
  RECIPIENT_MARKERS,
  WRITTEN_ORDER_NOUNS,
} from '../../lexicon/directiveVerbs.js';
import { longestEndingAt, longestStartingAt, skipSpaces, stripPhrasesBefore, trimBack, wordStarts, type View } from './view.js';

export interface WrittenOrder {
  /** View offset where the signer's clause ends (before "đã ký ..."). */
  signerEnd: number;
  /** The recipient named after "gửi", as view offsets, or null. */
  recipient: { start: number; end: number } | null;
}

/** Punctuation that ends the bridge: it stands within one clause. */
const CLAUSE_BREAK = /[;:.!?“”"«»()]/u;

/** The document noun that starts, within MAX_DOCUMENT_WORDS words, the stretch ending at `end`; its start or -1. */
function documentBefore(view: View, from: number, end: number): number {
  const words = wordStarts(view.folded, from, end);
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_DOCUMENT_WORDS; k--) {
    if (longestStartingAt(view.folded, words[k], WRITTEN_ORDER_NOUNS) >= 0) return words[k];
  }
  return -1;
}

/** The recipient after the last recipient marker before `end`, if the stretch reads as one. */
function recipientBefore(view: View, from: number, end: number): { marker: number; start: number } | null {
  const words = wordStarts(view.folded, from, end);
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_RECIPIENT_WORDS + 1; k--) {
    const markerEnd = longestStartingAt(view.folded, words[k], RECIPIENT_MARKERS);
    if (markerEnd < 0) continue;
    const start = skipSpaces(view.folded, markerEnd);
    // "gửi cho", as "giao cho": the recipient follows "cho".
    const afterCho = view.folded.startsWith('cho ', start) ? skipSpaces(view.folded, start + 4) : start;
    return afterCho < end ? { marker: words[k], start: afterCho } : null;
  }
  return null;
}

/**
 * The written-order bridge ending at view offset `pos` (the directive verb's
 * start, adverbs stripped): where the signer's clause ends and the
 * recipient, or undefined when no document is issued right before the verb.
 */
export function writtenOrderBefore(view: View, pos: number, floor: number): WrittenOrder | undefined {
  let from = floor;
  for (let i = pos - 1; i >= floor; i--) {
    if (CLAUSE_BREAK.test(view.folded[i])) {
      from = i + 1;
      break;
    }
  }
  const recipient = recipientBefore(view, from, pos);
  const documentEnd = recipient ? trimBack(view.folded, recipient.marker) : pos;
  const documentStart = documentBefore(view, from, documentEnd);
  if (documentStart < 0) return undefined;
  const issuing = longestEndingAt(view.folded, documentStart, ISSUING_VERBS);
  if (issuing < from) return undefined;
  // Aspect words before the issuing verb ("đã ký" is signed), none starting at `from` itself.
  const signerEnd = stripPhrasesBefore(view, issuing, from + 1, ISSUING_ASPECTS);
  if (signerEnd <= from) return undefined;
  const recipientEnd = trimBack(view.folded, pos);
  return {
    signerEnd,
    recipient: recipient && recipient.start < recipientEnd ? { start: recipient.start, end: recipientEnd } : null,
  };
}
