import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runEval, type EvalIO } from '../src/cli/eval.js';
import { main } from '../src/cli/main.js';
import { foldForScoring, foldWithAbbreviations, syllableOverlapF1 } from '../src/eval/fold.js';
import { matchOneToOne } from '../src/eval/match.js';
import { documentName } from '../src/eval/run.js';
import {
  metricsOf,
  normalizeCitationId,
  scoreAttendees,
  scoreAuthors,
  scoreCitations,
  scoreDirectives,
  scoreDocument,
  scoreStatistics,
  summarize,
  titlesMatch,
} from '../src/eval/score.js';
import { checkMinimums, MinimumSyntaxError, parseMinimum } from '../src/eval/thresholds.js';
import type { GoldDocument, OutputDocument } from '../src/eval/types.js';

const GOLD_DIR = fileURLToPath(new URL('../fixtures/gold', import.meta.url));

function captureIO(): EvalIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
    stdout: () => out,
    stderr: () => err,
  };
}

function emptyGold(overrides: Partial<GoldDocument> = {}): GoldDocument {
  return {
    source: 'x.txt',
    title: null,
    eventDate: null,
    attendees: [],
    authors: [],
    citations: [],
    statistics: [],
    directives: [],
    ...overrides,
  };
}

function emptyOutput(overrides: Partial<OutputDocument> = {}): OutputDocument {
  return { ...emptyGold(), directives: [], ...overrides } as OutputDocument;
}

