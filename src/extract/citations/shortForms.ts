/**
 * Short forms of a cited document, resolved like eyecite's short cites:
 *
 * - a kind word and a bare number ("Nghị quyết 25", "Nghị quyết số 25",
 *   "Chỉ thị 05 của Bộ Chính trị") names the one document cited earlier with
 *   that number and an agreeing kind;
 * - a kind word and "này", "nói trên", "đó" ("Nghị quyết này") names the
 *   nearest document of that kind before it;
 * - the name of a text that a decision issues ("Quyết định ... về việc ban
 *   hành Quy chế công tác dân vận ...", then "Quy chế công tác dân vận")
 *   names that decision.
 *
 * Where the text does not make the referent clear (no candidate, or more
 * than one), nothing is resolved. A kind word and a number that no citation
 * of the text has ("Quyết định số 994 của Thủ tướng") is a reference.
 */
import { foldWithAbbreviations } from '../../eval/fold.js';
import { ANAPHORA_WORDS, ATTACHED_KIND_WORDS, SHORT_FORM_FOLLOWERS } from '../../lexicon/documentKinds.js';
import type { Span } from '../../model/report.js';
import type { PreparedDocument } from '../../text/document.js';
import { isSpaceCode, isWordCharBefore } from '../../text/chars.js';
import { digitRuns } from '../../text/digits.js';
import { fold } from '../../text/fold.js';
import { SpanCover } from '../../text/sorted.js';
import { bodiesDisagree, kindWordAgrees, kindWordEntry } from './codes.js';
import { FOLDED_KIND_WORDS, isSpace, isWordChar, readTail, type Lead, type Tail, type TextSpan } from './context.js';
import type { DocumentSymbol } from './symbols.js';

/** A document named with its symbol, as step 2 read it. */
export interface FullMention {
  symbol: DocumentSymbol;
  lead: Lead;
  tail: Tail;
  /** The kind code after the kind word settled a law's kind ("Luật" for 59/2020/QH14). */
  kind: string;
  kindName: string | null;
}

export type ShortFormVia = 'number' | 'anaphora' | 'attached';

export interface ShortMention extends TextSpan {
  id: string;
  via: ShortFormVia;
  kindWord: string;
  kindWordSpan: TextSpan;
  tail: Tail | null;
}

/** A kind word and a number that no citation of the text has. */
export interface ReferenceMention extends TextSpan {
  kindWord: string;
  kindWordSpan: TextSpan;
  number: string;
  tail: Tail;
}

export interface ShortFormResult {
  shorts: ShortMention[];
  references: ReferenceMention[];
}

// ---------------------------------------------------------------------------
// Scanning.

const ATTACHED_WORDS = ATTACHED_KIND_WORDS.map(fold);
const OCCURRENCE_WORDS = [...new Set([...FOLDED_KIND_WORDS, ...ATTACHED_WORDS])].sort((a, b) => b.length - a.length);
/**
 * Any kind word not followed by a word character; a list of literals,
 * matched in linear time. That no word character comes before it is checked
 * on each match (isWordCharBefore): a look-behind here would be tried at every
 * position of the text and made the search several times slower.
 */
const KIND_WORD_OCCURRENCE = new RegExp(`(?:${OCCURRENCE_WORDS.join('|')})(?![\\p{L}\\p{M}\\d])`, 'gu');
const BARE_NUMBER = /^(\d{1,5}[a-z]?)(?![\p{L}\p{M}\d])/u;
const SO = /^số\s{0,2}:?\s{0,2}/u;
/** After a number: a symbol's or a date's separator, or a decimal part. */
const NUMBER_GOES_ON = /^\s{0,2}[-–—/]\s{0,2}[\p{L}\d]|^[.,]\d/u;
const SHORT_FORM_END = /[,.;:)”"…(]/u;

