/**
 * Vietnamese word segmentation with vntk's CRF model, giving exactly vntk's
 * words (same tokens, same features, same model) but built for speed: the
 * features of each run of tokens are computed once (crf/wordFeatures.ts),
 * the dictionary is a Set instead of a linear scan, and the model is read
 * and applied in TypeScript (crf/model.ts, crf/tagger.ts) on attribute ids
 * rather than through the native binding on strings.
 *
 * vntk's pipeline (lib/word_tokenizer/index.js, lib/features/word_features.js):
 * tokens are tagged BW (begins a word) or IW (inside a word); an IW token
 * joins the previous word.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadCrfModel } from './crf/model.js';
import { asCrfsuiteString, CrfTagger } from './crf/tagger.js';
import { FEATURE_COUNT, FeatureIdEncoder, sentenceFeatures as sentenceFeaturesOf } from './crf/wordFeatures.js';
import type { PreparedDocument, Sentence } from './document.js';
import { tokenizeSyllables, type SyllableToken } from './syllables.js';

export { isTitle } from './crf/wordFeatures.js';

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

// ---------------------------------------------------------------- resources

/**
 * Two ways to apply vntk's model, with the same tags: `ts` reads the model
 * file and decodes it here (crf/), `crfsuite` calls the native binding vntk
 * uses. `ts` is the default, several times faster; `crfsuite` stays as the
 * reference the tests and the bench compare against
 * (VNREPORT_CRF=crfsuite selects it for a whole process).
 */
export type CrfBackend = 'ts' | 'crfsuite';

const backend: CrfBackend = process.env.VNREPORT_CRF === 'crfsuite' ? 'crfsuite' : 'ts';

interface NativeTagger {
  open(modelFile: string): boolean;
  tag(xseq: string[][]): string[];
}

interface Paths {
  modelFile: string;
  vntkRequire: NodeRequire;
}

let paths: Paths | undefined;
let dictionary: Set<string> | undefined;
let native: NativeTagger | undefined;
let decoded: { tagger: CrfTagger; encoder: FeatureIdEncoder } | undefined;

function vntkPaths(): Paths {
  if (!paths) {
    const require = createRequire(import.meta.url);
    const vntkPackage = require.resolve('vntk/package.json');
    paths = {
      modelFile: path.join(path.dirname(vntkPackage), 'lib', 'word_tokenizer', 'model.bin'),
      // crfsuite and @vntk/dictionary are vntk's dependencies: resolve them from vntk's location.
      vntkRequire: createRequire(vntkPackage),
    };
  }
  return paths;
}

/** vntk's dictionary: the same entries as @vntk/dictionary's `lower_words` (the file lower-cased, split on LF). */
function loadDictionary(): Set<string> {
  if (!dictionary) {
    const dictionaryPackage = vntkPaths().vntkRequire.resolve('@vntk/dictionary/package.json');
    const words = readFileSync(path.join(path.dirname(dictionaryPackage), 'data', 'Viet74K.txt'), 'utf8');
    dictionary = new Set(words.toLowerCase().split('\n'));
  }
  return dictionary;
}

/** The native crfsuite tagger with vntk's model, opened on first use. */
function loadNative(): NativeTagger {
  if (!native) {
    const { modelFile, vntkRequire } = vntkPaths();
    const { Tagger } = vntkRequire('crfsuite') as { Tagger: new () => NativeTagger };
    const tagger = new Tagger();
    if (!tagger.open(modelFile)) throw new Error(`cannot open the word segmentation model ${modelFile}`);
    native = tagger;
  }
  return native;
}

/** vntk's model decoded in TypeScript, once per process (each worker thread has its own). */
function loadDecoded(): { tagger: CrfTagger; encoder: FeatureIdEncoder } {
  if (!decoded) {
    const model = loadCrfModel(vntkPaths().modelFile);
    const encoder = new FeatureIdEncoder(model.attributeIds, loadDictionary(), asCrfsuiteString);
    decoded = { tagger: new CrfTagger(model), encoder };
  }
  return decoded;
}

/** The CRF item of every token: vntk's feature strings, in vntk's order. */
export function sentenceFeatures(tokens: string[], words = loadDictionary()): string[][] {
  return sentenceFeaturesOf(tokens, words);
}

/** The model's labels ("BW" begins a word, "IW" is inside one) of one token sequence. */
export function tagSyllables(tokens: string[], use: CrfBackend = backend): string[] {
  if (tokens.length === 0) return [];
  if (use === 'crfsuite') return loadNative().tag(sentenceFeaturesOf(tokens, loadDictionary()));
  const { tagger } = loadDecoded();
  return Array.from(decodedLabels(tokens), (label) => tagger.model.labels[label]);
}

/** The TypeScript decoder's label ids of one token sequence. */
function decodedLabels(tokens: string[]): Uint8Array {
  const { tagger, encoder } = loadDecoded();
  return tagger.tagIds(encoder.encode(tokens), tokens.length, FEATURE_COUNT);
}

/** Whether each token continues the word before it (its label is IW). */
function insideWord(tokens: string[]): boolean[] {
  if (backend === 'crfsuite') return tagSyllables(tokens, 'crfsuite').map((tag) => tag === 'IW');
  const inside = loadDecoded().tagger.model.labels.indexOf('IW');
  return Array.from(decodedLabels(tokens), (label) => label === inside);
}

// ---------------------------------------------------------------- segmentation


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
function tagTokens(tokens: SyllableToken[]): boolean[] {
  const inside: boolean[] = [];
  for (let from = 0; from < tokens.length; ) {
    const to = pieceEnd(tokens, from);
    for (const flag of insideWord(tokens.slice(from, to).map((t) => t.text))) inside.push(flag);
    from = to;
  }
  return inside;
}

/**
 * The words of `text`, tagged as one CRF sequence (vntk tags each text it is
 * given as one sequence: pass one sentence at a time). Spans are offsets into
 * `text` plus `offset`.
 */
export function segmentWords(text: string, offset = 0): Word[] {
  const tokens = tokenizeSyllables(text, offset);
  const inside = tagTokens(tokens);
  const groups: SyllableToken[][] = [];
  tokens.forEach((token, i) => {
    // vntk loses an IW token that has no word before it; keep it as a word.
    if (inside[i] && groups.length > 0) groups[groups.length - 1].push(token);
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
