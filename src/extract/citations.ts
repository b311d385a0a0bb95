/**
 * Citations of numbered Party and State documents: "Nghị quyết số 25-NQ/TW
 * ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về ...".
 *
 * Four steps, as in eyecite: find every document symbol in the body text
 * (citations/symbols.ts), read what the sentence says around it (kind word
 * and "số" before; date, issuing body, term and subject after:
 * citations/context.ts), resolve the short forms ("Nghị quyết 25", "Nghị
 * quyết này") to the documents they name (citations/shortForms.ts), then
 * merge the mentions of one document into one citation. Numbered documents
 * named without a symbol go to the references.
 */
import type { Citation, CitationMention, DocumentReference, Span } from '../model/report.js';
import { isSpaceCode } from '../text/chars.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { bodiesDisagree, UNCODED_BY_WORD } from './citations/codes.js';
import { readLead, readTail, type Tail, type TextSpan } from './citations/context.js';
import { mayHoldReferences, resolveShortForms, type FullMention, type ReferenceMention, type ShortFormVia } from './citations/shortForms.js';
import { findSymbols, findUnknownSymbols, type DocumentSymbol, type UnknownSymbol } from './citations/symbols.js';

export { findSymbols, type DocumentSymbol, type UnknownSymbol } from './citations/symbols.js';
export type { Tail, TextSpan, WrittenDate } from './citations/context.js';

// ---------------------------------------------------------------------------
// The sentences to read.

/** `.` `!` `?` `…` `:` `;` */
const isEndMark = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a || code === 0x3b;
/** `"` `”` `»` `)` `'` */
const isClosingMark = (code: number) => code === 0x22 || code === 0x201d || code === 0xbb || code === 0x29 || code === 0x27;

/**
 * A sentence that ends with an end mark, perhaps followed by a closing quote
 * or bracket, has ended; one that does not may go on after a line break.
 * Read from the end (an end-anchored pattern is tried from every position).
 */
function hasEnded(text: string, sentence: Span): boolean {
  const { start, end } = sentence;
  const last = end > start ? text.charCodeAt(end - 1) : NaN;
  return isEndMark(last) || (end - start >= 2 && isClosingMark(last) && isEndMark(text.charCodeAt(end - 2)));
}
/** Whether `text` from `start` to `end` is white space holding at most one line break: a wrapped line, not a new paragraph. */
function isLineWrap(text: string, start: number, end: number): boolean {
  let breaks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code) || (code === 0x0a && ++breaks > 1)) return false;
  }
  return true;
}

/**
 * The body sentences, with a sentence that stops mid-phrase at a line break
 * joined to the next one ("số 35-" + "NQ/TW ngày ..."), so that a symbol or
 * its date and body may be broken across lines.
 */
function logicalSentences(sentences: readonly Sentence[], text: string): Span[] {
  const spans: Span[] = [];
  let previous: Sentence | null = null;
  for (const sentence of sentences) {
    const last = spans[spans.length - 1];
    const wrapped =
      previous !== null && !hasEnded(text, previous) && isLineWrap(text, previous.end, sentence.start);
    if (last && wrapped) last.end = sentence.end;
    else spans.push({ start: sentence.start, end: sentence.end });
    previous = sentence;
  }
  return spans;
}

/** Laws carry no kind code: the word before the symbol names their kind. */
function settledKind(symbol: DocumentSymbol, kindWord: string | null): { kind: string; kindName: string | null } {
  if (symbol.kind !== '' || kindWord === null) return { kind: symbol.kind, kindName: symbol.kindName };
  const kind = UNCODED_BY_WORD.get(kindWord);
  return kind ? { kind: kind.code, kindName: kind.name } : { kind: '', kindName: null };
}

/** The symbols inside one sentence, each read up to the next one's lead. */
function readSentence(doc: PreparedDocument, sentence: Span, symbols: DocumentSymbol[]): FullMention[] {
  const leads = symbols.map((s) => readLead(doc.folded, s.start, sentence.start));
  return symbols.map((symbol, i) => {
    const limit = i + 1 < symbols.length ? leads[i + 1].start : sentence.end;
    const tail = readTail(doc, symbol.end, symbol.year, limit);
    return { symbol, lead: leads[i], tail, ...settledKind(symbol, leads[i].kindWord) };
  });
}

