/**
 * One sentence read as references to people: full names, short names after
 * an honorific ("ông Lộc"), honorific pronouns ("đồng chí đề nghị") and
 * titles standing for a person ("Thường trực Ban Bí thư nhấn mạnh"), each
 * with the titles the sentence gives it and the roles its words state.
 *
 * Titles attach by position: before a name ("Phó Bí thư Thành ủy X", "TITLE
 * – X"), after it ("X, TITLE, TITLE", "X – TITLE"), shared by a list ("các
 * đồng chí Phó Trưởng Ban: A, B, C"). People joined by commas, semicolons
 * and "và" form a group that shares its predicate and its list opener.
 */
import type { Role } from '../../model/report.js';
import type { PreparedDocument } from '../../text/document.js';
import { fold } from '../../text/fold.js';
import { makeElement, readElements, type Element } from './elements.js';
import { findNames } from './names.js';
import { cueAt, groupRoles, type GroupRoles } from './roles.js';
import { frontedClauseTable, headTable, isGluedDegrees, rankTable, roleCueTable } from './tables.js';
import { tagTokens } from './tagging.js';
import type { TitleKind, TitleSpan } from './titles.js';
import { tokenize, type Token } from './tokens.js';

export interface TitleRef {
  /** As written. */
  text: string;
  kind: TitleKind;
  former: boolean;
  /** Offsets into `PreparedDocument.text`. */
  start: number;
  end: number;
}

/**
 * "PGS.TS", "TS.BS": abbreviated degrees glued by a period, one title each
 * as written; "Th.S" (one degree spelled with a period) stays whole.
 */
export function degreeParts(ref: TitleRef): TitleRef[] {
  if (ref.kind !== 'academic' || !isGluedDegrees(fold(ref.text))) return [ref];
  const parts: TitleRef[] = [];
  let offset = 0;
  for (const piece of ref.text.split('.')) {
    const text = piece.trim();
    const start = ref.start + offset + piece.indexOf(text);
    parts.push({ ...ref, text, start, end: start + text.length });
    offset += piece.length + 1;
  }
  return parts;
}

export type SlotKind = 'name' | 'short' | 'pronoun' | 'title';

export interface Slot {
  kind: SlotKind;
  sentence: number;
  /** Offsets into `PreparedDocument.text` of the reference itself. */
  start: number;
  end: number;
  /** Full name as written ('name'), short name ('short'), null otherwise. */
  name: string | null;
  /** Folded syllables of the name or short name. */
  key: string;
  honorific: string | null;
  titles: TitleRef[];
  roles: Set<Role>;
  /** Named only as someone's ("Quyết định của Thủ tướng X"). */
  genitive: boolean;
  /** Listed after "có" ("Dự hội nghị có ..."). */
  listed: boolean;
  /** Its only role is a view given, the event not named ("Theo X, ...", "X cho rằng ..."). */
  commentary?: boolean;
}

/** Words after which a title names the one something belongs to or is given to. */
const PREPOSITIONS = new Set(['của', 'với', 'cho', 'về', 'đến', 'tới', 'từ', 'đối']);

/** What may stand right before a title used as a subject. */
const SUBJECT_OPENERS = new Set([',', '-', ':', '”', '"', '“', 'do', 'theo', 'và']);

interface Group {
  slots: Slot[];
  /** Token indexes: first element of the group, end of its last reference or title. */
  start: number;
  end: number;
}

