import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate, type ValidateIO, type ValidateOptions } from '../src/cli/validate.js';
import { analyze } from '../src/analyze.js';
import { errorRecord } from '../src/batch/process.js';
import { validateInputs } from '../src/validate/inputs.js';
import { contentHash, countMojibakeSequences, vietnameseLetterShare } from '../src/validate/textChecks.js';
import { ROOT, readSeed, seedFiles } from './helpers.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'vnreport-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ARTICLE = [
  'Hội nghị tổng kết công tác dân vận năm 2023',
  '',
  'Sáng 12/3, đồng chí Trần Thị Bình, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Đồng chí đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận.',
].join('\n');

const OTHER_ARTICLE = [
  'Tỉnh đoàn tổ chức hội nghị triển khai nhiệm vụ năm 2024',
  '',
  'Chiều 5/1, hội nghị đã đánh giá kết quả thực hiện phong trào thanh niên tình nguyện, với hơn 3.000 lượt đoàn viên tham gia giúp đỡ người dân vùng lũ.',
].join('\n');

const ENGLISH =
  'The provincial conference reviewed the work of the past year and set out the tasks for the coming one, with delegates from every district taking part in the discussion.';

const FRENCH =
  "La conférence provinciale a examiné le travail de l'année écoulée et a fixé les tâches pour l'année à venir, avec des délégués de chaque district.";

/** Windows-1252 at 0x80-0x9F (the five bytes it leaves undefined kept as C1 controls). */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 bytes read as Windows-1252 and saved again as UTF-8: "Hội nghị" → "Há»™i nghá»‹". */
const asWindows1252Mojibake = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');
/** The same through Latin-1, where 0x80-0x9F become C1 control characters. */
const asLatin1Mojibake = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('mojibake detection', () => {
  it('sees "Há»™i nghá»‹" as two mis-read letters', () => {
    expect(asWindows1252Mojibake('Hội nghị')).toBe('Há»™i nghá»‹');
    expect(countMojibakeSequences('Há»™i nghá»‹')).toBe(2);
  });

  it.each([
    ['Windows-1252', asWindows1252Mojibake(ARTICLE)],
    ['Latin-1', asLatin1Mojibake(ARTICLE)],
  ])('counts about one sequence per accented letter in %s mojibake', (_, garbled) => {
    const accented = [...ARTICLE].filter((c) => c.charCodeAt(0) > 0x7f).length;
    expect(countMojibakeSequences(garbled)).toBeGreaterThanOrEqual(accented * 0.9);
  });

  it.each([
    ['Vietnamese', ARTICLE],
    ['French', FRENCH],
    ['a seed article', readSeed(seedFiles()[0]!)],
    ['quoted and degree-marked', '“Hà Nội” — 25°C, Tư'],
  ])('finds none in genuine %s text', (_, text) => {
    expect(countMojibakeSequences(text)).toBe(0);
  });

  it('counts an ellipsis right after à, which genuine text has (the share threshold keeps it apart)', () => {
    expect(countMojibakeSequences('Hà… và…')).toBe(2);
  });
});

describe('Vietnamese letter share', () => {
  const share = (text: string) => {
    const { letters, vietnamese } = vietnameseLetterShare(text);
    return vietnamese / letters;
  };

  it.each(seedFiles())('is high in %s', (file) => {
    expect(share(readSeed(file))).toBeGreaterThan(0.15);
  });

  it('stays low in English text that names a Vietnamese leader', () => {
    expect(share(`${ENGLISH} ${ENGLISH} General Secretary Nguyễn Phú Trọng attended.`)).toBeLessThan(0.015);
  });

  it('is zero in English and French', () => {
    expect(share(ENGLISH)).toBe(0);
    expect(share(FRENCH)).toBe(0);
  });

  it('counts NFD letters as their NFC forms', () => {
    expect(vietnameseLetterShare('Hội nghị Đà Nẵng'.normalize('NFD'))).toEqual({ letters: 13, vietnamese: 4 });
  });
});

describe('content hash', () => {
  it('is the same for NFC, NFD, CRLF and CR forms of one text', () => {
    const base = contentHash(ARTICLE);
    expect(contentHash(ARTICLE.normalize('NFD'))).toBe(base);
    expect(contentHash(ARTICLE.replaceAll('\n', '\r\n'))).toBe(base);
    expect(contentHash(ARTICLE.replaceAll('\n', '\r'))).toBe(base);
    expect(contentHash(OTHER_ARTICLE)).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{40}$/u);
  });
});

