/**
 * The four renderings of a corpus summary:
 * - table: cli-table3 boxes, headings and flags in chalk (no color unless
 *   the caller's chalk has a level: stdout a terminal);
 * - md: GitHub Markdown, a heading and a pipe table per section;
 * - csv: RFC 4180 (src/cli/csv.ts), one block per section with its own
 *   header row, blocks separated by an empty line; `--table NAME` gives one
 *   block alone, for pandas or R;
 * - json: the CorpusSummary object itself.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { CSV_EOL, csvRow } from '../cli/csv.js';
import type { Cell, SummaryTable } from './tables.js';
import type { CorpusSummary } from './types.js';

export const SUMMARY_FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

function displayNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function displayCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : '';
  if (typeof cell === 'number') return displayNumber(cell);
  return cell;
}

/** cli-table3 colors nothing itself: colors are chalk's, and only chalk's. */
const PLAIN_STYLE = { head: [], border: [], compact: true };
/** Long cells (titles seen) wrap instead of stretching the terminal. */
const MAX_COLUMN_WIDTH = 60;

function columnWidths(table: SummaryTable): (number | null)[] {
  return table.columns.map((_, i) => {
    const longest = Math.max(table.columns[i].length, ...table.rows.map((r) => displayCell(r[i]).length));
    return longest > MAX_COLUMN_WIDTH ? MAX_COLUMN_WIDTH + 2 : null;
  });
}

function boxTable(table: SummaryTable, chalk: ChalkInstance): string {
  const box = new Table({
    head: table.columns.map((c) => chalk.bold(c)),
    style: PLAIN_STYLE,
    colAligns: table.numeric.map((n) => (n ? 'right' : 'left')),
    colWidths: columnWidths(table),
    wordWrap: true,
  });
  table.rows.forEach((row, r) => {
    const flagged = table.flagged?.[r] ?? false;
    box.push(
      row.map((cell, c) => {
        const text = displayCell(cell);
        if (typeof cell === 'boolean' && cell) return chalk.red.bold('⚠ yes');
        return flagged && c === table.flagColumn ? chalk.red(text) : text;
      }),
    );
  });
  const empty = table.rows.length === 0 ? `\n${chalk.dim('(none)')}` : '';
  return `${chalk.bold.underline(table.title)}\n${box.toString()}${empty}\n`;
}

export function renderTable(tables: SummaryTable[], chalk: ChalkInstance): string {
  return tables.map((t) => boxTable(t, chalk)).join('\n');
}

function markdownCell(cell: Cell): string {
  const text = typeof cell === 'boolean' ? (cell ? '**yes**' : '') : displayCell(cell);
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n|\r/gu, ' ');
}

function markdownTable(table: SummaryTable): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  const rule = table.numeric.map((n) => (n ? '---:' : '---'));
  const body = table.rows.map((row) => line(row.map(markdownCell))).join('');
  return `### ${table.title}\n\n${line(table.columns)}${line(rule)}${body}`;
}

export function renderMarkdown(tables: SummaryTable[]): string {
  return tables.map(markdownTable).join('\n');
}

function csvCell(cell: Cell): string | number | null {
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}

export function renderCsv(tables: SummaryTable[]): string {
  return tables
    .map((t) => csvRow(t.columns) + t.rows.map((row) => csvRow(row.map(csvCell))).join(''))
    .join(CSV_EOL);
}

export function renderJson(summary: CorpusSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
