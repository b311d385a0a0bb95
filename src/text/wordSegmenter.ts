/**
 * Vietnamese word segmentation with vntk's CRF model, giving exactly vntk's
 * words (same tokens, same feature strings, same model) but built for speed:
 * the feature columns are computed once per sentence instead of once per
 * feature of every token, the dictionary is a Set instead of a linear scan,
 * and title-case results are memoized.
 *
 * vntk's pipeline (lib/word_tokenizer/index.js, lib/features/word_features.js):
 * tokens are tagged BW (begins a word) or IW (inside a word); an IW token
 * joins the previous word.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import titleCase from 'title-case';
import type { PreparedDocument, Sentence } from './document.js';
import { tokenizeSyllables, WORD_LETTERS, type SyllableToken } from './syllables.js';

export interface Word {
  /** The syllables joined by single spaces (vntk's form of the word). */
  text: string;
  /** Offsets into the segmented string (into `doc.text` for documents). */
  start: number;
  end: number;
  syllables: SyllableToken[];
}

export interface SegmentedSentence {
  sentence: Sentence;
  words: Word[];
}

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

// ---------------------------------------------------------------- resources

interface CrfTagger {
  open(modelFile: string): boolean;
  tag(xseq: string[][]): string[];
}

interface Resources {
  tagger: CrfTagger;
  dictionary: Set<string>;
}

let resources: Resources | undefined;

/** vntk's model and dictionary, loaded on first use. */
function loadResources(): Resources {
  if (resources) return resources;
  const require = createRequire(import.meta.url);
  const vntkPackage = require.resolve('vntk/package.json');
  const modelFile = path.join(path.dirname(vntkPackage), 'lib', 'word_tokenizer', 'model.bin');
  // crfsuite and @vntk/dictionary are vntk's dependencies: resolve them from vntk's location.
  const vntkRequire = createRequire(vntkPackage);
  const { Tagger } = vntkRequire('crfsuite') as { Tagger: new () => CrfTagger };
  const tagger = new Tagger();
  if (!tagger.open(modelFile)) throw new Error(`cannot open the word segmentation model ${modelFile}`);
  const dictionaryPackage = vntkRequire.resolve('@vntk/dictionary/package.json');
  const words = readFileSync(path.join(path.dirname(dictionaryPackage), 'data', 'Viet74K.txt'), 'utf8');
  // Same entries as @vntk/dictionary's `lower_words` (the file lower-cased, split on LF).
  const dictionary = new Set(words.toLowerCase().split('\n'));
  resources = { tagger, dictionary };
  return resources;
}

// ---------------------------------------------------------------- features

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

/**
 * The values of one function over every run of `length` tokens of a
 * sentence, computed once per sentence and shared by all its features.
 */
class FeatureColumns {
  private readonly cache = new Map<string, string[]>();
  private readonly runs: string[][] = [];

  constructor(
    private readonly tokens: string[],
    private readonly dictionary: Set<string>,
  ) {}

  private tokenRuns(length: number): string[] {
    let runs = this.runs[length];
    if (!runs) {
      runs = [];
      for (let j = 0; j + length <= this.tokens.length; j++) runs.push(this.tokens.slice(j, j + length).join(' '));
      this.runs[length] = runs;
    }
    return runs;
  }

  column(length: number, func: FeatureSpec['func']): string[] {
    const cacheKey = `${length}.${func}`;
    let values = this.cache.get(cacheKey);
    if (!values) {
      values = this.tokenRuns(length).map((run) => applyFunction(func, run, this.dictionary));
      this.cache.set(cacheKey, values);
    }
    return values;
  }
}

/** The value of `spec` at token `i` of `n`, its column (if any) being `column`. */
function featureValue(spec: FeatureSpec, i: number, n: number, column: string[] | undefined): string {
  const first = i + spec.from;
  if (first < 0) return 'BOS';
  if (first >= n || (spec.ranged && i + spec.to >= n)) return 'EOS';
  return column === undefined ? 'X' : column[first];
}

const KEY_PREFIXES = FEATURES.map((spec) => `${spec.key}=`);

