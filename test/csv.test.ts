import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { CSV_TABLE_NAMES, csvField, csvHeader, csvRow, csvRows } from '../src/cli/csv.js';
import type { Report } from '../src/model/report.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'vnreport.js');

function vnreport(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A strict RFC 4180 reader (CRLF records), to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    }
    if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (i < text.length) {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

describe('csvField: RFC 4180 quoting', () => {
  it.each([
    ['plain', 'Nguyễn Văn An', 'Nguyễn Văn An'],
    ['comma', 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh', '"Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"'],
    ['quote doubled', 'phong trào "Dân vận khéo"', '"phong trào ""Dân vận khéo"""'],
    ['only a quote', '"', '""""'],
    ['LF', 'dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    ['CR', 'a\rb', '"a\rb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['semicolon stays bare', 'a; b', 'a; b'],
    ['leading space kept', ' lề', ' lề'],
    ['empty string', '', ''],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    [14342, '14342'],
    [1.5, '1.5'],
    [36.3, '36.3'],
    [29510000000000, '29510000000000'],
    [1500000000, '1500000000'],
    [-5, '-5'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])('number or empty %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF and reads back to the same fields', () => {
    const fields = ['a,b', 'say "hi"', 'x\ny', '', 'plain'];
    const line = csvRow(fields);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line)).toEqual([fields]);
  });
});

describe('csvRows: one row per item, the source on each', () => {
  const text = [
    'Hội nghị tổng kết công tác năm 2023',
    '',
    'Sáng 12/1, Huyện ủy tổ chức hội nghị tổng kết. Đồng chí Lê Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.',
    'Năm qua, toàn huyện có 1.250 hộ thoát nghèo và 35 mô hình "Dân vận khéo" được công nhận.',
  ].join('\n');
  const report = analyze(text, 'bao/ngay, 12.txt');

  it('writes a header with source first, for every table', () => {
    for (const table of CSV_TABLE_NAMES) expect(csvHeader(table).startsWith('source,')).toBe(true);
    expect(csvHeader('statistics')).toBe('source,value,unit,text,qualifier,of,rangeLow,rangeHigh,change,subject,start,end\r\n');
  });

  it('gives each statistic its own row, the source quoted for its comma', () => {
    const rows = parseCsv(csvRows('statistics', report));
    expect(rows.length).toBe(report.statistics.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[0]).toBe('bao/ngay, 12.txt');
    expect(rows.map((r) => r[1])).toContain('1250');
  });

  it('joins a list of titles with "; " in one quoted cell', () => {
    const fake: Report = {
      ...report,
      attendees: [
        {
          name: 'Lê Văn Bình',
          titles: ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện, nhiệm kỳ 2021-2026'],
          roles: ['chair'],
          titleForms: [],
          mentions: [{ start: 0, end: 3, text: 'x' }],
          start: 10,
          end: 21,
        },
      ],
    };
    const [row] = parseCsv(csvRows('attendees', fake));
    expect(row).toEqual([
      'bao/ngay, 12.txt',
      'Lê Văn Bình',
      'Bí thư Huyện ủy; Chủ tịch HĐND huyện, nhiệm kỳ 2021-2026',
      'chair',
      '1',
      '10',
      '21',
    ]);
  });

  it('writes no row for an error record', () => {
    expect(csvRows('citations', { source: 'x.txt', error: { code: 'BINARY', message: 'binary' } })).toBe('');
  });
});

describe('vnreport extract --format csv', () => {
  it('writes one valid RFC 4180 table whose rows match the items of the NDJSON output', () => {
    const csv = vnreport(['extract', '-f', 'csv', '-t', 'statistics', '-j', '1', 'fixtures/seeds']);
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout);
    const ndjson = vnreport(['extract', '-f', 'ndjson', '-j', '1', 'fixtures/seeds']);
    const reports = ndjson.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Report);
    expect(rows[0]).toEqual(csvHeader('statistics').trimEnd().split(','));
    const expected = reports.flatMap((r) => r.statistics.map((s) => [r.source, String(s.value), s.unit]));
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual(expected);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
  });

  it('reports a failed input on stderr only and exits 1', () => {
    const { code, stdout, stderr } = vnreport(['extract', '-f', 'csv', '-t', 'citations', 'fixtures/seeds/no-such.txt']);
    expect(code).toBe(1);
    expect(parseCsv(stdout)).toHaveLength(1);
    expect(stderr).toContain('no such file');
  });

  it('needs --table with csv, and --table only with csv', () => {
    expect(vnreport(['extract', '-f', 'csv', 'fixtures/seeds']).code).toBe(2);
    expect(vnreport(['extract', '-t', 'citations', 'fixtures/seeds']).code).toBe(2);
    expect(vnreport(['extract', '-f', 'csv', '-t', 'people', 'fixtures/seeds']).code).toBe(2);
  });
});
