/**
 * Personal names in a tagged sentence: runs of capitalized, untagged
 * syllables that open with a family name (or follow an honorific or a
 * title), checked syllable by syllable. What comes before a run decides
 * where the name begins: after a body or place ("Bí thư Tỉnh ủy Hậu Giang
 * Trần Văn Huyến") the run may open with the rest of a place name. After a
 * title or an honorific, a foreign name ("Tổng thư ký NATO Jens
 * Stoltenberg") or a transliterated one ("Hoan Ết-xtê-ban La-xô") counts too.
 */
import { cueAt } from './roles.js';
import { isCapitalsSyllable, isForeignWord } from './shape.js';
import type { Tag } from './tagging.js';
import { nameShaped } from './tagging.js';
import {
  adverbTable,
  ambiguousSurnames,
  apostrophePrefixes,
  bodyWordTable,
  businessHeadTable,
  countryTable,
  designationTable,
  historicalHonorifics,
  historicalNames,
  historicalUnmarked,
  lunarBranches,
  lunarStems,
  nonGivenSyllables,
  organizationHeadTable,
  stripMarks,
  surnameTable,
} from './tables.js';
import type { Token } from './tokens.js';

export interface NameSpan {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  /** The name as written, syllables joined by single spaces. */
  text: string;
  /** Folded syllables joined by single spaces: the identity of the person. */
  key: string;
}

const MAX_SYLLABLES = 5;
/** A name transliterated from Lao or Khmer, with no Vietnamese family name, after an honorific. */
const MAX_TRANSLITERATED = 6;
const COMMON_MIDDLE_NAMES = new Set(['văn', 'thị']);
/** Family names that are also honorifics: a family name only right after an honorific ("đồng chí Ông Thị Dung"). */
const HONORIFIC_SURNAMES = new Set(['ông']);

/** What stands before a run: "designation" is "đại biểu", "cử tri" (also said of places). */
type RunContext = 'neutral' | 'honorific' | 'designation' | 'title' | 'place' | 'historical';

/** Right after an administrative unit ("thành phố", "huyện", "tỉnh"). */
function afterAdmin(tags: readonly (Tag | null)[], first: number): boolean {
  return tags[first - 1]?.kind === 'admin';
}

function contextOfTag(tag: Tag | null): RunContext {
  if (tag === null) return 'neutral';
  switch (tag.kind) {
    case 'honorific':
    case 'plural':
      return 'honorific';
    case 'head':
    case 'rank':
    case 'academic':
    case 'former':
      return 'title';
    case 'body':
    case 'admin':
    case 'place':
    case 'acronym':
      return 'place';
    default:
      return 'neutral';
  }
}

function runContext(tokens: readonly Token[], tags: readonly (Tag | null)[], first: number): RunContext {
  if (first === 0) return 'neutral';
  if (historicalHonorifics.match(tokens, first - 1) && tags[first - 1] === null) return 'historical';
  // "cố nhà văn X", "cố Thủ tướng X": the late, a word or a title between.
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    if (tokens[k].key === 'cố' && !tokens[k].cap && (tags[k] === null || tags[k]?.kind === 'historical')) return 'historical';
    if (!tokens[k].word || (tokens[k].cap && tags[k]?.kind !== 'head')) break;
  }
  // "Phó Giám đốc ... (ILO) David Lamotte", "(Đài Loan) Minghsin Kung": a short parenthesis
  // naming a body or place between a title and the name.
  if (tokens[first - 1].key === ')' && first >= 2) {
    const inside = contextOfTag(tags[first - 2]);
    if (inside === 'place') return inside;
    for (let k = first - 2; k >= 0 && k >= first - 8; k--) {
      if (tokens[k].key === '(') return k > 0 ? contextOfTag(tags[k - 1]) : 'neutral';
    }
  }
  const tag = tags[first - 1];
  if (tag?.kind === 'honorific' && designationTable.match(tokens, tag.first)) return 'designation';
  return contextOfTag(tag);
}

/** An honorific, a designation or a title vouches for a name. */
function vouched(context: RunContext): boolean {
  return context === 'honorific' || context === 'designation' || context === 'title';
}

function isOneLetter(token: Token): boolean {
  return token.end - token.start === 1 && token.cap;
}

/** Length in tokens of the family name opening at `i`, 0 if none. */
function surnameLength(tokens: readonly Token[], i: number, context: RunContext): number {
  const t = tokens[i];
  if (apostrophePrefixes.some((p) => t.key.startsWith(p) && t.key.length > p.length)) return 1;
  if (HONORIFIC_SURNAMES.has(t.key) && context !== 'honorific') return 0;
  const m = surnameTable.match(tokens, i);
  if (!m) return 0;
  for (let k = i; k < i + m.length; k++) if (!nameShaped(tokens[k]) && !isOneLetter(tokens[k])) return 0;
  return m.length;
}

