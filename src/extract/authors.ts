/**
 * Authors: the names in the byline and in photo credits ("Nguyễn Hải", "Tin
 * và ảnh: Hà Thanh - Hoàng Phong", "Ảnh: Doãn Tấn/TTXVN", "Lê Trung Thành -
 * BTGHU"), without agencies and unit suffixes. A byline stands on a short
 * line of its own at the end of the article, before the page furniture, or
 * under the headline; where the page was flattened into one paragraph, it is
 * the unpunctuated tail after the last sentence ("... khái quát. Hà Minh").
 * A photo credit may close a caption or run straight into the next sentence
 * ("Ảnh: Phương Hoa/TTXVN Nhưng khi ...").
 */
import type { Author } from '../model/report.js';
import { COLLECTIVE_BYLINES, CREDIT_LABELS, CREDIT_ROLE_WORDS, UNNAMED_PHOTO_SOURCES } from '../lexicon/roles.js';
import { OUTLET_WORDS } from '../lexicon/bodies.js';
import type { Line, PreparedDocument } from '../text/document.js';
import { isProseText } from '../text/furniture.js';
import { isVietnameseSyllable } from '../text/legacy/syllable.js';
import { findNames } from './people/names.js';
import { honorificTable, nonGivenSyllables, surnameTable, unitTable } from './people/tables.js';
import { tagTokens } from './people/tagging.js';
import { tokenize, type Token } from './people/tokens.js';
import { isCapitalsSyllable } from './people/shape.js';

/** How many lines at the top and bottom of the article may carry a byline. */
const BYLINE_WINDOW = 4;
/** A byline is short. */
const MAX_BYLINE = 80;

const collective = new Set(COLLECTIVE_BYLINES);
const unnamedSources = new Set(UNNAMED_PHOTO_SOURCES);
const outletWords = new Set(OUTLET_WORDS);
/** Longest first, so "nhiếp ảnh gia" is not cut short. */
const creditRoles = [...CREDIT_ROLE_WORDS].sort((a, b) => b.length - a.length);
/** Labels longest first, so "tin và ảnh" wins over "tin". */
const labels = [...CREDIT_LABELS].sort((a, b) => b.length - a.length);
/** Two one-syllable pen names signing together: "Hiền - Trường". */
const PEN_NAME_PAIR = /^\p{Lu}[\p{Ll}\p{M}]+ ?[-–] ?\p{Lu}[\p{Ll}\p{M}]+$/u;
/** Characters that always separate two authors, or an author and a unit. */
const HARD_SEPARATORS = new Set([',', ';', '/', '&']);
const DASHES = new Set(['-', '–', '—']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
/** An initial, alone or glued to a syllable: "H.", "H.Duy", "T.PHƯƠNG". */
const INITIAL = /^\p{Lu}\.(?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Lu}\p{M}]+)?$/u;
/** A syllable written in capitals ("THANH HÀ"): letters with a vowel. */
const CAPITAL_SYLLABLE = /^(?=.*[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])[\p{Lu}\p{M}]{1,7}$/u;
const TERMINAL = /[.!?…:;"”]$/u;
/** A byline closed by its agency after a slash ("/VOV.VN", "/TTXVN"). */
const AGENCY_TAIL = /\/\s*\p{Lu}[\p{Lu}\d.+]+$/u;
/** A sentence ending in an initial ("... Q.Chiến-Ph."): the splitter cut a name after it. */
const ENDS_IN_INITIAL = /(?:^|[\s\-–/])(?:Ph|Th|Tr|Ng|Nh|Ch|Kh|Gi|Qu|\p{Lu})\.$/u;

interface Part {
  text: string;
  /** Offset of the part in the document text. */
  start: number;
}

/** The label opening a credit line ("Tin và ảnh:"), and where the names begin. */
function labelEnd(folded: string): number {
  const trimmed = folded.replace(/^[\s(]+/u, '');
  const lead = folded.length - trimmed.length;
  for (const label of labels) {
    if (!trimmed.startsWith(label)) continue;
    const rest = trimmed.slice(label.length);
    const colon = /^\s*:\s*/u.exec(rest);
    if (colon) return lead + label.length + colon[0].length;
  }
  return -1;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Length of the separator at `i` ("," ";" "/" "&", a dash with a space on one side, a spaced "và"), 0 if none. */
function separatorAt(text: string, i: number): number {
  const ch = text[i];
  if (HARD_SEPARATORS.has(ch)) return 1;
  const spacedBefore = i > 0 && isSpace(text[i - 1]);
  // "Hà Thanh - Hoàng Phong", "Trần Ngọc- Ngọc Khánh", "Nguyên Khánh-Hồng Vĩnh", not "Lao động-Thương binh".
  const capitalPair = i > 0 && /\p{Lu}/u.test(text[i + 1] ?? '') && /[\p{L}\p{M}]/u.test(text[i - 1]) && capitalizedWordBefore(text, i);
  if (DASHES.has(ch) && (spacedBefore || isSpace(text[i + 1]) || capitalPair)) return 1;
  if (spacedBefore && text.startsWith('và', i) && isSpace(text[i + 2])) return 2;
  return 0;
}

/** Whether the word ending at `i` starts with a capital ("Khánh" in "Khánh-Hồng", not "động" in "động-Thương"). */
function capitalizedWordBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /[\p{L}\p{M}]/u.test(text[k - 1])) k--;
  return /\p{Lu}/u.test(text[k] ?? '');
}

/** The text cut at separators into trimmed parts, with their offsets. */
function splitParts(text: string, offset: number): Part[] {
  const parts: Part[] = [];
  const add = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const trimmed = piece.trim();
    if (trimmed) parts.push({ text: trimmed, start: offset + from + piece.indexOf(trimmed) });
  };
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const length = separatorAt(text, i);
    if (length === 0) continue;
    add(from, i);
    from = i + length;
    i = from - 1;
  }
  add(from, text.length);
  return parts;
}