/** The last syllables of the kind words ("quyết", "định", "luật"). */
const LAST_SYLLABLES = new Set(OCCURRENCE_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const LONGEST_LAST_SYLLABLE = Math.max(...[...LAST_SYLLABLES].map((w) => w.length));

/** Where the word that ends at `end` starts (a run of letters, marks and digits), looking back at most `most` characters. */
function wordStartBefore(folded: string, end: number, most: number): number {
  let at = end;
  while (at > 0 && end - at <= most && isWordCharBefore(folded, at)) at--;
  return at;
}

/**
 * The numbers that a kind word may stand right before, "số" or not between
 * ("Quyết định số 25", "Chỉ thị 05"): the word before them (before "số")
 * is the last syllable of a kind word. Only these numbers can make a short
 * form or a reference; read backwards from each number, and much cheaper
 * than finding every kind word of the text.
 */
function numbersAfterKindWords(folded: string, firstOnly = false): number[] {
  const found: number[] = [];
  for (const number of digitRuns(folded).starts) {
    let at = number;
    // Over white space and a colon ("số: 25"), then "số" and the white space before it.
    while (at > 0 && (isSpaceCode(folded.charCodeAt(at - 1)) || folded.charCodeAt(at - 1) === 0x3a)) at--;
    if (folded.startsWith('số', at - 2) && !isWordCharBefore(folded, at - 2)) {
      at -= 2;
      while (at > 0 && isSpaceCode(folded.charCodeAt(at - 1))) at--;
    }
    const start = wordStartBefore(folded, at, LONGEST_LAST_SYLLABLE);
    if (at > start && LAST_SYLLABLES.has(folded.slice(start, at))) {
      found.push(number);
      if (firstOnly) break;
    }
  }
  return found;
}

/** Whether a text without full mentions can hold a reference: a number right after a kind word. */
export function mayHoldReferences(folded: string): boolean {
  return numbersAfterKindWords(folded, true).length > 0;
}

interface Occurrence {
  word: string;
  start: number;
  end: number;
}

function skipSpaces(folded: string, at: number, limit: number): number {
  while (at < limit && isSpace(folded[at])) at++;
  return at;
}

/** Whether a follower word ("của", "ngày", "về") or the clause's end comes at `at`. */
function followerAt(folded: string, at: number, limit: number): boolean {
  const start = skipSpaces(folded, at, limit);
  if (start >= limit || SHORT_FORM_END.test(folded[start])) return true;
  return SHORT_FORM_FOLLOWERS.some((w) => folded.startsWith(w, start) && !isWordChar(folded[start + w.length]));
}

interface NumberForm {
  number: string;
  end: number;
}

/** "số 25", "25" after a kind word at `at`; a bare number needs a follower word after it. */
function readNumberForm(doc: PreparedDocument, word: string, at: number, limit: number): NumberForm | null {
  const { folded } = doc;
  let from = skipSpaces(folded, at, limit);
  const so = SO.exec(folded.slice(from, from + 8));
  if (so) from += so[0].length;
  const m = BARE_NUMBER.exec(folded.slice(from, Math.min(limit, from + 8)));
  if (!m) return null;
  const end = from + m[1].length;
  if (NUMBER_GOES_ON.test(folded.slice(end, end + 6))) return null;
  if (!so && !(kindWordEntry(word)?.normative && followerAt(folded, end, limit))) return null;
  return { number: doc.text.slice(from, end), end };
}

/** "này", "nói trên" right after a kind word: where it ends, or -1. */
function anaphoraEnd(folded: string, at: number, limit: number): number {
  const start = skipSpaces(folded, at, limit);
  if (start === at) return -1;
  const word = ANAPHORA_WORDS.find((w) => folded.startsWith(w, start) && !isWordChar(folded[start + w.length]));
  return word && start + word.length <= limit ? start + word.length : -1;
}

// ---------------------------------------------------------------------------
// What earlier mentions a short form can point to.

/** A document the text has named by a given position, with the kind word it goes by. */
interface Antecedent {
  id: string;
  position: number;
  /** Folded kind words the document answers to: as written, and its kind's name. */
  words: string[];
  number: string | null;
  kind: string | null;
  issuedBy: string | null;
}

/** A text a decision issues: "Quyết định ... ban hành Quy chế công tác dân vận". */
interface Attached {
  id: string;
  /** Where the attached text was named (its subject's end). */
  position: number;
  word: string;
  name: string[];
}

const normalizeNumber = (n: string) => n.toLowerCase().replace(/^0+(?=\d)/u, '');
const ISSUING_PREFIX = /^(?:việc\s+)?(?:ban hành\s+)?/u;
const NAME_WORDS_COMPARED = 4;

function words(text: string): string[] {
  const folded = foldWithAbbreviations(text);
  return folded === '' ? [] : folded.split(' ');
}

function attachedOf(mention: FullMention): Attached | null {
  const { subject, subjectSpan } = mention.tail;
  if (!subject || !subjectSpan) return null;
  const folded = fold(subject);
  const rest = folded.slice(ISSUING_PREFIX.exec(folded)![0].length);
  const word = ATTACHED_WORDS.find((w) => rest.startsWith(`${w} `));
  if (!word) return null;
  const name = words(rest.slice(word.length));
  return name.length >= 2 ? { id: mention.symbol.id, position: subjectSpan.end, word, name } : null;
}

function antecedentOf(mention: FullMention): Antecedent {
  const kindName = mention.kindName === null ? [] : [fold(mention.kindName)];
  return {
    id: mention.symbol.id,
    position: mention.symbol.start,
    words: mention.lead.kindWord === null ? kindName : [mention.lead.kindWord, ...kindName],
    number: normalizeNumber(mention.symbol.number),
    kind: mention.kind,
    issuedBy: mention.tail.issuedBy,
  };
}

/** The one id among candidates, or null when there are none or several. */
function onlyId(ids: string[]): string | null {
  const distinct = new Set(ids.map((id) => id.toUpperCase()));
  return distinct.size === 1 ? ids[0] : null;
}

/**
 * The attached texts taken in so far, grouped by what a short form must
 * repeat to name one: the kind word and the first words of the name (all of
 * a short name). A short form then looks up its own few first words instead
 * of comparing itself with every attached text of the document.
 */
interface AttachedGroup {
  /** The one decision (its id in upper case) the group names, or null once it names several. */
  id: string | null;
  /** Its attached texts, with the order in which they were taken in. */
  entries: { order: number; attached: Attached }[];
}

class AttachedIndex {
  private readonly groups = new Map<string, AttachedGroup>();
  private readonly seen = new Set<string>();
  private taken = 0;

  private static key(word: string, name: readonly string[]): string {
    return `${word}\u0000${name.join(' ')}`;
  }

  add(attached: Attached): void {
    const order = this.taken++;
    const same = `${attached.id}\u0000${AttachedIndex.key(attached.word, attached.name)}`;
    // The same name of the same decision again matches the same short forms: once is enough.
    if (this.seen.has(same)) return;
    this.seen.add(same);
    const key = AttachedIndex.key(attached.word, attached.name.slice(0, NAME_WORDS_COMPARED));
    const id = attached.id.toUpperCase();
    const group = this.groups.get(key);
    if (!group) {
      this.groups.set(key, { id, entries: [{ order, attached }] });
    } else if (group.id === id) {
      group.entries.push({ order, attached });
    } else {
      // A group naming two decisions names none; its entries are no longer needed.
      group.id = null;
      group.entries = [];
    }
  }

  /**
   * The attached texts whose first words (all of them, up to
   * NAME_WORDS_COMPARED) the words after a kind word repeat, in the order
   * they were taken in, if they are all one decision; else null.
   */
  named(word: string, after: readonly string[]): Attached[] | null {
    const groups: AttachedGroup[] = [];
    for (let n = 2; n <= Math.min(NAME_WORDS_COMPARED, after.length); n++) {
      const group = this.groups.get(AttachedIndex.key(word, after.slice(0, n)));
      if (group) groups.push(group);
    }
    if (groups.length === 0 || groups.some((g) => g.id === null || g.id !== groups[0].id)) return null;
    return groups
      .flatMap((g) => g.entries)
      .sort((a, b) => a.order - b.order)
      .map((e) => e.attached);
  }
}

/** The subjects of the mentions of each document, to tell whether a position lies inside one. */
class SubjectSpans {
  private readonly byId = new Map<string, SpanCover>();

  constructor(full: readonly FullMention[]) {
    const spansById = new Map<string, TextSpan[]>();
    for (const m of full) {
      if (!m.tail.subjectSpan) continue;
      const spans = spansById.get(m.symbol.id) ?? [];
      spans.push(m.tail.subjectSpan);
      spansById.set(m.symbol.id, spans);
    }
    for (const [id, spans] of spansById) this.byId.set(id, new SpanCover(spans));
  }

  /** Whether a subject of document `id` holds `position`. */
  holds(id: string, position: number): boolean {
    return this.byId.get(id)?.covers(position) ?? false;
  }
}

/** The raw words after `at` with their end offsets, each expanded through the common abbreviations. */
function expandedWordsAfter(doc: PreparedDocument, at: number, limit: number, count: number): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  const pattern = /[^\s,.;:()“”"«»…]+/gu;
  pattern.lastIndex = at;
  for (let m = pattern.exec(doc.text); m !== null && m.index < limit && out.length < count; m = pattern.exec(doc.text)) {
    for (const word of words(m[0])) out.push({ word, end: Math.min(limit, m.index + m[0].length) });
  }
  return out.slice(0, count);
}

// ---------------------------------------------------------------------------
// Resolution.

/**
 * Reads the kind words of the text in order. What an occurrence may point
 * back to is kept up to date as it goes (the last document seen under each
 * kind word, the documents by number), so that each occurrence costs about
 * the same however many came before.
 */
class Resolver {
  readonly shorts: ShortMention[] = [];
  readonly references: ReferenceMention[] = [];
  private readonly antecedents: Antecedent[];
  private readonly attached: Attached[];
  private readonly byNumber = new Map<string, Antecedent[]>();
  private readonly wordsById = new Map<string, string[]>();
  private readonly lastByWord = new Map<string, { id: string; position: number }>();
  private readonly leadStarts: Set<number>;
  private readonly attachedSoFar = new AttachedIndex();
  /** The most words of any attached name: how far a short form is read for one. */
  private readonly longestAttached: number;
  private readonly subjects: SubjectSpans;
  private nextAntecedent = 0;
  private nextAttached = 0;

  constructor(
    private readonly doc: PreparedDocument,
    full: readonly FullMention[],
  ) {
    this.antecedents = full.map(antecedentOf).sort((a, b) => a.position - b.position);
    this.attached = full
      .map(attachedOf)
      .filter((a): a is Attached => a !== null)
      .sort((a, b) => a.position - b.position);
    const sameAsEarlier = new Set<string>();
    for (const a of this.antecedents) {
      // Later mentions that agree in id, kind and body with an earlier one match the same short forms.
      const key = `${a.number}\u0000${a.id}\u0000${a.kind}\u0000${a.issuedBy}`;
      if (!sameAsEarlier.has(key)) {
        sameAsEarlier.add(key);
        const list = this.byNumber.get(a.number!) ?? [];
        list.push(a);
        this.byNumber.set(a.number!, list);
      }
      this.wordsById.set(a.id, [...new Set([...(this.wordsById.get(a.id) ?? []), ...a.words])]);
    }
    this.leadStarts = new Set(full.flatMap((m) => (m.lead.kindWordSpan ? [m.lead.kindWordSpan.start] : [])));
    this.longestAttached = this.attached.reduce((most, a) => Math.max(most, a.name.length), 0);
    this.subjects = new SubjectSpans(full);
  }

  private see(word: string, id: string, position: number): void {
    const last = this.lastByWord.get(word);
    if (!last || last.position <= position) this.lastByWord.set(word, { id, position });
  }

  /** Take in every document named before `position`. */
  private advance(position: number): void {
    for (; this.nextAntecedent < this.antecedents.length && this.antecedents[this.nextAntecedent].position < position; this.nextAntecedent++) {
      const a = this.antecedents[this.nextAntecedent];
      for (const word of a.words) this.see(word, a.id, a.position);
    }
    for (; this.nextAttached < this.attached.length && this.attached[this.nextAttached].position <= position; this.nextAttached++) {
      const a = this.attached[this.nextAttached];
      this.see(a.word, a.id, a.position);
      this.attachedSoFar.add(a);
    }
  }

  read(occurrence: Occurrence, limit: number): void {
    this.advance(occurrence.start);
    // A kind word that opens a full mention ("Nghị quyết số 25-NQ/TW") is no short form.
    if (this.leadStarts.has(occurrence.start)) return;
    const { doc } = this;
    const kindWordSpan = { start: occurrence.start, end: occurrence.end };
    const numbered = kindWordEntry(occurrence.word) ? readNumberForm(doc, occurrence.word, occurrence.end, limit) : null;
    if (numbered) {
      this.readNumbered(occurrence, numbered, limit);
      return;
    }
    const anaphora = anaphoraEnd(doc.folded, occurrence.end, limit);
    if (anaphora >= 0) {
      const id = this.lastByWord.get(occurrence.word)?.id;
      if (id) this.add({ id, via: 'anaphora', kindWord: occurrence.word, kindWordSpan, start: occurrence.start, end: anaphora, tail: null });
      return;
    }
    if (ATTACHED_WORDS.includes(occurrence.word)) this.readAttached(occurrence, limit);
  }

  /** A short form is the latest mention of its document under its own word and the document's. */
  private add(short: ShortMention): void {
    this.shorts.push(short);
    for (const word of [short.kindWord, ...(this.wordsById.get(short.id) ?? [])]) this.see(word, short.id, short.start);
  }

  private readNumbered(occurrence: Occurrence, form: NumberForm, limit: number): void {
    const tail = readTail(this.doc, form.end, null, limit);
    const kindWordSpan = { start: occurrence.start, end: occurrence.end };
    const matching = (this.byNumber.get(normalizeNumber(form.number)) ?? []).filter(
      (a) =>
        a.kind !== null &&
        kindWordAgrees(occurrence.word, a.kind) &&
        !(tail.issuedBy && a.issuedBy && bodiesDisagree(tail.issuedBy, a.issuedBy)),
    );
    const earlier = matching.filter((a) => a.position < occurrence.start);
    if (earlier.length > 0) {
      const id = onlyId(earlier.map((a) => a.id));
      if (id) this.add({ id, via: 'number', kindWord: occurrence.word, kindWordSpan, start: occurrence.start, end: form.end, tail });
      return;
    }
    // A document cited with its symbol later in the text is covered by that citation.
    if (matching.length > 0) return;
    this.references.push({ kindWord: occurrence.word, kindWordSpan, number: form.number, start: occurrence.start, end: form.end, tail });
  }

  /**
   * A kind word followed by enough words of the name of a text that one
   * decision issued earlier (its first NAME_WORDS_COMPARED words, or all of a
   * shorter name) names that decision, up to the last word of the name it repeats.
   */
  private readAttached(occurrence: Occurrence, limit: number): void {
    const after = expandedWordsAfter(this.doc, occurrence.end, limit, this.longestAttached);
    const candidates = this.attachedSoFar.named(
      occurrence.word,
      after.map((w) => w.word),
    );
    if (candidates === null) return;
    const id = onlyId(candidates.map((a) => a.id));
    // A name inside the subject of a mention of the same decision is that decision's own wording.
    if (!id || this.subjects.holds(id, occurrence.start)) return;
    // How many words of each attached name the text repeats: the short form runs to the last.
    let words = 0;
    for (const a of candidates) {
      let n = 0;
      while (n < a.name.length && n < after.length && a.name[n] === after[n].word) n++;
      words = Math.max(words, n);
    }
    const kindWordSpan = { start: occurrence.start, end: occurrence.end };
    this.add({ id, via: 'attached', kindWord: occurrence.word, kindWordSpan, start: occurrence.start, end: after[words - 1].end, tail: null });
  }
}

/**
 * The kind words of the sentences, read in one pass over the text: a match
 * found past one sentence's end is kept for the next sentence instead of
 * being searched for again (searching from each sentence's start would run
 * on to the next kind word anywhere in the text, once per sentence).
 */
class OccurrenceScanner {
  /** The first match at or after where the last search started, or null when there is none. */
  private pending: RegExpExecArray | null = null;
  private searchedFrom = -1;

  constructor(private readonly folded: string) {}

  /** The next match starting at or after `from`, the same as a search begun at `from`. */
  private nextFrom(from: number): RegExpExecArray | null {
    // A pending match at or after `from` is also the first match from `from`: no position between was a match.
    if (this.searchedFrom >= 0 && this.searchedFrom <= from && (this.pending === null || this.pending.index >= from)) {
      return this.pending;
    }
    this.searchedFrom = from;
    KIND_WORD_OCCURRENCE.lastIndex = from;
    let m = KIND_WORD_OCCURRENCE.exec(this.folded);
    // Glued to the letters before it, it is part of another word: search on from the next position.
    while (m !== null && isWordCharBefore(this.folded, m.index)) {
      KIND_WORD_OCCURRENCE.lastIndex = m.index + 1;
      m = KIND_WORD_OCCURRENCE.exec(this.folded);
    }
    this.pending = m;
    return m;
  }

  /** Kind words in a sentence, in order; sentences must come in text order. */
  in(sentence: Span): Occurrence[] {
    const found: Occurrence[] = [];
    for (let m = this.nextFrom(sentence.start); m !== null && m.index < sentence.end; m = this.nextFrom(m.index + m[0].length)) {
      if (m.index + m[0].length <= sentence.end) found.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    }
    return found;
  }
}

/**
 * The short forms and references in the body sentences, given the full
 * mentions (in text order) that step 2 found.
 */
export function resolveShortForms(doc: PreparedDocument, sentences: readonly Span[], full: readonly FullMention[]): ShortFormResult {
  const resolver = new Resolver(doc, full);
  const leads = full.map((m) => m.lead.start).sort((a, b) => a - b);
  let nextLead = 0;
  const scanner = new OccurrenceScanner(doc.folded);
  // Every short form points back to a full mention: without any, a kind word
  // yields only a reference, which needs a number after it. Most texts cite
  // nothing, and in them only the sentences with such a number are read.
  const numbers = full.length === 0 ? numbersAfterKindWords(doc.folded) : null;
  let nextNumber = 0;
  for (const sentence of sentences) {
    if (numbers !== null) {
      while (nextNumber < numbers.length && numbers[nextNumber] < sentence.start) nextNumber++;
      if (nextNumber >= numbers.length || numbers[nextNumber] >= sentence.end) continue;
    }
    const occurrences = scanner.in(sentence);
    occurrences.forEach((occurrence, i) => {
      // A short form reads up to the next kind word or the next citation's lead.
      while (nextLead < leads.length && leads[nextLead] <= occurrence.end) nextLead++;
      const lead = nextLead < leads.length ? leads[nextLead] : sentence.end;
      const nextWord = occurrences[i + 1]?.start ?? sentence.end;
      resolver.read(occurrence, Math.min(lead, nextWord, sentence.end));
    });
  }
  return { shorts: resolver.shorts, references: resolver.references };
}
