/**
 * The lexicons compiled once into phrase tables and sets for the people
 * extractors.
 */
import type { Role } from '../../model/report.js';
import { ADMIN_UNITS, BODY_PHRASES, BODY_WORDS, BUSINESS_HEADS, COUNTRIES, MATTER_BODIES, ORGANIZATION_HEADS, OWN_UNITS, PLACES, PRESS_BODIES } from '../../lexicon/bodies.js';
import {
  ACCORDING_TO,
  BRIDGE_POINT,
  COMMENTARY_CUES,
  EARLIER_OCCASION,
  EVENT_BOUND_GENITIVE_NOUNS,
  EVENT_PLACES,
  PHOTO_POSITION_WORDS,
  FUTURE_MARKERS,
  GENITIVE_ROLE_NOUNS,
  INVITING_VERBS,
  RELAYING_WORDS,
  KIN_WORDS,
  LIST_OPENERS,
  EXAMPLE_OPENERS,
  GUEST_NOUNS,
  FRONTED_CLAUSE_OPENERS,
  GIVING_VERBS,
  RECIPIENT_MARKERS,
  MEETING_VERBS,
  NOT_A_CUE,
  NOUNS_AFTER_CUE,
  NOT_TAKING_PART,
  ON_BEHALF,
  PREDICATE_ADVERBS,
  ROLE_CUES,
  TRIBUTE_WORDS,
} from '../../lexicon/roles.js';
import {
  AMBIGUOUS_SURNAMES,
  APOSTROPHE_NAME_PREFIXES,
  HISTORICAL_FIGURES,
  HISTORICAL_HONORIFICS,
  KINH_SURNAMES,
  LUNAR_YEAR_BRANCHES,
  LUNAR_YEAR_STEMS,
  MINORITY_SURNAMES,
  NON_GIVEN_NAME_SYLLABLES,
} from '../../lexicon/surnames.js';
import {
  ACADEMIC_TITLES,
  CLAUSE_OPENERS,
  DESIGNATIONS,
  FORMER_MARKERS,
  HONORIFICS,
  BARE_HEADS,
  OCCUPATIONS,
  PLURAL_HONORIFICS,
  POSITION_HEADS,
  POSITION_JOINERS,
  PRONOUN_HONORIFICS,
  RANKS,
} from '../../lexicon/titles.js';
import { PhraseTable } from './phrases.js';

/** Family names, folded, one syllable or more. */
export const familyNames: ReadonlySet<string> = new Set([...KINH_SURNAMES, ...MINORITY_SURNAMES]);
export const surnameTable = PhraseTable.of(familyNames);
export const ambiguousSurnames = new Set(AMBIGUOUS_SURNAMES);
export const apostrophePrefixes = APOSTROPHE_NAME_PREFIXES;
export const nonGivenSyllables = new Set(NON_GIVEN_NAME_SYLLABLES);
export const historicalTable = PhraseTable.of(HISTORICAL_FIGURES);
export const historicalNames = new Set(HISTORICAL_FIGURES);