/** Turns the elements of one sentence into slots with titles, and groups them. */
class SentenceReader {
  readonly groups: Group[] = [];
  /** Titles read since the last person or break, not yet given to anyone. */
  private pending: { span: TitleSpan; ref: TitleRef; afterComma: boolean }[] = [];
  /** The element before the first pending title. */
  private pendingOpener: Element | null = null;
  /** The last person named, who takes the titles that follow ("X, T1, T2") while `accepting`. */
  private last: Slot | null = null;
  private accepting = false;
  /** Whether the last person had a position before the name ("T1 X, T2 Y" lists). */
  private lastHadPrefix = false;
  /** After "các (đồng chí)": titles may be shared by the names that follow. */
  private plural = false;
  /** Titles every name in the current list gets ("các đồng chí Phó Trưởng Ban: A, B"). */
  private shared: TitleRef[] | null = null;
  /** The separator read since the last title or name. */
  private separator: string | null = null;
  /** The honorific just before the coming name. */
  private honorific: string | null = null;
  private group: Group | null = null;
  private previous: Element | null = null;
  private next: Element | null = null;
  /** The shared titles came before a colon ("các đồng chí Ủy viên BCT: ..."), not from a plural's first item. */
  private sharedByColon = false;
  /** The colon list opened with "các (đồng chí)": it goes on across semicolons. */
  private sharedPlural = false;
  /** The list a nested plural list belongs to ("các đồng chí Ủy viên BCT: ...; các Phó Thủ tướng: A, B"). */
  private outerShared: TitleRef[] | null = null;
  /** The sentence opens with a prepositional phrase ("Về vụ việc ...", "Đối với ...") that a comma closes. */
  private readonly opensWithFrontedPhrase: boolean;
  private commaSeen = false;
  /** The sentence opens with a verb or a fronted connective ("Để ...", "Trước ..."). */
  private readonly opensWithClause: boolean;
  /** The last person was named inside that fronted phrase. */
  private inFrontedPhrase = false;

  constructor(
    private readonly doc: PreparedDocument,
    private readonly tokens: readonly Token[],
    private readonly sentence: number,
  ) {
    const first = tokens[0]?.key;
    // "Báo cáo Thủ tướng X, Phó Chủ tịch Hội Y, Z, cho biết": a fronted verb with its object.
    const cue = roleCueTable.match(tokens, 0);
    const verbObject = cue !== null && tokens[cue.length]?.cap === true && (headTable.match(tokens, cue.length) !== null || rankTable.match(tokens, cue.length) !== null);
    this.opensWithFrontedPhrase = (first === 'về' && tokens[1]?.key !== 'phía') || (first === 'đối' && tokens[1]?.key === 'với') || verbObject;
    this.opensWithClause = cue !== null || frontedClauseTable.match(tokens, 0) !== null;
  }

  /**
   * "Để bồi thêm cho ý của ông Siêu, ông X ... cho biết", "Tranh luận lại với ý kiến của ĐB A, ĐB B
   * cho biết": a person named as the object of a preposition in an opening clause belongs to that
   * clause, which the comma closes.
   */
  private inOpeningClause(element: Element): boolean {
    if (this.opensWithFrontedPhrase) return true;
    if (!this.opensWithClause || this.groups.length > 0) return false;
    const start = this.group ? this.group.start : element.first;
    const before = this.tokens[start - 1]?.key;
    return before === 'của' || before === 'với';
  }

  private ref(span: TitleSpan): TitleRef {
    const start = this.tokens[span.first].start;
    const end = this.tokens[span.last - 1].end;
    // As written, but on one line: a caption may break a title.
    const text = this.doc.text.slice(start, end).replace(/\s+/gu, ' ');
    return { text, kind: span.kind, former: span.former, start, end };
  }

  /** The group goes on with this element; it ends after its last person or title, not after an honorific. */
  private touchGroup(element: Element, extends_ = true): void {
    if (!this.group) this.group = { slots: [], start: element.first, end: element.first };
    if (extends_) this.group.end = Math.max(this.group.end, element.last);
  }

  private closeGroup(): void {
    if (this.group && this.group.slots.length > 0) this.groups.push(this.group);
    this.group = null;
  }

  /** Pending titles after the last named person are his or hers; otherwise they are dropped. */
  private flushToLast(): void {
    if (this.last && this.accepting) this.last.titles.push(...this.pending.map((p) => p.ref));
    this.pending = [];
  }

  /** A break between people: the last one takes no more titles. */
  private endPerson(): void {
    this.flushToLast();
    this.accepting = false;
  }

