/**
 * From references in sentences to people: one person per full name, with a
 * typo in a repeated name and a shortened name ("Bạch Mai", "ông Lộc")
 * folded in; honorific pronouns ("đồng chí đề nghị") resolved to the person
 * last spoken of; titles standing alone ("Thường trực Ban Bí thư nhấn
 * mạnh") resolved to the one person who holds that title.
 */
import distance from 'natural/lib/natural/distance/index.js';
import type { Role } from '../../model/report.js';
import type { Slot, TitleRef } from './parse.js';
import { familyNames, stripMarks } from './tables.js';
import { foldsInto, normalizeTitle } from './titles.js';

export interface Person {
  key: string;
  /** The name as written at its first full mention (in capitals only if never written otherwise). */
  name: string;
  /** Every reference resolved to this person, in document order. */
  slots: Slot[];
}

/** How far back (in sentences) a pronoun or a title alone may point. */
const PRONOUN_REACH = 4;
const TITLE_REACH = 8;
/** Jaro-Winkler similarity above which two spellings of one name are a typo of each other. */
const TYPO_SIMILARITY = 0.9;

function normalizedTitles(slots: readonly Slot[]): Set<string> {
  const out = new Set<string>();
  for (const slot of slots) for (const t of slot.titles) out.add(normalizeTitle(t.text));
  return out;
}

/** Two people share a position, or one has none: a typo may join them. */
function titlesCompatible(a: readonly Slot[], b: readonly Slot[]): boolean {
  const ta = normalizedTitles(a);
  const tb = normalizedTitles(b);
  if (ta.size === 0 || tb.size === 0) return true;
  for (const x of ta) for (const y of tb) if (foldsInto(x, y) || foldsInto(y, x)) return true;
  return false;
}

/**
 * "Nguyễn Văn Được" / "Nguyễn Văn Đươc": one syllable off by a typo, the rest
 * equal (syllables compared). The family name may be the one, if the minor's
 * is no family name at all ("Ngyễn Xuân Phúc"): "Lò Văn An" is not "Lê Văn An".
 */
function isTypoOf(sa: readonly string[], sb: readonly string[]): boolean {
  if (sa.length !== sb.length) return false;
  if (sa[0] !== sb[0] && (sa.length < 3 || familyNames.has(sa[0]))) return false;
  let differing = -1;
  for (let k = 0; k < sa.length; k++) {
    if (sa[k] === sb[k]) continue;
    if (differing >= 0) return false;
    differing = k;
  }
  if (differing < 0) return false;
  const x = stripMarks(sa[differing]);
  const y = stripMarks(sb[differing]);
  return distance.JaroWinklerDistance(x, y) >= TYPO_SIMILARITY && x[0] === y[0];
}

function mergeInto(target: Person, source: Person): void {
  target.slots.push(...source.slots);
  target.slots.sort((a, b) => a.start - b.start);
}

/** Fold typo spellings and shortened forms of a name into the person named in full. */
function mergeVariants(people: Person[]): Person[] {
  const byCount = [...people].sort((a, b) => b.slots.length - a.slots.length || a.slots[0].start - b.slots[0].start);
  const merged = new Set<Person>();
  const syllables = new Map(people.map((p) => [p, p.key.split(' ')]));
  for (const minor of [...byCount].reverse()) {
    const keyWords = syllables.get(minor)!;
    const hosts = byCount.filter((p) => p !== minor && !merged.has(p) && p.slots.length >= minor.slots.length);
    const typo = hosts.filter((p) => isTypoOf(keyWords, syllables.get(p)!) && titlesCompatible(minor.slots, p.slots));
    const longer = people.filter((p) => p !== minor && !merged.has(p) && syllables.get(p)!.length > keyWords.length && p.key.endsWith(` ${minor.key}`));
    const host = typo.length === 1 ? typo[0] : longer.length === 1 && keyWords.length >= 2 ? longer[0] : null;
    if (host && titlesCompatible(minor.slots, host.slots)) {
      mergeInto(host, minor);
      merged.add(minor);
    }
  }
  return people.filter((p) => !merged.has(p));
}

/** A person referred to lately, in reading order. */
interface Recent {
  person: Person;
  sentence: number;
  /** Named as someone's or in quoted words there. */
  genitive: boolean;
}

function isFemale(person: Person): boolean {
  return person.key.split(' ').includes('thị');
}

