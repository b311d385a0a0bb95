/**
 * Roles from the words around a group of people in a sentence: the
 * predicate after them ("... chủ trì", "dự và chủ trì"), a fronted clause
 * before them ("Phát biểu chỉ đạo tại hội nghị, đồng chí X ..."), a list
 * opener ("Chủ trì Hội nghị có các đồng chí: ..."), "Theo X, ...", a
 * genitive of a speech noun ("nhận định của đồng chí X"), a bridge point
 * ("điểm cầu") or the event as the place ("Tại hội nghị, ông X ...").
 */
import type { Role } from '../../model/report.js';
import {
  accordingTo,
  adverbTable,
  bridgePointTable,
  commentaryTable,
  earlierTable,
  eventBoundGenitiveNouns,
  eventPlaceTable,
  exampleOpenerTable,
  futureTable,
  givingTable,
  guestNounTable,
  relayingTable,
  recipientTable,
  genitiveNouns,
  invitingTable,
  kinTable,
  listOpenerTable,
  meetingTable,
  notACueTable,
  nounAfterCueTable,
  notTakingPartTable,
  onBehalfTable,
  roleCueTable,
  tributeTable,
} from './tables.js';
import type { Token } from './tokens.js';
import { phraseKeys } from './tokens.js';
import { lowerBound } from '../../text/sorted.js';

/** "(thứ hai từ trái sang)": a parenthesis of a few words between a name and its verb. */
function afterParenthesis(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 12; k++) if (tokens[k].key === ')') return k + 1;
  return tokens.length;
}

/** The cue right at `j`, unless a longer non-cue compound starts there ("dự án", "báo cáo viên"). */
function cueRightAt(tokens: readonly Token[], j: number): { role: Role; length: number } | null {
  const cue = roleCueTable.match(tokens, j);
  if (!cue) return null;
  const not = notACueTable.match(tokens, j);
  if (not && not.length > cue.length) return null;
  // "về dự án": the cue's last word opens a compound that is not a cue.
  if (cue.length > 1 && nounAfterCueTable.match(tokens, j + cue.length - 1)) return null;
  return { role: cue.value, length: cue.length };
}

/**
 * The role cues at token `i`, skipping adverbs ("đã", "cũng"), a first comma
 * and a short parenthesis before them; coordinated verbs are all read ("dự
 * và chủ trì", "chủ trì, phát biểu").
 */
export function cuesAt(tokens: readonly Token[], i: number): Role[] {
  const j = firstCueAt(tokens, i);
  if (j < 0) return [];
  const cue = cueRightAt(tokens, j)!;
  const roles = [cue.role];
  let k = j + cue.length;
  while ((tokens[k]?.key === 'và' || tokens[k]?.key === ',') && k < tokens.length) {
    const next = cueRightAt(tokens, k + 1);
    if (!next) break;
    roles.push(next.role);
    k += 1 + next.length;
  }
  return roles;
}

/** Where the first role cue read from token `i` starts (see `cuesAt`), or -1. */
function firstCueAt(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let guard = 0; guard < 4 && j < tokens.length; guard++) {
    // "sẽ dẫn đầu", "không đến": a part not (yet) taken.
    if (notTakingPartTable.match(tokens, j)) return -1;
    const behalf = onBehalfTable.match(tokens, j);
    if (behalf) {
      j = afterOnBehalf(tokens, j + behalf.length);
      continue;
    }
    if (cueRightAt(tokens, j)) return j;
    const adverb = adverbTable.match(tokens, j);
    if (adverb) j += adverb.length;
    // A first comma or dash closing the apposition: "X, Bí thư Tỉnh ủy, phát biểu", "X - Vụ trưởng - phát biểu".
    else if ((tokens[j].key === ',' || tokens[j].key === '-') && guard === 0) j++;
    else if (tokens[j].key === '(') j = afterParenthesis(tokens, j);
    else return -1;
  }
  return -1;
}

