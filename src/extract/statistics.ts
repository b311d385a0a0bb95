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
 * Cost: the numbers of the whole body are found in one pass, the dates only
 * in sentences with digits; after that, only the few words around each
 * number are read, and no more of them than a lexicon entry could span.
 * A number with no unit after it is dropped before its context is read.
 */
import type { Statistic } from '../model/report.js';
import { isDigitCode, isLetterOrMarkCodePoint } from '../text/chars.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { SpanCover } from '../text/sorted.js';
import { findDates, isValidDate, type DateMatch } from './dates.js';
import { findNumbers, isInlineSpaceCode, isNumberWord, letterRunEnd, scaleNumber, type NumberMatch } from './numbers.js';
import {
  ACRONYM_UNITS,
  CHANGE_VERBS,
  COUNT_UNITS,
  DATE_CUES,
  HOLDING_VERBS,
  IDIOMS_AFTER_ONE,
  LINK_VERBS,
  NAMING_HEADS,
  NON_UNIT_WORDS,
  NOT_IN_SUBJECT,
  NOT_SUBJECT_STARTS,
  NOT_UNITS,
  NOUN_QUANTIFIERS,
  ORDINAL_MARKERS,
  PARTY_NOUNS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANKING_CUES,
  SUBJECT_OPENERS,
  SUBJECT_TRAILERS,
  TIME_HEADS,
  TIME_RATIO_IDIOMS,
  TIME_UNITS,
  VAGUE_PRECEDERS,
  VERBS_BEFORE_A_VERB,
  YEAR_CUES,
  YEAR_WORD_CONTEXT,
} from '../lexicon/units.js';
import {
  beginsWithNoun,
  hasNonNounCompoundInside,
  isKnownCompound,
  isKnownWord,
  longestKnownStart,
  NOUN,
  startsWithNoun,
} from './statistics/partsOfSpeech.js';
import {
  isSentenceSpaceCode,
  isUpperAt,
  phrase,
  PhraseSet,
  wordsAfter,
  wordsBefore,
  WordsBefore,
  type Word,
} from './statistics/words.js';
import { extractTitle } from './title.js';

const countUnits = new PhraseSet(COUNT_UNITS);
const timeUnits = new PhraseSet(TIME_UNITS);
const nonUnitWords = new Set(NON_UNIT_WORDS);
const notUnits = new PhraseSet(NOT_UNITS);
const qualifiersBefore = new PhraseSet(QUALIFIERS_BEFORE);
const qualifiersAfter = new Set(QUALIFIERS_AFTER);
const rankingCues = new Set(RANKING_CUES);
const dateCues = new PhraseSet(DATE_CUES);
const yearWordContext = new Set(YEAR_WORD_CONTEXT);
const idiomsAfterOne = new Set(IDIOMS_AFTER_ONE);
const partyNouns = new Set(PARTY_NOUNS);
const timeRatioIdioms = new Set(TIME_RATIO_IDIOMS);
const linkVerbs = new PhraseSet(LINK_VERBS);
const subjectTrailers = new PhraseSet(SUBJECT_TRAILERS);
const subjectOpeners = new PhraseSet(SUBJECT_OPENERS);
const notSubjectStarts = new PhraseSet(NOT_SUBJECT_STARTS);
const changeVerbs = new Map(Object.entries(CHANGE_VERBS));
const changeVerbPhrases = new PhraseSet(changeVerbs.keys());
const notInSubject = new PhraseSet(NOT_IN_SUBJECT);
const holdingVerbs = new PhraseSet(HOLDING_VERBS);
const verbsBeforeAVerb = new PhraseSet(VERBS_BEFORE_A_VERB);
const nounQuantifiers = new PhraseSet(NOUN_QUANTIFIERS);
const timeHeads = new PhraseSet(TIME_HEADS);
/** Words right before a number that make it something other than a quantity. */
const notQuantityHeads = new PhraseSet([...NAMING_HEADS, ...ORDINAL_MARKERS, ...YEAR_CUES, ...DATE_CUES, ...VAGUE_PRECEDERS]);
/** Longest first, so that "km2" wins over "km" and "m". */
const symbolUnits = [...ACRONYM_UNITS].sort((a, b) => b.length - a.length);
/** Symbol units by the code of their first character, so that a unit word is tried against a few at most. */
const symbolsByFirst = new Map<number, string[]>();
for (const symbol of symbolUnits) {
  const first = symbol.charCodeAt(0);
  symbolsByFirst.set(first, [...(symbolsByFirst.get(first) ?? []), symbol]);
}
const PERCENT_SIGNS = new Set(['%', '‰']);
/** For each word, the most words of a unit, a period or a non-unit that begins with it. */
const unitSpans = new Map<string, number>();
for (const set of [countUnits, timeUnits, notUnits]) {
  for (const [word, span] of set.spans()) unitSpans.set(word, Math.max(unitSpans.get(word) ?? 0, span));
}
/** The words a fallback unit is chosen among. */
const FALLBACK_WORDS = 3;
/** The longest subject, in words: past that, the clause does not make the subject clear. */
const MAX_SUBJECT_WORDS = 12;
/** The longest holder before "có", "gồm", in words ("Ban điều hành FLC Faros" is four). */
const MAX_HOLDER_WORDS = 6;

