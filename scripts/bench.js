#!/usr/bin/env node
/**
 * Throughput of word segmentation, in MB/s of UTF-8 input (1 MB = 10^6 bytes):
 *   floor      read the files, decode, NFC: what any pipeline pays
 *   prepare    read + prepareDocument (lines, furniture, sentences)
 *   ours       read + prepareDocument + segmentDocument (all body sentences)
 *   ours/sample  our segmenter on the sample of sentences given to vntk
 *   vntk       vntk's shipped wordTokenizer.tag, sentence by sentence, on a
 *              small sample (it segments a few KB per second)
 *
 * Usage: npm run build && node scripts/bench.js [--corpus DIR] [--vntk-bytes N] [--min-seconds S]
 * The corpus defaults to fixtures/seeds; DIR is searched recursively for *.txt.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(path.join(ROOT, 'dist', 'text', 'wordSegmenter.js'))) {
  process.stderr.write('bench: dist/ is missing or stale; run `npm run build` first\n');
  process.exit(2);
}
const { decode } = await import('../dist/text/decode.js');
const { prepareDocument } = await import('../dist/text/document.js');
const { segmentDocument, segmentWords } = await import('../dist/text/wordSegmenter.js');

const FLAGS = { '--corpus': 'corpus', '--vntk-bytes': 'vntkBytes', '--min-seconds': 'minSeconds' };

function parseArgs(argv) {
  const options = { corpus: path.join(ROOT, 'fixtures', 'seeds'), vntkBytes: 6000, minSeconds: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = FLAGS[argv[i]];
    const value = argv[i + 1];
    if (!name || value === undefined) {
      process.stderr.write(`bench: unknown or incomplete argument ${argv[i]}\n`);
      process.exit(2);
    }
    options[name] = name === 'corpus' ? path.resolve(value) : Number(value);
  }
  return options;
}

function corpusFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Run `work` until `minSeconds` have passed (at least once); seconds per run. */
function time(work, minSeconds) {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    work();
    runs++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < minSeconds);
  return elapsed / runs;
}

const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
const readText = (file) => decode(readFileSync(file)).text;

const options = parseArgs(process.argv.slice(2));
let files;
try {
  files = corpusFiles(options.corpus);
} catch (err) {
  process.stderr.write(`bench: cannot read ${options.corpus}: ${err.message}\n`);
  process.exit(2);
}
if (files.length === 0) {
  process.stderr.write(`bench: no .txt file under ${options.corpus}\n`);
  process.exit(2);
}
const corpusBytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);

// Loading the model and dictionary happens once per process: report it apart.
let start = performance.now();
segmentWords('Khởi động.');
const loadMs = performance.now() - start;

const rows = [];
const floor = time(() => files.forEach((f) => readText(f).normalize('NFC')), options.minSeconds);
rows.push(['floor (read + decode + NFC)', corpusBytes, floor]);
const prepare = time(() => files.forEach((f) => prepareDocument(readText(f), f)), options.minSeconds);
rows.push(['prepare (read + prepareDocument)', corpusBytes, prepare]);
const ours = time(() => files.forEach((f) => segmentDocument(prepareDocument(readText(f), f))), options.minSeconds);
rows.push(['ours (read + prepare + segment)', corpusBytes, ours]);

// The sample for vntk: whole sentences, from every file in turn, up to vntkBytes.
const sentences = files.map((f) => prepareDocument(readText(f), f).sentences.map((s) => s.text));
const sample = [];
let sampleBytes = 0;
for (let i = 0; sampleBytes < options.vntkBytes && sentences.some((list) => i < list.length); i++) {
  for (const list of sentences) {
    if (i < list.length && sampleBytes < options.vntkBytes) {
      sample.push(list[i]);
      sampleBytes += utf8Bytes(list[i]);
    }
  }
}
const oursSample = time(() => sample.forEach((s) => segmentWords(s)), options.minSeconds);
rows.push(['ours (segment the vntk sample)', sampleBytes, oursSample]);

const require = createRequire(import.meta.url);
start = performance.now();
const vntk = require('vntk/lib/word_tokenizer');
const vntkLoadMs = performance.now() - start;
const vntkTime = time(() => sample.forEach((s) => vntk.tag(s)), 0);
rows.push(['vntk wordTokenizer (the sample)', sampleBytes, vntkTime]);

const mbps = (bytes, seconds) => bytes / 1e6 / seconds;
const vntkRate = mbps(sampleBytes, vntkTime);
const floorRate = mbps(corpusBytes, floor);
const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
process.stdout.write(
  `corpus: ${options.corpus} (${files.length} files, ${(corpusBytes / 1e3).toFixed(1)} KB); ` +
    `vntk sample: ${sample.length} sentences, ${(sampleBytes / 1e3).toFixed(1)} KB\n` +
    `load: ours ${loadMs.toFixed(0)} ms, vntk word_tokenizer ${vntkLoadMs.toFixed(0)} ms\n` +
    '× vntk: speed relative to vntk; ÷ floor: how many times slower than the floor\n\n',
);
process.stdout.write(
  `${pad('pipeline', 34)}${pad('KB', 9, true)}${pad('MB/s', 11, true)}${pad('× vntk', 10, true)}${pad('÷ floor', 10, true)}\n`,
);
for (const [name, bytes, seconds] of rows) {
  const rate = mbps(bytes, seconds);
  process.stdout.write(
    `${pad(name, 34)}${pad((bytes / 1e3).toFixed(1), 9, true)}${pad(rate.toFixed(4), 11, true)}` +
      `${pad((rate / vntkRate).toFixed(1), 10, true)}${pad((floorRate / rate).toFixed(1), 10, true)}\n`,
  );
}
