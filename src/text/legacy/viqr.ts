/**
 * VIQR (Vietnamese Quoted-Readable, RFC 1456): plain ASCII where the marks
 * follow the vowel as punctuation: ^ ( + for hat, breve and horn, then
 * ' ` ? ~ . for the tones ("Vie^.t Nam", "ngu+o+`i"), and DD / dd for Đ / đ.
 * A backslash before a mark keeps it literal ("ddi\." is "đi."); without
 * it, "." and "?" after an unmarked vowel are tones, as RFC 1456 reads them
 * (in news text a syllable with nặng or hỏi before a capital or a line end
 * is far more common than a sentence ending in an unmarked vowel). A word
 * takes one tone, so the period of "nghi.." or "Ha` No^.i." stays a period.
 */

/** Modifier characters → the combining mark and the vowels that take it. */
export const VIQR_MODIFIERS: ReadonlyMap<string, { mark: string; vowels: string }> = new Map([
  ['^', { mark: '\u0302', vowels: 'aeoAEO' }],
  ['(', { mark: '\u0306', vowels: 'aA' }],
  ['+', { mark: '\u031b', vowels: 'ouOU' }],
]);

/** Tone characters → the combining mark. */
export const VIQR_TONES: ReadonlyMap<string, string> = new Map([
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['?', '\u0309'],
  ['~', '\u0303'],
  ['.', '\u0323'],
]);

const VOWELS = 'aeiouyAEIOUY';
const isVowel = (ch: string | undefined) => ch !== undefined && ch !== '' && VOWELS.includes(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);
const isMark = (ch: string | undefined) =>
  ch !== undefined && (VIQR_MODIFIERS.has(ch) || VIQR_TONES.has(ch));

/**
 * "DD" / "dd" is Đ / đ at the start of a word, and inside a word in capitals
 * ("HDDND" is HĐND); elsewhere ("address") it is two d's.
 */
function isViqrDd(text: string, i: number): boolean {
  const pair = text.slice(i, i + 2);
  if (pair !== 'DD' && pair !== 'dd' && pair !== 'Dd') return false;
  const before = text[i - 1];
  return !isLetter(before) || (pair === 'DD' && /[A-Z]/.test(before!));
}

/** VIQR text to Unicode NFC. */
export function decodeViqr(text: string): string {
  let out = '';
  let vowelOpen = false; // the last output is a vowel that can take marks
  let modified = false; // ... and it already has its hat/breve/horn
  let wordHasTone = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && isMark(text[i + 1])) {
      out += text[++i];
      vowelOpen = false;
      wordHasTone = false;
      continue;
    }
    if (isViqrDd(text, i)) {
      out += ch === 'D' ? 'Đ' : 'đ';
      i++;
      vowelOpen = false;
      continue;
    }
    const modifier = VIQR_MODIFIERS.get(ch);
    if (modifier && vowelOpen && !modified && modifier.vowels.includes(out[out.length - 1]!)) {
      out += modifier.mark;
      modified = true;
      continue;
    }
    const tone = VIQR_TONES.get(ch);
    if (tone && vowelOpen && !wordHasTone) {
      out += tone;
      vowelOpen = false;
      wordHasTone = true;
      continue;
    }
    out += ch;
    vowelOpen = isVowel(ch);
    modified = false;
    if (!isLetter(ch)) wordHasTone = false;
  }
  return out.normalize('NFC');
}

export interface ViqrEvidence {
  /** Whitespace-separated tokens with a letter. */
  words: number;
  /** Tokens with a VIQR mark on a vowel (or a leading dd). */
  marked: number;
  /** Marks that English never puts after a vowel: ^ ( + ` ~ and leading dd. */
  strong: number;
  /** How many different strong marks occur. */
  kinds: number;
}

const TOKEN = /\S+/g;
const STRONG_TONES = '`~';

/** How much of a text reads as VIQR. */
export function viqrEvidence(text: string): ViqrEvidence {
  const evidence: ViqrEvidence = { words: 0, marked: 0, strong: 0, kinds: 0 };
  const kinds = new Set<string>();
  for (const [token] of text.matchAll(TOKEN)) {
    if (!/[A-Za-z]/.test(token)) continue;
    evidence.words++;
    let strong = 0;
    let weak = 0;
    if (/^[dD][dD][aeiouyAEIOUY]/.test(token)) {
      kinds.add('dd');
      strong++;
    }
    for (let j = 0; j + 1 < token.length; j++) {
      if (!isVowel(token[j])) continue;
      let k = j + 1;
      const modifier = VIQR_MODIFIERS.get(token[k]!);
      if (modifier?.vowels.includes(token[j]!)) {
        kinds.add(token[k]!);
        strong++;
        k++;
      }
      const tone = token[k];
      if (tone !== undefined && STRONG_TONES.includes(tone)) {
        kinds.add(tone);
        strong++;
      } else if (tone !== undefined && VIQR_TONES.has(tone) && isLetter(token[k + 1])) {
        weak++;
      }
    }
    if (strong + weak > 0) evidence.marked++;
    evidence.strong += strong;
  }
  evidence.kinds = kinds.size;
  return evidence;
}
