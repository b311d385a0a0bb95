/**
 * A sentence's tokens read as a sequence of elements: names, titles,
 * honorifics (before a name, before a short name "ông Lộc", or standing
 * alone as a pronoun "đồng chí đề nghị"), plural markers ("các đồng chí"),
 * separators, conjunctions, and everything else.
 */
import type { NameSpan } from './names.js';
import { cueAt } from './roles.js';
import { positionJoiners, pronounHonorifics } from './tables.js';
import { nameShaped, TITLE_KINDS, type Tag } from './tagging.js';
import { looseTitleEnd, nextAcademicAt, parseTitle, type TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

export type Element =
  | { type: 'name'; first: number; last: number; name: NameSpan }
  | { type: 'short'; first: number; nameFirst: number; last: number; honorific: string | null }
  | { type: 'historical'; first: number; last: number }
  | { type: 'pronoun'; first: number; last: number; honorific: string }
  | { type: 'title'; first: number; last: number; title: TitleSpan }
  | { type: 'honorific'; first: number; last: number; honorific: string }
  | { type: 'plural'; first: number; last: number }
  | { type: 'sep'; first: number; last: number; key: string }
  | { type: 'conj'; first: number; last: number }
  | { type: 'other'; first: number; last: number }
  /** A note on the person before, between them and their verb ("- Thái Bình"): part of the group, no one. */
  | { type: 'aside'; first: number; last: number };

const SEPARATORS = new Set([',', ';', ':', '-', '(', ')']);

/**
 * An element with every field of every kind, in one order: the readers load
 * `type`, `first` and `last` from all of them, and one shape keeps those
 * loads monomorphic.
 */
export function makeElement(
  type: Element['type'],
  first: number,
  last: number,
  fields: { name?: NameSpan; title?: TitleSpan; honorific?: string | null; nameFirst?: number; key?: string } = {},
): Element {
  return {
    type,
    first,
    last,
    name: fields.name,
    title: fields.title,
    honorific: fields.honorific,
    nameFirst: fields.nameFirst,
    key: fields.key,
  } as Element;
}

function opensTitle(tag: Tag | null | undefined): boolean {
  return !!tag && (TITLE_KINDS.has(tag.kind) || tag.kind === 'former');
}

/** Index after the ")" closing the parenthesis opened at `open` (a short one), or after `open`. */
function closingParenthesis(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 12; k++) if (tokens[k].key === ')') return k + 1;
  return open + 1;
}

/** End of a place written alone at `i`, before the predicate (a lower-case word), or 0. */
function constituencyEnd(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): number {
  const tag = tags[i];
  if (tag?.kind !== 'place' || tag.first !== i) return 0;
  const next = tokens[tag.last];
  return next !== undefined && next.word && !next.cap ? tag.last : 0;
}

