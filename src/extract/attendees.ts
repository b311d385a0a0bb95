/**
 * Attendees: every named person who took part in the reported event, one
 * entry per person, with the positions the article gives them and the roles
 * it states (docs/ANNOTATION.md). Sentences are read one by one into
 * references to people (people/parse.ts), the references resolved to people
 * (people/coreference.ts), and people without any sign of taking part
 * (named only as someone's, historically, or in a byline) left out.
 */
import type { Attendee, Role, TitleForm } from '../model/report.js';
import { ROLES } from '../model/report.js';
import type { PreparedDocument } from '../text/document.js';
import { isProseLine } from '../text/furniture.js';
import { bylineLines } from './authors.js';
import { resolvePeople, rolesOf, type Person } from './people/coreference.js';
import { readSentence, type Slot, type TitleRef } from './people/parse.js';
import { foldsInto, normalizeTitle } from './people/titles.js';

interface MergedTitle {
  ref: TitleRef;
  normalized: string;
}

/**
 * Distinct titles in the order first seen; a short form the article also
 * gives in full ("Trưởng Ban" → "Trưởng Ban Dân vận Trung ương") folds into it.
 */
function mergeTitles(refs: readonly TitleRef[]): MergedTitle[] {
  const list: MergedTitle[] = [];
  for (const ref of refs) {
    const normalized = normalizeTitle(ref.text);
    if (normalized === '' || list.some((t) => t.normalized === normalized && t.ref.former === ref.former)) continue;
    list.push({ ref, normalized });
  }
  const out: MergedTitle[] = [];
  for (const title of list) {
    const fuller = list.find((t) => t !== title && t.ref.kind === title.ref.kind && t.ref.former === title.ref.former && foldsInto(title.normalized, t.normalized));
    if (fuller) {
      if (!out.includes(fuller)) out.push(fuller);
    } else if (!out.includes(title)) out.push(title);
  }
  return out;
}

/** A caption under a photo: a short line that is not prose. Being in one is a sign of presence. */
function inCaption(doc: PreparedDocument, slot: Slot): boolean {
  const line = doc.lines[doc.sentences[slot.sentence].lineIndex];
  return !isProseLine(line.text);
}

/** Signs of presence beyond the stated roles: a photo caption or a list of those present. */
function presence(doc: PreparedDocument, person: Person): Role[] {
  const named = person.slots.filter((s) => s.kind === 'name' && !s.genitive);
  return named.some((s) => s.listed || (inCaption(doc, s) && (s.titles.length > 0 || s.honorific !== null))) ? ['attended'] : [];
}

function toAttendee(doc: PreparedDocument, person: Person, roles: Set<Role>): Attendee {
  // The spelling the person is known by (a typo elsewhere folds into it), at its first mention.
  const first = person.slots.find((s) => s.kind === 'name' && s.key === person.key) ?? person.slots.find((s) => s.kind === 'name')!;
  const titles = mergeTitles(person.slots.flatMap((s) => s.titles));
  const titleForms: TitleForm[] = titles.map(({ ref, normalized }) => ({
    ...doc.span(ref.start, ref.end),
    text: ref.text,
    normalized,
    ...(ref.former ? { former: true } : {}),
  }));
  const mentions = person.slots.map((s) => doc.mention(s.start, s.end));
  return {
    ...doc.span(first.start, first.end),
    name: person.name,
    titles: titles.map((t) => t.ref.text),
    roles: ROLES.filter((r) => roles.has(r)),
    titleForms,
    mentions,
  };
}

export function extractAttendees(doc: PreparedDocument): Attendee[] {
  const bylines = bylineLines(doc);
  const slots: Slot[] = [];
  for (const sentence of doc.sentences) {
    if (bylines.has(sentence.lineIndex)) continue;
    slots.push(...readSentence(doc, sentence.index).slots);
  }
  slots.sort((a, b) => a.start - b.start);
  const attendees: Attendee[] = [];
  for (const person of resolvePeople(slots)) {
    const roles = rolesOf(person, presence(doc, person));
    if (roles.size > 0) attendees.push(toAttendee(doc, person, roles));
  }
  return attendees.sort((a, b) => a.start - b.start);
}
