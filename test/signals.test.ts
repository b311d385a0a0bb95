import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { atomicFileSink } from '../src/batch/atomicWrite.js';
import { ROOT, seedFiles } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'vnreport.js');
const FILES = 400;

/** A directory of many articles, so that a batch is still running when the signal comes. */
function manyArticles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-signals-'));
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  const seeds = seedFiles();
  for (let i = 0; i < FILES; i++) {
    copyFileSync(seeds[i % seeds.length], path.join(corpus, `${String(i).padStart(4, '0')}.txt`));
  }
  return dir;
}

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run extract, wait for its first line of output (or first result written), send the signal. */
function stopMidBatch(args: string[], signal: NodeJS.Signals, started: () => boolean = () => false): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'extract', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      child.kill(signal);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('\n')) send();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      if (started()) send();
    }, 20);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stdout, stderr });
    });
  });
}

describe('SIGINT and SIGTERM stop cleanly', () => {
  const dir = manyArticles();
  const corpus = path.join(dir, 'corpus');

  it('SIGINT: exit 130, stdout holds whole NDJSON lines only', async () => {
    const run = await stopMidBatch(['-f', 'ndjson', '-j', '2', corpus], 'SIGINT');
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(FILES);
    const sources = lines.map((l) => JSON.parse(l).source);
    expect(sources).toEqual(readdirSync(corpus).sort().slice(0, lines.length).map((f) => path.join(corpus, f)));
    expect(run.stderr).toContain('stopped by signal');
  });

  it('SIGTERM: exit 143, --out leaves neither the file nor a temporary file', async () => {
    const out = path.join(dir, 'results.ndjson');
    // Mid-batch: the temporary file exists and has results in it.
    const temporary = () =>
      readdirSync(dir).some((f) => f.startsWith('.vnreport-tmp') && statSync(path.join(dir, f), { throwIfNoEntry: false })?.size);
    const run = await stopMidBatch(['-f', 'ndjson', '-j', '2', '--out', out, corpus], 'SIGTERM', temporary);
    expect(run.code).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['corpus']);
  });

  it('SIGINT in mapper mode: whole lines only, exit 130', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--input-format', 'ndjson', '-j', '1'], { cwd: ROOT });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('\n') && !child.killed) child.kill('SIGINT');
    });
    // Keep stdin open, as a cluster would while it feeds more lines.
    child.stdin.write(`${JSON.stringify({ id: 'a', text: 'Hội nghị tổng kết năm 2023.' })}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(stdout).source).toBe('a');
  });
});

describe('write errors: a clear message, no partial file', () => {
  it('a full disk on stdout (/dev/full) says so and exits 2', () => {
    if (!existsSync('/dev/full')) return;
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract -f ndjson -j 1 fixtures/seeds > /dev/full`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write to standard output: no space left on device \(ENOSPC\)/u);
  });

  it('a sink that fails (ENOSPC) rejects the write and leaves no file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-full-'));
    const target = path.join(dir, 'out.ndjson');
    const full = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
    const sink = atomicFileSink(target, { open: () => full });
    await expect(sink.write('{"source":"a"}\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(sink.write('{"source":"b"}\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    await sink.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an --out whose directory does not exist: exit 2, a plain message, nothing written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-nodir-'));
    const out = path.join(dir, 'missing', 'out.json');
    const run = spawnSync(process.execPath, [BIN, 'extract', '-j', '1', '--out', out, seedFiles()[0]], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such directory');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('commits a complete --out file and removes the temporary one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-ok-'));
    const target = path.join(dir, 'out.ndjson');
    const sink = atomicFileSink(target);
    await sink.write('{"source":"a"}\n');
    expect(existsSync(target)).toBe(false);
    await sink.commit();
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    expect(readFileSync(target, 'utf8')).toBe('{"source":"a"}\n');
  });
});
