/**
 * Corpus totals, gathered one result at a time: nothing of a document is kept
 * once it is counted, so memory grows with the number of distinct keys
 * (documents cited, people, titles, units), never with the number of articles.
 *
 * Keys are compared in the scoring fold of docs/ANNOTATION.md (case, tone
 * placement, punctuation; titles also through the common abbreviations), so
 * "Hoà"/"Hòa" or "UBND"/"Ủy ban nhân dân" count as one; each key is shown
 * as it was first written.
 */
import { foldForScoring, foldWithAbbreviations } from '../eval/fold.js';
import type { Report, Result } from '../model/report.js';
import { isErrorRecord } from '../model/report.js';
import type { CitedDocument, CorpusSummary, DateRange, FieldName, PersonSummary, UnitSummary } from './types.js';
import { FIELD_NAMES } from './types.js';

interface CitedEntry {
  id: string;
  kind: string;
  kindName: string | null;
  system: string;
  articles: number;
  dates: Set<string>;
  issuedBy: Map<string, string>;
}

interface TitleEntry {
  title: string;
  articles: number;
  range: DateRange;
}

interface PersonEntry {
  name: string;
  articles: number;
  range: DateRange;
  titles: Map<string, TitleEntry>;
}

interface UnitEntry {
  unit: string;
  count: number;
  sum: number;
  documents: number;
}

function emptyRange(): DateRange {
  return { first: null, last: null };
}

/** Widen a range by an ISO date (ISO dates compare as strings). */
function widen(range: DateRange, date: string | null): void {
  if (!date) return;
  if (range.first === null || date < range.first) range.first = date;
  if (range.last === null || date > range.last) range.last = date;
}

function itemsOf(report: Report, field: FieldName): readonly unknown[] {
  const items = (report as unknown as Record<string, unknown>)[field];
  return Array.isArray(items) ? items : [];
}

/** Sum without drifting on long runs of decimals (Kahan). */
class Sum {
  private total = 0;
  private carry = 0;
  add(value: number): void {
    const y = value - this.carry;
    const t = this.total + y;
    this.carry = t - this.total - y;
    this.total = t;
  }
  get value(): number {
    return this.total;
  }
}

export class CorpusAggregator {
  private documents = 0;
  private failures = 0;
  private readonly failuresByCode = new Map<string, number>();
  private withWarnings = 0;
  private readonly eventDates = emptyRange();
  private dated = 0;
  private readonly fields = new Map<FieldName, { items: number; documents: number }>(
    FIELD_NAMES.map((f) => [f, { items: 0, documents: 0 }]),
  );
  private readonly cited = new Map<string, CitedEntry>();
  private readonly people = new Map<string, PersonEntry>();
  private readonly units = new Map<string, UnitEntry & { exact: Sum }>();

  add(result: Result): void {
    this.documents++;
    if (isErrorRecord(result)) {
      this.failures++;
      const code = result.error?.code ?? 'UNKNOWN';
      this.failuresByCode.set(code, (this.failuresByCode.get(code) ?? 0) + 1);
      return;
    }
    if ((result.warnings ?? []).length > 0) this.withWarnings++;
    if (result.eventDate) {
      this.dated++;
      widen(this.eventDates, result.eventDate);
    }
    for (const field of FIELD_NAMES) {
      const n = itemsOf(result, field).length;
      const totals = this.fields.get(field)!;
      totals.items += n;
      if (n > 0) totals.documents++;
    }
    this.addCitations(result);
    this.addPeople(result);
    this.addStatistics(result);
  }

  private addCitations(report: Report): void {
    const seen = new Set<string>();
    for (const c of report.citations ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      let entry = this.cited.get(c.id);
      if (!entry) {
        entry = { id: c.id, kind: c.kind, kindName: null, system: c.system, articles: 0, dates: new Set(), issuedBy: new Map() };
        this.cited.set(c.id, entry);
      }
      entry.articles++;
      entry.kindName ??= c.kindName ?? null;
      if (c.date) entry.dates.add(c.date);
      if (c.issuedBy) {
        const key = foldWithAbbreviations(c.issuedBy);
        if (!entry.issuedBy.has(key)) entry.issuedBy.set(key, c.issuedBy);
      }
    }
  }

