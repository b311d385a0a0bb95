/**
 * Directives given in writing, and the frames that make a directive verb
 * tell of something other than a directive given at the event (reported
 * past, habit, earlier times, petitions, a source's account, attribution of
 * a quotation), with crafted sentences. Also the title-alone subject rules
 * and the sentence view the extractor reads.
 */
import { describe, expect, it } from 'vitest';
import { extractDirectives } from '../src/extract/directives.js';
import { makeView } from '../src/extract/directives/view.js';
import type { Attendee, Directive, Mention } from '../src/model/report.js';
import { prepareDocument, type PreparedDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';

interface Person {
  name: string;
  titles?: string[];
}

function mentionsOf(doc: PreparedDocument, phrase: string): Mention[] {
  const found: Mention[] = [];
  const needle = fold(phrase);
  for (let i = doc.folded.indexOf(needle); i >= 0; i = doc.folded.indexOf(needle, i + 1)) {
    if (/\p{L}/u.test(doc.folded[i - 1] ?? '') || /\p{L}/u.test(doc.folded[i + needle.length] ?? '')) continue;
    found.push(doc.mention(i, i + needle.length));
  }
  return found;
}

function directivesOf(text: string, people: Person[]): Directive[] {
  const doc = prepareDocument(text, 'test');
  const attendees: Attendee[] = people.map((p) => {
    const mentions = mentionsOf(doc, p.name);
    return { name: p.name, titles: p.titles ?? [], roles: [], titleForms: [], mentions, start: mentions[0]?.start ?? 0, end: mentions[0]?.end ?? 0 };
  });
  return extractDirectives(doc, attendees);
}

const PEOPLE: Person[] = [
  { name: 'Lê Văn Minh', titles: ['Bộ trưởng Bộ Y tế'] },
  { name: 'Phạm Quốc Hùng', titles: ['Giám đốc Sở Giao thông vận tải'] },
  { name: 'Trịnh Thị Lan', titles: ['Bí thư Huyện ủy'] },
  { name: 'Hoàng Minh Tuấn', titles: ['Phó Thủ tướng Chính phủ'] },
  { name: 'Lê Thành Công', titles: ['Phó Chủ tịch UBND tỉnh'] },
  { name: 'Nguyễn Hữu Tài', titles: ['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'] },
  { name: 'Tạ Văn Bình' },
  { name: 'Đào Thị Mai', titles: ['Thứ trưởng Bộ Giáo dục và Đào tạo'] },
];

interface Expected {
  speaker: string | null;
  verb: string;
  addressee: string | null;
  contains: string;
}

describe('directives given in writing and other speakers', () => {
  it.each<[string, string, Expected]>([
    [
      'signed document sent to a recipient: the signer speaks, the recipient is the addressee',
      'Sáng 12/3, Thứ trưởng Bộ Giáo dục và Đào tạo Đào Thị Mai đã ký công văn hỏa tốc gửi Sở Giáo dục và Đào tạo Cao Bằng yêu cầu khẩn trương xác minh vụ việc ở trường mầm non.',
      { speaker: 'Đào Thị Mai', verb: 'yêu cầu', addressee: 'Sở Giáo dục và Đào tạo Cao Bằng', contains: 'khẩn trương xác minh vụ việc' },
    ],
    [
      'a document with its number, no recipient',
      'Bộ trưởng Lê Văn Minh vừa ban hành văn bản số 215/BYT-KCB đề nghị các bệnh viện tuyến tỉnh bảo đảm đủ giường cho người bệnh.',
      { speaker: 'Lê Văn Minh', verb: 'đề nghị', addressee: 'các bệnh viện tuyến tỉnh', contains: 'bảo đảm đủ giường cho người bệnh' },
    ],
    [
      '"có ý kiến chỉ đạo" then "giao": the addressee follows the verb',
      'Qua xem xét, Phó Chủ tịch UBND tỉnh Lê Thành Công có ý kiến chỉ đạo giao Sở Tài chính chủ trì thẩm định phương án giá nước sạch.',
      { speaker: 'Lê Thành Công', verb: 'giao', addressee: 'Sở Tài chính', contains: 'chủ trì thẩm định phương án giá' },
    ],
    [
      'an order on a report: the name before the verb speaks',
      'Xét báo cáo của Bộ Công Thương, Phó Thủ tướng Hoàng Minh Tuấn yêu cầu các địa phương bảo đảm nguồn cung xăng dầu dịp cuối năm.',
      { speaker: 'Hoàng Minh Tuấn', verb: 'yêu cầu', addressee: 'các địa phương', contains: 'bảo đảm nguồn cung xăng dầu' },
    ],
    [
      '"vừa" between a title alone and the verb',
      'Dự buổi làm việc có Bộ trưởng Nguyễn Hữu Tài. Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn vừa yêu cầu các tỉnh chủ động ứng phó với hạn mặn.',
      { speaker: 'Nguyễn Hữu Tài', verb: 'yêu cầu', addressee: 'các tỉnh', contains: 'chủ động ứng phó với hạn mặn' },
    ],
    [
      'a noun use of "kiến nghị" frames nothing',
      'Bên cạnh việc kiến nghị Bộ Tài chính bố trí vốn, ông Phạm Quốc Hùng nhấn mạnh các nhà thầu cần hoàn thành dự án trước mùa mưa.',
      { speaker: 'Phạm Quốc Hùng', verb: 'nhấn mạnh', addressee: 'các nhà thầu', contains: 'cần hoàn thành dự án trước mùa mưa' },
    ],
  ])('%s', (_label, text, expected) => {
    const found = directivesOf(text, PEOPLE);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.speaker).toBe(expected.speaker);
    expect(d.verb).toBe(expected.verb);
    expect(d.addressee).toBe(expected.addressee);
    expect(d.text).toContain(expected.contains);
  });

  it('a quotation attributed before "và yêu cầu": only the request is a directive', () => {
    const text =
      'Hội nghị có đồng chí Trịnh Thị Lan dự. “Đây là nhiệm vụ trọng tâm của cả hệ thống chính trị trong năm nay” - Bí thư Huyện ủy nhấn mạnh và yêu cầu các xã khẩn trương hoàn thành kế hoạch.';
    const found = directivesOf(text, PEOPLE);
    expect(found.map((d) => [d.speaker, d.verb])).toEqual([['Trịnh Thị Lan', 'yêu cầu']]);
    expect(found[0].text).toContain('các xã khẩn trương hoàn thành kế hoạch');
  });
});