/** Per sentence (its token list): where semicolons and event places ("tại hội nghị") stand, read once. */
interface PartMarks {
  semicolons: number[];
  eventPlaces: number[];
}
const PART_MARKS = new WeakMap<readonly Token[], PartMarks>();

function partMarks(tokens: readonly Token[]): PartMarks {
  let marks = PART_MARKS.get(tokens);
  if (!marks) {
    marks = { semicolons: [], eventPlaces: [] };
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].key === ';') marks.semicolons.push(k);
      if (eventPlaceTable.match(tokens, k)) marks.eventPlaces.push(k);
    }
    PART_MARKS.set(tokens, marks);
  }
  return marks;
}


/** Whether the event is named as the place in the part of the sentence (between semicolons) from its start to `to`. */
function eventPlaceInPart(tokens: readonly Token[], groupStart: number, to: number): boolean {
  const { semicolons, eventPlaces } = partMarks(tokens);
  const semicolon = lowerBound(semicolons, groupStart) - 1;
  const from = semicolon >= 0 ? semicolons[semicolon] + 1 : 0;
  const k = lowerBound(eventPlaces, from);
  return k < eventPlaces.length && eventPlaces[k] < to;
}

/** Whether the cue read from token `i` is a view given ("cho rằng", "nhận định"), not a part taken. */
function givesView(tokens: readonly Token[], i: number): boolean {
  const j = firstCueAt(tokens, i);
  if (j < 0) return false;
  const view = commentaryTable.match(tokens, j);
  return view !== null && view.length >= cueRightAt(tokens, j)!.length;
}

/**
 * "thay mặt Thủ tướng Chính phủ trả lời": after "thay mặt", the one spoken
 * for runs to the first role verb, within a few words and the clause.
 */
function afterOnBehalf(tokens: readonly Token[], j: number): number {
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    if (!tokens[k].word) return tokens.length;
    if (cueRightAt(tokens, k)) return k;
  }
  return tokens.length;
}

/** Whether the person is not taking part by what follows the group: "ông Kiên không đến". */
export function deniedAt(tokens: readonly Token[], i: number): boolean {
  let j = i;
  for (let guard = 0; guard < 3 && j < tokens.length; guard++) {
    if (notTakingPartTable.match(tokens, j)) return true;
    const adverb = adverbTable.match(tokens, j);
    if (!adverb) return false;
    j += adverb.length;
  }
  return false;
}

/** The first role cue at token `i` (see `cuesAt`), or null. */
export function cueAt(tokens: readonly Token[], i: number): Role | null {
  return cuesAt(tokens, i)[0] ?? null;
}

const GENITIVE_NOUNS = genitiveNouns.map(([phrase, role]) => ({ keys: phraseKeys(phrase), role }));
const EVENT_BOUND_NOUNS = eventBoundGenitiveNouns.map(([phrase, role]) => ({ keys: phraseKeys(phrase), role }));

/** "phát biểu của <group>": the role the noun before "của" gives, if any. */
function genitiveRole(tokens: readonly Token[], from: number, groupStart: number, nouns = GENITIVE_NOUNS): GenitiveRole | null {
  let best: GenitiveRole | null = null;
  for (const { keys, role } of nouns) {
    const start = groupStart - 1 - keys.length;
    if (start < from) continue;
    if (keys.every((k, n) => tokens[start + n].key === k) && (!best || start < best.start)) best = { start, role };
  }
  return best;
}

interface GenitiveRole {
  /** Where the noun before "của" opens. */
  start: number;
  role: Role;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', '“', '"']);
/** What ends a verb's object: a comma, a semicolon, a colon or a quotation. */
const OBJECT_BREAKS = new Set([',', ';', ':', '“', '"']);

/** Start of the clause ending at `to`: after the last comma, semicolon, colon or opening quote. */
function clauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (CLAUSE_BREAKS.has(tokens[k].key)) return k + 1;
  return from;
}

/** Start of the sentence part ending at `to`: after the last semicolon. */
function partStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k].key === ';') return k + 1;
  return from;
}

