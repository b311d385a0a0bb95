/**
 * The shapes `vnreport check` works with: a checked file (the prepared text
 * with every citation mention read), rules in the manner of ESLint's (a meta
 * block and a function that reports problems), and the findings they yield.
 */
import type { CitationAnalysis } from '../extract/citations.js';
import type { PreparedDocument } from '../text/document.js';
import type { Catalog } from './catalog.js';

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

/** A date the article gives itself: the event date, or the page's date stamp. */
export interface ArticleDate {
  iso: string;
  what: 'event date' | 'page date';
}

export interface CheckedFile {
  /** The path as given (or "-" for standard input). */
  source: string;
  doc: PreparedDocument;
  analysis: CitationAnalysis;
  /** The latest date the article gives itself; a cited document cannot be younger. */
  articleDate: ArticleDate | null;
}

/** A problem as a rule reports it, in offsets of `doc.text`. */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** Text that replaces [start, end) to fix the problem. */
  fix?: string;
}

export interface RuleContext {
  catalog: Catalog;
  report(file: CheckedFile, problem: Report): void;
  /** "file:line:column" of an offset of `file.doc.text`, for messages that point elsewhere. */
  locate(file: CheckedFile, offset: number): string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

export interface Rule {
  meta: RuleMeta;
  /** Judge one file. */
  check?(file: CheckedFile, context: RuleContext): void;
  /** Judge the whole batch (only with --across-files). */
  checkBatch?(files: readonly CheckedFile[], context: RuleContext): void;
}

/** A position in the input as given: 1-based line, 1-based column in characters of the line. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the decoded input and the replacement text. */
  fix?: { range: [number, number]; text: string };
}

export interface FileResult {
  source: string;
  findings: Finding[];
  /** The lines of the input, for fingerprints. */
  lines: string[];
}
