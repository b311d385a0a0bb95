#!/usr/bin/env node
/**
 * The benchmark: throughput (MB/s of UTF-8 input, 1 MB = 10^6 bytes, and
 * documents/s) and peak memory of vnreport on one corpus, every figure
 * measured on the same files in the same run:
 *
 *   floor            read every file, decode, NFC: what any pipeline pays
 *   extract -j 1     `vnreport extract -f ndjson -j 1` as a child process
 *   extract -j N     the same with N worker threads (default: the cores)
 *   extract twice    the corpus given twice, to show memory does not grow with it
 *   tokenize         `vnreport tokenize` (one core), vntk's model decoded in TypeScript
 *   tokenize sample  the same and the native crfsuite path on a sample of files,
 *                    checked to give identical output
 *   vntk             vntk's shipped wordTokenizer.tag on a small sample of sentences,
 *                    beside our segmenter on the same sentences
 *
 * Peak RSS is that of the child process (all its threads), from
 * /usr/bin/time when present, else from polling /proc/PID/status (VmHWM).
 * Every extract run must give exactly one result line per input file.
 *
 * Usage: npm run build && npm run bench -- [--corpus DIR] [options]
 *   --corpus DIR          directory searched for *.txt (default: a corpus made of
 *                         the fixture seeds repeated, see --generate)
 *   --generate N          files in the generated corpus (default 400)
 *   --jobs N              worker threads for the parallel run (default: cores)
 *   --sample-bytes N      bytes of sentences given to vntk (default 6000)
 *   --crfsuite-bytes N    bytes of files for the crfsuite comparison (default 3000000)
 *   --tokenize-bytes N    bytes of files for the tokenize run (default: all)
 *   --skip LIST           comma-separated rows to skip: twice,tokenize,crfsuite,vntk
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'vnreport.js');
const TIME = '/usr/bin/time';

if (!existsSync(path.join(ROOT, 'dist', 'text', 'wordSegmenter.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const { decode } = await import('../dist/text/decode.js');
const { prepareDocument } = await import('../dist/text/document.js');
const { segmentWords } = await import('../dist/text/wordSegmenter.js');

// ---------------------------------------------------------------- options

const NUMERIC = {
  '--generate': 'generate',
  '--jobs': 'jobs',
  '--sample-bytes': 'sampleBytes',
  '--crfsuite-bytes': 'crfsuiteBytes',
  '--tokenize-bytes': 'tokenizeBytes',
};

function usage(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    corpus: undefined,
    generate: 400,
    jobs: os.availableParallelism?.() ?? os.cpus().length,
    sampleBytes: 6000,
    crfsuiteBytes: 3_000_000,
    tokenizeBytes: Infinity,
    skip: new Set(),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--corpus') options.corpus = path.resolve(value);
    else if (flag === '--skip') options.skip = new Set(value.split(','));
    else if (NUMERIC[flag]) {
      const number = Number(value);
      if (!Number.isFinite(number) || number < 1) usage(`${flag} needs a positive number, got ${value}`);
      options[NUMERIC[flag]] = number;
    } else usage(`unknown argument ${flag}`);
  }
  return options;
}

// ---------------------------------------------------------------- corpus

function corpusFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The fixture seeds repeated into `count` files, each with its own name. */
function generateCorpus(dir, count) {
  const seeds = corpusFiles(path.join(ROOT, 'fixtures', 'seeds'));
  for (let i = 0; i < count; i++) {
    copyFileSync(seeds[i % seeds.length], path.join(dir, `${String(i).padStart(6, '0')}.txt`));
  }
}

/** The first files of `files` holding at least `bytes`, hard-linked (or copied) into a new folder. */
function sampleDir(parent, name, files, bytes) {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  let total = 0;
  const chosen = [];
  for (const file of files) {
    if (total >= bytes) break;
    const target = path.join(dir, `${String(chosen.length).padStart(6, '0')}.txt`);
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
    chosen.push(file);
    total += statSync(file).size;
  }
  return { dir, files: chosen, bytes: total };
}