  private addSlot(kind: SlotKind, element: Element, name: string | null, key: string, honorific: string | null, titles: TitleRef[]): Slot {
    const start = this.tokens[element.first].start;
    const end = this.tokens[element.last - 1].end;
    const slot: Slot = {
      kind, sentence: this.sentence, start, end, name, key, honorific, titles, roles: new Set(), genitive: false, listed: false, commentary: false,
    };
    this.touchGroup(element);
    this.group!.slots.push(slot);
    return slot;
  }

  /** Titles right before a name: its prefix, unless they close the previous person's list. */
  private takePrefix(): TitleRef[] {
    if (this.pending.length === 0) return [];
    // Titles gathered before an honorific went to the previous person when it was read.
    const adjacent = this.separator === null || this.separator === '-';
    // "Phó Chủ tịch Hội người Việt Nam ở Nhật Bản, Nguyễn Minh Đức, cho biết": with nobody before to
    // take them, titles before a comma are the next person's.
    const ownerless = this.separator === ',' && !(this.last && this.accepting) && (this.pendingOpener === null || this.pendingOpener.type === 'sep');
    if (!adjacent && !ownerless) {
      this.flushToLast();
      return [];
    }
    // "... cuộc họp cấp bộ trưởng, Thủ tướng May nhấn mạnh": a position written in lower case
    // before a comma is a common noun, not the next person's title.
    const lowerBefore = this.pending.findIndex((p, k) => k + 1 < this.pending.length && this.pending[k + 1].afterComma && !this.tokens[p.span.first].cap);
    if (lowerBefore >= 0) this.pending = this.pending.slice(lowerBefore + 1);
    let prefix = this.pending.map((p) => p.ref);
    // "... chất vấn của Bộ trưởng Bộ Nông nghiệp, Chủ tịch Quốc hội X": titles after a preposition
    // name someone else; only those after the last comma are X's.
    const opener = this.pendingOpener;
    if (opener?.type === 'other' && PREPOSITIONS.has(this.tokens[opener.last - 1].key)) {
      let from = 0;
      this.pending.forEach((p, k) => {
        if (p.afterComma) from = k;
      });
      if (from > 0) {
        prefix = prefix.slice(from);
        // The person's group starts at their own title, after the prepositional phrase.
        if (this.group && this.group.slots.length === 0) this.group.start = this.pending[from].span.first;
      }
    }
    if (this.last && this.accepting && !this.lastHadPrefix) {
      // "đồng chí A, T1, T2 B": only the title touching B is B's.
      this.last.titles.push(...prefix.slice(0, -1));
      prefix = prefix.slice(-1);
    }
    this.pending = [];
    return prefix;
  }

  private named(element: Element, kind: 'name' | 'short', name: string, key: string, honorific: string | null): void {
    const pluralChain = this.plural && this.pendingOpener?.type === 'plural';
    const prefix = this.takePrefix();
    // "các Phó Thủ tướng A, B": a plural title before a list is every listed person's.
    if (pluralChain && prefix.length > 0 && !this.shared) {
      this.shared = prefix;
      this.sharedByColon = false;
    }
    // "các Bộ trưởng Y tế A, Bộ trưởng Tư pháp B": without a colon, a person with a position of
    // their own does not take the first one's.
    const ownPosition = prefix.some((t) => t.kind === 'position');
    const shared = this.shared && this.shared !== prefix && (this.sharedByColon || !ownPosition) ? this.shared : [];
    const titles = [...(this.outerShared ?? []), ...shared, ...prefix];
    const slot = this.addSlot(kind, element, name, key, honorific, titles);
    this.last = slot;
    // A rank or degree before a name does not make a list "title before name" style.
    this.lastHadPrefix = prefix.some((t) => t.kind === 'position');
    this.accepting = true;
    this.inFrontedPhrase = !this.commaSeen && this.inOpeningClause(element);
    this.separator = null;
    this.honorific = null;
  }