const WORD_CHAR = /[\p{L}\p{M}\d]/u;
/** A document symbol after its number: "25-NQ/TW", "25 -NQ/TW", "1234/QĐ-TTg". */
const SYMBOL_AFTER = /[ \u00a0]?[-/–][ \u00a0]?\p{Lu}/uy;
const SYMBOL_AFTER_INITIALS = new Set([...' \u00a0-/–'].map((ch) => ch.charCodeAt(0)));
/** A clock time: "20:31", "8h30", "7g15". */
const CLOCK_AFTER = /[:hg]\d/uy;
const CLOCK_AFTER_INITIALS = new Set([...':hg'].map((ch) => ch.charCodeAt(0)));
/** The characters that can follow the spaces of a gap between two joined numbers. */
const GAP_INITIALS = new Set([...'/-–—~đth'].map((ch) => ch.charCodeAt(0)));
/** The word of the spelled-out dates ("15 tháng 3 năm 2021"). */
const MONTH_WORD = 'tháng';
/** The most words before a number that any check looks at (a qualifier, a head, a verb before it). */
const WORDS_BEFORE = 6;
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

type UnitKind = 'percent' | 'symbol' | 'lexicon' | 'fallback' | 'time';

interface UnitMatch {
  kind: UnitKind;
  unit: string;
  end: number;
}

// ------------------------------------------------------------ units

/** The unit right after a number ending at `pos`, or null if none follows. */
function unitAfter(doc: PreparedDocument, pos: number, limit: number): UnitMatch | null {
  const attached = pos < limit && !isSentenceSpaceCode(doc.text.charCodeAt(pos));
  let p = pos;
  while (p < limit && isSentenceSpaceCode(doc.text.charCodeAt(p))) p++;
  if (p >= limit) return null;
  const symbol = symbolAt(doc, p, limit);
  if (symbol !== undefined) return { kind: PERCENT_SIGNS.has(symbol) ? 'percent' : 'symbol', unit: symbol, end: p + symbol.length };
  const words = wordsAfter(doc, p, limit, 1);
  // A unit is written in lower case: "2023 Ban Dân vận", "18 Hoàng Diệu" have none.
  if (words.length === 0 || words[0].start !== p || isUpperAt(doc, p)) return null;
  // Only as many words as the longest entry that begins with the first one.
  const span = unitSpans.get(words[0].folded) ?? 0;
  if (span > 1) words.push(...wordsAfter(doc, words[0].end, limit, span - 1));
  for (let n = Math.min(span, words.length); n >= 1; n--) {
    const candidate = phrase(words, 0, n);
    const end = words[n - 1].end;
    if (notUnits.has(candidate)) return null;
    if (candidate === 'phần trăm') return { kind: 'percent', unit: '%', end };
    if (countUnits.has(candidate)) return { kind: 'lexicon', unit: doc.text.slice(p, end), end };
    if (timeUnits.has(candidate)) return { kind: 'time', unit: doc.text.slice(p, end), end };
  }
  if (attached) return null;
  return fallbackUnit(doc, words.length >= FALLBACK_WORDS ? words : wordsAfter(doc, p, limit, FALLBACK_WORDS));
}

