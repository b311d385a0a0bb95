/**
 * Step 2 of citation extraction: read the sentence around a document's
 * number. Before it: the kind word and "số" ("Nghị quyết số"). After it, in
 * any order: the issue date ("ngày 03/6/2013"), the issuing body ("của Ban
 * Chấp hành Trung ương"), the Party term ("(khóa XI)"); then the subject
 * ("về ...", to the end of its clause).
 */
import type { PreparedDocument } from '../../text/document.js';
import { fold } from '../../text/fold.js';
import { dateAt, toIsoDate } from '../dates.js';
import { BODY_FOLLOWERS, CLAUSE_OPENERS, DOCUMENT_KIND_WORDS } from '../../lexicon/documentKinds.js';

/** A stretch of the text: offsets into `PreparedDocument.text`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What stands before a document's number. */
export interface Lead {
  /** Where the reference starts: the kind word, "số", or the number itself. */
  start: number;
  /** The kind word, folded ("nghị quyết"), and where it stands. */
  kindWord: string | null;
  kindWordSpan: TextSpan | null;
}

/** A date as written, whether or not the calendar has it ("31/2/2021"). */
export interface WrittenDate extends TextSpan {
  day: number;
  month: number;
  year: number | null;
}

/** What follows a document's number. */
export interface Tail {
  date: string | null;
  /** The issue date as written, also when it is no real day. */
  writtenDate: WrittenDate | null;
  issuedBy: string | null;
  issuedBySpan: TextSpan | null;
  term: string | null;
  subject: string | null;
  subjectSpan: TextSpan | null;
}

/** Kind words, folded, longest first so that "bộ luật" wins over "luật". */
export const FOLDED_KIND_WORDS = DOCUMENT_KIND_WORDS.map(fold).sort((a, b) => b.length - a.length);
const LEAD_WINDOW = 40;

export const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
export const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\d]/u.test(ch);

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
export function readLead(folded: string, symbolStart: number, sentenceStart: number): Lead {
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
  if (at === start) return { start, kindWord: null, kindWordSpan: null };
  const kindWord = FOLDED_KIND_WORDS.find((w) => wordEndsAt(folded, at, floor, w));
  if (!kindWord) return { start, kindWord: null, kindWordSpan: null };
  return { start: at - kindWord.length, kindWord, kindWordSpan: { start: at - kindWord.length, end: at } };
}

