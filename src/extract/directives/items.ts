/**
 * The list a directive introduces with a colon ("yêu cầu ... thực hiện tốt
 * một số nhiệm vụ: ..."), kept as the directive's items. The rule:
 *
 * - Inline: the colon stands inside the sentence and what follows it splits
 *   into two or more parts at semicolons (or, failing that, at inline list
 *   markers " - ", " + "): each part is an item.
 * - Block: the colon ends the sentence and its line. Then the following text
 *   lines that open with a list marker ("- ", "+ ", "• ", "1.", "2)", "a)",
 *   "Thứ nhất,", "Một là,") are the items, one per line, up to the first
 *   line without one. When the first following line has no marker, the
 *   sentences of that one paragraph are the items.
 *
 * Sentences taken as items are the directive's content: their own verbs are
 * not directives of their own.
 */
import type { Mention } from '../../model/report.js';
import { LIST_WORD_MARKERS } from '../../lexicon/directiveVerbs.js';
import type { PreparedDocument, Sentence } from '../../text/document.js';
import type { View } from './view.js';

export interface ListItems {
  items: Mention[];
  /** Index of the last sentence the items cover (the directive's own sentence for an inline list). */
  lastSentence: number;
}

/** A list marker at the start of a line: a bullet, a number or letter with "." or ")", or a word marker. */
const SYMBOL_MARKER = /^[ \t\u00a0]*(?:[-+•*–—▪●○◦]|\d{1,2}[.)]|[a-zđ][)]|\(\d{1,2}\)|\([a-zđ]\))(?=[ \t\u00a0])/u;
const WORD_MARKER = new RegExp(`^[ \\t\\u00a0]*(?:${LIST_WORD_MARKERS.join('|')})[ \\t\\u00a0]*[,:.]`, 'u');
/** Inline markers between items on one line: " - ", " + ". */
const INLINE_MARKER = /[ \t\u00a0][-+•][ \t\u00a0]/gu;

function isListLine(text: string, folded: string): boolean {
  return SYMBOL_MARKER.test(text) || WORD_MARKER.test(folded);
}

/** A mention of text[start, end) trimmed of white space and trailing ";" or ",". */
function trimmedMention(doc: PreparedDocument, start: number, end: number): Mention | null {
  let s = start;
  let e = end;
  while (s < e && /[\s]/u.test(doc.text[s])) s++;
  while (e > s && /[\s;,]/u.test(doc.text[e - 1])) e--;
  return e > s ? doc.mention(s, e) : null;
}

/** Items of an inline list after the colon at view offset `colon`, up to view offset `end`. */
function inlineItems(doc: PreparedDocument, view: View, colon: number, end: number): Mention[] | null {
  const from = view.at[colon] + 1;
  const to = view.at[end - 1] + 1;
  const rest = doc.text.slice(from, to);
  let cuts = [...rest.matchAll(/;/gu)].map((m) => m.index!);
  if (cuts.length === 0) cuts = [...rest.matchAll(INLINE_MARKER)].map((m) => m.index!);
  if (cuts.length === 0) return null;
  const items: Mention[] = [];
  let start = 0;
  for (const cut of [...cuts, rest.length]) {
    const piece = doc.text.slice(from + start, from + cut).replace(/^[\s\-+•]+/u, '');
    const item = trimmedMention(doc, from + cut - piece.length, from + cut);
    if (item) items.push(item);
    start = cut + 1;
  }
  return items.length >= 2 ? items : null;
}

/** Items on the lines after the directive's line (the colon ends it). */
function blockItems(doc: PreparedDocument, sentence: Sentence): ListItems | null {
  const lines = doc.lines;
  let i = sentence.lineIndex + 1;
  while (i < lines.length && lines[i].kind === 'blank') i++;
  if (i >= lines.length || lines[i].kind !== 'text') return null;
  const lastLine = lineRun(doc, i);
  const items: Mention[] = [];
  for (let k = i; k <= lastLine; k++) {
    if (lines[k].kind !== 'text') continue;
    const item = trimmedMention(doc, lines[k].start, lines[k].end);
    if (item) items.push(item);
  }
  let lastSentence = sentence.index;
  while (lastSentence + 1 < doc.sentences.length && doc.sentences[lastSentence + 1].lineIndex <= lastLine) lastSentence++;
  if (lastLine === i && !isListLine(lines[i].text, doc.folded.slice(lines[i].start, lines[i].end))) {
    // One paragraph without markers: its sentences are the items.
    const sentences = doc.sentences.filter((s) => s.lineIndex === i);
    return { items: sentences.map((s) => doc.mention(s.start, s.end)), lastSentence };
  }
  return items.length > 0 ? { items, lastSentence } : null;
}

/** The last line of the list that starts at line `first`: marked lines in a row (blank lines between allowed). */
function lineRun(doc: PreparedDocument, first: number): number {
  const lines = doc.lines;
  if (!isListLine(lines[first].text, doc.folded.slice(lines[first].start, lines[first].end))) return first;
  let last = first;
  for (let k = first + 1; k < lines.length; k++) {
    if (lines[k].kind === 'blank') continue;
    if (lines[k].kind !== 'text' || !isListLine(lines[k].text, doc.folded.slice(lines[k].start, lines[k].end))) break;
    last = k;
  }
  return last;
}

/**
 * The items of the list a directive's content introduces, or null. `view`
 * is the directive's sentence, `start`/`end` its content in the view.
 */
export function listItems(doc: PreparedDocument, sentence: Sentence, view: View, start: number, end: number): ListItems | null {
  const colon = view.folded.indexOf(':', start);
  if (colon < 0 || colon >= end) return null;
  const afterColon = view.folded.slice(colon + 1, end).trim();
  if (afterColon.length > 0) {
    const items = inlineItems(doc, view, colon, end);
    return items ? { items, lastSentence: sentence.index } : null;
  }
  const lastOnLine = doc.sentences[sentence.index + 1]?.lineIndex !== sentence.lineIndex;
  return lastOnLine ? blockItems(doc, sentence) : null;
}