  /** A title chain standing as the subject of a role verb: a reference to someone named elsewhere. */
  private titleSubject(next: Element): void {
    if (this.pending.length === 0 || this.plural) return;
    const opener = this.pendingOpener;
    // "Thường trực Ban Bí thư nhấn mạnh", "..., Phó Thủ tướng yêu cầu", "Đồng chí Bí thư Tỉnh ủy tặng hoa".
    const subject = opener === null || opener.type === 'honorific' || SUBJECT_OPENERS.has(this.tokens[opener.last - 1].key);
    if (!subject) return;
    const first = this.pending[0].span;
    if (!this.tokens[first.first].cap || first.last - first.first < 2) return;
    if (cueAt(this.tokens, next.first) === null) return;
    const lastSpan = this.pending[this.pending.length - 1].span;
    const element = makeElement('title', first.first, lastSpan.last, { title: lastSpan });
    this.addSlot('title', element, null, '', null, this.pending.map((p) => p.ref));
  }

  private onTitle(element: Extract<Element, { type: 'title' }>): void {
    if (this.pending.length === 0) this.pendingOpener = this.previous;
    this.pending.push({ span: element.title, ref: this.ref(element.title), afterComma: this.separator === ',' });
    this.separator = null;
    this.touchGroup(element);
  }

  /** "Tổng Bí thư: ..." opening a sentence or a headline: the title holder speaks. */
  private speakerLabel(): void {
    const first = this.pending[0].span;
    const lastSpan = this.pending[this.pending.length - 1].span;
    const element = makeElement('title', first.first, lastSpan.last, { title: lastSpan });
    const slot = this.addSlot('title', element, null, '', null, this.pending.map((p) => p.ref));
    slot.roles.add('spoke');
    this.pending = [];
    this.closeGroup();
  }

  private onSeparator(key: string): void {
    this.separator = key;
    if (key === ',') {
      this.commaSeen = true;
      // "Về vụ việc đối với ông X, Tổng Bí thư gửi lời cảm ơn ...": the comma closes the
      // fronted phrase; the title after it is the next clause's subject, not X's.
      if (this.inFrontedPhrase) {
        this.endPerson();
        this.inFrontedPhrase = false;
        if (!this.opensWithFrontedPhrase) this.closeGroup();
      }
    }
    if (key === ';') {
      this.endPerson();
      // "nguyên Tổng Bí thư: A, B; Chủ tịch nước C": a colon list without "các" ends at the semicolon.
      if (this.shared && this.sharedByColon && !this.sharedPlural) this.shared = null;
    }
    else if (key === ':' && this.pending.length > 0 && !this.plural && this.last === null && this.pendingOpener === null) {
      this.speakerLabel();
      this.accepting = false;
    } else if (key === ':') {
      // "các đồng chí Phó Trưởng Ban Dân vận Trung ương: A, B": titles before a colon are shared,
      // also after a person ("Tổng Bí thư X, nguyên Tổng Bí thư: A, B") when names follow.
      const listFollows = this.next?.type === 'name';
      if (this.pending.length > 0 && (this.plural || !this.accepting || listFollows)) {
        this.shared = this.pending.map((p) => p.ref);
        this.sharedByColon = true;
        this.sharedPlural = this.plural;
        this.pending = [];
      } else this.flushToLast();
      this.accepting = false;
      this.plural = false;
    }
  }

  /** A word that is not about people: the group ends; titles waiting may stand for a person. */
  private onOther(element: Element): void {
    if (this.pending.length > 0) {
      if (this.last && this.accepting) this.flushToLast();
      else this.titleSubject(element);
      this.pending = [];
    }
    this.accepting = false;
    this.plural = false;
    this.shared = null;
    this.outerShared = null;
    this.honorific = null;
    this.separator = null;
    this.closeGroup();
  }

