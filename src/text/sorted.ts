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

/**
 * Asks whether an offset range is covered by any of a list of spans, which
 * may nest or overlap (photo credits, dates, subjects of citations). The
 * spans are sorted by start, and each keeps the furthest end reached by it
 * or any span before it: the spans that start by a given offset are then
 * found by bisection, and the furthest of them reaches the range or does
 * not. So each query costs a logarithm, not a pass over the list.
 * Offsets are whole numbers, as string offsets are: "at or before x" is
 * "before x + 1".
 */
export class SpanCover {
  private readonly starts: number[];
  /** `reach[i]`: the furthest end among the spans up to the i-th in start order. */
  private readonly reach: number[];

  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.reach = [];
    let furthest = -Infinity;
    for (const s of sorted) this.reach.push((furthest = Math.max(furthest, s.end)));
  }

  /** Whether one span holds all of [start, end): it starts at or before `start` and ends at or after `end`. */
  contains(start: number, end: number): boolean {
    return this.reachBefore(start + 1) >= end;
  }

  /** Whether one span overlaps [start, end): it starts before `end` and ends after `start` (touching ends do not overlap). */
  overlaps(start: number, end: number): boolean {
    return this.reachBefore(end) > start;
  }

  /** Whether one span holds offset `pos`: it starts at or before `pos` and ends after it. */
  covers(pos: number): boolean {
    return this.reachBefore(pos + 1) > pos;
  }

  /** The furthest end among the spans that start before `bound`; -Infinity if none does. */
  private reachBefore(bound: number): number {
    const opened = lowerBound(this.starts, bound);
    return opened > 0 ? this.reach[opened - 1]! : -Infinity;
  }
}