/** "ngày" before an issue date, also "ban hành ngày" and "(ngày". */
const DATE_WORD = /^(\()?\s*(?:ban hành\s+)?ngày\s/u;
const TERM = /^\s*(?:(\()\s*)?khóa\s+([ivxlc]+|\d{1,2})(?![\p{L}\p{M}\d])/u;
/** The follower phrases, in words, by their first word: a word is compared with the few phrases it can open. */
const BODY_FOLLOWERS_BY_FIRST = new Map<string, string[][]>();
for (const phrase of BODY_FOLLOWERS.map((f) => f.split(' '))) {
  BODY_FOLLOWERS_BY_FIRST.set(phrase[0], [...(BODY_FOLLOWERS_BY_FIRST.get(phrase[0]) ?? []), phrase]);
}
const BODY_STOP_WORDS = new Set(['về', 'ngày', 'khóa']);
const BODY_MAX_WORDS = 12;
const BODY_BREAK = /[(),;:“”"«»…]/u;

/** Whether the words from index i begin a follower phrase ("đã", "đối với"). */
function followerAt(words: string[], i: number): boolean {
  const phrases = BODY_FOLLOWERS_BY_FIRST.get(words[i]) ?? [];
  return phrases.some((phrase) => phrase.every((w, k) => words[i + k] === w));
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
function readBody(doc: PreparedDocument, from: number, limit: number): { text: string; start: number; end: number } | null {
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
  let start = from;
  while (start < end && isSpace(doc.text[start])) start++;
  const body = trimClauseEnd(doc.text.slice(start, end).trim());
  return body ? { text: body, start, end } : null;
}

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/**
 * Where `ch` first stands in `text` from `from` up to (not including) `to`,
 * or -1. Searching only there: a plain indexOf would run on to the end of the
 * text each time the character is missing, once per mention.
 */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const at = text.slice(from, to).indexOf(ch);
  return at < 0 ? -1 : from + at;
}

/** The text inside the quotation that opens at `start`, if it closes by `limit`. */
function readQuoted(doc: PreparedDocument, start: number, limit: number): string | null {
  const close = QUOTES[doc.text[start]];
  if (close === undefined) return null;
  const end = indexWithin(doc.text, close, start + 1, limit + 1);
  return end > start ? doc.text.slice(start + 1, end).trim() : null;
}

/** Where a comma is followed by a word that opens a new clause ("…, sáng 15/1"), or -1. */
function clauseBreak(folded: string, from: number, to: number): number {
  // The commas of [from, to) only: an indexOf on the whole text would run on past `to`.
  const clause = folded.slice(from, to);
  for (let i = clause.indexOf(','); i >= 0; i = clause.indexOf(',', i + 1)) {
    const comma = from + i;
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
function readSubject(doc: PreparedDocument, from: number, limit: number): { text: string; span: TextSpan } | null {
  let start = from;
  while (start < limit && isSpace(doc.text[start])) start++;
  const quoted = readQuoted(doc, start, limit);
  if (quoted !== null) return quoted ? { text: quoted, span: { start: start + 1, end: start + 1 + quoted.length } } : null;
  let end = limit;
  const stop = doc.text.slice(start, limit).search(/[;…]/u);
  if (stop >= 0) end = start + stop;
  const comma = clauseBreak(doc.folded, start, end);
  if (comma >= 0) end = comma;
  const subject = trimClauseEnd(doc.text.slice(start, end));
  return subject ? { text: subject, span: { start, end: start + subject.length } } : null;
}

/** A title quoted with its "Về": “Về đẩy mạnh học tập ...”. */
function readQuotedSubject(doc: PreparedDocument, at: number, limit: number): { text: string; span: TextSpan } | null {
  const quoted = readQuoted(doc, at, limit);
  const about = quoted === null ? null : /^về\s+/u.exec(fold(quoted));
  if (!about || quoted!.length === about[0].length) return null;
  const start = at + 1 + about[0].length;
  return { text: quoted!.slice(about[0].length), span: { start, end: at + 1 + quoted!.length } };
}

/**
 * A date as written after "ngày", also one the calendar does not have
 * ("31/2/2021", "ngày 30 tháng 2 năm 2022"), which the date reader skips.
 */
const WRITTEN_DATE = /^(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)|^(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})(?!\d)/u;

function readWrittenDate(folded: string, at: number): WrittenDate | null {
  let start = at;
  while (start < folded.length && isSpace(folded[start])) start++;
  const m = WRITTEN_DATE.exec(folded.slice(start, start + 40));
  if (!m) return null;
  const day = Number(m[1] ?? m[5]);
  const month = Number(m[3] ?? m[6]);
  const year = Number(m[4] ?? m[7]);
  return { start, end: start + m[0].length, day, month, year };
}

/**
 * Date, body and term in any order after a document's number (from `from`
 * to `limit`), then "về" and the subject. `symbolYear` gives a day and month
 * written alone their year (State symbols carry it).
 */
export function readTail(doc: PreparedDocument, from: number, symbolYear: number | null, limit: number): Tail {
  const { folded } = doc;
  const context: Tail = {
    date: null,
    writtenDate: null,
    issuedBy: null,
    issuedBySpan: null,
    term: null,
    subject: null,
    subjectSpan: null,
  };
  let at = from;
  const skipGap = () => {
    while (at < limit && /[\s,]/u.test(folded[at])) at++;
  };
  for (let step = 0; step < 5; step++) {
    skipGap();
    const rest = folded.slice(at, Math.min(limit, at + 60));
    const dateWord = DATE_WORD.exec(rest);
    if (dateWord && context.writtenDate === null) {
      const dateStart = at + dateWord[0].length;
      const date = dateAt(folded, dateStart);
      const written = date && date.end <= limit ? date : readWrittenDate(folded, dateStart);
      if (written && written.end <= limit) {
        context.writtenDate = { start: written.start, end: written.end, day: written.day, month: written.month, year: written.year };
        // A day and month alone take the year of a State symbol; otherwise the date is unknown.
        const year = written.year ?? symbolYear;
        if (date === written && year !== null) context.date = toIsoDate(year, date.month, date.day);
        at = written.end;
        if (dateWord[1] && folded[at] === ')') at++;
        continue;
      }
    }
    if (/^của\s/u.test(rest) && context.issuedBy === null) {
      const body = readBody(doc, at + 4, limit);
      if (body) {
        context.issuedBy = body.text;
        context.issuedBySpan = { start: body.start, end: body.start + body.text.length };
        at = body.end;
        continue;
      }
    }
    const term = TERM.exec(rest);
    if (term && context.term === null) {
      context.term = term[2].toUpperCase();
      at += term[0].length;
      const close = term[1] ? indexWithin(folded, ')', at, Math.min(limit, at + 60)) : -1;
      if (close >= 0) at = close + 1;
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
  const subject = /^về\s/u.test(folded.slice(at, at + 3)) ? readSubject(doc, at + 3, limit) : readQuotedSubject(doc, at, limit);
  context.subject = subject?.text ?? null;
  context.subjectSpan = subject?.span ?? null;
  return context;
}
