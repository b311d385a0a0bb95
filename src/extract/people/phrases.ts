/**
 * Longest-match lookup of lexicon phrases in a token sequence. Phrases are
 * folded strings; they are compared token by token with `Token.key`.
 */
import { phraseKeys, type Token } from './tokens.js';

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { keys: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push({ keys, value });
      this.byFirst.set(keys[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  static of(phrases: Iterable<string>): PhraseTable<true> {
    return new PhraseTable([...phrases].map((p) => [p, true] as const));
  }

  /** The longest phrase starting at token `i` that `accept` takes (any, by default), if any. */
  match(tokens: readonly Token[], i: number, accept: (m: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T> | null {
    if (i >= tokens.length) return null;
    const list = this.byFirst.get(tokens[i].key);
    if (!list) return null;
    for (const { keys, value } of list) {
      if (i + keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < keys.length && ok; k++) ok = tokens[i + k].key === keys[k];
      if (ok && accept({ length: keys.length, value })) return { length: keys.length, value };
    }
    return null;
  }

  /** Whether the whole token run equals one phrase. */
  matchesExactly(tokens: readonly Token[]): boolean {
    return this.match(tokens, 0)?.length === tokens.length;
  }
}
