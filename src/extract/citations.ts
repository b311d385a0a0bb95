import type { Citation } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

// PLACEHOLDER: being written (issue 2); returns nothing yet.
export function extractCitations(doc: PreparedDocument): Citation[] {
  void doc;
  return [];
}
