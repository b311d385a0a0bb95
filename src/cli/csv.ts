/**
 * CSV by RFC 4180, for spreadsheets, pandas and R: a header row, then one
 * row per item with the document's source on every row. Fields that hold a
 * comma, a double quote, CR or LF are quoted, quotes inside doubled; rows end
 * with CRLF as the RFC says (pandas, R, Python's csv and spreadsheets all
 * read it; a quoted field keeps its own line breaks as written). Lists in a
 * cell (titles, roles) are joined with "; ". Numbers are written in full
 * with "." as the decimal point; null and absent values are empty fields.
 */
import type { Attendee, Citation, Directive, Report, Result, Statistic } from '../model/report.js';
import { isErrorRecord } from '../model/report.js';

export const CSV_EOL = '\r\n';
export const LIST_SEPARATOR = '; ';

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/u;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Whole numbers without exponent up to 1e21 (29.510 tỷ đồng is 29510000000000). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_EOL;
}

interface TableSpec<T> {
  columns: readonly string[];
  items: (report: Report) => readonly T[];
  row: (item: T) => CsvValue[];
}

const list = (values: readonly string[] | undefined) => (values ?? []).join(LIST_SEPARATOR);

const attendees: TableSpec<Attendee> = {
  columns: ['name', 'titles', 'roles', 'mentions', 'start', 'end'],
  items: (r) => r.attendees,
  row: (a) => [a.name, list(a.titles), list(a.roles), a.mentions.length, a.start, a.end],
};

const citations: TableSpec<Citation> = {
  columns: [
    'id', 'system', 'kind', 'kindName', 'number', 'issuer', 'issuerName', 'year', 'date', 'issuedBy',
    'term', 'subject', 'mentions', 'start', 'end',
  ],
  items: (r) => r.citations,
  row: (c) => [
    c.id, c.system, c.kind, c.kindName, c.number, c.issuer, c.issuerName, c.year, c.date, c.issuedBy,
    c.term, c.subject, c.mentions.length, c.start, c.end,
  ],
};

const statistics: TableSpec<Statistic> = {
  columns: ['value', 'unit', 'text', 'qualifier', 'of', 'rangeLow', 'rangeHigh', 'change', 'subject', 'start', 'end'],
  items: (r) => r.statistics,
  row: (s) => [
    s.value, s.unit, s.text, s.qualifier, s.of, s.range?.low, s.range?.high, s.change, s.subject, s.start, s.end,
  ],
};

const directives: TableSpec<Directive> = {
  columns: ['speaker', 'verb', 'addressee', 'text', 'items', 'start', 'end'],
  items: (r) => r.directives,
  row: (d) => [d.speaker, d.verb, d.addressee, d.text, list(d.items?.map((i) => i.text)), d.start, d.end],
};

const TABLES = { attendees, citations, statistics, directives } as const;

export type CsvTableName = keyof typeof TABLES;
export const CSV_TABLE_NAMES = Object.keys(TABLES) as CsvTableName[];

export function csvHeader(table: CsvTableName): string {
  return csvRow(['source', ...TABLES[table].columns]);
}

/** The rows of one result; an error record has none (it is reported on stderr). */
export function csvRows(table: CsvTableName, result: Result): string {
  if (isErrorRecord(result)) return '';
  const spec = TABLES[table] as TableSpec<unknown>;
  return spec
    .items(result)
    .map((item) => csvRow([result.source, ...spec.row(item)]))
    .join('');
}
