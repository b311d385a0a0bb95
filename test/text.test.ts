import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { decode, DecodeError } from '../src/text/decode.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { classifyLine } from '../src/text/furniture.js';
import { normalizeText } from '../src/text/normalize.js';
import { splitSentences } from '../src/text/sentences.js';

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