// ---------------------------------------------------------------- measuring

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Peak RSS of a running process, polled (used when /usr/bin/time is absent). */
function pollPeak(pid) {
  let peakKb = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process is gone.
    }
  };
  read();
  const timer = setInterval(read, 50);
  return () => {
    clearInterval(timer);
    return peakKb;
  };
}

const ERROR_KEY = ',"error":{"code":"';

/**
 * Run the CLI as a child process; count its output bytes, lines and error
 * records (one ndjson line each: `,"error":{"code":"` cannot occur inside a
 * JSON string, where quotes are escaped). Wall time is the parent's clock.
 */
function runCli(args, { env = {}, hashOutput = false } = {}) {
  const useTime = existsSync(TIME);
  const timeFile = path.join(os.tmpdir(), `vnreport-bench-time-${process.pid}-${Date.now()}`);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, CLI, ...args] : [CLI, ...args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const stopPolling = useTime ? () => 0 : pollPeak(child.pid);
    const hash = hashOutput ? createHash('sha256') : null;
    let bytes = 0;
    let lines = 0;
    let errors = 0;
    let carry = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      hash?.update(chunk);
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      const text = carry + chunk.toString('latin1');
      errors += text.split(ERROR_KEY).length - 1;
      // Short enough that no whole key is carried (and counted) twice.
      carry = text.slice(-(ERROR_KEY.length - 1));
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      let peakKb = stopPolling();
      let cpu = null;
      if (useTime && existsSync(timeFile)) {
        const [rss, user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
        rmSync(timeFile, { force: true });
        peakKb = rss;
        cpu = user + system;
      }
      resolve({ code, seconds, cpu, peakMb: peakKb / 1024, outputBytes: bytes, lines, errors, stderr, sha256: hash?.digest('hex') });
    });
  });
}

/** Read, decode and NFC every file, in process: the floor. */
function floor(files) {
  const startCpu = cpuSeconds();
  const start = performance.now();
  for (const file of files) decode(readFileSync(file)).text.normalize('NFC');
  return { seconds: (performance.now() - start) / 1000, cpu: cpuSeconds() - startCpu };
}

/** Whole body sentences of the files, taken in turn from each, up to `bytes`. */
function sentenceSample(files, bytes) {
  const perFile = [];
  for (const file of files) {
    perFile.push(prepareDocument(decode(readFileSync(file)).text, file).sentences.map((s) => s.text));
    if (perFile.length >= 50) break;
  }
  const sample = [];
  let total = 0;
  for (let i = 0; total < bytes && perFile.some((list) => i < list.length); i++) {
    for (const list of perFile) {
      if (i < list.length && total < bytes) {
        sample.push(list[i]);
        total += Buffer.byteLength(list[i], 'utf8');
      }
    }
  }
  return { sample, bytes: total };
}

/** Time `work`, repeated until `minSeconds` have passed (at least once): seconds per run. */
function timeInProcess(work, minSeconds = 0) {
  const startCpu = cpuSeconds();
  const start = performance.now();
  let runs = 0;
  do {
    work();
    runs++;
  } while ((performance.now() - start) / 1000 < minSeconds);
  return { seconds: (performance.now() - start) / 1000 / runs, cpu: (cpuSeconds() - startCpu) / runs };
}

// ---------------------------------------------------------------- report

const pad = (value, width, right = true) => (right ? String(value).padStart(width) : String(value).padEnd(width));
const fixed = (value, digits) => (value === null || value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits));

