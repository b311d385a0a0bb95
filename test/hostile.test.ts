/**
 * Hostile inputs to the batch reader (src/batch/inputs.ts, process.ts): each
 * bad input of the hostile-input issue gets exactly one answer, a report or
 * an error record with a fixed code and message, and nothing blocks or hangs.
 * Encodings and binary data are decode.test.ts's part.
 */
import Ajv from 'ajv';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fg from 'fast-glob';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  expandInputs,
  formatByteSize,
  parseByteSize,
  streamInputs,
  type InputSource,
} from '../src/batch/inputs.js';
import { processSource, readSourceText, readStdin, toErrorRecord } from '../src/batch/process.js';
import type { Report, Result } from '../src/model/report.js';
import { ROOT } from './helpers.js';

vi.mock('fast-glob', async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof import('fast-glob') }>()).default;
  return { default: Object.assign(vi.fn(actual), actual) };
});

// Files are read with synchronous calls (see readFileBytesSync): these are the ones faults are injected into.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const mocked = {
    ...actual,
    openSync: vi.fn(actual.openSync),
    fstatSync: vi.fn(actual.fstatSync),
    readSync: vi.fn(actual.readSync),
    closeSync: vi.fn(actual.closeSync),
  };
  return { ...mocked, default: mocked };
});

const scratch = mkdtempSync(path.join(tmpdir(), 'vnreport-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function dir(name: string): string {
  const d = path.join(scratch, name);
  mkdirSync(d, { recursive: true });
  return d;
}

function file(at: string, content: string | Buffer): string {
  writeFileSync(at, content);
  return at;
}

const ARTICLE = 'Hội nghị tổng kết công tác năm\n\nSáng 12/3, đồng chí Nguyễn Văn An chủ trì hội nghị.\n';
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const sourcesOf = (inputs: InputSource[]) => inputs.map((i) => path.relative(scratch, i.source));
const errorOf = (result: Result) => ('error' in result ? result.error : null);

/** Settles within `ms` or fails: a read that blocks would hang the test instead. */
function within<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms).unref()),
  ]);
}

