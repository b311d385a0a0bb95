import Ajv from 'ajv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { symbolFaults } from '../src/check/rules/symbolFormat.js';
import { RULE_IDS } from '../src/check/rules/index.js';
import { kindWordAgrees } from '../src/extract/citations/codes.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SARIF_SCHEMA = join(import.meta.dirname, 'fixtures-sarif', 'sarif-schema-2.1.0.json');
const dir = mkdtempSync(join(tmpdir(), 'vnreport-check-'));

/** Runs the CLI in-process; returns its exit code and what it printed. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'vnreport', 'check', ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

let fileCount = 0;
function writeText(text: string, name = `article-${++fileCount}.txt`): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** 1-based line and column (in characters) of the n-th occurrence of `needle`, counted independently of the checker. */
function positionOf(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, at).replace(/^\uFEFF/u, '');
  const lines = before.split(/\r\n|\n|\r/u);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  fix?: { range: [number, number]; text: string };
}

async function messagesOf(file: string, ...args: string[]): Promise<JsonMessage[]> {
  const { out } = await run(file, '--format', 'json', ...args);
  return (JSON.parse(out) as { messages: JsonMessage[] }[]).flatMap((r) => r.messages);
}

const HEAD = 'Hội nghị tổng kết công tác dân vận năm 2023\n\nSáng 15/1/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.\n';

interface FaultCase {
  rule: string;
  text: string;
  /** Where the finding must point: a string of the text, and which occurrence. */
  at: string;
  nth?: number;
  message: RegExp;
  fix?: string;
  args?: string[];
}

const FAULTS: FaultCase[] = [
  {
    rule: 'symbol-format',
    text: `${HEAD}Các chi bộ thực hiện Kết luận 21-KL-TW về xây dựng Đảng.\n`,
    at: '21-KL-TW',
    message: /Malformed symbol "21-KL-TW" \("-" for "\/"\); write 21-KL\/TW/u,
    fix: '21-KL/TW',
  },
  {
    rule: 'symbol-format',
    text: `${HEAD}Đảng ủy quán triệt Chỉ thị số 05 – ct/TƯ của Bộ Chính trị.\n`,
    at: '05 – ct/TƯ',
    message: /\(spacing, dash, "TƯ" for "TW", case\); write 05-CT\/TW/u,
    fix: '05-CT/TW',
  },
  {
    rule: 'kind-mismatch',
    text: `${HEAD}Hội nghị quán triệt Nghị quyết số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.\n`,
    at: 'Nghị quyết số 23',
    message: /"Nghị quyết" disagrees with the symbol 23-QĐ\/TW, which is a Quyết định/u,
  },
  {
    rule: 'unknown-code',
    text: `${HEAD}Thực hiện Nghị quyết số 12-NX/TW của Ban Thường vụ.\n`,
    at: '12-NX/TW',
    message: /Unknown kind code "NX" in "12-NX\/TW" \(Party symbol\)/u,
  },
  {
    rule: 'unknown-code',
    text: `${HEAD}Thực hiện Quyết định số 07/QX-UBND của UBND huyện.\n`,
    at: '07/QX-UBND',
    message: /Unknown kind code "QX" in "07\/QX-UBND" \(State symbol\)/u,
  },
  {
    rule: 'unknown-code',
    text: `${HEAD}Các xã triển khai Nghị quyết 25-NQ/TX về nông thôn mới.\n`,
    at: '25-NQ/TX',
    message: /Unknown issuer code "TX" in "25-NQ\/TX"/u,
  },
  {
    rule: 'invalid-date',
    text: `${HEAD}Thực hiện Chỉ thị số 07-CT/TU ngày 31/2/2021 của Ban Thường vụ Tỉnh ủy.\n`,
    at: '31/2/2021',
    message: /07-CT\/TU is dated 31\/2\/2021, a day that does not exist/u,
  },
  {
    rule: 'date-after-article',
    text: `${HEAD}Hội nghị triển khai Kết luận số 12-KL/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy.\n`,
    at: '05/3/2025',
    message: /after the article's own date \(event date 15\/1\/2024\)/u,
  },
  {
    rule: 'symbol-year-mismatch',
    text: `${HEAD}Nghị định số 15/2020/NĐ-CP ngày 03/02/2021 của Chính phủ được triển khai.\n`,
    at: '03/02/2021',
    message: /15\/2020\/NĐ-CP carries the year 2020; the text dates it 03\/2\/2021/u,
  },
  {
    rule: 'inconsistent-date',
    text: `${HEAD}Tỉnh ủy học tập Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\nSau 5 năm, Nghị quyết số 18-NQ/TW ngày 25/10/2018 được sơ kết.\n`,
    at: '25/10/2018',
    message: /18-NQ\/TW is dated 25\/10\/2017 at .*:4:\d+; here 25\/10\/2018/u,
  },
  {
    rule: 'inconsistent-issuer',
    text: `${HEAD}Chi bộ thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\nChỉ thị số 05-CT/TW của Ban Bí thư được sơ kết.\n`,
    at: 'Ban Bí thư',
    message: /05-CT\/TW is issued by Bộ Chính trị at .*; here by Ban Bí thư/u,
  },
  {
    rule: 'catalog-date',
    text: `${HEAD}Ban Dân vận tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2018 của Ban Bí thư.\n`,
    at: '03/10/2018',
    message: /99-QĐ\/TW was issued on 03\/10\/2017; the text says 03\/10\/2018/u,
  },
  {
    rule: 'catalog-issuer',
    text: `${HEAD}Các cấp hội quán triệt Kết luận số 58-KL/TW ngày 23/6/2023 của Bộ Chính trị.\n`,
    at: 'Bộ Chính trị',
    message: /58-KL\/TW was issued by Ban Bí thư; the text says Bộ Chính trị/u,
  },
];

