/**
 * How `vnreport validate` prints its findings: "stylish" groups them under
 * each file, ESLint-like, with a closing count; "json" is one object for
 * tools.
 */
import type { InputValidation } from './inputs.js';
import type { NdjsonValidation } from './ndjson.js';

export const VALIDATE_FORMATS = ['stylish', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatNdjsonStylish(results: NdjsonValidation[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.invalid === 0) continue;
    out.push(r.file);
    for (const p of r.problems) {
      out.push(`  line ${p.line}${p.source ? ` (${p.source})` : ''}: ${p.message}`);
      for (const e of p.errors) out.push(`    ${e.path || '(line)'} ${e.message}`);
    }
    if (r.problems.length < r.invalid) out.push(`  ... and ${r.invalid - r.problems.length} more invalid lines`);
    out.push('');
  }
  const lines = results.reduce((n, r) => n + r.lines, 0);
  const invalid = results.reduce((n, r) => n + r.invalid, 0);
  out.push(
    invalid === 0
      ? `✔ ${plural(lines, 'line')} valid`
      : `✖ ${plural(invalid, 'invalid line')} of ${lines} in ${plural(results.filter((r) => r.invalid > 0).length, 'file')}`,
  );
  return `${out.join('\n')}\n`;
}

export function formatNdjsonJson(results: NdjsonValidation[]): string {
  const lines = results.reduce((n, r) => n + r.lines, 0);
  const invalid = results.reduce((n, r) => n + r.invalid, 0);
  return `${JSON.stringify({ valid: invalid === 0, lines, invalid, files: results }, null, 2)}\n`;
}

export function formatInputsStylish(result: InputValidation): string {
  const out: string[] = [];
  const byFile = new Map<string, string[]>();
  for (const p of result.problems) {
    const list = byFile.get(p.file) ?? [];
    list.push(`  ${p.kind.padEnd(15)}${p.message}`);
    byFile.set(p.file, list);
  }
  for (const [file, list] of byFile) out.push(file, ...list, '');
  out.push(
    result.problems.length === 0
      ? `✔ ${plural(result.files, 'file')} checked, no problems`
      : `✖ ${plural(result.problems.length, 'problem')} in ${plural(byFile.size, 'file')} (of ${result.files} checked)`,
  );
  return `${out.join('\n')}\n`;
}

export function formatInputsJson(result: InputValidation): string {
  const counts: Record<string, number> = {};
  for (const p of result.problems) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
  return `${JSON.stringify({ valid: result.problems.length === 0, files: result.files, counts, problems: result.problems }, null, 2)}\n`;
}
