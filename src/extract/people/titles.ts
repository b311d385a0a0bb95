/**
 * Position titles: where one begins (a position head, a rank, an academic
 * title, optionally after "nguyên"), where it ends (the body, units and
 * places that complete it, up to a name, a new position or the predicate),
 * its normalized form, and whether a short form folds into a fuller one.
 */
import { ABBREVIATION_EXPANSIONS } from '../../lexicon/bodies.js';
import { fold } from '../../text/fold.js';
import type { Tag, TagKind } from './tagging.js';
import { BODY_KINDS } from './tagging.js';
import { cueAt, cuesAt } from './roles.js';
import { academicTable, adverbTable, matterBodyTable, photoPositionWords, positionJoiners, bodyWordTable, clauseOpenerTable, organizationHeadTable, ownUnitTable } from './tables.js';
import type { Token } from './tokens.js';
import { TIME_OPENERS } from '../../lexicon/titles.js';

export type TitleKind = 'position' | 'rank' | 'academic';

export interface TitleSpan {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  kind: TitleKind;
  former: boolean;
  /** "Bộ trưởng Dũng", "Tổng thống Trump": the token right after the title is a short name. */
  shortName?: number;
}

const DASH = '-';
/** Words that never belong to a body's name: they start the rest of the sentence. */
const FUNCTION_WORDS = new Set([
  'tại', 'của', 'với', 'và', 'các', 'những', 'cho', 'trong', 'về', 'đã', 'là', 'có', 'được', 'ở', 'đến', 'từ',
  'theo', 'để', 'khi', 'này', 'đó', 'năm', 'ngày', 'tháng', 'sáng', 'chiều', 'tối', 'cùng', 'đồng', 'bị', 'do',
  'nhằm', 'vì', 'nên', 'thì', 'mà', 'như', 'trên', 'dưới', 'sau', 'trước', 'tiếp', 'gặp', 'thăm', 'nhận',
]);
/** Tense and aspect words: the predicate begins there, never inside a body's name or task. */
const TENSE_WORDS = new Set(['đã', 'đang', 'sẽ', 'vừa', 'từng', 'sắp']);
const ROMAN = /^[ivxlc]+$/u;
/** First word of the representative's standing ("đại diện"). */
const REPRESENTATIVE = new Set(['đại']);

interface Context {
  tokens: readonly Token[];
  tags: readonly (Tag | null)[];
  nameStarts: ReadonlySet<number>;
}

function kindAt(ctx: Context, i: number): TagKind | null {
  return ctx.tags[i]?.kind ?? null;
}

function opensPosition(ctx: Context, i: number): boolean {
  const kind = kindAt(ctx, i);
  return kind === 'head' || kind === 'rank' || kind === 'former';
}

const TIME_OPENER_WORDS: ReadonlySet<string> = new Set(TIME_OPENERS);

/**
 * Whether a title stops before token `j`: a tab or a line break ends a
 * caption or a table cell, and a capitalized time word before a number
 * opens the next sentence ("..., Ủy viên Bộ Chính trị Sáng 5/3, ...").
 */
function endsTitleAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined) return true;
  if (t.breakBefore) return true;
  return t.cap && TIME_OPENER_WORDS.has(t.key) && /^\d/u.test(tokens[j + 1]?.key ?? '');
}

/** A capitalized word that belongs to a body or place name, not a person. */
function bodyWordAt(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.nameStarts.has(i)) return false;
  const kind = kindAt(ctx, i);
  if (kind !== null) return BODY_KINDS.has(kind);
  return t.word && t.cap;
}


/** Whether the title read so far names a steering committee ("Trưởng Ban Chỉ đạo ..."). */
function namesSteeringCommittee(tokens: readonly Token[], from: number, to: number): boolean {
  return ` ${tokens.slice(from, to).map((t) => t.key).join(' ')} `.includes(' ban chỉ đạo ');
}

