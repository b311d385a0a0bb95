/**
 * Reader of CRFsuite's binary model format (first-order CRF, "lCRF"/"FOMC"),
 * as written by crfsuite's crf1d_model.c, so that a model can be applied in
 * TypeScript with exactly the scores CRFsuite computes.
 *
 * Layout (all integers little-endian uint32, weights little-endian float64):
 *   header (48 bytes): magic "lCRF", size, type "FOMC", version,
 *     num_features, num_labels, num_attrs, off_features, off_labels,
 *     off_attrs, off_labelrefs, off_attrrefs
 *   FEAT chunk: "FEAT", size, num, then num features of 20 bytes:
 *     type (0 = state: attribute → label, 1 = transition: label → label),
 *     src, dst, weight
 *   label and attribute dictionaries: CQDB chunks (string ↔ id)
 *   LFRF / AFRF chunks: "LFRF", size, num, num offsets; at each offset a count
 *     and that many feature ids: the features of each label / attribute
 *
 * CQDB (crfsuite's lib/cqdb): "CQDB", size, flag, byteorder (0x62445371),
 * bwd_size, bwd_offset, 256 hash-table references, then records
 * (id, key size, key bytes with a terminating NUL). Every record is reached
 * through the backward array (id → record offset), which is all a reader
 * that builds its own Map needs: no hashing of crfsuite's kind is done here.
 */
import { readFileSync } from 'node:fs';

export interface CrfModel {
  /** Label strings by label id. */
  labels: string[];
  /** Attribute string → attribute id. */
  attributeIds: Map<string, number>;
  /**
   * State weights, `stateWeights[attribute * labels.length + label]`: the
   * weight of the feature (attribute → label), 0 where there is none.
   */
  stateWeights: Float64Array;
  /** Transition weights, `transitions[from * labels.length + to]`. */
  transitions: Float64Array;
}

const HEADER_SIZE = 48;
const CHUNK_SIZE = 12;
const FEATURE_SIZE = 20;
const CQDB_BYTEORDER = 0x62445371;
const CQDB_HEADER_SIZE = 24;
const FEATURE_STATE = 0;
const FEATURE_TRANSITION = 1;

class ModelReader {
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  uint32(offset: number): number {
    if (offset < 0 || offset + 4 > this.bytes.length) throw new Error(`CRF model: offset ${offset} out of bounds`);
    return this.view.getUint32(offset, true);
  }

  float64(offset: number): number {
    if (offset + 8 > this.bytes.length) throw new Error(`CRF model: offset ${offset} out of bounds`);
    return this.view.getFloat64(offset, true);
  }

  tag(offset: number): string {
    return String.fromCharCode(...this.bytes.subarray(offset, offset + 4));
  }

  expectTag(offset: number, expected: string): void {
    const found = this.tag(offset);
    if (found !== expected) throw new Error(`CRF model: expected chunk ${expected} at ${offset}, found ${JSON.stringify(found)}`);
  }

  /** The key of the CQDB record at `offset`: `ksize` bytes, the last one a NUL. */
  recordKey(offset: number): string {
    const size = this.uint32(offset + 4);
    const start = offset + 8;
    if (size < 1 || start + size > this.bytes.length) throw new Error(`CRF model: bad CQDB record at ${offset}`);
    return this.decoder.decode(this.bytes.subarray(start, start + size - 1));
  }

  /** Every string of the CQDB chunk at `base`, indexed by its id. */
  cqdbStrings(base: number, count: number): string[] {
    this.expectTag(base, 'CQDB');
    if (this.uint32(base + 12) !== CQDB_BYTEORDER) throw new Error('CRF model: CQDB byte order not supported');
    const backwardSize = this.uint32(base + 16);
    const backwardOffset = this.uint32(base + 20);
    if (backwardOffset < CQDB_HEADER_SIZE || backwardSize < count) throw new Error('CRF model: CQDB without backward links');
    const strings: string[] = new Array(count);
    for (let id = 0; id < count; id++) {
      const recordOffset = this.uint32(base + backwardOffset + 4 * id);
      if (recordOffset === 0) throw new Error(`CRF model: CQDB has no string for id ${id}`);
      if (this.uint32(base + recordOffset) !== id) throw new Error(`CRF model: CQDB record of id ${id} is inconsistent`);
      strings[id] = this.recordKey(base + recordOffset);
    }
    return strings;
  }