describe('--max-bytes', () => {
  it.each([
    ['64MB', 64 * 1024 ** 2],
    ['64M', 64 * 1024 ** 2],
    ['64MiB', 64 * 1024 ** 2],
    ['64 mb', 64 * 1024 ** 2],
    ['500K', 500 * 1024],
    ['500kb', 500 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['1000', 1000],
    ['1000B', 1000],
  ])('parseByteSize(%s) = %d', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', 'MB', 'abc', '0', '-5', '64XB', '1e6', '0.1'])('refuses the size "%s"', (text) => {
    expect(() => parseByteSize(text)).toThrow(/expected a size/u);
  });

  it('defaults to 64 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(formatByteSize(DEFAULT_MAX_BYTES)).toBe('64 MiB');
    expect(formatByteSize(1536)).toBe('1.5 KiB (1536 bytes)');
    expect(formatByteSize(10)).toBe('10 bytes');
  });

  it('refuses a 50 MB single-line file with --max-bytes 16MB, from its size', async () => {
    const line = path.join(dir('limit'), 'line-50mb.txt');
    writeFileSync(line, 'hội nghị ');
    truncateSync(line, 50 * 1024 ** 2);
    expect(errorOf(await processSource({ source: line }, { maxBytes: parseByteSize('16MB') }))).toEqual({
      code: 'TOO_LARGE',
      message: 'too large: 50 MiB, over the limit of 16 MiB (raise it with --max-bytes)',
    });
  });

  it('refuses a file over the limit with TOO_LARGE, and reads one at the limit', async () => {
    const d = dir('limit');
    const over = file(path.join(d, 'over.txt'), 'a'.repeat(2049));
    const at = file(path.join(d, 'at.txt'), 'a'.repeat(2048));
    expect(errorOf(await processSource({ source: over }, { maxBytes: 2048 }))).toEqual({
      code: 'TOO_LARGE',
      message: 'too large: 2.0 KiB (2049 bytes), over the limit of 2 KiB (raise it with --max-bytes)',
    });
    expect(errorOf(await processSource({ source: at }, { maxBytes: 2048 }))).toBeNull();
  });

  it('takes the limit from the source when the options give none (worker threads get sources only)', async () => {
    const big = file(path.join(dir('limit'), 'big.txt'), 'a'.repeat(5000));
    const [source] = await expandInputs([big], { maxBytes: 1024 });
    expect(source!.maxBytes).toBe(1024);
    expect(errorOf(await processSource(source!))?.code).toBe('TOO_LARGE');
    expect(errorOf(await processSource(source!, { maxBytes: 10_000 }))).toBeNull();
  });

  it.each([
    ['a 100 MB single-line file', 100 * 1024 ** 2, 'too large: 100 MiB, over the limit of 64 MiB (raise it with --max-bytes)'],
    ['1 GiB', 1024 ** 3, 'too large: 1 GiB, over the limit of 64 MiB (raise it with --max-bytes)'],
  ])('refuses %s by default from its size, without opening it', async (_, size, message) => {
    const huge = path.join(dir('limit'), `huge-${size}.txt`);
    writeFileSync(huge, 'Hội nghị '); // sparse beyond: never read anyway
    truncateSync(huge, size);
    vi.mocked(openSync).mockClear();
    vi.mocked(readSync).mockClear();
    expect(errorOf(await processSource({ source: huge }))).toEqual({ code: 'TOO_LARGE', message });
    // Refused from its size: never opened, not a byte read (asserted by calls, not by time).
    expect(openSync).not.toHaveBeenCalled();
    expect(readSync).not.toHaveBeenCalled();
  });

  it('stops reading a file that grows past the limit after its size was checked', async () => {
    const growing = file(path.join(dir('limit'), 'growing.txt'), 'Hội nghị');
    let reads = 0;
    const fakeFd = 987654;
    vi.mocked(openSync).mockReturnValueOnce(fakeFd);
    vi.mocked(fstatSync).mockReturnValueOnce({ isFile: () => true, isDirectory: () => false, size: 10 } as Stats);
    // Every read fills its whole buffer: the file never ends.
    vi.mocked(readSync).mockImplementation(((_fd: number, buffer: Buffer) => {
      reads++;
      buffer.fill(0x61);
      return buffer.length;
    }) as typeof readSync);
    vi.mocked(closeSync).mockClear();
    vi.mocked(closeSync).mockImplementationOnce(() => {});
    try {
      expect(errorOf(await within(processSource({ source: growing }, { maxBytes: 4096 })))).toEqual({
        code: 'TOO_LARGE',
        message: 'too large: the file grew while being read, over the limit of 4 KiB (raise it with --max-bytes)',
      });
    } finally {
      const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
      vi.mocked(readSync).mockImplementation(actual.readSync);
    }
    expect(reads).toBeLessThan(5);
    expect(closeSync).toHaveBeenCalledExactlyOnceWith(fakeFd);
  });

  it('stops reading standard input past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const err = await within(readStdin(10 * 1024, endless)).catch((e: unknown) => e);
    expect(toErrorRecord('-', err)).toEqual({
      source: '-',
      error: { code: 'TOO_LARGE', message: 'too large: more than 10 KiB on standard input (raise the limit with --max-bytes)' },
    });
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThan(40);
  });

  it('reads standard input within the limit whole', async () => {
    const bytes = await readStdin(1024, Readable.from([Buffer.from('Hội '), Buffer.from('nghị')]));
    expect(bytes.toString('utf8')).toBe('Hội nghị');
  });
});