/** Tokens that may follow the end of a body's name: a separator, a unit, another capitalized word, a role verb. */
function closesBodyName(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return true;
  if (!t.word) return t.key === ',' || t.key === ';' || t.key === ')' || t.key === '.' || t.key === DASH;
  return t.cap || kindAt(ctx, k) === 'admin' || cuesAt(ctx.tokens, k).length > 0;
}

/**
 * Tokens a body word carries with it in lower case: a known compound ("Dân
 * vận", "Ủy ban nhân dân"), a field of study ("Sử học"), or one syllable
 * closing the name before a separator or a unit ("Ủy ban Bầu cử tỉnh;").
 */
function compoundLength(ctx: Context, i: number): number {
  const { tokens } = ctx;
  // The compound's later syllables are in lower case ("Kinh tế - Ngân sách" holds "Kinh tế", then "Ngân sách").
  const lowerTail = (m: { length: number }) => tokens.slice(i + 1, i + m.length).every((t, k) => !t.cap && !t.breakBefore && !ctx.nameStarts.has(i + 1 + k));
  const m = bodyWordTable.match(tokens, i, lowerTail);
  if (m) return m.length;
  if (endsTitleAt(tokens, i + 1)) return 1;
  const next = tokens[i + 1];
  if (next?.key === 'học') return 2;
  if (next?.word && !next.cap && !ctx.nameStarts.has(i + 1) && !FUNCTION_WORDS.has(next.key) && kindAt(ctx, i + 1) === null) {
    if (cueAt(tokens, i + 1) === null && closesBodyName(ctx, i + 2)) return 2;
  }
  return 1;
}

/** A body's word ends right before `j` ("Liên hiệp", "Khối"). */
function endsBodyWord(ctx: Context, j: number): boolean {
  return kindAt(ctx, j - 1) === 'body' || capitalizedPhraseEndsAt(ctx, j, bodyWordTable, 3);
}

/** A phrase of the table, of at most `longest` tokens and capitalized, ends right before `j`. */
function capitalizedPhraseEndsAt(ctx: Context, j: number, table: typeof bodyWordTable, longest: number): boolean {
  for (let k = Math.max(0, j - longest); k < j; k++) {
    if (ctx.tokens[k].cap && table.match(ctx.tokens, k, (found) => k + found.length === j)) return true;
  }
  return false;
}

/** Marks that close an apposition: a body's name may run on in lower case up to one of them. */
const APPOSITION_ENDS = new Set([',', ';', ')']);

/**
 * The end of a lower-case stretch of body words of two syllables or more
 * at `j` ("xây dựng đất nước") reaching a comma, a semicolon or a closing
 * parenthesis, or 0.
 */
function bodyWordsToBreak(ctx: Context, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k < tokens.length && tokens[k].word && !tokens[k].cap) {
    const m = bodyWordTable.match(tokens, k);
    if (!m || m.length < 2 || cuesAt(tokens, k).length > 0) return 0;
    k += m.length;
  }
  return k > j && APPOSITION_ENDS.has(tokens[k]?.key ?? '') ? k : 0;
}

/**
 * "Học viện Chính trị quốc gia Hồ Chí Minh", "Ban Thực hiện chính sách BHYT":
 * a short lower-case stretch the lexicon does not know, between a body word and a place or an acronym, is
 * still the body's name, unless it is a role verb.
 */