  private addPeople(report: Report): void {
    const seen = new Set<string>();
    for (const a of report.attendees ?? []) {
      const key = foldForScoring(a.name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let person = this.people.get(key);
      if (!person) {
        person = { name: a.name, articles: 0, range: emptyRange(), titles: new Map() };
        this.people.set(key, person);
      }
      person.articles++;
      widen(person.range, report.eventDate);
      const titlesHere = new Set<string>();
      for (const title of a.titles ?? []) {
        const titleKey = foldWithAbbreviations(title);
        if (!titleKey || titlesHere.has(titleKey)) continue;
        titlesHere.add(titleKey);
        let entry = person.titles.get(titleKey);
        if (!entry) {
          entry = { title, articles: 0, range: emptyRange() };
          person.titles.set(titleKey, entry);
        }
        entry.articles++;
        widen(entry.range, report.eventDate);
      }
    }
  }

  private addStatistics(report: Report): void {
    const unitsHere = new Set<string>();
    for (const s of report.statistics ?? []) {
      if (typeof s.value !== 'number' || !Number.isFinite(s.value)) continue;
      const key = foldForScoring(s.unit ?? '');
      let entry = this.units.get(key);
      if (!entry) {
        entry = { unit: s.unit ?? '', count: 0, sum: 0, documents: 0, exact: new Sum() };
        this.units.set(key, entry);
      }
      entry.count++;
      entry.exact.add(s.value);
      if (!unitsHere.has(key)) {
        unitsHere.add(key);
        entry.documents++;
      }
    }
  }

  /** The totals, with the `top` most frequent of each ranked list. */
  summarize(top: number): CorpusSummary {
    const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, { ...this.fields.get(f)! }])) as CorpusSummary['fields'];
    return {
      documents: this.documents,
      reports: this.documents - this.failures,
      failures: this.failures,
      failuresByCode: Object.fromEntries([...this.failuresByCode].sort(([a], [b]) => a.localeCompare(b))),
      withWarnings: this.withWarnings,
      eventDates: { dated: this.dated, ...this.eventDates },
      fields,
      citedDocuments: { distinct: this.cited.size, top: this.topCited(top) },
      people: { distinct: this.people.size, top: this.topPeople(top) },
      units: { distinct: this.units.size, top: this.topUnits(top) },
    };
  }

  private topCited(top: number): CitedDocument[] {
    return [...this.cited.values()]
      .sort((a, b) => b.articles - a.articles || compareText(a.id, b.id))
      .slice(0, top)
      .map((e) => {
        const dates = [...e.dates].sort();
        return {
          id: e.id,
          kind: e.kind,
          kindName: e.kindName,
          system: e.system,
          articles: e.articles,
          dates,
          conflictingDates: dates.length > 1,
          issuedBy: [...e.issuedBy.values()],
        };
      });
  }

  private topPeople(top: number): PersonSummary[] {
    return [...this.people.values()]
      .sort((a, b) => b.articles - a.articles || compareText(a.name, b.name))
      .slice(0, top)
      .map((p) => ({
        name: p.name,
        articles: p.articles,
        firstDate: p.range.first,
        lastDate: p.range.last,
        titles: [...p.titles.values()]
          .sort((a, b) => b.articles - a.articles || compareText(a.title, b.title))
          .map((t) => ({ title: t.title, articles: t.articles, firstDate: t.range.first, lastDate: t.range.last })),
      }));
  }

  private topUnits(top: number): UnitSummary[] {
    return [...this.units.values()]
      .sort((a, b) => b.count - a.count || compareText(a.unit, b.unit))
      .slice(0, top)
      .map((u) => ({ unit: u.unit, count: u.count, sum: u.exact.value, documents: u.documents }));
  }
}

const COLLATOR = new Intl.Collator('vi');

function compareText(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