/** Without tone and vowel marks, "đ" as "d": how a historical name still reads when misspelt ("Võ Nguyễn Giáp"). */
export function stripMarks(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    const mapped = unmarkedCode(code);
    if (mapped === code) continue;
    // A character whose decomposition is not one letter and marks (a surrogate, a Hangul syllable): the slow way.
    if (mapped === FALLBACK) return slowStripMarks(s);
    out += s.slice(copied, i);
    if (mapped !== DROPPED) out += String.fromCharCode(mapped);
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

function slowStripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

/** Per code unit: the unmarked letter (itself when unchanged), DROPPED for a mark, FALLBACK otherwise; 0 until computed. */
const UNMARKED_CODES = new Int32Array(0x10000);
const DROPPED = -1;
const FALLBACK = -2;

function unmarkedCode(code: number): number {
  let mapped = UNMARKED_CODES[code];
  if (mapped === 0) {
    mapped = code >= 0xd800 && code <= 0xdfff ? FALLBACK : codeOfUnmarked(slowStripMarks(String.fromCharCode(code)));
    UNMARKED_CODES[code] = mapped;
  }
  return mapped;
}

function codeOfUnmarked(unmarked: string): number {
  if (unmarked.length === 0) return DROPPED;
  return unmarked.length === 1 ? unmarked.charCodeAt(0) : FALLBACK;
}
export const historicalUnmarked = new Set(HISTORICAL_FIGURES.map(stripMarks));
export const historicalHonorifics = PhraseTable.of(HISTORICAL_HONORIFICS);
export const lunarStems = new Set(LUNAR_YEAR_STEMS);
export const lunarBranches = new Set(LUNAR_YEAR_BRANCHES);

export const headTable = PhraseTable.of(POSITION_HEADS);
export const rankTable = PhraseTable.of(RANKS);
export const academicTable = PhraseTable.of(ACADEMIC_TITLES);
/** One-word degrees: glued by periods ("PGS.BS") each is a title. */
const degreeAbbreviations = new Set(ACADEMIC_TITLES.filter((t) => /^\p{L}+$/u.test(t)));

/** "PGS.TS", "PGS.BS": one-word degrees glued by periods, folded. */
export function isGluedDegrees(key: string): boolean {
  return key.includes('.') && key.split('.').every((part) => degreeAbbreviations.has(part));
}
export const honorificTable = PhraseTable.of(HONORIFICS);
export const occupationTable = PhraseTable.of(OCCUPATIONS);
export const bareHeads = new Set(BARE_HEADS);
export const pluralHonorificTable = PhraseTable.of(PLURAL_HONORIFICS);
export const pronounHonorifics = new Set(PRONOUN_HONORIFICS);
export const designationTable = PhraseTable.of(DESIGNATIONS);
export const formerMarkers = new Set(FORMER_MARKERS);
export const positionJoiners = new Set(POSITION_JOINERS);
export const photoPositionWords = new Set(PHOTO_POSITION_WORDS);
export const matterBodyTable = PhraseTable.of(MATTER_BODIES);
export const clauseOpenerTable = PhraseTable.of(CLAUSE_OPENERS);

export const bodyTable = PhraseTable.of([...BODY_PHRASES, ...ORGANIZATION_HEADS.filter((h) => h.includes(' '))]);
export const organizationHeadTable = PhraseTable.of(ORGANIZATION_HEADS);
export const businessHeadTable = PhraseTable.of(BUSINESS_HEADS);
/**
 * Bodies a byline may name after its author: organizations and the press. A
 * one-word organization head ("Trường", "Đoàn") opens pen names too ("Trường Sơn").
 */
export const unitTable = PhraseTable.of([...ORGANIZATION_HEADS.filter((h) => h.includes(' ')), ...PRESS_BODIES, ...BODY_PHRASES]);
export const bodyWordTable = PhraseTable.of(BODY_WORDS);
export const adminTable = PhraseTable.of(ADMIN_UNITS);
export const ownUnitTable = PhraseTable.of(OWN_UNITS);
export const placeTable = PhraseTable.of(PLACES);
export const countryTable = PhraseTable.of(COUNTRIES);


export const roleCueTable = new PhraseTable<Role>(ROLE_CUES);
export const notACueTable = PhraseTable.of(NOT_A_CUE);
export const nounAfterCueTable = PhraseTable.of(NOUNS_AFTER_CUE);
export const adverbTable = PhraseTable.of(PREDICATE_ADVERBS);
export const genitiveNouns = GENITIVE_ROLE_NOUNS;
export const eventBoundGenitiveNouns = EVENT_BOUND_GENITIVE_NOUNS;
export const listOpenerTable = PhraseTable.of(LIST_OPENERS);
export const exampleOpenerTable = PhraseTable.of(EXAMPLE_OPENERS);
export const guestNounTable = PhraseTable.of(GUEST_NOUNS);
export const frontedClauseTable = PhraseTable.of(FRONTED_CLAUSE_OPENERS);
export const relayingTable = PhraseTable.of(RELAYING_WORDS);
export const givingTable = PhraseTable.of(GIVING_VERBS);
export const recipientTable = PhraseTable.of(RECIPIENT_MARKERS);
export const accordingTo = new Set(ACCORDING_TO);
export const bridgePointTable = PhraseTable.of(BRIDGE_POINT);
export const tributeTable = PhraseTable.of(TRIBUTE_WORDS);
export const eventPlaceTable = PhraseTable.of(EVENT_PLACES);
export const notTakingPartTable = PhraseTable.of(NOT_TAKING_PART);
export const futureTable = PhraseTable.of(FUTURE_MARKERS);
export const earlierTable = PhraseTable.of(EARLIER_OCCASION);
export const commentaryTable = PhraseTable.of(COMMENTARY_CUES);
export const meetingTable = PhraseTable.of(MEETING_VERBS);
export const invitingTable = PhraseTable.of(INVITING_VERBS);
export const kinTable = PhraseTable.of(KIN_WORDS);
export const onBehalfTable = PhraseTable.of(ON_BEHALF);
