/**
 * Binary searches over sorted positions: the sentences of a document, the
 * semicolons or dates of a sentence. Extractors ask "which sentence holds
 * this offset?" often enough that a linear scan would show in profiles.
 */

/** Index of the first item of a sorted list that is at least `value` (the list's length if none). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span, of spans sorted and not overlapping, that contains offset `pos`, or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= pos ? lo : -1;
}