/** The symbol unit written at `p` ("%", "ha", "km2"), standing alone, or undefined. */
function symbolAt(doc: PreparedDocument, p: number, limit: number): string | undefined {
  const candidates = symbolsByFirst.get(doc.text.charCodeAt(p));
  if (candidates === undefined) return undefined;
  for (const symbol of candidates) {
    const end = p + symbol.length;
    if (end <= limit && doc.text.startsWith(symbol, p) && !WORD_CHAR.test(doc.text[end] ?? '')) return symbol;
  }
  return undefined;
}

function canBeginUnit(doc: PreparedDocument, word: Word | undefined): word is Word {
  return word !== undefined && !isUpperAt(doc, word.start) && !nonUnitWords.has(word.folded) && !isNumberWord(word.folded);
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
  if (!canBeginUnit(doc, first)) return null;
  const known = longestKnownStart(words);
  if (known !== null && (known.flags & NOUN) === 0) return null;
  let last = first;
  if (known !== null) last = words[known.length - 1];
  else if (canBeginUnit(doc, second) && !isKnownWord(second.folded)) last = second;
  const end = throughHyphens(doc, last.end);
  return { kind: 'fallback', unit: doc.text.slice(first.start, end), end };
}

/** Where a word ending at `end` ends when hyphenated syllables continue it ("xi-lanh", "ki-lô-gam"). */
function throughHyphens(doc: PreparedDocument, end: number): number {
  let p = end;
  while (doc.text.charCodeAt(p) === 45) {
    const next = letterRunEnd(doc.text, p + 1);
    if (next === p + 1) break;
    p = next;
  }
  return p;
}

// ------------------------------------------------------------ qualifiers, changes, subjects

interface Lead {
  /** The hedge before the number, as written, lower case. */
  qualifier: string | null;
  /** Where the words before the hedge (and any "từ" of a range) end. */
  before: Word[];
}

/** The hedge written right before a number ("khoảng", "hơn", "ít nhất") and the words before it. */
function leadOf(doc: PreparedDocument, before: Word[]): Lead {
  let words = before;
  const n = qualifiersBefore.longestEnding(words);
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
  const n = changeVerbPhrases.longestEnding(words, 2);
  return n === 0 ? undefined : changeVerbs.get(phrase(words, words.length - n, words.length));
}

/**
 * What a figure measures, when its clause says it: the noun phrase before a
 * verb of level or change ("tổng kim ngạch xuất khẩu đạt 10 tỷ USD" gives
 * "tổng kim ngạch xuất khẩu"), or before a verb of holding ("Toàn tỉnh có
 * 1.234 hộ nghèo" gives "Toàn tỉnh"), without openers ("trong đó"), adverbs
 * ("chỉ", "đã") or a time phrase with digits before it. Null otherwise.
 */
