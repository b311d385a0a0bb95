/** The output formats of `vnreport check`. */
import type { FileResult, RuleSetting } from '../types.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATTER_NAMES = ['stylish', 'json', 'sarif'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

export function format(
  name: FormatterName,
  results: readonly FileResult[],
  options: { color: boolean; settings: Readonly<Record<string, RuleSetting>> },
): string {
  if (name === 'json') return formatJson(results);
  if (name === 'sarif') return formatSarif(results, options.settings);
  return formatStylish(results, options.color);
}
