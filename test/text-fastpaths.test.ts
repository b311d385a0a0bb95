/**
 * The fast paths of text preparation, date finding, decoding and citation
 * scanning give the same answers as the plain code they replaced: each is
 * compared with a reference written the plain way (the former code), on
 * crafted Vietnamese lines and on random strings over the characters that
 * matter to it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCitations, findSymbols } from '../src/extract/citations.js';
import { findDates, isValidDate, type DateMatch } from '../src/extract/dates.js';
import { codeUnitClass, isLetterOrMarkCodePoint, isWordCharAt, isWordCharBefore, isWordCodePoint } from '../src/text/chars.js';
import { decode, DecodeError } from '../src/text/decode.js';
import { digitRuns } from '../src/text/digits.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { isProseLine } from '../src/text/furniture.js';
import { splitSentences } from '../src/text/sentences.js';
import { DOTTED_ABBREVIATIONS } from '../src/lexicon/abbreviations.js';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function randomString(next: () => number, alphabet: readonly string[], length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

// ---------------------------------------------------------------------------
// Character classes.

describe('character classes on char codes', () => {
  const WORD = /^[\p{L}\p{M}\d]$/u;
  const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

  it('agree with the regex classes on every BMP code unit and on astral letters and marks', () => {
    const codePoints = [...Array(0x10000).keys(), 0x1d400, 0x1d7ce, 0x1f600, 0x1e000, 0x20000, 0x10ffff];
    for (const cp of codePoints) {
      const ch = String.fromCodePoint(cp);
      expect(isWordCodePoint(cp), `U+${cp.toString(16)}`).toBe(WORD.test(ch));
      expect(isLetterOrMarkCodePoint(cp), `U+${cp.toString(16)}`).toBe(LETTER_OR_MARK.test(ch));
    }
  });

  it.each([
    ['Nghị quyết', 5, false],
    ['Nghị quyết', 4, true],
    [' quyết', 1, false],
    ['(Luật', 1, false],
    ['𝐀bc', 2, true], // an astral letter (two code units) before
    ['\ud835x', 1, false], // a lone high surrogate
    ['', 0, false],
  ] as const)('isWordCharBefore(%j, %i) is %s', (text, at, expected) => {
    expect(isWordCharBefore(text, at)).toBe(expected);
  });

  it.each([
    ['luật 2013', 4, false],
    ['luật2013', 4, true],
    ['luật𝐀', 4, true],
    ['luật', 4, false],
  ] as const)('isWordCharAt(%j, %i) is %s', (text, at, expected) => {
    expect(isWordCharAt(text, at)).toBe(expected);
  });

  it('codeUnitClass answers as the regex does on one code unit, and no past the end', () => {
    const upper = codeUnitClass(/\p{Lu}/u);
    for (const ch of ['Đ', 'Ư', 'A', 'đ', 'a', '1', ' ', '\ud835']) expect(upper(ch.charCodeAt(0))).toBe(/\p{Lu}/u.test(ch));
    expect(upper('Ab'.charCodeAt(5))).toBe(false);
    expect(() => codeUnitClass(/x/gu)).toThrow();
  });
});

// ---------------------------------------------------------------------------
// Dates.

/** findDates as it was: a global search from `from`, stopped at `to`. */
function referenceFindDates(folded: string, from = 0, to = folded.length): DateMatch[] {
  const DATE =
    /(?<![\d/.,-])(\d{1,2})(?:\s?([/-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?|\.(\d{1,2})\.(\d{4})|\s+tháng\s+(\d{1,2})(?:\s*(?:,\s*)?năm\s+(\d{4}))?)(?![\d/]|[.,-]\d|\s?%)/gu;
  const found: DateMatch[] = [];
  DATE.lastIndex = from;
  for (let m = DATE.exec(folded); m !== null && m.index < to; m = DATE.exec(folded)) {
    const day = Number(m[1]);
    const month = Number(m[3] ?? m[5] ?? m[7]);
    const yearText = m[4] ?? m[6] ?? m[8];
    const year = yearText === undefined ? null : Number(yearText);
    if (m.index + m[0].length > to) break;
    if (isValidDate(day, month, year)) found.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  return found;
}

describe('findDates within a range', () => {
  const texts = [
    'sáng 13/1, tại hà nội, hội nghị tổng kết năm 2021 diễn ra ngày 15-1-2022.',
    'ngày 03 tháng 6 năm 2013, ban chấp hành ban hành nghị quyết số 25-nq/tw.',
    'tăng 12,5% so với 3/2021; ngày 5 tháng 3 năm 2020 và 1.5 lần; 3.6.2013',
    'từ 20/10 - 25/10/2023, cụ thể 2019-2020, 1/1/ 2020 và 7 / 8 / 2021',
  ];

  it('finds what a search of the whole text finds, for every range', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 3) {
        for (let to = from; to <= text.length; to += 5) {
          expect(findDates(text, from, to), `${from}-${to} in ${text}`).toEqual(referenceFindDates(text, from, to));
        }
      }
    }
  });

  it('agrees on random strings of digits, separators and date words', () => {
    const next = random(7);
    const alphabet = ['1', '2', '3', '0', '9', '/', '-', '.', ',', ' ', ' ', '%', 'tháng ', 'năm ', '2021', 'x'];
    for (let n = 0; n < 400; n++) {
      const text = randomString(next, alphabet, 40);
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 1));
      expect(findDates(text, from, to), JSON.stringify(text)).toEqual(referenceFindDates(text, from, to));
      expect(findDates(text)).toEqual(referenceFindDates(text));
    }
  });
});