/**
 * The person a pronoun ("ông", "bà", "đồng chí") stands for: in its own
 * sentence, the first one named there (the subject: "ông A cảm ơn ông B –
 * người mà ông cho rằng ..."); otherwise the latest one named nearby.
 */
function resolvePronoun(slot: Slot, recent: readonly Recent[]): Person | null {
  // Someone named as another's or inside quoted words is not who "ông nói" stands for.
  const near = recent.filter((r) => slot.sentence - r.sentence <= PRONOUN_REACH && !r.genitive);
  if (near.length === 0) return null;
  const wanted = slot.honorific === 'bà' ? true : slot.honorific === 'ông' ? false : null;
  const fitting = wanted === null ? near : near.filter((r) => isFemale(r.person) === wanted);
  const pool = fitting.length > 0 ? fitting : near;
  const sameSentence = pool.filter((r) => r.sentence === slot.sentence);
  return sameSentence.length > 0 ? sameSentence[0].person : pool[pool.length - 1].person;
}

function personTitles(person: Person): string[] {
  return [...normalizedTitles(person.slots.filter((s) => s.kind !== 'title'))];
}

/** A title alone names its holder when it is the same as or a short form of one of theirs, never a fuller one. */
function titleMatches(ref: TitleRef, titles: readonly string[]): boolean {
  const n = normalizeTitle(ref.text);
  return titles.some((t) => foldsInto(n, t));
}

/** The person a title alone stands for: the only holder, or the latest one named nearby. */
function resolveTitle(slot: Slot, people: readonly Person[], recent: readonly Recent[]): Person | null {
  const holders = people.filter((p) => slot.titles.every((ref) => titleMatches(ref, personTitles(p))));
  if (holders.length === 1) return holders[0];
  const near = recent.filter((r) => holders.includes(r.person) && slot.sentence - r.sentence <= TITLE_REACH);
  return near.length > 0 ? near[near.length - 1].person : null;
}

/** The person a short name ("ông Lộc", "bà Bạch Mai") stands for. */
function resolveShort(slot: Slot, people: readonly Person[], recent: readonly Recent[]): Person | null {
  const fits = people.filter((p) => p.key === slot.key || p.key.endsWith(` ${slot.key}`));
  if (fits.length === 1) return fits[0];
  const near = recent.filter((r) => fits.includes(r.person));
  return near.length > 0 ? near[near.length - 1].person : null;
}

function isAllCaps(name: string): boolean {
  return name === name.toUpperCase();
}

/** People named in the document, with every reference resolved to them. */
export function resolvePeople(slots: readonly Slot[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const slot of slots) {
    if (slot.kind !== 'name') continue;
    const person = byKey.get(slot.key);
    if (!person) byKey.set(slot.key, { key: slot.key, name: slot.name!, slots: [slot] });
    else {
      person.slots.push(slot);
      // "VƯƠNG ĐÌNH HUỆ" in a lead, "Vương Đình Huệ" later: the name as usually written.
      if (isAllCaps(person.name) && !isAllCaps(slot.name!)) person.name = slot.name!;
    }
  }
  const people = mergeVariants([...byKey.values()]);
  const owner = new Map<Slot, Person>();
  for (const p of people) for (const s of p.slots) owner.set(s, p);
  const recent: Recent[] = [];
  for (const slot of slots) {
    let person = owner.get(slot) ?? null;
    if (!person && slot.kind === 'short') person = resolveShort(slot, people, recent);
    else if (!person && slot.kind === 'pronoun') person = resolvePronoun(slot, recent);
    else if (!person && slot.kind === 'title') person = resolveTitle(slot, people, recent);
    if (!person) continue;
    if (!owner.has(slot)) {
      person.slots.push(slot);
      owner.set(slot, person);
    }
    recent.push({ person, sentence: slot.sentence, genitive: slot.genitive });
  }
  for (const p of people) p.slots.sort((a, b) => a.start - b.start);
  return people;
}

/** Roles a person's references state, the most specific kept. */
export function rolesOf(person: Person, extra: Iterable<Role> = []): Set<Role> {
  const roles = new Set<Role>(extra);
  for (const slot of person.slots) slot.roles.forEach((r) => roles.add(r));
  if (roles.has('directed') || roles.has('reported')) roles.delete('spoke');
  if (roles.size > 1) roles.delete('attended');
  return roles;
}
