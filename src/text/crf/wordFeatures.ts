/**
 * vntk's word segmentation features (lib/word_tokenizer/index.js,
 * lib/features/word_features.js), in two forms that give the same model
 * input:
 *   - `sentenceFeatures`: the attribute strings vntk hands to crfsuite
 *     ("T[0].lower=hà"), 39 per token, in vntk's order;
 *   - `FeatureIdEncoder`: the model's attribute ids of those same strings,
 *     without building them: every feature value depends only on one run of
 *     1, 2 or 3 consecutive tokens, so the ids of all features of a run are
 *     computed once per distinct run and memoized across sentences.
 */
import titleCase from 'title-case';
import { WORD_LETTERS } from '../syllables.js';

/** vntk's feature template, verbatim (order matters: it is the order of the features). */
const TEMPLATE = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
];

type FeatureFunction = 'lower' | 'isdigit' | 'istitle' | 'is_in_dict';
const FEATURE_FUNCTIONS = new Set<string>(['lower', 'isdigit', 'istitle', 'is_in_dict']);

interface FeatureSpec {
  key: string;
  /** Relative index of the first token. */
  from: number;
  /** Relative index of the last token (= from for a single token). */
  to: number;
  /** A ranged feature ("T[0,2]") reports EOS when its last token is past the end. */
  ranged: boolean;
  /** Column 1 is the tag column, always "X" at tagging time. */
  tagColumn: boolean;
  func: FeatureFunction | 'raw';
}

const FEATURE_SYNTAX = /^T\[(-?\d{1,2})(?:,(-?\d{1,2}))?\](?:\[([01])\])?(?:\.([a-z_]{1,12}))?$/;

function parseFeature(key: string): FeatureSpec {
  const match = FEATURE_SYNTAX.exec(key);
  if (!match || (match[4] !== undefined && !FEATURE_FUNCTIONS.has(match[4]))) {
    throw new Error(`unsupported feature ${key}`);
  }
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  const tagColumn = match[3] === '1';
  const func = (match[4] ?? 'raw') as FeatureSpec['func'];
  if (to < from || to - from > 2 || (tagColumn && (func !== 'raw' || to !== from))) {
    throw new Error(`unsupported feature ${key}`);
  }
  return { key, from, to, ranged: match[2] !== undefined, tagColumn, func };
}

const FEATURES = TEMPLATE.map(parseFeature);
/** Number of attributes of every token. */
export const FEATURE_COUNT = FEATURES.length;

const runLength = (spec: FeatureSpec) => spec.to - spec.from + 1;

/**
 * vntk's transform() blanks the word features of tokens (and token pairs)
 * that are in the dictionary: when `condition` is "True", each target is "-".
 */
interface RemovalRule {
  condition: number;
  targets: number[];
}

function featureIndex(key: string): number {
  const index = TEMPLATE.indexOf(key);
  if (index < 0) throw new Error(`feature ${key} missing from the template`);
  return index;
}

const REMOVAL_RULES: RemovalRule[] = [
  ...[-2, -1, 0, 1, 2].map((k) => ({
    condition: featureIndex(`T[${k}].is_in_dict`),
    targets: [featureIndex(`T[${k}]`), featureIndex(`T[${k}].lower`)],
  })),
  ...[-2, -1, 0, 1].map((k) => ({
    condition: featureIndex(`T[${k},${k + 1}].is_in_dict`),
    targets: [featureIndex(`T[${k},${k + 1}]`)],
  })),
];

// ---------------------------------------------------------------- feature functions

const MEMO_LIMIT = 200_000;
const titleMemo = new Map<string, boolean>();

/**
 * Lower-case Vietnamese letters. title-case upper-cases the first character
 * of its result, and no-case leaves a leading letter in place, so a string
 * starting with one of these is never its own title case: no need to ask.
 */
const LOWERCASE_LETTERS = new Set([...WORD_LETTERS].filter((c) => c !== c.toUpperCase()));

/** vntk's `istitle`: the string equals its title-case v2 form. */
export function isTitle(value: string): boolean {
  if (LOWERCASE_LETTERS.has(value[0])) return false;
  let result = titleMemo.get(value);
  if (result === undefined) {
    result = value === titleCase(value);
    if (titleMemo.size >= MEMO_LIMIT) titleMemo.clear();
    titleMemo.set(value, result);
  }
  return result;
}

