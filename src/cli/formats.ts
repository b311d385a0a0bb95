/**
 * Output formats of `extract`, as small writers: each says what to print
 * before the results, for each result, and after them, so that results can
 * be streamed as they come.
 */
import type { Result } from '../model/report.js';
import { csvHeader, csvRows, type CsvTableName } from './csv.js';

export interface ResultFormat {
  begin(): string;
  item(result: Result, index: number): string;
  end(count: number): string;
}

function indent(text: string, by: string): string {
  return text.replace(/\n/gu, `\n${by}`);
}

/** One pretty object for a single input, else a pretty array. */
export function jsonFormat(single: boolean): ResultFormat {
  if (single) {
    return { begin: () => '', item: (r) => `${JSON.stringify(r, null, 2)}\n`, end: () => '' };
  }
  return {
    begin: () => '[',
    item: (r, i) => `${i === 0 ? '\n' : ',\n'}  ${indent(JSON.stringify(r, null, 2), '  ')}`,
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/** Exactly one compact line per input. */
export const ndjsonFormat: ResultFormat = {
  begin: () => '',
  item: (r) => `${JSON.stringify(r)}\n`,
  end: () => '',
};

/** One CSV table: a header, then a row per item of that kind (src/cli/csv.ts). */
export function csvFormat(table: CsvTableName): ResultFormat {
  return { begin: () => csvHeader(table), item: (r) => csvRows(table, r), end: () => '' };
}

export const FORMAT_NAMES = ['json', 'ndjson', 'csv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
