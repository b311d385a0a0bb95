import type { Attendee } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

// PLACEHOLDER: being written (issue 2); returns nothing yet.
export function extractAttendees(doc: PreparedDocument): Attendee[] {
  void doc;
  return [];
}
