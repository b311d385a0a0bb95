/**
 * Which legacy Vietnamese encoding, if any, are these bytes in? Each
 * candidate decodes the bytes; the one that turns the most non-ASCII words
 * into Vietnamese syllables wins, if it does so clearly.
 */
import { scoreVietnamese, type VietnameseScore } from './syllable.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

export type LegacyEncoding = 'TCVN3' | 'VNI-Windows' | 'Windows-1258';

interface Candidate {
  encoding: LegacyEncoding;
  decode: (bytes: Uint8Array) => string;
}

const WINDOWS_1258 = new TextDecoder('windows-1258');

/** Windows-1258 (the Vietnamese Windows code page) tones with combining bytes; NFC composes them. */
const CANDIDATES: readonly Candidate[] = [
  { encoding: 'TCVN3', decode: decodeTcvn3 },
  { encoding: 'VNI-Windows', decode: decodeVni },
  { encoding: 'Windows-1258', decode: (bytes) => WINDOWS_1258.decode(bytes).normalize('NFC') },
];

export interface LegacyGuess {
  encoding: LegacyEncoding;
  text: string;
  /** 'sure': convert; 'unsure': looks like this encoding, but too little evidence. */
  confidence: 'sure' | 'unsure';
}

/**
 * Sure: at least three different syllables, nearly all non-ASCII words
 * Vietnamese, such words a real share of the text (Vietnamese marks most
 * syllables), and clearly more of them than any other reading gives.
 */
const SURE_DISTINCT = 3;
const SURE_RATIO = 0.8;
const SURE_SHARE = 0.1;
/** Unsure: at least half the non-ASCII words read as Vietnamese. */
const UNSURE_RATIO = 0.5;

const ratio = (score: VietnameseScore) => (score.words === 0 ? 0 : score.valid / score.words);

function isSure(best: VietnameseScore, runnerUp: VietnameseScore): boolean {
  return (
    best.distinctValid >= SURE_DISTINCT &&
    ratio(best) >= SURE_RATIO &&
    best.words >= SURE_SHARE * best.allWords &&
    best.valid >= 2 * runnerUp.valid
  );
}

export function detectLegacyVietnamese(bytes: Uint8Array): LegacyGuess | null {
  const scored = CANDIDATES.map((candidate) => {
    const text = candidate.decode(bytes);
    return { encoding: candidate.encoding, text, score: scoreVietnamese(text) };
  }).sort((a, b) => b.score.valid - a.score.valid || ratio(b.score) - ratio(a.score));
  const [best, runnerUp] = scored as [(typeof scored)[0], (typeof scored)[0]];
  if (best.score.valid === 0 || ratio(best.score) < UNSURE_RATIO) return null;
  const confidence = isSure(best.score, runnerUp.score) ? 'sure' : 'unsure';
  return { encoding: best.encoding, text: best.text, confidence };
}