/** The CRF item of every token: vntk's feature strings, in vntk's order. */
export function sentenceFeatures(tokens: string[], dictionary = loadResources().dictionary): string[][] {
  const columns = new FeatureColumns(tokens, dictionary);
  const featureColumns = FEATURES.map((spec) =>
    spec.tagColumn ? undefined : columns.column(spec.to - spec.from + 1, spec.func),
  );
  const n = tokens.length;
  const items: string[][] = [];
  const values: string[] = new Array(FEATURES.length);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < FEATURES.length; f++) values[f] = featureValue(FEATURES[f], i, n, featureColumns[f]);
    for (const rule of REMOVAL_RULES) {
      if (values[rule.condition] === 'True') for (const target of rule.targets) values[target] = '-';
    }
    const item: string[] = new Array(FEATURES.length);
    for (let f = 0; f < FEATURES.length; f++) item[f] = KEY_PREFIXES[f] + values[f];
    items.push(item);
  }
  return items;
}

// ---------------------------------------------------------------- segmentation

function shift(token: SyllableToken, offset: number): SyllableToken {
  return offset === 0 ? token : { text: token.text, start: token.start + offset, end: token.end + offset };
}

function toWord(syllables: SyllableToken[]): Word {
  return {
    text: syllables.map((s) => s.text).join(' '),
    start: syllables[0].start,
    end: syllables[syllables.length - 1].end,
    syllables,
  };
}

/**
 * Longest token sequence tagged at once. Real sentences stay far below it
 * (the fixtures' longest has under 300 tokens) and are tagged exactly as vntk
 * does; a run-on "sentence" (a page without punctuation) is tagged in pieces
 * so that its features (39 strings a token) stay in bounded memory.
 */
const MAX_SEQUENCE = 1000;
const PUNCTUATION_TOKEN = /^[^\p{L}\p{N}]$/u;

/** Where to end the piece starting at `from`: after the last punctuation of its second half. */
function pieceEnd(tokens: SyllableToken[], from: number): number {
  const limit = from + MAX_SEQUENCE;
  if (limit >= tokens.length) return tokens.length;
  for (let i = limit - 1; i >= from + MAX_SEQUENCE / 2; i--) {
    if (PUNCTUATION_TOKEN.test(tokens[i].text)) return i + 1;
  }
  return limit;
}

/** The BW/IW tag of every token. */
function tagTokens(tokens: SyllableToken[]): string[] {
  const { tagger } = loadResources();
  const tags: string[] = [];
  for (let from = 0; from < tokens.length; ) {
    const to = pieceEnd(tokens, from);
    tags.push(...tagger.tag(sentenceFeatures(tokens.slice(from, to).map((t) => t.text))));
    from = to;
  }
  return tags;
}

/**
 * The words of `text`, tagged as one CRF sequence (vntk tags each text it is
 * given as one sequence: pass one sentence at a time). Spans are offsets into
 * `text` plus `offset`.
 */
export function segmentWords(text: string, offset = 0): Word[] {
  const tokens = tokenizeSyllables(text).map((t) => shift(t, offset));
  const tags = tagTokens(tokens);
  const groups: SyllableToken[][] = [];
  tokens.forEach((token, i) => {
    // vntk loses an IW token that has no word before it; keep it as a word.
    if (tags[i] === 'IW' && groups.length > 0) groups[groups.length - 1].push(token);
    else groups.push([token]);
  });
  return groups.map(toWord);
}

/** The words of every body sentence of a document, spans into `doc.text`. */
export function segmentDocument(doc: PreparedDocument): SegmentedSentence[] {
  return doc.sentences.map((sentence) => ({ sentence, words: segmentWords(sentence.text, sentence.start) }));
}

/** A word with its syllables joined by "_" ("Ủy_ban_nhân_dân"). */
export function formatWord(word: Word): string {
  return word.syllables.map((s) => s.text).join('_');
}

/** Words separated by spaces, syllables of a word joined by "_". */
export function formatWords(words: Word[]): string {
  return words.map(formatWord).join(' ');
}
