/**
 * The prepared document every extractor works on: the normalized text, its
 * matching form, its lines classified (body, date line, furniture) and the
 * sentences of its body, with a way back to offsets in the decoded input.
 */
import type { Mention, Span } from '../model/report.js';
import { endsWithTerminal } from './chars.js';
import { fold } from './fold.js';
import { classifyLine, isProseLine, type LineKind } from './furniture.js';
import { normalizeText, toInputOffset } from './normalize.js';
import { splitSentences } from './sentences.js';

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

export interface Sentence {
  index: number;
  /** Offsets into `PreparedDocument.text`. */
  start: number;
  end: number;
  text: string;
  folded: string;
  lineIndex: number;
}

export interface PreparedDocument {
  source: string;
  /** The decoded input, as given: spans in the output point into this. */
  input: string;
  /** NFC, LF line endings. All extractor offsets are into this text. */
  text: string;
  /** Lower case, new-style tone placement; same length as `text`. */
  folded: string;
  lines: Line[];
  /** Sentences of the article body (text lines, furniture and date lines excluded). */
  sentences: Sentence[];
  /** A span of `text` as a span of `input`. */
  span(start: number, end: number): Span;
  /** A span of `text` as a mention, with its text as written in `input`. */
  mention(start: number, end: number): Mention;
}

function splitLines(text: string, folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineText = text.slice(start, end);
    lines.push({ index: lines.length, start, end, text: lineText, kind: classifyLine(lineText, folded.slice(start, end)) });
    start = end + 1;
  }
  return lines;
}

/**
 * After the last line of prose, the first furniture line opens the page
 * footer: everything from there on is furniture, whatever its shape
 * (addresses, editor boxes, names of site staff).
 */
function markFooter(lines: Line[]): void {
  // The last prose line, looked for from the end: most lines before it need not be examined.
  let lastProse = lines.length - 1;
  while (lastProse >= 0 && !(lines[lastProse].kind === 'text' && isProseLine(lines[lastProse].text))) lastProse--;
  if (lastProse < 0) return; // no prose to end: nothing to call a footer
  let inFooter = false;
  for (let i = lastProse + 1; i < lines.length; i++) {
    if (lines[i].kind === 'furniture') inFooter = true;
    else if (inFooter && lines[i].kind !== 'blank') lines[i].kind = 'furniture';
  }
}

/**
 * A text line that starts in lower case right after a text line that did not
 * end a sentence continues it (a caption or paragraph broken by the page).
 */
function continuesPrevious(line: Line, previous: Line | undefined): boolean {
  return (
    previous !== undefined &&
    previous.kind === 'text' &&
    /^\s*\p{Ll}/u.test(line.text) &&
    !endsWithTerminal(previous.text, isSentenceEnd)
  );
}

/** `.` `!` `?` `…` */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;

function bodySentences(lines: Line[], text: string, folded: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (start: number, end: number, lineIndex: number) =>
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: text.slice(start, end),
      folded: folded.slice(start, end),
      lineIndex,
    });
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    const spans = splitSentences(line.text, line.start);
    if (spans.length > 0 && continuesPrevious(line, lines[line.index - 1]) && sentences.length > 0) {
      const last = sentences.pop()!;
      add(last.start, spans.shift()!.end, last.lineIndex);
    }
    for (const s of spans) add(s.start, s.end, line.index);
  }
  return sentences;
}

export function prepareDocument(input: string, source = '-'): PreparedDocument {
  const { text, offsets } = normalizeText(input);
  const folded = fold(text);
  const lines = splitLines(text, folded);
  markFooter(lines);
  const sentences = bodySentences(lines, text, folded);
  const span = (start: number, end: number): Span => ({
    start: toInputOffset(offsets, start),
    end: toInputOffset(offsets, end),
  });
  // Extractors make many mentions: no intermediate span object to spread.
  const mention = (start: number, end: number): Mention => {
    const inputStart = toInputOffset(offsets, start);
    const inputEnd = toInputOffset(offsets, end);
    return { start: inputStart, end: inputEnd, text: input.slice(inputStart, inputEnd) };
  };
  return { source, input, text, folded, lines, sentences, span, mention };
}
