import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { decode, DecodeError } from '../src/text/decode.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { classifyLine } from '../src/text/furniture.js';
import { normalizeText } from '../src/text/normalize.js';
import { splitSentences } from '../src/text/sentences.js';
import { SpanCover } from '../src/text/sorted.js';

const sentencesOf = (line: string) => splitSentences(line).map((s) => line.slice(s.start, s.end));

describe('fold', () => {
  it.each([
    ['Hoà bình', 'hòa bình'],
    ['Uỷ ban', 'ủy ban'],
    ['thuỷ lợi, khoẻ mạnh', 'thủy lợi, khỏe mạnh'],
    ['HOÀ', 'hòa'],
    ['hoàn thành', 'hoàn thành'],
    ['quý báu', 'quý báu'],
    ['toàn quốc', 'toàn quốc'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input).length).toBe(input.length);
  });
});

describe('normalizeText', () => {
  it('leaves NFC text with LF alone', () => {
    expect(normalizeText('Hội nghị\nNgày 1')).toEqual({ text: 'Hội nghị\nNgày 1', offsets: null });
  });

  it('composes NFD and maps every character back to the input', () => {
    const input = 'Hội nghị'.normalize('NFD') + '\r\nx';
    const { text, offsets } = normalizeText(input);
    expect(text).toBe('Hội nghị\nx');
    expect(offsets).not.toBeNull();
    const x = text.indexOf('x');
    expect(input[offsets![x]]).toBe('x');
    expect(offsets![text.length]).toBe(input.length);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc').text).toBe('a\nb\nc');
  });
});

describe('decode', () => {
  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hội nghị')]);
    expect(decode(bytes).text).toBe('Hội nghị');
  });

  it('refuses binary data', () => {
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(DecodeError);
  });

  it('replaces a few invalid bytes with a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Hội nghị tổng kết năm '), 0xff]);
    const { text, warnings } = decode(bytes);
    expect(text.endsWith('\uFFFD')).toBe(true);
    expect(warnings[0]).toMatch(/invalid UTF-8/u);
  });

  it('warns on an empty text', () => {
    expect(decode(new Uint8Array()).warnings).toContain('empty text');
  });
});

describe('splitSentences', () => {
  it.each([
    ['Sáng 13/1, tại TP. HCM, hội nghị khai mạc. Đồng chí A phát biểu.', 2],
    ['Tổ chức 14.342 hội nghị với 1,5 tỷ đồng. Năm nay tăng.', 2],
    ['Gồm nhà văn, nhà thơ, v.v. và các đại biểu.', 1],
    ['PGS. TS Nguyễn Văn A dự. Ông B cũng dự.', 2],
    ['PGS.TS. Nguyễn Văn A dự. Ông B cũng dự.', 2],
    ['Xem tại Haiphong.gov.vn ngay hôm nay.', 1],
    ['Thực hiện tốt quy chế dân chủ ở cơ sở.Đổi mới phương thức.', 2],
    ['“Phải gần dân. Phải hiểu dân” - đồng chí A nhấn mạnh. Hội nghị bế mạc.', 2],
    ['Kết quả như sau: (1) Dân vận khéo; (2) Xây dựng Đảng.', 1],
    ['Ông H. Nam cho biết. Tiếp theo là phần thảo luận!', 2],
    ['Làm công tác dân vận./. Kỳ Nam', 2],
  ])('%s → %i sentences', (line, count) => {
    expect(sentencesOf(line)).toHaveLength(count);
  });
});

describe('classifyLine', () => {
  const kind = (line: string) => classifyLine(line, fold(line));
  it.each([
    ['Chia sẻ bài viết', 'furniture'],
    ['Lên đầu trang', 'furniture'],
    ['Tiếng Việt | English', 'furniture'],
    ['  • Hôm nay: 1.234', 'furniture'],
    ['Điện thoại: 024.3825.1234', 'furniture'],
    ['email: toasoan@baodientu.vn', 'furniture'],
    ['banner quang cao', 'furniture'],
    ['31/12/2020 - 20:31', 'dateline'],
    ['Thứ Hai, 05/02/2024', 'dateline'],
    ['Lan Anh', 'text'],
    ['Trần Minh Đức', 'text'],
    ['Hội nghị tổng kết công tác dân vận năm 2023', 'text'],
  ])('%s is %s', (line, expected) => {
    expect(kind(line)).toBe(expected);
  });
});