const ALL_DIGITS = /^\d+$/;

/**
 * vntk turns each feature "key=value" into an object entry by splitting on
 * "=", keeping only the text before a second "=": a value is cut at its
 * first "=".
 */
function cutAtEquals(value: string): string {
  const equals = value.indexOf('=');
  return equals < 0 ? value : value.slice(0, equals);
}

function applyFunction(func: FeatureSpec['func'], value: string, dictionary: Set<string>): string {
  switch (func) {
    case 'raw':
      return cutAtEquals(value);
    case 'lower':
      return cutAtEquals(value.toLowerCase());
    case 'isdigit':
      return ALL_DIGITS.test(value) ? 'True' : 'False';
    case 'istitle':
      return isTitle(value) ? 'True' : 'False';
    case 'is_in_dict':
      return value !== '' && dictionary.has(value.toLowerCase()) ? 'True' : 'False';
  }
}

/** Values of the features `indices` on one run of tokens, after vntk's removal rules. */
function runValues(run: string, indices: number[], dictionary: Set<string>): Map<number, string> {
  const values = new Map<number, string>();
  for (const f of indices) values.set(f, applyFunction(FEATURES[f].func, run, dictionary));
  for (const rule of REMOVAL_RULES) {
    if (values.get(rule.condition) === 'True') for (const target of rule.targets) if (values.has(target)) values.set(target, '-');
  }
  return values;
}

/**
 * A removal rule may only join features that read the same run (same span),
 * so that it can be applied to a run's values alone, BOS and EOS included.
 */
for (const rule of REMOVAL_RULES) {
  const condition = FEATURES[rule.condition];
  for (const target of rule.targets) {
    const spec = FEATURES[target];
    if (spec.from !== condition.from || spec.to !== condition.to || spec.ranged !== condition.ranged || spec.tagColumn) {
      throw new Error(`removal rule ${condition.key} → ${spec.key} joins different runs`);
    }
  }
}

// ---------------------------------------------------------------- attribute strings

/** The value of `spec` at token `i` of `n`, its column (if any) being `column`. */
function featureValue(spec: FeatureSpec, i: number, n: number, column: string[] | undefined): string {
  const first = i + spec.from;
  if (first < 0) return 'BOS';
  if (first >= n || (spec.ranged && i + spec.to >= n)) return 'EOS';
  return column === undefined ? 'X' : column[first];
}

const KEY_PREFIXES = FEATURES.map((spec) => `${spec.key}=`);

/** The value of every feature over every run of the sentence, each run computed once. */
function sentenceColumns(tokens: string[], dictionary: Set<string>): (string[] | undefined)[] {
  const columns: (string[] | undefined)[] = new Array(FEATURE_COUNT);
  for (let length = 1; length <= 3; length++) {
    const indices = FEATURES.flatMap((spec, f) => (!spec.tagColumn && runLength(spec) === length ? [f] : []));
    for (const f of indices) columns[f] = [];
    for (let j = 0; j + length <= tokens.length; j++) {
      const values = runValues(tokens.slice(j, j + length).join(' '), indices, dictionary);
      for (const f of indices) columns[f]![j] = values.get(f)!;
    }
  }
  return columns;
}

/** The CRF item of every token: vntk's feature strings, in vntk's order. */
export function sentenceFeatures(tokens: string[], dictionary: Set<string>): string[][] {
  const columns = sentenceColumns(tokens, dictionary);
  const n = tokens.length;
  const items: string[][] = [];
  for (let i = 0; i < n; i++) {
    const item: string[] = new Array(FEATURE_COUNT);
    for (let f = 0; f < FEATURE_COUNT; f++) item[f] = KEY_PREFIXES[f] + featureValue(FEATURES[f], i, n, columns[f]);
    items.push(item);
  }
  return items;
}

// ---------------------------------------------------------------- attribute ids