  /** The feature ids referenced by item `index` of the LFRF/AFRF chunk at `base`. */
  featureRefs(base: number, chunk: string, index: number): number[] {
    this.expectTag(base, chunk);
    const offset = this.uint32(base + CHUNK_SIZE + 4 * index);
    const count = this.uint32(offset);
    const refs: number[] = new Array(count);
    for (let r = 0; r < count; r++) refs[r] = this.uint32(offset + 4 + 4 * r);
    return refs;
  }
}

interface Feature {
  type: number;
  src: number;
  dst: number;
  weight: number;
}

function readFeature(reader: ModelReader, featuresBase: number, featureCount: number, fid: number): Feature {
  if (fid >= featureCount) throw new Error(`CRF model: feature ${fid} out of range`);
  const offset = featuresBase + CHUNK_SIZE + FEATURE_SIZE * fid;
  return {
    type: reader.uint32(offset),
    src: reader.uint32(offset + 4),
    dst: reader.uint32(offset + 8),
    weight: reader.float64(offset + 12),
  };
}

/** Decode a CRFsuite first-order model from its bytes. */
export function readCrfModel(bytes: Uint8Array): CrfModel {
  const reader = new ModelReader(bytes);
  if (bytes.length < HEADER_SIZE) throw new Error('CRF model: file too short');
  reader.expectTag(0, 'lCRF');
  reader.expectTag(8, 'FOMC');
  const labelCount = reader.uint32(20);
  const attributeCount = reader.uint32(24);
  const offFeatures = reader.uint32(28);
  const offLabels = reader.uint32(32);
  const offAttributes = reader.uint32(36);
  const offLabelRefs = reader.uint32(40);
  const offAttributeRefs = reader.uint32(44);

  reader.expectTag(offFeatures, 'FEAT');
  const featureCount = reader.uint32(offFeatures + 8);
  const labels = reader.cqdbStrings(offLabels, labelCount);
  const attributes = reader.cqdbStrings(offAttributes, attributeCount);
  const attributeIds = new Map<string, number>();
  attributes.forEach((name, id) => attributeIds.set(name, id));

  const L = labelCount;
  // crfsuite sets trans[dst] = weight for each feature of a label (the last one wins).
  const transitions = new Float64Array(L * L);
  for (let from = 0; from < L; from++) {
    for (const fid of reader.featureRefs(offLabelRefs, 'LFRF', from)) {
      const f = readFeature(reader, offFeatures, featureCount, fid);
      if (f.type !== FEATURE_TRANSITION || f.src !== from || f.dst >= L) throw new Error(`CRF model: bad transition feature ${fid}`);
      transitions[from * L + f.dst] = f.weight;
    }
  }

  // crfsuite adds the weight of each feature of an attribute to its label's
  // score. A table by (attribute, label) gives the same sums, in the same
  // order, as long as no attribute has two features for one label, which a
  // CRFsuite model never has (checked, since the table would then differ).
  const stateWeights = new Float64Array(attributeCount * L);
  const seen = new Uint8Array(attributeCount * L);
  for (let a = 0; a < attributeCount; a++) {
    for (const fid of reader.featureRefs(offAttributeRefs, 'AFRF', a)) {
      const f = readFeature(reader, offFeatures, featureCount, fid);
      if (f.type !== FEATURE_STATE || f.src !== a || f.dst >= L) throw new Error(`CRF model: bad state feature ${fid}`);
      const slot = a * L + f.dst;
      if (seen[slot]) throw new Error(`CRF model: attribute ${a} has two features for label ${f.dst}`);
      seen[slot] = 1;
      stateWeights[slot] = f.weight;
    }
  }
  return { labels, attributeIds, stateWeights, transitions };
}

export function loadCrfModel(file: string): CrfModel {
  return readCrfModel(readFileSync(file));
}
