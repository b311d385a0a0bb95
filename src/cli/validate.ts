/**
 * `vnreport validate`, for CI checks of corpus imports:
 *   vnreport validate FILE.ndjson...      every line checked against the schema
 *   vnreport validate --inputs DIR...     import problems in the texts themselves
 * Exit codes as `extract` and `eval`: 0 nothing found, 1 problems found,
 * 2 usage errors (no paths, an NDJSON file that cannot be read).
 */
import { Option, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { parseByteSize } from '../batch/inputs.js';
import {
  formatInputsJson,
  formatInputsStylish,
  formatNdjsonJson,
  formatNdjsonStylish,
  VALIDATE_FORMATS,
  type ValidateFormat,
} from '../validate/format.js';
import { validateInputs } from '../validate/inputs.js';
import { readLines, validateNdjsonLines, type NdjsonValidation } from '../validate/ndjson.js';
import { loadResultValidator } from '../validate/schema.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type ExitState } from './main.js';

export interface ValidateOptions {
  inputs?: boolean;
  format: ValidateFormat;
  maxBytes?: number;
}

/** Where the command writes; the CLI uses the process streams, tests capture them. */
export interface ValidateIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: ValidateIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** An NDJSON file that is not there is a usage error, not an invalid line. */
async function unreadable(file: string): Promise<string | null> {
  if (file === '-') return null;
  const info = await stat(file).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) return info.code === 'ENOENT' ? 'no such file' : info.message;
  return info.isFile() ? null : 'not a regular file';
}

async function validateNdjsonFiles(files: string[], format: ValidateFormat, io: ValidateIO): Promise<number> {
  for (const file of files) {
    const problem = await unreadable(file);
    if (problem) {
      io.err(`vnreport validate: cannot read ${file}: ${problem}\n`);
      return EXIT_USAGE;
    }
  }
  const validate = loadResultValidator();
  const results: NdjsonValidation[] = [];
  for (const file of files) results.push(await validateNdjsonLines(file, readLines(file), validate));
  io.out(format === 'json' ? formatNdjsonJson(results) : formatNdjsonStylish(results));
  return results.some((r) => r.invalid > 0) ? EXIT_FAILURE : EXIT_OK;
}

async function validateInputTexts(paths: string[], options: ValidateOptions, io: ValidateIO): Promise<number> {
  const result = await validateInputs(paths, { maxBytes: options.maxBytes });
  io.out(options.format === 'json' ? formatInputsJson(result) : formatInputsStylish(result));
  return result.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

export async function runValidate(paths: string[], options: ValidateOptions, io: ValidateIO = processIO): Promise<number> {
  if (paths.length === 0) {
    io.err(
      options.inputs
        ? 'vnreport validate: name the folders or files of texts to check\n'
        : 'vnreport validate: name the NDJSON files to check (or --inputs DIR to check texts)\n',
    );
    return EXIT_USAGE;
  }
  return options.inputs ? validateInputTexts(paths, options, io) : validateNdjsonFiles(paths, options.format, io);
}

export function registerValidate(program: Command, exit: ExitState): void {
  program
    .command('validate')
    .description('check NDJSON output against the JSON Schema, or (--inputs) article texts for import problems')
    .argument('[paths...]', 'NDJSON files (- for standard input); with --inputs: folders (searched for *.txt), files or globs of texts')
    .option('--inputs', 'check article texts: unreadable, too large, empty, binary, encoding, mojibake, not Vietnamese, duplicate')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...VALIDATE_FORMATS]).default('stylish'))
    .option('--max-bytes <size>', 'with --inputs: report texts larger than SIZE as too large, e.g. 500K, 16MB (default: 64MB)', parseByteSize)
    .action(async (paths: string[], options: ValidateOptions) => {
      exit.code = await runValidate(paths, options);
    });
}
