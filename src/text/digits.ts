/**
 * The runs of ASCII digits of a text, found once for the last text asked
 * about: the citation steps (symbols, numbered short forms) all start from
 * the numbers of the same folded text, and one search serves them all.
 */

export interface DigitRuns {
  /** starts[i] and ends[i] bound the i-th run of digits, in text order. */
  starts: number[];
  ends: number[];
}

const DIGITS = /\d+/gu;

let last: { text: string; runs: DigitRuns } = { text: '', runs: { starts: [], ends: [] } };

function findDigitRuns(text: string): DigitRuns {
  const runs: DigitRuns = { starts: [], ends: [] };
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    runs.starts.push(m.index);
    runs.ends.push(m.index + m[0].length);
  }
  return runs;
}

/** The runs of digits of `text`; do not change the arrays (they are shared). */
export function digitRuns(text: string): DigitRuns {
  if (last.text !== text) last = { text, runs: findDigitRuns(text) };
  return last.runs;
}
