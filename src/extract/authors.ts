import type { Author } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

// PLACEHOLDER: being written (issue 2); returns nothing yet.
export function extractAuthors(doc: PreparedDocument): Author[] {
  void doc;
  return [];
}
