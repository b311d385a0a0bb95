/**
 * Lexicon tags over the tokens of one sentence: honorifics, ranks, academic
 * titles, position heads, bodies, administrative units, places, acronyms and
 * historical figures. What stays untagged and capitalized may be a name.
 */
import { opensAnyOf } from './phrases.js';
import { isCapitalsSyllable } from './shape.js';
import type { Token } from './tokens.js';
import {
  academicTable,
  ambiguousSurnames,
  adminTable,
  bodyTable,
  bodyWordTable,
  formerMarkers,
  headTable,
  historicalTable,
  honorificTable,
  occupationTable,
  isGluedDegrees,
  bareHeads,
  nonGivenSyllables,
  placeTable,
  pluralHonorificTable,
  rankTable,
  designationTable,
  surnameTable,
} from './tables.js';

export type TagKind =
  | 'historical'
  | 'place'
  | 'plural'
  | 'honorific'
  | 'former'
  | 'rank'
  | 'academic'
  | 'head'
  | 'body'
  | 'admin'
  | 'acronym';

export interface Tag {
  kind: TagKind;
  /** Token indexes [first, last) of the tagged phrase. */
  first: number;
  last: number;
}

/** Title-like tags: they open a title. */
export const TITLE_KINDS: ReadonlySet<TagKind> = new Set(['rank', 'academic', 'head']);
/** Tags a title runs on through. */
export const BODY_KINDS: ReadonlySet<TagKind> = new Set(['body', 'admin', 'place', 'acronym']);

/** A capitalized word that is not an abbreviation: the shape of a name syllable (see `Token.shaped`). */
export function nameShaped(token: Token | undefined): boolean {
  return token !== undefined && token.shaped;
}

/** A capitalized family name (or "Thị") right before token `i`, untagged: `i` goes on a name. */
function followsFamilyName(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!tokens[i].cap || !nameShaped(prev) || tags[i - 1] !== null) return false;
  return surnameTable.match(tokens, i - 1) !== null || prev.key === 'thị';
}

/**
 * "Nguyễn Hòa Bình", "Trần Văn Hải Dương": a place name right after a
 * family name or inside a run of name syllables is a given name.
 */
function placeIsGivenName(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number, placeLength: number): boolean {
  if (followsFamilyName(tokens, tags, i)) {
    // "Đoàn Việt Nam": after a family name that is also a common word, a place of two words or
    // more stays a place unless an honorific or a title vouches for a name ("ông Đoàn Việt Nam").
    if (!ambiguousSurnames.has(tokens[i - 1].key) || placeLength < 2) return true;
    const before = tags[i - 2]?.kind;
    return before === 'honorific' || before === 'head' || before === 'rank';
  }
  return nameShaped(tokens[i - 1]) && tags[i - 1] === null && nameShaped(tokens[i - 2]) && tags[i - 2] === null;
}

/**
 * "huyện Đoàn Văn Thông" is not the body "Huyện đoàn": a phrase whose last
 * syllable is a capitalized family name followed by name syllables ends
 * where a person's name begins.
 */
function endsIntoName(tokens: readonly Token[], i: number, length: number): boolean {
  const last = i + length - 1;
  return length > 1 && tokens[last].cap && surnameTable.match(tokens, last) !== null && nameShaped(tokens[last + 1]);
}

function longestTitleOrBody(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): { kind: TagKind; length: number } | null {
  const head = headTable.match(tokens, i);
  const found = bodyTable.match(tokens, i);
  // "Trần Văn Phòng" is a name, not "Văn phòng".
  const body = found && !endsIntoName(tokens, i, found.length) && !followsFamilyName(tokens, tags, i) ? found : null;
  if (head && (!body || head.length >= body.length)) return { kind: 'head', length: head.length };
  if (body) return { kind: 'body', length: body.length };
  if (headsAcronym(tokens, i)) return { kind: 'head', length: 1 };
  return null;
}

/**
 * "Trưởng SOM ASEAN": a bare head written before the acronym of what the
 * person heads. Only capitalized and before capitals: lower-case "trưởng"
 * ends "tăng trưởng" (growth).
 */
