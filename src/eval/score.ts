/**
 * Pure scoring of one analyzer output against one gold annotation, by the
 * rules of docs/ANNOTATION.md ("How output is scored against gold"), and the
 * micro-average over documents (TP/FP/FN summed, then P/R/F1).
 */
import { foldForScoring, foldWithAbbreviations, syllableOverlapF1, syllablesOf } from './fold.js';
import { matchOneToOne, type Matching } from './match.js';
import {
  ACCURACY_FIELDS,
  F1_FIELDS,
  type AccuracyField,
  type AccuracyMetric,
  type AccuracyScore,
  type Counts,
  type DocumentScore,
  type F1Field,
  type FieldScore,
  type GoldAttendee,
  type GoldCitation,
  type GoldDirective,
  type GoldDocument,
  type GoldStatistic,
  type Metrics,
  type OutputDirective,
  type OutputDocument,
  type Summary,
} from './types.js';

/** Two titles of one person are the same position at this syllable-overlap F1 or above. */
export const TITLE_OVERLAP_THRESHOLD = 0.8;

/** Longest output text quoted in a miss/extra line. */
const DESCRIPTION_LIMIT = 160;

function emptyField(): FieldScore {
  return { tp: 0, fp: 0, fn: 0, misses: [], extras: [] };
}

/** Adds a matching's counts, describing unmatched items, to a field score. */
function addMatching<G, O>(
  score: FieldScore,
  matching: Matching,
  gold: readonly G[],
  output: readonly O[],
  describeGold: (g: G) => string,
  describeOutput: (o: O) => string,
): void {
  score.tp += matching.pairs.length;
  score.fn += matching.unmatchedGold.length;
  score.fp += matching.unmatchedOutput.length;
  for (const g of matching.unmatchedGold) score.misses.push(describeGold(gold[g]));
  for (const o of matching.unmatchedOutput) score.extras.push(describeOutput(output[o]));
}

function scoreList<G, O>(
  gold: readonly G[],
  output: readonly O[],
  matches: (g: G, o: O) => boolean,
  describeGold: (g: G) => string,
  describeOutput: (o: O) => string,
): { score: FieldScore; matching: Matching } {
  const score = emptyField();
  const matching = matchOneToOne(gold, output, matches);
  addMatching(score, matching, gold, output, describeGold, describeOutput);
  return { score, matching };
}