// ---------------------------------------------------------------------------
// Sentences.

/** splitSentences as it was: quotes balanced first, a closure, regex tests per character. */
function referenceSplit(line: string, offset = 0): { start: number; end: number }[] {
  const abbreviations = new Set(DOTTED_ABBREVIATIONS);
  const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
  const isClosing = (c: number) => c === 0x22 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 0x29 || c === 0x5d;
  const isOpening = (c: number) => c === 0x201c || c === 0xab;
  const isClosingQuote = (c: number) => c === 0x201d || c === 0xbb;
  const isSpace = (c: number) => /\s/u.test(String.fromCharCode(c));
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isOpening(c)) depth++;
    else if (isClosingQuote(c) && depth > 0) depth--;
  }
  const trackQuotes = depth === 0;
  const wordBefore = (dot: number) => {
    const limit = Math.max(0, dot - 12);
    let i = dot;
    while (i > limit && /[\p{L}.]/u.test(line[i - 1])) i--;
    return line.slice(i, dot);
  };
  const periodEnds = (dot: number, spaced: boolean, next: number) => {
    const word = wordBefore(dot);
    if (abbreviations.has(word) || /^\p{Lu}$/u.test(word)) return false;
    return spaced || (word.length >= 2 && /\p{Ll}/u.test(word[word.length - 1]) && /\p{Lu}/u.test(line[next]));
  };
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(line.charCodeAt(s))) s++;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e });
  };
  depth = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (trackQuotes) {
      if (isOpening(code)) depth++;
      else if (isClosingQuote(code) && depth > 0) depth--;
    }
    if (depth > 0 || !isTerminal(code)) continue;
    let j = i + 1;
    while (j < line.length && (isTerminal(line.charCodeAt(j)) || isClosing(line.charCodeAt(j)) || line.charCodeAt(j) === 0x2f)) j++;
    if (j >= line.length) break;
    const spaced = isSpace(line.charCodeAt(j));
    let k = j;
    while (k < line.length && isSpace(line.charCodeAt(k))) k++;
    if (k >= line.length) break;
    if (/[\p{Lu}\d“"«(‘'-]/u.test(line[k]) && !(code === 0x2e && j === i + 1 && !periodEnds(i, spaced, k))) {
      push(j);
      start = j;
    }
    i = j - 1;
  }
  push(line.length);
  return spans;
}

describe('splitSentences', () => {
  it.each([
    'Hội nghị đã thành công tốt đẹp. Đồng chí Bí thư phát biểu chỉ đạo.',
    'Ông nói: “Chúng ta phải làm tốt. Không được chủ quan.” Sau đó, hội nghị bế mạc.',
    'Đồng chí nhấn mạnh: “Phải làm ngay. Rồi báo cáo kết quả. Sau đó, tổng kết.',
    'TP. HCM có 14.342 hộ; v.v. Đến nay đạt 90%!? Tiếp theo… Cuối cùng đã xong.” Hết.',
    'Ông H. Nam cho biết.Đổi mới là cần thiết. Xem Haiphong.gov.vn nhé. Ký hiệu 13/1.',
    '«Đoàn kết» là sức mạnh.» Chưa mở.” Hai câu ». Đây là câu ba.',
    'Kết thúc rồi.)] Mở đầu mới. Câu có dấu “lồng « trong » ngoặc”. Cuối.',
    '   ',
    'Một câu duy nhất không có dấu chấm',
  ])('splits %j as before', (line) => {
    expect(splitSentences(line, 7)).toEqual(referenceSplit(line, 7));
  });

  it('agrees on random strings of marks, quotes, letters and spaces', () => {
    const next = random(11);
    const alphabet = ['.', '!', '?', '…', '“', '”', '«', '»', '"', ')', '/', ' ', ' ', 'a', 'Đ', 'H', 'ư', 'TP', '1', 'v.v'];
    for (let n = 0; n < 2000; n++) {
      const line = randomString(next, alphabet, 30);
      expect(splitSentences(line), JSON.stringify(line)).toEqual(referenceSplit(line));
    }
  });
});

