/**
 * The headline: the first line of article text near the top of the page.
 * Date stamps, menus and language switches are already classified away from
 * text lines by the furniture rules.
 */
import type { Span } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

export interface TitleResult {
  title: string | null;
  span: Span | null;
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
    return { title: text, span: doc.span(line.start + lead, line.start + lead + text.length) };
  }
  return { title: null, span: null };
}
