/**
 * The check run: read each input, analyze its citations, run every rule
 * that is not switched off, and turn the problems into findings located by
 * line and column in the input as given.
 */
import { expandInputs } from '../batch/inputs.js';
import { readSourceText } from '../batch/process.js';
import { analyzeCitations } from '../extract/citations.js';
import { findDates, toIsoDate } from '../extract/dates.js';
import { extractEventDate } from '../extract/eventDate.js';
import { prepareDocument, type PreparedDocument } from '../text/document.js';
import type { Catalog } from './catalog.js';
import { LineIndex } from './location.js';
import { RULES } from './rules/index.js';
import type { ArticleDate, CheckedFile, FileResult, Finding, Report, Rule, RuleContext, RuleSetting, Severity } from './types.js';

export interface CheckOptions {
  catalog: Catalog;
  /** Severity overrides by rule id ("off" switches a rule off). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Also compare the documents' dates and issuers across the batch. */
  acrossFiles?: boolean;
}

/** An input that could not be read: reported, not checked. */
export interface InputProblem {
  source: string;
  message: string;
}

/** The page's date stamp: the first date with a year on a date line. */
function pageDate(doc: PreparedDocument): string | null {
  for (const line of doc.lines) {
    if (line.kind !== 'dateline') continue;
    const date = findDates(doc.folded, line.start, line.end).find((d) => d.year !== null);
    if (date) return toIsoDate(date.year!, date.month, date.day);
  }
  return null;
}

/** The latest date the article gives itself. */
function articleDate(doc: PreparedDocument): ArticleDate | null {
  const event = extractEventDate(doc).eventDate;
  const page = pageDate(doc);
  if (page && (!event || page > event)) return { iso: page, what: 'page date' };
  return event ? { iso: event, what: 'event date' } : null;
}

export function checkedFile(source: string, text: string): CheckedFile {
  const doc = prepareDocument(text, source);
  return { source, doc, analysis: analyzeCitations(doc), articleDate: articleDate(doc) };
}

function severityOf(rule: Rule, overrides: Readonly<Record<string, RuleSetting>>): RuleSetting {
  return overrides[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Runs the rules over checked files; one result per file, findings in text order. */
export function checkFiles(files: readonly CheckedFile[], options: CheckOptions): FileResult[] {
  const indexes = new Map(files.map((f) => [f, new LineIndex(f.doc.input)]));
  const findings = new Map<CheckedFile, Finding[]>(files.map((f) => [f, []]));
  const locate = (file: CheckedFile, offset: number) => {
    const at = indexes.get(file)!.position(file.doc.span(offset, offset).start);
    return `${file.source}:${at.line}:${at.column}`;
  };
  const contextFor = (rule: Rule, severity: Severity): RuleContext => ({
    catalog: options.catalog,
    locate,
    report(file: CheckedFile, problem: Report) {
      findings.get(file)!.push(toFinding(file, indexes.get(file)!, rule.meta.id, severity, problem));
    },
  });
  for (const rule of RULES) {
    const severity = severityOf(rule, options.rules ?? {});
    if (severity === 'off') continue;
    const context = contextFor(rule, severity);
    for (const file of files) rule.check?.(file, context);
    if (options.acrossFiles) rule.checkBatch?.(files, context);
  }
  return files.map((file) => ({
    source: file.source,
    findings: dedupe(findings.get(file)!).sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)),
    lines: indexes.get(file)!.lines(),
  }));
}

function toFinding(file: CheckedFile, index: LineIndex, ruleId: string, severity: Severity, problem: Report): Finding {
  const span = file.doc.span(problem.start, problem.end);
  const start = index.position(span.start);
  const end = index.position(span.end);
  const finding: Finding = {
    ruleId,
    severity,
    message: problem.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (problem.fix !== undefined) finding.fix = { range: [span.start, span.end], text: problem.fix };
  return finding;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId} ${f.line}:${f.column} ${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads and checks the inputs (files, directories, globs, "-"). */
export async function checkInputs(
  inputs: readonly string[],
  options: CheckOptions,
): Promise<{ results: FileResult[]; problems: InputProblem[] }> {
  const files: CheckedFile[] = [];
  const problems: InputProblem[] = [];
  for (const input of await expandInputs([...inputs])) {
    const read = await readSourceText(input);
    if ('error' in read) problems.push({ source: read.source, message: read.error.message });
    else files.push(checkedFile(read.source, read.text));
  }
  return { results: checkFiles(files, options), problems };
}
