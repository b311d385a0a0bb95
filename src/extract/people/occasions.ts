/**
 * Whether a person acts at the reported event or at another occasion the
 * article mentions: an earlier day named before them ("Tại hội nghị ngày
 * 5/3, ông X đã báo cáo ..."), or commentary quoted in an analysis ("Theo
 * ông X, chuyên gia ..."). Facts are computed once per sentence, so a long
 * sentence naming many people is read once.
 */
import type { Role } from '../../model/report.js';
import { EVENT_NOUNS, EVENT_PLACES } from '../../lexicon/roles.js';
import { TIME_OPENERS } from '../../lexicon/titles.js';
import type { PreparedDocument } from '../../text/document.js';
import { wholeWordsPattern } from '../../text/phrasePattern.js';
import { findDates, isValidDate, toIsoDate } from '../dates.js';
import { extractEventDate } from '../eventDate.js';
import type { Person } from './coreference.js';
import { LEAD_SENTENCES, type Slot } from './parse.js';
import { isForeignWord } from './shape.js';
import { isDigitCode } from '../../text/chars.js';
import { lowerBound, spanIndexAt } from '../../text/sorted.js';

/** Words before a date that make it the day of an occasion: "ngày 5/3", "sáng 5/3", "hôm 5/3". */
const DAY_CUES: ReadonlySet<string> = new Set(TIME_OPENERS);
/**
 * Words before "ngày" that make the date a document's: "ký ngày", "ban hành ngày", "có hiệu lực từ
 * ngày" (one or two words: "tiến hành ngày 5/3" is an occasion).
 */
const DOCUMENT_DATE_WORDS: ReadonlySet<string> = new Set(['ký', 'ban hành', 'từ', 'đến']);
/** A document's symbol before "ngày": "35/NQ-CP ngày 16/5/2016". */
const SYMBOL_LIKE = /^\d[\p{L}\d]*[-/][\p{L}\d/-]*$/u;
/** Longer runs without a space are no cue words. */
const MAX_WORD = 40;

/** The word (a run without spaces, at most `MAX_WORD` long) ending right before `at`, past spaces: [start, end). */
function wordBefore(folded: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && folded[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && folded[start - 1] !== ' ' && folded[start - 1] !== '\n') start--;
  return [start, end];
}

/** Whether the word before a date makes it an occasion's day (not a document's). */
function cuesOccasionDay(folded: string, dateStart: number): boolean {
  const [start, end] = wordBefore(folded, dateStart);
  const cue = folded.slice(start, end).replace(/^[(,]+/u, '');
  if (!DAY_CUES.has(cue)) return false;
  if (cue !== 'ngày') return true;
  const [from, to] = wordBefore(folded, start);
  const previous = folded.slice(from, to).replace(/,$/u, '');
  if (DOCUMENT_DATE_WORDS.has(previous) || SYMBOL_LIKE.test(previous)) return false;
  const [twoFrom] = wordBefore(folded, from);
  return !DOCUMENT_DATE_WORDS.has(folded.slice(twoFrom, to).replace(/,$/u, ''));
}

function firstDigit(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isDigitCode(text.charCodeAt(k))) return k;
  return to;
}


interface SentenceDays {
  /** Where the sentence's first digit stands (its end if none): no date before it. */
  firstDigit: number;
  /** Semicolons, in order: a person acts in the part of the sentence after the last one before them. */
  semicolons: number[];
  /** Starts and ends of the occasion days earlier than the event's, in order. */
  starts: number[];
  ends: number[];
}

/** How many sentences after a quote the event may first be named. */
const EVENT_LOOKAHEAD = 2;

/** Any event noun as a word of its own (global: `findFirstEvent` walks the matches). */
const EVENT_NOUN = wholeWordsPattern(EVENT_NOUNS, 'gu');

export class Occasions {
  private readonly days = new Map<number, SentenceDays>();
  private readonly eventNamed = new Map<number, boolean>();
  private event: string | null | undefined;
  private firstEvent: number | undefined;

  constructor(private readonly doc: PreparedDocument) {}

