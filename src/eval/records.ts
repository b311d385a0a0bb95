/**
 * Gold files and output records come from JSON that nothing has checked:
 * read them leniently (a missing list is empty, a missing string null) so
 * that one odd record is scored as far as it goes instead of failing the run.
 */
import type {
  GoldAttendee,
  GoldCitation,
  GoldDirective,
  GoldDocument,
  GoldStatistic,
  OutputDirective,
  OutputDocument,
} from './types.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A number, or a number written as a JSON string ("1500"); anything else never matches. */
function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

function attendeesOf(value: unknown): GoldAttendee[] {
  return objects(value).map((a) => ({ name: text(a.name) ?? '', titles: strings(a.titles), roles: strings(a.roles) }));
}

function citationsOf(value: unknown): GoldCitation[] {
  return objects(value).map((c) => ({ id: text(c.id) ?? '', date: text(c.date), issuedBy: text(c.issuedBy) }));
}

function statisticsOf(value: unknown): GoldStatistic[] {
  return objects(value).map((s) => ({ value: numberOf(s.value), unit: text(s.unit) ?? '' }));
}

/** Authors as plain names, or as author objects with a name. */
function authorsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a) => {
    const name = isObject(a) ? text(a.name) : text(a);
    return name === null ? [] : [name];
  });
}

export class RecordError extends Error {}

function requireObject(value: unknown, what: string): Json {
  if (!isObject(value)) throw new RecordError(`${what} is not a JSON object`);
  return value;
}

export function toGoldDocument(value: unknown, fallbackSource: string): GoldDocument {
  const g = requireObject(value, 'gold annotation');
  return {
    source: text(g.source) ?? fallbackSource,
    title: text(g.title),
    eventDate: text(g.eventDate),
    attendees: attendeesOf(g.attendees),
    authors: authorsOf(g.authors),
    citations: citationsOf(g.citations),
    statistics: statisticsOf(g.statistics),
    directives: objects(g.directives).map(
      (d): GoldDirective => ({ speaker: text(d.speaker), verb: text(d.verb) ?? '', quote: text(d.quote) ?? '' }),
    ),
  };
}

/** An output record of `vnreport extract` (a Report); error records are refused by the caller. */
export function toOutputDocument(value: unknown): OutputDocument {
  const r = requireObject(value, 'output record');
  const source = text(r.source);
  if (source === null) throw new RecordError('output record has no "source"');
  return {
    source,
    title: text(r.title),
    eventDate: text(r.eventDate),
    attendees: attendeesOf(r.attendees),
    authors: authorsOf(r.authors),
    citations: citationsOf(r.citations),
    statistics: statisticsOf(r.statistics),
    directives: objects(r.directives).map(
      (d): OutputDirective => ({ speaker: text(d.speaker), verb: text(d.verb) ?? '', text: text(d.text) ?? '' }),
    ),
  };
}

/** An error record ({source, error: {code, message}}) as one line of text, or null if not one. */
export function errorRecordMessage(value: unknown): string | null {
  if (!isObject(value) || !isObject(value.error)) return null;
  const code = text(value.error.code) ?? 'ERROR';
  const message = text(value.error.message) ?? 'unknown error';
  return `${code}: ${message}`;
}