class ElementReader {
  readonly elements: Element[] = [];
  private readonly nameAt: Map<number, NameSpan>;
  private readonly nameStarts: Set<number>;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly tags: readonly (Tag | null)[],
    names: readonly NameSpan[],
  ) {
    this.nameAt = new Map(names.map((n) => [n.first, n]));
    this.nameStarts = new Set(this.nameAt.keys());
  }

  private push(element: Element): number {
    this.elements.push(element);
    return element.last;
  }

  /**
   * Words that are not about people: a run of them is one element, since
   * the reader treats each alike and looks only at a run's first and last
   * token.
   */
  private other(first: number, last: number): number {
    const previous = this.elements[this.elements.length - 1];
    if (previous?.type === 'other' && previous.last === first) {
      previous.last = last;
      return last;
    }
    return this.push(makeElement('other', first, last));
  }

  /** After "NAME," or "NAME, TITLE,": the place of a further title of that person. */
  private inSuffixChain(): boolean {
    const sep = this.elements[this.elements.length - 1];
    const before = this.elements[this.elements.length - 2];
    return sep?.type === 'sep' && (sep.key === ',' || sep.key === '-') && (before?.type === 'name' || before?.type === 'title');
  }

  private namedWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.nameStarts.has(k)) return true;
    return false;
  }

  private title(i: number, tag: Tag): number {
    // After "NAME," the person is named: a word after the position names the body ("Tổng giám đốc Vinacomin").
    const title = parseTitle(this.tokens, this.tags, this.nameStarts, i, !this.inSuffixChain());
    if (!title) return this.other(i, tag.last);
    let end = this.push(makeElement('title', i, title.last, { title }));
    if (title.shortName !== undefined) {
      return this.push(makeElement('short', title.shortName, title.shortName + 1, { nameFirst: title.shortName, honorific: null }));
    }
    // "GS.TS, Anh hùng Lao động, Nhà giáo Nhân dân X": degrees and honours, each a title.
    for (let k = title.kind === 'academic' ? nextAcademicAt(this.tokens, this.tags, end) : null; k !== null; k = nextAcademicAt(this.tokens, this.tags, end)) {
      const next = parseTitle(this.tokens, this.tags, this.nameStarts, k);
      if (next === null) break;
      end = this.push(makeElement('title', k, next.last, { title: next }));
    }
    // "TS. Nguyễn Văn A": the abbreviation's period is not a break.
    const skipDot = title.kind === 'academic' && this.tokens[end]?.key === '.' && this.tokens[end + 1]?.cap;
    return skipDot ? end + 1 : end;
  }

  /** An honorific before a name, a short name or a title; alone before a verb, a pronoun. */
  private honorific(i: number, tag: Tag): number {
    const { tokens, tags } = this;
    const honorific = tokens.slice(tag.first, tag.last).map((t) => t.key).join(' ');
    const j = tag.last;
    let shortEnd = j;
    while (shortEnd < tokens.length && shortEnd - j < 2 && tags[shortEnd] === null && nameShaped(tokens[shortEnd])) shortEnd++;
    if (this.nameAt.has(j) || opensTitle(tags[j])) return this.push(makeElement('honorific', i, j, { honorific }));
    if (shortEnd > j && !this.nameAt.has(shortEnd - 1)) {
      return this.push(makeElement('short', i, shortEnd, { nameFirst: j, honorific }));
    }
    if (pronounHonorifics.has(honorific) && !tokens[j]?.cap && cueAt(tokens, j) !== null) {
      return this.push(makeElement('pronoun', i, j, { honorific }));
    }
    return this.other(i, j);
  }

  private word(i: number): number {
    const { tokens, tags } = this;
    const t = tokens[i];
    const previous = this.elements[this.elements.length - 1];
    if (opensTitle(tags[i + 1]) && t.key === 'các') return this.push(makeElement('plural', i, i + 1));
    // "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh": two positions of one person, as after a comma.
    if (opensTitle(tags[i + 1]) && positionJoiners.has(t.key)) return this.push(makeElement('sep', i, i + 1, { key: ',' }));
    if (this.inSuffixChain()) {
      // "X, Tổng Tham mưu trưởng, ...": a position the lexicon does not know.
      const loose = looseTitleEnd(tokens, tags, this.nameStarts, i);
      if (loose > i) return this.push(makeElement('title', i, loose, { title: { first: i, last: loose, kind: 'position', former: false } }));
    }
    // "Nguyễn Văn A (thứ ba từ trái sang)": a note on the photo, not a title.
    if (t.key === '(' && previous?.type === 'name' && !opensTitle(tags[i + 1])) return closingParenthesis(tokens, i);
    // "X, Giám đốc Sở GTVT (cơ quan xây dựng đề án) đã ...": a note after a title, which the title left out.
    const note = t.key === '(' && previous?.type === 'title' && !opensTitle(tags[i + 1]) ? closingParenthesis(tokens, i) : 0;
    if (note > i + 1 && !this.namedWithin(i, note)) return this.push(makeElement('aside', i, note));
    // "Đại biểu Bùi Văn X - Thái Bình phát biểu": a delegate's constituency after a dash, as in parentheses.
    const constituency = t.key === '-' && previous?.type === 'name' ? constituencyEnd(tokens, tags, i + 1) : 0;
    if (constituency > 0) return this.push(makeElement('aside', i, constituency));
    if (!t.word && SEPARATORS.has(t.key)) return this.push(makeElement('sep', i, i + 1, { key: t.key }));
    if (t.key === 'và') return this.push(makeElement('conj', i, i + 1));
    if (t.key === 'cùng') return this.push(makeElement('conj', i, tokens[i + 1]?.key === 'với' ? i + 2 : i + 1));
    return this.other(i, tags[i]?.last ?? i + 1);
  }

  read(): Element[] {
    for (let i = 0; i < this.tokens.length; ) {
      const name = this.nameAt.get(i);
      const tag = this.tags[i];
      if (name) i = this.push(makeElement('name', i, name.last, { name }));
      else if (tag?.kind === 'historical') i = this.push(makeElement('historical', i, tag.last));
      else if (tag && opensTitle(tag)) i = this.title(i, tag);
      else if (tag?.kind === 'plural') i = this.push(makeElement('plural', i, tag.last));
      else if (tag?.kind === 'honorific') i = this.honorific(i, tag);
      else i = this.word(i);
    }
    return this.elements;
  }
}

export function readElements(tokens: readonly Token[], tags: readonly (Tag | null)[], names: readonly NameSpan[]): Element[] {
  return new ElementReader(tokens, tags, names).read();
}