function containsPhrase(tokens: readonly Token[], from: number, to: number, matcher: typeof bridgePointTable): boolean {
  for (let k = from; k < to; k++) if (matcher.match(tokens, k)) return true;
  return false;
}

/** Whether the group is what a tribute or a lecture is about ("về", "Ngày sinh", "tấm gương"). */
function isSubjectOfTribute(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  for (let start = Math.max(introFrom, groupStart - 3); start < groupStart; start++) {
    const m = tributeTable.match(tokens, start);
    if (m && start + m.length === groupStart) return true;
    // "con trai Tổng thống Trump", "con rể của ông Trump": a relative of the person is meant.
    const kin = kinTable.match(tokens, start);
    if (kin && (start + kin.length === groupStart || (start + kin.length === groupStart - 1 && tokens[groupStart - 1].key === 'của'))) return true;
  }
  return false;
}

/** "bày tỏ vui mừng khi Tổng thống X khẳng định ...": a clause after a verb tells what someone said elsewhere. */
function inSubordinateClause(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  const before = tokens[groupStart - 1];
  if (!before || (before.key !== 'khi' && before.key !== 'việc') || groupStart - 2 < introFrom) return false;
  const verb = tokens[groupStart - 2];
  // "sau khi", "trước khi", "ngay khi": when, at the event itself.
  return verb.word && !verb.cap && !TEMPORAL_BEFORE_WHEN.has(verb.key) && cueAt(tokens, groupStart - 2) === null;
}

const TEMPORAL_BEFORE_WHEN = new Set(['sau', 'trước', 'ngay', 'trong', 'từ', 'đến', 'tới', 'lúc', 'chỉ', 'cho']);

/**
 * The list opener ("có") that introduces the group: right before it ("Dự
 * hội nghị có A"), or before a colon that opens the list ("Dự phiên họp có
 * các đồng chí trong Ban Thường vụ: A, B"). Its index, or -1.
 */
function listOpener(tokens: readonly Token[], introFrom: number, groupStart: number): number {
  // "Về phía đại biểu quốc tế có, Tổng Giám đốc ...": a comma may follow the opener.
  const end = tokens[groupStart - 1]?.key === ',' ? groupStart - 1 : groupStart;
  for (let start = end - 1; start >= Math.max(introFrom, end - 2); start--) {
    const m = listOpenerTable.match(tokens, start);
    if (m && start + m.length === end) return start;
  }
  if (tokens[groupStart - 1]?.key !== ':') return -1;
  const from = partStart(tokens, introFrom, groupStart - 1);
  for (let k = groupStart - 2; k >= from; k--) if (listOpenerTable.match(tokens, k)) return k;
  return -1;
}

/** The clause that a list opener closes: "Dự và chỉ đạo hội nghị có ...", after any fronted time or place. */
function listCues(tokens: readonly Token[], introFrom: number, opener: number): Role[] {
  const clause = clauseStart(tokens, introFrom, opener);
  const roles = cuesAt(tokens, clause);
  if (roles.length > 0) return roles;
  const part = cuesAt(tokens, partStart(tokens, introFrom, opener));
  if (part.length > 0) return part;
  // "Các đồng minh của Trung Quốc tham gia hội nghị bao gồm ...": the role verb inside the clause.
  for (let k = clause; k < opener; k++) {
    const cue = cueRightAt(tokens, k);
    if (cue && cue.role === 'attended') return [cue.role];
    // "Trong số khách mời có X", "Đại biểu trẻ tuổi nhất là em X": one of those present.
    if (guestNounTable.match(tokens, k)) return ['attended'];
  }
  return [];
}

/** What may follow a speech verb that introduces what was said: "nêu rõ:", "chia sẻ,", "cho biết “...". */
const SPEECH_OPENERS = new Set([':', ',', '“', '"']);
/** Marks opening an apposition after a name ("X, Giám đốc ...", "X - CEO ...", "X (Giám đốc ...)"). */
const APPOSITION_MARKS = new Set([',', '-', '–', '(']);

