/**
 * Statistics: every quantity a report gives about results or activity, in
 * the body sentences, one item per occurrence (docs/ANNOTATION.md).
 *
 * A number counts when a unit follows it: "%", a symbol ("ha", "USD"), a
 * count noun or classifier from the units lexicon ("hội nghị", "lượt
 * người", "căn"), or, for digits only, any lower-case noun that is not a
 * function word. Numbers that are dates, years, clock times, durations,
 * document symbols, names ("Quân khu 7"), ordinals, list markers, phone
 * numbers or vague amounts are left out by their context.
 */
import type { Statistic } from '../model/report.js';
import type { PreparedDocument, Sentence } from '../text/document.js';
import { findDates, isValidDate } from './dates.js';
import { findNumbers, isNumberWord, scaleNumber, type NumberMatch } from './numbers.js';
import {
  ACRONYM_UNITS,
  COUNT_UNITS,
  DATE_CUES,
  NAMING_HEADS,
  NON_UNIT_WORDS,
  NOT_UNITS,
  ORDINAL_MARKERS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANKING_CUES,
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
/** Words right before a number that make it something other than a quantity. */
const notQuantityHeads = new Set([...NAMING_HEADS, ...ORDINAL_MARKERS, ...YEAR_CUES, ...DATE_CUES, ...VAGUE_PRECEDERS]);
/** Longest first, so that "km2" wins over "km" and "m". */
const symbolUnits = [...ACRONYM_UNITS].sort((a, b) => b.length - a.length);
const PERCENT_SIGNS = new Set(['%', '‰']);
/** The longest phrase in any of the lexicons, in words. */
const LONGEST_UNIT = Math.max(...[...COUNT_UNITS, ...TIME_UNITS, ...NOT_UNITS].map((u) => u.split(' ').length));

/** Space within a sentence; a line break there joins a paragraph broken by the page. */
const INLINE_SPACE = /[ \t\u00a0\n]/u;
const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const UPPER = /\p{Lu}/u;
const WORD_AT = /[ \t\u00a0\n]*([\p{L}\p{M}]+)/uy;
/** A document symbol after its number: "25-NQ/TW", "25 -NQ/TW", "1234/QĐ-TTg". */
const SYMBOL_AFTER = /[ \u00a0]?[-/–][ \u00a0]?\p{Lu}/uy;
/** A clock time: "20:31", "8h30", "7g15". */
const CLOCK_AFTER = /[:hg]\d/uy;
const RATIO_GAP = /^[ \u00a0]?\/[ \u00a0]?$/u;
const RANGE_GAP = /^(?:[ \t\u00a0]*[-–—~][ \t\u00a0]*|[ \t\u00a0]+(?:đến|tới)[ \t\u00a0]+)$/u;
const YEAR_NUMERAL = /^(?:19|20)\d\d$/u;
const PHONE_NUMERAL = /^0\d{8,}$/u;
/** Integers, "."-grouped thousands and decimal commas: the Vietnamese way of writing numbers. */
const PLAIN_NUMERAL = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u;
const CLAUSE_OPENERS = /[:;(“"'‘–—\-.!?…[]/u;
const CLAUSE_BREAKS = /[,;:()[\]“”"]/u;

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

/** Up to `max` words before `pos`, separated by spaces only, in reading order. */
function wordsBefore(doc: PreparedDocument, pos: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  let p = pos;
  while (words.length < max) {
    let end = p;
    while (end > limit && INLINE_SPACE.test(doc.text[end - 1])) end--;
    let start = end;
    while (start > limit && LETTER.test(doc.text[start - 1])) start--;
    if (start === end) break;
    words.unshift({ start, end, folded: doc.folded.slice(start, end), text: doc.text.slice(start, end) });
    p = start;
  }
  return words;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** The phrase of the last `n` words, in matching form. */
function lastWords(words: Word[], n: number): string {
  return words
    .slice(words.length - n)
    .map((w) => w.folded)
    .join(' ');
}

/** The unit right after a number ending at `pos`, or null if none follows. */
function unitAfter(doc: PreparedDocument, pos: number, limit: number): UnitMatch | null {
  const attached = pos < limit && !INLINE_SPACE.test(doc.text[pos]);
  let p = pos;
  while (p < limit && INLINE_SPACE.test(doc.text[p])) p++;
  if (p >= limit) return null;
  const symbol = symbolUnits.find(
    (s) => doc.text.startsWith(s, p) && p + s.length <= limit && !WORD_CHAR.test(doc.text[p + s.length] ?? ''),
  );
  if (symbol !== undefined) return { kind: PERCENT_SIGNS.has(symbol) ? 'percent' : 'symbol', unit: symbol, end: p + symbol.length };
  const words = wordsAfter(doc, p, limit, LONGEST_UNIT);
  // A unit is written in lower case: "2023 Ban Dân vận", "18 Hoàng Diệu" have none.
  if (words.length === 0 || words[0].start !== p || isUpper(words[0].text[0])) return null;
  for (let n = words.length; n >= 1; n--) {
    const phrase = words
      .slice(0, n)
      .map((w) => w.folded)
      .join(' ');
    const end = words[n - 1].end;
    if (notUnits.has(phrase)) return null;
    if (phrase === 'phần trăm') return { kind: 'percent', unit: '%', end };
    if (countUnits.has(phrase)) return { kind: 'lexicon', unit: doc.text.slice(p, end), end };
    if (timeUnits.has(phrase)) return { kind: 'time', unit: doc.text.slice(p, end), end };
  }
  return attached ? null : fallbackUnit(doc, words);
}

function canBeginUnit(word: Word | undefined): word is Word {
  return word !== undefined && !isUpper(word.text[0]) && !nonUnitWords.has(word.folded) && !isNumberWord(word.folded);
}

/**
 * A noun outside the lexicon: one or two lower-case syllables that are not
 * function words ("45 doanh nghiệp"). Vietnamese nouns of this kind are
 * mostly two syllables; scoring compares the first.
 */
function fallbackUnit(doc: PreparedDocument, words: Word[]): UnitMatch | null {
  const [first, second] = words;
  if (!canBeginUnit(first)) return null;
  const last = canBeginUnit(second) ? second : first;
  return { kind: 'fallback', unit: doc.text.slice(first.start, last.end), end: last.end };
}

/** The hedge written right before a number ("khoảng", "hơn", "ít nhất"), lower case. */
function qualifierBefore(doc: PreparedDocument, pos: number, limit: number): string | null {
  const words = wordsBefore(doc, pos, limit, 3);
  for (let n = words.length; n >= 1; n--) {
    if (qualifiersBefore.has(lastWords(words, n))) {
      return doc.text.slice(words[words.length - n].start, words[words.length - 1].end).toLowerCase();
    }
  }
  return null;
}

/** The hedge written right after a quantity ("trở lên"), lower case. */
function qualifierAfter(doc: PreparedDocument, pos: number, limit: number): string | null {
  const words = wordsAfter(doc, pos, limit, 2);
  if (words.length < 2 || !qualifiersAfter.has(`${words[0].folded} ${words[1].folded}`)) return null;
  return doc.text.slice(words[0].start, words[1].end).toLowerCase();
}

/**
 * Whether the words right before a number make it a name, an ordinal, a
 * year, a date or a vague amount: "Quân khu 7", "Nghị quyết số 25", "lần
 * thứ 13", "năm 2021", "tháng 6", "hàng 100".
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
  while (p > limit && INLINE_SPACE.test(doc.text[p - 1])) p--;
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

/** Whether a ranking word ("xếp", "đứng", "hạng") comes earlier in the clause. */
function inRankingClause(doc: PreparedDocument, pos: number, limit: number): boolean {
  let start = pos;
  while (start > limit && !CLAUSE_BREAKS.test(doc.text[start - 1])) start--;
  const words = wordsAfter(doc, start, pos, 30);
  return words.some((w, i) => rankingCues.has(w.folded) || (i > 0 && rankingCues.has(`${words[i - 1].folded} ${w.folded}`)));
}

/**
 * Whether what stands before a digit numeral makes it part of a code or a
 * compound numeral: "COVID-19", "F0", "20:31", the second part of "13/1".
 */
function isCodeBefore(doc: PreparedDocument, n: NumberMatch, sentence: Sentence): boolean {
  const before = doc.text[n.start - 1] ?? '';
  const beforeThat = doc.text[n.start - 2] ?? '';
  if (n.start > sentence.start && LETTER.test(before)) return true;
  if (/[-/.]/u.test(before) && (LETTER.test(beforeThat) || /\d/u.test(beforeThat))) return true;
  return before === ':' && /\d/u.test(beforeThat);
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

/** Spans of dates the text marks as dates: with a year, or after "ngày", "sáng" ... */
function markedDates(doc: PreparedDocument, sentence: Sentence): Array<[number, number]> {
  return findDates(doc.folded, sentence.start, sentence.end)
    .filter((d) => {
      if (d.year !== null) return true;
      const words = wordsBefore(doc, d.start, sentence.start, 2);
      return words.length > 0 && (dateCues.has(lastWords(words, 1)) || (words.length > 1 && dateCues.has(lastWords(words, 2))));
    })
    .map((d) => [d.start, d.end]);
}

class SentenceStatistics {
  readonly found: Statistic[] = [];
  private readonly numbers: NumberMatch[];
  private readonly dates: Array<[number, number]>;
  private readonly consumed = new Set<number>();

  constructor(
    private readonly doc: PreparedDocument,
    private readonly sentence: Sentence,
  ) {
    this.numbers = findNumbers(doc.folded, sentence.start, sentence.end);
    this.dates = markedDates(doc, sentence);
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
    this.visitSingle(n);
  }

  private isExcluded(n: NumberMatch): boolean {
    const { doc, sentence } = this;
    if (this.dates.some(([start, end]) => n.start >= start && n.start < end)) return true;
    if (n.form === 'digits' && (isCodeBefore(doc, n, sentence) || isCodeAfter(doc, n, sentence))) return true;
    if (n.form === 'words' && isUpper(doc.text[n.start]) && !opensClause(doc, n.start, sentence.start)) return true;
    if (n.numeral === 'năm' && this.yearContext(n)) return true;
    return followsNonQuantityHead(doc, n.start, sentence.start);
  }

  /** Whether a lone "năm" is "year" by the word before it ("trong năm người dân ..."). */
  private yearContext(n: NumberMatch): boolean {
    const [previous] = wordsBefore(this.doc, n.start, this.sentence.start, 1);
    return previous !== undefined && yearWordContext.has(previous.folded);
  }

  /** "14/14 xã", "37/102 nhiệm vụ": a count out of a total; not "13/1", not "xếp 14/63 tỉnh". */
  private visitRatio(n: NumberMatch, of: NumberMatch): void {
    const { doc, sentence } = this;
    if (n.form !== 'digits' || of.form !== 'digits' || of.magnitude !== 1 || n.value > of.value) return;
    if (isCodeAfter(doc, of, sentence) || /[/-]/u.test(doc.text[of.numeralEnd] ?? '')) return;
    if (inRankingClause(doc, n.start, sentence.start)) return;
    const unit = unitAfter(doc, of.end, this.limit);
    if (unit === null || unit.kind === 'time') return;
    if (isValidDate(n.value, of.value, null) && unit.kind === 'fallback') return;
    this.emit(n.start, n.value, unit, qualifierBefore(doc, n.start, sentence.start), of.value);
  }

  /** "từ 5-10%", "35 - 40%", "từ 2 đến 3 tỷ đồng": one item per end, sharing the unit. */
  private visitRange(n: NumberMatch, m: NumberMatch): boolean {
    const { doc, sentence } = this;
    if (isYearLike(n) && isYearLike(m)) return true;
    const unit = unitAfter(doc, m.end, this.limit);
    if (unit === null) return false;
    if (unit.kind === 'time') return true;
    if (!this.unitFits(n, unit) || !this.unitFits(m, unit)) return false;
    const first = n.magnitude === 1 ? scaleNumber(n.value, m.magnitude) : n.value;
    if (first >= m.value) return false;
    if (isValidDate(n.value, m.value, null) && unit.kind === 'fallback') return false;
    const qualifier = qualifierBefore(doc, n.start, sentence.start);
    this.emit(n.start, first, unit, qualifier);
    this.emit(m.start, m.value, unit, qualifier);
    return true;
  }

  private visitSingle(n: NumberMatch): void {
    const { doc, sentence } = this;
    const unit = unitAfter(doc, n.end, this.limit);
    if (unit === null || unit.kind === 'time' || !this.unitFits(n, unit)) return;
    // A lexicon unit makes a quantity even after a name ("Hà Nội 15 cuộc");
    // a guessed one does not ("Quyết định 994 triển khai").
    if (unit.kind === 'fallback' && followsCapitalizedName(doc, n.start, sentence.start, 3)) return;
    this.emit(n.start, n.value, unit, qualifierBefore(doc, n.start, sentence.start));
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

  private emit(start: number, value: number, unit: UnitMatch, qualifier: string | null, of?: number): void {
    const { doc } = this;
    const mention = doc.mention(start, unit.end);
    const item: Statistic = {
      start: mention.start,
      end: mention.end,
      value,
      unit: unit.unit,
      text: mention.text,
      qualifier: qualifier ?? qualifierAfter(doc, unit.end, this.limit),
    };
    if (of !== undefined) item.of = of;
    this.found.push(item);
  }
}

export function extractStatistics(doc: PreparedDocument): Statistic[] {
  return doc.sentences.flatMap((sentence) => new SentenceStatistics(doc, sentence).run());
}
