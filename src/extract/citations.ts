/**
 * Citations of numbered Party and State documents: "Nghị quyết số 25-NQ/TW
 * ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về ...".
 *
 * Three steps, as in eyecite: find every document symbol in the body text,
 * read what the sentence says around it (kind word and "số" before; date,
 * issuing body, term and subject after), then merge the mentions of one
 * document into one citation.
 */
import type { Citation, CitationMention, DocumentSystem, Span } from '../model/report.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { fold } from '../text/fold.js';
import { dateAt, toIsoDate } from './dates.js';
import {
  BODY_FOLLOWERS,
  CLAUSE_OPENERS,
  DOCUMENT_KIND_WORDS,
  DOCUMENT_KINDS,
  UNCODED_KINDS,
  type DocumentKind,
} from '../lexicon/documentKinds.js';
import {
  LEGISLATIVE_ISSUERS,
  PARTY_DEPARTMENTS,
  PARTY_ISSUERS,
  PARTY_LEVELS,
  STATE_ISSUERS,
  type Issuer,
} from '../lexicon/issuers.js';

// ---------------------------------------------------------------------------
// Lexicon lookups, keyed by the folded (lower-case) code.

interface Resolved {
  code: string;
  name: string;
}

function indexCodes<T extends Issuer | DocumentKind>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    for (const code of [entry.code, ...(entry.aliases ?? [])]) {
      if (!map.has(fold(code))) map.set(fold(code), entry);
    }
  }
  return map;
}

function kindsOf(system: DocumentSystem): Map<string, DocumentKind> {
  return indexCodes(DOCUMENT_KINDS.filter((k) => k.systems.includes(system)));
}

const KINDS: Record<DocumentSystem, Map<string, DocumentKind>> = { party: kindsOf('party'), state: kindsOf('state') };
const PARTY_WHOLE = indexCodes(PARTY_ISSUERS);
const PARTY_LEVEL = indexCodes(PARTY_LEVELS);
const PARTY_DEPARTMENT = indexCodes(PARTY_DEPARTMENTS);
const STATE = indexCodes(STATE_ISSUERS);
const LEGISLATIVE = indexCodes(LEGISLATIVE_ISSUERS);
const UNCODED = new Map(UNCODED_KINDS.map((k) => [fold(k.name), k]));

/** A Party issuer code: a listed whole code, a level ("TW"), or department + level ("BDVHU"). */
function resolvePartyIssuer(folded: string): Resolved | null {
  const whole = PARTY_WHOLE.get(folded);
  if (whole) return { code: whole.code, name: whole.name };
  const level = PARTY_LEVEL.get(folded);
  if (level) return { code: level.code, name: level.name };
  for (const [prefix, department] of PARTY_DEPARTMENT) {
    if (!folded.startsWith(prefix)) continue;
    const rest = PARTY_LEVEL.get(folded.slice(prefix.length));
    if (rest) return { code: department.code + rest.code, name: `${department.name} ${rest.suffix}` };
  }
  return null;
}

/** A State issuer code: listed, or any code written in capitals ("BCĐ", "SNV"). */
function resolveStateIssuer(folded: string, surface: string): { code: string; name: string | null } | null {
  const known = STATE.get(folded);
  if (known) return { code: known.code, name: known.name };
  return /^\p{Lu}{2,}$/u.test(surface) ? { code: surface, name: null } : null;
}

// ---------------------------------------------------------------------------
// Step 1: find the symbols.

export interface DocumentSymbol {
  /** Offsets of the symbol in the text. */
  start: number;
  end: number;
  id: string;
  system: DocumentSystem;
  number: string;
  kind: string;
  kindName: string | null;
  issuer: string;
  issuerName: string | null;
  year: number | null;
}

/**
 * NUMBER-KIND/ISSUER[-ISSUER2] on folded text: 25-NQ/TW, "25 -NQ/TƯ",
 * "05 – CT/TW", 21-KL-TW, 05-QC/BTCTU-BDVTU. Up to two spaces or a line
 * break may stand around each separator. Not after a letter, digit or
 * separator, so "COVID-19" and "3-6-2013" never start one.
 */
const PARTY_SYMBOL =
  /(?<![\p{L}\p{M}\d/.,-])(\d{1,5}[a-z]?)\s{0,2}[-–—]\s{0,2}(\p{L}{1,5})\s{0,2}[/-]\s{0,2}(\p{L}+)(?:\s{0,2}[-–—]\s{0,2}(\p{L}+))?(?![\p{L}\p{M}\d])/gu;