function givenSyllableOk(token: Token): boolean {
  if (nonGivenSyllables.has(token.key)) return false;
  return nameShaped(token) || isOneLetter(token) || isCapitalsSyllable(token);
}

function keyOf(tokens: readonly Token[], first: number, last: number): string {
  let key = tokens[first].key;
  for (let k = first + 1; k < last; k++) key += ` ${tokens[k].key}`;
  return key;
}

/** Whether tokens [first, last) can be a name opening with a family name of `surname` tokens. */
function validName(tokens: readonly Token[], first: number, last: number, surname: number, context: RunContext, longest = MAX_SYLLABLES): boolean {
  const length = last - first;
  if (length < 2 || length > longest || surname >= length) return false;
  for (let k = first + surname; k < last; k++) if (!givenSyllableOk(tokens[k])) return false;
  if (tokens[last - 1].key === 'thị') return false;
  // A one-letter syllable ends a name only where an honorific or a title vouches for it ("ông Trần Văn A").
  if (isOneLetter(tokens[last - 1]) && !vouched(context)) return false;
  if (length === 2 && lunarStems.has(tokens[first].key) && lunarBranches.has(tokens[first + 1].key)) return false;
  const key = keyOf(tokens, first, last);
  // A delegate ("ĐB Nguyễn Thái Học") is a living namesake of a historical figure.
  if (context !== 'designation' && (historicalNames.has(key) || misspeltHistorical(key, context))) return false;
  // "Hà Nội", "Cao Bằng", "Mai Châu": a two-syllable run opening with a family
  // name that is also a common word needs an honorific or a title before it.
  if (length === 2 && ambiguousSurnames.has(tokens[first].key) && (context === 'neutral' || context === 'place')) {
    return false;
  }
  return true;
}

/**
 * A historical figure's name misspelt ("Võ Nguyễn Giáp"): the same letters
 * without marks. After an honorific or a title it is a living namesake
 * ("ông Phạm Văn Đông - Cục trưởng Cục Thú y" is not "Phạm Văn Đồng").
 */
function misspeltHistorical(key: string, context: RunContext): boolean {
  return !vouched(context) && historicalUnmarked.has(stripMarks(key));
}

/** Preference among name lengths after a place: three syllables are most common. */
const LENGTH_PREFERENCE = [3, 4, 2, 5];

/**
 * A family name that is not also a common word or a place's first syllable
 * ("Nguyễn", "Trần", "Bùi", unlike "Hà", "Lâm", "Đường"): where a run holds
 * one after such a word, the name starts there ("Tập đoàn ... Việt Nam
 * Nguyễn Vũ Trường Sơn", "đường Bùi Đình Túy").
 */
function strongCandidate(tokens: readonly Token[], candidates: readonly [number, number][], minLength: number): [number, number] | undefined {
  return candidates.find(([p, e]) => e - p >= minLength && !ambiguousSurnames.has(tokens[p].key));
}

/** The body or place before `first` ends a title chain opened by a position ("Bộ trưởng Bộ Công an"). */
function afterTitleChain(tags: readonly (Tag | null)[], first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 8; steps++) {
    const tag = tags[k];
    if (tag === null) return false;
    if (tag.kind === 'head' || tag.kind === 'former') return true;
    if (tag.kind !== 'body' && tag.kind !== 'place' && tag.kind !== 'acronym') return false;
    k = tag.first - 1;
  }
  return false;
}

/** A position opens the clause that the comma at `comma` ends ("Người phát ngôn của Hội nghị G7,"). */
function titleBeforeComma(tags: readonly (Tag | null)[], tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 12; k--) {
    const key = tokens[k].key;
    if (key === ',' || key === ';' || key === '.' || key === ':') return false;
    const kind = tags[k]?.kind;
    if (kind === 'head' || kind === 'former') return k === 0 || !tokens[k - 1].word || tags[k - 1] !== null || tokens[k - 1].cap;
  }
  return false;
}

/** A role verb at `k`, or after an adverb ("đã báo cáo", "cho biết"). */
function predicateAt(tokens: readonly Token[], k: number): boolean {
  if (cueAt(tokens, k) !== null) return true;
  const adverb = adverbTable.match(tokens, k);
  return adverb !== null && cueAt(tokens, k + adverb.length) !== null;
}