describe('prepareDocument', () => {
  const page = [
    'Tổng kết công tác Mặt trận năm 2023',
    '',
    'Sáng 5/1, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của đông đảo đại biểu các huyện.',
    'Đồng chí Lê Văn Bình phát biểu',
    'tại hội nghị',
    'Minh Châu',
    'Bình luận',
    'Ban biên tập: Trần Văn Khách',
    '12 Lê Lợi, thành phố Huế',
  ].join('\n');
  const doc = prepareDocument(page, 'page.txt');

  it('keeps footer lines after the last prose out of the body', () => {
    const kinds = doc.lines.map((l) => l.kind);
    expect(kinds.slice(-3)).toEqual(['furniture', 'furniture', 'furniture']);
    expect(doc.sentences.some((s) => s.text.includes('Khách'))).toBe(false);
    expect(doc.sentences.some((s) => s.text.includes('Lê Lợi'))).toBe(false);
  });

  it('joins a caption broken across lines into one sentence', () => {
    expect(doc.sentences.map((s) => s.text)).toContain('Đồng chí Lê Văn Bình phát biểu\ntại hội nghị');
  });

  it('maps spans of NFD input back to the input', () => {
    const nfd = page.normalize('NFD');
    const d = prepareDocument(nfd);
    const at = d.text.indexOf('Lê Văn Bình');
    const m = d.mention(at, at + 'Lê Văn Bình'.length);
    expect(m.text.normalize('NFC')).toBe('Lê Văn Bình');
  });
});

describe('findDates', () => {
  it.each([
    ['sáng 13/1 tại', [13, 1, null]],
    ['ngày 10-1, ban', [10, 1, null]],
    ['ngày 03/6/2013 của', [3, 6, 2013]],
    ['ngày 3-6-2013', [3, 6, 2013]],
    ['ngày 3.6.2013', [3, 6, 2013]],
    ['ngày 03 tháng 6 năm 2013', [3, 6, 2013]],
  ])('%s', (text, [day, month, year]) => {
    expect(findDates(text)).toMatchObject([{ day, month, year }]);
  });

  it.each(['14.342 hội nghị', '14/14 xã', '1,5 tỷ', 'từ 5-10%', 'ngày 31/2/2021', '2021 – 2026', '1.5'])(
    'finds no date in %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );
});

describe('SpanCover', () => {
  const span = (start: number, end: number) => ({ start, end });

  it('answers no to everything when there are no spans', () => {
    const cover = new SpanCover([]);
    expect(cover.contains(0, 0)).toBe(false);
    expect(cover.overlaps(0, 10)).toBe(false);
    expect(cover.covers(0)).toBe(false);
  });

  it('contains a range inside one span, ends included', () => {
    const cover = new SpanCover([span(10, 20)]);
    expect(cover.contains(10, 20)).toBe(true);
    expect(cover.contains(12, 15)).toBe(true);
    expect(cover.contains(9, 15)).toBe(false);
    expect(cover.contains(15, 21)).toBe(false);
    expect(cover.contains(0, 5)).toBe(false);
    expect(cover.contains(25, 30)).toBe(false);
  });

  it('overlaps a range sharing an offset, not one that only touches an end', () => {
    const cover = new SpanCover([span(10, 20)]);
    expect(cover.overlaps(5, 11)).toBe(true);
    expect(cover.overlaps(19, 25)).toBe(true);
    expect(cover.overlaps(0, 30)).toBe(true);
    expect(cover.overlaps(5, 10)).toBe(false);
    expect(cover.overlaps(20, 25)).toBe(false);
  });

  it('covers the offsets from a start up to, not including, an end', () => {
    const cover = new SpanCover([span(10, 20)]);
    expect(cover.covers(9)).toBe(false);
    expect(cover.covers(10)).toBe(true);
    expect(cover.covers(19)).toBe(true);
    expect(cover.covers(20)).toBe(false);
  });

  it('sees a long span past the shorter ones nested in it', () => {
    // Given out of order: the long span must count for queries after the inner ones.
    const cover = new SpanCover([span(12, 14), span(0, 100), span(50, 52)]);
    expect(cover.contains(60, 90)).toBe(true);
    expect(cover.overlaps(98, 120)).toBe(true);
    expect(cover.covers(99)).toBe(true);
    expect(cover.covers(100)).toBe(false);
  });

  it('asks containment of one span, not of spans that overlap in a chain', () => {
    const cover = new SpanCover([span(0, 10), span(5, 15)]);
    expect(cover.contains(2, 12)).toBe(false);
    expect(cover.contains(6, 15)).toBe(true);
    expect(cover.overlaps(2, 12)).toBe(true);
    expect(cover.covers(12)).toBe(true);
  });

  it('treats an empty range as a point', () => {
    const cover = new SpanCover([span(10, 20)]);
    expect(cover.contains(20, 20)).toBe(true);
    expect(cover.overlaps(20, 20)).toBe(false);
    expect(cover.overlaps(15, 15)).toBe(true);
  });

  it('agrees with a comparison against every span', () => {
    // A fixed pseudo-random sequence: the same lists on every run.
    let seed = 7;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: next(6) }, () => {
        const start = next(30);
        return span(start, start + next(10));
      });
      const cover = new SpanCover(spans);
      for (let start = 0; start < 40; start++) {
        expect(cover.covers(start)).toBe(spans.some((s) => s.start <= start && start < s.end));
        for (let end = start; end < start + 12; end++) {
          expect(cover.contains(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end));
          expect(cover.overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
        }
      }
    }
  });
});
