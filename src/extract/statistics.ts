/**
 * Statistics: every quantity a report gives about results or activity, in
 * the body sentences, one item per occurrence (docs/ANNOTATION.md).
 *
 * A number counts when a unit follows it: "%", a symbol ("ha", "USD"), a
 * count noun or classifier from the units lexicon ("hội nghị", "lượt
 * người", "căn"), or, for digits only, a lower-case word that the
 * dictionary knows as a noun (or does not know at all) and that is not a
 * function word. Numbers that are dates, years, clock times, durations,
 * document symbols, names ("Quân khu 7"), ordinals, list markers, phone
 * numbers or vague amounts are left out by their context.
 *
 * Besides value and unit, each item carries the hedge written with it
 * (qualifier), the denominator of a ratio (of), both ends of a range
 * (range), whether it is a change (change) and, when the clause says it,
 * what the figure measures (subject).
 *
 * Cost: the numbers and dates of the whole body are found in one pass each;
 * only the few words around each number are looked at after that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Statistic } from '../model/report.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { fold } from '../text/fold.js';
import { findDates, isValidDate, type DateMatch } from './dates.js';
import { findNumbers, isNumberWord, isWordCode, scaleNumber, type NumberMatch } from './numbers.js';
import {
  ACRONYM_UNITS,
  CHANGE_VERBS,
  COUNT_UNITS,
  DATE_CUES,
  IDIOMS_AFTER_ONE,
  LINK_VERBS,
  NAMING_HEADS,
  NON_UNIT_WORDS,
  NOT_IN_SUBJECT,
  NOT_SUBJECT_STARTS,
  NOT_UNITS,
  ORDINAL_MARKERS,
  PARTY_NOUNS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANKING_CUES,
  SUBJECT_OPENERS,
  SUBJECT_TRAILERS,
  TIME_RATIO_IDIOMS,
  TIME_UNITS,
  VAGUE_PRECEDERS,
  YEAR_CUES,
  YEAR_WORD_CONTEXT,
} from '../lexicon/units.js';

const countUnits = new Set(COUNT_UNITS);
const timeUnits = new Set(TIME_UNITS);
const nonUnitWords = new Set(NON_UNIT_WORDS);
const notUnits = new Set(NOT_UNITS);
const qualifiersBefore = new Set(QUALIFIERS_BEFORE);
const qualifiersAfter = new Set(QUALIFIERS_AFTER);
const rankingCues = new Set(RANKING_CUES);
const dateCues = new Set(DATE_CUES);
const yearWordContext = new Set(YEAR_WORD_CONTEXT);
const idiomsAfterOne = new Set(IDIOMS_AFTER_ONE);
const partyNouns = new Set(PARTY_NOUNS);
const timeRatioIdioms = new Set(TIME_RATIO_IDIOMS);
const linkVerbs = new Set(LINK_VERBS);
const subjectTrailers = new Set(SUBJECT_TRAILERS);
const subjectOpeners = new Set(SUBJECT_OPENERS);
const notSubjectStarts = new Set(NOT_SUBJECT_STARTS);
const notInSubject = new Set(NOT_IN_SUBJECT);
/** Words right before a number that make it something other than a quantity. */
const notQuantityHeads = new Set([...NAMING_HEADS, ...ORDINAL_MARKERS, ...YEAR_CUES, ...DATE_CUES, ...VAGUE_PRECEDERS]);
/** Longest first, so that "km2" wins over "km" and "m". */
const symbolUnits = [...ACRONYM_UNITS].sort((a, b) => b.length - a.length);
/** Symbol units by their first character, so that a unit word is tried against a few at most. */
const symbolsByFirst = new Map<string, string[]>();
for (const symbol of symbolUnits) symbolsByFirst.set(symbol[0], [...(symbolsByFirst.get(symbol[0]) ?? []), symbol]);
const PERCENT_SIGNS = new Set(['%', '‰']);
/** The longest phrase in any of the lexicons, in words. */
const LONGEST_UNIT = [...COUNT_UNITS, ...TIME_UNITS, ...NOT_UNITS].reduce((most, u) => Math.max(most, u.split(' ').length), -Infinity);
/** The longest subject, in words: past that, the clause does not make the subject clear. */
const MAX_SUBJECT_WORDS = 12;