/** The body tag right before `first` is a business's head word alone ("Tập đoàn", "Hãng"). */
function afterBusinessHead(tokens: readonly Token[], tags: readonly (Tag | null)[], first: number): boolean {
  const tag = tags[first - 1];
  if (!tag || tag.kind !== 'body') return false;
  return businessHeadTable.match(tokens, tag.first)?.length === first - tag.first;
}

/** A foreign or transliterated name after a title or an honorific: two to four syllables, one of them foreign. */
function foreignName(tokens: readonly Token[], tags: readonly (Tag | null)[], first: number, last: number, context: RunContext): [number, number] | null {
  // "..., Trey McArver, giám đốc nghiên cứu ...": a name in apposition, a position after it.
  const appositive = tokens[first - 1]?.key === ',' && tokens[last]?.key === ',' && contextOfTag(tags[last + 1]) === 'title';
  // "Người phát ngôn của Hội nghị ..., Davide Russo cho biết": a position, a comma, the holder speaking.
  const afterTitleComma = tokens[first - 1]?.key === ',' && titleBeforeComma(tags, tokens, first - 1) && predicateAt(tokens, last);
  if (!vouched(context) && context !== 'place' && !appositive && !afterTitleComma) return null;
  // "khu vực Tây Nam Syria", "bang New South Wales": a place after an administrative unit.
  if (context === 'place' && afterAdmin(tags, first)) return null;
  // "(FUTA Bus Lines)": an organization's name opened by its acronym in a parenthesis.
  if (context === 'place' && tokens[(tags[first - 1]?.first ?? first) - 1]?.key === '(') return null;
  // "Tập đoàn Cisco Goh Seow Hiong": the business's own name comes first, then the person, if
  // any ("Giám đốc điều hành Tập đoàn Puma Energy" names nobody).
  if (context === 'place' && afterBusinessHead(tokens, tags, first)) first++;
  // "Donald Trump Chuyến ...": a Vietnamese word after a foreign name opens the next sentence,
  // unless it is a family name, as Korean ones read ("Jim Yong Kim").
  while (last - first > 2 && !isForeignWord(tokens[last - 1].key) && isForeignWord(tokens[last - 2].key) && surnameTable.match(tokens, last - 1) === null) last--;
  // "George W. Bush": an initial does not end a name; the name goes on after its period
  // (`withNameAfterInitial`).
  if (isOneLetter(tokens[last - 1]) && !(tokens[last]?.key === '.' && tokens[last].start === tokens[last - 1].end)) return null;
  const length = last - first;
  if (length < 2 || length > 4) return null;
  for (let k = first; k < last; k++) if (nonGivenSyllables.has(tokens[k].key)) return null;
  if (!tokens.slice(first, last).some((t) => isForeignWord(t.key))) return null;
  return vietnameseTail(tokens, first, last) ?? [first, last];
}

/**
 * "Chủ tịch Tập đoàn TH True Milk Thái Hương": a foreign business name, then
 * a Vietnamese name ending the run; the person is the Vietnamese name.
 */
function vietnameseTail(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  for (let p = first + 1; p <= last - 2; p++) {
    if (!isForeignWord(tokens[p - 1].key)) continue;
    let vietnamese = true;
    for (let k = p; k < last && vietnamese; k++) vietnamese = !isForeignWord(tokens[k].key);
    const surname = vietnamese ? surnameLength(tokens, p, 'title') : 0;
    if (surname > 0 && validName(tokens, p, last, surname, 'title')) return [p, last];
  }
  return null;
}