describe('scoring fold', () => {
  it.each([
    ['old-style tone placement', 'Hoà Bình', 'hòa bình'],
    ['uỷ to ủy', 'Uỷ viên Thường vụ', 'ủy viên thường vụ'],
    ['khoẻ and thuỷ', 'khoẻ mạnh, thuỷ lợi', 'khỏe mạnh thủy lợi'],
    ['qu onset keeps its tone', 'Quý', 'quý'],
    ['dashes become spaces', 'Phó Chủ tịch – Tổng Thư ký', 'phó chủ tịch tổng thư ký'],
    ['hyphen without spaces', 'Chủ tịch-Giám đốc', 'chủ tịch giám đốc'],
    ['quotes and punctuation', '“Đoàn kết, sáng tạo!”', 'đoàn kết sáng tạo'],
    ['whitespace collapsed', '  Ban   Dân\tvận\n Tỉnh ủy ', 'ban dân vận tỉnh ủy'],
    ['decomposed input', 'Nguyễn Văn A'.normalize('NFD'), 'nguyễn văn a'],
    ['eth for Đ', '\u00D0ảng bộ', 'đảng bộ'],
    ['zero-width space', 'Bắc\u200B Ninh', 'bắc ninh'],
    ['percent kept as a token', '36,3%', '36 3 %'],
  ])('%s', (_name, input, expected) => {
    expect(foldForScoring(input)).toBe(expected);
  });

  it.each([
    ['UBND', 'Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'],
    ['HĐND', 'Chủ tịch HĐND huyện', 'Chủ tịch Hội đồng nhân dân huyện'],
    ['MTTQ', 'Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['QĐND', 'Báo QĐND', 'Báo Quân đội nhân dân'],
    ['TW', 'Ủy viên BCH TW Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng'],
    ['TƯ in capitals', 'Ban Chấp hành TƯ', 'Ban Chấp hành Trung ương'],
    ['TP HCM', 'Thành ủy TP HCM', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['TP. HCM with a period', 'Thành ủy TP. HCM', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['TP.HCM written solid', 'Thành ủy TP.HCM', 'Thành ủy thành phố Hồ Chí Minh'],
    ['TPHCM', 'Công an TPHCM', 'Công an Thành phố Hồ Chí Minh'],
    ['CTDV', 'Ban Chỉ đạo CTDV', 'Ban Chỉ đạo công tác dân vận'],
    ['ĐBQH', 'ĐBQH tỉnh Nam Định', 'Đại biểu Quốc hội tỉnh Nam Định'],
    ['old-style tone inside', 'Uỷ viên UBND xã', 'Ủy viên Ủy ban nhân dân xã'],
  ])('abbreviation %s expands to the full form', (_name, short, full) => {
    expect(foldWithAbbreviations(short)).toBe(foldWithAbbreviations(full));
  });

  it('leaves the ordinary syllable "tư" alone', () => {
    expect(foldWithAbbreviations('Bộ Tư pháp')).toBe('bộ tư pháp');
  });

  it('does not expand abbreviations in the plain fold', () => {
    expect(foldForScoring('Phó Chủ tịch UBND tỉnh')).toBe('phó chủ tịch ubnd tỉnh');
  });

  it('computes syllable-overlap F1 over multisets', () => {
    expect(syllableOverlapF1('a b c d', 'a b c d')).toBe(1);
    expect(syllableOverlapF1('a b c', 'a b c d e')).toBeCloseTo(0.75);
    expect(syllableOverlapF1('a a b', 'a b b')).toBeCloseTo(4 / 6);
  });
});

describe('one-to-one matching', () => {
  it('finds a maximum matching where greedy would under-count', () => {
    // Gold 0 can take either output, gold 1 only output 0: greedy pairs 0–0 and loses gold 1.
    const gold = ['ab', 'a'];
    const output = ['a', 'b'];
    const m = matchOneToOne(gold, output, (g, o) => g.includes(o));
    expect(m.pairs).toHaveLength(2);
    expect(m.unmatchedGold).toEqual([]);
    expect(m.unmatchedOutput).toEqual([]);
  });

  it('reports unmatched items on both sides', () => {
    const m = matchOneToOne([1, 2, 3], [3, 4], (g, o) => g === o);
    expect(m.pairs).toEqual([{ gold: 2, output: 0 }]);
    expect(m.unmatchedGold).toEqual([0, 1]);
    expect(m.unmatchedOutput).toEqual([1]);
  });
});

describe('attendees, titles and roles', () => {
  const gold = [
    { name: 'Hoàng Văn Thụ', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], roles: ['chair'] },
    { name: 'Lò Thị Hoà', titles: ['Phó Chủ tịch UBND huyện Mường Tè'], roles: ['attended'] },
    { name: 'Đinh Công Lý', titles: ['Thiếu tướng', 'Phó Tư lệnh Quân khu'], roles: ['spoke', 'reported'] },
  ];

  it('matches folded names and titles through abbreviations', () => {
    const output = [
      { name: 'HOÀNG VĂN THỤ', titles: ['Chủ tịch Hội đồng nhân dân tỉnh', 'Bí thư Tỉnh uỷ'], roles: ['chair'] },
      { name: 'Lò Thị Hòa', titles: ['Phó Chủ tịch Ủy ban nhân dân huyện Mường Tè'], roles: ['attended'] },
    ];
    const s = scoreAttendees(gold, output);
    expect([s.attendees.tp, s.attendees.fp, s.attendees.fn]).toEqual([2, 0, 1]);
    expect(s.attendees.misses).toEqual(['Đinh Công Lý']);
    // The missed person's 2 titles and 2 roles are misses too.
    expect([s.titles.tp, s.titles.fp, s.titles.fn]).toEqual([3, 0, 2]);
    expect([s.roles.tp, s.roles.fp, s.roles.fn]).toEqual([2, 0, 2]);
  });

  it('counts titles and roles of extra attendees as extras', () => {
    const output = [
      ...gold,
      { name: 'Vi Văn Tám', titles: ['Trưởng Công an huyện'], roles: ['attended'] },
    ];
    const s = scoreAttendees(gold, output);
    expect([s.attendees.tp, s.attendees.fp, s.attendees.fn]).toEqual([3, 1, 0]);
    expect([s.titles.tp, s.titles.fp, s.titles.fn]).toEqual([5, 1, 0]);
    expect(s.titles.extras).toEqual(['Vi Văn Tám: Trưởng Công an huyện']);
    expect([s.roles.tp, s.roles.fp, s.roles.fn]).toEqual([4, 1, 0]);
  });

  it('scores wrong roles of a matched attendee', () => {
    const output = [{ name: 'Đinh Công Lý', titles: [], roles: ['spoke', 'attended'] }];
    const s = scoreAttendees([gold[2]], output);
    expect([s.roles.tp, s.roles.fp, s.roles.fn]).toEqual([1, 1, 1]);
    expect(s.roles.misses).toEqual(['Đinh Công Lý: reported']);
    expect(s.roles.extras).toEqual(['Đinh Công Lý: attended']);
  });

  it.each([
    // 6 of 8 syllables: F1 = 12/14 ≈ 0.857
    ['Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng', 'Ủy viên Ban Thường vụ Tỉnh ủy', true],
    // 4 common syllables of 5 and 6: F1 = 8/11 ≈ 0.727
    ['Phó Bí thư Tỉnh ủy', 'Bí thư Tỉnh ủy Cà Mau', false],
    // 8 of 10 syllables: F1 = 16/18 ≈ 0.889
    ['Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy Thường trực', true],
    // exactly 0.8: 4 common syllables of 5 each
    ['Giám đốc Sở Tư pháp', 'Giám đốc Sở Tài pháp', true],
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư thường trực tỉnh uỷ', true],
    ['Chủ tịch UBND TP HCM', 'Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh', true],
    ['Thiếu tướng', 'Trung tướng', false],
  ])('title "%s" vs "%s" matches: %s', (g, o, expected) => {
    expect(titlesMatch(g, o)).toBe(expected);
  });

  it('matches titles one to one within a person', () => {
    const person = { name: 'Hà Văn Núi', titles: ['Bí thư Huyện ủy'], roles: [] };
    const output = [{ name: 'Hà Văn Núi', titles: ['Bí thư Huyện ủy', 'Bí thư Huyện uỷ'], roles: [] }];
    const s = scoreAttendees([person], output);
    expect([s.titles.tp, s.titles.fp, s.titles.fn]).toEqual([1, 1, 0]);
  });
});

describe('authors', () => {
  it('matches folded names one to one', () => {
    const s = scoreAuthors(['Thanh Hoà', 'Minh Đức'], ['THANH HÒA', 'Minh Đức', 'Minh Đức']);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 0]);
  });
});