describe('directories with symbolic link loops', () => {
  const tree = dir('loops/tree');
  file(path.join(tree, 'a.txt'), ARTICLE);
  dir('loops/tree/sub');
  file(path.join(tree, 'sub', 'b.txt'), ARTICLE);
  symlinkSync('..', path.join(tree, 'sub', 'up')); // sub/up → tree: a loop
  symlinkSync('.', path.join(tree, 'self')); // tree/self → tree
  const linkToTree = path.join(scratch, 'loops', 'link');
  symlinkSync('tree', linkToTree);
  const ping = path.join(scratch, 'loops', 'ping.txt');
  symlinkSync('pong.txt', ping);
  symlinkSync('ping.txt', path.join(scratch, 'loops', 'pong.txt'));

  it('walks a tree with loops once, without following links', async () => {
    const found = await within(expandInputs([tree]));
    expect(sourcesOf(found)).toEqual(['loops/tree/a.txt', 'loops/tree/sub/b.txt']);
  });

  it('walks a link given explicitly to a tree with loops, under the link\'s name', async () => {
    const found = await within(expandInputs([linkToTree, `${linkToTree}///`]));
    expect(sourcesOf(found)).toEqual(['loops/link/a.txt', 'loops/link/sub/b.txt', 'loops/link/a.txt', 'loops/link/sub/b.txt']);
  });

  it('answers a link that points at itself (ping → pong → ping) with an error record', async () => {
    const [source] = await within(expandInputs([ping]));
    expect(await within(processSource(source!))).toEqual({
      source: ping,
      error: { code: 'READ_ERROR', message: 'too many levels of symbolic links (a link loop)' },
    });
  });

  it('lists a looping link found inside a directory, and answers it with an error record', async () => {
    const found = await within(expandInputs([path.join(scratch, 'loops')]));
    expect(sourcesOf(found)).toEqual([
      'loops/ping.txt',
      'loops/pong.txt',
      'loops/tree/a.txt',
      'loops/tree/sub/b.txt',
    ]);
    const results = await Promise.all(found.map((s) => processSource(s)));
    expect(results.map((r) => errorOf(r)?.code ?? 'report')).toEqual(['READ_ERROR', 'READ_ERROR', 'report', 'report']);
  });
});

describe('unreadable files', () => {
  it('answers permission denied with EACCES (simulated: the tests run as root)', async () => {
    const secret = file(path.join(dir('unreadable'), 'secret.txt'), ARTICLE);
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${secret}'`), { code: 'EACCES' });
    vi.mocked(openSync).mockImplementationOnce(() => {
      throw denied;
    });
    expect(await processSource({ source: secret })).toEqual({
      source: secret,
      error: { code: 'EACCES', message: 'permission denied' },
    });
  });

  it('answers a directory named like a text with EISDIR', async () => {
    const folder = dir('unreadable/folder.txt');
    expect(await processSource({ source: folder })).toEqual({
      source: folder,
      error: { code: 'EISDIR', message: 'is a directory' },
    });
  });

  it('leaves directories named *.txt out of a directory walk', async () => {
    const d = dir('unreadable');
    expect(sourcesOf(await expandInputs([d]))).toEqual(['unreadable/secret.txt']);
  });

  it('answers a directory that cannot be walked with one EACCES record (simulated)', async () => {
    const locked = dir('unreadable/locked');
    const denied = Object.assign(new Error(`EACCES: permission denied, scandir '${locked}/inner'`), { code: 'EACCES' });
    vi.mocked(fg).mockRejectedValueOnce(denied);
    const sources = await expandInputs([locked]);
    expect(sources).toEqual([
      { source: locked, failure: { code: 'EACCES', message: `cannot list: EACCES: permission denied, scandir '${locked}/inner'` } },
    ]);
    expect(errorOf(await processSource(sources[0]!))).toEqual(sources[0]!.failure);
  });

  it('answers an I/O error while reading with READ_ERROR', async () => {
    const flaky = file(path.join(dir('unreadable'), 'flaky.txt'), ARTICLE);
    vi.mocked(readSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    });
    expect(errorOf(await processSource({ source: flaky }))).toEqual({ code: 'READ_ERROR', message: 'input/output error' });
  });
});

describe('files that vanish during a run', () => {
  it('answers a file listed and then deleted with ENOENT, the others with reports', async () => {
    const d = dir('vanish');
    const names = ['1.txt', '2.txt', '3.txt'].map((n) => file(path.join(d, n), ARTICLE));
    const sources: InputSource[] = [];
    for await (const source of streamInputs([d])) sources.push(source);
    unlinkSync(names[1]!);
    const results = await Promise.all(sources.map((s) => processSource(s)));
    expect(results.map((r) => errorOf(r))).toEqual([null, { code: 'ENOENT', message: 'no such file' }, null]);
  });

  it('answers a file replaced by a directory with EISDIR', async () => {
    const d = dir('vanish2');
    const name = file(path.join(d, 'x.txt'), ARTICLE);
    const [source] = await expandInputs([d]);
    unlinkSync(name);
    mkdirSync(name);
    expect(errorOf(await processSource(source!))).toEqual({ code: 'EISDIR', message: 'is a directory' });
  });

  it('answers a glob that matches nothing, and a missing file, with ENOENT', async () => {
    const results = await Promise.all(
      (await expandInputs([path.join(scratch, 'none-*.txt'), path.join(scratch, 'gone.txt')])).map((s) => processSource(s)),
    );
    expect(results.map((r) => errorOf(r))).toEqual([
      { code: 'ENOENT', message: 'no file matches this pattern' },
      { code: 'ENOENT', message: 'no such file' },
    ]);
  });
});

