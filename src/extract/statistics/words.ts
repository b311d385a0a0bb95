/**
 * The few words around a number that the statistics extractor reads, and
 * lexicon phrases matched against them. Everything here runs for each of
 * the tens of numbers of an article, so it walks char codes instead of
 * running regexes and reads no more words than a lexicon entry could span.
 */
import { codeUnitClass } from '../../text/chars.js';
import type { PreparedDocument } from '../../text/document.js';
import { isWordCode, letterRunEnd } from '../numbers.js';

export interface Word {
  start: number;
  end: number;
  /** The word in matching form (doc.folded); its surface form is doc.text between start and end. */
  folded: string;
}

const isUpperCode = codeUnitClass(/\p{Lu}/u);

/** Space within a sentence (" ", tab, no-break space, or a line break, which joins a paragraph broken by the page). */
export function isSentenceSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 0xa0;
}

function isLetterCode(code: number): boolean {
  return isWordCode(code) && (code < 48 || code > 57);
}

/** Whether the character at `pos` of the text is an upper-case letter (`\p{Lu}`). */
export function isUpperAt(doc: PreparedDocument, pos: number): boolean {
  return isUpperCode(doc.text.charCodeAt(pos));
}

/** Up to `max` words from `pos`, separated by spaces only (no punctuation), none ending past `limit`. */
export function wordsAfter(doc: PreparedDocument, pos: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  const { folded } = doc;
  let p = pos;
  while (words.length < max) {
    let start = p;
    while (start < folded.length && isSentenceSpaceCode(folded.charCodeAt(start))) start++;
    const end = letterRunEnd(folded, start);
    if (end === start || end > limit) break;
    words.push({ start, end, folded: folded.slice(start, end) });
    p = end;
  }
  return words;
}

/** Up to `max` words before `pos`, separated by spaces only, in reading order. */
export function wordsBefore(doc: PreparedDocument, pos: number, limit: number, max: number): Word[] {
  return new WordsBefore(doc, pos, limit).last(max);
}

/**
 * The words before a position, separated by spaces only, read backwards as
 * far as some check asks: most checks look at one or two words.
 */
export class WordsBefore {
  /** The words read so far, nearest first. */
  private readonly nearestFirst: Word[] = [];
  /** Where the walk goes on from. */
  private next: number;
  private done = false;

  constructor(
    private readonly doc: PreparedDocument,
    readonly pos: number,
    private readonly limit: number,
  ) {
    this.next = pos;
  }

  /** The word `k` words back from the position (0: the nearest), or undefined where the run of words ends. */
  nearest(k: number): Word | undefined {
    while (!this.done && this.nearestFirst.length <= k) this.readOne();
    return this.nearestFirst[k];
  }

  /** The last `n` words before the position (fewer where the run of words ends), in reading order. */
  last(n: number): Word[] {
    while (!this.done && this.nearestFirst.length < n) this.readOne();
    const count = Math.min(n, this.nearestFirst.length);
    const words = new Array<Word>(count);
    for (let i = 0; i < count; i++) words[i] = this.nearestFirst[count - 1 - i];
    return words;
  }

  private readOne(): void {
    const { text } = this.doc;
    let end = this.next;
    while (end > this.limit && isSentenceSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > this.limit && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) {
      this.done = true;
      return;
    }
    this.nearestFirst.push({ start, end, folded: this.doc.folded.slice(start, end) });
    this.next = start;
  }
}

/** The phrase of words [from, to), in matching form. */
export function phrase(words: readonly Word[], from: number, to: number): string {
  let out = words[from].folded;
  for (let i = from + 1; i < to; i++) out += ` ${words[i].folded}`;
  return out;
}

/**
 * A set of lexicon phrases (words in matching form, one space apart) that
 * knows, for each word, the most words of an entry that starts or ends with
 * it: a lookup builds only the phrases that could be entries.
 */
export class PhraseSet {
  private readonly phrases: Set<string>;
  private readonly spanFromFirst = new Map<string, number>();
  private readonly spanToLast = new Map<string, number>();

  constructor(entries: Iterable<string>) {
    this.phrases = new Set(entries);
    for (const entry of this.phrases) {
      const words = entry.split(' ');
      const first = words[0];
      const last = words[words.length - 1];
      this.spanFromFirst.set(first, Math.max(this.spanFromFirst.get(first) ?? 0, words.length));
      this.spanToLast.set(last, Math.max(this.spanToLast.get(last) ?? 0, words.length));
    }
  }

  has(entry: string): boolean {
    return this.phrases.has(entry);
  }

  /** Each first word of an entry, with the most words of an entry that begins with it. */
  spans(): Iterable<[string, number]> {
    return this.spanFromFirst;
  }

  /** The most words of an entry that ends with `word`; 0 if none does. */
  spanTo(word: string): number {
    return this.spanToLast.get(word) ?? 0;
  }

  /** The length (in words) of the longest entry that ends the word list, at most `max`, or 0. */
  longestEnding(words: readonly Word[], max = 3): number {
    if (words.length === 0) return 0;
    const longest = Math.min(max, words.length, this.spanToLast.get(words[words.length - 1].folded) ?? 0);
    for (let n = longest; n >= 1; n--) if (this.phrases.has(phrase(words, words.length - n, words.length))) return n;
    return 0;
  }

  /** Whether an entry stands anywhere in the word list. */
  occursIn(words: readonly Word[]): boolean {
    for (let end = 1; end <= words.length; end++) {
      const longest = Math.min(end, this.spanToLast.get(words[end - 1].folded) ?? 0);
      for (let n = longest; n >= 1; n--) if (this.phrases.has(phrase(words, end - n, end))) return true;
    }
    return false;
  }

  /** The length (in words) of the longest entry that begins the word list, at most `max`, or 0. */
  longestStart(words: readonly Word[], max = 3): number {
    if (words.length === 0) return 0;
    const longest = Math.min(max, words.length, this.spanFromFirst.get(words[0].folded) ?? 0);
    for (let n = longest; n >= 1; n--) if (this.phrases.has(phrase(words, 0, n))) return n;
    return 0;
  }
}