/**
 * NUMBER[/YEAR]/KIND-ISSUER[-MORE] (15/QĐ-BNV, 15/2020/NĐ-CP, 19-2017/NQ-CP,
 * 36a/NQ-CP), NUMBER/ISSUER-UNIT for an official letter (12/UBND-VX), and
 * NUMBER/YEAR/QH14 for laws. Groups: number, year separator, year, kind (or
 * issuer), legislature term, issuer parts.
 */
const STATE_SYMBOL =
  /(?<![\p{L}\p{M}\d/.,-])(\d{1,5}[a-z]?)(?:\s?([-/])\s?((?:19|20)\d{2}))?\s{0,2}\/\s{0,2}(\p{L}+)(?:(\d{2})|\s{0,2}[-–—]\s{0,2}(\p{L}+(?:[-–—]\p{L}+)*))(?![\p{L}\p{M}\d])/gu;

function partySymbol(m: RegExpExecArray, text: string): DocumentSymbol | null {
  const kind = KINDS.party.get(m[2]);
  const first = resolvePartyIssuer(m[3]);
  if (!kind || !first) return null;
  const second = m[4] === undefined ? null : resolvePartyIssuer(m[4]);
  const issuers = second ? [first, second] : [first];
  // Without a valid second issuer the symbol ends after the first one.
  const end = second ? m.index + m[0].length : m.index + m[0].lastIndexOf(m[3]) + m[3].length;
  const number = text.slice(m.index, m.index + m[1].length);
  const issuer = issuers.map((i) => i.code).join('-');
  return {
    start: m.index,
    end,
    id: `${number}-${kind.code}/${issuer}`,
    system: 'party',
    number,
    kind: kind.code,
    kindName: kind.name,
    issuer,
    issuerName: issuers.map((i) => i.name).join(', '),
    year: null,
  };
}

/** The dash-separated parts after the kind, up to the first that is no issuer code. */
function stateIssuers(partsStart: number, partsText: string, text: string): { codes: string[]; names: (string | null)[]; end: number } {
  const codes: string[] = [];
  const names: (string | null)[] = [];
  let at = partsStart;
  let end = partsStart;
  for (const part of partsText.split(/[-–—]/u)) {
    const resolved = resolveStateIssuer(part, text.slice(at, at + part.length));
    if (!resolved) break;
    codes.push(resolved.code);
    names.push(resolved.name);
    end = at + part.length;
    at = end + 1;
  }
  return { codes, names, end };
}

function stateSymbol(m: RegExpExecArray, text: string): DocumentSymbol | null {
  const [, numberText, yearSeparator, yearText, slot, legislature, partsText] = m;
  const number = text.slice(m.index, m.index + numberText.length);
  const year = yearText === undefined ? null : Number(yearText);
  const dated = year === null ? '' : `${yearSeparator}${year}`;
  const base = { start: m.index, system: 'state' as const, number, year };
  if (legislature !== undefined) {
    const issuer = LEGISLATIVE.get(slot);
    if (!issuer || year === null) return null;
    const code = `${issuer.code}${legislature}`;
    return {
      ...base,
      end: m.index + m[0].length,
      id: `${number}${dated}/${code}`,
      kind: '',
      kindName: null,
      issuer: code,
      issuerName: issuer.name,
    };
  }
  const partsStart = m.index + m[0].length - partsText.length;
  const parts = stateIssuers(partsStart, partsText, text);
  const kind = KINDS.state.get(slot);
  if (kind && parts.codes.length > 0) {
    return {
      ...base,
      end: parts.end,
      id: `${number}${dated}/${kind.code}-${parts.codes.join('-')}`,
      kind: kind.code,
      kindName: kind.name,
      issuer: parts.codes.join('-'),
      issuerName: parts.names[0] === null ? null : parts.names.filter((n) => n !== null).join(', '),
    };
  }
  // An official letter carries no kind: NUMBER/ISSUER-UNIT, the unit that drafted it.
  const issuer = STATE.get(slot);
  const unit = text.slice(partsStart, partsStart + partsText.length);
  if (kind || !issuer || year !== null || !/^[\p{Lu}-]+$/u.test(unit)) return null;
  const letter = KINDS.state.get('cv')!;
  return {
    ...base,
    end: partsStart + partsText.length,
    id: `${number}/${issuer.code}-${unit}`,
    kind: letter.code,
    kindName: letter.name,
    issuer: issuer.code,
    issuerName: issuer.name,
  };
}