/** The features that read the same function of the same run length, e.g. T[-2].lower … T[2].lower. */
interface FeatureGroup {
  index: number;
  func: FeatureSpec['func'];
  length: number;
  /** Template indices of its features. */
  features: number[];
  /** Whether vntk's removal rules blank these features when the run is in the dictionary. */
  blankedInDictionary: boolean;
  /** Value → the id of "key=value" for each feature of the group (-1: no such attribute). */
  ids: Map<string, Int32Array>;
  /** All -1: a value the model never saw. */
  none: Int32Array;
  /** The ids of "True" and "False", for the boolean functions. */
  trueIds: Int32Array;
  falseIds: Int32Array;
  /** The ids of "-", the value of a blanked word feature. */
  blankIds: Int32Array;
}

function blankedInDictionary(f: number): boolean {
  return REMOVAL_RULES.some((rule) => rule.targets.includes(f) && FEATURES[rule.condition].func === 'is_in_dict');
}

function featureGroups(): FeatureGroup[] {
  const groups: FeatureGroup[] = [];
  FEATURES.forEach((spec, f) => {
    if (spec.tagColumn) return;
    const length = runLength(spec);
    let group = groups.find((g) => g.func === spec.func && g.length === length);
    if (!group) {
      const empty = new Int32Array(0);
      group = {
        index: groups.length,
        func: spec.func,
        length,
        features: [],
        blankedInDictionary: blankedInDictionary(f),
        ids: new Map(),
        ...{ none: empty, trueIds: empty, falseIds: empty, blankIds: empty },
      };
      groups.push(group);
    }
    if (group.blankedInDictionary !== blankedInDictionary(f)) throw new Error(`removal rules differ inside the group of ${spec.key}`);
    group.features.push(f);
  });
  for (const group of groups) group.none = new Int32Array(group.features.length).fill(-1);
  return groups;
}

/** Whether CRFsuite would receive a different string (a NUL, a lone surrogate): see asCrfsuiteString. */
function needsConversion(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

const TEMPLATE_INDEX = new Map(TEMPLATE.map((key, f) => [key, f]));

/** vntk's word characters (Vietnamese letters and ASCII digits): no-case treats them all as word characters. */
const WORD_CHARS = new Set(`${WORD_LETTERS}0123456789`);

/** A token of word characters only: no space, no "=", nothing CRFsuite would convert. */
export function isWordToken(token: string): boolean {
  if (token === '') return false;
  for (let i = 0; i < token.length; i++) if (!WORD_CHARS.has(token[i])) return false;
  return true;
}

/**
 * `isTitle` of a word token, given its lower case, without title-case: on
 * word characters, title-case splits only camel-case humps, which need an
 * upper-case letter after the first character, so the token is its own title
 * case exactly when its first character survives lower-then-upper casing and
 * the rest is already lower case. A run of word tokens joined by spaces is
 * title case exactly when each token is (title-case reads no character
 * across a space).
 */
export function isWordTokenTitle(token: string, lower: string): boolean {
  const first = token[0];
  return first === first.toLowerCase().toUpperCase() && token.slice(1) === lower.slice(1);
}

/**
 * A character no-case drops (punctuation, symbols): title-case never outputs
 * one, so a run holding one is never its own title case. (Checked over the
 * whole BMP by the tests.)
 */
export const NEVER_IN_TITLE = /[\p{P}\p{S}]/u;

/** Title case of a token, as far as it decides the title case of any run holding it. */
const enum TokenTitle {
  /** The run is not title case, whatever else it holds. */
  Blocks = 0,
  /** A word token in title case: the run's answer rests on its other tokens. */
  Title = 1,
  /** Neither: ask title-case about the whole run. */
  Unknown = 2,
}

function tokenTitle(token: string, lower: string, word: boolean): TokenTitle {
  if (word) return isWordTokenTitle(token, lower) ? TokenTitle.Title : TokenTitle.Blocks;
  return NEVER_IN_TITLE.test(token) ? TokenTitle.Blocks : TokenTitle.Unknown;
}

/**
 * Runs of two and three known tokens as numbers: each token string of the
 * dictionary's entries and of the model's values gets an id, and a run is
 * keyed by its ids. Splitting an entry at its spaces and keying its pieces
 * gives the key of the tokens that join to it, since tokens hold no space.
 */
class RunKeys {
  private readonly ids = new Map<string, number>();
  private scale = 0;

  /** Pieces of every text, to be given ids before `seal`. */
  add(text: string): void {
    for (const piece of text.split(' ')) if (!this.ids.has(piece)) this.ids.set(piece, this.ids.size);
  }

  seal(): void {
    this.scale = 2 ** Math.ceil(Math.log2(this.ids.size + 1));
    if (this.scale ** 2 > 2 ** 31) throw new Error('too many distinct tokens for run keys');
  }

  id(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  /** One int32 for two ids (-1 if either is unknown). */
  pair(a: number, b: number): number {
    return a < 0 || b < 0 ? -1 : a * this.scale + b;
  }
}

/**
 * A hash table from two non-negative int32 keys to a non-negative int32
 * value, in typed arrays (open addressing, linear probing): a look-up costs
 * no allocation and no boxing, which matters at three look-ups per token.
 */
class IntPairTable {
  private keys1: Int32Array;
  private keys2: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1024) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys1 = new Int32Array(slots).fill(-1);
    this.keys2 = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
  }

  private slot(k1: number, k2: number): number {
    return (Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 + 0x7f4a7c15, 0x85ebca77)) & this.mask;
  }

  set(k1: number, k2: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys1.length) this.grow();
    let i = this.slot(k1, k2);
    while (this.keys1[i] !== -1 && (this.keys1[i] !== k1 || this.keys2[i] !== k2)) i = (i + 1) & this.mask;
    if (this.keys1[i] === -1) this.size++;
    this.keys1[i] = k1;
    this.keys2[i] = k2;
    this.values[i] = value;
  }

  /** The value of (k1, k2), -1 when absent or when a key is negative. */
  get(k1: number, k2: number): number {
    if (k1 < 0 || k2 < 0) return -1;
    for (let i = this.slot(k1, k2); this.keys1[i] !== -1; i = (i + 1) & this.mask) {
      if (this.keys1[i] === k1 && this.keys2[i] === k2) return this.values[i];
    }
    return -1;
  }

  private grow(): void {
    const { keys1, keys2, values } = this;
    const slots = keys1.length * 2;
    this.keys1 = new Int32Array(slots).fill(-1);
    this.keys2 = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < keys1.length; i++) if (keys1[i] !== -1) this.set(keys1[i], keys2[i], values[i]);
  }
}

