/**
 * catalog-date and catalog-issuer: a date or an issuing body that disagrees
 * with the catalog's record of the document ("25-NQ/TW was issued on
 * 03/6/2013; the text says 03/6/2014").
 */
import { bodiesDisagree } from '../../extract/citations/codes.js';
import type { Rule } from '../types.js';
import { attributedMentions, datedMentions, formatDate } from './util.js';

export const catalogDate: Rule = {
  meta: {
    id: 'catalog-date',
    description: "An issue date agrees with the catalog's record of the document.",
    defaultSeverity: 'error',
  },
  check(file, context) {
    for (const { mention, date, span } of datedMentions(file)) {
      const entry = context.catalog.get(mention.id, date);
      if (!entry || entry.date === date) continue;
      context.report(file, {
        ...span,
        message: `${entry.id} was issued on ${formatDate(entry.date)}; the text says ${formatDate(date)}.`,
      });
    }
  },
};

export const catalogIssuer: Rule = {
  meta: {
    id: 'catalog-issuer',
    description: "An issuing body agrees with the catalog's record of the document.",
    defaultSeverity: 'error',
  },
  check(file, context) {
    for (const { mention, issuedBy, span } of attributedMentions(file)) {
      const entry = context.catalog.get(mention.id, mention.tail?.date);
      if (!entry || !bodiesDisagree(entry.issuedBy, issuedBy)) continue;
      context.report(file, { ...span, message: `${entry.id} was issued by ${entry.issuedBy}; the text says ${issuedBy}.` });
    }
  },
};