describe('FIFOs and devices', () => {
  const d = dir('special');
  const fifo = path.join(d, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  symlinkSync('/dev/zero', path.join(d, 'zero.txt'));
  file(path.join(d, 'real.txt'), ARTICLE);

  it('skips a FIFO with NOT_A_FILE and never waits for a writer', async () => {
    expect(await within(processSource({ source: fifo }), 2000)).toEqual({
      source: fifo,
      error: { code: 'NOT_A_FILE', message: 'a FIFO (named pipe), not a regular file: skipped' },
    });
  });

  it.each([
    ['/dev/null', 'a character device, not a regular file: skipped'],
    ['/dev/zero', 'a character device, not a regular file: skipped'],
  ])('skips %s with NOT_A_FILE', async (device, message) => {
    expect(errorOf(await within(processSource({ source: device }), 2000))).toEqual({ code: 'NOT_A_FILE', message });
  });

  it('lists FIFOs and links to devices found in a directory, each with its own record', async () => {
    const found = await expandInputs([d]);
    expect(sourcesOf(found)).toEqual(['special/pipe.txt', 'special/real.txt', 'special/zero.txt']);
    const results = await within(Promise.all(found.map((s) => processSource(s))));
    expect(results.map((r) => errorOf(r)?.code ?? 'report')).toEqual(['NOT_A_FILE', 'report', 'NOT_A_FILE']);
  });
});

describe('empty and whitespace-only files', () => {
  it.each([
    ['empty', ''],
    ['spaces and newlines', '   \n\n\t \r\n'],
    ['a BOM only', '\ufeff'],
    ['no-break spaces', '\u00a0\u00a0\n'],
  ])('%s: a valid empty report with the warning "empty text"', async (_, content) => {
    const name = file(path.join(dir('empty'), `${_.replace(/\W/gu, '-')}.txt`), content);
    const result = (await processSource({ source: name })) as Report;
    expect(errorOf(result)).toBeNull();
    expect(result).toMatchObject({
      source: name,
      title: null,
      eventDate: null,
      attendees: [],
      authors: [],
      citations: [],
      statistics: [],
      directives: [],
      warnings: ['empty text'],
    });
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads an empty text through readSourceText with the warning', async () => {
    const name = file(path.join(dir('empty'), 'blank.txt'), '\n\n');
    expect(await readSourceText({ source: name })).toEqual({ source: name, text: '\n\n', warnings: ['empty text'] });
  });
});

describe('vnreport extract over a directory of hostile inputs', () => {
  it('answers every entry with one line, exits 1, and does not hang', () => {
    const d = dir('cli');
    file(path.join(d, 'a-article.txt'), ARTICLE);
    file(path.join(d, 'b-empty.txt'), '');
    execFileSync('mkfifo', [path.join(d, 'c-pipe.txt')]);
    symlinkSync('/dev/null', path.join(d, 'd-null.txt'));
    symlinkSync('..', path.join(d, 'e-loop'));
    symlinkSync('f-ping.txt', path.join(d, 'f-ping.txt'));
    file(path.join(d, 'g-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vnreport.js'), 'extract', '-f', 'ndjson', '-j', '2', d], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Result);
    expect(lines.map((r) => [path.basename(r.source), errorOf(r)?.code ?? 'report'])).toEqual([
      ['a-article.txt', 'report'],
      ['b-empty.txt', 'report'],
      ['c-pipe.txt', 'NOT_A_FILE'],
      ['d-null.txt', 'NOT_A_FILE'],
      ['f-ping.txt', 'READ_ERROR'],
      ['g-binary.txt', 'BINARY'],
    ]);
    expect((lines[1] as Report).warnings).toEqual(['empty text']);
    expect(run.status).toBe(1);
  });
});