/**
 * Which logical sentence each symbol stands in, for the sentences that hold
 * any; symbols in page furniture are left out.
 */
function bySentence<T extends Span>(sentences: readonly Span[], items: readonly T[]): { sentence: Span; items: T[] }[] {
  const out: { sentence: Span; items: T[] }[] = [];
  let next = 0;
  for (const sentence of sentences) {
    if (next >= items.length) break;
    while (next < items.length && items[next].start < sentence.start) next++;
    const inside: T[] = [];
    for (; next < items.length && items[next].start < sentence.end; next++) {
      if (items[next].end <= sentence.end) inside.push(items[next]);
    }
    if (inside.length > 0) out.push({ sentence, items: inside });
  }
  return out;
}

// ---------------------------------------------------------------------------
// The analysis: every mention, with what `check` needs to judge it.

/** One mention of a cited document, full or short, in offsets of `doc.text`. */
export interface MentionDetail extends TextSpan {
  id: string;
  short: boolean;
  via: ShortFormVia | null;
  /** The symbol as read (full mentions only). */
  symbol: DocumentSymbol | null;
  /** The kind word before the number, folded, and where it stands as written. */
  kindWord: string | null;
  kindWordSpan: TextSpan | null;
  /** Date, issuing body, term and subject after the mention; null for "Nghị quyết này". */
  tail: Tail | null;
}

export interface CitationAnalysis {
  citations: Citation[];
  references: DocumentReference[];
  /** Every mention of a cited document, in text order. */
  mentions: MentionDetail[];
  /** Symbol-shaped strings with an unknown kind or issuer code, meant as symbols. */
  unknownSymbols: UnknownSymbol[];
}

function toCitation(doc: PreparedDocument, found: FullMention): Citation {
  const { symbol, tail } = found;
  const mention: CitationMention = doc.mention(symbol.start, symbol.end);
  return {
    ...doc.span(symbol.start, symbol.end),
    id: symbol.id,
    date: tail.date,
    issuedBy: tail.issuedBy,
    system: symbol.system,
    number: symbol.number,
    kind: found.kind,
    kindName: found.kindName,
    issuer: symbol.issuer,
    issuerName: symbol.issuerName,
    year: symbol.year,
    term: tail.term,
    subject: tail.subject,
    mentions: [mention],
  };
}

/** A later mention fills what the first left empty. */
function mergeInto(citation: Citation, later: Citation): void {
  citation.date ??= later.date;
  citation.issuedBy ??= later.issuedBy;
  citation.term ??= later.term;
  citation.subject ??= later.subject;
  if (citation.kindName === null && later.kindName !== null) {
    citation.kind = later.kind;
    citation.kindName = later.kindName;
  }
  for (const mention of later.mentions) citation.mentions.push(mention);
}

function mergeCitations(doc: PreparedDocument, found: readonly FullMention[]): Map<string, Citation> {
  const byId = new Map<string, Citation>();
  for (const f of found) {
    const citation = toCitation(doc, f);
    const key = citation.id.toUpperCase();
    const existing = byId.get(key);
    if (existing) mergeInto(existing, citation);
    else byId.set(key, citation);
  }
  return byId;
}

function fullDetail(found: FullMention): MentionDetail {
  const { symbol, lead, tail } = found;
  return {
    id: symbol.id,
    start: symbol.start,
    end: symbol.end,
    short: false,
    via: null,
    symbol,
    kindWord: lead.kindWord,
    kindWordSpan: lead.kindWordSpan,
    tail,
  };
}