function hasApposition(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (APPOSITION_MARKS.has(tokens[k].key)) return true;
  return false;
}

/** How far past a group a speech verb may stand behind the rest of an apposition. */
const APPOSITION_REACH = 14;

/**
 * "Giáo sư X, Tổng Chủ biên chương trình giáo dục phổ thông mới nêu rõ:",
 * "ông X - CEO của CVI - bày tỏ,": the rest of an apposition the titles did
 * not take in, then a speech verb opening what was said. Only a verb
 * followed by a colon, a comma or a quotation counts, and the first verb
 * decides: "X đến thăm và nghe ... cho biết:" is someone else speaking.
 */
function speechAfterApposition(tokens: readonly Token[], groupStart: number, groupEnd: number, predicateTo: number): Role[] {
  // Only an apposition runs on: "ông X nhớ lại lời lãnh đạo xã cho biết" has its own verb first.
  if (!APPOSITION_MARKS.has(tokens[groupEnd]?.key ?? '') && !hasApposition(tokens, groupStart, groupEnd)) return [];
  const to = Math.min(predicateTo, groupEnd + APPOSITION_REACH);
  for (let k = groupEnd; k < to; k++) {
    const t = tokens[k];
    if (!t.word) {
      // A comma opens the apposition only right after the group; dashes and parentheses enclose it.
      if ((t.key === ',' && k === groupEnd) || t.key === '-' || t.key === '–' || t.key === '(' || t.key === ')') continue;
      return [];
    }
    // Capitalized words name the body ("Sở Thông tin và Truyền thông"), they are not verbs.
    if (t.cap) continue;
    const cue = cueRightAt(tokens, k);
    if (!cue) continue;
    return cue.role === 'spoke' && SPEECH_OPENERS.has(tokens[k + cue.length]?.key ?? '') ? ['spoke'] : [];
  }
  return [];
}

/**
 * The role cues of the predicate after a group: right after it, or after an
 * unnamed group joined to it ("Đồng chí X và các đồng chí trong Ban Thường
 * vụ Tỉnh ủy dự hội nghị"), within the clause.
 */
function predicateCues(tokens: readonly Token[], groupStart: number, groupEnd: number, predicateTo: number): Role[] {
  const direct = cuesAt(tokens, groupEnd);
  if (direct.length === 0 && tokens[groupEnd]?.word) {
    // "X đã tiếp nhận ý kiến các đại biểu và cho biết ...": a second verb of the same subject.
    for (let k = groupEnd + 1; k < Math.min(predicateTo, groupEnd + 12); k++) {
      const key = tokens[k].key;
      if (key === ',' || key === ';' || key === ':' || key === '.' || key === '(') break;
      if (key === 'và') {
        const roles = cuesAt(tokens, k + 1);
        if (roles.length > 0) return roles;
      }
    }
  }
  if (direct.length > 0) return direct;
  if (tokens[groupEnd]?.key !== 'và' && tokens[groupEnd]?.key !== 'cùng') return speechAfterApposition(tokens, groupStart, groupEnd, predicateTo);
  for (let k = groupEnd + 1; k < Math.min(predicateTo, groupEnd + 14); k++) {
    if (tokens[k].key === ';' || tokens[k].key === ':' || tokens[k].key === '.') break;
    const roles = cuesAt(tokens, k);
    if (roles.length > 0) return roles;
  }
  return [];
}

/** The group is the subject opening its sentence or clause ("..., của Nhà thơ X tại buổi lễ" is not). */
function opensClause(tokens: readonly Token[], groupStart: number): boolean {
  const before = tokens[groupStart - 1];
  return before === undefined || before.key === ';' || before.key === ':' || before.key === ')';
}

/**
 * "Thứ trưởng X tại buổi Đối thoại.", "Thủ tướng và các Phó Thủ tướng: A, B
 * tại Hội nghị.": a caption without a verb places the people at the event.
 */