/**
 * Runs of 2 or 3 word tokens by their ids in RunKeys: dictionary entries, or
 * the model's values of a group. A pair is keyed (a, b), a triple
 * (pair key of a and b, c), in separate tables.
 */
class RunTable<T> {
  private readonly pairs = new IntPairTable();
  private readonly triples = new IntPairTable();
  private readonly values: T[] = [];

  constructor(private readonly keys: RunKeys) {}

  set(text: string, value: T): void {
    const pieces = text.split(' ');
    if (pieces.length !== 2 && pieces.length !== 3) return;
    const ids = pieces.map((piece) => this.keys.id(piece));
    if (ids.some((id) => id < 0)) throw new Error(`run keys miss a piece of ${JSON.stringify(text)}`);
    this.values.push(value);
    if (ids.length === 2) this.pairs.set(ids[0], ids[1], this.values.length - 1);
    else this.triples.set(this.keys.pair(ids[0], ids[1]), ids[2], this.values.length - 1);
  }

  getPair(a: number, b: number): T | undefined {
    const index = this.pairs.get(a, b);
    return index < 0 ? undefined : this.values[index];
  }

  getTriple(a: number, b: number, c: number): T | undefined {
    const index = this.triples.get(this.keys.pair(a, b), c);
    return index < 0 ? undefined : this.values[index];
  }
}

/** What a token alone decides, memoized across sentences. */
interface TokenInfo {
  lower: string;
  /** A word token (see isWordToken): its runs are looked up by key. */
  word: boolean;
  title: TokenTitle;
  /** Ids in RunKeys of the token and of its lower case (-1: in no run of the dictionary or the model). */
  rawId: number;
  lowerId: number;
  /** The ids of each group of single-token features on this token, by group index. */
  ids: Int32Array[];
}