// ---------------------------------------------------------------------------
// Lines and paragraphs.

describe('lines ending like prose', () => {
  const reference = (line: string) => {
    const count = line.split(/\s+/u).filter((w) => w.length > 0).length;
    return count >= 25 || (count >= 8 && /[.!?…:;]["”»)]?(?:\/\.)?\s*$/u.test(line.trim()));
  };

  it.each([
    'Hội nghị đã thảo luận và thống nhất các nội dung quan trọng.',
    'Hội nghị đã thảo luận và thống nhất các nội dung quan trọng',
    'Đồng chí Bí thư phát biểu kết luận hội nghị như sau:',
    'Ông nói rằng đây là nhiệm vụ trọng tâm của năm nay.”  ',
    'Ông nói rằng đây là nhiệm vụ trọng tâm của năm nay.")',
    'Ông nói rằng đây là nhiệm vụ trọng tâm của năm nay ”',
    'Theo Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ./.',
    'Ngắn quá.',
    Array(30).fill('chữ').join(' '),
  ])('isProseLine(%j) as before', (line) => {
    expect(isProseLine(line)).toBe(reference(line));
  });

  it('joins a paragraph broken by the page, not one that ended', () => {
    const broken = prepareDocument('Hội nghị đã thảo luận về những nội dung\nquan trọng của nhiệm kỳ mới.');
    expect(broken.sentences.map((s) => s.text)).toEqual(['Hội nghị đã thảo luận về những nội dung\nquan trọng của nhiệm kỳ mới.']);
    const ended = prepareDocument('Ông kết luận: “Phải làm ngay.” \nsau đó hội nghị bế mạc.');
    expect(ended.sentences).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------
// Folding stays length-preserving on every kind of text.

describe('fold on random Vietnamese', () => {
  it('keeps the length and lowers every letter', () => {
    const next = random(3);
    const alphabet = ['Hoà', 'UỶ', 'quý', 'o', 'à', 'u', 'ỷ', 'Q', ' ', 'İ', '𝐀', 'ΣΑ', '.'];
    for (let n = 0; n < 300; n++) {
      const text = randomString(next, alphabet, 12);
      expect(fold(text).length).toBe(text.length);
    }
  });
});

// ---------------------------------------------------------------------------
// Decoding.

/** looksBinary as it was: NUL, or more than 1% stray control bytes, in the first 8 KiB. */
function referenceLooksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return length > 0 && controls / length > 0.01;
}

const isBinaryError = (bytes: Uint8Array) => {
  try {
    decode(bytes);
    return false;
  } catch (error) {
    return error instanceof DecodeError && error.code === 'BINARY';
  }
};

describe('decode: binary test read four bytes at a time', () => {
  const line = new TextEncoder().encode('Hội nghị tổng kết công tác năm 2023.\n');

  it('agrees with the byte-by-byte test at every alignment, around the 1% threshold', () => {
    for (const offset of [0, 1, 2, 3]) {
      for (const [controls, at] of [[0, 0], [1, 5], [2, 99], [3, 150], [1, 0], [1, 199]] as const) {
        const body = new Uint8Array(offset + 200);
        for (let i = 0; i < 200; i++) body[offset + i] = line[i % line.length];
        for (let c = 0; c < controls; c++) body[offset + ((at + 37 * c) % 200)] = 0x01;
        const view = body.subarray(offset);
        expect(isBinaryError(view), `offset ${offset}, ${controls} controls`).toBe(referenceLooksBinary(view));
      }
    }
  });

  it('refuses a NUL in the first bytes, a middle word or the last bytes, at every alignment', () => {
    for (const offset of [0, 1, 2, 3]) {
      for (const nul of [0, 1, 2, 3, 50, 97, 98, 99]) {
        const body = new Uint8Array(offset + 100).fill(0x61, offset);
        body[offset + nul] = 0;
        expect(isBinaryError(body.subarray(offset))).toBe(true);
      }
    }
  });

  it('reads short inputs whatever their alignment', () => {
    const buffer = new Uint8Array(8).fill(0x61);
    for (let start = 0; start <= 8; start++) {
      for (let end = start; end <= 8; end++) expect(decode(buffer.subarray(start, end)).text).toBe('a'.repeat(end - start));
    }
  });
});

describe('decode: UTF-8 read natively', () => {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  it.each([
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12',
    '\ufeffBOM đầu và \ufeff giữa dòng',
    'Ký tự ngoài BMP 𝐀 😀 và U+FFFD \ufffd, U+FFFF \uffff',
    'chỉ ASCII',
  ])('gives the text a strict TextDecoder gives: %j', (text) => {
    const bytes = new TextEncoder().encode(text);
    const body = bytes[0] === 0xef ? bytes.subarray(3) : bytes;
    expect(decode(bytes).text).toBe(strict.decode(body));
  });

  it('still falls back on bytes that are not valid UTF-8 (a surrogate, an overlong form)', () => {
    for (const bad of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      const bytes = new Uint8Array([...new TextEncoder().encode('Hội nghị tổng kết công tác năm. '.repeat(4)), ...bad]);
      const decoded = decode(bytes);
      expect(decoded.text).toBe(new TextDecoder('utf-8').decode(bytes));
      expect(decoded.warnings.some((w) => w.startsWith('invalid UTF-8'))).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------
// Citations: symbol starts, and texts that cite nothing.

describe('digitRuns', () => {
  it('lists each run of digits once, also for the same text asked again', () => {
    const text = 'số 25-nq/tw, 123456 và 7';
    const expected = { starts: [3, 13, 23], ends: [5, 19, 24] };
    expect(digitRuns(text)).toEqual(expected);
    expect(digitRuns('khác 1')).toEqual({ starts: [5], ends: [6] });
    expect(digitRuns(text)).toEqual(expected);
  });
});

describe('findSymbols from the digit runs', () => {
  const ids = (text: string) => {
    const doc = prepareDocument(text);
    return findSymbols(doc.text, doc.folded).map((s) => s.id);
  };

  it.each([
    ['Thực hiện Nghị quyết số 25-NQ/TW của Bộ Chính trị.', ['25-NQ/TW']],
    ['Theo Hướng dẫn 36a  –  HD/VPTW, Kết luận 21-KL-TW.', ['36a-HD/VPTW', '21-KL/TW']],
    ['Quyết định 15/2020/QĐ-TTg và Nghị định 30/2020/NĐ-CP.', ['15/2020/QĐ-TTg', '30/2020/NĐ-CP']],
    ['Luật số 59/2020/QH14 có hiệu lực.', ['59/2020/QH14']],
    ['Con số 123456-NQ/TW quá dài, ngày 13/1/2021 không phải ký hiệu, COVID-19 cũng không.', []],
    ['Công văn 5053-CV/VPTW/nb và 12/UBND-VX.', ['5053-CV/VPTW/nb', '12/UBND-VX']],
  ] as const)('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('citations of a text without any symbol', () => {
  it.each([
    ['Theo Quyết định số 994 của Thủ tướng Chính phủ, tỉnh đã triển khai.', ['994']],
    ['Thực hiện Chỉ thị số: 05 về học tập và làm theo tư tưởng của Bác.', ['05']],
    ['Hội nghị đã thông qua Kết luận 3 nội dung quan trọng.', []],
    ['Nghị quyết này có ý nghĩa quan trọng đối với nhiệm kỳ 2020-2025.', []],
    ['Năm 2023, tỉnh có 12 huyện và 3 thành phố.', []],
  ] as const)('%s', (text, numbers) => {
    const analysis = analyzeCitations(prepareDocument(text));
    expect(analysis.references.map((r) => r.number)).toEqual(numbers);
    expect(analysis.citations).toEqual([]);
  });

  it('still resolves short forms once a symbol is cited', () => {
    const analysis = analyzeCitations(
      prepareDocument('Nghị quyết số 25-NQ/TW của Bộ Chính trị có nhiều điểm mới. Nghị quyết 25 được quán triệt rộng rãi.'),
    );
    expect(analysis.citations.map((c) => c.mentions.length)).toEqual([2]);
  });
});
