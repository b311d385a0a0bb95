/** Every rule of `vnreport check`, in the order they are listed and documented. */
import type { Rule } from '../types.js';
import { catalogDate, catalogIssuer } from './catalog.js';
import { inconsistentDate, inconsistentIssuer } from './consistency.js';
import { dateAfterArticle, invalidDate, symbolYearMismatch } from './dates.js';
import { kindMismatch } from './kindMismatch.js';
import { symbolFormat } from './symbolFormat.js';
import { unknownCode } from './unknownCode.js';

export const RULES: readonly Rule[] = [
  symbolFormat,
  kindMismatch,
  unknownCode,
  invalidDate,
  dateAfterArticle,
  symbolYearMismatch,
  inconsistentDate,
  inconsistentIssuer,
  catalogDate,
  catalogIssuer,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);
