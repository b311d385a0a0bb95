/**
 * CRFsuite's tagger (crf1d_tag.c, crf1d_context.c) over a model read by
 * model.ts: state scores summed attribute by attribute in item order,
 * transitions from the label → label features, and Viterbi with CRFsuite's
 * tie-breaking (the first best predecessor, the first best final label), so
 * the labels are the ones the native binding returns.
 */
import type { CrfModel } from './model.js';

/** crfsuite's FLOAT_MAX (DBL_MAX): the starting point of every max. */
const FLOAT_MAX = Number.MAX_VALUE;

/** A string as the native binding hands it to CRFsuite: UTF-8 (lone surrogates → U+FFFD), cut at a NUL. */
export function asCrfsuiteString(value: string): string {
  const nul = value.indexOf('\0');
  const cut = nul < 0 ? value : value.slice(0, nul);
  let out = '';
  let from = 0;
  for (let i = 0; i < cut.length; i++) {
    const code = cut.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = cut.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++; // a well-formed pair
      continue;
    }
    out += `${cut.slice(from, i)}\ufffd`;
    from = i + 1;
  }
  return from === 0 ? cut : out + cut.slice(from);
}

export class CrfTagger {
  readonly labelCount: number;
  private stateScores = new Float64Array(0);
  private backLinks = new Int32Array(0);

  constructor(readonly model: CrfModel) {
    this.labelCount = model.labels.length;
    if (this.labelCount < 1 || this.labelCount > 256) throw new Error(`CRF model: ${this.labelCount} labels not supported`);
  }

  /** The id of an attribute, -1 when the model does not know it (CRFsuite then ignores it). */
  attributeId(name: string): number {
    const id = this.model.attributeIds.get(name);
    if (id !== undefined) return id;
    const converted = asCrfsuiteString(name);
    return converted === name ? -1 : (this.model.attributeIds.get(converted) ?? -1);
  }

  /** Labels of a sequence given as attribute strings, like the binding's `tag(xseq)`. */
  tag(xseq: string[][]): string[] {
    const width = xseq.reduce((max, item) => Math.max(max, item.length), 0);
    const ids = new Int32Array(xseq.length * width).fill(-1);
    xseq.forEach((item, t) => item.forEach((name, k) => (ids[t * width + k] = this.attributeId(name))));
    return Array.from(this.tagIds(ids, xseq.length, width), (label) => this.model.labels[label]);
  }

  /**
   * Label ids of a sequence of `length` items given as attribute ids:
   * item t's attributes are `ids[t * width .. t * width + width)`, in the
   * order CRFsuite would receive them; -1 entries are skipped.
   */
  tagIds(ids: Int32Array, length: number, width: number): Uint8Array {
    const labels = new Uint8Array(length);
    if (length === 0) return labels;
    this.scoreStates(ids, length, width);
    this.viterbi(length, labels);
    return labels;
  }

  private ensureCapacity(length: number): void {
    const L = this.labelCount;
    if (this.stateScores.length < length * L) {
      const capacity = Math.max(length, 256) * 2;
      this.stateScores = new Float64Array(capacity * L);
      this.backLinks = new Int32Array(capacity * L);
    }
  }

  /** crf1dt_state_score: for each item, add the weights of its attributes' features. */
  private scoreStates(ids: Int32Array, length: number, width: number): void {
    this.ensureCapacity(length);
    const L = this.labelCount;
    const state = this.stateScores;
    const weights = this.model.stateWeights;
    state.fill(0, 0, length * L);
    for (let t = 0; t < length; t++) {
      const row = t * L;
      for (let k = t * width, end = k + width; k < end; k++) {
        const a = ids[k];
        if (a < 0) continue;
        const w = a * L;
        for (let l = 0; l < L; l++) state[row + l] += weights[w + l];
      }
    }
  }

  /** crf1dc_viterbi, label for label. */
  private viterbi(length: number, labels: Uint8Array): void {
    const L = this.labelCount;
    const state = this.stateScores;
    const back = this.backLinks;
    const trans = this.model.transitions;
    // The alpha scores of item t are kept in place of its state scores.
    for (let t = 1; t < length; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      for (let j = 0; j < L; j++) {
        let maxScore = -FLOAT_MAX;
        // crfsuite keeps a stale link when no score beats -DBL_MAX (NaN or
        // -Infinity everywhere, which finite weights never give); 0 here.
        let argmax = 0;
        for (let i = 0; i < L; i++) {
          const score = state[prev + i] + trans[i * L + j];
          if (maxScore < score) {
            maxScore = score;
            argmax = i;
          }
        }
        back[cur + j] = argmax;
        state[cur + j] = maxScore + state[cur + j];
      }
    }
    const last = (length - 1) * L;
    let maxScore = -FLOAT_MAX;
    let best = 0;
    for (let i = 0; i < L; i++) {
      if (maxScore < state[last + i]) {
        maxScore = state[last + i];
        best = i;
      }
    }
    labels[length - 1] = best;
    for (let t = length - 2; t >= 0; t--) labels[t] = back[(t + 1) * L + labels[t + 1]];
  }
}