function placedAtEventWithoutVerb(tokens: readonly Token[], groupEnd: number, predicateTo: number): boolean {
  // "X (người đứng) tại buổi làm việc": past a note on the photo.
  const at = tokens[groupEnd]?.key === '(' ? afterParenthesis(tokens, groupEnd) : groupEnd;
  const place = eventPlaceTable.match(tokens, at);
  if (!place) return false;
  // Only the event's own name may follow ("Hội nghị Trung ương 5", "buổi Đối thoại"): a
  // capitalized word, and the words and numbers after it, then the closing period.
  let named = false;
  for (let k = at + place.length; k < predicateTo; k++) {
    const t = tokens[k];
    if (!t.word && t.key !== '.') return false;
    if (t.word && t.cap) named = true;
    else if (t.word && !named) return false;
  }
  return true;
}

export interface GroupRoles {
  roles: Set<Role>;
  /** "Quyết định của Thủ tướng X": named as someone else's, not as a participant. */
  genitive: boolean;
  /** Listed after "có" ("Dự hội nghị có ..."): present. */
  listed: boolean;
  /** "nhận định của X": the role, if the clause places it at the event. */
  eventBound?: Role | null;
  /**
   * The only role is a view given ("Theo X, ...", "X cho rằng ...") and the
   * clause does not place it at the event: commentary, not a speech there.
   */
  commentary?: boolean;
}

/** Roles stated before the group: fronted clause, "Theo", genitive noun, list opener. */
function introRoles(tokens: readonly Token[], introFrom: number, groupStart: number, out: GroupRoles): void {
  const before = tokens[groupStart - 1];
  if (!before || groupStart <= introFrom) return;
  if (isSubjectOfTribute(tokens, introFrom, groupStart) || isInvited(tokens, introFrom, groupStart) || inSubordinateClause(tokens, introFrom, groupStart)) {
    // "Hội thảo về đồng chí X", "kỷ niệm Ngày sinh đồng chí X": spoken of, not present;
    // "mời ông X tham dự": asked to come.
    out.genitive = true;
    return;
  }
  if (before.key === 'của') {
    out.genitive = true;
    const found = genitiveRole(tokens, introFrom, groupStart);
    // "Thực hiện ý kiến chỉ đạo của Phó Thủ tướng X": a directive carried out or passed on was
    // given elsewhere, unless the clause names the event.
    const relayed = found?.role === 'directed' && endsWith(tokens, introFrom, found.start, relayingTable);
    if (found && !relayed) out.roles.add(found.role);
    else out.eventBound = found?.role ?? genitiveRole(tokens, introFrom, groupStart, EVENT_BOUND_NOUNS)?.role ?? null;
    return;
  }
  if (endsWith(tokens, introFrom, groupStart, meetingTable) || meetsInClause(tokens, introFrom, groupStart)) {
    // "Thủ tướng tiếp ông X", "Đón Thủ tướng X ... có", "đã gặp Chủ tịch ... Tập đoàn Y X; ...":
    // the one received is there too, and so is the rest of the list.
    out.roles.add('attended');
    out.listed = true;
  } else if (accordingTo.has(before.key) && (clauseStart(tokens, introFrom, groupStart - 1) === groupStart - 1 || before.cap)) {
    // "Theo X, ...", also a capitalized "Theo" after a heading run into the sentence.
    out.roles.add('spoke');
  } else if (before.key === ',') {
    // A fronted clause: "Phát biểu chỉ đạo tại hội nghị, đồng chí X ...", also before "thay mặt ...".
    let clause = clauseStart(tokens, introFrom, groupStart - 1);
    if (onBehalfTable.match(tokens, clause) && clause - 1 > introFrom && tokens[clause - 1].key === ',') {
      clause = clauseStart(tokens, introFrom, clause - 1);
    }
    // A clause that opens the sentence or follows a break; right after an earlier group it is that
    // group's predicate ("Bà cảm ơn ... ông A, B").
    const fronted = clause === 0 || CLAUSE_BREAKS.has(tokens[clause - 1].key);
    if (fronted) cuesAt(tokens, clause).forEach((r) => out.roles.add(r));
    // "Tại hội nghị, ông X ...": whoever acts at the event is there.
    if (containsPhrase(tokens, clause, groupStart - 1, eventPlaceTable)) out.roles.add('attended');
  }
  const opener = listOpener(tokens, introFrom, groupStart);
  if (opener >= 0) {
    const cues = listCues(tokens, introFrom, opener);
    cues.forEach((r) => out.roles.add(r));
    // "Dự có ...", "Về phía tỉnh có ...": a list of those present; "... là X", "... gồm X" only after a role.
    out.listed = cues.length > 0 || tokens[opener].key === 'có' || tokens[opener].key === 'còn';
  } else if (examplesOfThoseMet(tokens, introFrom, groupStart) || receivesGift(tokens, introFrom, groupStart)) {
    out.roles.add('attended');
    out.listed = true;
  }
}