function truncate(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

// ---------------------------------------------------------------- titles

/** Titles of one person match when folded equal or overlapping by syllables ≥ 0.8. */
export function titlesMatch(gold: string, output: string): boolean {
  const g = foldWithAbbreviations(gold);
  const o = foldWithAbbreviations(output);
  return g === o || syllableOverlapF1(g, o) >= TITLE_OVERLAP_THRESHOLD;
}

function distinctRoles(roles: readonly string[]): string[] {
  return [...new Set(roles.map((r) => r.trim().toLowerCase()))];
}

interface PersonScores {
  attendees: FieldScore;
  titles: FieldScore;
  roles: FieldScore;
}

function addUnmatchedPerson(scores: PersonScores, person: GoldAttendee, side: 'miss' | 'extra'): void {
  const roles = distinctRoles(person.roles);
  const titles = side === 'miss' ? scores.titles.misses : scores.titles.extras;
  const roleList = side === 'miss' ? scores.roles.misses : scores.roles.extras;
  for (const t of person.titles) titles.push(`${person.name}: ${t}`);
  for (const r of roles) roleList.push(`${person.name}: ${r}`);
  if (side === 'miss') {
    scores.titles.fn += person.titles.length;
    scores.roles.fn += roles.length;
  } else {
    scores.titles.fp += person.titles.length;
    scores.roles.fp += roles.length;
  }
}

function addMatchedPerson(scores: PersonScores, gold: GoldAttendee, output: GoldAttendee): void {
  const titleMatching = matchOneToOne(gold.titles, output.titles, titlesMatch);
  addMatching(
    scores.titles,
    titleMatching,
    gold.titles,
    output.titles,
    (t) => `${gold.name}: ${t}`,
    (t) => `${output.name}: ${t}`,
  );
  const goldRoles = distinctRoles(gold.roles);
  const outputRoles = distinctRoles(output.roles);
  const roleMatching = matchOneToOne(goldRoles, outputRoles, (g, o) => g === o);
  addMatching(
    scores.roles,
    roleMatching,
    goldRoles,
    outputRoles,
    (r) => `${gold.name}: ${r}`,
    (r) => `${output.name}: ${r}`,
  );
}

/** Attendees by folded name; titles and roles within matched attendees, the rest missed or extra. */
export function scoreAttendees(gold: readonly GoldAttendee[], output: readonly GoldAttendee[]): PersonScores {
  const sameName = (g: GoldAttendee, o: GoldAttendee) => foldForScoring(g.name) === foldForScoring(o.name);
  const { score: attendees, matching } = scoreList(gold, output, sameName, (g) => g.name, (o) => o.name);
  const scores: PersonScores = { attendees, titles: emptyField(), roles: emptyField() };
  for (const pair of matching.pairs) addMatchedPerson(scores, gold[pair.gold], output[pair.output]);
  for (const g of matching.unmatchedGold) addUnmatchedPerson(scores, gold[g], 'miss');
  for (const o of matching.unmatchedOutput) addUnmatchedPerson(scores, output[o], 'extra');
  return scores;
}

// ---------------------------------------------------------------- authors

export function scoreAuthors(gold: readonly string[], output: readonly string[]): FieldScore {
  const same = (g: string, o: string) => foldForScoring(g) === foldForScoring(o);
  return scoreList(gold, output, same, (g) => g, (o) => o).score;
}

// ---------------------------------------------------------------- citations

/** A document symbol for comparison: no spaces, upper case, "TƯ" written "TW". */
export function normalizeCitationId(id: string): string {
  return id.normalize('NFC').replace(/\s+/gu, '').toUpperCase().replace(/TƯ/gu, 'TW');
}

function sameNullable(gold: string | null, output: string | null, canonical: (s: string) => string): boolean {
  const g = gold === null ? null : canonical(gold);
  const o = output === null ? null : canonical(output);
  return (g === '' ? null : g) === (o === '' ? null : o);
}

export interface CitationScores {
  citations: FieldScore;
  date: AccuracyScore;
  issuedBy: AccuracyScore;
}

/** Citations by id; then date and issuing body over matched gold citations that give one. */
export function scoreCitations(gold: readonly GoldCitation[], output: readonly GoldCitation[]): CitationScores {
  const sameId = (g: GoldCitation, o: GoldCitation) => normalizeCitationId(g.id) === normalizeCitationId(o.id);
  const { score, matching } = scoreList(gold, output, sameId, (g) => g.id, (o) => o.id);
  const date: AccuracyScore = { correct: 0, total: 0, mismatches: [] };
  const issuedBy: AccuracyScore = { correct: 0, total: 0, mismatches: [] };
  for (const pair of matching.pairs) {
    const g = gold[pair.gold];
    const o = output[pair.output];
    if (g.date !== null) {
      addAccuracy(date, sameNullable(g.date, o.date, foldForScoring), { item: g.id, gold: g.date, output: o.date });
    }
    if (g.issuedBy !== null) {
      const same = sameNullable(g.issuedBy, o.issuedBy, foldWithAbbreviations);
      addAccuracy(issuedBy, same, { item: g.id, gold: g.issuedBy, output: o.issuedBy });
    }
  }
  return { citations: score, date, issuedBy };
}

function addAccuracy(score: AccuracyScore, correct: boolean, mismatch: AccuracyScore['mismatches'][number]): void {
  score.total++;
  if (correct) score.correct++;
  else score.mismatches.push(mismatch);
}

// ---------------------------------------------------------------- statistics

function sameValue(a: number, b: number): boolean {
  // Magnitude words multiply in floating point ("1,5 tỷ"): allow rounding noise only.
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function firstUnitSyllable(unit: string): string {
  return syllablesOf(foldForScoring(unit))[0] ?? '';
}

/** Same value and the same first syllable of the unit; one-to-one, so every occurrence counts. */
export function statisticsMatch(gold: GoldStatistic, output: GoldStatistic): boolean {
  return sameValue(gold.value, output.value) && firstUnitSyllable(gold.unit) === firstUnitSyllable(output.unit);
}

export function scoreStatistics(gold: readonly GoldStatistic[], output: readonly GoldStatistic[]): FieldScore {
  const describe = (s: GoldStatistic) => `${s.value} ${s.unit}`;
  return scoreList(gold, output, statisticsMatch, describe, describe).score;
}

// ---------------------------------------------------------------- directives

/** The same speaker (both null counts) and the output text contains the gold quote. */
export function directivesMatch(gold: GoldDirective, output: OutputDirective): boolean {
  const speakers = sameNullable(gold.speaker, output.speaker, foldForScoring);
  return speakers && foldForScoring(output.text).includes(foldForScoring(gold.quote));
}

function speakerLabel(speaker: string | null): string {
  return speaker ?? '(no speaker)';
}

export function scoreDirectives(gold: readonly GoldDirective[], output: readonly OutputDirective[]): FieldScore {
  return scoreList(
    gold,
    output,
    directivesMatch,
    (g) => `${speakerLabel(g.speaker)} ${g.verb}: “${g.quote}”`,
    (o) => `${speakerLabel(o.speaker)} ${o.verb}: “${truncate(o.text)}”`,
  ).score;
}

// ---------------------------------------------------------------- headline, event date

function scoreEquality(item: string, gold: string | null, output: string | null): AccuracyScore {
  const score: AccuracyScore = { correct: 0, total: 0, mismatches: [] };
  addAccuracy(score, sameNullable(gold, output, foldForScoring), { item, gold, output });
  return score;
}

// ---------------------------------------------------------------- documents

export function scoreDocument(name: string, gold: GoldDocument, output: OutputDocument): DocumentScore {
  const people = scoreAttendees(gold.attendees, output.attendees);
  const citations = scoreCitations(gold.citations, output.citations);
  return {
    name,
    fields: {
      attendees: people.attendees,
      titles: people.titles,
      roles: people.roles,
      authors: scoreAuthors(gold.authors, output.authors),
      citations: citations.citations,
      statistics: scoreStatistics(gold.statistics, output.statistics),
      directives: scoreDirectives(gold.directives, output.directives),
    },
    accuracy: {
      title: scoreEquality('headline', gold.title, output.title),
      eventDate: scoreEquality('event date', gold.eventDate, output.eventDate),
      date: citations.date,
      issuedBy: citations.issuedBy,
    },
  };
}

/**
 * P/R/F1 of summed counts. F1 is 2·TP / (2·TP + FP + FN), which is exact in
 * floating point for thresholds; a field with nothing in gold or output
 * scores 1 throughout, and a zero denominator otherwise gives 0.
 */
export function metricsOf(counts: Counts): Metrics {
  const { tp, fp, fn } = counts;
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
    f1: (2 * tp) / (2 * tp + fp + fn),
  };
}

function sumCounts(documents: readonly DocumentScore[], field: F1Field): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const d of documents) {
    counts.tp += d.fields[field].tp;
    counts.fp += d.fields[field].fp;
    counts.fn += d.fields[field].fn;
  }
  return counts;
}

function sumAccuracy(documents: readonly DocumentScore[], field: AccuracyField): AccuracyMetric {
  let correct = 0;
  let total = 0;
  for (const d of documents) {
    correct += d.accuracy[field].correct;
    total += d.accuracy[field].total;
  }
  return { correct, total, accuracy: total > 0 ? correct / total : null };
}

/** Micro-average: counts summed over all documents, per field. */
export function summarize(documents: readonly DocumentScore[]): Summary {
  const fields = Object.fromEntries(F1_FIELDS.map((f) => [f, metricsOf(sumCounts(documents, f))]));
  const accuracy = Object.fromEntries(ACCURACY_FIELDS.map((f) => [f, sumAccuracy(documents, f)]));
  return {
    documents: documents.length,
    fields: fields as Record<F1Field, Metrics>,
    accuracy: accuracy as Record<AccuracyField, AccuracyMetric>,
  };
}
