/**
 * `vnreport eval GOLD_DIR [inputs...]`: score the analyzer against gold
 * annotations (docs/ANNOTATION.md, "How output is scored against gold").
 * Exit 0 when every --min gate holds and every input was scored, 1 when a
 * gate fails or an input could not be scored, 2 on usage errors.
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { InvalidArgumentError, type Command } from 'commander';
import { evaluate, GoldDirectoryError } from '../eval/run.js';
import {
  formatDetails,
  formatGateFailures,
  formatProblem,
  formatSummary,
  toJsonReport,
} from '../eval/table.js';
import { checkMinimums, GATE_FIELDS, MinimumSyntaxError, parseMinimum, type Minimum } from '../eval/thresholds.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type ExitState } from './main.js';

export interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
  min?: Minimum[];
}

/** Where the command writes; the CLI uses the process streams, tests capture them. */
export interface EvalIO {
  out(text: string): void;
  err(text: string): void;
  /** Color the output (stdout is a terminal). */
  color: boolean;
}

function processIO(): EvalIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true,
  };
}

function chalkFor(io: EvalIO): ChalkInstance {
  return new Chalk({ level: io.color ? chalk.level : 0 });
}

/** commander's argument parser for a repeatable --min. */
function collectMinimum(spec: string, previous: Minimum[] | undefined): Minimum[] {
  try {
    return [...(previous ?? []), parseMinimum(spec)];
  } catch (err) {
    if (err instanceof MinimumSyntaxError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

/** Runs the evaluation and prints it; returns the exit code. */
export async function runEval(goldDir: string, inputs: string[], options: EvalOptions, io: EvalIO): Promise<number> {
  let evaluation;
  try {
    evaluation = await evaluate(goldDir, inputs);
  } catch (err) {
    if (!(err instanceof GoldDirectoryError)) throw err;
    io.err(`vnreport eval: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const gates = checkMinimums(evaluation.summary, options.min ?? []);
  const paint = chalkFor(io);
  if (options.json) {
    io.out(`${JSON.stringify(toJsonReport(evaluation, gates, options.verbose === true), null, 2)}\n`);
  } else {
    if (options.verbose) io.out(`${formatDetails(evaluation, paint)}\n`);
    io.out(formatSummary(evaluation, gates, paint));
  }
  for (const p of evaluation.problems) io.err(`vnreport eval: ${formatProblem(p)}\n`);
  const failures = formatGateFailures(gates);
  for (const f of failures) io.err(`vnreport eval: below threshold: ${f}\n`);
  return failures.length > 0 || evaluation.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

export function registerEval(program: Command, exit: ExitState): void {
  program
    .command('eval')
    .description('score the analyzer against gold annotations (P/R/F1 per field, accuracies)')
    .argument('<gold-dir>', 'folder of gold JSON files (docs/ANNOTATION.md)')
    .argument(
      '[inputs...]',
      'texts to analyze, folders of .txt files, or vnreport output (.json, .ndjson); default: the .txt files named like the gold files in the seeds/ folder beside <gold-dir>',
    )
    .option('-v, --verbose', 'list every miss and extra per document and field')
    .option('--json', 'print the result as JSON')
    .option(
      '--min <field=value>',
      `fail (exit 1) when a field scores below a threshold from 0 to 1; repeatable; fields: ${GATE_FIELDS.join(', ')}`,
      collectMinimum,
    )
    .action(async (goldDir: string, inputs: string[], options: EvalOptions) => {
      exit.code = await runEval(goldDir, inputs, options, processIO());
    });
}
