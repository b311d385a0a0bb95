/**
 * Is a decoded word a Vietnamese syllable? Used to judge which legacy
 * encoding turns a file's bytes into Vietnamese rather than into noise.
 * The check follows the syllable structure (onset, rhyme, at most one tone,
 * stop endings only with sắc or nặng), loose enough for every real syllable.
 */

/** Initial consonants, longest first. */
export const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** Rhymes that end a syllable with a vowel or glide (no final consonant). */
export const OPEN_RHYMES = [
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uê', 'ui', 'uơ', 'uy', 'ưa', 'ưi', 'ưu',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu',
];

/** Vowel nuclei that take a final consonant. */
export const CLOSED_NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uô', 'uy', 'ươ', 'uyê',
];

export const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];

const alternation = (items: readonly string[]) =>
  [...items].sort((a, b) => b.length - a.length).join('|');

const OPEN = `(?:${alternation(OPEN_RHYMES)})`;
const CLOSED = `(?:${alternation(CLOSED_NUCLEI)})(${alternation(CODAS)})`;
/** Onset (group 1), then an open rhyme or a nucleus with its coda (group 2). */
const SYLLABLE = new RegExp(`^(${alternation(ONSETS)})?(?:${OPEN}|${CLOSED})$`, 'u');

/**
 * Spelling of /k/, /ŋ/ and /ɣ/: k, ngh, gh before i e ê y; c, ng, g
 * elsewhere ("gì" is gi + i written once, so g may precede i).
 */
function spelledRight(onset: string | undefined, rhyme: string): boolean {
  const front = /^[ieêy]/u.test(rhyme);
  if (onset === 'k' || onset === 'ngh' || onset === 'gh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !/^[eê]/u.test(rhyme);
  return true;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_TONES = /^[\u0301\u0323]$/u;

export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 8) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const match = SYLLABLE.exec(toneless);
  if (!match || !spelledRight(match[1], toneless.slice(match[1]?.length ?? 0))) return false;
  const coda = match[2];
  const stop = coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't';
  // A syllable closed by c, ch, p or t carries sắc or nặng, never another tone.
  return !stop || (tones.length === 1 && STOP_TONES.test(tones[0]!));
}

export interface VietnameseScore {
  /** All words. */
  allWords: number;
  /** Words with a letter outside ASCII. */
  words: number;
  /** ... of which are Vietnamese syllables. */
  valid: number;
  /** Different Vietnamese syllables among them (so a repeated symbol counts once). */
  distinctValid: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;

/** How many of a text's non-ASCII words are Vietnamese syllables. */
export function scoreVietnamese(text: string): VietnameseScore {
  const score: VietnameseScore = { allWords: 0, words: 0, valid: 0, distinctValid: 0 };
  const distinct = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    score.allWords++;
    if (!NON_ASCII.test(word)) continue;
    score.words++;
    if (!isVietnameseSyllable(word)) continue;
    score.valid++;
    distinct.add(word.toLowerCase());
  }
  score.distinctValid = distinct.size;
  return score;
}