  private onElement(element: Element): void {
    switch (element.type) {
      case 'title':
        return this.onTitle(element);
      case 'sep':
        return this.onSeparator(element.key);
      case 'conj':
        return this.endPerson();
      case 'plural':
        this.endPerson();
        this.plural = true;
        // After ";" inside a shared list, a nested list keeps the outer title.
        this.outerShared = this.separator === ';' && this.shared ? [...(this.outerShared ?? []), ...this.shared] : null;
        this.shared = null;
        return this.touchGroup(element, false);
      case 'honorific':
        // "các đồng chí Phó Chủ tịch: A, B; đồng chí C - ...": a new "đồng chí" after ";" leaves the shared list.
        if (this.separator === ';') {
          this.shared = null;
          this.outerShared = null;
        }
        // "Chủ tịch HĐND TPHCM bà Nguyễn Thị Quyết Tâm": titles right before the honorific, with
        // nobody before to take them, are the coming person's.
        if (this.pending.length > 0 && this.separator === null && !(this.last && this.accepting) && !this.plural) this.accepting = false;
        else this.endPerson();
        this.honorific = element.honorific;
        return this.touchGroup(element, false);
      case 'name':
        return this.named(element, 'name', element.name.text, element.name.key, this.honorific);
      case 'short': {
        // "ông Lộc": the mention is the honorific with the short name; "Bộ trưởng Dũng": the title's holder.
        if (element.honorific !== null) this.endPerson();
        const words = this.tokens.slice(element.nameFirst, element.last);
        return this.named(element, 'short', words.map((t) => t.text).join(' '), words.map((t) => t.key).join(' '), element.honorific);
      }
      case 'historical':
        // "nguyên Tổng Bí thư Trường Chinh", "Chủ tịch Hồ Chí Minh": titles right before a historical figure are theirs.
        if (this.separator === null) this.pending = [];
        return this.onOther(element);
      case 'pronoun':
        this.endPerson();
        this.addSlot('pronoun', element, null, '', element.honorific, []);
        this.last = null;
        return;
      case 'other':
        return this.onOther(element);
      case 'aside':
        return this.touchGroup(element);
    }
  }

  read(elements: readonly Element[]): void {
    elements.forEach((element, k) => {
      this.next = elements[k + 1] ?? null;
      this.onElement(element);
      this.previous = element;
    });
    if (this.pending.length > 0 && this.last && this.accepting) this.flushToLast();
    this.closeGroup();
  }
}

export interface SentenceReading {
  slots: Slot[];
  tokens: Token[];
}

function hasLowerWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].word && !tokens[k].cap) return true;
  return false;
}

/** The opening sentences of an article (headline, lead) report the event itself, even "mới đây". */
export const LEAD_SENTENCES = 3;

/** Read one body sentence of the document. */
export function readSentence(doc: PreparedDocument, sentenceIndex: number): SentenceReading {
  const sentence = doc.sentences[sentenceIndex];
  const tokens = tokenize(doc, sentence.start, sentence.end);
  const tags = tagTokens(tokens);
  const names = findNames(tokens, tags);
  const elements = readElements(tokens, tags, names);
  const reader = new SentenceReader(doc, tokens, sentenceIndex);
  reader.read(elements);
  const slots: Slot[] = [];
  let previous: GroupRoles | null = null;
  reader.groups.forEach((group, g) => {
    const introFrom = g === 0 ? 0 : reader.groups[g - 1].end;
    const predicateTo = g + 1 < reader.groups.length ? reader.groups[g + 1].start : tokens.length;
    const found = groupRoles(tokens, introFrom, group.start, group.end, predicateTo, sentenceIndex < LEAD_SENTENCES);
    // A list broken by a stray token ("..., A (*), B") or by a position the grammar did not read
    // to its end ("A, Chủ tịch Hội đồng cấp Nhà nước xét tặng ...; B") goes on under the same opener.
    if (previous?.listed && g > 0 && !found.genitive && (tokens[group.start - 1]?.key === ';' || !hasLowerWord(tokens, introFrom, group.start))) {
      previous.roles.forEach((r) => found.roles.add(r));
      found.listed = true;
    }
    for (const slot of group.slots) {
      found.roles.forEach((r) => slot.roles.add(r));
      slot.genitive = found.genitive;
      slot.listed = found.listed;
      if (found.commentary) slot.commentary = true;
      slots.push(slot);
    }
    previous = found;
  });
  return { slots, tokens };
}