function subjectOf(doc: PreparedDocument, n: NumberMatch, lead: Lead, sentence: Sentence): string | null {
  const qualifierWords = lead.qualifier === null ? 0 : lead.qualifier.split(' ').length;
  let words = lead.before;
  let holding = false;
  if (!(qualifierWords > 1 && linkVerbs.has(lead.qualifier!))) {
    const linkWords = linkVerbs.longestEnding(words, 2);
    holding = linkWords === 0;
    const verbWords = linkWords || holdingVerbs.longestEnding(words);
    if (verbWords === 0) return null;
    words = words.slice(0, words.length - verbWords);
  }
  if (words.length === 0) return null;
  const verbStart = words[words.length - 1].end;
  const clauseStart = clauseStartBefore(doc, verbStart, sentence.start);
  if (clauseStart === null) return null;
  const clause = clauseWords(doc, clauseStart, verbStart);
  let subject = clause;
  for (let k = subjectTrailers.longestEnding(subject); k > 0; k = subjectTrailers.longestEnding(subject)) {
    subject = subject.slice(0, subject.length - k);
  }
  // "phát hiện có": the adverb "hiện" was the end of a verb, and the clause is no noun phrase.
  if (subject.length > 0 && subject.length < clause.length && isKnownCompound(clause, subject.length - 1)) return null;
  for (let k = subjectOpeners.longestStart(subject); k > 0; k = subjectOpeners.longestStart(subject)) subject = subject.slice(k);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return null;
  // "Toàn tỉnh", "Cả nước": the noun after a word of scope tells a noun phrase.
  const quantifier = nounQuantifiers.longestStart(subject);
  const head = quantifier > 0 && quantifier < subject.length ? subject.slice(quantifier) : subject;
  if (notSubjectStarts.longestStart(subject) > 0 || !beginsWithNoun(head)) return null;
  // "mỗi năm", "cả buổi": a time, not what holds or measures.
  if (quantifier > 0 && (timeUnits.longestStart(head) > 0 || timeHeads.longestStart(head) > 0)) return null;
  if (notInSubject.occursIn(subject) || subject[subject.length - 1].folded === 'và') return null;
  if (verbBeforeVerb(subject)) return null;
  // A run of capitalized words is a name (a person, a place), not what is measured.
  if (subject.length > 1 && subject.every((w) => isUpperAt(doc, w.start))) return null;
  // "có" follows many more clauses than verbs of level do: a holder is a short, plain noun phrase.
  if (holding && (subject.length > MAX_HOLDER_WORDS || !startsWithNoun(head) || hasNonNounCompoundInside(head))) return null;
  return doc.text.slice(subject[0].start, subject[subject.length - 1].end);
}

/** Whether a verb like "cam kết" stands in the words with a verb of two syllables right after it ("cam kết cắt giảm"). */
function verbBeforeVerb(words: Word[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const n = verbsBeforeAVerb.longestStart(words.slice(i), 2);
    if (n === 0) continue;
    const known = longestKnownStart(words.slice(i + n));
    if (known !== null && known.length >= 2 && (known.flags & NOUN) === 0) return true;
  }
  return false;
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
  while (p > floor && (!SUBJECT_BREAKS.has(doc.text[p - 1]) || isAbbreviationDot(doc, p - 1))) {
    if (isDigitCode(doc.text.charCodeAt(p - 1))) return null;
    p--;
  }
  return p > floor || p === limit ? p : null;
}

/** Whether the character at `i` is the dot of an abbreviation ("TP.HCM", "P.Thảo Điền"): a letter on both sides. */
function isAbbreviationDot(doc: PreparedDocument, i: number): boolean {
  return doc.text.charCodeAt(i) === 46 && isLetterOrMarkCodePoint(doc.text.charCodeAt(i - 1)) && isLetterOrMarkCodePoint(doc.text.charCodeAt(i + 1));
}

/** Words of text[from, to), joining hyphenated and abbreviated forms ("Việt Nam-Lào", "KH-ĐT"). */
function clauseWords(doc: PreparedDocument, from: number, to: number): Word[] {
  const words: Word[] = [];
  CLAUSE_WORD.lastIndex = from;
  for (let m = CLAUSE_WORD.exec(doc.text); m !== null && m.index + m[0].length <= to; m = CLAUSE_WORD.exec(doc.text)) {
    const end = m.index + m[0].length;
    words.push({ start: m.index, end, folded: doc.folded.slice(m.index, end) });
  }
  return words;
}

// ------------------------------------------------------------ what is not a quantity

/**
 * Whether the words right before a number make it a name, an ordinal, a
 * year, a date or a vague amount: "Quân khu 7", "Nghị quyết số 25", "lần
 * thứ 13", "năm 2021", "tháng 6", "quý 1", "hàng 100".
 */