function headsAcronym(tokens: readonly Token[], i: number): boolean {
  return tokens[i].cap && bareHeads.has(tokens[i].key) && tokens[i + 1]?.allCaps === true;
}

/**
 * "Chính quyền Tổng thống X", "thừa ủy quyền Bộ trưởng": the marker's syllable
 * ends a compound of the word before it, not a title's marker ("ông Quyền
 * Bộ trưởng", "cựu quyền Bộ trưởng", "Thứ trưởng, quyền Bộ trưởng" are).
 */
function endsCompound(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): boolean {
  const previous = tokens[i - 1];
  const kind = tags[i - 1]?.kind;
  return tokens[i].key === 'quyền' && previous?.word === true && kind !== 'honorific' && kind !== 'former';
}

const PLURAL_MARKERS = new Set(['các', 'những', 'nhiều', 'mọi']);

/**
 * A calling at `i` that is a plain noun, not written before one person's
 * name: capitalized inside a body's name ("Hội Nhà văn Việt Nam", "Vụ Công
 * tác Học sinh Sinh viên") or counted ("các cựu chiến binh", "200 doanh nhân").
 */
function callingNotBeforeName(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return false;
  if (PLURAL_MARKERS.has(previous.key) || /^\d/u.test(previous.key)) return true;
  return tokens[i].cap && inCapitalizedPhrase(tokens, i);
}

/** Right after a capitalized word or a word of two syllables opened by one ("Hội Nhà văn", "Vụ Công tác Học sinh"). */
function inCapitalizedPhrase(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous?.word) return false;
  return previous.cap || (tokens[i - 2]?.word === true && tokens[i - 2].cap);
}

function tagAt(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): { kind: TagKind; length: number } | null {
  const t = tokens[i];
  // "khu vực châu Á Thái Bình Dương": a continent is written with a lower-case "châu".
  if (t.cap || (t.key === 'châu' && tokens[i + 1]?.cap)) {
    const historical = historicalTable.match(tokens, i);
    // A delegate ("ĐB Nguyễn Thái Học") is a living namesake of a historical figure.
    const afterDesignation = tags[i - 1]?.kind === 'honorific' && designationTable.match(tokens, tags[i - 1]!.first) !== null;
    if (historical && !afterDesignation) return { kind: 'historical', length: historical.length };
    const place = placeTable.match(tokens, i);
    // After "đồng chí", "ông", "bà" comes a name, even one that reads like a place ("Mai Sơn Hà");
    // after a designation a place too ("cử tri Hà Nội").
    const before = tags[i - 1];
    const afterHonorific = before?.kind === 'honorific' && !designationTable.match(tokens, before.first);
    // "Ủy ban Pháp luật": after a body, a compound of its name is no place ("Pháp" is France).
    const compound = place && before && BODY_KINDS.has(before.kind) ? bodyWordTable.match(tokens, i) : null;
    const inBodyName = place !== null && compound !== null && compound.length > place.length;
    if (place && !afterHonorific && !inBodyName && !placeIsGivenName(tokens, tags, i, place.length)) return { kind: 'place', length: place.length };
  }
  const plural = pluralHonorificTable.match(tokens, i);
  if (plural && plural.length > 1) return { kind: 'plural', length: plural.length };
  const honorific = honorificTable.match(tokens, i);
  // "Nguyễn Hải Anh": a capitalized "Anh" after a name syllable ends the name; "Ông", never
  // a given name, opens the next sentence there ("... Nguyễn Minh Khánh Ông Khánh cho biết").
  const insideName = t.cap && nameShaped(tokens[i - 1]) && tags[i - 1] === null && !nonGivenSyllables.has(t.key);
  // "đồng chí Ông Thị Dung": after an honorific, "Ông" is a family name.
  const afterHonorific = tags[i - 1]?.kind === 'honorific';
  // "Đại biểu Quốc hội tỉnh X" is a position, "đại biểu X" a designation before a name;
  // "Anh hùng Lao động" a state honour, not "anh".
  const longer = (m: { length: number }) => honorific !== null && m.length > honorific.length;
  const longerTitle = honorific ? (headTable.match(tokens, i, longer) ?? academicTable.match(tokens, i, longer)) : null;
  const callingAsNoun = occupationTable.match(tokens, i) !== null && !afterHonorific && callingNotBeforeName(tokens, i);
  if (honorific && !longerTitle && !callingAsNoun && !(honorific.length === 1 && (insideName || afterHonorific))) {
    return { kind: 'honorific', length: honorific.length };
  }
  // "cựu quyền Bộ trưởng": two markers before one position.
  const position = formerMarkers.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
  if (formerMarkers.has(t.key) && !endsCompound(tokens, tags, i) && (headTable.match(tokens, position) || rankTable.match(tokens, position))) {
    return { kind: 'former', length: 1 };
  }
  const rank = rankTable.match(tokens, i);
  if (rank) return { kind: 'rank', length: rank.length };
  const academic = academicTable.match(tokens, i) ?? (isGluedDegrees(t.key) ? { length: 1 } : null);
  // Abbreviated degrees are written in capitals ("TS", "PGS.TS", "ThS"), never as lower-case words;
  // a profession written out inside a body's name names the body ("Liên đoàn Luật sư Việt Nam").
  const inBodyName = academic !== null && academic.length > 1 && t.cap && tags[i - 1]?.kind === 'body';
  if (academic && (t.cap || academic.length > 1) && !inBodyName) return { kind: 'academic', length: academic.length };
  const titleOrBody = longestTitleOrBody(tokens, tags, i);
  if (titleOrBody) return titleOrBody;
  const admin = adminTable.match(tokens, i);
  // "Xã hội" is a word, not the unit "xã".
  const word = t.cap ? bodyWordTable.match(tokens, i) : null;
  if (admin && !(word && word.length > admin.length)) return { kind: 'admin', length: admin.length };
  if (t.allCaps && !inCapitalsName(tokens, tags, i)) return { kind: 'acronym', length: 1 };
  return null;
}

