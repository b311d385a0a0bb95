/**
 * NFC and line-ending normalization that remembers where every character came
 * from, so that spans found in the normalized text can be reported against the
 * decoded input.
 */

export interface NormalizedText {
  text: string;
  /**
   * offsets[i] is the offset in the input of normalized character i;
   * offsets[text.length] is the input's length. Null when the text was
   * already normal (the identity map), which is the common case.
   */
  offsets: Int32Array | null;
}

/** A base character with its combining marks, or a CRLF / lone CR. */
const CLUSTER = /\r\n?|\P{M}\p{M}*|\p{M}+/gsu;

export function normalizeText(input: string): NormalizedText {
  if (!input.includes('\r') && input.normalize('NFC') === input) {
    return { text: input, offsets: null };
  }
  const parts: string[] = [];
  const offsets: number[] = [];
  for (const match of input.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const normal = cluster[0] === '\r' ? '\n' : cluster.normalize('NFC');
    parts.push(normal);
    for (let i = 0; i < normal.length; i++) offsets.push(start + Math.min(i, cluster.length - 1));
  }
  offsets.push(input.length);
  return { text: parts.join(''), offsets: Int32Array.from(offsets) };
}

/** Map a span [start, end) of the normalized text to the input. */
export function toInputOffset(offsets: Int32Array | null, offset: number): number {
  return offsets ? offsets[offset] : offset;
}
