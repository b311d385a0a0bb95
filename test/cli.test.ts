import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatProgress, progressWanted, startProgress } from '../src/batch/progress.js';
import { ROOT, seedFiles } from './helpers.js';

// These tests run the built command (bin/ → dist/); `npm test` builds first.
const BIN = path.join(ROOT, 'bin', 'vnreport.js');

function vnreport(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'vnreport-cli-'));
const binary = path.join(scratch, 'photo.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));

describe('vnreport extract', () => {
  it('answers a batch with one ndjson line per input, in order, error records in place, exit 1', () => {
    const [a, b, c] = seedFiles();
    const missing = path.join(scratch, 'missing.txt');
    const { code, stdout, stderr } = vnreport(['extract', '--format', 'ndjson', a, missing, b, binary, c]);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([a, missing, b, binary, c]);
    expect(lines[1].error.code).toBe('ENOENT');
    expect(lines[3].error.code).toBe('BINARY');
    expect(lines[0].title).toBeTruthy();
    expect(code).toBe(1);
    expect(stderr).toContain('no such file');
    expect(stderr).toContain('binary');
  });

  it('reads standard input with -', () => {
    const text = readFileSync(seedFiles()[0], 'utf8');
    const { code, stdout } = vnreport(['extract', '-'], text);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.source).toBe('-');
    expect(report.eventDate).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it('prints one object for one file and an array for a directory', () => {
    expect(Array.isArray(JSON.parse(vnreport(['extract', seedFiles()[0]]).stdout))).toBe(false);
    const all = JSON.parse(vnreport(['extract', 'fixtures/seeds']).stdout);
    expect(all).toHaveLength(seedFiles().length);
  });

  it('expands globs in sorted order', () => {
    const { stdout } = vnreport(['extract', '-f', 'ndjson', 'fixtures/seeds/00[34]*.txt']);
    const sources = stdout.trimEnd().split('\n').map((l) => path.basename(JSON.parse(l).source));
    expect(sources).toEqual(seedFiles().slice(3, 5).map((f) => path.basename(f)));
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const out = path.join(scratch, 'out.json');
    const { code } = vnreport(['extract', 'fixtures/seeds', '--out', out]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(seedFiles().length);
    expect(readdirSync(scratch).filter((f) => f.startsWith('.vnreport-tmp'))).toEqual([]);
  });

  it('refuses inputs over --max-bytes with a TOO_LARGE record and goes on', () => {
    const [big, small] = [seedFiles()[3], seedFiles()[0]];
    const { code, stdout } = vnreport(['extract', '-f', 'ndjson', '--max-bytes', '20K', big, small]);
    const [first, second] = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(first.error.code).toBe('TOO_LARGE');
    expect(second.title).toBeTruthy();
    expect(code).toBe(1);
    expect(vnreport(['extract', '--max-bytes', '64XB', small]).code).toBe(2);
  });

  it('exits 2 on usage errors', () => {
    expect(vnreport(['extract', '--format', 'xml', 'a.txt']).code).toBe(2);
    expect(vnreport(['extract']).code).toBe(2);
    expect(vnreport(['no-such-command']).code).toBe(2);
  });
});

describe('batch order with two workers', () => {
  it('writes results in input order however long each input takes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-order-'));
    const seeds = seedFiles().map((f) => readFileSync(f, 'utf8'));
    // Long and short articles interleaved, so later inputs often finish first.
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = path.join(dir, `${String(i).padStart(2, '0')}.txt`);
      const text = i % 4 === 0 ? seeds.join('\n\n') : seeds[i % seeds.length].slice(0, 400);
      writeFileSync(name, text);
      names.push(name);
    }
    const { code, stdout } = vnreport(['extract', '-f', 'ndjson', '-j', '2', dir]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(names);
  });
});

describe('progress display', () => {
  it('formats files, MB, MB/s, then the bar and ETA once the inputs are counted', () => {
    const counting = formatProgress({ files: 120, bytes: 3_000_000, total: null, elapsedMs: 2000 });
    expect(counting).toBe('120 files · 3.0 MB · 1.5 MB/s · counting inputs…');
    // Lines of NDJSON have no total to count.
    expect(formatProgress({ files: 7, bytes: 0, total: null, counting: false, elapsedMs: 1000 })).toBe(
      '7 files · 0.0 MB · 0.0 MB/s',
    );
    const known = formatProgress({ files: 250, bytes: 5_000_000, total: 1000, elapsedMs: 10_000 });
    expect(known).toMatch(/^█{6}░{18} 250\/1,000 files · 5\.0 MB · 0\.5 MB\/s · ETA 30s$/u);
    expect(formatProgress({ files: 10, bytes: 0, total: 4000, elapsedMs: 10_000 })).toContain('ETA 1h06m');
    // A count that came out short never shows more done than the total.
    expect(formatProgress({ files: 12, bytes: 0, total: 10, elapsedMs: 1000 })).toContain('12/12 files');
  });

  it('is silent unless stderr is a terminal, and with --quiet', () => {
    expect(progressWanted(false, { isTTY: false } as NodeJS.WriteStream)).toBe(false);
    expect(progressWanted(true, { isTTY: true } as NodeJS.WriteStream)).toBe(false);
    const { stderr } = vnreport(['extract', '-f', 'ndjson', '-j', '1', seedFiles()[0]]);
    expect(stderr).toBe('');
  });

  it('draws on a terminal stream and counts the inputs for its total', async () => {
    let screen = '';
    const tty = Object.assign(new Writable({ write: (chunk, _e, cb) => ((screen += String(chunk)), cb()) }), {
      isTTY: true,
      columns: 120,
      cursorTo: (_x: number, _y?: number | (() => void), cb?: () => void) => (cb?.(), true),
      moveCursor: (_dx: number, _dy: number, cb?: () => void) => (cb?.(), true),
      clearLine: (_dir: number, cb?: () => void) => (cb?.(), true),
      clearScreenDown: (cb?: () => void) => (cb?.(), true),
      getWindowSize: () => [120, 40],
    }) as unknown as NodeJS.WriteStream;
    const progress = startProgress({ enabled: true, inputs: ['fixtures/seeds'], stream: tty });
    await new Promise((r) => setTimeout(r, 300));
    progress.tick(1_000_000);
    progress.tick(2_000_000);
    progress.stop();
    expect(screen).toContain('2/5 files · 3.0 MB');
    expect(screen).toContain('ETA');
  });
});