describe('vnreport check: each rule at its line and column', () => {
  it.each(FAULTS)('$rule: $at', async ({ rule, text, at, nth, message, fix, args }) => {
    const file = writeText(text);
    const found = (await messagesOf(file, ...(args ?? []))).filter((m) => m.ruleId === rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(positionOf(text, at, nth));
    expect(found[0].message).toMatch(message);
    if (fix) {
      expect(found[0].fix?.text).toBe(fix);
      const [start, end] = found[0].fix!.range;
      expect(text.slice(start, end)).toBe(at);
    }
  });

  it('counts lines and columns in the input as given: CRLF, BOM, a multi-line title', async () => {
    const text = '\uFEFFTin tổng hợp\r\nHội nghị ngày 15/1/2024\r\n\r\nHuyện ủy thực hiện Kết luận 21-KL-TW và Nghị quyết 33 -NQ/TW.\r\n';
    const found = await messagesOf(writeText(text));
    expect(found.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['symbol-format', 4, 29],
      ['symbol-format', 4, 52],
    ]);
    expect(positionOf(text, '21-KL-TW')).toEqual({ line: 4, column: 29 });
  });

  it('says what the catalog holds: "25-NQ/TW was issued on 03/6/2013; the text says 03/6/2014"', async () => {
    const catalog = join(dir, 'catalog.csv');
    writeFileSync(catalog, 'id,date,issuedBy,title\n25-NQ/TW,2013-06-03,Ban Chấp hành Trung ương,"Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, trong tình hình mới"\n');
    const text = `${HEAD}Đảng bộ tổng kết Nghị quyết số 25-NQ/TW ngày 03/6/2014 của Ban Chấp hành Trung ương (khóa XI).\n`;
    const found = await messagesOf(writeText(text), '--catalog', catalog);
    expect(found.map((m) => m.message)).toEqual(['25-NQ/TW was issued on 03/6/2013; the text says 03/6/2014.']);
  });

  it('knows 25-NQ/TW from the built-in catalog, without --catalog', async () => {
    const text = `${HEAD}Đảng bộ tổng kết Nghị quyết số 25-NQ/TW ngày 03/6/2014 của Ban Chấp hành Trung ương (khóa XI).\n`;
    expect((await messagesOf(writeText(text))).map((m) => m.message)).toEqual([
      '25-NQ/TW was issued on 03/6/2013; the text says 03/6/2014.',
    ]);
  });

  it('knows 23-QĐ/TW (Bộ Chính trị, 30/7/2021) from the built-in catalog', async () => {
    const wrongBody = `${HEAD}Chi bộ học tập Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Bí thư về việc ban hành Quy chế công tác dân vận.\n`;
    expect((await messagesOf(writeText(wrongBody))).map((m) => m.message)).toEqual([
      '23-QĐ/TW was issued by Bộ Chính trị; the text says Ban Bí thư.',
    ]);
    const wrongDay = `${HEAD}Chi bộ học tập Quyết định số 23-QĐ/TW ngày 30/8/2021 của Bộ Chính trị.\n`;
    expect((await messagesOf(writeText(wrongDay))).map((m) => m.message)).toEqual([
      '23-QĐ/TW was issued on 30/7/2021; the text says 30/8/2021.',
    ]);
  });

  it('does not judge a citation by another term\'s document that shares its number', async () => {
    // Party numbering restarts each term: 25-NQ/TW of 2003 (tôn giáo) is not 25-NQ/TW of 2013.
    const catalog = join(dir, 'catalog-terms.csv');
    writeFileSync(
      catalog,
      'id,date,issuedBy,title\n25-NQ/TW,2013-06-03,Ban Chấp hành Trung ương,Dân vận\n25-NQ/TW,2008-07-25,Ban Chấp hành Trung ương,Thanh niên\n',
    );
    const older = `${HEAD}Chi đoàn học tập Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương.\n`;
    expect(await messagesOf(writeText(older), '--catalog', catalog)).toEqual([]);
    const typo = `${HEAD}Chi đoàn học tập Nghị quyết số 25-NQ/TW ngày 25/7/2009 của Ban Chấp hành Trung ương.\n`;
    expect((await messagesOf(writeText(typo), '--catalog', catalog)).map((m) => m.message)).toEqual([
      '25-NQ/TW was issued on 25/7/2008; the text says 25/7/2009.',
    ]);
  });

  it('reads a JSON catalog, and a body written another way is the same body', async () => {
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({ documents: [{ id: '25-NQ/TƯ', date: '03/6/2013', issuedBy: 'Ban Chấp hành Trung ương', title: 'Công tác dân vận' }] }));
    const text = `${HEAD}Đảng bộ tổng kết Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương Đảng (khóa XI).\n`;
    expect(await messagesOf(writeText(text), '--catalog', catalog)).toEqual([]);
  });
});

