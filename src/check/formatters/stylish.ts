/**
 * The default output, after ESLint's "stylish": each file's path, then one
 * aligned row per finding (line:column, severity, message, rule id), then a
 * summary line. Colors only where the caller says the output is a terminal.
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding } from '../types.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function rows(findings: readonly Finding[], paint: ChalkInstance): string[] {
  const places = findings.map((f) => `${f.line}:${f.column}`);
  const placeWidth = Math.max(...places.map((p) => p.length));
  const messageWidth = Math.max(...findings.map((f) => [...f.message].length));
  return findings.map((f, i) => {
    const severity = f.severity === 'error' ? paint.red(pad('error', 7)) : paint.yellow(pad('warning', 7));
    return `  ${paint.dim(pad(places[i], placeWidth))}  ${severity}  ${pad(f.message, messageWidth)}  ${paint.dim(f.ruleId)}`;
  });
}

export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = new Chalk({ level: color ? chalk.level || 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push('', paint.underline(result.source), ...rows(result.findings, paint));
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
      if (f.fix) fixable++;
    }
  }
  if (errors + warnings === 0) return '';
  const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push('', errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  if (fixable > 0) out.push(paint.dim(`  ${plural(fixable, 'problem')} with the canonical form as a fix (see --format json or sarif).`));
  return `${out.join('\n')}\n\n`;
}
