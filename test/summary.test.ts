import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attendee, Citation, Report, Statistic } from '../src/model/report.js';
import { CorpusAggregator } from '../src/summary/aggregate.js';
import type { CorpusSummary } from '../src/summary/types.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'vnreport.js');

function vnreport(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const span = { start: 0, end: 1 };

function report(source: string, eventDate: string | null, parts: Partial<Report>): Report {
  return {
    source,
    title: null,
    titleSpan: null,
    eventDate,
    eventDateSpan: null,
    attendees: [],
    authors: [],
    authorMentions: [],
    citations: [],
    references: [],
    statistics: [],
    directives: [],
    warnings: [],
    ...parts,
  };
}

function person(name: string, titles: string[]): Attendee {
  return { name, titles, roles: ['attended'], titleForms: [], mentions: [], ...span };
}

function citation(id: string, date: string | null, issuedBy: string | null = null): Citation {
  const [number, rest] = id.split('-');
  return {
    id, date, issuedBy, system: 'party', number, kind: rest.split('/')[0], kindName: 'Nghị quyết', issuer: 'TW',
    issuerName: null, year: null, term: null, subject: null, mentions: [], ...span,
  };
}

function statistic(value: number, unit: string): Statistic {
  return { value, unit, text: `${value} ${unit}`, qualifier: null, ...span };
}

/** Four results whose totals are easy to count by hand. */
function handCountedCorpus(): CorpusSummary {
  const aggregator = new CorpusAggregator();
  aggregator.add(
    report('a.txt', '2023-01-10', {
      attendees: [person('Nguyễn Văn An', ['Bí thư Tỉnh ủy']), person('Trần Thị Bình', ['Phó Chủ tịch UBND tỉnh'])],
      citations: [citation('25-NQ/TW', '2013-06-03', 'Ban Chấp hành Trung ương')],
      statistics: [statistic(10, 'hộ'), statistic(5, 'hộ'), statistic(36.3, '%')],
      authors: ['Lan Anh'],
    }),
  );
  aggregator.add(
    report('b.txt', '2023-05-20', {
      attendees: [
        person('Nguyễn Văn An', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']),
        person('Trần Thị Bình', ['Phó Chủ tịch Ủy ban nhân dân tỉnh']),
      ],
      // The same document with another issue date: a conflict to flag.
      citations: [citation('25-NQ/TW', '2013-06-30'), citation('35-NQ/TW', null)],
      statistics: [statistic(2, 'Hộ')],
      warnings: ['replacement characters'],
    }),
  );
  aggregator.add(
    report('c.txt', null, {
      // Old-style tone placement and case: still the same person.
      attendees: [person('nguyễn văn an', ['Bí thư Tỉnh uỷ'])],
    }),
  );
  aggregator.add({ source: 'd.txt', error: { code: 'BINARY', message: 'binary data' } });
  return aggregator.summarize(10);
}

describe('CorpusAggregator on a hand-counted corpus', () => {
  const s = handCountedCorpus();

  it('counts documents, failures, warnings and dated reports', () => {
    expect(s.documents).toBe(4);
    expect(s.reports).toBe(3);
    expect(s.failures).toBe(1);
    expect(s.failuresByCode).toEqual({ BINARY: 1 });
    expect(s.withWarnings).toBe(1);
    expect(s.eventDates).toEqual({ dated: 2, first: '2023-01-10', last: '2023-05-20' });
  });

  it('totals each field in items and in reports with any', () => {
    expect(s.fields.attendees).toEqual({ items: 5, documents: 3 });
    expect(s.fields.citations).toEqual({ items: 3, documents: 2 });
    expect(s.fields.statistics).toEqual({ items: 4, documents: 2 });
    expect(s.fields.authors).toEqual({ items: 1, documents: 1 });
    expect(s.fields.directives).toEqual({ items: 0, documents: 0 });
  });

  it('ranks cited documents and flags conflicting dates', () => {
    expect(s.citedDocuments.distinct).toBe(2);
    expect(s.citedDocuments.top[0]).toMatchObject({
      id: '25-NQ/TW',
      articles: 2,
      dates: ['2013-06-03', '2013-06-30'],
      conflictingDates: true,
      issuedBy: ['Ban Chấp hành Trung ương'],
    });
    expect(s.citedDocuments.top[1]).toMatchObject({ id: '35-NQ/TW', articles: 1, dates: [], conflictingDates: false });
  });

  it('merges a person across case and tone placement, with titles and event dates', () => {
    expect(s.people.distinct).toBe(2);
    const [an, binh] = s.people.top;
    expect(an).toMatchObject({ name: 'Nguyễn Văn An', articles: 3, firstDate: '2023-01-10', lastDate: '2023-05-20' });
    expect(an.titles).toEqual([
      { title: 'Bí thư Tỉnh ủy', articles: 3, firstDate: '2023-01-10', lastDate: '2023-05-20' },
      { title: 'Chủ tịch HĐND tỉnh', articles: 1, firstDate: '2023-05-20', lastDate: '2023-05-20' },
    ]);
    // "UBND" and "Ủy ban nhân dân" are one title.
    expect(binh.titles).toEqual([
      { title: 'Phó Chủ tịch UBND tỉnh', articles: 2, firstDate: '2023-01-10', lastDate: '2023-05-20' },
    ]);
  });

  it('counts and sums statistics by unit', () => {
    expect(s.units.top).toEqual([
      { unit: 'hộ', count: 3, sum: 17, documents: 2 },
      { unit: '%', count: 1, sum: 36.3, documents: 1 },
    ]);
  });

  it('keeps only the top N of each ranked list, but counts every distinct key', () => {
    const aggregator = new CorpusAggregator();
    for (let i = 0; i < 30; i++) aggregator.add(report(`${i}.txt`, null, { statistics: [statistic(i, `đơn vị ${i}`)] }));
    const top = aggregator.summarize(5);
    expect(top.units.distinct).toBe(30);
    expect(top.units.top).toHaveLength(5);
  });
});

describe('vnreport summary on the fixtures', () => {
  const json = vnreport(['summary', '-f', 'json', '-j', '1', 'fixtures/seeds']);
  const summary = JSON.parse(json.stdout) as CorpusSummary;
  const ndjson = vnreport(['extract', '-f', 'ndjson', '-j', '1', 'fixtures/seeds']).stdout;
  const reports = ndjson.trimEnd().split('\n').map((l) => JSON.parse(l) as Report);

  it('counts the five articles and no failure', () => {
    expect(json.code).toBe(0);
    expect(summary.documents).toBe(5);
    expect(summary.reports).toBe(5);
    expect(summary.failures).toBe(0);
  });

  it('finds Resolution 25-NQ/TW in three articles (000, 003, 004), one issue date', () => {
    expect(summary.citedDocuments.top[0]).toMatchObject({
      id: '25-NQ/TW',
      articles: 3,
      dates: ['2013-06-03'],
      conflictingDates: false,
    });
  });

  it('adds up to what extract reports, field by field', () => {
    for (const field of ['attendees', 'citations', 'statistics', 'directives'] as const) {
      expect(summary.fields[field].items).toBe(reports.reduce((n, r) => n + r[field].length, 0));
      expect(summary.fields[field].documents).toBe(reports.filter((r) => r[field].length > 0).length);
    }
    const units = new Set(reports.flatMap((r) => r.statistics.map((s) => s.unit.toLowerCase())));
    expect(summary.units.distinct).toBeLessThanOrEqual(units.size);
  });

  it('gives the same JSON from extract NDJSON (--from-ndjson, a .ndjson input, or stdin)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-summary-'));
    const file = path.join(dir, 'results.ndjson');
    writeFileSync(file, ndjson);
    expect(JSON.parse(vnreport(['summary', '-f', 'json', '--from-ndjson', file]).stdout)).toEqual(summary);
    expect(JSON.parse(vnreport(['summary', '-f', 'json', file]).stdout)).toEqual(summary);
    expect(JSON.parse(vnreport(['summary', '-f', 'json', '--from-ndjson', '-'], ndjson).stdout)).toEqual(summary);
  });

  it('counts a line that is not a result as a failure (exit 1)', () => {
    const run = vnreport(['summary', '-f', 'json', '--from-ndjson', '-'], `${ndjson}not json\n\n`);
    expect(run.code).toBe(1);
    const s = JSON.parse(run.stdout) as CorpusSummary;
    expect(s.documents).toBe(6);
    expect(s.failures).toBe(1);
    expect(run.stderr).toContain('standard input:6');
  });

  it('renders Markdown, CSV and plain tables from the same numbers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnreport-summary-'));
    const file = path.join(dir, 'results.ndjson');
    writeFileSync(file, ndjson);
    const md = vnreport(['summary', '-f', 'md', '--top', '3', file]).stdout;
    expect(md).toContain('### Most cited documents');
    expect(md).toMatch(/^\| 25-NQ\/TW \| Nghị quyết \| 3 \| 2013-06-03 \|/mu);
    const csv = vnreport(['summary', '-f', 'csv', '-t', 'documents', file]).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,kind,articles,dates seen,conflicting dates,issued by');
    expect(csv.split('\r\n')[1]).toMatch(/^25-NQ\/TW,Nghị quyết,3,2013-06-03,false,/u);
    const table = vnreport(['summary', file]).stdout;
    expect(table).toContain('Most frequent people');
    expect(table).toContain('Statistics by unit');
    // stdout is not a terminal here: no color codes.
    expect(table).not.toContain('\u001b[');
  });

  it('exits 2 without input or with --table and json', () => {
    expect(vnreport(['summary']).code).toBe(2);
    expect(vnreport(['summary', '-f', 'json', '-t', 'people', 'fixtures/seeds']).code).toBe(2);
  });
});
