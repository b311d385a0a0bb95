/**
 * The one typed model of vnreport's output. Field names and meanings follow
 * docs/ANNOTATION.md (the gold-file contract); everything beyond that contract
 * (spans, mentions, normalized forms) is additive.
 *
 * Every span is a pair of UTF-16 offsets [start, end) into the decoded input
 * text (after BOM removal, before any normalization), so that
 * `decoded.slice(start, end)` is the item as written.
 *
 * schema/report.schema.json is checked against this file by a test; keep the
 * two in step.
 */

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an item in the text. */
export interface Mention extends Span {
  /** The text as written at this span. */
  text: string;
}

export type Role = 'chair' | 'directed' | 'reported' | 'spoke' | 'attended';
export const ROLES: readonly Role[] = ['chair', 'directed', 'reported', 'spoke', 'attended'];

export interface TitleForm extends Span {
  /** The title as written. */
  text: string;
  /** Abbreviations expanded, tone placement and case unified. */
  normalized: string;
  /** "nguyên Bộ trưởng": a position the person no longer holds. */
  former?: boolean;
}

export interface Attendee extends Span {
  name: string;
  /** Distinct positions, in the order first seen, as written. */
  titles: string[];
  roles: Role[];
  titleForms: TitleForm[];
  /** Every mention: full name, honorific or title-only references. */
  mentions: Mention[];
}

export interface Author extends Span {
  name: string;
}

export type DocumentSystem = 'party' | 'state';

export interface CitationMention extends Mention {
  /** A short form ("Nghị quyết 25", "Nghị quyết này") resolved to this document. */
  short?: boolean;
}

export interface Citation extends Span {
  /** Canonical symbol: 25-NQ/TW, 15/2020/NĐ-CP, 1234/QĐ-TTg. */
  id: string;
  /** Issue date as ISO YYYY-MM-DD, from any mention; null if the text gives none. */
  date: string | null;
  /** Issuing body as written without "của"; null if the text names none. */
  issuedBy: string | null;
  system: DocumentSystem;
  number: string;
  kind: string;
  kindName: string | null;
  issuer: string;
  issuerName: string | null;
  year: number | null;
  /** Party term given with the body, e.g. "XI" in "(khóa XI)". */
  term: string | null;
  subject: string | null;
  mentions: CitationMention[];
}

export interface Statistic extends Span {
  value: number;
  unit: string;
  /** The number and unit as written. */
  text: string;
  /** khoảng, gần, hơn, trên, dưới, ít nhất, tối đa ... */
  qualifier: string | null;
  /** For a ratio "14/14 xã": the denominator. */
  of?: number;
  /** For one end of a range ("từ 5-10%"): both ends, shared by the two items. */
  range?: { low: number; high: number };
  /** A change rather than a level: "tăng 10 bậc", "giảm 5%". */
  change?: 'increase' | 'decrease';
  /** What the figure is about, when the sentence makes it clear. */
  subject?: string | null;
}

export interface Directive extends Span {
  /** Full name of the speaker; null where the conference or a body speaks. */
  speaker: string | null;
  /** The directive verb as written, lower case. */
  verb: string;
  /** From after the verb to the end of its sentence. */
  text: string;
  addressee: string | null;
  /** The sentence the directive stands in. */
  sentence: Span;
  /** A colon-introduced list of tasks after the verb ("thực hiện tốt một số nhiệm vụ: ..."). */
  items?: Mention[];
}

/**
 * A numbered document named without its symbol ("Quyết định số 994 của Thủ
 * tướng", "Chỉ thị 05 của Bộ Chính trị") that no citation in the text covers.
 */
export interface DocumentReference extends Span {
  /** Kind word as written: "Quyết định", "Chỉ thị". */
  kindWord: string;
  number: string;
  issuedBy: string | null;
  date: string | null;
  mentions: Mention[];
}

export interface Report {
  source: string;
  title: string | null;
  titleSpan: Span | null;
  eventDate: string | null;
  eventDateSpan: Span | null;
  attendees: Attendee[];
  authors: string[];
  authorMentions: Author[];
  citations: Citation[];
  /** Numbered documents named without a symbol; not citations (ANNOTATION.md). */
  references: DocumentReference[];
  statistics: Statistic[];
  directives: Directive[];
  /** Non-fatal problems with the input (replacement characters, empty text ...). */
  warnings: string[];
}

export type ErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'EISDIR'
  | 'BINARY'
  | 'DECODE'
  | 'TOO_LARGE'
  | 'NOT_A_FILE'
  /** A line of --input-format ndjson that is not a {"id", "text"} record. */
  | 'BAD_LINE'
  | 'READ_ERROR'
  | 'INTERNAL';

export interface ErrorRecord {
  source: string;
  error: { code: ErrorCode; message: string };
}

export type Result = Report | ErrorRecord;

export function isErrorRecord(result: Result): result is ErrorRecord {
  return 'error' in result;
}
