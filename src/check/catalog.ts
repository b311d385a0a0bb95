/**
 * The catalog of documents whose facts `check` compares the text with: the
 * built-in entries (src/lexicon/catalog.ts) and any `--catalog FILE`, a JSON
 * array (or `{ "documents": [...] }`) or a CSV file with the columns id,
 * date, issuedBy and title. Later entries win over earlier ones.
 */
import { readFile } from 'node:fs/promises';
import { BUILTIN_CATALOG, type CatalogEntry } from '../lexicon/catalog.js';
import { isValidDate, toIsoDate } from '../extract/dates.js';

/** A catalog file that cannot be used: a usage error. */
export class CatalogError extends Error {}

/** The comparison key of a symbol: no spaces, upper case, "TƯ" as "TW". */
export function catalogKey(id: string): string {
  return id.replace(/\s+/gu, '').toUpperCase().replace(/TƯ/gu, 'TW');
}

/**
 * Party document numbers restart with every term ("25-NQ/TW" is a 2003, a
 * 2008 and a 2013 resolution), so a catalog entry speaks for a citation only
 * when its date is near the date the text gives: within this many years.
 */
const SAME_DOCUMENT_YEARS = 2;

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export class Catalog {
  private readonly entries = new Map<string, CatalogEntry[]>();

  constructor(entries: readonly CatalogEntry[] = []) {
    this.add(entries);
  }

  /** Later entries for the same symbol and date replace earlier ones. */
  add(entries: readonly CatalogEntry[]): void {
    for (const entry of entries) {
      const key = catalogKey(entry.id);
      const same = (this.entries.get(key) ?? []).filter((e) => e.date !== entry.date);
      this.entries.set(key, [...same, entry]);
    }
  }

  /**
   * The record a citation refers to: the entry with the text's date, else the
   * nearest one within SAME_DOCUMENT_YEARS of it; without a date, the only
   * entry of that symbol. Undefined where the text may cite another document
   * that shares the number.
   */
  get(id: string, date?: string | null): CatalogEntry | undefined {
    const candidates = this.entries.get(catalogKey(id)) ?? [];
    if (!date) return candidates.length === 1 ? candidates[0] : undefined;
    const exact = candidates.find((e) => e.date === date);
    if (exact) return exact;
    let nearest: CatalogEntry | undefined;
    for (const entry of candidates) {
      const distance = Math.abs(yearOf(entry.date) - yearOf(date));
      if (distance <= SAME_DOCUMENT_YEARS && (!nearest || distance < Math.abs(yearOf(nearest.date) - yearOf(date)))) {
        nearest = entry;
      }
    }
    return nearest;
  }

  get size(): number {
    let count = 0;
    for (const list of this.entries.values()) count += list.length;
    return count;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;

/** An ISO date from "2013-06-03" or "03/6/2013"; throws on anything else. */
function normalizeDate(value: string, where: string): string {
  const iso = ISO_DATE.exec(value);
  const dmy = DMY_DATE.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [NaN, NaN, NaN];
  if (!isValidDate(day, month, year)) throw new CatalogError(`${where}: "${value}" is no date (YYYY-MM-DD or DD/MM/YYYY)`);
  return toIsoDate(year, month, day);
}

function toEntry(record: Record<string, unknown>, where: string): CatalogEntry {
  const field = (name: string): string => {
    const value = record[name];
    if (typeof value !== 'string' || value.trim() === '') throw new CatalogError(`${where}: missing "${name}"`);
    return value.trim();
  };
  const optional = (name: string): string | undefined => {
    const value = record[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  return {
    id: field('id'),
    date: normalizeDate(field('date'), where),
    issuedBy: field('issuedBy'),
    title: optional('title') ?? '',
    term: optional('term'),
    source: optional('source'),
  };
}

/** The fields of one CSV line; quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function parseCsv(text: string, file: string): CatalogEntry[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const header = csvFields(lines[0] ?? '').map((h) => h.trim());
  for (const required of ['id', 'date', 'issuedBy']) {
    if (!header.includes(required)) throw new CatalogError(`${file}: the CSV header has no "${required}" column`);
  }
  const entries: CatalogEntry[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const values = csvFields(line);
    const record = Object.fromEntries(header.map((h, k) => [h, values[k] ?? '']));
    entries.push(toEntry(record, `${file}:${i + 2}`));
  });
  return entries;
}

function parseJson(text: string, file: string): CatalogEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CatalogError(`${file}: invalid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(json) ? json : (json as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) throw new CatalogError(`${file}: expected an array of documents or { "documents": [...] }`);
  return list.map((record, i) => {
    if (typeof record !== 'object' || record === null) throw new CatalogError(`${file}[${i}]: not an object`);
    return toEntry(record as Record<string, unknown>, `${file}[${i}]`);
  });
}

export async function loadCatalogFile(file: string): Promise<CatalogEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new CatalogError(`cannot read catalog ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return /\.csv$/iu.test(file) || (!/\.json$/iu.test(file) && !/^\s*[[{]/u.test(text)) ? parseCsv(text, file) : parseJson(text, file);
}

/** The built-in catalog plus the given files, in order. */
export async function buildCatalog(files: readonly string[], builtin = true): Promise<Catalog> {
  const catalog = new Catalog(builtin ? BUILTIN_CATALOG : []);
  for (const file of files) catalog.add(await loadCatalogFile(file));
  return catalog;
}
