/**
 * Dates no document can have:
 * - invalid-date: no such day ("ngày 31/2/2021");
 * - date-after-article: issued after the article's own date (its event date
 *   or its page's date stamp, whichever is later);
 * - symbol-year-mismatch: a State symbol's year (15/2020/NĐ-CP) that is not
 *   the year of its issue date.
 */
import { isValidDate, toIsoDate } from '../../extract/dates.js';
import type { Rule } from '../types.js';
import { datedMentions, formatDate } from './util.js';

export const invalidDate: Rule = {
  meta: {
    id: 'invalid-date',
    description: 'An issue date is a day the calendar has.',
    defaultSeverity: 'error',
  },
  check(file, context) {
    for (const mention of file.analysis.mentions) {
      const written = mention.tail?.writtenDate;
      if (!written || isValidDate(written.day, written.month, written.year)) continue;
      const shown = `${written.day}/${written.month}${written.year === null ? '' : `/${written.year}`}`;
      context.report(file, { start: written.start, end: written.end, message: `${mention.id} is dated ${shown}, a day that does not exist.` });
    }
  },
};

export const dateAfterArticle: Rule = {
  meta: {
    id: 'date-after-article',
    description: "A cited document is not dated after the article's own date.",
    defaultSeverity: 'error',
  },
  check(file, context) {
    const own = file.articleDate;
    if (!own) return;
    for (const { mention, date, span } of datedMentions(file)) {
      if (date <= own.iso) continue;
      context.report(file, {
        ...span,
        message: `${mention.id} is dated ${formatDate(date)}, after the article's own date (${own.what} ${formatDate(own.iso)}).`,
      });
    }
  },
};

export const symbolYearMismatch: Rule = {
  meta: {
    id: 'symbol-year-mismatch',
    description: "A State symbol's year (15/2020/NĐ-CP) is the year of its issue date.",
    defaultSeverity: 'error',
  },
  check(file, context) {
    for (const mention of file.analysis.mentions) {
      const year = mention.symbol?.year ?? null;
      const written = mention.tail?.writtenDate;
      if (year === null || !written || written.year === null || written.year === year) continue;
      const date = isValidDate(written.day, written.month, written.year)
        ? formatDate(toIsoDate(written.year, written.month, written.day))
        : `${written.day}/${written.month}/${written.year}`;
      context.report(file, {
        start: written.start,
        end: written.end,
        message: `${mention.id} carries the year ${year}; the text dates it ${date}.`,
      });
    }
  },
};
