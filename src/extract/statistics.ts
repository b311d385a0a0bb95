import type { Statistic } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';

// PLACEHOLDER: being written (issue 2); returns nothing yet.
export function extractStatistics(doc: PreparedDocument): Statistic[] {
  void doc;
  return [];
}
