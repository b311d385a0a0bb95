/**
 * Attendees as a careful reader counts them on unseen reports (issue 4):
 * commentary by foreign experts, occasions marked by an earlier date, photo
 * credits glued into captions, names opening with an initial.
 */
import { describe, expect, it } from 'vitest';
import { extractAttendees } from '../src/extract/attendees.js';
import { extractAuthors } from '../src/extract/authors.js';
import type { Role } from '../src/model/report.js';
import { prepareDocument } from '../src/text/document.js';

/** An article: a headline, then the given paragraphs. */
const article = (...paragraphs: string[]) => ['Hội nghị xúc tiến đầu tư năm 2024', '', ...paragraphs].join('\n\n');
const read = (...paragraphs: string[]) => extractAttendees(prepareDocument(article(...paragraphs)));
const summary = (...paragraphs: string[]) => read(...paragraphs).map((a) => [a.name, a.roles] as [string, Role[]]);

const LEAD = 'Sáng 12/3/2024, tại Hà Nội, Sở Kế hoạch và Đầu tư tổ chức hội nghị xúc tiến đầu tư. Đồng chí Trần Văn Hào, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.';
const CHAIR: [string, Role[]] = ['Trần Văn Hào', ['chair']];

describe('extractAttendees: a foreign expert quoted for a view is not an attendee', () => {
  const cases: [string, string, [string, Role[]][]][] = [
    ['"Theo ông X, ..."', 'Theo ông Adam Sitkoff, Giám đốc điều hành Phòng Thương mại Mỹ, môi trường đầu tư đang cải thiện.', [CHAIR]],
    ['"X, an expert, nhận định ..."', 'Ông David Dapice, chuyên gia kinh tế của Đại học Harvard, nhận định tăng trưởng sẽ tiếp tục.', [CHAIR]],
    ['"X cho rằng ..."', 'Ông Jonathan Pincus cho rằng năng suất lao động còn thấp.', [CHAIR]],
    ['a view given at the event, named in the clause', 'Phát biểu tại hội nghị, ông Adam Sitkoff cho rằng môi trường đầu tư đang cải thiện.', [CHAIR, ['Adam Sitkoff', ['spoke']]]],
    ['"cho biết", not a view', 'Ông Adam Sitkoff, Giám đốc điều hành Phòng Thương mại Mỹ cho biết nhiều doanh nghiệp muốn mở rộng.', [CHAIR, ['Adam Sitkoff', ['spoke']]]],
    ['a Vietnamese expert keeps the role', 'Theo ông Nguyễn Đình Cung, nguyên Viện trưởng Viện Nghiên cứu quản lý kinh tế Trung ương, môi trường đầu tư đang cải thiện.', [CHAIR, ['Nguyễn Đình Cung', ['spoke']]]],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(summary(LEAD, sentence)).toEqual(expected);
  });

  it('keeps the expert when the sentence before, in the same paragraph, names the event', () => {
    const attendees = summary(`${LEAD} Tại buổi làm việc, các đơn vị đã có nhiều ý kiến. Bà Kelly Marsh – Giám đốc Quốc gia HFH cho rằng mục tiêu là nhà ở an toàn.`);
    expect(attendees).toEqual([CHAIR, ['Kelly Marsh', ['spoke']]]);
  });

  it('keeps the expert listed among those present', () => {
    const attendees = summary(LEAD, 'Dự hội nghị có ông Adam Sitkoff, Giám đốc điều hành Phòng Thương mại Mỹ.', 'Ông Adam Sitkoff nhận định môi trường đầu tư đang cải thiện.');
    expect(attendees).toEqual([CHAIR, ['Adam Sitkoff', ['spoke']]]);
  });
});