const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/u;
const WORD_AT = /[ \t\u00a0\n]*([\p{L}\p{M}]+)/uy;
/** A document symbol after its number: "25-NQ/TW", "25 -NQ/TW", "1234/QĐ-TTg". */
const SYMBOL_AFTER = /[ \u00a0]?[-/–][ \u00a0]?\p{Lu}/uy;
/** A clock time: "20:31", "8h30", "7g15". */
const CLOCK_AFTER = /[:hg]\d/uy;
const RATIO_GAP = /^[ \u00a0]?\/[ \u00a0]?$/u;
const RANGE_GAP = /^(?:[ \t\u00a0]*[-–—~][ \t\u00a0]*|[ \t\u00a0]+(?:đến|tới)[ \t\u00a0]+)$/u;
/** Between two figures of one unit given as alternatives: "5 hoặc 7 thành viên". */
const ALTERNATIVE_GAP = /^[ \t\u00a0]+(?:hoặc|hay)[ \t\u00a0]+$/u;
/** Between the unit of a range's first end and its second end: "từ 5 nghìn người đến dưới 9 nghìn người". */
const RANGE_UNIT_GAP = /^[ \t\u00a0]+(?:đến|tới)[ \t\u00a0]+(?:(?:dưới|trên|gần|hơn|khoảng)[ \t\u00a0]+)?$/u;
const YEAR_NUMERAL = /^(?:19|20)\d\d$/u;
const PHONE_NUMERAL = /^0\d{8,}$/u;
/** Integers, "."-grouped thousands and decimal commas: the Vietnamese way of writing numbers. */
const PLAIN_NUMERAL = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u;
const CLAUSE_OPENERS = /[:;(“"'‘–—\-.!?…[]/u;
const CLAUSE_BREAKS = new Set([...',;:()[]“”"']);
/** Punctuation that ends the clause a subject can stand in. */
const SUBJECT_BREAKS = new Set([...',;:()[]“”"!?.…–—']);
const CLAUSE_WORD = /[\p{L}\p{M}\d]+(?:[-&/'][\p{L}\p{M}\d]+)*/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
  text: string;
}

type UnitKind = 'percent' | 'symbol' | 'lexicon' | 'fallback' | 'time';

interface UnitMatch {
  kind: UnitKind;
  unit: string;
  end: number;
}

// ------------------------------------------------------------ parts of speech

const NOUN = 1;
const OTHER = 2;
let partsOfSpeech: Map<string, number> | undefined;

/**
 * The parts of speech of the words of vntk's dictionary (a dependency of the
 * word segmenter), folded: noun or not. Loaded on first use; empty if the
 * dictionary cannot be read, in which case every unknown word may be a unit.
 */
function wordClasses(): Map<string, number> {
  if (partsOfSpeech) return partsOfSpeech;
  partsOfSpeech = new Map();
  try {
    const vntk = createRequire(import.meta.url).resolve('vntk/package.json');
    const pkg = createRequire(vntk).resolve('@vntk/dictionary/package.json');
    const entries = JSON.parse(readFileSync(path.join(path.dirname(pkg), 'data', 'dictionary.json'), 'utf8')) as Record<
      string,
      Array<{ pos: string }>
    >;
    for (const [word, senses] of Object.entries(entries)) {
      let flags = 0;
      for (const sense of senses) flags |= sense.pos === 'N' || sense.pos === 'M' ? NOUN : OTHER;
      const key = fold(word.normalize('NFC'));
      partsOfSpeech.set(key, (partsOfSpeech.get(key) ?? 0) | flags);
    }
  } catch {
    // Without the dictionary, fall back to the function-word list alone.
  }
  return partsOfSpeech;
}

// ------------------------------------------------------------ words around a number

/** Up to `max` words from `pos`, separated by spaces only (no punctuation). */
function wordsAfter(doc: PreparedDocument, pos: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  let p = pos;
  while (words.length < max) {
    WORD_AT.lastIndex = p;
    const m = WORD_AT.exec(doc.folded);
    if (m === null) break;
    const end = m.index + m[0].length;
    if (end > limit) break;
    const start = end - m[1].length;
    words.push({ start, end, folded: m[1], text: doc.text.slice(start, end) });
    p = end;
  }
  return words;
}

/** Space within a sentence (" ", tab, no-break space, or a line break, which joins a paragraph broken by the page). */
function isInlineSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 0xa0;
}

function isLetterCode(code: number): boolean {
  return isWordCode(code) && (code < 48 || code > 57);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Up to `max` words before `pos`, separated by spaces only, in reading order. */
function wordsBefore(doc: PreparedDocument, pos: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  const { text } = doc;
  let p = pos;
  while (words.length < max) {
    let end = p;
    while (end > limit && isInlineSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > limit && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.unshift({ start, end, folded: doc.folded.slice(start, end), text: doc.text.slice(start, end) });
    p = start;
  }
  return words;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** The phrase of words [from, to), in matching form. */
function phrase(words: Word[], from: number, to: number): string {
  let out = words[from].folded;
  for (let i = from + 1; i < to; i++) out += ` ${words[i].folded}`;
  return out;
}

/** The phrase of the last `n` words, in matching form. */
function lastWords(words: Word[], n: number): string {
  return phrase(words, words.length - n, words.length);
}

/** The length (in words) of the longest entry of `set` that ends the word list, or 0. */
function longestEnding(words: Word[], set: ReadonlySet<string>, max = 3): number {
  for (let n = Math.min(max, words.length); n >= 1; n--) if (set.has(lastWords(words, n))) return n;
  return 0;
}

// ------------------------------------------------------------ units

/** The unit right after a number ending at `pos`, or null if none follows. */
function unitAfter(doc: PreparedDocument, pos: number, limit: number): UnitMatch | null {
  const attached = pos < limit && !isInlineSpaceCode(doc.text.charCodeAt(pos));
  let p = pos;
  while (p < limit && isInlineSpaceCode(doc.text.charCodeAt(p))) p++;
  if (p >= limit) return null;
  const symbol = symbolsByFirst
    .get(doc.text[p])
    ?.find((s) => doc.text.startsWith(s, p) && p + s.length <= limit && !WORD_CHAR.test(doc.text[p + s.length] ?? ''));
  if (symbol !== undefined) return { kind: PERCENT_SIGNS.has(symbol) ? 'percent' : 'symbol', unit: symbol, end: p + symbol.length };
  const words = wordsAfter(doc, p, limit, LONGEST_UNIT);
  // A unit is written in lower case: "2023 Ban Dân vận", "18 Hoàng Diệu" have none.
  if (words.length === 0 || words[0].start !== p || isUpper(words[0].text[0])) return null;
  for (let n = words.length; n >= 1; n--) {
    const candidate = phrase(words, 0, n);
    const end = words[n - 1].end;
    if (notUnits.has(candidate)) return null;
    if (candidate === 'phần trăm') return { kind: 'percent', unit: '%', end };
    if (countUnits.has(candidate)) return { kind: 'lexicon', unit: doc.text.slice(p, end), end };
    if (timeUnits.has(candidate)) return { kind: 'time', unit: doc.text.slice(p, end), end };
  }
  return attached ? null : fallbackUnit(doc, words);
}

function canBeginUnit(word: Word | undefined): word is Word {
  return word !== undefined && !isUpper(word.text[0]) && !nonUnitWords.has(word.folded) && !isNumberWord(word.folded);
}

/**
 * A noun outside the lexicon ("45 doanh nghiệp", "400 diễn viên"): the
 * longest word of the dictionary that starts there decides: a noun is a
 * unit, a verb or an adjective ("trình", "tạm ngừng") is not. A word the
 * dictionary does not know ("tivi") is a unit of one syllable, or two when
 * the second could begin a unit too.
 */
function fallbackUnit(doc: PreparedDocument, words: Word[]): UnitMatch | null {
  const [first, second] = words;
  if (!canBeginUnit(first)) return null;
  const classes = wordClasses();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const flags = classes.get(phrase(words, 0, n));
    if (flags === undefined) continue;
    if ((flags & NOUN) === 0) return null;
    return { kind: 'fallback', unit: doc.text.slice(first.start, words[n - 1].end), end: words[n - 1].end };
  }
  const last = canBeginUnit(second) && !classes.has(second.folded) ? second : first;
  return { kind: 'fallback', unit: doc.text.slice(first.start, last.end), end: last.end };
}

// ------------------------------------------------------------ qualifiers, changes, subjects

interface Lead {
  /** The hedge before the number, as written, lower case. */
  qualifier: string | null;
  /** Where the words before the hedge (and any "từ" of a range) end. */
  before: Word[];
}

/** The hedge written right before a number ("khoảng", "hơn", "ít nhất") and the words before it. */
function leadOf(doc: PreparedDocument, pos: number, limit: number): Lead {
  let words = wordsBefore(doc, pos, limit, 6);
  const n = longestEnding(words, qualifiersBefore);
  let qualifier: string | null = null;
  if (n > 0) {
    qualifier = doc.text.slice(words[words.length - n].start, words[words.length - 1].end).toLowerCase();
    words = words.slice(0, words.length - n);
  }
  if (words.length > 0 && words[words.length - 1].folded === 'từ') words = words.slice(0, -1);
  return { qualifier, before: words };
}

/** The hedge written right after a quantity ("trở lên"), lower case. */
function qualifierAfter(doc: PreparedDocument, pos: number, limit: number): string | null {
  const words = wordsAfter(doc, pos, limit, 2);
  if (words.length < 2 || !qualifiersAfter.has(`${words[0].folded} ${words[1].folded}`)) return null;
  return doc.text.slice(words[0].start, words[1].end).toLowerCase();
}

/** "tăng 10 bậc", "giảm hơn 50 vụ": the direction of a change, from the verb before the figure. */
function changeOf(lead: Lead): 'increase' | 'decrease' | undefined {
  const words = lead.before;
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const verb = CHANGE_VERBS[lastWords(words, n)];
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/**
 * What a figure measures, when its clause says it: the noun phrase before a
 * verb of level or change ("tổng kim ngạch xuất khẩu đạt 10 tỷ USD" gives
 * "tổng kim ngạch xuất khẩu"), without openers ("trong đó"), adverbs
 * ("chỉ", "đã") or a time phrase with digits before it. Null otherwise.
 */
function subjectOf(doc: PreparedDocument, n: NumberMatch, lead: Lead, sentence: Sentence): string | null {
  const qualifierWords = lead.qualifier === null ? 0 : lead.qualifier.split(' ').length;
  let words = lead.before;
  if (!(qualifierWords > 1 && linkVerbs.has(lead.qualifier!))) {
    const verbWords = longestEnding(words, linkVerbs, 2);
    if (verbWords === 0) return null;
    words = words.slice(0, words.length - verbWords);
  }
  if (words.length === 0) return null;
  const verbStart = words[words.length - 1].end;
  const clauseStart = clauseStartBefore(doc, verbStart, sentence.start);
  if (clauseStart === null) return null;
  let subject = clauseWords(doc, clauseStart, verbStart);
  for (let k = longestEnding(subject, subjectTrailers); k > 0; k = longestEnding(subject, subjectTrailers)) {
    subject = subject.slice(0, subject.length - k);
  }
  for (let k = longestStart(subject, subjectOpeners); k > 0; k = longestStart(subject, subjectOpeners)) subject = subject.slice(k);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return null;
  if (longestStart(subject, notSubjectStarts) > 0 || !beginsWithNoun(subject)) return null;
  if (subject.some((w) => notInSubject.has(w.folded))) return null;
  // A run of capitalized words is a name (a person, a place), not what is measured.
  if (subject.length > 1 && subject.every((w) => isUpper(w.text[0]))) return null;
  return doc.text.slice(subject[0].start, subject[subject.length - 1].end);
}

/**
 * Whether the words can open with a noun: some word of the dictionary that
 * starts there is a noun, or none is known ("thu ngân sách" opens with the
 * noun "thu" though "thu ngân" is a verb; "nâng tỷ lệ" opens with a verb).
 */
function beginsWithNoun(words: Word[]): boolean {
  const classes = wordClasses();
  let known = false;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const flags = classes.get(phrase(words, 0, n));
    if (flags === undefined) continue;
    if ((flags & NOUN) !== 0) return true;
    known = true;
  }
  return !known;
}

/** How far back a subject's clause is looked for, in characters. */
const MAX_CLAUSE_CHARS = 240;

/**
 * Where the clause ending at `pos` starts: after punctuation or at the
 * sentence start. Null when a digit comes first: the words after it belong
 * to a time phrase or another figure ("6 tháng đầu năm đạt ..."), and the
 * subject is not clear.
 */
function clauseStartBefore(doc: PreparedDocument, pos: number, limit: number): number | null {
  const floor = Math.max(limit, pos - MAX_CLAUSE_CHARS);
  let p = pos;
  while (p > floor && !SUBJECT_BREAKS.has(doc.text[p - 1])) {
    if (isDigitCode(doc.text.charCodeAt(p - 1))) return null;
    p--;
  }
  return p > floor || p === limit ? p : null;
}

/** Words of text[from, to), joining hyphenated and abbreviated forms ("Việt Nam-Lào", "KH-ĐT"). */
function clauseWords(doc: PreparedDocument, from: number, to: number): Word[] {
  const words: Word[] = [];
  CLAUSE_WORD.lastIndex = from;
  for (let m = CLAUSE_WORD.exec(doc.text); m !== null && m.index + m[0].length <= to; m = CLAUSE_WORD.exec(doc.text)) {
    const end = m.index + m[0].length;
    words.push({ start: m.index, end, folded: doc.folded.slice(m.index, end), text: m[0] });
  }
  return words;
}

/** The length (in words) of the longest entry of `set` that begins the word list, or 0. */
function longestStart(words: Word[], set: ReadonlySet<string>, max = 3): number {
  for (let n = Math.min(max, words.length); n >= 1; n--) if (set.has(phrase(words, 0, n))) return n;
  return 0;
}

// ------------------------------------------------------------ what is not a quantity

/**
 * Whether the words right before a number make it a name, an ordinal, a
 * year, a date or a vague amount: "Quân khu 7", "Nghị quyết số 25", "lần
 * thứ 13", "năm 2021", "tháng 6", "quý 1", "hàng 100".
 */
function followsNonQuantityHead(doc: PreparedDocument, pos: number, limit: number): boolean {
  let words = wordsBefore(doc, pos, limit, 4);
  if (words.length === 0) return false;
  if (words[words.length - 1].folded === 'số') {
    // "Quyết định số 994" names a document; "tổng số 150" still counts.
    words = words.slice(0, -1);
    if (words.length === 0) return false;
  }
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    if (notQuantityHeads.has(lastWords(words, n)) && !insideProperName(words, words.length - n)) return true;
  }
  return false;
}

/** Whether word `i` continues a capitalized name ("Phòng" in "Hải Phòng 12 cuộc"). */
function insideProperName(words: Word[], i: number): boolean {
  return i > 0 && isUpper(words[i].text[0]) && isUpper(words[i - 1].text[0]);
}

/** Whether the word before `pos` opens its clause (sentence start or after punctuation). */
function opensClause(doc: PreparedDocument, pos: number, limit: number): boolean {
  let p = pos;
  while (p > limit && isInlineSpaceCode(doc.text.charCodeAt(p - 1))) p--;
  return p <= limit || CLAUSE_OPENERS.test(doc.text[p - 1]);
}

/**
 * Whether a capitalized noun phrase ends right before a number: "Binh đoàn
 * 15", "Đề án 06", "COVID 19". The walk stops at function words and verbs
 * ("TP HCM đề ra 5 nhiệm vụ"); a capital that opens the clause ("Có 281
 * cuộc thi") is not a name.
 */
function followsCapitalizedName(doc: PreparedDocument, pos: number, limit: number, depth: number): boolean {
  const words = wordsBefore(doc, pos, limit, depth);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (isUpper(word.text[0])) return !opensClause(doc, word.start, limit);
    if (nonUnitWords.has(word.folded)) return false;
  }
  return false;
}

/** How many words from a clause's start are looked at for a ranking word. */
const RANKING_WORDS = 30;

/**
 * Whether a ranking word ("xếp", "đứng", "hạng") comes earlier in the clause
 * than `pos`. One per sentence, reading its positions in text order: where
 * the current clause starts is carried forward rather than searched for
 * backwards from every number, and the clause's first words are read once.
 */
class RankingClauses {
  /** Where the clause around the last position asked about starts, and how far the text was read for it. */
  private clauseStart: number;
  private scanned: number;
  /** In the current clause: where the first ranking word among its first words ends, or -1. */
  private cueEnd: number | null = null;

  constructor(
    private readonly doc: PreparedDocument,
    private readonly limit: number,
  ) {
    this.clauseStart = limit;
    this.scanned = limit;
  }

  has(pos: number): boolean {
    if (pos < this.scanned) return this.cueBefore(this.cueEndIn(this.startBefore(pos)), pos);
    const { text } = this.doc;
    for (; this.scanned < pos; this.scanned++) {
      if (CLAUSE_BREAKS.has(text[this.scanned])) {
        this.clauseStart = this.scanned + 1;
        this.cueEnd = null;
      }
    }
    this.cueEnd ??= this.cueEndIn(this.clauseStart);
    return this.cueBefore(this.cueEnd, pos);
  }

  private cueBefore(cueEnd: number, pos: number): boolean {
    return cueEnd >= 0 && cueEnd <= pos;
  }

  /** Where the clause holding `pos` starts: after the last clause break, or at the sentence start. */
  private startBefore(pos: number): number {
    let start = pos;
    while (start > this.limit && !CLAUSE_BREAKS.has(this.doc.text[start - 1])) start--;
    return start;
  }

  /** Where the first ranking word (one or two words) among the clause's first words ends, or -1. */
  private cueEndIn(start: number): number {
    const words = wordsAfter(this.doc, start, Infinity, RANKING_WORDS);
    const i = words.findIndex((w, k) => rankingCues.has(w.folded) || (k > 0 && rankingCues.has(`${words[k - 1].folded} ${w.folded}`)));
    return i < 0 ? -1 : words[i].end;
  }
}

/**
 * Whether what stands before a digit numeral makes it part of a code or a
 * compound numeral: "COVID-19", "F0", "20:31", the second part of "13/1".
 */
function isCodeBefore(doc: PreparedDocument, n: NumberMatch, sentence: Sentence): boolean {
  const before = doc.text[n.start - 1] ?? '';
  const beforeThat = doc.text[n.start - 2] ?? '';
  if (n.start > sentence.start && LETTER.test(before)) return true;
  if ((before === '-' || before === '/' || before === '.') && (LETTER.test(beforeThat) || DIGIT.test(beforeThat))) return true;
  return before === ':' && DIGIT.test(beforeThat);
}

/**
 * Whether what follows a digit numeral makes it a document symbol, a clock
 * time, a list marker or a phone number: "25-NQ/TW", "8h30", "(1)", "1.".
 */
function isCodeAfter(doc: PreparedDocument, n: NumberMatch, sentence: Sentence): boolean {
  SYMBOL_AFTER.lastIndex = n.numeralEnd;
  if (SYMBOL_AFTER.test(doc.text)) return true;
  CLOCK_AFTER.lastIndex = n.numeralEnd;
  if (CLOCK_AFTER.test(doc.text)) return true;
  const before = doc.text[n.start - 1] ?? '';
  const after = doc.text[n.numeralEnd] ?? '';
  if (before === '(' && after === ')') return true;
  if (n.start === sentence.start && (after === '.' || after === ')')) return true;
  return PHONE_NUMERAL.test(n.numeral);
}

function isYearLike(n: NumberMatch): boolean {
  return n.form === 'digits' && n.magnitude === 1 && YEAR_NUMERAL.test(n.numeral) && n.value <= 2100;
}

/** Dates the text marks as dates: with a year, or after "ngày", "sáng" ... */
function isMarkedDate(doc: PreparedDocument, d: DateMatch, sentence: Sentence): boolean {
  if (d.year !== null) return true;
  const words = wordsBefore(doc, d.start, sentence.start, 2);
  return words.length > 0 && (dateCues.has(lastWords(words, 1)) || (words.length > 1 && dateCues.has(lastWords(words, 2))));
}

// ------------------------------------------------------------ one sentence

interface Emitted {
  item: Statistic;
  /** Where its unit ends in `doc.text`. */
  unitEnd: number;
  /** Whether "từ" opens it: the first end of a range written with both units. */
  opensRange: boolean;
}

class SentenceStatistics {
  readonly found: Statistic[] = [];
  private readonly consumed = new Set<number>();
  private last: Emitted | null = null;
  private readonly ranking: RankingClauses;
  /** The greatest end among the dates up to each one: dates may be searched by their start. */
  private readonly dateEndsSoFar: number[];

  constructor(
    private readonly doc: PreparedDocument,
    private readonly sentence: Sentence,
    private readonly numbers: NumberMatch[],
    private readonly dates: DateMatch[],
  ) {
    this.ranking = new RankingClauses(doc, sentence.start);
    this.dateEndsSoFar = [];
    let greatest = -1;
    for (const d of dates) {
      greatest = Math.max(greatest, d.end);
      this.dateEndsSoFar.push(greatest);
    }
  }

  run(): Statistic[] {
    for (let i = 0; i < this.numbers.length; i++) if (!this.consumed.has(i)) this.visit(i);
    return this.found;
  }

  private get limit(): number {
    return this.sentence.end;
  }

  /**
   * The next number if only `gap` separates it from number `i`. A ratio's
   * first part has no magnitude words; a range's may ("2 tỷ - 3 tỷ đồng").
   */
  private joined(i: number, gap: RegExp): NumberMatch | null {
    const n = this.numbers[i];
    const m = this.numbers[i + 1];
    if (m === undefined || (gap === RATIO_GAP && n.end !== n.numeralEnd)) return null;
    return gap.test(this.doc.folded.slice(n.end, m.start)) ? m : null;
  }

  private visit(i: number): void {
    const n = this.numbers[i];
    if (this.isExcluded(n)) {
      // "giai đoạn 2021 - 2025": the end of an excluded range goes with it.
      if (this.joined(i, RANGE_GAP) !== null) this.consumed.add(i + 1);
      return;
    }
    const ratioOf = this.joined(i, RATIO_GAP);
    if (ratioOf !== null) {
      this.consumed.add(i + 1);
      this.visitRatio(n, ratioOf);
      return;
    }
    const rangeEnd = this.joined(i, RANGE_GAP);
    if (rangeEnd !== null && this.visitRange(n, rangeEnd)) {
      this.consumed.add(i + 1);
      return;
    }
    const alternative = this.joined(i, ALTERNATIVE_GAP);
    if (alternative !== null && unitAfter(this.doc, n.end, this.limit) === null) {
      this.visitSingle(n, unitAfter(this.doc, alternative.end, this.limit));
      return;
    }
    this.visitSingle(n, unitAfter(this.doc, n.end, this.limit));
  }

  private isExcluded(n: NumberMatch): boolean {
    const { doc, sentence } = this;
    if (this.inDate(n.start)) return true;
    if (n.form === 'digits' && (isCodeBefore(doc, n, sentence) || isCodeAfter(doc, n, sentence))) return true;
    if (n.form === 'words' && isUpper(doc.text[n.start]) && !opensClause(doc, n.start, sentence.start)) return true;
    if (n.numeral === 'năm' && this.yearContext(n)) return true;
    return followsNonQuantityHead(doc, n.start, sentence.start);
  }

  /** Whether some date covers `pos`: among the dates that start by `pos` (found by bisection), one ends after it. */
  private inDate(pos: number): boolean {
    let low = 0;
    let high = this.dates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle].start <= pos) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.dateEndsSoFar[low - 1] > pos;
  }

  /** Whether a lone "năm" is "year" by the word before it ("trong năm người dân ..."). */
  private yearContext(n: NumberMatch): boolean {
    const [previous] = wordsBefore(this.doc, n.start, this.sentence.start, 1);
    return previous !== undefined && yearWordContext.has(previous.folded);
  }

  /**
   * "14/14 xã", "37/102 nhiệm vụ": a count out of a total; not "13/1", not
   * "quý 1/2017" (a month or quarter of a year), not "xếp 14/63 tỉnh", not
   * "24/24" (round the clock).
   */
  private visitRatio(n: NumberMatch, of: NumberMatch): void {
    const { doc, sentence } = this;
    if (n.form !== 'digits' || of.form !== 'digits' || of.magnitude !== 1 || n.value > of.value) return;
    if (isYearLike(of) || timeRatioIdioms.has(`${n.numeral}/${of.numeral}`)) return;
    if (isCodeAfter(doc, of, sentence) || /[/-]/u.test(doc.text[of.numeralEnd] ?? '')) return;
    if (this.ranking.has(n.start)) return;
    const unit = unitAfter(doc, of.end, this.limit);
    if (unit === null || unit.kind === 'time') return;
    if (isValidDate(n.value, of.value, null) && unit.kind === 'fallback') return;
    this.emit(n, n.value, unit, { of: of.value });
  }

  /** "từ 5-10%", "35 - 40%", "từ 2 đến 3 tỷ đồng": one item per end, sharing the unit, linked as a range. */
  private visitRange(n: NumberMatch, m: NumberMatch): boolean {
    const { doc } = this;
    if (isYearLike(n) && isYearLike(m)) return true;
    const unit = unitAfter(doc, m.end, this.limit);
    if (unit === null) return false;
    if (unit.kind === 'time') return true;
    if (!this.unitFits(n, unit) || !this.unitFits(m, unit)) return false;
    const low = n.magnitude === 1 ? scaleNumber(n.value, m.magnitude) : n.value;
    if (low >= m.value) return false;
    if (isValidDate(n.value, m.value, null) && unit.kind === 'fallback') return false;
    const range = { low, high: m.value };
    const first = this.emit(n, low, unit, { range });
    this.emit(m, m.value, unit, { range, qualifier: first.qualifier, change: first.change, subject: first.subject });
    return true;
  }

  private visitSingle(n: NumberMatch, unit: UnitMatch | null): void {
    const { doc, sentence } = this;
    if (unit === null || unit.kind === 'time' || !this.unitFits(n, unit)) return;
    // A lexicon unit makes a quantity even after a name ("Hà Nội 15 cuộc");
    // a guessed one does not ("Quyết định 994 triển khai").
    if (unit.kind === 'fallback' && followsCapitalizedName(doc, n.start, sentence.start, 3)) return;
    const unitWord = doc.folded.slice(unit.end - unit.unit.length, unit.end);
    if (n.value === 1 && idiomsAfterOne.has(unitWord)) return;
    if (n.form === 'words' && n.value <= 3 && partyNouns.has(unitWord)) return;
    this.emit(n, n.value, unit, {});
  }

  /**
   * Whether a unit is strong enough for this number: years and numbers in
   * words need a lexicon unit, and so does a numeral with a decimal point
   * ("4.0" is a version); a lone "một" is an article ("một bước").
   */
  private unitFits(n: NumberMatch, unit: UnitMatch): boolean {
    if (unit.kind !== 'fallback') return n.form === 'digits' || n.numeral !== 'một';
    return n.form === 'digits' && !isYearLike(n) && PLAIN_NUMERAL.test(n.numeral);
  }

  private emit(
    n: NumberMatch,
    value: number,
    unit: UnitMatch,
    extra: {
      of?: number;
      range?: { low: number; high: number };
      qualifier?: string | null;
      change?: 'increase' | 'decrease';
      subject?: string | null;
    },
  ): Statistic {
    const { doc, sentence } = this;
    const mention = doc.mention(n.start, unit.end);
    const lead = leadOf(doc, n.start, sentence.start);
    const item: Statistic = {
      start: mention.start,
      end: mention.end,
      value,
      unit: unit.unit,
      text: mention.text,
      qualifier: lead.qualifier ?? extra.qualifier ?? qualifierAfter(doc, unit.end, this.limit),
    };
    if (extra.of !== undefined) item.of = extra.of;
    if (extra.range !== undefined) item.range = extra.range;
    const change = changeOf(lead) ?? extra.change;
    if (change !== undefined) item.change = change;
    item.subject = subjectOf(doc, n, lead, sentence) ?? extra.subject ?? null;
    this.linkUnitRange(item, n, unit);
    this.found.push(item);
    const opensRange = wordsBefore(doc, n.start, sentence.start, 2).some((w) => w.folded === 'từ');
    this.last = { item, unitEnd: unit.end, opensRange };
    return item;
  }

  /** "từ 5 nghìn người đến dưới 9 nghìn người": two figures with their own units, one range. */
  private linkUnitRange(item: Statistic, n: NumberMatch, unit: UnitMatch): void {
    const last = this.last;
    if (last === null || !last.opensRange || last.item.range !== undefined || item.range !== undefined) return;
    if (last.item.unit.toLowerCase() !== unit.unit.toLowerCase() || last.item.value >= item.value) return;
    if (!RANGE_UNIT_GAP.test(this.doc.folded.slice(last.unitEnd, n.start))) return;
    const range = { low: last.item.value, high: item.value };
    last.item.range = range;
    item.range = range;
  }
}