/** Blank out parenthesized stretches ("(TTXVN)"), keeping offsets. */
function blankParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    out += depth > 0 ? ' '.repeat(ch.length) : ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return out;
}

/** Drop trailing periods, closing parentheses and spaces. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ')' || /\s/u.test(text[end - 1]))) end--;
  // "H." keeps the period of an initial.
  if (end > 0 && text[end] === '.' && end >= 1 && /^\p{Lu}$/u.test(text[end - 1]) && (end === 1 || /[\s.]/u.test(text[end - 2]))) end++;
  return text.slice(0, end);
}

/** A person's name or pen name: capitalized syllables ("Kỳ Nam", "Doãn Tấn", "THANH HÀ", "H. Nguyên"). */
function isNameLike(text: string, minWords: number): boolean {
  const words = text.split(/\s+/u);
  // "H.Duy" is an initial and a syllable: two words.
  const count = words.length + words.filter((w) => /^\p{Lu}\.\p{Lu}/u.test(w)).length;
  if (count < minWords || words.length > 5) return false;
  if (words.every((w) => NAME_WORD.test(w) || INITIAL.test(w))) return !words.every((w) => INITIAL.test(w)) || words.some((w) => w.length > 2);
  // "THANH HÀ", "H. NGUYÊN": a byline in capitals, two syllables at least, unlike a unit's acronym.
  return words.length >= 2 && words.every((w) => CAPITAL_SYLLABLE.test(w) || INITIAL.test(w)) && words.some((w) => CAPITAL_SYLLABLE.test(w));
}

/**
 * "Ảnh: Entrepreneur", "Ảnh: The Daily Signal": one word that is no
 * Vietnamese syllable, or a name with a word of publications' names, is a
 * source; a one-word pen name is a syllable ("Hưng").
 */
function isOutletName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.some((w) => outletWords.has(w.toLowerCase()))) return true;
  return words.length === 1 && !/^\p{Lu}\./u.test(text) && !isVietnameseSyllable(text);
}

function tokensOf(doc: PreparedDocument, part: Part): Token[] {
  return tokenize(doc, part.start, part.start + part.text.length);
}

/** "Báo Lào Cai", "Ban Tuyên giáo", "TTXVN", "Reuters": a body or agency named after the author, not a person. */
function isUnit(doc: PreparedDocument, part: Part): boolean {
  const tokens = tokensOf(doc, part);
  const unit = tokens.length > 0 ? unitTable.match(tokens, 0) : null;
  // "Đoàn Bổng": a one-word unit head that is also a family name opens a person's name.
  return unit !== null && !(unit.length === 1 && tokens.length > 1 && surnameTable.match(tokens, 0) !== null);
}

function namesPlace(doc: PreparedDocument, start: number, end: number): boolean {
  return tagTokens(tokenize(doc, start, end)).some((t) => t !== null && t.kind === 'place');
}

