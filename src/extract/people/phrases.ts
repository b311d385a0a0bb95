/**
 * Longest-match lookup of lexicon phrases in a token sequence. Phrases are
 * folded strings; they are compared token by token with `Token.key`.
 */
import { phraseKeys, type Token } from './tokens.js';

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  readonly length: number;
  readonly value: T;
}

/** Whether the phrase keys (whose first already matched) continue at token `i`. */
function entryAt(keys: readonly string[], tokens: readonly Token[], i: number): boolean {
  if (i + keys.length > tokens.length) return false;
  for (let k = 1; k < keys.length; k++) if (tokens[i + k].key !== keys[k]) return false;
  return true;
}

/** A phrase and its value; itself the match result, so a lookup allocates nothing. */
interface Entry<T> extends PhraseMatch<T> {
  keys: string[];
}

/**
 * Every table's phrases by their first key, in one map: a token looks its key
 * up once (see `entriesOf`) and each table then reads its own slot, so asking
 * ten tables about one word costs one hash lookup, not ten. Tables are built
 * when their modules load, before any token is read.
 */
const BY_FIRST_KEY = new Map<string, unknown[]>();
const NO_ENTRIES: readonly unknown[] = [];
let tableCount = 0;

/** The per-table phrase lists for a token's key, looked up once per token. */
function entriesOf(token: Token): readonly unknown[] {
  let lists = token.lists;
  if (lists === undefined) {
    lists = BY_FIRST_KEY.get(token.key) ?? NO_ENTRIES;
    token.lists = lists;
  }
  return lists;
}

/**
 * A test of whether a phrase of any of the tables opens with a token's key:
 * the token's cached lookup (see `entriesOf`) read at each table's slot.
 */
export function opensAnyOf(tables: readonly PhraseTable<unknown>[]): (token: Token) => boolean {
  const ids = tables.map((t) => t.id);
  return (token) => {
    const lists = entriesOf(token);
    if (lists === NO_ENTRIES) return false;
    for (const id of ids) if (lists[id] !== undefined) return true;
    return false;
  };
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  readonly id = tableCount++;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push({ keys, value, length: keys.length });
      this.byFirst.set(keys[0], list);
    }
    for (const [first, list] of this.byFirst) {
      list.sort((a, b) => b.keys.length - a.keys.length);
      let slots = BY_FIRST_KEY.get(first);
      if (slots === undefined) BY_FIRST_KEY.set(first, (slots = []));
      slots[this.id] = list;
    }
  }

  private listAt(tokens: readonly Token[], i: number): Entry<T>[] | undefined {
    return entriesOf(tokens[i])[this.id] as Entry<T>[] | undefined;
  }

  /** The keys phrases open with. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  static of(phrases: Iterable<string>): PhraseTable<true> {
    return new PhraseTable([...phrases].map((p) => [p, true] as const));
  }

  /** The longest phrase starting at token `i` that `accept` takes (any, by default), if any. */
  match(tokens: readonly Token[], i: number, accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T> | null {
    if (i >= tokens.length) return null;
    const list = this.listAt(tokens, i);
    if (list === undefined) return null;
    for (const entry of list) {
      if (!entryAt(entry.keys, tokens, i)) continue;
      if (accept === undefined || accept(entry)) return entry;
    }
    return null;
  }

  /** Length in tokens of the longest phrase starting at token `i`, 0 if none. */
  lengthAt(tokens: readonly Token[], i: number): number {
    if (i >= tokens.length) return 0;
    const list = this.listAt(tokens, i);
    if (list === undefined) return 0;
    for (const entry of list) if (entryAt(entry.keys, tokens, i)) return entry.keys.length;
    return 0;
  }

  /** Whether the whole token run equals one phrase. */
  matchesExactly(tokens: readonly Token[]): boolean {
    return this.match(tokens, 0)?.length === tokens.length;
  }
}
