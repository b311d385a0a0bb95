/**
 * Presentation of an evaluation: the summary table, the per-document list of
 * misses and extras (--verbose), and the JSON object for machines (--json).
 * Colors come from the chalk instance the caller passes (level 0: none).
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Evaluation, Problem, ScoredDocument } from './run.js';
import type { GateField, GateResult } from './thresholds.js';
import { ACCURACY_FIELDS, F1_FIELDS, type AccuracyField, type F1Field } from './types.js';

const ACCURACY_LABELS: Record<AccuracyField, string> = {
  title: 'title',
  eventDate: 'eventDate',
  date: 'citation date',
  issuedBy: 'citation issuedBy',
};

function formatRatio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/** Green when the value meets its gate (or is high without one), red when it fails, yellow in between. */
function colorRatio(chalk: ChalkInstance, value: number | null, gate: GateResult | undefined): string {
  const textValue = formatRatio(value);
  if (value === null) return chalk.dim(textValue);
  if (gate) return gate.passed ? chalk.green(textValue) : chalk.red.bold(textValue);
  if (value >= 0.9) return chalk.green(textValue);
  return value >= 0.7 ? chalk.yellow(textValue) : chalk.red(textValue);
}

function gateCell(chalk: ChalkInstance, gate: GateResult | undefined): string {
  if (!gate) return '';
  const bound = `≥ ${gate.min}`;
  return gate.passed ? chalk.green(`${bound} ok`) : chalk.red.bold(`${bound} FAIL`);
}

function gateOf(gates: readonly GateResult[], field: GateField): GateResult | undefined {
  // With a field gated twice, the strictest gate is shown.
  return gates.filter((g) => g.field === field).sort((a, b) => b.min - a.min)[0];
}

/** cli-table3 colors nothing itself: colors are chalk's, and only chalk's. */
const PLAIN_STYLE = { head: [], border: [], compact: true };

