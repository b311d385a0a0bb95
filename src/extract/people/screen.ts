/**
 * A cheap look at the sentences of a document, before any token is built:
 * whether each may name a person (a capitalized pair opening with a family
 * name, two capitalized words after "ông", "đồng chí", "đại biểu" ..., an
 * "H'" name, a foreign name after a position) or only refer to one (a pronoun
 * "ông", "đồng chí", a short name "ông Lộc", a capitalized position "Thủ
 * tướng"). Most sentences of most articles do neither.
 */
import { BODY_PHRASES, PLACES } from '../../lexicon/bodies.js';
import { POSITION_HEADS, RANKS } from '../../lexicon/titles.js';
import type { PreparedDocument } from '../../text/document.js';
import { isForeignWord } from './shape.js';
import { surnameTable } from './tables.js';
import { charClass, isInnerJoiner, phraseKeys } from './tokens.js';

export const enum Screen {
  None = 0,
  /** Pronouns, short names or positions only: worth reading if the article names someone elsewhere. */
  References = 1,
  /** May hold a full name. */
  Names = 2,
}

const SPACE = 1;
const LETTER = 3;
const SURNAME_KEYS: ReadonlySet<string> = new Set(surnameTable.firstKeys());

/** "Hà Nội", "Thái Bình": capitalized pairs that open a place or a body. */
const NOT_NAME_PAIRS: ReadonlySet<string> = new Set(
  [...PLACES, ...BODY_PHRASES]
    .map((p) => phraseKeys(p))
    // "Mạc Thị Bưởi" is a street, "Mạc Thị X" may be a person.
    .filter((keys) => keys.length >= 2 && keys[1] !== 'văn' && keys[1] !== 'thị')
    .map((keys) => `${keys[0]} ${keys[1]}`),
);

/** One-word positions and ranks, and the opening pairs of longer ones ("thủ tướng", "bộ trưởng"). */
const POSITION_KEYS = [...POSITION_HEADS, ...RANKS].map((p) => phraseKeys(p));
const POSITION_WORDS: ReadonlySet<string> = new Set(POSITION_KEYS.filter((k) => k.length === 1).map((k) => k[0]));
const POSITION_PAIRS: ReadonlySet<string> = new Set(POSITION_KEYS.filter((k) => k.length >= 2).map((k) => `${k[0]} ${k[1]}`));
const POSITION_FIRSTS: ReadonlySet<string> = new Set(POSITION_KEYS.filter((k) => k.length >= 2).map((k) => k[0]));

/** Last syllables of the words that introduce a name: ông, bà, (đồng) chí, đ/c, ngài, (đại) biểu, (cử) tri, anh, chị, đb. */
const NAME_INTRODUCERS: ReadonlySet<string> = new Set(['ông', 'bà', 'chí', 'đ/c', 'đ.c', 'ngài', 'biểu', 'tri', 'anh', 'chị', 'đb']);
/** Pronouns standing for someone named before: ông, bà, (đồng) chí, đ/c. */
const PRONOUNS: ReadonlySet<string> = new Set(['ông', 'bà', 'chí', 'đ/c']);
const MAX_INTRODUCER = 4;
/** Introducers by their first code unit: a lower-case word is compared in place, no string built. */
const INTRODUCERS_BY_FIRST: (string[] | undefined)[] = [];
for (const w of NAME_INTRODUCERS) (INTRODUCERS_BY_FIRST[w.charCodeAt(0)] ??= []).push(w);

/** The introducer the folded word [start, end) is, if any. */
function introducerAt(folded: string, start: number, end: number): string | null {
  const candidates = INTRODUCERS_BY_FIRST[folded.charCodeAt(start)];
  if (candidates === undefined) return null;
  for (const w of candidates) if (w.length === end - start && folded.startsWith(w, start)) return w;
  return null;
}

/** What a capitalized word may be, as bits: one map lookup per capitalized word. */
const SURNAME = 1;
const PRONOUN = 2;
const POSITION_WORD = 4;
const POSITION_FIRST = 8;
const INTRODUCER = 16;
const WORD_FLAGS = new Map<string, number>();
function flag(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}
flag(SURNAME_KEYS, SURNAME);
flag(PRONOUNS, PRONOUN);
flag(POSITION_WORDS, POSITION_WORD);
flag(POSITION_FIRSTS, POSITION_FIRST);
flag(NAME_INTRODUCERS, INTRODUCER);

/** Characters joining two parts of one word, as in the tokenizer: ' ’ / . */
function isLowerLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return charClass(code) === LETTER && String.fromCharCode(code).toLowerCase() === text[i];
}

/** End of the word starting at `i`, as the tokenizer reads it. */
function wordEndAt(text: string, i: number, limit: number): number {
  const start = i;
  for (;;) {
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (charClass(code) >= LETTER) i++;
      else if (isInnerJoiner(code) && i + 1 < limit && charClass(text.charCodeAt(i + 1)) >= LETTER) i++;
      else break;
    }
    // "Khăm-phui", "Jong-un": a capitalized word continued by hyphenated lower-case parts.
    if (i + 1 < limit && text.charCodeAt(i) === 0x2d && isLowerLetter(text, i + 1) && !isLowerLetter(text, start)) i++;
    else return i;
  }
}