function pickInRun(tokens: readonly Token[], tags: readonly (Tag | null)[], first: number, last: number, context: RunContext): [number, number] | null {
  // "Bộ trưởng Bộ Công an Tô Lâm đã báo cáo": a title's body, then its holder doing something.
  if (context === 'place' && last - first === 2 && surnameLength(tokens, first, context) === 1 && afterTitleChain(tags, first) && predicateAt(tokens, last) && validName(tokens, first, last, 1, 'title')) {
    return [first, last];
  }
  const candidates: [number, number][] = [];
  for (let p = first; p < last; p++) {
    const surname = surnameLength(tokens, p, context);
    if (surname > 0 && validName(tokens, p, last, surname, context)) candidates.push([p, last]);
  }
  // "Phó Tổng Biên tập Báo Nhân Dân": a body's name, not a person's.
  const body = organizationHeadTable.match(tokens, first) !== null || bodyWordTable.match(tokens, first) !== null;
  const length = last - first;
  // After an honorific the name starts right there, with a family name the lexicon may lack, or as
  // a Lao or Khmer name transliterated syllable by syllable, which runs to six and may hold a
  // family name further on ("bà Khăm Chăn Phôm Sẻng Sạ Văn", "bà Khăm Phăn Phôm Ma Sạ Văn").
  const wholeAfterHonorific = context === 'honorific' && candidates[0]?.[0] !== first && length >= 2 && length <= MAX_TRANSLITERATED;
  if (wholeAfterHonorific && !body && validName(tokens, first, last, 1, context, MAX_TRANSLITERATED)) return [first, last];
  if (candidates.length === 0) {
    // A family name missing from the lexicon: trust a title before the run, or the commonest
    // middle names ("Đồng Văn Khải", "Vi Thị Hương").
    const middle = length >= 3 && length <= 4 && COMMON_MIDDLE_NAMES.has(tokens[first + 1].key);
    // After a country in a title ("Thủ tướng Campuchia Hun Sen") a foreign leader's name may be short.
    const afterCountry = context === 'place' && countryTable.match(tokens, tags[first - 1]?.first ?? first) !== null;
    const trusted = (afterCountry && length >= 2 && length <= 4) || ((context === 'title' || context === 'designation') && length >= 3 && length <= 4) || middle;
    if (trusted && !body && validName(tokens, first, last, 1, context)) return [first, last];
    return foreignName(tokens, tags, first, last, context);
  }
  if (vouched(context)) return candidates[0];
  if (context === 'place') {
    // "thành phố Uông Bí": two syllables after an administrative unit name the place, where
    // "UBND tỉnh Tạ Quang Ngọc" names the person heading the province.
    if (afterAdmin(tags, first) && last - first === 2) return null;
    const strong = strongCandidate(tokens, candidates, 2);
    if (strong) return strong;
    for (const length of LENGTH_PREFERENCE) {
      const found = candidates.find(([p, e]) => e - p === length);
      if (found) return found;
    }
    return null;
  }
  const [p0] = candidates[0];
  if (ambiguousSurnames.has(tokens[p0].key)) return strongCandidate(tokens, candidates.slice(1), 3) ?? candidates[0];
  return candidates[0];
}

/**
 * "Bà Đường Thu Hương – CEO Forbes Vietnam cho biết": a run of foreign words
 * right after a title set off after a name introduced by an honorific names
 * the title's organization, not a second person. (After a name introduced by
 * its title, "Thủ tướng A, Tổng thống Mỹ Donald Trump", a list goes on.)
 */
function foreignRunAfterApposition(tokens: readonly Token[], tags: readonly (Tag | null)[], names: readonly NameSpan[], first: number, last: number): boolean {
  const previous = names[names.length - 1];
  if (!previous || tags[previous.first - 1]?.kind !== 'honorific') return false;
  let start = first;
  while (start > 0 && tags[start - 1] !== null) start = tags[start - 1]!.first;
  const mark = tokens[start - 1]?.key;
  if (start === first || (mark !== ',' && mark !== '-') || previous.last !== start - 1) return false;
  // The syllable grammar last: it is the costly test.
  for (let k = first; k < last; k++) if (isForeignWord(tokens[k].key)) return true;
  return false;
}

/** "Bảo hiểm", "Thông tin": a capitalized word whose lower-case next word completes a body's compound. */
function opensLowerCompound(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || !next.word || next.cap) return false;
  const m = bodyWordTable.match(tokens, k);
  return m !== null && m.length >= 2;
}

/** A token that may be part of a name run. */
function inRun(tokens: readonly Token[], tags: readonly (Tag | null)[], k: number): boolean {
  // A word in capitals is left untagged only inside a name in capitals (see tagging's `inCapitalsName`).
  return tags[k] === null && (nameShaped(tokens[k]) || isOneLetter(tokens[k]) || isCapitalsSyllable(tokens[k]));
}

/** "H.Nam": an initial glued to a syllable, one token. */
const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}[\p{Ll}\p{M}]+$/u;
/** Syllables after an initial ("K. Nhiễu", "Y. Bly Niê"). */
const MAX_AFTER_INITIAL = 3;

/**
 * "đồng chí K. Nhiễu", "ông H.Nam", "Phó Bí thư Tỉnh ủy Y. Bly": a name
 * opening with an initial, kept as written. Only where an honorific or a
 * title vouches for it: "Q. Tân Bình", "P. 5" abbreviate districts and wards.
 */