/** Distinct tokens whose TokenInfo is kept before the memo starts over. */
const TOKEN_MEMO_LIMIT = 100_000;

/**
 * The model's attribute ids of `sentenceFeatures`, straight from the tokens,
 * without building a single "key=value" string: the model's attributes are
 * indexed at load by (feature group, value), so each run of tokens costs one
 * look-up per function instead of one per feature; what a token alone decides
 * is memoized; runs of word tokens (the common case) are looked up by
 * number, without joining their strings.
 *
 * Every "key=value" string that the template can produce splits at its first
 * "=" into a template key and the value (values are cut at "=" by vntk), so
 * indexing attributes by that split finds exactly the attributes a string
 * look-up would.
 */
export class FeatureIdEncoder {
  private readonly groups = featureGroups();
  /** Per feature: its group's index and its slot in the group. */
  private readonly groupOf = new Int32Array(FEATURE_COUNT).fill(-1);
  private readonly slotOf = new Int32Array(FEATURE_COUNT).fill(-1);
  /** Per feature, the template's shape as numbers for the hot loops. */
  private readonly from = Int32Array.from(FEATURES, (spec) => spec.from);
  private readonly last = Int32Array.from(FEATURES, (spec) => (spec.ranged ? spec.to : spec.from));
  private readonly tagFeatures = FEATURES.flatMap((spec, f) => (spec.tagColumn ? [f] : []));
  /** Tokens before (after) a position that some feature reads. */
  private readonly reachBack = Math.max(0, ...FEATURES.map((spec) => -spec.from));
  private readonly reachAhead = Math.max(0, ...FEATURES.map((spec) => (spec.ranged ? spec.to : spec.from)));
  private readonly bosIds: Int32Array;
  private readonly eosIds: Int32Array;
  private readonly tagIds: Int32Array;
  private readonly unigramGroups = this.groups.filter((g) => g.length === 1);
  private readonly raw2 = this.group(2, 'raw');
  private readonly title2 = this.group(2, 'istitle');
  private readonly dict2 = this.group(2, 'is_in_dict');
  private readonly raw3 = this.group(3, 'raw');
  private readonly title3 = this.group(3, 'istitle');
  private readonly dict3 = this.group(3, 'is_in_dict');
  private readonly keys = new RunKeys();
  private readonly dictionaryRuns = new RunTable<true>(this.keys);
  private readonly raw2Runs = new RunTable<Int32Array>(this.keys);
  private readonly raw3Runs = new RunTable<Int32Array>(this.keys);
  private readonly tokenMemo = new Map<string, TokenInfo>();
  private infos: TokenInfo[] = [];
  private buffer = new Int32Array(0);

  /**
   * `attributes`: the model's attribute names and ids; `asCrfsuite` maps a
   * value to the string the native binding would pass (see asCrfsuiteString).
   */
  constructor(
    attributes: Iterable<[string, number]>,
    private readonly dictionary: Set<string>,
    private readonly asCrfsuite: (value: string) => string = (value) => value,
  ) {
    this.groups.forEach((group, g) => {
      group.features.forEach((f, slot) => {
        this.groupOf[f] = g;
        this.slotOf[f] = slot;
      });
    });
    const byFeature = FEATURES.map(() => new Map<string, number>());
    for (const [name, id] of attributes) {
      const equals = name.indexOf('=');
      const f = equals < 0 ? undefined : TEMPLATE_INDEX.get(name.slice(0, equals));
      if (f === undefined) continue;
      const value = name.slice(equals + 1);
      byFeature[f].set(value, id);
      const g = this.groupOf[f];
      if (g < 0) continue;
      const group = this.groups[g];
      let ids = group.ids.get(value);
      if (!ids) group.ids.set(value, (ids = Int32Array.from(group.none)));
      ids[this.slotOf[f]] = id;
    }
    const idsOf = (value: string) => Int32Array.from(byFeature, (values) => values.get(value) ?? -1);
    this.bosIds = idsOf('BOS');
    this.eosIds = idsOf('EOS');
    this.tagIds = idsOf('X');
    for (const group of this.groups) {
      group.trueIds = this.lookup(group, 'True');
      group.falseIds = this.lookup(group, 'False');
      group.blankIds = this.lookup(group, '-');
    }
    this.indexRuns();
  }

