/**
 * The pipeline: prepare the text once, run every extractor on it, assemble
 * the Report. Each extractor is a pure function of the prepared document.
 */
import { extractAttendees } from './extract/attendees.js';
import { extractAuthors } from './extract/authors.js';
import { analyzeCitations } from './extract/citations.js';
import { extractDirectives } from './extract/directives.js';
import { extractEventDate } from './extract/eventDate.js';
import { extractStatistics } from './extract/statistics.js';
import { extractTitle } from './extract/title.js';
import type { Report } from './model/report.js';
import { prepareDocument, type PreparedDocument } from './text/document.js';

export function analyzeDocument(doc: PreparedDocument, warnings: string[] = []): Report {
  const title = extractTitle(doc);
  const eventDate = extractEventDate(doc);
  const attendees = extractAttendees(doc);
  const authorMentions = extractAuthors(doc);
  const { citations, references } = analyzeCitations(doc);
  return {
    source: doc.source,
    title: title.title,
    titleSpan: title.span,
    eventDate: eventDate.eventDate,
    eventDateSpan: eventDate.span,
    attendees,
    authors: authorMentions.map((a) => a.name),
    authorMentions,
    citations,
    references,
    statistics: extractStatistics(doc),
    directives: extractDirectives(doc, attendees),
    warnings,
  };
}

/** Analyze one decoded text. */
export function analyze(text: string, source = '-', warnings: string[] = []): Report {
  return analyzeDocument(prepareDocument(text, source), warnings);
}
