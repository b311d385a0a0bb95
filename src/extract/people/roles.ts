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
  eventPlaceTable,
  genitiveNouns,
  listOpenerTable,
  notACueTable,
  roleCueTable,
  tributeTable,
} from './tables.js';
import type { Token } from './tokens.js';
import { phraseKeys } from './tokens.js';

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
  return { role: cue.value, length: cue.length };
}

/**
 * The role cues at token `i`, skipping adverbs ("đã", "cũng"), a first comma
 * and a short parenthesis before them; coordinated verbs are all read ("dự
 * và chủ trì", "chủ trì, phát biểu").
 */
export function cuesAt(tokens: readonly Token[], i: number): Role[] {
  let j = i;
  for (let guard = 0; guard < 4 && j < tokens.length; guard++) {
    const cue = cueRightAt(tokens, j);
    if (cue) {
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
    const adverb = adverbTable.match(tokens, j);
    if (adverb) j += adverb.length;
    else if (tokens[j].key === ',' && guard === 0) j++;
    else if (tokens[j].key === '(') j = afterParenthesis(tokens, j);
    else return [];
  }
  return [];
}

/** The first role cue at token `i` (see `cuesAt`), or null. */
export function cueAt(tokens: readonly Token[], i: number): Role | null {
  return cuesAt(tokens, i)[0] ?? null;
}

const GENITIVE_NOUNS = genitiveNouns.map(([phrase, role]) => ({ keys: phraseKeys(phrase), role }));

/** "nhận định của <group>": the role the noun before "của" gives, if any. */
function genitiveRole(tokens: readonly Token[], from: number, groupStart: number): Role | null {
  let best: { length: number; role: Role } | null = null;
  for (const { keys, role } of GENITIVE_NOUNS) {
    const start = groupStart - 1 - keys.length;
    if (start < from) continue;
    if (keys.every((k, n) => tokens[start + n].key === k) && (!best || keys.length > best.length)) {
      best = { length: keys.length, role };
    }
  }
  return best?.role ?? null;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', '“', '"']);

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
  }
  return false;
}

/**
 * The list opener ("có") that introduces the group: right before it ("Dự
 * hội nghị có A"), or before a colon that opens the list ("Dự phiên họp có
 * các đồng chí trong Ban Thường vụ: A, B"). Its index, or -1.
 */
function listOpener(tokens: readonly Token[], introFrom: number, groupStart: number): number {
  for (let start = groupStart - 1; start >= Math.max(introFrom, groupStart - 2); start--) {
    const m = listOpenerTable.match(tokens, start);
    if (m && start + m.length === groupStart) return start;
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
  return roles.length > 0 ? roles : cuesAt(tokens, partStart(tokens, introFrom, opener));
}

/**
 * The role cues of the predicate after a group: right after it, or after an
 * unnamed group joined to it ("Đồng chí X và các đồng chí trong Ban Thường
 * vụ Tỉnh ủy dự hội nghị"), within the clause.
 */
function predicateCues(tokens: readonly Token[], groupEnd: number, predicateTo: number): Role[] {
  const direct = cuesAt(tokens, groupEnd);
  if (direct.length > 0 || (tokens[groupEnd]?.key !== 'và' && tokens[groupEnd]?.key !== 'cùng')) return direct;
  for (let k = groupEnd + 1; k < Math.min(predicateTo, groupEnd + 14); k++) {
    if (tokens[k].key === ';' || tokens[k].key === ':' || tokens[k].key === '.') break;
    const roles = cuesAt(tokens, k);
    if (roles.length > 0) return roles;
  }
  return [];
}

export interface GroupRoles {
  roles: Set<Role>;
  /** "Quyết định của Thủ tướng X": named as someone else's, not as a participant. */
  genitive: boolean;
  /** Listed after "có" ("Dự hội nghị có ..."): present. */
  listed: boolean;
}

/** Roles stated before the group: fronted clause, "Theo", genitive noun, list opener. */
function introRoles(tokens: readonly Token[], introFrom: number, groupStart: number, out: GroupRoles): void {
  const before = tokens[groupStart - 1];
  if (!before || groupStart <= introFrom) return;
  if (isSubjectOfTribute(tokens, introFrom, groupStart)) {
    // "Hội thảo về đồng chí X", "kỷ niệm Ngày sinh đồng chí X": spoken of, not present.
    out.genitive = true;
    return;
  }
  if (before.key === 'của') {
    out.genitive = true;
    const role = genitiveRole(tokens, introFrom, groupStart);
    if (role) out.roles.add(role);
    return;
  }
  if (accordingTo.has(before.key) && clauseStart(tokens, introFrom, groupStart - 1) === groupStart - 1) {
    out.roles.add('spoke');
  } else if (before.key === ',') {
    // A fronted clause: "Phát biểu chỉ đạo tại hội nghị, đồng chí X ..."
    const clause = clauseStart(tokens, introFrom, groupStart - 1);
    cuesAt(tokens, clause).forEach((r) => out.roles.add(r));
    // "Tại hội nghị, ông X ...": whoever acts at the event is there.
    if (containsPhrase(tokens, clause, groupStart - 1, eventPlaceTable)) out.roles.add('attended');
  }
  const opener = listOpener(tokens, introFrom, groupStart);
  if (opener >= 0) {
    out.listed = true;
    listCues(tokens, introFrom, opener).forEach((r) => out.roles.add(r));
  }
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
): GroupRoles {
  const out: GroupRoles = { roles: new Set(), genitive: false, listed: false };
  introRoles(tokens, introFrom, groupStart, out);
  if (!out.genitive) predicateCues(tokens, groupEnd, predicateTo).forEach((r) => out.roles.add(r));
  if (
    !out.genitive &&
    (containsPhrase(tokens, introFrom, groupStart, bridgePointTable) || containsPhrase(tokens, groupEnd, predicateTo, bridgePointTable))
  ) {
    out.roles.add('attended');
  }
  return out;
}
