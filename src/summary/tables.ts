/**
 * A corpus summary as named tables of plain cells, the one layout that the
 * table, Markdown and CSV renderings share (JSON prints the summary itself).
 */
import type { CorpusSummary, TitleSeen } from './types.js';
import { FIELD_NAMES } from './types.js';

export type Cell = string | number | boolean | null;

export interface SummaryTable {
  name: SummaryTableName;
  title: string;
  columns: string[];
  /** Which columns hold numbers (right-aligned, grouped in the table view). */
  numeric: boolean[];
  rows: Cell[][];
  /** Which rows to flag (conflicting dates), and the cell to flag in them. */
  flagged?: boolean[];
  flagColumn?: number;
}

export const SUMMARY_TABLE_NAMES = ['corpus', 'fields', 'documents', 'people', 'units'] as const;
export type SummaryTableName = (typeof SUMMARY_TABLE_NAMES)[number];

function dateSpan(first: string | null, last: string | null): string {
  if (!first) return '';
  return first === last ? first : `${first} – ${last}`;
}

function titleSeen(t: TitleSeen): string {
  const span = dateSpan(t.firstDate, t.lastDate);
  return `${t.title} (${t.articles}${span ? `, ${span}` : ''})`;
}

function corpusTable(s: CorpusSummary): SummaryTable {
  const failures = Object.entries(s.failuresByCode).map(([code, n]) => `${code} ${n}`).join(', ');
  const rows: Cell[][] = [
    ['documents', s.documents, ''],
    ['reports', s.reports, ''],
    ['failures', s.failures, failures],
    ['reports with warnings', s.withWarnings, ''],
    ['reports with an event date', s.eventDates.dated, dateSpan(s.eventDates.first, s.eventDates.last)],
    ['distinct documents cited', s.citedDocuments.distinct, ''],
    ['distinct people', s.people.distinct, ''],
    ['distinct units', s.units.distinct, ''],
  ];
  return { name: 'corpus', title: 'Corpus', columns: ['measure', 'count', 'detail'], numeric: [false, true, false], rows };
}

function fieldsTable(s: CorpusSummary): SummaryTable {
  return {
    name: 'fields',
    title: 'Totals per field',
    columns: ['field', 'items', 'reports with any'],
    numeric: [false, true, true],
    rows: FIELD_NAMES.map((f) => [f, s.fields[f].items, s.fields[f].documents]),
  };
}

function documentsTable(s: CorpusSummary): SummaryTable {
  const top = s.citedDocuments.top;
  return {
    name: 'documents',
    title: 'Most cited documents',
    columns: ['id', 'kind', 'articles', 'dates seen', 'conflicting dates', 'issued by'],
    numeric: [false, false, true, false, false, false],
    rows: top.map((d) => [d.id, d.kindName ?? d.kind, d.articles, d.dates.join('; '), d.conflictingDates, d.issuedBy.join('; ')]),
    flagged: top.map((d) => d.conflictingDates),
    flagColumn: 3,
  };
}

function peopleTable(s: CorpusSummary): SummaryTable {
  return {
    name: 'people',
    title: 'Most frequent people',
    columns: ['name', 'articles', 'first date', 'last date', 'titles seen (articles, dates)'],
    numeric: [false, true, false, false, false],
    rows: s.people.top.map((p) => [p.name, p.articles, p.firstDate, p.lastDate, p.titles.map(titleSeen).join('; ')]),
  };
}

function unitsTable(s: CorpusSummary): SummaryTable {
  return {
    name: 'units',
    title: 'Statistics by unit',
    columns: ['unit', 'count', 'sum', 'reports'],
    numeric: [false, true, true, true],
    rows: s.units.top.map((u) => [u.unit, u.count, u.sum, u.documents]),
  };
}

export function summaryTables(summary: CorpusSummary): SummaryTable[] {
  return [corpusTable(summary), fieldsTable(summary), documentsTable(summary), peopleTable(summary), unitsTable(summary)];
}