function printTable(rows, floorRate, vntkRate) {
  const header =
    `${pad('pipeline', 30, false)}${pad('files', 8)}${pad('MB', 9)}${pad('wall s', 9)}${pad('CPU s', 9)}` +
    `${pad('MB/s', 9)}${pad('MB/CPU-s', 10)}${pad('docs/s', 9)}${pad('peak RSS MB', 13)}${pad('÷ floor', 9)}${pad('× vntk', 10)}`;
  const lines = [header, '-'.repeat(header.length)];
  for (const row of rows) {
    const rate = row.bytes / 1e6 / row.seconds;
    lines.push(
      `${pad(row.name, 30, false)}${pad(row.files ?? '-', 8)}${pad(fixed(row.bytes / 1e6, 2), 9)}` +
        `${pad(fixed(row.seconds, 2), 9)}${pad(fixed(row.cpu, 2), 9)}${pad(fixed(rate, 3), 9)}` +
        `${pad(row.cpu ? fixed(row.bytes / 1e6 / row.cpu, 3) : '-', 10)}` +
        `${pad(row.files ? fixed(row.files / row.seconds, 1) : '-', 9)}${pad(fixed(row.peakMb, 0), 13)}` +
        `${pad(fixed(floorRate / rate, 1), 9)}${pad(vntkRate ? fixed(rate / vntkRate, 0) : '-', 10)}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

// ---------------------------------------------------------------- main

const options = parseArgs(process.argv.slice(2));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vnreport-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

let corpus = options.corpus;
if (!corpus) {
  corpus = path.join(scratch, 'generated');
  mkdirSync(corpus);
  generateCorpus(corpus, options.generate);
}
let files;
try {
  files = corpusFiles(corpus);
} catch (err) {
  usage(`cannot read ${corpus}: ${err.message}`);
}
if (files.length === 0) usage(`no .txt file under ${corpus}`);
const corpusBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const jobs = Math.max(1, Math.floor(options.jobs));

process.stdout.write(
  `vnreport bench, ${new Date().toISOString()}\n` +
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n` +
    `corpus: ${options.corpus ?? `generated from fixtures/seeds (${options.generate} files)`}: ${files.length} files, ${(corpusBytes / 1e6).toFixed(2)} MB\n` +
    `load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`,
);
const progress = (message) => process.stderr.write(`bench: ${message}\n`);

const rows = [];
const checks = [];

// Warm the page cache once, so every row reads from memory alike.
floor(files);
const floorRun = floor(files);
rows.push({ name: 'floor (read+decode+NFC)', files: files.length, bytes: corpusBytes, ...floorRun });
const floorRate = corpusBytes / 1e6 / floorRun.seconds;

async function extractRow(name, args, expectedLines, bytes) {
  progress(`${name}…`);
  const run = await runCli(['extract', '-f', 'ndjson', '-q', ...args]);
  rows.push({ name, files: expectedLines, bytes, ...run });
  checks.push({
    what: `${name}: one result line per input (${expectedLines})`,
    ok: run.lines === expectedLines && run.code !== 2,
    detail: `${run.lines} lines, ${run.errors} error records, exit ${run.code}${run.code === 2 ? `: ${run.stderr.slice(0, 300)}` : ''}`,
  });
  return run;
}

const one = await extractRow('extract -j 1', ['-j', '1', corpus], files.length, corpusBytes);
const many = await extractRow(`extract -j ${jobs}`, ['-j', String(jobs), corpus], files.length, corpusBytes);
let twice;
if (!options.skip.has('twice')) {
  twice = await extractRow(`extract -j ${jobs}, corpus twice`, ['-j', String(jobs), corpus, corpus], 2 * files.length, 2 * corpusBytes);
}

let tokenize;
if (!options.skip.has('tokenize')) {
  const all = options.tokenizeBytes >= corpusBytes;
  const target = all ? { dir: corpus, files, bytes: corpusBytes } : sampleDir(scratch, 'tokenize', files, options.tokenizeBytes);
  progress('tokenize…');
  tokenize = await runCli(['tokenize', target.dir], { env: { VNREPORT_CRF: 'ts' } });
  rows.push({ name: `tokenize${all ? '' : ' (first files)'}`, files: target.files.length, bytes: target.bytes, ...tokenize });
}

let crfsuiteSame;
if (!options.skip.has('crfsuite')) {
  const sample = sampleDir(scratch, 'crfsuite', files, options.crfsuiteBytes);
  progress(`tokenize sample, both CRF paths (${(sample.bytes / 1e6).toFixed(2)} MB)…`);
  const ts = await runCli(['tokenize', sample.dir], { env: { VNREPORT_CRF: 'ts' }, hashOutput: true });
  const native = await runCli(['tokenize', sample.dir], { env: { VNREPORT_CRF: 'crfsuite' }, hashOutput: true });
  rows.push({ name: 'tokenize sample, TS decoder', files: sample.files.length, bytes: sample.bytes, ...ts });
  rows.push({ name: 'tokenize sample, crfsuite', files: sample.files.length, bytes: sample.bytes, ...native });
  crfsuiteSame = ts.sha256 === native.sha256 && ts.outputBytes > 0;
  checks.push({
    what: 'tokenize: TS decoder output identical to the crfsuite binding',
    ok: crfsuiteSame,
    detail: `${ts.outputBytes} bytes each, sha256 ${ts.sha256.slice(0, 12)}… vs ${native.sha256.slice(0, 12)}…`,
  });
}

let vntkRate;
if (!options.skip.has('vntk')) {
  progress('vntk…');
  const { sample, bytes } = sentenceSample(files, options.sampleBytes);
  segmentWords('Khởi động.'); // load the model first: loading is not segmenting
  // Ours is timed over repeated runs (a few milliseconds each), vntk's over one.
  const ours = timeInProcess(() => sample.forEach((s) => segmentWords(s)), 1);
  const require = createRequire(import.meta.url);
  const vntk = require('vntk/lib/word_tokenizer');
  vntk.tag('Khởi động.');
  const theirs = timeInProcess(() => sample.forEach((s) => vntk.tag(s)));
  vntkRate = bytes / 1e6 / theirs.seconds;
  rows.push({ name: `ours, vntk's ${sample.length} sentences`, bytes, ...ours });
  rows.push({ name: 'vntk wordTokenizer.tag', bytes, ...theirs });
}

process.stdout.write('\n');
printTable(rows, floorRate, vntkRate);

const rate = (run, bytes) => bytes / 1e6 / run.seconds;
const oneRate = rate(one, corpusBytes);
const manyRate = rate(many, corpusBytes);
const peaks = [one, many, twice, tokenize].filter(Boolean).map((r) => r.peakMb);
checks.push({ what: 'extract -j 1 at least 10 MB/s', ok: oneRate >= 10, detail: `${oneRate.toFixed(2)} MB/s` });
checks.push({
  what: `extract -j ${jobs} at least 1.7 × -j 1`,
  ok: manyRate / oneRate >= 1.7,
  detail: `${(manyRate / oneRate).toFixed(2)} ×`,
});
checks.push({ what: 'peak RSS at most 300 MB', ok: Math.max(...peaks) <= 300, detail: `${Math.max(...peaks).toFixed(0)} MB at most` });
if (tokenize) {
  const tokenizeRate = rows.find((r) => r.name.startsWith('tokenize') && !r.name.includes('sample'));
  const value = tokenizeRate.bytes / 1e6 / tokenizeRate.seconds;
  const perCpu = tokenizeRate.cpu ? `, ${(tokenizeRate.bytes / 1e6 / tokenizeRate.cpu).toFixed(2)} MB per CPU-second` : '';
  checks.push({ what: 'tokenize at least 0.5 MB/s (one core)', ok: value >= 0.5, detail: `${value.toFixed(2)} MB/s${perCpu}` });
}
process.stdout.write(
  `\nload average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}` +
    ` (wall times count; CPU s is the child's user+system time, all threads)\n\ntargets:\n`,
);
for (const check of checks) process.stdout.write(`  ${verdict(check.ok).padEnd(7)} ${check.what}: ${check.detail}\n`);
