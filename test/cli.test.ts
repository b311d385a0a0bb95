import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('exits 2 on usage errors', () => {
    expect(vnreport(['extract', '--format', 'xml', 'a.txt']).code).toBe(2);
    expect(vnreport(['extract']).code).toBe(2);
    expect(vnreport(['no-such-command']).code).toBe(2);
  });
});
