/**
 * Properties of `analyze` that must hold for any text, checked with
 * fast-check on random strings and on random Vietnamese-report-like text
 * built from fragments (names, titles, document symbols, numbers, dates,
 * punctuation, line breaks):
 * - it never throws;
 * - every span lies within the input, and the input at a span is the item's
 *   surface form where the item has one;
 * - the NFC and NFD forms of a text give the same items;
 * - every report validates against schema/report.schema.json.
 * A fixed seed keeps the runs the same from one test run to the next.
 */
import Ajv from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Report, Span } from '../src/model/report.js';
import { ROOT } from './helpers.js';

/** Fixed for CI; PROPERTY_SEED / PROPERTY_RUNS explore further by hand. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20240607);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(schema);

// ---------------------------------------------------------------------------
// Generators

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Huỳnh', 'Mùa'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'A'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Huệ', 'Lan', 'Phúc', 'Sơn', 'Thưởng', 'Tuấn', 'Yến'];
const HONORIFICS = ['đồng chí', 'Đồng chí', 'đ/c', 'ông', 'Bà', 'Thiếu tướng', 'GS.TS'];
const TITLES = [
  'Ủy viên Bộ Chính trị',
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Thành ủy',
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch HĐND thành phố',
  'Trưởng Ban Dân vận Trung ương',
  'Bộ trưởng Bộ Tài chính',
  'nguyên Bộ trưởng',
  'Giám đốc Sở Y tế',
];
const VERBS = ['chủ trì', 'dự và chỉ đạo', 'tham dự', 'phát biểu', 'trình bày báo cáo', 'yêu cầu', 'đề nghị', 'nhấn mạnh', 'cho biết'];
const WORDS = ['hội nghị', 'tổng kết', 'công tác', 'năm', 'triển khai', 'nhiệm vụ', 'các cấp ủy', 'tập trung', 'thực hiện', 'tốt', 'đạt', 'tăng', 'khoảng', 'hơn', 'gần', 'của', 'theo', 'Tin và ảnh:', 'Ảnh:'];
const KINDS = ['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Nghị định', 'Thông tư', 'Quy định'];
const ISSUERS = ['NQ/TW', 'CT/TW', 'KL/TW', 'QĐ/TW', 'NĐ-CP', 'QĐ-TTg', 'TT-BTC', 'QĐ-UBND'];
const BODIES = ['Bộ Chính trị', 'Ban Bí thư', 'Chính phủ', 'Thủ tướng Chính phủ', 'Ban Chấp hành Trung ương Đảng (khóa XII)'];
const UNITS = ['tỷ đồng', 'triệu đồng', '%', 'hội nghị', 'xã', 'người', 'km', 'ha', 'bậc'];
const PUNCTUATION = [', ', '. ', '; ', ': ', ' - ', ' – ', '(', ')', '"', '“', '”', '...', '!', '?', '/'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r', '\t', '  '];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

const name = fc
  .tuple(pick(SURNAMES), fc.array(pick(MIDDLES), { maxLength: 2 }), pick(GIVEN))
  .map(([s, m, g]) => [s, ...m, g].join(' '));

/** "đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy" or "Bí thư Tỉnh ủy Nguyễn Văn An". */
const person = fc
  .tuple(fc.option(pick(HONORIFICS)), name, fc.array(pick(TITLES), { maxLength: 2 }), fc.boolean())
  .map(([h, n, t, titleFirst]) =>
    titleFirst ? [...t, h, n].filter(Boolean).join(' ') : [[h, n].filter(Boolean).join(' '), ...t].join(', '),
  );

const year = fc.integer({ min: 1990, max: 2030 });
const day = fc.integer({ min: 0, max: 32 });
const month = fc.integer({ min: 0, max: 13 });

const date = fc.oneof(
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d}/${m}/${y}`),
  fc.tuple(day, month).map(([d, m]) => `Sáng ${d}/${m}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}-${m}-${y}`),
);

const symbol = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 999 }), pick(ISSUERS)).map(([n, i]) => `${n}-${i}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), year, pick(ISSUERS)).map(([n, y, i]) => `${n}/${y}/${i}`),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), pick(ISSUERS)).map(([n, i]) => `${n}/${i}`),
);

const citation = fc
  .tuple(pick(KINDS), fc.option(fc.constant('số')), symbol, fc.option(date), fc.option(pick(BODIES)))
  .map(([k, so, s, d, b]) => [k, so, s, d, b ? `của ${b}` : null].filter(Boolean).join(' '));