  private indexRuns(): void {
    const entries = [...this.dictionary].filter((entry) => {
      const pieces = entry.split(' ').length;
      return pieces === 2 || pieces === 3;
    });
    const raw2 = [...(this.raw2?.ids ?? [])];
    const raw3 = [...(this.raw3?.ids ?? [])];
    for (const text of [...entries, ...raw2.map(([value]) => value), ...raw3.map(([value]) => value)]) this.keys.add(text);
    this.keys.seal();
    for (const entry of entries) this.dictionaryRuns.set(entry, true);
    for (const [value, ids] of raw2) this.raw2Runs.set(value, ids);
    for (const [value, ids] of raw3) this.raw3Runs.set(value, ids);
  }

  private group(length: number, func: FeatureSpec['func']): FeatureGroup | undefined {
    // Called from field initializers: `groups` is the only field ready.
    return this.groups.find((g) => g.length === length && g.func === func);
  }

  private lookup(group: FeatureGroup, value: string): Int32Array {
    const ids = group.ids.get(value);
    if (ids !== undefined) return ids;
    if (!needsConversion(value)) return group.none;
    return group.ids.get(this.asCrfsuite(value)) ?? group.none;
  }

  private booleanIds(group: FeatureGroup, value: boolean): Int32Array {
    return value ? group.trueIds : group.falseIds;
  }

  /** A word-valued group (raw or lower): "-" when vntk blanks it, else the value cut at "=". */
  private wordIds(group: FeatureGroup, inDictionary: boolean, value: string): Int32Array {
    return inDictionary && group.blankedInDictionary ? group.blankIds : this.lookup(group, cutAtEquals(value));
  }

  private tokenInfo(token: string): TokenInfo {
    let info = this.tokenMemo.get(token);
    if (info !== undefined) return info;
    const lower = token.toLowerCase();
    const word = isWordToken(token);
    const title = tokenTitle(token, lower, word);
    const inDictionary = token !== '' && this.dictionary.has(lower);
    const ids: Int32Array[] = [];
    for (const group of this.unigramGroups) {
      switch (group.func) {
        case 'raw':
          ids[group.index] = this.wordIds(group, inDictionary, token);
          break;
        case 'lower':
          ids[group.index] = this.wordIds(group, inDictionary, lower);
          break;
        case 'isdigit':
          ids[group.index] = this.booleanIds(group, ALL_DIGITS.test(token));
          break;
        case 'istitle':
          ids[group.index] = this.booleanIds(group, title === TokenTitle.Unknown ? isTitle(token) : title === TokenTitle.Title);
          break;
        case 'is_in_dict':
          ids[group.index] = this.booleanIds(group, inDictionary);
          break;
      }
    }
    info = { lower, word, title, rawId: word ? this.keys.id(token) : -1, lowerId: word ? this.keys.id(lower) : -1, ids };
    if (this.tokenMemo.size >= TOKEN_MEMO_LIMIT) this.tokenMemo.clear();
    this.tokenMemo.set(token, info);
    return info;
  }

  /** Write the ids of `group` on the run starting at token `j` into every item that reads it. */
  private place(out: Int32Array, n: number, group: FeatureGroup | undefined, j: number, ids: Int32Array): void {
    if (!group) return;
    const features = group.features;
    for (let slot = 0; slot < features.length; slot++) {
      const f = features[slot];
      const i = j - this.from[f];
      if (i >= 0 && i < n) out[i * FEATURE_COUNT + f] = ids[slot];
    }
  }