describe('citations', () => {
  it.each([
    ['35-NQ/TƯ', '35-NQ/TW'],
    ['35 -NQ/TW', '35-NQ/TW'],
    ['12/2019/nđ-cp', '12/2019/NĐ-CP'],
    ['0917 / QĐ-TTg', '0917/QĐ-TTG'],
  ])('id %s is %s', (a, b) => {
    expect(normalizeCitationId(a)).toBe(normalizeCitationId(b));
  });

  it('keeps leading zeros significant', () => {
    expect(normalizeCitationId('05-CT/TW')).not.toBe(normalizeCitationId('5-CT/TW'));
  });

  it('scores ids, then date and issuing body over matched gold items that have them', () => {
    const gold = [
      { id: '35-NQ/TW', date: '2018-10-22', issuedBy: 'Bộ Chính trị' },
      { id: '12/2019/NĐ-CP', date: '2019-02-01', issuedBy: 'Chính phủ' },
      { id: '09-CT/TW', date: null, issuedBy: 'Ban Chấp hành Trung ương' },
      { id: '77-KL/TW', date: '2020-05-05', issuedBy: 'Ban Bí thư' },
    ];
    const output = [
      { id: '35-NQ/TƯ', date: '2018-10-22', issuedBy: 'Bộ Chính trị' },
      { id: '12/2019/NĐ - CP', date: '2019-02-11', issuedBy: null },
      { id: '09-CT/TW', date: '2011-01-01', issuedBy: 'BCH TW' },
      { id: '88-KL/TW', date: null, issuedBy: null },
    ];
    const s = scoreCitations(gold, output);
    expect([s.citations.tp, s.citations.fp, s.citations.fn]).toEqual([3, 1, 1]);
    // Dates: 35 right, 12/2019 wrong; 09-CT has no gold date; 77-KL is unmatched.
    expect([s.date.correct, s.date.total]).toEqual([1, 2]);
    expect(s.date.mismatches).toEqual([{ item: '12/2019/NĐ-CP', gold: '2019-02-01', output: '2019-02-11' }]);
    // Issuing bodies: 35 right, 12/2019 missing, 09-CT right through the abbreviations.
    expect([s.issuedBy.correct, s.issuedBy.total]).toEqual([2, 3]);
  });
});

describe('statistics', () => {
  it('matches one to one per occurrence', () => {
    const gold = [
      { value: 12, unit: 'tập thể' },
      { value: 12, unit: 'tập thể' },
      { value: 12, unit: 'cá nhân' },
    ];
    const output = [
      { value: 12, unit: 'tập thể' },
      { value: 12, unit: 'cá nhân' },
      { value: 12, unit: 'cá nhân' },
    ];
    const s = scoreStatistics(gold, output);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
    expect(s.misses).toEqual(['12 tập thể']);
    expect(s.extras).toEqual(['12 cá nhân']);
  });

  it.each([
    [{ value: 2300, unit: 'lượt người' }, { value: 2300, unit: 'lượt' }, true],
    [{ value: 450, unit: 'hộ gia đình' }, { value: 450, unit: 'Hộ dân' }, true],
    [{ value: 36.3, unit: '%' }, { value: 36.3, unit: '%' }, true],
    [{ value: 1500000000, unit: 'đồng' }, { value: 1.5 * 1e9, unit: 'đồng' }, true],
    [{ value: 450, unit: 'hộ' }, { value: 450, unit: 'hội viên' }, false],
    [{ value: 450, unit: 'hộ' }, { value: 451, unit: 'hộ' }, false],
    [{ value: 36.3, unit: '%' }, { value: 36.3, unit: 'ha' }, false],
  ])('%o vs %o matches: %s', (g, o, expected) => {
    expect(scoreStatistics([g], [o]).tp).toBe(expected ? 1 : 0);
  });
});

