/**
 * Authors: the names in the byline and in photo credits ("Nguyễn Hải", "Tin
 * và ảnh: Hà Thanh - Hoàng Phong", "Ảnh: Doãn Tấn/TTXVN", "Lê Trung Thành -
 * BTGHU"), without agencies and unit suffixes. A byline stands on a short
 * line of its own at the end of the article, before the page furniture, or
 * under the headline; a photo credit may also close a caption.
 */
import type { Author } from '../model/report.js';
import { COLLECTIVE_BYLINES, CREDIT_LABELS } from '../lexicon/roles.js';
import type { Line, PreparedDocument } from '../text/document.js';
import { isProseLine } from '../text/furniture.js';
import { surnameTable, unitTable } from './people/tables.js';
import { tokenize } from './people/tokens.js';

/** How many lines at the top and bottom of the article may carry a byline. */
const BYLINE_WINDOW = 4;

const collective = new Set(COLLECTIVE_BYLINES);
/** Labels longest first, so "tin và ảnh" wins over "tin". */
const labels = [...CREDIT_LABELS].sort((a, b) => b.length - a.length);
/** Characters that always separate two authors, or an author and a unit. */
const HARD_SEPARATORS = new Set([',', ';', '/', '&']);
/** Dashes separate only with spaces around them ("Hà Thanh - Hoàng Phong", not "Lao động-Thương binh"). */
const DASHES = new Set(['-', '–', '—']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
/** A syllable written in capitals ("THANH HÀ"): letters with a vowel. */
const CAPITAL_SYLLABLE = /^(?=.*[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])[\p{Lu}\p{M}]{1,7}$/u;

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

/** Length of the separator at `i` ("," ";" "/" "&", a spaced dash, a spaced "và"), 0 if none. */
function separatorAt(text: string, i: number): number {
  const ch = text[i];
  if (HARD_SEPARATORS.has(ch)) return 1;
  const spacedBefore = i > 0 && /\s/u.test(text[i - 1]);
  if (DASHES.has(ch) && spacedBefore && /\s/u.test(text[i + 1] ?? '')) return 1;
  if (spacedBefore && text.startsWith('và', i) && /\s/u.test(text[i + 2] ?? '')) return 2;
  return 0;
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
  return text.slice(0, end);
}

/** A person's name or pen name: two to five capitalized syllables ("Kỳ Nam", "Doãn Tấn"). */
function isNameLike(text: string, minWords: number): boolean {
  const words = text.split(/\s+/u);
  if (words.length < minWords || words.length > 5) return false;
  if (words.every((w) => NAME_WORD.test(w))) return true;
  // "THANH HÀ": a byline in capitals, two syllables at least, unlike a unit's acronym.
  return words.length >= 2 && words.every((w) => CAPITAL_SYLLABLE.test(w));
}

/** "Báo Lào Cai", "Ban Tuyên giáo", "TTXVN": a body named after the author, not a person. */
function isUnit(doc: PreparedDocument, part: Part): boolean {
  const tokens = tokenize(doc, part.start, part.start + part.text.length);
  return tokens.length > 0 && unitTable.match(tokens, 0) !== null;
}

function opensWithSurname(doc: PreparedDocument, part: Part): boolean {
  const tokens = tokenize(doc, part.start, part.start + part.text.length);
  return tokens.length > 0 && surnameTable.match(tokens, 0) !== null;
}

/** Names in the text of a credit after its label, or of a bare byline. */
function creditNames(doc: PreparedDocument, text: string, offset: number, minWords: number): Part[] {
  // "(TTXVN)", "(Báo Nhân Dân)": the agency in parentheses is not an author.
  const cleaned = trimTrailing(blankParentheses(text));
  const names: Part[] = [];
  for (const part of splitParts(cleaned, offset)) {
    if (collective.has(part.text.toLowerCase())) names.push(part);
    else if (isNameLike(part.text, minWords) && !isUnit(doc, part)) names.push(part);
    // A unit or agency after the name ("BTGHU", "TTXVN") ends the credit.
    else if (names.length > 0) break;
    else return [];
  }
  return names;
}

/** A whole line that is a byline: its author names, or none. */
function bylineNames(doc: PreparedDocument, line: Line, atEnd: boolean): Part[] {
  const text = line.text;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 80) return [];
  const folded = doc.folded.slice(line.start, line.end);
  const label = labelEnd(folded);
  if (label >= 0) return creditNames(doc, text.slice(label), line.start + label, 1);
  // "Theo Minh Hà (Báo Lào Cai)": a reprint credits its author after "Theo".
  const source = /^\s*theo\s+/u.exec(folded);
  if (source) return atEnd ? creditNames(doc, text.slice(source[0].length), line.start + source[0].length, 2) : [];
  if (/[.!?…:]$/u.test(trimmed) && !/^(?:nhóm\s+)?pv\.?$/iu.test(trimmed)) return [];
  const names = creditNames(doc, text, line.start, 2);
  if (names.length === 0 && collective.has(trimmed.toLowerCase().replace(/\.$/u, ''))) {
    return [{ text: trimmed.replace(/\.$/u, ''), start: line.start + text.indexOf(trimmed) }];
  }
  // Under the headline, only a name with a known family name: a short subheading could pass for a pen name.
  if (!atEnd && !names.every((n) => collective.has(n.text.toLowerCase()) || opensWithSurname(doc, n))) return [];
  return names;
}