/** Every document symbol in the text, in text order, without overlaps. */
export function findSymbols(text: string, folded: string): DocumentSymbol[] {
  const found: DocumentSymbol[] = [];
  const scan = (pattern: RegExp, build: (m: RegExpExecArray, text: string) => DocumentSymbol | null) => {
    for (const m of folded.matchAll(pattern)) {
      const symbol = build(m as RegExpExecArray, text);
      if (symbol) found.push(symbol);
    }
  };
  scan(PARTY_SYMBOL, partySymbol);
  scan(STATE_SYMBOL, stateSymbol);
  found.sort((a, b) => a.start - b.start);
  return found.filter((s, i) => i === 0 || s.start >= found[i - 1].end);
}

// ---------------------------------------------------------------------------
// Step 2: read the sentence around each symbol.

export interface CitationContext {
  /** Where the reference starts: the kind word, "số", or the symbol itself. */
  leadStart: number;
  kindWord: string | null;
  date: string | null;
  issuedBy: string | null;
  term: string | null;
  subject: string | null;
}

/** Kind words, folded, longest first so that "bộ luật" wins over "luật". */
const KIND_WORDS = DOCUMENT_KIND_WORDS.map(fold).sort((a, b) => b.length - a.length);
const LEAD_WINDOW = 40;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\d]/u.test(ch);

/** Move `at` back over white space, not before `floor`. */
function backOverSpace(folded: string, at: number, floor: number): number {
  while (at > floor && isSpace(folded[at - 1])) at--;
  return at;
}

/** Whether `word` ends at `at`, as a whole word, not before `floor`. */
function wordEndsAt(folded: string, at: number, floor: number, word: string): boolean {
  const start = at - word.length;
  return start >= floor && folded.slice(start, at) === word && !isWordChar(folded[start - 1]);
}

/**
 * "Nghị quyết số", "Kết luận", "số", "Số:" right before a symbol, read
 * backwards from it (an end-anchored pattern would not run in linear time).
 */
function readLead(folded: string, symbolStart: number, sentenceStart: number): { start: number; kindWord: string | null } {
  const floor = Math.max(sentenceStart, symbolStart - LEAD_WINDOW);
  let start = symbolStart;
  let at = backOverSpace(folded, symbolStart, floor);
  if (folded[at - 1] === ':') at = backOverSpace(folded, at - 1, floor);
  if (wordEndsAt(folded, at, floor, 'số')) {
    start = at - 2;
    at = backOverSpace(folded, start, floor);
  } else {
    at = backOverSpace(folded, symbolStart, floor);
  }
  if (at === start) return { start, kindWord: null };
  const kindWord = KIND_WORDS.find((w) => wordEndsAt(folded, at, floor, w));
  return kindWord ? { start: at - kindWord.length, kindWord } : { start, kindWord: null };
}

