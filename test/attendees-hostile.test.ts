/**
 * Attendees and authors on awkward input (issue 7): spacing inside titles,
 * titles running into the next sentence, a credit scan that must stay linear.
 */
import { describe, expect, it } from 'vitest';
import { extractAttendees } from '../src/extract/attendees.js';
import { extractAuthors } from '../src/extract/authors.js';
import { prepareDocument } from '../src/text/document.js';

const article = (...paragraphs: string[]) => ['Hội nghị tổng kết công tác năm', '', ...paragraphs].join('\n\n');

describe('extractAttendees: a title form is the input as written over its span', () => {
  const cases: [string, string, string, string][] = [
    ['two spaces inside', 'Đồng chí Lê Văn Thắm, Phó Bí thư  Tỉnh ủy chủ trì hội nghị.', 'Phó Bí thư  Tỉnh ủy', 'Phó Bí thư Tỉnh ủy'],
    ['three spaces inside', 'Bí thư   Huyện ủy Đào Minh Khôi phát biểu chỉ đạo.', 'Bí thư   Huyện ủy', 'Bí thư Huyện ủy'],
    ['a no-break space inside', 'Ông Vi Đức Thọ, Giám đốc\u00a0Sở Xây dựng, phát biểu tại hội nghị.', 'Giám đốc\u00a0Sở Xây dựng', 'Giám đốc Sở Xây dựng'],
  ];
  it.each(cases)('%s', (_, text, written, oneLine) => {
    const input = article(text);
    const [person] = extractAttendees(prepareDocument(input));
    expect(person.titleForms.map((t) => t.text)).toEqual([written]);
    const form = person.titleForms[0];
    expect(input.slice(form.start, form.end)).toBe(written);
    // The list of titles gives the same position on one line.
    expect(person.titles).toEqual([oneLine]);
  });

  it('keeps the input’s own form (NFD, CRLF) in the title form', () => {
    const input = article('Đồng chí Lê Văn Thắm, Phó Bí thư  Tỉnh ủy chủ trì hội nghị.').normalize('NFD').replace(/\n/gu, '\r\n');
    const [person] = extractAttendees(prepareDocument(input));
    const form = person.titleForms[0];
    expect(form.text).toBe(input.slice(form.start, form.end));
    expect(form.text.normalize('NFC')).toBe('Phó Bí thư  Tỉnh ủy');
  });
});

describe('extractAttendees: a title ends before the next sentence run into it', () => {
  const cases: [string, string, string][] = [
    ['a tab before a time word and a date', 'Dự hội nghị có đồng chí Hà Quang Minh, Ủy viên Bộ Chính trị\tSáng 0/0, đoàn đi thăm.', 'Ủy viên Bộ Chính trị'],
    ['a tab before another capitalized word', 'Dự hội nghị có đồng chí Hà Quang Minh, Bí thư Tỉnh ủy\tBan Tổ chức trao quà.', 'Bí thư Tỉnh ủy'],
    ['a time word and a date without a break', 'Dự hội nghị có đồng chí Hà Quang Minh, Ủy viên Bộ Chính trị Sáng 12/4 đoàn đi thăm.', 'Ủy viên Bộ Chính trị'],
    ['"Chiều" and a date', 'Dự hội nghị có bà Tạ Thị Yên, Phó Chủ tịch UBND tỉnh Chiều 3/5 đoàn làm việc tại huyện.', 'Phó Chủ tịch UBND tỉnh'],
    ['"Ngày" and a date', 'Tham dự có ông Đặng Văn Bảy, Giám đốc Sở Tài chính Ngày 20/11 ông có buổi làm việc khác.', 'Giám đốc Sở Tài chính'],
  ];
  it.each(cases)('%s', (_, text, title) => {
    const [person] = extractAttendees(prepareDocument(article(text)));
    expect(person.titles).toEqual([title]);
  });

  it('still reads a body named after a day of the week or a time inside the title', () => {
    const [person] = extractAttendees(prepareDocument(article('Dự hội nghị có đồng chí Hà Quang Minh, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.')));
    expect(person.titles).toEqual(['Bí thư Đảng ủy Khối Doanh nghiệp tỉnh']);
  });
});

describe('extractAuthors: reading photo credits stays linear in the number of lines', () => {
  it('answers on 20,000 lines of "Hà Nội"', () => {
    const doc = prepareDocument('Hà Nội\n'.repeat(20000));
    // No credit anywhere; the last line, alone and unpunctuated, reads as a byline (a pen name may be a place's).
    expect(extractAuthors(doc).map((a) => a.name)).toEqual(['Hà Nội']);
    expect(extractAttendees(doc)).toEqual([]);
  });

  it('still finds a credit among many lines', () => {
    const lines = [...Array.from({ length: 3000 }, () => 'Các đại biểu thảo luận tại tổ.'), 'Quang cảnh hội nghị. (Ảnh: Quỳnh Như)', 'Hội nghị kết thúc.'];
    expect(extractAuthors(prepareDocument(lines.join('\n'))).map((a) => a.name)).toEqual(['Quỳnh Như']);
  });
});