describe('told of, not given at the event', () => {
  it.each<[string, string]>([
    ['reported past after "cho biết"', 'Tại hội nghị, ông Phạm Quốc Hùng cho biết đã yêu cầu các đơn vị kiểm tra lại toàn bộ hồ sơ dự án.'],
    ['reported past after "nói ... rằng"', 'Ông Tạ Văn Bình nói với phóng viên rằng ông đã đề nghị Sở Xây dựng xem xét lại quy hoạch khu dân cư.'],
    ['habit of a person', 'Bộ trưởng Lê Văn Minh thường xuyên yêu cầu các bệnh viện giảm thời gian chờ khám của người bệnh.'],
    ['habit of a body', 'Tại hội nghị tổng kết, Ủy ban nhân dân tỉnh thường xuyên yêu cầu các huyện rà soát hộ nghèo.'],
    ['an earlier time in the opening phrase', 'Tại buổi làm việc cuối năm ngoái, ông Phạm Quốc Hùng yêu cầu chủ đầu tư đẩy nhanh tiến độ thi công cầu.'],
    ['content of a petition', 'Tại hội nghị, Ủy ban nhân dân tỉnh kiến nghị Chính phủ chỉ đạo Bộ Tài chính sớm bố trí vốn cho dự án đường ven biển.'],
    ['a source’s account of a body’s acts', 'Theo ông Tạ Văn Bình, Sở Y tế đã lập đoàn kiểm tra; đồng thời yêu cầu bệnh viện tạm đình chỉ công tác kíp trực.'],
    ['a title followed by a name and a clause is not a title alone', 'Phó Thủ tướng Hoàng Minh Tuấn tiếp tục lên tiếng chỉ trích quyết định của tòa án yêu cầu hoãn thi hành lệnh cấm.'],
    ['a quotation attributed after it', '“Các xã phải hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất trong quý này”, đồng chí Trịnh Thị Lan nhấn mạnh tại hội nghị.'],
  ])('%s', (_label, text) => {
    expect(directivesOf(text, PEOPLE)).toEqual([]);
  });

  it('"đại diện cho" does not stand for an attendee who represents someone else', () => {
    const people = [{ name: 'Trần Văn Khải', titles: ['Đại diện Bộ Tư pháp'] }];
    const found = directivesOf('Tại phiên điều trần, luật sư Noah Purcell, đại diện cho hai bang, đề nghị tòa bác đơn kháng cáo.', people);
    expect(found.map((d) => d.speaker)).not.toContain('Trần Văn Khải');
  });

  it('a bare two-word position does not stretch over another person’s name', () => {
    const people = [{ name: 'Trần Văn Khải', titles: ['Thị trưởng'] }];
    const found = directivesOf('Thị trưởng Bill de Blasio lên tiếng kêu gọi mọi người ở nhà vì cơn bão.', people);
    expect(found.map((d) => d.speaker)).not.toContain('Trần Văn Khải');
  });
});

describe('sentence views', () => {
  it.each<[string, string]>([
    ['regular spacing', 'Đồng chí đề nghị các xã tiếp tục.'],
    ['double spaces and a tab', 'Đồng chí  đề nghị\tcác xã   tiếp tục.'],
    ['a line break and a no-break space', 'Đồng chí\nđề nghị\u00a0các xã tiếp tục.'],
  ])('collapse white space to single spaces and map back to the text (%s)', (_label, text) => {
    const doc = prepareDocument(text, 'test');
    const view = makeView(doc, 0, doc.text.length);
    expect(view.folded).toBe('đồng chí đề nghị các xã tiếp tục.');
    expect(view.raw).toBe('Đồng chí đề nghị các xã tiếp tục.');
    expect(view.at).toHaveLength(view.folded.length + 1);
    for (let i = 0; i < view.raw.length; i++) {
      const ch = doc.text[view.at[i]];
      expect(view.raw[i] === ' ' ? /\s/u.test(ch) : ch === view.raw[i]).toBe(true);
    }
    expect(view.at[view.folded.length]).toBe(doc.text.length);
  });
});
