/** The shape of `vnreport summary --format json`; the other formats show the same numbers. */

export const FIELD_NAMES = ['attendees', 'authors', 'citations', 'references', 'statistics', 'directives'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface DateRange {
  /** Earliest ISO date seen, or null. */
  first: string | null;
  last: string | null;
}

export interface FieldTotals {
  /** Items of this field over all reports. */
  items: number;
  /** Reports with at least one item of it. */
  documents: number;
}

export interface CitedDocument {
  id: string;
  kind: string;
  kindName: string | null;
  system: string;
  /** Reports citing it. */
  articles: number;
  /** Distinct issue dates the reports give, sorted. */
  dates: string[];
  /** More than one issue date seen: a typo in some article, or two documents under one symbol. */
  conflictingDates: boolean;
  /** Issuing bodies named, distinct, as first written. */
  issuedBy: string[];
}

export interface TitleSeen {
  title: string;
  articles: number;
  /** Event dates of the reports that give this title. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface PersonSummary {
  name: string;
  articles: number;
  /** Event dates (eventDate) of the reports naming the person. */
  firstDate: string | null;
  lastDate: string | null;
  titles: TitleSeen[];
}

export interface UnitSummary {
  unit: string;
  /** Statistics with this unit. */
  count: number;
  /** Sum of their values (both ends of a range count). */
  sum: number;
  /** Reports with at least one. */
  documents: number;
}

export interface CorpusSummary {
  /** Results seen: reports and error records. */
  documents: number;
  reports: number;
  failures: number;
  failuresByCode: Record<string, number>;
  /** Reports that carry warnings (decoding repaired, empty text ...). */
  withWarnings: number;
  eventDates: { dated: number } & DateRange;
  fields: Record<FieldName, FieldTotals>;
  citedDocuments: { distinct: number; top: CitedDocument[] };
  people: { distinct: number; top: PersonSummary[] };
  units: { distinct: number; top: UnitSummary[] };
}