/** "ngày" before an issue date, also "ban hành ngày" and "(ngày". */
const DATE_WORD = /^(\()?\s*(?:ban hành\s+)?ngày\s/u;
const TERM = /^\s*(?:(\()\s*)?khóa\s+([ivxlc]+|\d{1,2})(?![\p{L}\p{M}\d])/u;
const BODY_FOLLOWER_PHRASES = BODY_FOLLOWERS.map((f) => f.split(' '));
const BODY_STOP_WORDS = new Set(['về', 'ngày', 'khóa']);
const BODY_MAX_WORDS = 12;
const BODY_BREAK = /[(),;:“”"«»…]/u;

/** Whether the words from index i begin a follower phrase ("đã", "đối với"). */
function followerAt(words: string[], i: number): boolean {
  return BODY_FOLLOWER_PHRASES.some((phrase) => phrase.every((w, k) => words[i + k] === w));
}

const CLAUSE_END_PUNCTUATION = /[\s,.:]/u;
const TRAILING_CONJUNCTIONS = ['và', 'hoặc', 'cùng'];

/** Drop punctuation and a dangling conjunction at the end of a clause ("..., và"). */
function trimClauseEnd(clause: string): string {
  let end = clause.length;
  const trimPunctuation = () => {
    while (end > 0 && CLAUSE_END_PUNCTUATION.test(clause[end - 1])) end--;
  };
  trimPunctuation();
  const last = TRAILING_CONJUNCTIONS.find((w) => clause.slice(0, end).endsWith(` ${w}`));
  if (last) {
    end -= last.length;
    trimPunctuation();
  }
  return clause.slice(0, end);
}

/**
 * The issuing body after "của": up to "(", a comma, "về", "ngày", "khóa", a
 * word that carries the clause on ("đã", "trong"), or "và" before a lower-case
 * word ("và các văn bản"), which joins no further body.
 */
function readBody(doc: PreparedDocument, from: number, limit: number): { text: string; end: number } | null {
  const wordPattern = /\S+/gu;
  wordPattern.lastIndex = from;
  const words: { start: number; end: number; folded: string }[] = [];
  for (let m = wordPattern.exec(doc.folded); m !== null && m.index < limit; m = wordPattern.exec(doc.folded)) {
    words.push({ start: m.index, end: Math.min(limit, m.index + m[0].length), folded: m[0] });
    if (words.length > BODY_MAX_WORDS) break;
  }
  const plain = words.map((w) => w.folded);
  let end = from;
  for (let i = 0; i < words.length && i < BODY_MAX_WORDS; i++) {
    const word = words[i];
    const lowerCase = /^\p{Ll}/u.test(doc.text[word.start]);
    if (BODY_STOP_WORDS.has(word.folded) || (lowerCase && followerAt(plain, i))) break;
    if (word.folded === 'và' && i + 1 < words.length && /^\p{Ll}/u.test(doc.text[words[i + 1].start])) break;
    const cut = word.folded.search(BODY_BREAK);
    if (cut === 0) break;
    const sentenceEnd = /\.$/u.test(word.folded) && word.end === limit;
    if (cut > 0 || sentenceEnd) {
      end = word.start + (cut > 0 ? cut : word.folded.length - 1);
      break;
    }
    end = word.end;
  }
  const body = trimClauseEnd(doc.text.slice(from, end).trim());
  return body ? { text: body, end } : null;
}

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/** The text inside the quotation that opens at `start`, if it closes by `limit`. */
function readQuoted(doc: PreparedDocument, start: number, limit: number): string | null {
  const close = QUOTES[doc.text[start]];
  if (close === undefined) return null;
  const end = doc.text.indexOf(close, start + 1);
  return end > start && end <= limit ? doc.text.slice(start + 1, end).trim() : null;
}

/** Where a comma is followed by a word that opens a new clause ("…, sáng 15/1"), or -1. */
function clauseBreak(folded: string, from: number, to: number): number {
  for (let comma = folded.indexOf(',', from); comma >= 0 && comma < to; comma = folded.indexOf(',', comma + 1)) {
    let at = comma + 1;
    while (at < to && isSpace(folded[at])) at++;
    if (CLAUSE_OPENERS.some((w) => folded.startsWith(w, at) && !isWordChar(folded[at + w.length]))) return comma;
  }
  return -1;
}

/**
 * The subject after "về": a quoted title, or the clause up to ";", "…", the
 * next reference, or a comma that opens a new clause.
 */
function readSubject(doc: PreparedDocument, from: number, limit: number): string | null {
  let start = from;
  while (start < limit && isSpace(doc.text[start])) start++;
  const quoted = readQuoted(doc, start, limit);
  if (quoted !== null) return quoted || null;
  let end = limit;
  const stop = doc.text.slice(start, limit).search(/[;…]/u);
  if (stop >= 0) end = start + stop;
  const comma = clauseBreak(doc.folded, start, end);
  if (comma >= 0) end = comma;
  return trimClauseEnd(doc.text.slice(start, end)) || null;
}

/** A title quoted with its "Về": “Về đẩy mạnh học tập ...”. */
function readQuotedSubject(doc: PreparedDocument, at: number, limit: number): string | null {
  const quoted = readQuoted(doc, at, limit);
  const about = quoted === null ? null : /^về\s+/u.exec(fold(quoted));
  return about ? quoted!.slice(about[0].length) || null : null;
}

/** Date, body and term in any order after the symbol, then "về" and the subject. */
function readTail(doc: PreparedDocument, symbol: DocumentSymbol, limit: number): Omit<CitationContext, 'leadStart' | 'kindWord'> {
  const { folded } = doc;
  const context = { date: null as string | null, issuedBy: null as string | null, term: null as string | null, subject: null as string | null };
  let at = symbol.end;
  const skipGap = () => {
    while (at < limit && /[\s,]/u.test(folded[at])) at++;
  };
  for (let step = 0; step < 5; step++) {
    skipGap();
    const rest = folded.slice(at, Math.min(limit, at + 60));
    const dateWord = DATE_WORD.exec(rest);
    const date = dateWord && context.date === null ? dateAt(folded, at + dateWord[0].length) : null;
    if (dateWord && date && date.end <= limit) {
      // A day and month alone take the year of a State symbol; otherwise the date is unknown.
      const year = date.year ?? symbol.year;
      if (year !== null) context.date = toIsoDate(year, date.month, date.day);
      at = date.end;
      if (dateWord[1] && folded[at] === ')') at++;
      continue;
    }
    if (/^của\s/u.test(rest) && context.issuedBy === null) {
      const body = readBody(doc, at + 4, limit);
      if (body) {
        context.issuedBy = body.text;
        at = body.end;
        continue;
      }
    }
    const term = TERM.exec(rest);
    if (term && context.term === null) {
      context.term = term[2].toUpperCase();
      at += term[0].length;
      const close = term[1] ? folded.indexOf(')', at) : -1;
      if (close >= 0 && close < Math.min(limit, at + 60)) at = close + 1;
      continue;
    }
    // Any other short aside ("(sau đây gọi là ...)", "(nhiệm kỳ 2021-2026)") is passed over.
    const close = rest.startsWith('(') ? rest.indexOf(')') : -1;
    if (close > 0) {
      at += close + 1;
      continue;
    }
    break;
  }
  skipGap();
  if (/^về\s/u.test(folded.slice(at, at + 3))) context.subject = readSubject(doc, at + 3, limit);
  else context.subject = readQuotedSubject(doc, at, limit);
  return context;
}

// ---------------------------------------------------------------------------
// The sentences to read, and each symbol read within its sentence.

export interface Found {
  symbol: DocumentSymbol;
  context: CitationContext;
}

/** A sentence that ends with this has ended; one that does not may go on after a line break. */
const SENTENCE_END = /[.!?…:;]["”»)']?$/u;
/** White space holding at most one line break: a wrapped line, not a new paragraph. */
const isLineWrap = (gap: string) => !/\S/u.test(gap) && gap.indexOf('\n') === gap.lastIndexOf('\n');

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
      previous !== null && !SENTENCE_END.test(previous.text) && isLineWrap(text.slice(previous.end, sentence.start));
    if (last && wrapped) last.end = sentence.end;
    else spans.push({ start: sentence.start, end: sentence.end });
    previous = sentence;
  }
  return spans;
}

/** The symbols inside one sentence, each read up to the next one's lead. */
function readSentence(doc: PreparedDocument, sentence: Span, symbols: DocumentSymbol[]): Found[] {
  const leads = symbols.map((s) => readLead(doc.folded, s.start, sentence.start));
  return symbols.map((symbol, i) => {
    const limit = i + 1 < symbols.length ? leads[i + 1].start : sentence.end;
    return { symbol, context: { leadStart: leads[i].start, kindWord: leads[i].kindWord, ...readTail(doc, symbol, limit) } };
  });
}

/** Every symbol of the body, read in its sentence; symbols in page furniture are left out. */
export function findCitations(doc: PreparedDocument): Found[] {
  const symbols = findSymbols(doc.text, doc.folded);
  const found: Found[] = [];
  let next = 0;
  for (const sentence of logicalSentences(doc.sentences, doc.text)) {
    while (next < symbols.length && symbols[next].start < sentence.start) next++;
    const inside: DocumentSymbol[] = [];
    for (; next < symbols.length && symbols[next].start < sentence.end; next++) {
      if (symbols[next].end <= sentence.end) inside.push(symbols[next]);
    }
    found.push(...readSentence(doc, sentence, inside));
  }
  return found;
}

// ---------------------------------------------------------------------------
// Step 3: merge mentions into citations.

/** Laws carry no kind code: the word before the symbol names their kind. */
function uncodedKind(symbol: DocumentSymbol, kindWord: string | null): { kind: string; kindName: string | null } {
  if (symbol.kind !== '' || kindWord === null) return { kind: symbol.kind, kindName: symbol.kindName };
  const kind = UNCODED.get(kindWord);
  return kind ? { kind: kind.code, kindName: kind.name } : { kind: '', kindName: null };
}

function toCitation(doc: PreparedDocument, { symbol, context }: Found): Citation {
  const mention: CitationMention = doc.mention(symbol.start, symbol.end);
  return {
    ...doc.span(symbol.start, symbol.end),
    id: symbol.id,
    date: context.date,
    issuedBy: context.issuedBy,
    system: symbol.system,
    number: symbol.number,
    ...uncodedKind(symbol, context.kindWord),
    issuer: symbol.issuer,
    issuerName: symbol.issuerName,
    year: symbol.year,
    term: context.term,
    subject: context.subject,
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
  citation.mentions.push(...later.mentions);
}

export function extractCitations(doc: PreparedDocument): Citation[] {
  const byId = new Map<string, Citation>();
  for (const found of findCitations(doc)) {
    const citation = toCitation(doc, found);
    const key = citation.id.toUpperCase();
    const existing = byId.get(key);
    if (existing) mergeInto(existing, citation);
    else byId.set(key, citation);
  }
  return [...byId.values()];
}
