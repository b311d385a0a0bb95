/**
 * Page furniture: the lines a news page prints around an article (menus,
 * buttons, counters, adverts, contact footers). Classified line by line from
 * their shape, with small lexicons of UI words, never from a site's strings.
 */
import { COUNTER_LABELS, FOOTER_OPENINGS, UI_LABELS } from '../lexicon/furniture.js';
import { endsWithTerminal, isSpaceCode } from './chars.js';

export type LineKind = 'blank' | 'text' | 'dateline' | 'furniture';

const uiLabels = new Set(UI_LABELS);
const counterLabels = new Set(COUNTER_LABELS);

const PHONE = /(?:\+84|\b0)\d{2,3}[ .-]?\d{3,4}[ .-]?\d{3,4}\b/u;
// Only ever tested for presence, so one character stands for each run where
// a run is enough (same answers as /[\w.+-]+@[\w-]+\.[\w.-]+/u), and a run
// is read from its start only: linear time.
const EMAIL = /[\w.+-]@[\w-]+\.[\w.-]/u;
// A domain: a run of word characters and hyphens holding a word character,
// read from the run's start only (linear time; same answers as
// `\b[\w-]+\.` there), then a known top-level domain.
const URL =
  /\b(?:https?:\/\/|www\.)\S|(?<![\w-])-*\w[\w-]*\.(?:gov\.vn|com\.vn|org\.vn|edu\.vn|net\.vn|vn|com|net|org)\b(?![\w.])/iu;
const BULLET = /^[\s•·●▪■◦*>\-–—]+/u;
const COUNTER = /^(.{1,30}?)\s*:\s*[\d.,]+\s*$/u;
/** A date stamp line: "31/12/2020 - 20:31", "Thứ Tư, 25/12/2024", "Cập nhật: 08:15 13/01/2022". */
const DATELINE =
  /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày)\s*(?:[,:]\s*)?)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt\+?\d*))?)?$/iu;
/** Letters that only Vietnamese writing uses: a line without any is not Vietnamese prose. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/u;

function words(line: string): string[] {
  return line.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * `words(line).length`, without building the words (it runs on every line),
 * counting no further than `enough`.
 */
function wordCount(line: string, enough = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length && count < enough; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function stripBullet(folded: string): string {
  return folded.replace(BULLET, '').trim();
}

/** A label followed by a number: a visitor counter. */
function isCounter(folded: string): boolean {
  const m = COUNTER.exec(folded);
  return m !== null && counterLabels.has(m[1].trim());
}

/** A menu or language switch: short items separated by "|". */
function isMenu(folded: string): boolean {
  if (!folded.includes('|')) return false;
  return folded.split('|').every((item) => wordCount(item) <= 3);
}

export function isFooterOpening(folded: string): boolean {
  const line = stripBullet(folded);
  return FOOTER_OPENINGS.some(
    (opening) =>
      line.startsWith(opening) &&
      (line.length === opening.length || /^\s*:/u.test(line.slice(opening.length)) || wordCount(line) <= 8),
  );
}

function hasContact(line: string): boolean {
  return PHONE.test(line) || EMAIL.test(line) || URL.test(line);
}

/**
 * The kind of one line, judged alone. `folded` is the line's matching form
 * (see fold.ts).
 */
/** Furniture is short: a longer line is text, and its shape is not examined further. */
const MAX_FURNITURE_LENGTH = 300;

function trimTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ':.!'.includes(text[end - 1])) end--;
  return text.slice(0, end).trim();
}

export function classifyLine(line: string, folded: string): LineKind {
  const trimmed = folded.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.length > MAX_FURNITURE_LENGTH) return 'text';
  const bare = trimTrailingMarks(stripBullet(trimmed));
  if (bare === '') return 'furniture';
  if (DATELINE.test(bare)) return 'dateline';
  if (uiLabels.has(bare) || isCounter(bare) || isMenu(bare)) return 'furniture';
  const count = wordCount(bare);
  if (count <= 12 && (isFooterOpening(bare) || hasContact(line) && !/[.!?…]["”»]?\s*$/u.test(line.trim()))) {
    return 'furniture';
  }
  // Short ASCII-only lines in Vietnamese text ("image advertisement", "anh tin
  // bai"), unless every word is capitalized: "Lan Anh" is a byline.
  if (count <= 6 && !VIETNAMESE_LETTER.test(bare) && /^[\x20-\x7e]+$/u.test(bare) && !/\d/u.test(bare)) {
    const capitalized = words(line).every((w) => /^[A-Z]/u.test(stripBullet(w)));
    if (!capitalized) return 'furniture';
  }
  return 'text';
}

/** `.` `!` `?` `…` `:` `;` end a line of prose (the closing "./." ends in "." too). */
function isProseEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a || code === 0x3b;
}

/** A line long enough, and ending like a sentence, to be article prose. */
export function isProseLine(line: string): boolean {
  const count = wordCount(line, 25);
  return count >= 25 || (count >= 8 && endsWithTerminal(line, isProseEnd));
}

/** A line this long is a paragraph of prose, whatever its end: no need to count its words. */
const SURELY_PROSE = 400;

/** isProseLine, sure at once of a long line: extractors ask it of every line a caption or byline may be. */
export function isProseText(text: string): boolean {
  return text.length > SURELY_PROSE || isProseLine(text);
}