describe('extractAttendees: an occasion marked by an earlier date', () => {
  const cases: [string, string, [string, Role[]][]][] = [
    ['"Tại hội nghị ngày 5/3, ông X đã ..."', 'Tại hội nghị ngày 5/3, ông Lê Minh Quân đã báo cáo tình hình dịch bệnh.', [CHAIR]],
    ['"Ngày 2/3, ông X ..."', 'Ngày 2/3, bà Đinh Thị Lụa chủ trì cuộc họp chuẩn bị.', [CHAIR]],
    ['"Sáng 10/3, ..., ông X ..."', 'Sáng 10/3, tại trụ sở Sở, ông Lê Minh Quân đã làm việc với các doanh nghiệp.', [CHAIR]],
    ['the event’s own day', 'Chiều 12/3, ông Lê Minh Quân báo cáo tình hình thu hút đầu tư.', [CHAIR, ['Lê Minh Quân', ['reported']]]],
    ['a later day of the event', 'Ngày 13/3, ông Lê Minh Quân phát biểu tại phiên bế mạc.', [CHAIR, ['Lê Minh Quân', ['spoke']]]],
    ['a document’s date', 'Thực hiện Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ, ông Lê Minh Quân báo cáo kết quả hỗ trợ doanh nghiệp.', [CHAIR, ['Lê Minh Quân', ['reported']]]],
    ['a date in another part of the sentence', 'Ngày 2/3, Sở đã gửi giấy mời; ông Lê Minh Quân báo cáo kết quả.', [CHAIR, ['Lê Minh Quân', ['reported']]]],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    // Two sentences of lead, then one more, so that the dated sentence is past the lead.
    expect(summary(LEAD, 'Hội nghị thu hút đông đảo doanh nghiệp.', sentence)).toEqual(expected);
  });

  it('does not apply in the lead, which reports the event itself', () => {
    expect(summary('Ngày 5/3/2024, ông Lê Minh Quân chủ trì cuộc họp của Ban chỉ đạo.')).toEqual([['Lê Minh Quân', ['chair']]]);
  });
});

describe('photo credits glued into a caption: an author, not an attendee', () => {
  const cases: [string, string][] = [
    ['after the caption’s period', 'Đồng chí Trần Văn Hào phát biểu tại hội nghị. Ảnh: Nguyễn Văn Phước'],
    ['glued to the period', 'Đồng chí Trần Văn Hào phát biểu tại hội nghị.Ảnh: Nguyễn Văn Phước'],
    ['after a dash', 'Đồng chí Trần Văn Hào phát biểu tại hội nghị -Ảnh: Nguyễn Văn Phước'],
    ['with the photographer’s job', 'Đồng chí Trần Văn Hào phát biểu tại hội nghị. Ảnh: Phóng viên Nguyễn Văn Phước'],
    ['running into the next sentence', 'Đồng chí Trần Văn Hào phát biểu. Ảnh: Nguyễn Văn Phước Hội nghị đã thông qua nghị quyết.'],
  ];
  it.each(cases)('%s', (_, caption) => {
    const doc = prepareDocument(article(LEAD, caption, 'Hội nghị kết thúc.'));
    expect(extractAuthors(doc).map((a) => a.name)).toEqual(['Nguyễn Văn Phước']);
    expect(extractAttendees(doc).map((a) => a.name)).toEqual(['Trần Văn Hào']);
  });
});

describe('extractAttendees: a name opening with an initial, kept as written', () => {
  it('reads "K. Nhiễu" after an honorific, with its title, and resolves the short name to it', () => {
    const [person, ...others] = read('Sáng 12/3, Tỉnh ủy tổ chức hội nghị. Đồng chí K. Nhiễu, Phó Bí thư Tỉnh ủy chủ trì hội nghị. Ông Nhiễu nhấn mạnh các nhiệm vụ trọng tâm.');
    expect(others).toEqual([]);
    expect(person.name).toBe('K. Nhiễu');
    expect(person.titles).toEqual(['Phó Bí thư Tỉnh ủy']);
    expect(person.roles).toEqual(['chair', 'spoke']);
    expect(person.mentions.map((m) => m.text)).toEqual(['K. Nhiễu', 'Ông Nhiễu']);
  });

  const cases: [string, string, string[]][] = [
    ['after a title', 'Hội nghị do Phó Bí thư Tỉnh ủy Y. Bly chủ trì.', ['Y. Bly']],
    ['glued to the syllable', 'Ông H.Nam, Giám đốc Sở Y tế phát biểu tại hội nghị.', ['H.Nam']],
    ['with two syllables after it', 'Dự hội nghị có bà H. Thị Lan, Chủ tịch Hội Phụ nữ huyện.', ['H. Thị Lan']],
    ['an abbreviated district is no one', 'Hội nghị diễn ra tại Q. Tân Bình với sự tham dự của nhiều doanh nghiệp.', []],
  ];
  it.each(cases)('%s', (_, sentence, names) => {
    expect(read('Sáng 12/3, Tỉnh ủy tổ chức hội nghị.', sentence).map((a) => a.name)).toEqual(names);
  });
});