  /**
   * Ids of every token's attributes: token i's are `[i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT)`.
   * The array is the encoder's own buffer, reused by the next call (a fresh
   * array a sentence would be most of the garbage of segmenting a corpus):
   * read it or copy it before encoding again.
   */
  encode(tokens: string[]): Int32Array {
    const n = tokens.length;
    if (this.buffer.length < n * FEATURE_COUNT) this.buffer = new Int32Array(Math.max(n, 256) * 2 * FEATURE_COUNT);
    const out = this.buffer.subarray(0, n * FEATURE_COUNT);
    const infos = (this.infos = tokens.map((token) => this.tokenInfo(token)));
    // Every run of tokens fills the items that read it: all cells but
    // BOS/EOS and the tag column, which come after.
    for (let j = 0; j < n; j++) {
      for (const group of this.unigramGroups) this.place(out, n, group, j, infos[j].ids[group.index]);
    }
    for (let j = 0; j + 1 < n; j++) this.encodeBigram(out, tokens, j);
    for (let j = 0; j + 2 < n; j++) this.encodeTrigram(out, tokens, j);
    for (let i = 0; i < n; i++) {
      const row = i * FEATURE_COUNT;
      for (const f of this.tagFeatures) out[row + f] = this.tagIds[f];
      if (i >= this.reachBack && i + this.reachAhead < n) continue;
      for (let f = 0; f < FEATURE_COUNT; f++) {
        if (i + this.from[f] < 0) out[row + f] = this.bosIds[f];
        else if (i + this.last[f] >= n) out[row + f] = this.eosIds[f];
      }
    }
    this.infos = [];
    return out;
  }

  private encodeBigram(out: Int32Array, tokens: string[], j: number): void {
    const a = this.infos[j];
    const b = this.infos[j + 1];
    const run = () => `${tokens[j]} ${tokens[j + 1]}`;
    let inDictionary: boolean;
    let rawIds: Int32Array | undefined;
    if (a.word && b.word) {
      inDictionary = this.dictionaryRuns.getPair(a.lowerId, b.lowerId) === true;
      if (this.raw2) {
        const blanked = inDictionary && this.raw2.blankedInDictionary;
        rawIds = blanked ? this.raw2.blankIds : (this.raw2Runs.getPair(a.rawId, b.rawId) ?? this.raw2.none);
      }
    } else {
      // Lower-casing reads no context across the space that joins two tokens
      // (not even the final-sigma rule): lowering the join joins the lowers.
      inDictionary = this.dictionary.has(`${a.lower} ${b.lower}`);
    }
    if (this.raw2) this.place(out, tokens.length, this.raw2, j, rawIds ?? this.wordIds(this.raw2, inDictionary, run()));
    if (this.title2) this.place(out, tokens.length, this.title2, j, this.booleanIds(this.title2, this.runTitle(j, 2, run)));
    if (this.dict2) this.place(out, tokens.length, this.dict2, j, this.booleanIds(this.dict2, inDictionary));
  }

  private encodeTrigram(out: Int32Array, tokens: string[], j: number): void {
    const a = this.infos[j];
    const b = this.infos[j + 1];
    const c = this.infos[j + 2];
    const run = () => `${tokens[j]} ${tokens[j + 1]} ${tokens[j + 2]}`;
    let inDictionary: boolean;
    let rawIds: Int32Array | undefined;
    if (a.word && b.word && c.word) {
      inDictionary = this.dictionaryRuns.getTriple(a.lowerId, b.lowerId, c.lowerId) === true;
      if (this.raw3) {
        const blanked = inDictionary && this.raw3.blankedInDictionary;
        rawIds = blanked ? this.raw3.blankIds : (this.raw3Runs.getTriple(a.rawId, b.rawId, c.rawId) ?? this.raw3.none);
      }
    } else {
      inDictionary = this.dictionary.has(`${a.lower} ${b.lower} ${c.lower}`);
    }
    if (this.raw3) this.place(out, tokens.length, this.raw3, j, rawIds ?? this.wordIds(this.raw3, inDictionary, run()));
    if (this.title3) this.place(out, tokens.length, this.title3, j, this.booleanIds(this.title3, this.runTitle(j, 3, run)));
    if (this.dict3) this.place(out, tokens.length, this.dict3, j, this.booleanIds(this.dict3, inDictionary));
  }

  /** vntk's istitle of the run of `length` tokens from `j`, from what each token decides. */
  private runTitle(j: number, length: number, run: () => string): boolean {
    let unknown = false;
    for (let k = j; k < j + length; k++) {
      const title = this.infos[k].title;
      if (title === TokenTitle.Blocks) return false;
      if (title === TokenTitle.Unknown) unknown = true;
    }
    return unknown ? isTitle(run()) : true;
  }
}