function opensWithSurname(doc: PreparedDocument, part: Part): boolean {
  const tokens = tokensOf(doc, part);
  return tokens.length > 0 && surnameTable.match(tokens, 0) !== null;
}

/** Names in the text of a credit after its label, or of a bare byline. */
function creditNames(doc: PreparedDocument, text: string, offset: number, minWords: number): Part[] {
  // "(TTXVN)", "(Báo Nhân Dân)": the agency in parentheses is not an author.
  const cleaned = trimTrailing(blankParentheses(text));
  const names: Part[] = [];
  const parts = splitParts(cleaned, offset);
  // "VGP/Quang Hiếu", "TTXVN/Doãn Tấn": an agency before the author.
  if (parts.length > 1 && /^\p{Lu}{2,6}$/u.test(parts[0].text)) parts.shift();
  for (let part of parts) {
    // "Bài: Phan Anh, Ảnh: Q.Chiến": a second label inside the credit opens more names.
    const label = labelEnd(doc.folded.slice(part.start, part.start + part.text.length));
    if (label > 0) part = { text: part.text.slice(label).trim(), start: part.start + label };
    const lower = part.text.toLowerCase();
    // "Tin - Ảnh - Video: X": a label word is no name; "Theo Trí Thức Trẻ" names the source.
    if (labels.includes(lower) || lower.startsWith('theo ') || unnamedSources.has(lower)) {
      if (names.length > 0) break;
      continue;
    }
    if (collective.has(lower)) names.push(part);
    else if (isNameLike(part.text, minWords) && !isUnit(doc, part) && !isOutletName(part.text)) names.push(part);
    // A unit or agency after the name ("BTGHU", "TTXVN") ends the credit.
    else if (names.length > 0) break;
    else return [];
  }
  return names;
}