describe('directives', () => {
  const gold = [
    { speaker: 'Nguyễn Văn Hoà', verb: 'yêu cầu', quote: 'khẩn trương hoàn thành việc sắp xếp' },
    { speaker: null, verb: 'kêu gọi', quote: 'toàn thể đoàn viên, thanh niên tích cực' },
    { speaker: 'Nguyễn Văn Hoà', verb: 'đề nghị', quote: 'quan tâm hơn nữa đến đời sống' },
  ];

  it('matches speaker (null with null) and containment of the folded quote', () => {
    const output = [
      { speaker: 'Nguyễn Văn Hòa', verb: 'yêu cầu', text: 'các xã khẩn trương hoàn thành việc sắp xếp bộ máy.' },
      { speaker: null, verb: 'kêu gọi', text: 'toàn thể đoàn viên - thanh niên tích cực tham gia' },
      { speaker: null, verb: 'đề nghị', text: 'quan tâm hơn nữa đến đời sống của Nhân dân' },
    ];
    const s = scoreDirectives(gold, output);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
    expect(s.misses).toEqual(['Nguyễn Văn Hoà đề nghị: “quan tâm hơn nữa đến đời sống”']);
  });

  it('gives one output directive to one gold directive only', () => {
    const both = 'khẩn trương hoàn thành việc sắp xếp và quan tâm hơn nữa đến đời sống';
    const output = [{ speaker: 'Nguyễn Văn Hoà', verb: 'yêu cầu', text: both }];
    const s = scoreDirectives([gold[0], gold[2]], output);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 1]);
  });

  it('does not match a named speaker with null', () => {
    const output = [{ speaker: null, verb: 'yêu cầu', text: 'khẩn trương hoàn thành việc sắp xếp' }];
    expect(scoreDirectives([gold[0]], output).tp).toBe(0);
  });
});

