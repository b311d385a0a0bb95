#!/usr/bin/env node
/**
 * Hostile inputs against the analyzer: each case is run at size n and 2n and
 * timed; time linear in the size shows as a ratio near 2 (quadratic: 4).
 * Measured here, not asserted in tests: timings depend on the machine.
 *
 * Cases: the ones the hostile-input issue names (runs of "1-", "Nghị quyết
 * số ", capitalized syllables, commas), long lines without punctuation,
 * runs of the characters that made some regexes backtrack, and a 50 MB
 * single-line file read through the batch reader, refused above --max-bytes
 * and analyzed below it.
 *
 * Each measurement runs in a worker thread that is stopped after
 * --budget seconds (default 60), so a superlinear case shows as "stopped"
 * instead of running for hours.
 *
 * Usage: npm run build && node scripts/adversarial.js [--only TEXT] [--no-huge] [--budget SECONDS]
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(path.join(ROOT, 'dist', 'analyze.js'))) {
  process.stderr.write('adversarial: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const { analyze } = await import('../dist/analyze.js');
const { processSource } = await import('../dist/batch/process.js');

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const huge = !args.includes('--no-huge');
const budget = args.includes('--budget') ? Number(args[args.indexOf('--budget') + 1]) : 60;

/** Repeat `unit` until the text holds `count` units. */
const times = (unit, count) => unit.repeat(count);

/** Cycle through `items`, joined by `separator`, `count` items in all. */
function cycle(items, count, separator = ' ') {
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = items[i % items.length];
  return out.join(separator);
}

const SYLLABLES = ['Nguyễn', 'Văn', 'An', 'Trần', 'Thị', 'Bình', 'Lê', 'Hoàng', 'Phạm', 'Minh', 'Chính', 'Đức', 'Huệ', 'Ủy', 'Ban', 'Tỉnh'];
const WORDS = ['hội', 'nghị', 'tổng', 'kết', 'công', 'tác', 'năm', 'triển', 'khai', 'nhiệm', 'vụ', 'đồng', 'chí', 'chủ', 'trì', 'tại'];

/** name, size n in units, text for a number of units. */
const CASES = [
  // The issue's four.
  ['"1-1-1-…" (400 KB at n)', 200_000, (k) => times('1-', k)],
  ['"Nghị quyết số " ×50,000', 50_000, (k) => times('Nghị quyết số ', k)],
  ['capitalized syllables ×100,000', 100_000, (k) => cycle(SYLLABLES, k)],
  ['commas ×200,000', 200_000, (k) => times(',', k)],
  // Long lines without sentence punctuation.
  ['one line of words, no punctuation', 100_000, (k) => cycle(WORDS, k)],
  ['one line of capitalized names and commas', 50_000, (k) => cycle(SYLLABLES, k, ', ')],
  ['one line of "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, "', 20_000, (k) => times('Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, ', k)],
  // Numbers, symbols and dates run together.
  ['"25-NQ/TW " ×n', 50_000, (k) => times('25-NQ/TW ', k)],
  ['"14.342 " ×n', 50_000, (k) => times('14.342 ', k)],
  ['"12/3/2023 ngày " ×n', 30_000, (k) => times('12/3/2023 ngày ', k)],
  ['digits and slashes "1/1/1/…"', 200_000, (k) => times('1/', k)],
  ['"số 1 ngày " ×n', 30_000, (k) => times('số 1 ngày ', k)],
  // Runs that made regexes backtrack (see test/regex-safety.test.ts).
  ['opening parentheses "((((…"', 200_000, (k) => times('(', k)],
  ['tabs then "ảnh:" "ảnh:\\t\\t…("', 200_000, (k) => `ảnh:${times('\t', k)}(`],
  ['whitespace runs before "&"', 200_000, (k) => `a${times(' ', k)}\u0000&`],
  ['"t-t-t-…" (domain-like)', 100_000, (k) => times('t-', k)],
  ['"-----…@"', 200_000, (k) => `${times('-', k)}.@-.-`],
  ['"////…"', 200_000, (k) => times('/', k)],
  // Many short sentences: work per sentence that looks back over all earlier ones is quadratic.
  ['short sentences "Hội nghị đạt kết quả. "', 2_500, (k) => `Hội nghị\n\n${times('Hội nghị đạt kết quả. ', k)}`],
  ['short sentences with a year "Năm 2023 đạt. "', 2_500, (k) => `Hội nghị\n\n${times('Năm 2023 đạt. ', k)}`],
  // Many short lines.
  ['newlines only', 400_000, (k) => times('\n', k)],
  ['short lines "Hà Nội\\n"', 100_000, (k) => times('Hà Nội\n', k)],
  ['dots ". . . …"', 200_000, (k) => times('. ', k)],
];