/** References with the same kind word and number, and no disagreeing body, are one document. */
function mergeReferences(doc: PreparedDocument, mentions: readonly ReferenceMention[]): DocumentReference[] {
  const out: DocumentReference[] = [];
  const byKey = new Map<string, DocumentReference[]>();
  for (const m of mentions) {
    const key = `${m.kindWord} ${m.number.toLowerCase().replace(/^0+(?=\d)/u, '')}`;
    const sameKey = byKey.get(key) ?? [];
    const same = sameKey.find((r) => !(r.issuedBy && m.tail.issuedBy && bodiesDisagree(r.issuedBy, m.tail.issuedBy)));
    if (same) {
      same.mentions.push(doc.mention(m.start, m.end));
      same.issuedBy ??= m.tail.issuedBy;
      same.date ??= m.tail.date;
      continue;
    }
    const reference: DocumentReference = {
      ...doc.span(m.start, m.end),
      kindWord: doc.text.slice(m.kindWordSpan.start, m.kindWordSpan.end),
      number: m.number,
      issuedBy: m.tail.issuedBy,
      date: m.tail.date,
      mentions: [doc.mention(m.start, m.end)],
    };
    sameKey.push(reference);
    byKey.set(key, sameKey);
    out.push(reference);
  }
  return out;
}

/**
 * Symbol-shaped strings with an unknown code that the text means as a symbol:
 * "số" or a kind word before them, or a known kind and an issuer in capitals.
 */
function meantAsSymbols(doc: PreparedDocument, sentences: readonly Span[], unknown: UnknownSymbol[]): UnknownSymbol[] {
  return bySentence(sentences, unknown).flatMap(({ sentence, items }) =>
    items.filter((u) => {
      const lead = readLead(doc.folded, u.start, sentence.start);
      return lead.start < u.start || (u.kindKnown && /^\p{Lu}+$/u.test(u.issuer));
    }),
  );
}

function analyze(doc: PreparedDocument): CitationAnalysis {
  const symbols = findSymbols(doc.text, doc.folded);
  // Most texts cite nothing: no symbol, known or not, and no number after a kind word.
  let unknown: UnknownSymbol[] | null = null;
  if (symbols.length === 0 && !mayHoldReferences(doc.folded)) {
    unknown = findUnknownSymbols(doc.text, doc.folded, symbols);
    if (unknown.length === 0) return { citations: [], references: [], mentions: [], unknownSymbols: [] };
  }
  const sentences = logicalSentences(doc.sentences, doc.text);
  const found = bySentence(sentences, symbols).flatMap(({ sentence, items }) => readSentence(doc, sentence, items));
  const byId = mergeCitations(doc, found);
  const { shorts, references } = resolveShortForms(doc, sentences, found);
  const mentions: MentionDetail[] = found.map(fullDetail);
  for (const s of shorts) {
    const citation = byId.get(s.id.toUpperCase());
    if (!citation) continue;
    citation.mentions.push({ ...doc.mention(s.start, s.end), short: true });
    if (s.tail) {
      citation.date ??= s.tail.date;
      citation.issuedBy ??= s.tail.issuedBy;
    }
    mentions.push({ id: s.id, start: s.start, end: s.end, short: true, via: s.via, symbol: null, kindWord: s.kindWord, kindWordSpan: s.kindWordSpan, tail: s.tail });
  }
  for (const citation of byId.values()) citation.mentions.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
  return {
    citations: [...byId.values()],
    references: mergeReferences(doc, references),
    mentions,
    unknownSymbols: meantAsSymbols(doc, sentences, unknown ?? findUnknownSymbols(doc.text, doc.folded, symbols)),
  };
}

const analyses = new WeakMap<PreparedDocument, CitationAnalysis>();

/** Citations, references and every mention of a document, computed once per prepared document. */
export function analyzeCitations(doc: PreparedDocument): CitationAnalysis {
  let analysis = analyses.get(doc);
  if (!analysis) {
    analysis = analyze(doc);
    analyses.set(doc, analysis);
  }
  return analysis;
}

export function extractCitations(doc: PreparedDocument): Citation[] {
  return analyzeCitations(doc).citations;
}

/** Numbered documents named without a symbol that no citation of the text covers. */
export function extractReferences(doc: PreparedDocument): DocumentReference[] {
  return analyzeCitations(doc).references;
}