/**
 * "trao Huy hiệu 70 năm tuổi Đảng cho <group>", "trao các phần thưởng cao
 * quý của Đảng, Nhà nước cho <group>", "trao Quyết định bổ nhiệm <group>":
 * the recipient of what is handed over, in the same part of the sentence.
 */
function receivesGift(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  const recipient = phraseStartBefore(tokens, introFrom, groupStart, recipientTable);
  if (recipient < 0) return false;
  // The clause, or further back through the sentence part where the gift's name holds commas
  // ("của Đảng, Nhà nước").
  const reach = Math.min(clauseStart(tokens, introFrom, recipient), recipient - GIFT_REACH);
  const from = Math.max(partStart(tokens, introFrom, recipient), reach);
  for (let k = from; k < recipient; k++) {
    const giving = givingTable.match(tokens, k);
    if (!giving) continue;
    // "trao đổi (thông tin)" is a talk, not a handing over.
    const longer = Math.max(roleCueTable.match(tokens, k)?.length ?? 0, notACueTable.match(tokens, k)?.length ?? 0);
    if (longer <= giving.length && !hasCue(tokens, k + giving.length, recipient)) return true;
  }
  return false;
}

/** How far before "cho", past commas, the giving verb may stand, in tokens. */
const GIFT_REACH = 16;

/**
 * "Thủ tướng đã tiếp lãnh đạo các tập đoàn như <group>", "Trong số khách
 * mời có ... như <group>": examples after a meeting verb or of the guests,
 * in the same part of the sentence.
 */
function examplesOfThoseMet(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  const end = tokens[groupStart - 1]?.key === ':' ? groupStart - 1 : groupStart;
  if (!endsWith(tokens, introFrom, end, exampleOpenerTable)) return false;
  for (let k = partStart(tokens, introFrom, end); k < end; k++) {
    if (meetingTable.match(tokens, k) || guestNounTable.match(tokens, k) || cueRightAt(tokens, k)?.role === 'attended') return true;
  }
  return false;
}

/**
 * A meeting verb earlier in the clause whose object the group ends ("đã gặp
 * Chủ tịch phụ trách ... của Tập đoàn P&G (Mỹ) Magesvaran Surajan"), with
 * no other verb between it and the group.
 */
function meetsInClause(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  // The clause may open before an earlier group (the subject), through the parentheses of the
  // object's titles ("(Mỹ)"); only its last words before the intro matter, so the scan back stops
  // there (reading on to the sentence's start made a long sentence of groups quadratic).
  const floor = Math.max(0, introFrom - 4);
  let from = groupStart;
  while (from > floor && !OBJECT_BREAKS.has(tokens[from - 1].key)) from--;
  if (from > introFrom) return false;
  for (let k = from; k < groupStart; k++) {
    const m = meetingTable.match(tokens, k);
    if (m && k + m.length <= groupStart && !hasCue(tokens, k + m.length, groupStart)) return true;
  }
  return false;
}

function hasCue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cueRightAt(tokens, k) !== null) return true;
  return false;
}

/** The longest phrase `endsWith` looks for, in tokens ("ngồi cùng bàn với"). */
const LONGEST_ENDING_PHRASE = 4;

