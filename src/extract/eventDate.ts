/**
 * The day the reported event took place. Reports open with a cued date
 * ("Sáng 13/1", "Ngày 10-1", "tổ chức ngày 31/7/2023"); a page's date stamp
 * is not the event date, but it (or the years under review) gives the year
 * when the text leaves it out.
 */
import type { Span } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';
import { findDates, isValidDate, toIsoDate, type DateMatch } from './dates.js';

export interface EventDateResult {
  eventDate: string | null;
  span: Span | null;
}

/** Words right before a date that put it on the event itself: time of day, "ngày", "hôm nay". */
const EVENT_CUES = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'hôm']);
/** "sáng nay", "chiều qua", "hôm nay". */
const RELATIVE_DAYS = new Set(['nay', 'qua', 'mai']);
/** Words before "ngày" that make it a document's date: "ký ngày", "ban hành ngày", "có hiệu lực từ ngày". */
const DOCUMENT_DATE_VERBS = new Set(['ký', 'hành', 'từ', 'đến']);
/** A document symbol: digits, then a separator, then letters ("23-qđ/tw,"). */
const SYMBOL_LIKE = /^\d[\p{L}\d]*[-/][\p{L}\d/-]*$/u;
/** How many body sentences from the top may carry the event date. */
const LEAD_SENTENCES = 8;
const YEAR_MENTION = /năm\s+((?:19|20)\d{2})(?!\d)/gu;

/** The last words before a date, split at spaces, commas and parentheses. */
function wordsBefore(folded: string, date: DateMatch): string[] {
  return folded
    .slice(Math.max(0, date.start - 40), date.start)
    .split(/[\s,(]+/u)
    .filter((w) => w.length > 0);
}

/** "Sáng 13/1", "ngày 10-1", "chiều nay (5/3)", "sáng thứ Hai, 13/1", but not "23-QĐ/TW ngày 30/7/2021". */
function isEventCued(folded: string, date: DateMatch): boolean {
  let words = wordsBefore(folded, date);
  if (words.at(-2) === 'thứ') words = words.slice(0, -2);
  const isDocumentDate =
    words.at(-1) === 'ngày' &&
    (DOCUMENT_DATE_VERBS.has(words.at(-2) ?? '') || (SYMBOL_LIKE.test(words.at(-2) ?? '') && /\p{L}/u.test(words.at(-2)!)));
  if (isDocumentDate) return false;
  if (RELATIVE_DAYS.has(words.at(-1) ?? '')) words = words.slice(0, -1);
  return EVENT_CUES.has(words.at(-1) ?? '');
}

function firstEventDate(doc: PreparedDocument): DateMatch | null {
  for (const sentence of doc.sentences.slice(0, LEAD_SENTENCES)) {
    for (const date of findDates(doc.folded, sentence.start, sentence.end)) {
      if (isEventCued(doc.folded, date)) return date;
    }
  }
  return null;
}

/** The year of the page's own date stamp, with its month. */
function stampDate(doc: PreparedDocument): DateMatch | null {
  for (const line of doc.lines) {
    if (line.kind !== 'dateline') continue;
    const [date] = findDates(doc.folded, line.start, line.end);
    if (date?.year) return date;
  }
  return null;
}

/**
 * The year when the text gives only day and month: from the page stamp (a
 * stamp in January for a December event is the next year), else from the
 * years under review in the lead ("tổng kết năm 2021, triển khai nhiệm vụ
 * năm 2022": an event early in the year belongs to the later one).
 */
function inferYear(doc: PreparedDocument, month: number): number | null {
  const stamp = stampDate(doc);
  if (stamp?.year) return stamp.month < month ? stamp.year - 1 : stamp.year;
  const years = yearsUnderReview(doc);
  if (years.length === 0) return null;
  // A fold, not Math.max(...years): a spread of a long list overflows the stack.
  const latest = years.reduce((most, y) => Math.max(most, y.year), -Infinity);
  if (years.some((y) => y.year === latest - 1) && month > 6) return latest - 1;
  // Results of a year reviewed early in a year, with no plans named: the year after.
  const onlyReviewed = years.every((y) => y.year !== latest || y.reviewed);
  if (month <= EARLY_MONTHS && onlyReviewed) return latest + 1;
  return latest;
}

interface YearMention {
  year: number;
  /** "tổng kết năm 2016", "kết quả năm 2016": a year looked back on. */
  reviewed: boolean;
}

/** Words before "năm YYYY" that look back on the year as finished. */
const REVIEW_CUE = /(?:tổng kết|kết quả|đã đạt|đã làm|năm qua|nhìn lại|thực hiện nhiệm vụ)[^.;]{0,30}$/u;
/** Meetings reviewing the past year take place in its first months. */
const EARLY_MONTHS = 2;

function yearsUnderReview(doc: PreparedDocument): YearMention[] {
  const leadEnd = doc.sentences[Math.min(doc.sentences.length, LEAD_SENTENCES) - 1]?.end ?? 0;
  const lead = doc.folded.slice(0, leadEnd);
  return [...lead.matchAll(YEAR_MENTION)].map((m) => ({
    year: Number(m[1]),
    reviewed: REVIEW_CUE.test(lead.slice(Math.max(0, m.index - 40), m.index)),
  }));
}

export function extractEventDate(doc: PreparedDocument): EventDateResult {
  const date = firstEventDate(doc);
  if (!date) return { eventDate: null, span: null };
  const year = date.year ?? inferYear(doc, date.month);
  if (year === null || !isValidDate(date.day, date.month, year)) return { eventDate: null, span: null };
  return { eventDate: toIsoDate(year, date.month, date.day), span: doc.span(date.start, date.end) };
}