/** A source credit in a byline: "Theo" or "Nguồn" and a capitalized outlet name. */
const OUTLET_CREDIT = /\s\(?(?:Theo|Nguồn:?)\s+\p{Lu}/u;

/** Where the degrees opening [start, end) end ("PGS.BS. ", "GS, TS "), `start` if none open it. */
function degreesEnd(doc: PreparedDocument, start: number, end: number): number {
  const tokens = tokenize(doc, start, end);
  const tags = tagTokens(tokens);
  let k = 0;
  while (k < tokens.length && (tags[k]?.kind === 'academic' || (k > 0 && (tokens[k].key === '.' || tokens[k].key === ',')))) {
    k = tags[k]?.kind === 'academic' ? tags[k]!.last : k + 1;
  }
  return k > 0 && k < tokens.length ? tokens[k].start : start;
}

/** A stretch of text that is a byline as a whole: its author names, or none. */
function bylineNames(doc: PreparedDocument, start: number, end: number, atEnd: boolean): Part[] {
  const text = doc.text.slice(start, end);
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_BYLINE) return [];
  const folded = doc.folded.slice(start, end);
  const label = labelEnd(folded);
  if (label >= 0) return creditNames(doc, text.slice(label), start + label, 1);
  // "Theo Minh Hà (Báo Lào Cai)": a reprint credits its author after "Theo".
  const source = /^\s*\(?theo\s+/u.exec(folded);
  if (source) return atEnd ? creditNames(doc, text.slice(source[0].length), start + source[0].length, 2) : [];
  // "PGS.BS. Đào Ngọc Diễn": an expert signs with degrees, which are no part of the name.
  const afterDegrees = degreesEnd(doc, start, end);
  if (afterDegrees > start) return bylineNames(doc, afterDegrees, end, atEnd);
  // "Vượng Lê Theo Trí Thức Trẻ": the author, then the outlet the story is taken from.
  const outlet = OUTLET_CREDIT.exec(text);
  if (outlet && !text.includes('\n', outlet.index) && text.slice(0, outlet.index).trim() !== '') return bylineNames(doc, start, start + outlet.index, atEnd);
  if (TERMINAL.test(trimmed) && !/^(?:nhóm\s+)?pv\.?$/iu.test(trimmed) && !/(?:^|\s)\p{Lu}\.$/u.test(trimmed)) return [];
  // "Hưng - Thủy/VOV.VN": before an agency, one-syllable pen names are names too; so are two of them
  // signing together ("Hiền - Trường"), unless they name places ("Mỹ - Nga").
  const penNames = AGENCY_TAIL.test(trimmed) || (PEN_NAME_PAIR.test(trimmed) && !namesPlace(doc, start, end));
  const names = creditNames(doc, text, start, penNames ? 1 : 2);
  if (names.length === 0 && collective.has(trimmed.toLowerCase().replace(/\.$/u, ''))) {
    return [{ text: trimmed.replace(/\.$/u, ''), start: start + text.indexOf(trimmed) }];
  }
  // Under the headline, only a name with a known family name: a short subheading could pass for a pen name.
  if (!atEnd && !names.every((n) => collective.has(n.text.toLowerCase()) || opensWithSurname(doc, n))) return [];
  return names;
}

/** Text lines that may hold the byline: the last ones before the footer, the first ones after the headline. */
function candidateLines(doc: PreparedDocument, prose: readonly boolean[]): { line: Line; atEnd: boolean }[] {
  const text = doc.lines.filter((l) => l.kind === 'text');
  const out: { line: Line; atEnd: boolean }[] = [];
  let lastProse = -1;
  let firstProse = -1;
  text.forEach((l, k) => {
    if (!prose[l.index]) return;
    lastProse = k;
    if (firstProse < 0) firstProse = k;
  });
  for (let k = text.length - 1; k > lastProse && k >= text.length - BYLINE_WINDOW; k--) out.push({ line: text[k], atEnd: true });
  for (let k = 1; k < Math.min(firstProse, 1 + BYLINE_WINDOW); k++) out.push({ line: text[k], atEnd: false });
  return out;
}

/**
 * The unpunctuated tail of the last prose line, after its last sentence:
 * where a page was flattened, the byline ends the paragraph ("... khái quát.
 * Hà Minh", "... trồng lúa… CHIẾN THẮNG và TTXVN"). An initial split off as
 * a sentence of its own ("H. NGUYÊN") is taken back. Offsets, or null.
 */
function trailingByline(doc: PreparedDocument, prose: readonly boolean[]): [number, number] | null {
  const lastText = [...doc.lines].reverse().find((l) => l.kind === 'text');
  if (!lastText || !prose[lastText.index]) return null;
  const sentences = doc.sentences.filter((s) => s.lineIndex === lastText.index);
  if (sentences.length < 2) return null;
  const last = sentences[sentences.length - 1];
  let start = last.start;
  const before = sentences[sentences.length - 2];
  const beforeText = before.text.trim();
  if (/^\p{Lu}\.$/u.test(beforeText) && sentences.length >= 3) start = before.start;
  // "Bài: Phan Anh, Ảnh: Q.Chiến-Ph." + "Anh": a short last piece after an initial.
  else if (ENDS_IN_INITIAL.test(beforeText) && last.text.trim().split(/\s+/u).length <= 2 && sentences.length >= 3) start = before.start;
  return [start, last.end];
}

interface Found {
  /** Text spans of the bylines: not article text, so no attendee is read from them. */
  spans: [number, number][];
  names: Part[];
}

function findBylines(doc: PreparedDocument, prose: readonly boolean[]): Found {
  const spans: [number, number][] = [];
  const names: Part[] = [];
  for (const { line, atEnd } of candidateLines(doc, prose)) {
    const found = bylineNames(doc, line.start, line.end, atEnd);
    if (found.length === 0) continue;
    spans.push([line.start, line.end]);
    names.push(...found);
  }
  const tail = trailingByline(doc, prose);
  if (tail) {
    const found = bylineNames(doc, tail[0], tail[1], true);
    if (found.length > 0) {
      spans.push(tail);
      names.push(...found);
    }
  }
  return { spans, names };
}

/** "Ảnh: Trung Chánh Ông Huệ nhấn mạnh": a capitalized honorific opens the next sentence. */
const OPENING_HONORIFICS = new Set(['ông', 'bà']);

/** Stop words of a credit run straight into the next sentence; a name in capitals goes on ("QUANG HUY"). */
function endsCreditRun(t: Token): boolean {
  return !t.word || !t.cap || (t.allCaps && !CAPITAL_SYLLABLE.test(t.text));
}

function opensPhraseAfterCredit(tokens: readonly Token[], k: number): boolean {
  return nonGivenSyllables.has(tokens[k].key) && tokens[k + 1]?.word === true && tokens[k + 1].cap;
}

/**
 * The names of a photo credit starting at `from` (after "Ảnh:"), up to `to`.
 * Without a closing mark, the credit runs into the next sentence: its names
 * stop at the first lower-case word, whose capitalized predecessor opens that
 * sentence ("Ảnh: Phạm Hải Đại biểu Thường cho rằng"), or where a person's
 * full name begins.
 */
function creditRun(doc: PreparedDocument, from: number, to: number): Part[] {
  const tokens = tokenize(doc, from, to);
  // "Ảnh: Cổng TTĐT UBKTTW": an outlet whose name runs into acronyms, which would end the run
  // after its first word. (One-word heads are left to creditNames: "Đoàn" opens names too.)
  if ((unitTable.match(tokens, 0)?.length ?? 0) > 1) return [];
  let k = 0;
  // "Ảnh: VGP/Quang Hiếu Ngành Ngân hàng cũng ...": a word that is rarely a given name, opening a
  // capitalized phrase, opens the next sentence ("Đinh Văn Nhiều, ..." is a name).
  while (k < tokens.length && !endsCreditRun(tokens[k]) && !(k > 0 && opensPhraseAfterCredit(tokens, k))) k++;
  if (k === 0) return [];
  let end = k;
  // Only a lower-case word or a number shows the last capitalized word opened the next sentence;
  // punctuation or an acronym ("PGS.TS", "TTXVN") closes the credit.
  const next = tokens[k];
  const runsOn = next !== undefined && next.word && (!next.cap || /^\d/u.test(next.text)) && !next.allCaps;
  if (runsOn) end = k - 1;
  if (end <= 0) return [];
  // "Ảnh: Trung Chánh Ông Vương Đình Huệ ...": the next sentence may open with an honorific, a
  // title, a body or a full name.
  const run = tokens.slice(0, end);
  // "Ảnh: TÂM TRI": a name in capitals is read as acronyms; a Vietnamese syllable ("TÂM", not "UBND") is none here.
  const tags = tagTokens(run).map((t, k) => (t?.kind === 'acronym' && isCapitalsSyllable(run[k]) ? null : t));
  // "Ảnh: Bộ Công Thương", "Ảnh: Quảng Ninh": a body or a place, no person ("Đức Huy" is one).
  const head = tags[0];
  if (head !== null && (head.kind !== 'place' || head.last - head.first >= 2)) return [];
  // A place inside a credit closed by punctuation is part of a name ("Ảnh: Minh Đức - TTXVN").
  const tagged = tags.findIndex((t, k) => k > 0 && ((t !== null && (runsOn || t.kind !== 'place')) || OPENING_HONORIFICS.has(run[k].key)));
  if (tagged > 0) end = tagged;
  const inner = findNames(run, tags).find((n) => n.first > 0);
  if (inner && inner.first < end) {
    // "Ảnh: Đức Huy Ông Trần Văn Minh ...": an honorific before the name opens the next sentence too.
    const honorific = inner.first >= 2 && honorificTable.match(run, inner.first - 1)?.length === 1;
    end = honorific ? inner.first - 1 : inner.first;
  }
  if (end === 0) return [];
  return creditNames(doc, doc.text.slice(tokens[0].start, tokens[end - 1].end), tokens[0].start, 1);
}

/** Past the photographer's job written before the name ("Ảnh: Phóng viên Nguyễn Văn A"), if any. */
function afterCreditRole(folded: string, from: number, to: number): number {
  let k = from;
  while (k < to && folded[k] === ' ') k++;
  for (const role of creditRoles) {
    const end = k + role.length;
    if (end < to && folded.startsWith(role, k) && folded[end] === ' ') return end;
  }
  return from;
}

/** Offsets of every "ảnh" in the folded text, in order: found in one pass, not once per line. */
function photoWords(folded: string): number[] {
  const out: number[] = [];
  for (let at = folded.indexOf('ảnh'); at >= 0; at = folded.indexOf('ảnh', at + 3)) out.push(at);
  return out;
}

/** "(Ảnh: Văn Điệp)", "Ảnh: Doãn Tấn/TTXVN" closing a caption or running into the next sentence; `at` lists the "ảnh" in the line. */
function creditsInLine(doc: PreparedDocument, line: Line, at: readonly number[]): Part[] {
  const folded = doc.folded;
  const out: Part[] = [];
  for (const word of at) {
    // "Ảnh:" as a word of its own, also glued to the caption's last period ("... phát biểu.Ảnh: X").
    if (word > line.start && /[\p{L}\p{M}\p{N}]/u.test(folded[word - 1])) continue;
    let k = word + 3;
    while (k < line.end && folded[k] === ' ') k++;
    // "Ảnh: X", also "Ảnh - X" with a capital "Ảnh" (a caption's credit, not "hình ảnh - âm thanh").
    const dashed = (folded[k] === '-' || folded[k] === '–') && doc.text[word] === 'Ả';
    if (folded[k] !== ':' && !dashed) continue;
    const close = folded.indexOf(')', k);
    const end = close >= 0 && close < line.end && close - k <= 60 ? close : Math.min(line.end, k + 1 + MAX_BYLINE);
    out.push(...creditRun(doc, afterCreditRole(folded, k + 1, end), end));
  }
  return out;
}

function photoCredits(doc: PreparedDocument, skip: readonly [number, number][]): Part[] {
  const skipped = (l: Line) => skip.some(([s, e]) => s <= l.start && l.end <= e);
  const words = photoWords(doc.folded);
  const out: Part[] = [];
  let w = 0;
  for (const line of doc.lines) {
    while (w < words.length && words[w] < line.start) w++;
    let stop = w;
    while (stop < words.length && words[stop] < line.end) stop++;
    if (stop > w && line.kind === 'text' && !skipped(line)) out.push(...creditsInLine(doc, line, words.slice(w, stop)));
    w = stop;
  }
  return out;
}

export interface Credits {
  authors: Author[];
  /** Text spans holding bylines and credited names: no attendee is read there. */
  spans: [number, number][];
}

function proseLines(doc: PreparedDocument): boolean[] {
  return doc.lines.map((l) => l.kind === 'text' && isProseText(l.text));
}

/**
 * "Hồng Vĩnh Nguyên Khánh": two credited names run together, one of them
 * credited on its own elsewhere in the article. Split at it.
 */
function splitJoinedNames(parts: readonly Part[]): Part[] {
  const known = new Set(parts.filter((p) => p.text.split(/\s+/u).length <= 3).map((p) => p.text.toLowerCase()));
  const out: Part[] = [];
  for (const part of parts) {
    const words = part.text.split(/\s+/u);
    const cut = words.length >= 4 ? [2, 3].find((n) => known.has(words.slice(0, n).join(' ').toLowerCase())) : undefined;
    if (cut === undefined) {
      out.push(part);
      continue;
    }
    const head = words.slice(0, cut).join(' ');
    const tail = part.text.slice(part.text.indexOf(words[cut], head.length)).trim();
    out.push({ text: head, start: part.start }, { text: tail, start: part.start + part.text.indexOf(tail, head.length) });
  }
  return out;
}

/** "Mai Phương Mai Phương": a byline printed twice in a row is one name. */
function undoubled(part: Part): Part {
  const words = part.text.split(/\s+/u);
  if (words.length < 4 || words.length % 2 !== 0) return part;
  const half = words.length / 2;
  for (let k = 0; k < half; k++) if (words[k] !== words[k + half]) return part;
  return { text: words.slice(0, half).join(' '), start: part.start };
}

const creditsCache = new WeakMap<PreparedDocument, Credits>();

/** Authors and the spans of text they were read from (computed once per document). */
export function readCredits(doc: PreparedDocument): Credits {
  let credits = creditsCache.get(doc);
  if (!credits) {
    credits = computeCredits(doc);
    creditsCache.set(doc, credits);
  }
  return credits;
}

function computeCredits(doc: PreparedDocument): Credits {
  const bylines = findBylines(doc, proseLines(doc));
  const credits = photoCredits(doc, bylines.spans);
  const parts = splitJoinedNames([...credits, ...bylines.names]).sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const authors: Author[] = [];
  for (const raw of parts) {
    const part = undoubled(raw);
    const key = part.text.toLowerCase();
    // "PV", "Nhóm PV": the newsroom signs, but a job is no name; the byline is still no article text.
    if (seen.has(key) || collective.has(key)) continue;
    seen.add(key);
    authors.push({ name: part.text, ...doc.span(part.start, part.start + part.text.length) });
  }
  const spans: [number, number][] = [...bylines.spans, ...credits.map((p): [number, number] => [p.start, p.start + p.text.length])];
  return { authors, spans };
}

export function extractAuthors(doc: PreparedDocument): Author[] {
  return readCredits(doc).authors;
}