  /** The event's day (ISO), read once and only when some sentence names a day. */
  private eventDay(): string | null {
    if (this.event === undefined) this.event = extractEventDate(this.doc).eventDate;
    return this.event;
  }

  private sentenceDays(index: number): SentenceDays {
    let found = this.days.get(index);
    if (found) return found;
    const { folded } = this.doc;
    const sentence = this.doc.sentences[index];
    found = { firstDigit: firstDigit(folded, sentence.start, sentence.end), semicolons: [], starts: [], ends: [] };
    this.days.set(index, found);
    // Most sentences hold no number at all: no date to read.
    if (found.firstDigit === sentence.end) return found;
    for (let k = folded.indexOf(';', sentence.start); k >= 0 && k < sentence.end; k = folded.indexOf(';', k + 1)) found.semicolons.push(k);
    for (const date of findDates(folded, sentence.start, sentence.end)) {
      if (!cuesOccasionDay(folded, date.start)) continue;
      const event = this.eventDay();
      if (event === null) break;
      const year = date.year ?? Number(event.slice(0, 4));
      if (!isValidDate(date.day, date.month, year) || toIsoDate(year, date.month, date.day) >= event) continue;
      found.starts.push(date.start);
      found.ends.push(date.end);
    }
    return found;
  }

  /**
   * "Tại hội nghị ngày 5/3, ông X đã báo cáo ...": a day before the event's,
   * named before the person in their part of the sentence, puts what they
   * did at that earlier occasion. Not in the lead, which reports the event
   * itself whatever date the event date was read from.
   */
  earlier(slot: Slot): boolean {
    if (slot.sentence < LEAD_SENTENCES) return false;
    const days = this.sentenceDays(slot.sentence);
    if (days.starts.length === 0 || days.firstDigit >= slot.start) return false;
    const semicolon = lowerBound(days.semicolons, slot.start) - 1;
    const from = semicolon >= 0 ? days.semicolons[semicolon] + 1 : this.doc.sentences[slot.sentence].start;
    const k = lowerBound(days.starts, from);
    return k < days.starts.length && days.ends[k] <= slot.start;
  }

  /** "Tại buổi làm việc, ... . Bà X cho rằng ...": the sentence before, in the same paragraph, names the event as the place. */
  private eventNamedJustBefore(index: number): boolean {
    let named = this.eventNamed.get(index);
    if (named === undefined) {
      const sentence = this.doc.sentences[index];
      const before = this.doc.sentences[index - 1];
      named = before !== undefined && before.lineIndex === sentence.lineIndex && EVENT_PLACES.some((place) => before.folded.includes(place));
      this.eventNamed.set(index, named);
    }
    return named;
  }

  /**
   * Whether the article has named an event ("hội nghị", "buổi làm việc", "lễ" ...) by one of
   * these sentences or the two after it: a lead may quote someone just before naming the meeting.
   */
  eventToldBy(sentences: readonly number[]): boolean {
    const first = this.firstEventSentence();
    return first >= 0 && sentences.some((k) => k >= first - EVENT_LOOKAHEAD);
  }

  /** Whether the article names any event at all. */
  reportsEvent(): boolean {
    return this.firstEventSentence() >= 0;
  }

  private firstEventSentence(): number {
    this.firstEvent ??= this.findFirstEvent();
    return this.firstEvent;
  }

  /** One pass over the document: the first event noun that lies inside a sentence. */
  private findFirstEvent(): number {
    const { folded, sentences } = this.doc;
    const pattern = EVENT_NOUN;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const index = spanIndexAt(sentences, m.index);
      if (index >= 0 && m.index + m[0].length <= sentences[index]!.end) return index;
    }
    return -1;
  }

  /**
   * A foreign expert quoted for a view ("Theo ông X, ...", "X nhận định
   * ...") and never placed at the event: commentary in an analysis, not an
   * attendee.
   */
  onlyCommentary(person: Person, present: readonly Role[]): boolean {
    if (present.length > 0 || !person.key.split(' ').some(isForeignWord)) return false;
    const acting = person.slots.filter((s) => s.roles.size > 0);
    return acting.length > 0 && acting.every((s) => s.commentary === true && !this.eventNamedJustBefore(s.sentence));
  }
}