const number = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString('de-DE')), // 14.342
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}/${n + 3}`),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 21, max: 40 })).map(([a, b]) => `từ ${a}-${b}`),
);

const statistic = fc.tuple(fc.option(pick(['khoảng', 'gần', 'hơn', 'trên', 'tăng', 'giảm'])), number, pick(UNITS)).map(
  ([q, n, u]) => [q, n, u].filter(Boolean).join(' '),
);

/** A whole sentence: who, doing what, about what ("Đồng chí ... yêu cầu các cấp ủy tập trung ..."). */
const sentence = fc
  .tuple(person, pick(VERBS), fc.array(fc.oneof(pick(WORDS), statistic, citation), { minLength: 1, maxLength: 8 }))
  .map(([who, verb, rest]) => `${who} ${verb} ${rest.join(' ')}.`);

const fragment = fc.oneof(
  { arbitrary: sentence, weight: 3 },
  { arbitrary: pick(WORDS), weight: 6 },
  { arbitrary: person, weight: 4 },
  { arbitrary: pick(VERBS), weight: 3 },
  { arbitrary: pick(TITLES), weight: 2 },
  { arbitrary: citation, weight: 2 },
  { arbitrary: symbol, weight: 1 },
  { arbitrary: statistic, weight: 3 },
  { arbitrary: date, weight: 2 },
  { arbitrary: pick(PUNCTUATION), weight: 5 },
  { arbitrary: pick(BREAKS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
);

/** Vietnamese-report-like text: a headline, then fragments joined by spaces (or not). */
const reportText = fc
  .tuple(fc.array(pick(WORDS), { minLength: 1, maxLength: 6 }), fc.array(fragment, { maxLength: 60 }), fc.boolean())
  .map(([headline, body, spaced]) => `${headline.join(' ')}\n\n${body.join(spaced ? ' ' : '')}`);

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

const ANY_STRINGS: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['fc.string', fc.string({ maxLength: 300 })],
  ['full Unicode (code points)', fc.string({ unit: 'binary', maxLength: 300 })],
  ['UTF-16 code units', utf16],
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
  ['Vietnamese report fragments', reportText],
];

// ---------------------------------------------------------------------------
// What is checked

interface SpanProblem {
  path: string;
  problem: string;
}

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';

/** Every {start, end} anywhere in the report lies within the input, start ≤ end. */
function spansOutOfBounds(value: unknown, input: string, at = ''): SpanProblem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spansOutOfBounds(v, input, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const problems: SpanProblem[] = [];
  if (isSpan(value)) {
    const { start, end } = value;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
      problems.push({ path: at, problem: `span ${start}-${end} outside 0-${input.length}` });
    }
  }
  for (const [key, v] of Object.entries(value)) problems.push(...spansOutOfBounds(v, input, `${at}.${key}`));
  return problems;
}

/** The input at each span equals the surface form the item claims for it. */
function surfaceMismatches(report: Report, input: string): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const expectText = (p: string, item: Span & { text: string }) => {
    const written = input.slice(item.start, item.end);
    if (written !== item.text) problems.push({ path: p, problem: `input has ${JSON.stringify(written)}, item says ${JSON.stringify(item.text)}` });
  };
  report.attendees.forEach((a, i) => {
    a.mentions.forEach((m, j) => expectText(`attendees[${i}].mentions[${j}]`, m));
    a.titleForms.forEach((t, j) => expectText(`attendees[${i}].titleForms[${j}]`, t));
  });
  report.authorMentions.forEach((a, i) => {
    const written = input.slice(a.start, a.end).normalize('NFC');
    if (!written.includes(a.name)) {
      problems.push({ path: `authorMentions[${i}]`, problem: `input has ${JSON.stringify(written)}, name is ${JSON.stringify(a.name)}` });
    }
  });
  report.citations.forEach((c, i) => c.mentions.forEach((m, j) => expectText(`citations[${i}].mentions[${j}]`, m)));
  report.references.forEach((r, i) => r.mentions.forEach((m, j) => expectText(`references[${i}].mentions[${j}]`, m)));
  report.statistics.forEach((s, i) => expectText(`statistics[${i}]`, s));
  report.directives.forEach((d, i) => (d.items ?? []).forEach((m, j) => expectText(`directives[${i}].items[${j}]`, m)));
  return problems;
}

const SPAN_KEYS = new Set(['start', 'end', 'titleSpan', 'eventDateSpan', 'sentence']);

/** The report without offsets, every string in NFC: what NFC and NFD inputs must share. */
function itemsOf(report: Report): unknown {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') return value.normalize('NFC');
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => !SPAN_KEYS.has(k)).map(([k, v]) => [k, strip(v)]));
  };
  const { warnings: _warnings, ...items } = report;
  return strip(items);
}

const options = { seed: SEED, numRuns: RUNS };

// ---------------------------------------------------------------------------

describe.each(ANY_STRINGS)('analyze on %s', (_, texts) => {
  it('never throws, and its report validates against the JSON Schema', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const report = JSON.parse(JSON.stringify(analyze(text, 'p.txt')));
        if (!validateReport(report)) throw new Error(`schema: ${JSON.stringify(validateReport.errors)}`);
      }),
      options,
    );
  });

  it('puts every span within the input, over the item as written', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const report = analyze(text, 'p.txt');
        expect([...spansOutOfBounds(report, text), ...surfaceMismatches(report, text)]).toEqual([]);
      }),
      options,
    );
  });

  it('gives the same items for the NFC and the NFD form of the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const nfc = text.normalize('NFC');
        const nfd = text.normalize('NFD');
        expect(itemsOf(analyze(nfd, 'p.txt'))).toEqual(itemsOf(analyze(nfc, 'p.txt')));
      }),
      options,
    );
  });
});

describe('the generator of report-like text', () => {
  it('reaches every extractor (else the properties above would test little)', () => {
    const reports = fc.sample(reportText, { seed: SEED, numRuns: RUNS }).map((t) => analyze(t, 'p.txt'));
    const count = (pick: (r: Report) => unknown[]) => reports.filter((r) => pick(r).length > 0).length;
    expect(count((r) => r.attendees)).toBeGreaterThan(RUNS / 10);
    expect(count((r) => r.citations)).toBeGreaterThan(RUNS / 10);
    expect(count((r) => r.statistics)).toBeGreaterThan(RUNS / 10);
    expect(count((r) => r.directives)).toBeGreaterThan(0);
  });
});