describe('vnreport check: batches, settings and exit codes', () => {
  const conflicting = [
    writeText(`${HEAD}Chi bộ học tập Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị.\n`, 'batch-a.txt'),
    writeText(`${HEAD}Đảng ủy học tập Nghị quyết số 41-NQ/TW ngày 11/10/2023 của Bộ Chính trị.\n`, 'batch-b.txt'),
  ];

  it('compares documents across files only with --across-files', async () => {
    expect((await run(...conflicting, '--format', 'json')).code).toBe(0);
    const { code, out } = await run(...conflicting, '--format', 'json', '--across-files');
    expect(code).toBe(1);
    const [a, b] = JSON.parse(out) as { filePath: string; messages: JsonMessage[] }[];
    expect(a.messages).toEqual([]);
    expect(b.messages).toMatchObject([{ ruleId: 'inconsistent-date', line: 4, severity: 2 }]);
    expect(b.messages[0].message).toContain('batch-a.txt:4:');
  });

  it('exits 1 on errors, 0 on warnings alone, 1 over --max-warnings', async () => {
    const warningOnly = writeText(`${HEAD}Thực hiện Kết luận 21-KL-TW.\n`);
    const error = writeText(`${HEAD}Thực hiện Nghị quyết số 23-QĐ/TW.\n`);
    expect((await run(warningOnly)).code).toBe(0);
    expect((await run(warningOnly, '--max-warnings', '0')).code).toBe(1);
    expect((await run(warningOnly, '--max-warnings', '1')).code).toBe(0);
    expect((await run(error)).code).toBe(1);
  });

  it('--rule switches a rule off or changes its severity', async () => {
    const error = writeText(`${HEAD}Thực hiện Nghị quyết số 23-QĐ/TW và Kết luận 21-KL-TW.\n`);
    expect((await run(error, '--rule', 'kind-mismatch=off')).code).toBe(0);
    expect(await messagesOf(error, '--rule', 'kind-mismatch=warn', '--rule', 'symbol-format=error')).toMatchObject([
      { ruleId: 'kind-mismatch', severity: 1 },
      { ruleId: 'symbol-format', severity: 2 },
    ]);
  });

  it('exits 2 on usage errors: unknown rule, bad setting, unreadable catalog or input, no input', async () => {
    const ok = writeText(`${HEAD}Không có văn bản nào.\n`);
    expect((await run(ok, '--rule', 'no-such-rule=error')).code).toBe(2);
    expect((await run(ok, '--rule', 'kind-mismatch=loud')).code).toBe(2);
    expect((await run(ok, '--catalog', join(dir, 'missing.json'))).code).toBe(2);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,date\n25-NQ/TW,2013-02-30\n');
    expect((await run(ok, '--catalog', bad)).code).toBe(2);
    expect((await run(join(dir, 'missing.txt'))).code).toBe(2);
    expect((await run()).code).toBe(2);
  });

  it('prints stylish output without colors when not on a terminal, grouped per file, with a summary', async () => {
    const file = writeText(`${HEAD}Thực hiện Nghị quyết số 23-QĐ/TW và Kết luận 21-KL-TW.\n`);
    const { out } = await run(file);
    expect(out).not.toMatch(/\u001b\[/u);
    expect(out).toContain(file);
    expect(out).toMatch(/4:\d+ {2}error {4}.*kind-mismatch/u);
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)');
  });
});