/** A folder of texts, one per import problem, and the problems expected for each. */
function importFolder(): { dir: string; expected: Array<[string, string[]]> } {
  const dir = path.join(scratch, 'imports');
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  const write = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, name), content);
  write('a-good.txt', ARTICLE);
  write('b-empty.txt', '');
  write('c-blank.txt', ' \n\t\r\n');
  write('d-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  write('e-mojibake.txt', asWindows1252Mojibake(OTHER_ARTICLE));
  write('f-english.txt', ENGLISH);
  write('g-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${OTHER_ARTICLE} Bắc Ninh`, 'utf16le')]));
  write('sub/h-copy.txt', ARTICLE.normalize('NFD').replaceAll('\n', '\r\n'));
  write('i-short.txt', 'OK');
  execFileSync('mkfifo', [path.join(dir, 'j-pipe.txt')]);
  return {
    dir,
    expected: [
      ['b-empty.txt', ['empty']],
      ['c-blank.txt', ['empty']],
      ['d-binary.txt', ['binary']],
      ['e-mojibake.txt', ['mojibake']],
      ['f-english.txt', ['not-vietnamese']],
      ['g-utf16.txt', ['encoding']],
      ['j-pipe.txt', ['unreadable']],
      ['sub/h-copy.txt', ['duplicate']],
    ],
  };
}

const imports = importFolder();

describe('validateInputs', () => {
  it('reports each import problem once, on its file, and nothing on good files', async () => {
    const result = await validateInputs([imports.dir]);
    expect(result.files).toBe(10);
    const found = result.problems.map((p) => [path.relative(imports.dir, p.file), p.kind] as const);
    const byFile = new Map<string, string[]>();
    for (const [file, kind] of found) byFile.set(file, [...(byFile.get(file) ?? []), kind]);
    expect([...byFile.entries()].sort()).toEqual(imports.expected);
  });

  it('says what is wrong in words', async () => {
    const { problems } = await validateInputs([imports.dir]);
    const message = (name: string) => problems.find((p) => p.file.endsWith(name))!.message;
    expect(message('b-empty.txt')).toBe('the file has no bytes');
    expect(message('c-blank.txt')).toBe('the file holds only white space');
    expect(message('d-binary.txt')).toBe('binary data (PNG image), not a text file');
    expect(message('e-mojibake.txt')).toMatch(/^UTF-8 text that was read as Latin-1\/Windows-1252 and saved again \(\d+ mis-read letters, e\.g\. "Tá»‰nh Ä‘oÃ\u00a0n/u);
    expect(message('f-english.txt')).toMatch(/^0\.0% of \d+ letters are letters only Vietnamese writes \(expected at least 1\.5%\)$/u);
    expect(message('g-utf16.txt')).toBe('UTF-16LE, not UTF-8');
    expect(message('j-pipe.txt')).toBe('a FIFO (named pipe), not a regular file: skipped');
    expect(message('h-copy.txt')).toBe(`same text as ${path.join(imports.dir, 'a-good.txt')}`);
  });

  it('reports a file over --max-bytes as too large', async () => {
    const { problems } = await validateInputs([path.join(imports.dir, 'a-good.txt')], { maxBytes: 100 });
    expect(problems.map((p) => p.kind)).toEqual(['too-large']);
    expect(problems[0]!.message).toBe(`too large: ${Buffer.byteLength(ARTICLE)} bytes, over the limit of 100 bytes (raise it with --max-bytes)`);
  });

  it('does not take a few "và…" in a genuine article for mojibake', async () => {
    const file = path.join(scratch, 'ellipsis.txt');
    writeFileSync(file, `${ARTICLE} Hà… và… rồi thì sao…`);
    expect((await validateInputs([file])).problems).toEqual([]);
  });

  it('finds no problem in the seed articles', async () => {
    expect((await validateInputs([path.join(ROOT, 'fixtures', 'seeds')])).problems).toEqual([]);
  });
});

/** Runs the command with captured output. */
async function validate(paths: string[], options: Partial<ValidateOptions> = {}) {
  let out = '';
  let err = '';
  const io: ValidateIO = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await runValidate(paths, { format: 'stylish', ...options }, io);
  return { code, out, err };
}

function ndjson(name: string, lines: string[]): string {
  const file = path.join(scratch, name);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
}

const reportLine = (text: string, source: string) => JSON.stringify(analyze(text, source));

describe('vnreport validate FILE.ndjson', () => {
  const good = ndjson('good.ndjson', [
    reportLine(ARTICLE, 'a.txt'),
    JSON.stringify(errorRecord('b.txt', 'BINARY', 'binary data, not a text file')),
    reportLine('', 'c.txt'),
  ]);

  const broken = (() => {
    const report = JSON.parse(reportLine(ARTICLE, 'x.txt'));
    delete report.attendees;
    report.eventDate = 20230312;
    return ndjson('broken.ndjson', [
      reportLine(ARTICLE, 'a.txt'),
      JSON.stringify(report),
      '{"source": "cut.txt", "title": "Hội ng',
      '',
      JSON.stringify({ source: 'y.txt', error: { code: 'NOPE', message: 'x' } }),
      '[1, 2]',
    ]);
  })();

  it('exits 0 on valid reports and error records', async () => {
    const { code, out } = await validate([good]);
    expect(code).toBe(0);
    expect(out).toBe('✔ 3 lines valid\n');
  });

  it('exits 1 and names each invalid line with its errors', async () => {
    const { code, out } = await validate([broken]);
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe(broken);
    expect(lines).toContain('  line 2 (x.txt): does not match the schema (2 errors)');
    expect(lines).toContain("    (line) must have required property 'attendees'");
    expect(lines).toContain('    /eventDate must be string,null');
    expect(lines.some((l) => l.startsWith('  line 3: not JSON: '))).toBe(true);
    expect(lines).toContain('  line 4: empty line');
    expect(lines).toContain('  line 5 (y.txt): does not match the schema (1 error)');
    expect(lines.some((l) => l.startsWith('    /error/code must be equal to one of the allowed values: "ENOENT"'))).toBe(true);
    expect(lines).toContain('  line 6: does not match the schema (1 error)');
    expect(lines.at(-2)).toBe('✖ 5 invalid lines of 6 in 1 file');
  });

  it('prints JSON with --format json', async () => {
    const { code, out } = await validate([good, broken], { format: 'json' });
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ valid: false, lines: 9, invalid: 5 });
    expect(json.files.map((f: { file: string; invalid: number }) => [f.file, f.invalid])).toEqual([
      [good, 0],
      [broken, 5],
    ]);
    expect(json.files[1].problems[0]).toMatchObject({ line: 2, source: 'x.txt' });
    expect(json.files[1].problems[0].errors).toContainEqual({ path: '/eventDate', message: 'must be string,null' });
  });

  it('exits 2 on a file that is not there, and without paths', async () => {
    const missing = await validate([path.join(scratch, 'missing.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`vnreport validate: cannot read ${path.join(scratch, 'missing.ndjson')}: no such file\n`);
    expect((await validate([])).code).toBe(2);
    expect((await validate([], { inputs: true })).code).toBe(2);
  });
});

describe('vnreport validate --inputs', () => {
  it('prints problems grouped by file and exits 1', async () => {
    const { code, out } = await validate([imports.dir], { inputs: true });
    expect(code).toBe(1);
    expect(out).toContain(`${path.join(imports.dir, 'b-empty.txt')}\n  empty          the file has no bytes\n`);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 8 problems in 8 files (of 10 checked)');
  });

  it('prints counts by kind with --format json', async () => {
    const { out } = await validate([imports.dir], { inputs: true, format: 'json' });
    const json = JSON.parse(out);
    expect(json).toMatchObject({ valid: false, files: 10 });
    expect(json.counts).toEqual({
      empty: 2,
      binary: 1,
      mojibake: 1,
      'not-vietnamese': 1,
      encoding: 1,
      unreadable: 1,
      duplicate: 1,
    });
  });

  it('exits 0 on clean texts', async () => {
    const clean = path.join(scratch, 'clean');
    mkdirSync(clean);
    copyFileSync(seedFiles()[0]!, path.join(clean, 'one.txt'));
    const { code, out } = await validate([clean], { inputs: true });
    expect(code).toBe(0);
    expect(out).toBe('✔ 1 file checked, no problems\n');
  });

  it('is wired into the vnreport command', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vnreport.js'), 'validate', '--inputs', imports.dir, '-f', 'json'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).files).toBe(10);
    const usage = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vnreport.js'), 'validate', '-f', 'xml', 'x'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')).toContain('"Report"');
  });
});
