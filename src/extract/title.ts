/**
 * The headline: the first line of article text near the top of the page.
 * Date stamps, menus and language switches are already classified away from
 * text lines by the furniture rules.
 */
import type { Span } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

export interface TitleResult {
  title: string | null;
  /** In the input's coordinates, for the report. */
  span: Span | null;
  /** The same in doc.text's coordinates, for other extractors (the headline is not the body). */
  textRange: { start: number; end: number } | null;
}

/** How many non-blank lines from the top a headline may stand after. */
const HEADLINE_WINDOW = 6;

export function extractTitle(doc: PreparedDocument): TitleResult {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue;
    if (++seen > HEADLINE_WINDOW) break;
    if (line.kind !== 'text') continue;
    const text = line.text.trim();
    if (text.split(/\s+/u).length < 2) continue;
    const lead = line.text.indexOf(text);
    const start = line.start + lead;
    const end = start + text.length;
    return { title: text, span: doc.span(start, end), textRange: { start, end } };
  }
  return { title: null, span: null, textRange: null };
}
