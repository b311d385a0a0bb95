/**
 * What the scorer compares: a gold annotation (docs/ANNOTATION.md) and the
 * part of an analyzer report the scoring rules look at. A full `Report` is an
 * `OutputDocument`; so is a record read back from `vnreport extract` JSON.
 */

export interface GoldAttendee {
  name: string;
  titles: string[];
  roles: string[];
}

export interface GoldCitation {
  id: string;
  date: string | null;
  issuedBy: string | null;
}

export interface GoldStatistic {
  value: number;
  unit: string;
}

export interface GoldDirective {
  speaker: string | null;
  verb: string;
  quote: string;
}

export interface GoldDocument {
  source: string;
  title: string | null;
  eventDate: string | null;
  attendees: GoldAttendee[];
  authors: string[];
  citations: GoldCitation[];
  statistics: GoldStatistic[];
  directives: GoldDirective[];
}

export interface OutputDirective {
  speaker: string | null;
  verb: string;
  /** The directive content; must contain the gold quote. */
  text: string;
}

export interface OutputDocument {
  source: string;
  title: string | null;
  eventDate: string | null;
  attendees: readonly GoldAttendee[];
  authors: readonly string[];
  citations: readonly GoldCitation[];
  statistics: readonly GoldStatistic[];
  directives: readonly OutputDirective[];
}

/** Fields scored by precision, recall and F1. */
export const F1_FIELDS = ['attendees', 'titles', 'roles', 'authors', 'citations', 'statistics', 'directives'] as const;
export type F1Field = (typeof F1_FIELDS)[number];

/** Fields scored by accuracy: the headline, the event date, and citation date / issuing body. */
export const ACCURACY_FIELDS = ['title', 'eventDate', 'date', 'issuedBy'] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One field of one document: counts, and the gold items missed and output items extra. */
export interface FieldScore extends Counts {
  misses: string[];
  extras: string[];
}

export interface Mismatch {
  /** What was compared: "headline", a citation id ... */
  item: string;
  gold: string | null;
  output: string | null;
}

export interface AccuracyScore {
  correct: number;
  total: number;
  mismatches: Mismatch[];
}

export interface DocumentScore {
  /** The pairing key: base name of `source` without extension. */
  name: string;
  fields: Record<F1Field, FieldScore>;
  accuracy: Record<AccuracyField, AccuracyScore>;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface AccuracyMetric {
  correct: number;
  total: number;
  /** null when there was nothing to score. */
  accuracy: number | null;
}

export interface Summary {
  documents: number;
  fields: Record<F1Field, Metrics>;
  accuracy: Record<AccuracyField, AccuracyMetric>;
}