function lowerBridge(ctx: Context, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k < tokens.length && k - j < 6 && tokens[k].word && !tokens[k].cap) {
    // "Cục khảo thí và Kiểm định chất lượng giáo dục": "và" joins the next capitalized part.
    // "Liên hiệp các tổ chức hữu nghị Việt Nam", "Đảng ủy Khối các cơ quan Trung ương".
    if (tokens[k].key === 'các' && k === j && endsBodyWord(ctx, j) && !tokens[k + 1]?.cap) {
      k++;
      // The members' kind is a body's word, not a verb ("các tổ chức").
      const members = bodyWordTable.match(tokens, k);
      if (members) k += members.length;
      continue;
    }
    if (tokens[k].key === 'và' && k > j && k - j <= 4 && tokens[k + 1]?.cap && !ctx.nameStarts.has(k + 1) && !opensPosition(ctx, k + 1)) return k - j;
    if (cueAt(tokens, k) !== null || adverbTable.match(tokens, k) || FUNCTION_WORDS.has(tokens[k].key)) return 0;
    k++;
  }
  if (k === j) return 0;
  const length = k - j;
  // "Công ty cổ phần xe khách Phương Trang": a body's own compound opens the stretch and the name follows.
  if (length <= 4 && tokens[k]?.cap && !ctx.nameStarts.has(k) && !opensPosition(ctx, k) && bodyWordTable.match(tokens, j) !== null) return length;
  const kind = kindAt(ctx, k);
  // "Học viện Chính trị quốc gia Hồ Chí Minh", "Ban Thực hiện chính sách BHYT".
  // "các" adds a word ("Liên hiệp các tổ chức hữu nghị Việt Nam").
  if ((kind === 'place' || kind === 'historical' || kind === 'acronym') && length <= (tokens[j].key === 'các' ? 5 : 4)) return length;
  // "Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc": the body's name runs to the person's.
  if (ctx.nameStarts.has(k) && length >= 2) return length;
  // "Khoa Kế hoạch tổng hợp (Bệnh viện Bạch Mai)", "Vụ Công tác học sinh sinh viên, Bộ GD&ĐT".
  if (tokens[k]?.key === '(' && bodyParenthesis(ctx, k) > 0) return length;
  if (length <= 4 && (tokens[k]?.key === ',' || tokens[k]?.key === ';') && tokens[k + 1]?.cap) return length;
  return 0;
}

/**
 * "Cục trưởng Cục Dân vận, Tổng cục Chính trị QĐND Việt Nam": a comma
 * followed by the organization above the first one, in the same position.
 * The organization must end the title (a separator, a name or a role verb
 * after it), else it is the subject of the next clause ("..., Ban Thường vụ
 * Tỉnh ủy thảo luận").
 */
function commaContinues(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  const next = i + 1;
  if (tokens[i].key !== ',' || !tokens[next]?.cap) return false;
  if (opensPosition(ctx, next) || ctx.nameStarts.has(next)) return false;
  const kind = kindAt(ctx, next);
  // "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng": the fields a body is named after.
  const field = kind === null ? bodyWordTable.match(tokens, next) : null;
  if (field && field.length >= 2 && fieldsBefore(ctx, i)) return true;
  if (kind !== null && kind !== 'body') return false;
  // An organization's name goes on capitalized ("Tổng cục Chính trị"); "Hội nghị" is an event.
  const head = organizationHeadTable.match(tokens, next);
  if (head === null || !tokens[next + head.length]?.cap) return false;
  const end = continuation(ctx, next, false);
  const after = tokens[end];
  return after === undefined || !after.word || ctx.nameStarts.has(end) || cuesAt(tokens, end).length > 0;
}

/** The comma at `i` follows a field word ("Văn hóa", "Giáo dục") that itself follows a body. */
function fieldsBefore(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const m = bodyWordTable.match(tokens, k);
    // After the body's head, tagged or not ("Bộ", "Ủy ban"), or another field and its comma.
    if (m && k + m.length === i && tokens[k].cap) return k > 0 && (kindAt(ctx, k - 1) === 'body' || tokens[k - 1].key === ',' || capitalizedPhraseEndsAt(ctx, k, organizationHeadTable, 2));
  }
  return false;
}

/**
 * "Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19": a steering committee is
 * named after its task, in lower case; the task runs to a role verb, a
 * name or the end of the clause.
 */