function followsNonQuantityHead(doc: PreparedDocument, before: WordsBefore): boolean {
  // Most numbers have no head: the word before them (or before "số") ends none, and no more are read.
  const nearest = before.nearest(0);
  const key = nearest?.folded === 'số' ? before.nearest(1) : nearest;
  if (key === undefined || key.folded === 'số' || notQuantityHeads.spanTo(key.folded) === 0) return false;
  let words = before.last(4);
  if (words[words.length - 1].folded === 'số') {
    // "Quyết định số 994" names a document; "tổng số 150" still counts.
    words = words.slice(0, -1);
    if (words.length === 0) return false;
  }
  const longest = Math.min(3, words.length, notQuantityHeads.spanTo(words[words.length - 1].folded));
  for (let n = longest; n >= 1; n--) {
    const from = words.length - n;
    if (notQuantityHeads.has(phrase(words, from, words.length)) && !insideProperName(doc, words, from)) return true;
  }
  return false;
}

/** Whether word `i` continues a capitalized name ("Phòng" in "Hải Phòng 12 cuộc"). */
function insideProperName(doc: PreparedDocument, words: Word[], i: number): boolean {
  return i > 0 && isUpperAt(doc, words[i].start) && isUpperAt(doc, words[i - 1].start);
}

/** Whether the word before `pos` opens its clause (sentence start or after punctuation). */
function opensClause(doc: PreparedDocument, pos: number, limit: number): boolean {
  let p = pos;
  while (p > limit && isSentenceSpaceCode(doc.text.charCodeAt(p - 1))) p--;
  return p <= limit || CLAUSE_OPENERS.test(doc.text[p - 1]);
}

/**
 * Whether a capitalized noun phrase ends right before a number: "Binh đoàn
 * 15", "Đề án 06", "COVID 19". The walk stops at function words and verbs
 * ("TP HCM đề ra 5 nhiệm vụ"); a capital that opens the clause ("Có 281
 * cuộc thi") is not a name.
 */
function followsCapitalizedName(doc: PreparedDocument, before: WordsBefore, limit: number, depth: number): boolean {
  const words = before.last(depth);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (isUpperAt(doc, word.start)) return !opensClause(doc, word.start, limit);
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
  const before = doc.text.charCodeAt(n.start - 1);
  const beforeThat = doc.text.charCodeAt(n.start - 2);
  if (n.start > sentence.start && isLetterOrMarkCodePoint(before)) return true;
  if ((before === 45 || before === 47 || before === 46) && (isLetterOrMarkCodePoint(beforeThat) || isDigitCode(beforeThat))) return true;
  return before === 58 && isDigitCode(beforeThat);
}

/**
 * Whether what follows a digit numeral makes it a document symbol, a clock
 * time, a list marker or a phone number: "25-NQ/TW", "8h30", "(1)", "1.".
 */
function isCodeAfter(doc: PreparedDocument, n: NumberMatch, sentence: Sentence): boolean {
  const after = doc.text.charCodeAt(n.numeralEnd);
  // The regexes are tried only where their first character stands.
  if (SYMBOL_AFTER_INITIALS.has(after)) {
    SYMBOL_AFTER.lastIndex = n.numeralEnd;
    if (SYMBOL_AFTER.test(doc.text)) return true;
  }
  if (CLOCK_AFTER_INITIALS.has(after)) {
    CLOCK_AFTER.lastIndex = n.numeralEnd;
    if (CLOCK_AFTER.test(doc.text)) return true;
  }
  const before = doc.text.charCodeAt(n.start - 1);
  if (before === 40 && after === 41) return true;
  if (n.start === sentence.start && (after === 46 || after === 41)) return true;
  return n.numeral.length > 8 && PHONE_NUMERAL.test(n.numeral);
}

function isYearLike(n: NumberMatch): boolean {
  return n.form === 'digits' && n.magnitude === 1 && YEAR_NUMERAL.test(n.numeral) && n.value <= 2100;
}