/** A capitalized word of letters only, lower case after the first: the shape of a name syllable. */
function nameShapedWord(text: string, folded: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (charClass(code) !== LETTER && code !== 0x27 && code !== 0x2019) return false;
    if (code !== folded.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The screen of one sentence: one pass over its characters, with a string
 * built only for capitalized words and the few short words that may
 * introduce a name.
 */
function screenSentence(text: string, folded: string, start: number, end: number): Screen {
  let result = Screen.None;
  /** A position, an introducer or an acronym was seen: a foreign name may follow. */
  let context = false;
  let prevCap = false;
  let prevShaped = false;
  let prevSurname = false;
  /** Folded previous word, when capitalized or a name introducer. */
  let prevKey: string | null = null;
  /** The previous word is "ông", "đồng chí", "đại biểu" ... */
  let prevIntroducer = false;
  /** The previous word is a capitalized one right after an introducer ("ông Lộc"). */
  let afterIntroducer = false;
  /** The previous word may open a two-word position ("Thủ" of "Thủ tướng"). */
  let positionFirst: string | null = null;
  /** Only spaces since the previous word. */
  let adjacent = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls < LETTER) {
      if (cls !== SPACE) adjacent = false;
      i++;
      continue;
    }
    const ws = i;
    i = wordEndAt(text, i, end);
    const we = i;
    const cap = cls === LETTER && code !== folded.charCodeAt(ws);
    let key: string | null = null;
    let introduced = false;
    if (positionFirst !== null) {
      if (adjacent && POSITION_PAIRS.has(`${positionFirst} ${folded.slice(ws, we)}`)) {
        if (result < Screen.References) result = Screen.References;
        context = true;
      }
      positionFirst = null;
    }
    if (cap) {
      key = folded.slice(ws, we);
      const second = text.charCodeAt(ws + 1);
      // "H'Hen Niê", "K'Nhiêu"
      if (we - ws > 2 && (second === 0x27 || second === 0x2019)) return Screen.Names;
      const shaped = nameShapedWord(text, folded, ws, we);
      if (adjacent && afterIntroducer) return Screen.Names;
      // "đồng chí K. Nhiễu", "ông H.Nam": a name opening with an initial, after an introducer or a position.
      if (((adjacent && prevIntroducer) || context) && opensWithInitial(text, ws, we, end)) return Screen.Names;
      const flags = WORD_FLAGS.get(key) ?? 0;
      if (adjacent && prevIntroducer) {
        // "ông Lộc": a short name, resolved only to someone named in full elsewhere.
        introduced = true;
        context = true;
        if (result < Screen.References) result = Screen.References;
      } else if (adjacent && prevCap && prevShaped && shaped) {
        if ((prevSurname || (context && (isForeignWord(prevKey!) || isForeignWord(key)))) && !NOT_NAME_PAIRS.has(`${prevKey} ${key}`)) {
          return Screen.Names;
        }
      }
      if ((flags & PRONOUN) !== 0 && result < Screen.References) result = Screen.References;
      if ((flags & POSITION_WORD) !== 0) {
        if (result < Screen.References) result = Screen.References;
        context = true;
      } else if (!shaped) context = true;
      if ((flags & POSITION_FIRST) !== 0) positionFirst = key;
      prevShaped = shaped;
      prevSurname = (flags & SURNAME) !== 0;
      prevIntroducer = (flags & INTRODUCER) !== 0;
    } else {
      prevIntroducer = false;
      if (we - ws <= MAX_INTRODUCER) {
        key = introducerAt(folded, ws, we);
        if (key !== null) {
          prevIntroducer = true;
          if (PRONOUNS.has(key) && result < Screen.References) result = Screen.References;
        }
      }
      prevShaped = false;
      prevSurname = false;
    }
    afterIntroducer = introduced;
    prevCap = cap;
    prevKey = key;
    adjacent = true;
  }
  return result;
}

/** "K. Nhiễu" (one capital, a period, a capitalized word) or "H.Nam" (the same glued into one word) at `ws`. */
function opensWithInitial(text: string, ws: number, we: number, end: number): boolean {
  if (we - ws > 3 && text.charCodeAt(ws + 1) === 0x2e) return true;
  if (we - ws !== 1 || text.charCodeAt(we) !== 0x2e) return false;
  let n = we + 1;
  if (n < end && text.charCodeAt(n) === 0x20) n++;
  return n < end && charClass(text.charCodeAt(n)) === LETTER && text[n] !== text[n].toLowerCase();
}

/** The screen of every body sentence of the document, by sentence index. */
export function screenSentences(doc: PreparedDocument): Screen[] {
  return doc.sentences.map((s) => screenSentence(doc.text, doc.folded, s.start, s.end));
}
