/**
 * Vietnamese calendar dates as written in reports: "13/1", "ngày 10-1",
 * "03/6/2013", "3-6-2013", "3.6.2013", "ngày 03 tháng 6 năm 2013".
 * Matched on the folded text (lower case).
 */

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

/** Every valid date in `folded` between `from` and `to`, in order. */
export function findDates(folded: string, from = 0, to = folded.length): DateMatch[] {
  const found: DateMatch[] = [];
  DATE.lastIndex = from;
  for (let m = DATE.exec(folded); m !== null && m.index < to; m = DATE.exec(folded)) {
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
