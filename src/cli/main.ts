/**
 * The `vnreport` command line. Each command lives in its own module and
 * registers itself on the program; exit codes follow ESLint: 0 fine,
 * 1 some input failed (or a quality gate), 2 usage or internal error.
 */
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerSummary } from './summary.js';
import { registerTokenize } from './tokenize.js';
import { registerValidate } from './validate.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Commands report their exit code through this holder. */
export interface ExitState {
  code: number;
}

export function buildProgram(exit: ExitState): Command {
  const program = new Command();
  program
    .name('vnreport')
    .description('Analyze Vietnamese conference-report news text into normalized JSON.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerExtract(program, exit);
  registerTokenize(program, exit);
  registerEval(program, exit);
  registerCheck(program, exit);
  registerSummary(program, exit);
  registerValidate(program, exit);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const exit: ExitState = { code: EXIT_OK };
  const program = buildProgram(exit);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw err;
  }
  return exit.code;
}