function initialName(tokens: readonly Token[], tags: readonly (Tag | null)[], i: number): NameSpan | null {
  const t = tokens[i];
  if (!t.cap || tags[i] !== null) return null;
  const spaced = isOneLetter(t) && tokens[i + 1]?.key === '.' && tokens[i + 1].start === t.end;
  if (!spaced && !(t.key.length >= 4 && t.key.charCodeAt(1) === 0x2e && GLUED_INITIAL.test(t.text))) return null;
  const context = runContext(tokens, tags, i);
  if (!vouched(context) && !(context === 'place' && afterTitleChain(tags, i))) return null;
  const from = spaced ? i + 2 : i + 1;
  let end = from;
  while (end < tokens.length && end - from < MAX_AFTER_INITIAL && inRun(tokens, tags, end) && !isOneLetter(tokens[end]) && !nonGivenSyllables.has(tokens[end].key)) end++;
  if (spaced && end === from) return null;
  const rest = tokens.slice(from, end);
  const head = spaced ? `${t.text}.` : t.text;
  const headKey = spaced ? `${t.key}.` : t.key;
  return {
    first: i,
    last: end,
    text: [head, ...rest.map((r) => r.text)].join(' '),
    key: [headKey, ...rest.map((r) => r.key)].join(' '),
  };
}

/** Capitalized words of a foreign name after its middle initial. */
const MAX_AFTER_MIDDLE_INITIAL = 3;

/**
 * "ông Robert H. McCooey Jr": a foreign name goes on after a middle
 * initial and its period, written glued to it.
 */
function withNameAfterInitial(tokens: readonly Token[], tags: readonly (Tag | null)[], name: NameSpan): NameSpan {
  const initial = tokens[name.last - 1];
  const period = tokens[name.last];
  if (!isOneLetter(initial) || period?.key !== '.' || period.start !== initial.end) return name;
  if (!tokens.slice(name.first, name.last - 1).some((t) => isForeignWord(t.key))) return name;
  let end = name.last + 1;
  while (end < tokens.length && end - name.last - 1 < MAX_AFTER_MIDDLE_INITIAL && inRun(tokens, tags, end) && !nonGivenSyllables.has(tokens[end].key)) end++;
  if (end === name.last + 1) return name;
  const rest = tokens.slice(name.last + 1, end);
  return {
    first: name.first,
    last: end,
    text: `${name.text}. ${rest.map((t) => t.text).join(' ')}`,
    key: `${name.key}. ${rest.map((t) => t.key).join(' ')}`,
  };
}

export function findNames(tokens: readonly Token[], tags: readonly (Tag | null)[]): NameSpan[] {
  const names: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const initial = tokens[i].cap ? initialName(tokens, tags, i) : null;
    if (initial) {
      names.push(initial);
      i = initial.last;
      continue;
    }
    if (!inRun(tokens, tags, i)) {
      i++;
      continue;
    }
    // "GS Luật Jonathan Turley": a word that is never a given name, nor here a family name, opens no name.
    if (nonGivenSyllables.has(tokens[i].key) && surnameLength(tokens, i, runContext(tokens, tags, i)) === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && inRun(tokens, tags, end)) end++;
    // "Nguyễn Thanh Hải Các ...": a capitalized word opening the next clause ends the run, and so
    // does a body's word completed in lower case ("ông Sơn Bảo hiểm xã hội ...").
    let last = end;
    for (let k = i + 1; k < end; k++) {
      if (nonGivenSyllables.has(tokens[k].key) || (k + 1 === end && opensLowerCompound(tokens, k))) {
        last = k;
        break;
      }
    }
    const context = runContext(tokens, tags, i);
    // "Võ Nguyễn Giáp": a historical figure's name, even misspelt, holds no other name.
    const runKey = last - i >= 2 && last - i <= MAX_SYLLABLES ? keyOf(tokens, i, last) : null;
    const historicalRun = context !== 'designation' && runKey !== null && (historicalNames.has(runKey) || misspeltHistorical(runKey, context));
    const ofApposition = foreignRunAfterApposition(tokens, tags, names, i, last);
    const picked = context === 'historical' || historicalRun || ofApposition ? null : pickInRun(tokens, tags, i, last, context);
    if (picked) {
      let [first, stop] = picked;
      // "Bùi Bùi Xuân Cường": a family name written twice is a typo.
      if (stop - first >= 3 && tokens[first].key === tokens[first + 1].key) first++;
      const name = { first, last: stop, text: tokens.slice(first, stop).map((t) => t.text).join(' '), key: keyOf(tokens, first, stop) };
      names.push(withNameAfterInitial(tokens, tags, name));
    }
    i = last < end ? last + 1 : end;
  }
  return names;
}