function steeringTask(ctx: Context, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k < tokens.length && k - j < 15) {
    const t = tokens[k];
    if (ctx.nameStarts.has(k) || t.key === ';' || t.key === '.' || t.key === ':' || cuesAt(tokens, k).length > 0) break;
    // "... công lập đã làm việc với": a tense word opens the predicate.
    if (TENSE_WORDS.has(t.key)) break;
    if (t.key === ',' && (opensPosition(ctx, k + 1) || ctx.nameStarts.has(k + 1) || kindAt(ctx, k + 1) === 'honorific')) break;
    k++;
  }
  while (k > j && !tokens[k - 1].word) k--;
  return k;
}

/**
 * "(BHXH Việt Nam)", "(ILO)": a short parenthesis of capitalized words after
 * a body, naming the organization it belongs to. Its end, or 0.
 */
function bodyParenthesis(ctx: Context, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.key !== '(') return 0;
  for (let k = j + 1; k < tokens.length && k <= j + 12; k++) {
    const t = tokens[k];
    if (t.key === ')') return k > j + 1 ? k + 1 : 0;
    // Lower-case words complete a body's name ("(Bệnh viện Bạch Mai)"), verbs do not.
    if (ctx.nameStarts.has(k) || (t.word && !t.cap && (cueAt(tokens, k) !== null || functionWordOutsideName(tokens, k)))) return 0;
    // "(người đứng)", "(thứ hai từ trái sang)": a note on where the person stands in the photo.
    if (t.word && !t.cap && photoPositionWords.has(t.key)) return 0;
  }
  return 0;
}

/** A function word, except "và" joining the capitalized parts of one name ("Bộ Văn hóa, Thể thao và Du lịch"). */
function functionWordOutsideName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].key === 'và') return !(tokens[k - 1]?.word && tokens[k + 1]?.cap);
  return FUNCTION_WORDS.has(tokens[k].key);
}

/** The longest body named after its matter, in tokens ("Ban Chỉ đạo Trung ương"). */
const MATTER_BODY_LENGTH = 5;

/** Meetings named after who meets ("Hội nghị Bộ trưởng", "Diễn đàn Thị trưởng"). */
const EVENT_NAMES = new Set(['hội nghị', 'diễn đàn', 'hội thảo', 'phiên họp', 'cuộc họp']);