describe('documents and the micro-average', () => {
  it('scores title and event date by folded equality, null equal to null', () => {
    const gold = emptyGold({ title: '“Dân vận khéo” ở vùng cao', eventDate: null });
    const same = scoreDocument('x', gold, emptyOutput({ title: 'Dân vận khéo ở vùng cao', eventDate: null }));
    expect([same.accuracy.title.correct, same.accuracy.eventDate.correct]).toEqual([1, 1]);
    const wrong = scoreDocument('x', gold, emptyOutput({ title: null, eventDate: '2024-03-08' }));
    expect([wrong.accuracy.title.correct, wrong.accuracy.eventDate.correct]).toEqual([0, 0]);
    expect(wrong.accuracy.eventDate.total).toBe(1);
  });

  it('sums counts over documents before computing P/R/F1', () => {
    const a = scoreDocument('a', emptyGold({ authors: ['A B', 'C D'] }), emptyOutput({ authors: ['A B'] }));
    const b = scoreDocument('b', emptyGold({ authors: ['E F'] }), emptyOutput({ authors: ['E F', 'G H', 'I K'] }));
    const m = summarize([a, b]).fields.authors;
    expect([m.tp, m.fp, m.fn]).toEqual([2, 2, 1]);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(4 / 7);
  });

  it('gives 1 to a field empty on both sides and null to an accuracy over nothing', () => {
    const s = summarize([scoreDocument('x', emptyGold(), emptyOutput())]);
    expect(s.fields.citations.f1).toBe(1);
    expect(s.accuracy.date.accuracy).toBeNull();
    expect(metricsOf({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('pairs documents by base name without extension', () => {
    expect(documentName('fixtures/seeds/000_abc.txt')).toBe('000_abc');
    expect(documentName('C:\\data\\bài báo.v2.txt')).toBe('bài báo.v2');
    expect(documentName('noext')).toBe('noext');
  });
});

describe('--min', () => {
  it.each([
    ['citations=0.95', { field: 'citations', min: 0.95 }],
    ['title=1.0', { field: 'title', min: 1 }],
    ['eventdate=.5', { field: 'eventDate', min: 0.5 }],
    ['issuedBy=0', { field: 'issuedBy', min: 0 }],
    ['date=1', { field: 'date', min: 1 }],
  ])('parses %s', (spec, expected) => {
    expect(parseMinimum(spec)).toEqual(expected);
  });

  it.each(['speakers=0.5', 'citations', 'citations=', 'citations=1.5', 'citations=abc', 'citations=-0.1', '=0.5'])(
    'rejects %s',
    (spec) => {
      expect(() => parseMinimum(spec)).toThrow(MinimumSyntaxError);
    },
  );

  it('checks F1 for list fields and accuracy for the others', () => {
    const s = summarize([
      scoreDocument('x', emptyGold({ title: 'A', authors: ['A B', 'C D'] }), emptyOutput({ title: 'B', authors: ['A B'] })),
    ]);
    const gates = checkMinimums(s, [
      { field: 'authors', min: 0.6 },
      { field: 'authors', min: 0.7 },
      { field: 'title', min: 1 },
      { field: 'date', min: 0.9 },
    ]);
    expect(gates.map((g) => g.passed)).toEqual([true, false, false, true]);
    expect(gates[3].value).toBeNull();
  });

  it('makes an unknown field a usage error (exit 2)', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await main(['node', 'vnreport', 'eval', GOLD_DIR, '--min', 'speakers=0.5']);
      expect(code).toBe(2);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('unknown field "speakers"');
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('eval on records', () => {
  let dir: string;

  /** The gold files turned into output records, quotes standing in for directive text. */
  async function goldAsOutputs(): Promise<Record<string, Record<string, any>>> {
    const records: Record<string, Record<string, any>> = {};
    for (const file of (await readdir(GOLD_DIR)).sort()) {
      const gold = JSON.parse(await readFile(path.join(GOLD_DIR, file), 'utf8'));
      gold.directives = gold.directives.map((d: any) => ({ speaker: d.speaker, verb: d.verb, text: d.quote }));
      records[file.replace(/\.json$/u, '')] = gold;
    }
    return records;
  }

  async function writeRecords(name: string, records: object[]): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, records.map((r) => JSON.stringify(r)).join('\n'));
    return file;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vnreport-eval-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('scores the gold against itself as 1.0 everywhere', async () => {
    const file = await writeRecords('self.ndjson', Object.values(await goldAsOutputs()));
    const io = captureIO();
    const code = await runEval(GOLD_DIR, [file], { json: true, min: [] }, io);
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout());
    expect(result.documents).toBe(5);
    for (const m of Object.values(result.fields) as any[]) expect([m.fp, m.fn, m.f1]).toEqual([0, 0, 1]);
    for (const a of Object.values(result.accuracy) as any[]) expect(a.accuracy).toBe(1);
    expect(result.fields.statistics.tp).toBe(42);
  });

  it('scores perturbed copies with known numbers', async () => {
    const r = await goldAsOutputs();
    const [d000, d001, d002, d003, d004] = Object.keys(r).sort().map((k) => r[k]);
    // 000: an abbreviation written out (still right), one extra title, one extra role.
    const nam = d000.attendees.find((a: any) => a.name === 'Lê Khắc Nam');
    nam.titles = ['Ủy viên Thành ủy', 'Phó Chủ tịch Ủy ban nhân dân thành phố', 'Đại biểu Quốc hội'];
    d000.attendees.find((a: any) => a.name === 'Bùi Thị Minh Hoài').roles.push('spoke');
    // 001: one "15 tập thể" dropped, one extra statistic.
    d001.statistics.splice(4, 1);
    d001.statistics.push({ value: 7, unit: 'tỷ đồng' });
    // 002: one directive loses its speaker; the headline changes; a directive gets context around the quote.
    d002.directives[1].speaker = null;
    d002.directives[0].text = `các cấp ủy ${d002.directives[0].text} trong thời gian tới.`;
    d002.title = 'Một tiêu đề khác';
    // 003: an attendee with 3 titles and 1 role dropped; one date and one issuing body wrong;
    // one issuing body abbreviated and one author in capitals (both still right).
    d003.attendees = d003.attendees.filter((a: any) => a.name !== 'Trần Cẩm Tú');
    d003.citations[0].date = '2023-11-25';
    d003.citations[1].issuedBy = null;
    d003.citations[5].issuedBy = 'BCH TW Đảng';
    d003.authors[0] = 'HÀ THANH';
    // 004: the citation with TƯ (still right); the event date off by a day.
    d004.citations[0].id = '25-NQ/TƯ';
    d004.eventDate = '2023-07-30';
    const file = path.join(dir, 'perturbed.json');
    await writeFile(file, JSON.stringify([d000, d001, d002, d003, d004]));

    const io = captureIO();
    const code = await runEval(GOLD_DIR, [file], { json: true, verbose: true, min: [] }, io);
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout());
    const counts = (f: string) => [result.fields[f].tp, result.fields[f].fp, result.fields[f].fn];
    expect(counts('attendees')).toEqual([30, 0, 1]);
    expect(counts('titles')).toEqual([50, 1, 3]);
    expect(counts('roles')).toEqual([32, 1, 1]);
    expect(counts('authors')).toEqual([5, 0, 0]);
    expect(counts('citations')).toEqual([9, 0, 0]);
    expect(counts('statistics')).toEqual([41, 1, 1]);
    expect(counts('directives')).toEqual([11, 1, 1]);
    expect(result.fields.attendees.f1).toBeCloseTo(60 / 61, 6);
    const acc = (f: string) => [result.accuracy[f].correct, result.accuracy[f].total];
    expect(acc('title')).toEqual([4, 5]);
    expect(acc('eventDate')).toEqual([4, 5]);
    expect(acc('date')).toEqual([7, 8]);
    expect(acc('issuedBy')).toEqual([7, 8]);
    const doc003 = result.perDocument.find((d: any) => d.name === '003_c6b74dc265e1afee');
    expect(doc003.fields.attendees.misses).toEqual(['Trần Cẩm Tú']);
    expect(doc003.accuracy.issuedBy.mismatches).toEqual([{ item: '118-QĐ/TW', gold: 'Ban Bí thư', output: null }]);

    // The same run as a table, gated: statistics passes, attendees does not.
    const table = captureIO();
    const gated = await runEval(
      GOLD_DIR,
      [file],
      { verbose: true, min: [parseMinimum('statistics=0.9'), parseMinimum('attendees=0.99')] },
      table,
    );
    expect(gated).toBe(1);
    expect(table.stderr()).toContain('attendees F1 0.984 is below the minimum 0.99');
    expect(table.stderr()).not.toContain('statistics');
    expect(table.stdout()).toContain('- miss   Trần Cẩm Tú');
    expect(table.stdout()).toContain('+ extra  7 tỷ đồng');
    expect(table.stdout()).not.toMatch(/\u001b\[/u);
  });

  it('reports unpaired, failed and unreadable inputs without crashing (exit 1)', async () => {
    const r = await goldAsOutputs();
    const file = path.join(dir, 'mixed.ndjson');
    const lines = [
      JSON.stringify(r['000_b899f586257b0091']),
      JSON.stringify({ ...r['001_78323a0b764d6c0f'], source: 'elsewhere/unknown_doc.txt' }),
      JSON.stringify({ source: 'seeds/002_5b6e865d2478cbf5.txt', error: { code: 'BINARY', message: 'binary data' } }),
      '{ not json',
    ];
    await writeFile(file, lines.join('\n'));
    const io = captureIO();
    const code = await runEval(GOLD_DIR, [file, path.join(dir, 'missing.txt')], { json: true, min: [] }, io);
    expect(code).toBe(1);
    const result = JSON.parse(io.stdout());
    expect(result.documents).toBe(1);
    const messages = result.problems.map((p: any) => p.message).join('\n');
    expect(messages).toContain('no gold file for document unknown_doc');
    expect(messages).toContain('the analyzer failed: BINARY');
    expect(messages).toContain('invalid JSON');
    expect(messages).toContain('ENOENT');
  });

  it('refuses a missing gold directory as a usage error (exit 2)', async () => {
    const io = captureIO();
    expect(await runEval(path.join(dir, 'no-such-gold'), [], { min: [] }, io)).toBe(2);
    expect(io.stderr()).toContain('cannot read gold directory');
  });
});

describe('quality gate on the fixtures', () => {
  it('passes the gate of the issue (exit 0)', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code = -1;
    let errors = '';
    try {
      code = await main([
        'node',
        'vnreport',
        'eval',
        GOLD_DIR,
        ...['--min', 'citations=0.95', '--min', 'attendees=0.90', '--min', 'titles=0.80'],
        ...['--min', 'statistics=0.80', '--min', 'directives=0.70', '--min', 'title=1.0'],
      ]);
      errors = stderr.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(errors).toBe('');
    expect(code).toBe(0);
  });
});
