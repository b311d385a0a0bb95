import type { Attendee, Directive } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

// PLACEHOLDER: being written (issue 2); returns nothing yet.
export function extractDirectives(doc: PreparedDocument, attendees: Attendee[]): Directive[] {
  void doc;
  void attendees;
  return [];
}