// ------------------------------------------------------------ the document

export function extractStatistics(doc: PreparedDocument): Statistic[] {
  const { sentences } = doc;
  if (sentences.length === 0) return [];
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  // One pass over the body for numbers and one for dates, shared out to the sentences.
  const numbers = findNumbers(doc.folded, from, to);
  const dates = findDates(doc.folded, from, to);
  const found: Statistic[] = [];
  let ni = 0;
  let di = 0;
  for (const sentence of sentences) {
    while (ni < numbers.length && numbers[ni].start < sentence.start) ni++;
    const mine: NumberMatch[] = [];
    for (; ni < numbers.length && numbers[ni].start < sentence.end; ni++) if (numbers[ni].end <= sentence.end) mine.push(numbers[ni]);
    if (mine.length === 0) continue;
    while (di < dates.length && dates[di].start < sentence.start) di++;
    const sentenceDates: DateMatch[] = [];
    for (let k = di; k < dates.length && dates[k].start < sentence.end; k++) {
      if (dates[k].end <= sentence.end && isMarkedDate(doc, dates[k], sentence)) sentenceDates.push(dates[k]);
    }
    // A loop, not push(...items): spreading a huge array into arguments overflows the stack.
    for (const item of new SentenceStatistics(doc, sentence, mine, sentenceDates).run()) found.push(item);
  }
  return found;
}