/** Dates the text marks as dates: with a year, or after "ngày", "sáng" ... */
function isMarkedDate(doc: PreparedDocument, d: DateMatch, sentence: Sentence): boolean {
  if (d.year !== null) return true;
  return dateCues.longestEnding(wordsBefore(doc, d.start, sentence.start, 2), 2) > 0;
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
  /** The number that the one visited before it took as its second part (a ratio's total, a range's end), or -1. */
  private consumed = -1;
  private last: Emitted | null = null;
  private wordsBefore: WordsBefore | null = null;
  /** Read only for ratios, which few sentences have. */
  private ranking: RankingClauses | null = null;
  /** The dates of the sentence, searched by bisection for each number. */
  private readonly dateSpans: SpanCover;

  constructor(
    private readonly doc: PreparedDocument,
    private readonly sentence: Sentence,
    private readonly numbers: NumberMatch[],
    dates: readonly DateMatch[],
  ) {
    this.dateSpans = new SpanCover(dates);
  }

  run(): Statistic[] {
    for (let i = 0; i < this.numbers.length; i++) if (i !== this.consumed) this.visit(i);
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

  /**
   * Whether number `i` may be joined to the next one: the first character
   * after the spaces between them can begin one of the gaps ("/", a dash,
   * "đến", "tới", "hoặc", "hay"). Most numbers have words between them, and
   * the gaps' regexes are then not tried.
   */
  private mayJoin(i: number): boolean {
    const m = this.numbers[i + 1];
    if (m === undefined) return false;
    const { folded } = this.doc;
    let p = this.numbers[i].end;
    while (p < m.start && isInlineSpaceCode(folded.charCodeAt(p))) p++;
    return p < m.start && GAP_INITIALS.has(folded.charCodeAt(p));
  }

  private visit(i: number): void {
    const n = this.numbers[i];
    if (!this.mayJoin(i)) {
      this.visitAlone(n);
      return;
    }
    if (this.isExcluded(n)) {
      // "giai đoạn 2021 - 2025": the end of an excluded range goes with it.
      if (this.joined(i, RANGE_GAP) !== null) this.consumed = i + 1;
      return;
    }
    const ratioOf = this.joined(i, RATIO_GAP);
    if (ratioOf !== null) {
      this.consumed = i + 1;
      this.visitRatio(n, ratioOf);
      return;
    }
    const rangeEnd = this.joined(i, RANGE_GAP);
    if (rangeEnd !== null && this.visitRange(n, rangeEnd)) {
      this.consumed = i + 1;
      return;
    }
    const unit = unitAfter(this.doc, n.end, this.limit);
    const alternative = this.joined(i, ALTERNATIVE_GAP);
    if (alternative !== null && unit === null) {
      this.visitSingle(n, unitAfter(this.doc, alternative.end, this.limit));
      return;
    }
    this.visitSingle(n, unit);
  }

  /**
   * A number with no other number joined to it: a quantity if a unit
   * follows it and nothing makes it something else. The unit is looked for
   * first, as most numbers without one ("một" as an article, years) are
   * told apart that way more cheaply than by their context.
   */
  private visitAlone(n: NumberMatch): void {
    // A lone "một" is an article ("một bước"), whatever follows.
    if (n.numeral === 'một') return;
    const unit = unitAfter(this.doc, n.end, this.limit);
    if (unit === null || unit.kind === 'time' || this.isExcluded(n)) return;
    this.visitSingle(n, unit);
  }

  /** The words right before a number, read once for the several checks that look at them. */
  private before(pos: number): WordsBefore {
    if (this.wordsBefore?.pos !== pos) this.wordsBefore = new WordsBefore(this.doc, pos, this.sentence.start);
    return this.wordsBefore;
  }

  private isExcluded(n: NumberMatch): boolean {
    const { doc, sentence } = this;
    if (this.dateSpans.covers(n.start)) return true;
    if (n.form === 'digits' && (isCodeBefore(doc, n, sentence) || isCodeAfter(doc, n, sentence))) return true;
    if (n.form === 'words' && isUpperAt(doc, n.start) && !opensClause(doc, n.start, sentence.start)) return true;
    if (n.numeral === 'năm' && this.yearContext(n)) return true;
    return followsNonQuantityHead(doc, this.before(n.start));
  }

  /** Whether a lone "năm" is "year" by the word before it ("trong năm người dân ..."). */
  private yearContext(n: NumberMatch): boolean {
    const [previous] = this.before(n.start).last(1);
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
    this.ranking ??= new RankingClauses(doc, sentence.start);
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
    if (unit.kind === 'fallback' && followsCapitalizedName(doc, this.before(n.start), sentence.start, 3)) return;
    if (n.value >= 1 && n.value <= 3) {
      const unitWord = doc.folded.slice(unit.end - unit.unit.length, unit.end);
      if (n.value === 1 && idiomsAfterOne.has(unitWord)) return;
      // "hai nước", "2 bên", "3 nước Đông Dương": the parties of a relation.
      if ((n.value === 2 || n.value === 3) && partyNouns.has(unitWord)) return;
    }
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
    const lead = leadOf(doc, this.before(n.start).last(WORDS_BEFORE));
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
    const opensRange = this.before(n.start).last(2).some((w) => w.folded === 'từ');
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

/**
 * Whether a date could cover a number of the text between `from` and `to`:
 * one written with "/" or "-" ("13/1", "9-4") or with "tháng" ("15 tháng 3").
 * A date with dots ("3.6.2013") holds no number: its digits read as one
 * numeral, which is not a number. Without any of them, dates are not searched.
 */
function mayHoldDate(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 47 || code === 45 || (code === 116 && folded.startsWith(MONTH_WORD, i))) return true;
  }
  return false;
}

/**
 * The headline line, when it is one: a line of its own, one sentence without
 * a closing period, with body sentences after it. A first line that holds
 * several sentences, or ends like prose, or is all the text there is (one
 * sentence given alone) is body text the headline rule fell back on.
 */
function headlineSentence(doc: PreparedDocument): number {
  const range = extractTitle(doc).textRange;
  const { sentences } = doc;
  if (!range || sentences.length < 2) return -1;
  const first = sentences.findIndex((s) => s.end > range.start);
  if (first < 0 || first === sentences.length - 1) return -1;
  const sentence = sentences[first]!;
  const whole = sentence.start <= range.start && sentence.end >= range.end - 1 && sentence.end <= range.end + 1;
  const closed = doc.text.charCodeAt(range.end - 1) === 0x2e; // "."
  return whole && !closed ? first : -1;
}

export function extractStatistics(doc: PreparedDocument): Statistic[] {
  const { sentences } = doc;
  if (sentences.length === 0) return [];
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  // One pass over the body for numbers, shared out to the sentences.
  const numbers = findNumbers(doc.folded, from, to);
  const found: Statistic[] = [];
  // Figures are counted in the body (ANNOTATION.md): a headline's "9 - 10 xã" repeats the lead's.
  const headline = headlineSentence(doc);
  let ni = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    if (si === headline) continue;
    while (ni < numbers.length && numbers[ni].start < sentence.start) ni++;
    if (ni === numbers.length) break;
    if (numbers[ni].start >= sentence.end) continue;
    const mine: NumberMatch[] = [];
    let digits = false;
    for (; ni < numbers.length && numbers[ni].start < sentence.end; ni++) {
      if (numbers[ni].end > sentence.end) continue;
      mine.push(numbers[ni]);
      digits ||= numbers[ni].form === 'digits';
    }
    if (mine.length === 0) continue;
    // A date holds digit numerals ("13/1", "15 tháng 3 năm 2021"): only a sentence with some can have one.
    const sentenceDates: DateMatch[] = [];
    if (digits && mayHoldDate(doc.folded, sentence.start, sentence.end)) {
      for (const date of findDates(doc.folded, sentence.start, sentence.end)) {
        if (isMarkedDate(doc, date, sentence)) sentenceDates.push(date);
      }
    }
    // A loop, not push(...items): spreading a huge array into arguments overflows the stack.
    for (const item of new SentenceStatistics(doc, sentence, mine, sentenceDates).run()) found.push(item);
  }
  return found;
}
