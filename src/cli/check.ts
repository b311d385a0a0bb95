/**
 * `vnreport check [inputs...]`: lint the citations of articles, ESLint-style.
 * Exit 0 when there is no error (and no more warnings than --max-warnings),
 * 1 when there is, 2 on a usage or internal error (bad option, unreadable
 * catalog or input).
 */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { buildCatalog, CatalogError } from '../check/catalog.js';
import { format, FORMATTER_NAMES, type FormatterName } from '../check/formatters/index.js';
import { RULE_IDS } from '../check/rules/index.js';
import { checkInputs } from '../check/run.js';
import type { RuleSetting } from '../check/types.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type ExitState } from './main.js';

export interface CheckCliOptions {
  format: FormatterName;
  rule?: Record<string, RuleSetting>;
  maxWarnings: number;
  catalog?: string[];
  builtinCatalog: boolean;
  acrossFiles?: boolean;
  outputFile?: string;
}

/** Where the command writes; the CLI uses the process streams, tests capture them. */
export interface CheckIO {
  out(text: string): void;
  err(text: string): void;
  /** Color the stylish output (stdout is a terminal). */
  color: boolean;
}

const SETTINGS: Record<string, RuleSetting> = { off: 'off', warn: 'warning', warning: 'warning', error: 'error', '0': 'off', '1': 'warning', '2': 'error' };

/** commander's parser for a repeatable --rule id=off|warn|error. */
export function collectRule(spec: string, previous: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const eq = spec.indexOf('=');
  const id = eq < 0 ? '' : spec.slice(0, eq).trim();
  const setting = SETTINGS[spec.slice(eq + 1).trim().toLowerCase()];
  if (eq < 0 || !setting) throw new InvalidArgumentError(`expected RULE=off|warn|error, got "${spec}"`);
  if (!RULE_IDS.includes(id)) throw new InvalidArgumentError(`unknown rule "${id}"; rules: ${RULE_IDS.join(', ')}`);
  return { ...previous, [id]: setting };
}

function collectFile(file: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), file];
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return n;
}

function processIO(): CheckIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true,
  };
}

/** Runs the check and prints it; returns the exit code. */
export async function runCheck(inputs: string[], options: CheckCliOptions, io: CheckIO): Promise<number> {
  if (inputs.length === 0) {
    io.err('vnreport check: no input given (name files, directories, globs, or - for standard input)\n');
    return EXIT_USAGE;
  }
  let catalog;
  try {
    catalog = await buildCatalog(options.catalog ?? [], options.builtinCatalog);
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    io.err(`vnreport check: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const settings = options.rule ?? {};
  const { results, problems } = await checkInputs(inputs, { catalog, rules: settings, acrossFiles: options.acrossFiles });
  const text = format(options.format, results, { color: io.color && !options.outputFile, settings });
  if (options.outputFile) await writeFile(options.outputFile, text);
  else io.out(text);
  for (const p of problems) io.err(`vnreport check: ${p.source}: ${p.message}\n`);
  if (problems.length > 0) return EXIT_USAGE;
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings) io.err(`vnreport check: too many warnings (${warnings}; --max-warnings ${options.maxWarnings})\n`);
  return errors > 0 || tooManyWarnings ? EXIT_FAILURE : EXIT_OK;
}

export function registerCheck(program: Command, exit: ExitState): void {
  program
    .command('check')
    .description('lint the citations of articles: malformed symbols, kind words, dates, issuers, catalog facts')
    .argument('[inputs...]', 'files, directories (searched for *.txt), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATTER_NAMES]).default('stylish'))
    .option('--rule <id=severity>', `set a rule to off, warn or error; repeatable; rules: ${RULE_IDS.join(', ')}`, collectRule)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', parseMaxWarnings, -1)
    .option('--catalog <file>', 'a catalog of documents (JSON or CSV: id, date, issuedBy, title); repeatable', collectFile)
    .option('--no-builtin-catalog', 'do not use the built-in catalog of central documents')
    .option('--across-files', 'also compare dates and issuers of the same document across the inputs')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .action(async (inputs: string[], options: CheckCliOptions) => {
      try {
        exit.code = await runCheck(inputs, options, processIO());
      } catch (err) {
        process.stderr.write(`vnreport check: internal error: ${(err as Error).stack ?? String(err)}\n`);
        exit.code = EXIT_USAGE;
      }
    });
}