/** Syllables a name in capitals may have after an honorific ("đồng chí VƯƠNG ĐÌNH HUỆ"). */
const MAX_CAPITALS_NAME = 5;

/**
 * "Đồng chí VƯƠNG ĐÌNH HUỆ, Ủy viên Bộ Chính trị": a name written in capitals
 * after an honorific, opening with a family name, is no run of acronyms. The
 * token at `i` lies in such a run of Vietnamese syllables.
 */
function inCapitalsName(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): boolean {
  let start = i;
  while (start > 0 && tags[start - 1] === null && isCapitalsSyllable(tokens[start - 1])) start--;
  if (tags[start - 1]?.kind !== 'honorific' || surnameTable.match(tokens, start) === null) return false;
  let end = i;
  while (end < tokens.length && end - start <= MAX_CAPITALS_NAME && isCapitalsSyllable(tokens[end])) end++;
  return end - start >= 2 && end - start <= MAX_CAPITALS_NAME;
}

/**
 * Whether a tag may open at the token: the tables `tagAt` reads at the token
 * itself know its key, or it is a former marker or an acronym. Every tag
 * `tagAt` returns needs one of these, so other words skip it.
 */
const opensTagTable = opensAnyOf([historicalTable, placeTable, pluralHonorificTable, honorificTable, rankTable, academicTable, headTable, bodyTable, adminTable]);

function mayTag(token: Token): boolean {
  return token.word && (token.allCaps || opensTagTable(token) || formerMarkers.has(token.key));
}

export function tagTokens(tokens: readonly Token[]): (Tag | null)[] {
  const tags: (Tag | null)[] = new Array<Tag | null>(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; ) {
    const found = mayTag(tokens[i]) ? tagAt(tokens, tags, i) : null;
    if (!found) {
      i++;
      continue;
    }
    const tag: Tag = { kind: found.kind, first: i, last: i + found.length };
    for (let k = i; k < tag.last; k++) tags[k] = tag;
    i = tag.last;
  }
  return tags;
}