/** Text lines that may hold the byline: the last ones before the footer, the first ones after the headline. */
function candidateLines(doc: PreparedDocument): { line: Line; atEnd: boolean }[] {
  const text = doc.lines.filter((l) => l.kind === 'text');
  const out: { line: Line; atEnd: boolean }[] = [];
  let lastProse = -1;
  text.forEach((l, k) => {
    if (isProseLine(l.text)) lastProse = k;
  });
  const firstProse = text.findIndex((l) => isProseLine(l.text));
  for (let k = text.length - 1; k > lastProse && k >= text.length - BYLINE_WINDOW; k--) out.push({ line: text[k], atEnd: true });
  for (let k = 1; k < Math.min(firstProse, 1 + BYLINE_WINDOW); k++) out.push({ line: text[k], atEnd: false });
  return out;
}

interface Found {
  lines: Set<number>;
  names: Part[];
}

function findBylines(doc: PreparedDocument): Found {
  const lines = new Set<number>();
  const names: Part[] = [];
  for (const { line, atEnd } of candidateLines(doc)) {
    const found = bylineNames(doc, line, atEnd);
    if (found.length === 0) continue;
    lines.add(line.index);
    names.push(...found);
  }
  return { lines, names };
}

/** "(Ảnh: Văn Điệp)", "Ảnh: Doãn Tấn/TTXVN" closing a caption or a paragraph: names after the label. */
function creditsInLine(doc: PreparedDocument, line: Line): Part[] {
  const folded = doc.folded.slice(line.start, line.end);
  const out: Part[] = [];
  for (let at = folded.indexOf('ảnh'); at >= 0; at = folded.indexOf('ảnh', at + 3)) {
    if (at > 0 && !/[(\s]/u.test(folded[at - 1])) continue;
    let k = at + 3;
    while (k < folded.length && folded[k] === ' ') k++;
    if (folded[k] !== ':') continue;
    const close = folded.indexOf(')', k);
    const end = close >= 0 ? close : folded.length;
    if (end - k > 60) continue;
    out.push(...creditNames(doc, line.text.slice(k + 1, end), line.start + k + 1, 1));
  }
  return out;
}

function photoCredits(doc: PreparedDocument, skip: Set<number>): Part[] {
  return doc.lines.filter((l) => l.kind === 'text' && !skip.has(l.index)).flatMap((l) => creditsInLine(doc, l));
}

/** Indexes of the lines that are bylines: not article text, so no attendee is read from them. */
export function bylineLines(doc: PreparedDocument): Set<number> {
  return findBylines(doc).lines;
}

export function extractAuthors(doc: PreparedDocument): Author[] {
  const bylines = findBylines(doc);
  const parts = [...photoCredits(doc, bylines.lines), ...bylines.names].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const authors: Author[] = [];
  for (const part of parts) {
    const key = part.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    authors.push({ name: part.text, ...doc.span(part.start, part.start + part.text.length) });
  }
  return authors;
}