function fieldTable(evaluation: Evaluation, gates: readonly GateResult[], chalk: ChalkInstance): string {
  const withGates = gates.length > 0;
  const head = ['field', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', ...(withGates ? ['min F1'] : [])];
  const table = new Table({ head: head.map((h) => chalk.bold(h)), style: PLAIN_STYLE, colAligns: alignments(head.length) });
  for (const field of F1_FIELDS) {
    const m = evaluation.summary.fields[field];
    const gate = gateOf(gates, field);
    const row = [field, m.tp, m.fp, m.fn, formatRatio(m.precision), formatRatio(m.recall), colorRatio(chalk, m.f1, gate)];
    table.push(withGates ? [...row, gateCell(chalk, gate)] : row);
  }
  return table.toString();
}

function accuracyTable(evaluation: Evaluation, gates: readonly GateResult[], chalk: ChalkInstance): string {
  const withGates = gates.length > 0;
  const head = ['accuracy', 'correct', 'total', 'value', ...(withGates ? ['min'] : [])];
  const table = new Table({ head: head.map((h) => chalk.bold(h)), style: PLAIN_STYLE, colAligns: alignments(head.length) });
  for (const field of ACCURACY_FIELDS) {
    const a = evaluation.summary.accuracy[field];
    const gate = gateOf(gates, field);
    const row = [ACCURACY_LABELS[field], a.correct, a.total, colorRatio(chalk, a.accuracy, gate)];
    table.push(withGates ? [...row, gateCell(chalk, gate)] : row);
  }
  return table.toString();
}

function alignments(columns: number): Array<'left' | 'right'> {
  return Array.from({ length: columns }, (_, i) => (i === 0 ? 'left' : 'right'));
}

export function formatSummary(evaluation: Evaluation, gates: readonly GateResult[], chalk: ChalkInstance): string {
  const n = evaluation.summary.documents;
  const header = `Scored ${n} document${n === 1 ? '' : 's'} against ${evaluation.goldDir} (micro-averaged)`;
  return `${header}\n${fieldTable(evaluation, gates, chalk)}\n${accuracyTable(evaluation, gates, chalk)}\n`;
}

function quoted(value: string | null): string {
  return value === null ? 'null' : `“${value}”`;
}

function documentDetails(doc: ScoredDocument, chalk: ChalkInstance): string[] {
  const lines = [chalk.bold(doc.name) + chalk.dim(`  gold ${doc.goldPath}, input ${doc.inputPath}`)];
  for (const field of F1_FIELDS) {
    const f = doc.fields[field];
    if (f.misses.length + f.extras.length === 0) continue;
    lines.push(`  ${field}: TP ${f.tp}, FP ${f.fp}, FN ${f.fn}`);
    for (const m of f.misses) lines.push(chalk.red(`    - miss   ${m}`));
    for (const e of f.extras) lines.push(chalk.yellow(`    + extra  ${e}`));
  }
  for (const field of ACCURACY_FIELDS) {
    for (const m of doc.accuracy[field].mismatches) {
      const label = field === 'date' || field === 'issuedBy' ? `${ACCURACY_LABELS[field]} of ${m.item}` : field;
      lines.push(`  ${label}: ${chalk.red(`gold ${quoted(m.gold)}`)}, ${chalk.yellow(`output ${quoted(m.output)}`)}`);
    }
  }
  if (lines.length === 1) lines.push(chalk.green('  everything matches'));
  return lines;
}

/** Every miss and extra per document and field, and every wrong accuracy item. */
export function formatDetails(evaluation: Evaluation, chalk: ChalkInstance): string {
  return evaluation.documents.map((d) => documentDetails(d, chalk).join('\n')).join('\n\n') + '\n';
}

export function formatGateFailures(gates: readonly GateResult[]): string[] {
  return gates
    .filter((g) => !g.passed)
    .map((g) => `${g.field} ${g.metric === 'f1' ? 'F1' : 'accuracy'} ${formatRatio(g.value)} is below the minimum ${g.min}`);
}

export function formatProblem(problem: Problem): string {
  return `${problem.source}: ${problem.message}`;
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

/**
 * The machine-readable result. Keys come in a fixed order; ratios are rounded
 * to 6 decimals; per-document misses and extras only with `verbose`.
 */
export function toJsonReport(evaluation: Evaluation, gates: readonly GateResult[], verbose: boolean): object {
  const fields = Object.fromEntries(
    F1_FIELDS.map((f) => {
      const m = evaluation.summary.fields[f];
      return [f, { tp: m.tp, fp: m.fp, fn: m.fn, precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) }];
    }),
  ) as Record<F1Field, object>;
  const accuracy = Object.fromEntries(
    ACCURACY_FIELDS.map((f) => {
      const a = evaluation.summary.accuracy[f];
      return [f, { correct: a.correct, total: a.total, accuracy: round(a.accuracy) }];
    }),
  ) as Record<AccuracyField, object>;
  return {
    goldDir: evaluation.goldDir,
    documents: evaluation.summary.documents,
    fields,
    accuracy,
    thresholds: gates.map((g) => ({ field: g.field, metric: g.metric, min: g.min, value: round(g.value), passed: g.passed })),
    passed: gates.every((g) => g.passed),
    problems: evaluation.problems.map((p) => ({ source: p.source, message: p.message })),
    perDocument: evaluation.documents.map((d) => documentJson(d, verbose)),
  };
}

function documentJson(doc: ScoredDocument, verbose: boolean): object {
  const fields = Object.fromEntries(
    F1_FIELDS.map((f) => {
      const s = doc.fields[f];
      const counts = { tp: s.tp, fp: s.fp, fn: s.fn };
      return [f, verbose ? { ...counts, misses: s.misses, extras: s.extras } : counts];
    }),
  );
  const accuracy = Object.fromEntries(
    ACCURACY_FIELDS.map((f) => {
      const a = doc.accuracy[f];
      const counts = { correct: a.correct, total: a.total };
      return [f, verbose ? { ...counts, mismatches: a.mismatches } : counts];
    }),
  );
  return { name: doc.name, gold: doc.goldPath, input: doc.inputPath, fields, accuracy };
}
