/**
 * Vietnamese calendar dates as written in reports: "13/1", "ngày 10-1",
 * "03/6/2013", "3-6-2013", "3.6.2013", "ngày 03 tháng 6 năm 2013".
 * Matched on the folded text (lower case).
 */
import { isDigitCode } from '../text/chars.js';

export interface DateMatch {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
}

/**
 * day SEP month [SEP year]: "/" or "-" with an optional year; "." only with
 * a year, since "1.5" is a number; "tháng"/"năm" spelled out.
 */
const DATE =
  /(?<![\d/.,-])(\d{1,2})(?:\s?([/-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?|\.(\d{1,2})\.(\d{4})|\s+tháng\s+(\d{1,2})(?:\s*(?:,\s*)?năm\s+(\d{4}))?)(?![\d/]|[.,-]\d|\s?%)/gu;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (year === null) return day <= DAYS_IN_MONTH[month - 1];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** DATE tried at one position only (sticky), on the whole text so look-arounds see what they always saw. */
const DATE_AT = new RegExp(DATE.source, 'uy');

/** The first position from `from` to before `to` holding an ASCII digit, or -1. */
function nextDigit(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (isDigitCode(text.charCodeAt(i))) return i;
  }
  return -1;
}

/**
 * The first DATE match starting in [from, to), the one a global search from
 * `from` finds first, or null. A date starts with a digit, so DATE is tried
 * at the digits of the range only: a global search would run on past `to`
 * to the next date anywhere in the text, once per call.
 */
function nextDate(folded: string, from: number, to: number): RegExpExecArray | null {
  for (let at = nextDigit(folded, from, to); at >= 0; at = nextDigit(folded, pastDigits(folded, at + 1), to)) {
    DATE_AT.lastIndex = at;
    const m = DATE_AT.exec(folded);
    if (m) return m;
    // No date starts right after a digit (the look-behind): the rest of this number is passed over.
  }
  return null;
}

/** The first position from `at` on that holds no ASCII digit. */
function pastDigits(text: string, at: number): number {
  while (at < text.length && isDigitCode(text.charCodeAt(at))) at++;
  return at;
}

/** Every valid date in `folded` between `from` and `to`, in order. */
export function findDates(folded: string, from = 0, to = folded.length): DateMatch[] {
  const found: DateMatch[] = [];
  for (let m = nextDate(folded, from, to); m !== null; m = nextDate(folded, m.index + m[0].length, to)) {
    const day = Number(m[1]);
    const month = Number(m[3] ?? m[5] ?? m[7]);
    const yearText = m[4] ?? m[6] ?? m[8];
    const year = yearText === undefined ? null : Number(yearText);
    if (m.index + m[0].length > to) break;
    if (isValidDate(day, month, year)) found.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  return found;
}

/** The date that starts exactly at `at` (after optional white space), if any. */
export function dateAt(folded: string, at: number): DateMatch | null {
  let start = at;
  while (start < folded.length && /\s/u.test(folded[start])) start++;
  const [first] = findDates(folded, start, Math.min(folded.length, start + 40));
  return first && first.start === start ? first : null;
}