describe('vnreport check: the fixtures', () => {
  it('reports no error on the five fixture articles', async () => {
    const { code, out } = await run(join(FIXTURES, 'seeds'), '--format', 'json', '--across-files');
    expect(code).toBe(0);
    const results = JSON.parse(out) as { errorCount: number }[];
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.errorCount === 0)).toBe(true);
  });
});

describe('vnreport check --format sarif', () => {
  const faulty = FAULTS.map((f) => writeText(f.text, `sarif-${f.rule}-${++fileCount}.txt`));

  it('validates against the SARIF 2.1.0 JSON schema', async () => {
    const { out } = await run(...faulty, '--format', 'sarif', '--rule', 'unknown-code=off');
    const log = JSON.parse(out);
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // Formats ajv does not check here: the artifact URIs are relative references.
    for (const result of log.runs[0].results) {
      const uri: string = result.locations[0].physicalLocation.artifactLocation.uri;
      expect(() => new URL(uri, 'file:///repo/')).not.toThrow();
    }
  });

  it('gives rules, levels, messages, locations and fingerprints as code scanning wants them', async () => {
    const { out } = await run(faulty[2], '--format', 'sarif');
    const run0 = JSON.parse(out).runs[0];
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_IDS);
    const [result] = run0.results;
    expect(result).toMatchObject({
      ruleId: 'kind-mismatch',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 4, startColumn: positionOf(FAULTS[2].text, 'Nghị quyết số 23').column } } }],
    });
    expect(result.message.text).toContain('23-QĐ/TW');
    expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/u);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\.txt$/u);
  });
});

describe('symbolFaults', () => {
  it.each([
    ['25 -NQ/TW', '25-NQ/TW', ['spacing']],
    ['25-NQ/TW', '25-NQ/TW', []],
    ['35-\nNQ/TW', '35-NQ/TW', []],
    ['08–QĐi/TW', '08-QĐi/TW', ['dash']],
    ['08-qđi/tw', '08-QĐi/TW', ['case']],
    ['21-KL/TƯ', '21-KL/TW', ['"TƯ" for "TW"']],
    ['21-KL-TW', '21-KL/TW', ['"-" for "/"']],
    ['23-QD/TW', '23-QĐ/TW', ['spelling']],
    ['1234/QĐ-TTG', '1234/QĐ-TTg', ['case']],
  ])('%j', (written, canonical, faults) => {
    expect(symbolFaults(written, canonical)).toEqual(faults);
  });
});

describe('kindWordAgrees: which kind words a symbol\'s code admits', () => {
  it.each([
    ['nghị quyết', 'NQ', true],
    ['nghị quyết', 'QĐ', false],
    ['quyết định', 'QĐ', true],
    ['quyết định', 'QĐi', false],
    ['quy định', 'QĐi', true],
    ['quy định', 'QĐ', true],
    ['quy định', 'QyĐ', true],
    ['thông tri', 'TT', true],
    ['thông tư', 'TT', true],
    ['luật', '', true],
    ['luật', 'NĐ', false],
    ['nghị quyết', '', true],
    ['văn bản', 'KH', true],
    ['thông báo kết luận', 'TB', true],
    ['chỉ thị', 'KL', false],
  ])('%s + %j → %s', (word, code, agrees) => {
    expect(kindWordAgrees(word, code)).toBe(agrees);
  });
});
