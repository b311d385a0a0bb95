/**
 * `vnreport tokenize [inputs...]`: the words of every body sentence, as
 * vntk's CRF model segments them. Plain output is one line per sentence,
 * words separated by spaces and the syllables of a word joined by "_";
 * `--format json` gives each input's sentences and words with their spans
 * in the input. An input that cannot be read is reported on standard error
 * and the others go on (exit 1).
 */
import { Option, type Command } from 'commander';
import { expandInputs, type InputSource } from '../batch/inputs.js';
import { readSourceText } from '../batch/process.js';
import type { ErrorRecord } from '../model/report.js';
import { prepareDocument, type PreparedDocument } from '../text/document.js';
import { formatWord, formatWords, segmentDocument } from '../text/wordSegmenter.js';
import { sourceLabel } from './extract.js';
import { EXIT_FAILURE, EXIT_USAGE, type ExitState } from './main.js';

const TOKENIZE_FORMATS = ['text', 'json'] as const;
type TokenizeFormat = (typeof TOKENIZE_FORMATS)[number];

interface TokenizeOptions {
  format: TokenizeFormat;
}

function reportError(source: string, message: string): void {
  process.stderr.write(`vnreport: ${sourceLabel(source)}: ${message}\n`);
}

/** Write to stdout, waiting when a pipe is full so large batches stay in bounded memory. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

async function readDocument(input: InputSource): Promise<PreparedDocument | ErrorRecord> {
  const read = await readSourceText(input);
  return 'error' in read ? read : prepareDocument(read.text, read.source);
}

function asText(doc: PreparedDocument): string {
  return segmentDocument(doc)
    .map(({ words }) => `${formatWords(words)}\n`)
    .join('');
}

function asJson(doc: PreparedDocument): string {
  const sentences = segmentDocument(doc).map(({ sentence, words }) => ({
    ...doc.mention(sentence.start, sentence.end),
    words: words.map((word) => ({ word: formatWord(word), ...doc.mention(word.start, word.end) })),
  }));
  return JSON.stringify({ source: doc.source, sentences });
}

async function tokenizeAll(inputs: string[], format: TokenizeFormat, exit: ExitState): Promise<void> {
  const sources = await expandInputs(inputs);
  // As `extract`: one object for one file named as such, else an array (one document a line).
  const single = inputs.length === 1 && sources.length === 1 && sources[0].source === inputs[0];
  const json = format === 'json';
  let written = 0;
  if (json && !single) await writeOut('[');
  for (const input of sources) {
    const doc = await readDocument(input);
    if ('error' in doc) {
      reportError(doc.source, doc.error.message);
      exit.code = EXIT_FAILURE;
      continue;
    }
    if (!json) await writeOut(`${written > 0 ? '\n' : ''}${asText(doc)}`);
    else if (single) await writeOut(`${asJson(doc)}\n`);
    else await writeOut(`${written > 0 ? ',' : ''}\n${asJson(doc)}`);
    written++;
  }
  if (json && !single) await writeOut(written > 0 ? '\n]\n' : ']\n');
}

const isBrokenPipe = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'EPIPE';

async function runTokenize(inputs: string[], options: TokenizeOptions, exit: ExitState): Promise<void> {
  if (inputs.length === 0) {
    process.stderr.write('vnreport: no input given (name files, directories, globs, or - for standard input)\n');
    exit.code = EXIT_USAGE;
    return;
  }
  // A reader that goes away (`| head`) ends the output, it is not a crash.
  const ignoreBrokenPipe = (err: unknown) => {
    if (!isBrokenPipe(err)) throw err;
  };
  process.stdout.on('error', ignoreBrokenPipe);
  try {
    await tokenizeAll(inputs, options.format, exit);
  } catch (err) {
    if (!isBrokenPipe(err)) throw err;
  } finally {
    process.stdout.off('error', ignoreBrokenPipe);
  }
}

export function registerTokenize(program: Command, exit: ExitState): void {
  program
    .command('tokenize')
    .description('segment the body sentences into words (syllables of a word joined by "_")')
    .argument('[inputs...]', 'files, directories (searched for *.txt), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...TOKENIZE_FORMATS]).default('text'))
    .action((inputs: string[], options: TokenizeOptions) => runTokenize(inputs, options, exit));
}