/** End (exclusive) of the body part of a title whose head ends at `j`. */
function continuation(ctx: Context, j: number, commas = true): number {
  const { tokens } = ctx;
  const from = Math.max(0, j - 3);
  const headEnd = j;
  // "Trưởng đoàn ĐBQH tỉnh": a bare head completed by another position word.
  if (kindAt(ctx, j) === 'head' && tokens[j].allCaps) j = ctx.tags[j]!.last;
  // "Hiệu trưởng nhà trường", "Giám đốc công ty": the position's own unit, in lower case.
  const own = tokens[j] && !tokens[j].cap && !endsTitleAt(tokens, j) ? ownUnitTable.match(tokens, j) : null;
  if (own && !ctx.nameStarts.has(j)) j += own.length;
  // "Phó Giám đốc phụ trách khu vực châu Á": the field a deputy is in charge of.
  if (tokens[j]?.key === 'phụ' && !endsTitleAt(tokens, j) && tokens[j + 1]?.key === 'trách' && (tokens[j + 2]?.cap || kindAt(ctx, j + 2) !== null)) j += 2;
  let chained = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (ctx.nameStarts.has(j) || endsTitleAt(tokens, j)) break;
    const kind = kindAt(ctx, j);
    const afterLowerCompound = chained;
    chained = false;
    // "Cục khảo thí và Kiểm định chất lượng giáo dục": a body's name runs on in lower-case compounds.
    // (A short stretch before a place or an acronym is left to `lowerBridge`: "Công ty cổ phần thực phẩm Vĩnh Thành Đạt".)
    // "Mặt trận Lào xây dựng đất nước": after the country inside a body's name, its lower-case rest
    // made of body words up to the end of the apposition.
    const restAfterCountry = kind === null && j > headEnd && kindAt(ctx, j - 1) === 'place' ? bodyWordsToBreak(ctx, j) : 0;
    if (restAfterCountry > j) {
      j = restAfterCountry;
      continue;
    }
    if (kind === null && t.word && !t.cap && j > headEnd && (afterLowerCompound || endsBodyWord(ctx, j)) && lowerBridge(ctx, j) === 0) {
      const m = bodyWordTable.match(tokens, j);
      if (m && m.length >= 2 && cuesAt(tokens, j).length === 0) {
        j += m.length;
        chained = true;
        continue;
      }
    }
    // "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "TP Hồ Chí Minh": a name borne by a body or place;
    // right after the position ("Tổng Bí thư Trường Chinh"), the historical person holding it.
    // "Hội nghị Bộ trưởng Môi trường G7": a meeting named after its participants' position.
    if (kind === 'head' && j >= 2 && tokens[j - 2].cap && EVENT_NAMES.has(`${tokens[j - 2].key} ${tokens[j - 1].key}`)) {
      j = ctx.tags[j]!.last;
      continue;
    }
    if (kind !== null && (BODY_KINDS.has(kind) || (kind === 'historical' && j > headEnd))) {
      j = ctx.tags[j]!.last;
      continue;
    }
    if (kind === null && t.word && t.cap && !clauseOpenerTable.match(tokens, j)) {
      j += compoundLength(ctx, j);
      continue;
    }
    const parenthesis = j > headEnd ? bodyParenthesis(ctx, j) : 0;
    if (parenthesis > 0) {
      j = parenthesis;
      continue;
    }
    // "Quân khu 2", "Sư đoàn 312": a number naming the unit.
    if (/^\d{1,4}$/u.test(t.key) && j > 0 && (tokens[j - 1].cap || BODY_KINDS.has(kindAt(ctx, j - 1) ?? 'head'))) {
      j++;
      continue;
    }
    // "Hội đồng Dân tộc của Quốc hội": a body of a body.
    // "Người phát ngôn của Hội nghị Bộ trưởng Môi trường G7": right after the position, whose it is.
    // "Trưởng SOM ASEAN của Việt Nam": after the body, the country it belongs to.
    const whose = kindAt(ctx, j + 1);
    if (t.key === 'của' && tokens[j + 1]?.cap && (whose === 'body' || whose === 'place' || whose === 'acronym' || (j === headEnd && whose === null && !ctx.nameStarts.has(j + 1)))) {
      j++;
      continue;
    }
    // "Đại sứ Việt Nam tại Nhật Bản", "Trưởng Phái đoàn EU tại Việt Nam": where the mission sits.
    if ((t.key === 'tại' || t.key === 'ở') && j > headEnd && kindAt(ctx, j + 1) === 'place' && !ctx.nameStarts.has(j + 1)) {
      j = ctx.tags[j + 1]!.last;
      continue;
    }
    if (t.key === 'khóa' && ROMAN.test(tokens[j + 1]?.key ?? '')) {
      j += 2;
      continue;
    }
    // "Tài nguyên và Môi trường", "Lao động - Thương binh": connectors inside a body name.
    if ((t.key === 'và' || t.key === DASH) && bodyWordAt(ctx, j + 1) && kindAt(ctx, j + 1) !== 'admin') {
      j++;
      continue;
    }
    // "Phó Chủ tịch - Tổng Thư ký", "Phó Chủ tịch kiêm Tổng Thư ký Ủy ban ...": two positions of one
    // body named once, after the second: one title as written.
    if ((t.key === DASH || positionJoiners.has(t.key)) && kindAt(ctx, j + 1) === 'head' && kindAt(ctx, j - 1) === 'head') {
      j = ctx.tags[j + 1]!.last;
      continue;
    }
    // "TP. HCM"
    if (t.key === '.' && kindAt(ctx, j - 1) === 'admin' && bodyWordAt(ctx, j + 1)) {
      j++;
      continue;
    }
    const bridge = j > 0 && tokens[j - 1].word ? lowerBridge(ctx, j) : 0;
    if (bridge > 0) {
      j += bridge;
      continue;
    }
    if (commas && commaContinues(ctx, j)) {
      j++;
      continue;
    }
    // "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài": the matter, in lower case, ends like a task.
    if (t.key === 'về' && capitalizedPhraseEndsAt(ctx, j, matterBodyTable, MATTER_BODY_LENGTH)) {
      const end = steeringTask(ctx, j + 1);
      if (end > j + 1) {
        j = end;
        continue;
      }
    }
    if (t.word && !t.cap && namesSteeringCommittee(tokens, from, j + 2)) {
      // "Trưởng Ban chỉ đạo phòng, chống dịch": "chỉ đạo" completes "Ban" here, it is no verb.
      const task = t.key === 'chỉ' && tokens[j + 1]?.key === 'đạo' && tokens[j - 1]?.key === 'ban' ? j + 2 : j;
      const end = steeringTask(ctx, task);
      if (end > j) {
        j = end;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * Where the next degree or honour of a chain starts, if one follows the one
 * ending at `j`: joined by ".", "," or a space ("PGS, TS", "GS TSKH",
 * "Anh hùng Lao động, Nhà giáo Nhân dân").
 */
export function nextAcademicAt(tokens: readonly Token[], tags: readonly (Tag | null)[], j: number): number | null {
  const k = tokens[j]?.key === ',' || tokens[j]?.key === '.' ? j + 1 : j;
  if (tags[k]?.kind !== 'academic' || !academicTable.match(tokens, k) || !tokens[k].cap || endsTitleAt(tokens, k)) return null;
  return k;
}

/** The title opening at token `i`, if one does. */
export function parseTitle(
  tokens: readonly Token[],
  tags: readonly (Tag | null)[],
  nameStarts: ReadonlySet<number>,
  i: number,
  allowShortName = true,
): TitleSpan | null {
  const ctx: Context = { tokens, tags, nameStarts };
  const start = i;
  let former = false;
  // "nguyên Bộ trưởng", "cựu quyền Bộ trưởng".
  while (kindAt(ctx, i) === 'former') {
    former = true;
    i++;
  }
  const tag = tags[i];
  if (!tag) return null;
  if (tag.kind === 'rank') return { first: start, last: tag.last, kind: 'rank', former };
  // "PGS, TS", "Phó Giáo sư, Tiến sĩ": each degree of a chain is a title of its own (see `nextAcademicAt`).
  if (tag.kind === 'academic') return { first: start, last: tag.last, kind: 'academic', former };
  if (tag.kind !== 'head') return null;
  // "đại diện" stands for a position only with the body it represents ("đại diện Công ty X").
  if (REPRESENTATIVE.has(tokens[tag.first].key) && tag.last - tag.first === 2 && !tokens[tag.last]?.cap) return null;
  if (allowShortName && shortNameAt(ctx, tag.last)) return { first: start, last: tag.last, kind: 'position', former, shortName: tag.last };
  let last = continuation(ctx, tag.last);
  // A trailing connector or dash belongs to what follows (a closing parenthesis stays).
  while (last > tag.last && !tokens[last - 1].word && tokens[last - 1].key !== ')') last--;
  return { first: start, last, kind: 'position', former };
}

/**
 * "Bộ trưởng Dũng cho biết", "Tổng thống Trump nói": one capitalized word
 * after a position, that names no body or place and is not followed by
 * another capitalized word, is the holder's short name.
 */
function shortNameAt(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || !t.word || !t.cap || t.allCaps || ctx.tags[i] !== null || ctx.nameStarts.has(i) || clauseOpenerTable.match(tokens, i)) return false;
  if (!/^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u.test(t.text)) return false;
  if (bodyWordTable.match(tokens, i) || organizationHeadTable.match(tokens, i)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return true;
  if (next.word) return !next.cap && cuesAt(tokens, i + 1).length > 0;
  return next.key === ',' || next.key === ':' || next.key === '.' || next.key === '(' || next.key === '”' || next.key === '"';
}

const SEGMENT_ENDS = new Set([',', ';', '.', ')']);

/**
 * A position the lexicon does not know, standing between commas after a
 * name ("X, Tổng Tham mưu trưởng, Thứ trưởng ..."): a short run of
 * capitalized words, each lower-case syllable completing the word before it,
 * with no verb. Its end (exclusive), or -1.
 */
export function looseTitleEnd(
  tokens: readonly Token[],
  tags: readonly (Tag | null)[],
  nameStarts: ReadonlySet<number>,
  i: number,
): number {
  const ctx: Context = { tokens, tags, nameStarts };
  if (!tokens[i]?.cap || nameStarts.has(i)) return -1;
  let j = i;
  while (j < tokens.length && !SEGMENT_ENDS.has(tokens[j].key)) {
    const t = tokens[j];
    if (j > i && endsTitleAt(tokens, j)) break;
    if (nameStarts.has(j) || j - i > 10 || !t.word) return -1;
    if (t.cap) {
      j += kindAt(ctx, j) !== null ? ctx.tags[j]!.last - j : compoundLength(ctx, j);
      continue;
    }
    // "Trưởng SOM ARF của Việt Nam": the body or country the position belongs to.
    if (t.key === 'của' && j > i && tokens[j + 1]?.cap && !nameStarts.has(j + 1)) {
      j++;
      continue;
    }
    const word = bodyWordTable.match(tokens, j);
    if (!word || cueAt(tokens, j) !== null || adverbTable.match(tokens, j) || FUNCTION_WORDS.has(t.key)) return -1;
    j += word.length;
  }
  return j > i && (j >= tokens.length || tokens[j].key !== '.') ? j : -1;
}

/** An abbreviation as written: capitals with optional dots or "&" ("UBND", "TP.", "T.Ư", "TN&MT"), or "Tp". */
const ABBREVIATION = /^(?:\p{Lu}[\p{Lu}\p{M}.&]+|Tp\.?)$/u;

function expansion(words: readonly string[]): string | undefined {
  if (!words.every((w) => ABBREVIATION.test(w))) return undefined;
  return ABBREVIATION_EXPANSIONS.get(fold(words.join(' ')).replace(/\./gu, ''));
}

/** The longest run of one to three abbreviations at `i` that has an expansion, and its length. */
function expansionAt(words: readonly string[], i: number): [string, number] | undefined {
  for (let n = Math.min(3, words.length - i); n >= 1; n--) {
    const found = expansion(words.slice(i, i + n));
    if (found) return [found, n];
  }
  return undefined;
}

/** Titles normalized lately: a document repeats its titles, a corpus its positions. */
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 10000;

/** Expand abbreviations written in capitals, unify case, tone placement, punctuation and spacing. */
export function normalizeTitle(title: string): string {
  let normalized = NORMALIZED.get(title);
  if (normalized === undefined) {
    if (NORMALIZED.size >= MAX_NORMALIZED) NORMALIZED.clear();
    normalized = computeNormalizedTitle(title);
    NORMALIZED.set(title, normalized);
  }
  return normalized;
}

function computeNormalizedTitle(title: string): string {
  const words = title
    .replace(/[–—‒−-]/gu, ' ')
    .replace(/[,;:()"“”]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const found = expansionAt(words, i);
    out.push(found ? found[0] : words[i]);
    i += found ? found[1] : 1;
  }
  return fold(out.join(' ')).replace(/\./gu, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether `short` is a short form of `full` for one person: both open with
 * the same word and the short form's words appear in order in the full one
 * ("Trưởng Ban" → "Trưởng Ban Dân vận Trung ương", "Phó Bí thư huyện ủy" →
 * "Phó bí thư thường trực Huyện ủy"). Compared normalized.
 */
export function foldsInto(short: string, full: string): boolean {
  if (short === full) return true;
  const a = short.split(' ');
  const b = full.split(' ');
  if (a.length >= b.length || a[0] !== b[0]) return false;
  let k = 0;
  for (const word of b) if (k < a.length && word === a[k]) k++;
  return k === a.length;
}