/** Whether a phrase of the table ends right before `end`, within [from, end). */
function endsWith(tokens: readonly Token[], from: number, end: number, table: typeof meetingTable): boolean {
  return phraseStartBefore(tokens, from, end, table) >= 0;
}

/** Where a phrase of the table that ends right before `end` starts, within [from, end); -1 if none. */
function phraseStartBefore(tokens: readonly Token[], from: number, end: number, table: typeof meetingTable): number {
  for (let start = Math.max(from, end - LONGEST_ENDING_PHRASE); start < end; start++) {
    if (table.match(tokens, start, (found) => start + found.length === end)) return start;
  }
  return -1;
}

/** "mời ông X", "lời mời của Thủ tướng X": invited, not reported present. */
function isInvited(tokens: readonly Token[], introFrom: number, groupStart: number): boolean {
  for (let start = Math.max(introFrom, groupStart - 3); start < groupStart; start++) {
    const m = invitingTable.match(tokens, start);
    if (m && (start + m.length === groupStart || (start + m.length === groupStart - 1 && tokens[groupStart - 1].key === 'của'))) return true;
  }
  return false;
}

/**
 * Roles of a group spanning tokens [groupStart, groupEnd), with its intro
 * from `introFrom` and its predicate up to `predicateTo`.
 */
export function groupRoles(
  tokens: readonly Token[],
  introFrom: number,
  groupStart: number,
  groupEnd: number,
  predicateTo: number,
  lead = false,
): GroupRoles {
  const out: GroupRoles = { roles: new Set(), genitive: false, listed: false, eventBound: null, commentary: false };
  introRoles(tokens, introFrom, groupStart, out);
  // "Mỹ sẽ cử phái đoàn do ông X dẫn đầu": the clause before the group is in the future.
  // A list ("... sẽ có sự tham dự của 28 lãnh đạo, trong đó có X") reads the whole part before it.
  const clause = out.listed ? partStart(tokens, introFrom, groupStart) : clauseStart(tokens, introFrom, groupStart);
  // "Mới đây, Phó Thủ tướng X đã chỉ đạo ...": past the lead, an earlier occasion.
  const earlier = !lead && containsPhrase(tokens, partStart(tokens, introFrom, groupStart), groupStart, earlierTable);
  if (deniedAt(tokens, groupEnd) || containsPhrase(tokens, clause, groupStart, futureTable) || earlier) {
    out.genitive = true;
    out.roles.clear();
    return out;
  }
  if (out.eventBound && containsPhrase(tokens, groupEnd, predicateTo, eventPlaceTable)) out.roles.add(out.eventBound);
  // "Ông Phạm Đăng Nhật - Chủ tịch UBND huyện: Một số chỉ tiêu ...": a speaker opening the sentence.
  if (groupStart === 0 && tokens[groupEnd]?.key === ':' && tokens[groupEnd + 1]?.cap) out.roles.add('spoke');
  const fromIntro = out.roles.size;
  if (!out.genitive) predicateCues(tokens, groupStart, groupEnd, predicateTo).forEach((r) => out.roles.add(r));
  if (
    !out.genitive &&
    (containsPhrase(tokens, introFrom, groupStart, bridgePointTable) || containsPhrase(tokens, groupEnd, predicateTo, bridgePointTable))
  ) {
    out.roles.add('attended');
  }
  if (!out.genitive && out.roles.size === 0 && opensClause(tokens, groupStart) && placedAtEventWithoutVerb(tokens, groupEnd, predicateTo)) {
    out.roles.add('attended');
  }
  if (out.roles.size === 1 && out.roles.has('spoke') && !out.listed) {
    const view = fromIntro > 0 ? accordingTo.has(tokens[groupStart - 1]?.key ?? '') && cuesAt(tokens, groupEnd).length === 0 : givesView(tokens, groupEnd);
    out.commentary = view && !eventPlaceInPart(tokens, groupStart, predicateTo);
  }
  return out;
}