function timeAnalyze(text) {
  const start = performance.now();
  analyze(text, 'adversarial.txt');
  return (performance.now() - start) / 1000;
}

const MB = 1024 * 1024;

/** A file through the batch reader: time, memory growth, and what came out. */
async function timeSource(file, maxBytes) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const result = await processSource({ source: file }, { maxBytes });
  const seconds = (performance.now() - start) / 1000;
  const growth = (process.memoryUsage().rss - before) / MB;
  const outcome = 'error' in result ? `${result.error.code}: ${result.error.message}` : `report (${result.warnings.length} warnings)`;
  return { seconds, growth, outcome };
}

/**
 * In a worker: either build case `index` at `units`, warm up, analyze and
 * post the seconds, or read `file` through the batch reader.
 */
if (!isMainThread) {
  if (workerData.file) {
    parentPort.postMessage(await timeSource(workerData.file, workerData.maxBytes));
  } else {
    const [, , make] = CASES[workerData.index];
    timeAnalyze(make(Math.max(1, Math.floor(workerData.units / 50))));
    const text = make(workerData.units);
    parentPort.postMessage({ bytes: Buffer.byteLength(text, 'utf8'), seconds: timeAnalyze(text) });
  }
}

/** What the worker posts for this job, { error } if it threw, or null when the budget ran out first. */
function inWorker(data, seconds = budget) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, seconds * 1000);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      resolve({ error: err?.message ?? String(err) });
    });
  });
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const sec = (s) => `${s.toFixed(3)} s`;

function row(cells) {
  const widths = [50, 9, 10, 9, 10, 7];
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
}

async function runCase(index) {
  const [name, n] = CASES[index];
  const small = await inWorker({ index, units: n });
  if (small?.error) return `${row([name, `n=${n}`])}  THREW: ${small.error}`;
  if (!small) return row([name, `n=${n}`, `>${budget} s`, '-', '-', 'STOPPED']);
  const large = await inWorker({ index, units: 2 * n });
  if (large?.error) return `${row([name, kb(small.bytes), sec(small.seconds)])}  THREW at 2n: ${large.error}`;
  if (!large) return row([name, kb(small.bytes), sec(small.seconds), '2n', `>${budget} s`, 'STOPPED']);
  const ratio = large.seconds / Math.max(small.seconds, 1e-6);
  return row([name, kb(small.bytes), sec(small.seconds), kb(large.bytes), sec(large.seconds), ratio.toFixed(2)]);
}

/** A single line of ordinary words, `size` bytes, written to a scratch file. */
function writeSingleLine(dir, size) {
  const file = path.join(dir, `line-${size}.txt`);
  const unit = Buffer.from(`${cycle(WORDS, 64)} `, 'utf8');
  const buffer = Buffer.alloc(size);
  for (let at = 0; at < size; at += unit.length) unit.copy(buffer, at, 0, Math.min(unit.length, size - at));
  // A cut UTF-8 sequence at the end would only add a replacement warning.
  writeFileSync(file, buffer.toString('utf8').replace(/\uFFFD$/u, ' '));
  return file;
}

/** Tens of megabytes may take minutes even when linear. */
const HUGE_BUDGET_FACTOR = 5;

async function runHuge() {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-adversarial-'));
  try {
    console.log('\nSingle-line files through the batch reader (processSource):');
    const refused = await timeSource(writeSingleLine(dir, 50 * MB), 16 * MB);
    console.log(`  50 MB, --max-bytes 16MB: ${sec(refused.seconds)}, ${refused.outcome}`);
    const timings = [];
    for (const size of [25 * MB, 50 * MB]) {
      const file = writeSingleLine(dir, size);
      const measured = await inWorker({ file, maxBytes: 64 * MB }, HUGE_BUDGET_FACTOR * budget);
      rmSync(file);
      if (!measured || measured.error) {
        console.log(`  ${size / MB} MB, --max-bytes 64MB: ${measured ? `threw: ${measured.error}` : `stopped after ${HUGE_BUDGET_FACTOR * budget} s`}`);
        return;
      }
      timings.push(measured.seconds);
      console.log(`  ${size / MB} MB, --max-bytes 64MB: ${sec(measured.seconds)}, RSS +${measured.growth.toFixed(0)} MB (worker), ${measured.outcome}`);
    }
    console.log(`  ratio 50 MB / 25 MB: ${(timings[1] / timings[0]).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) {
  console.log(row(['case', 'size n', 'time n', 'size 2n', 'time 2n', 'ratio']));
  for (let index = 0; index < CASES.length; index++) {
    if (only && !CASES[index][0].includes(only)) continue;
    console.log(await runCase(index));
  }
  if (huge && !only) await runHuge();
}
