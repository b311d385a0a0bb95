import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { extractDirectives } from '../src/extract/directives.js';
import type { Attendee, Directive, Mention } from '../src/model/report.js';
import { prepareDocument, type PreparedDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { GOLD, seedFiles } from './helpers.js';

interface Person {
  name: string;
  titles?: string[];
  /** Extra title-only references the attendees extractor would record ("Phó Thủ tướng"). */
  aliases?: string[];
  /** Leave out the name mentions: the extractor must find the name itself. */
  noMentions?: boolean;
}

/** Every whole occurrence of `phrase` in the document, as mentions in input coordinates. */
function mentionsOf(doc: PreparedDocument, phrase: string): Mention[] {
  const found: Mention[] = [];
  const needle = fold(phrase);
  for (let i = doc.folded.indexOf(needle); i >= 0; i = doc.folded.indexOf(needle, i + 1)) {
    if (/\p{L}/u.test(doc.folded[i - 1] ?? '') || /\p{L}/u.test(doc.folded[i + needle.length] ?? '')) continue;
    found.push(doc.mention(i, i + needle.length));
  }
  return found;
}

/** Hand-made attendees with mentions at the offsets where their names (and aliases) stand. */
function attendeesFor(doc: PreparedDocument, people: Person[]): Attendee[] {
  return people.map((p) => {
    const mentions = [
      ...(p.noMentions ? [] : mentionsOf(doc, p.name)),
      ...(p.aliases ?? []).flatMap((a) => mentionsOf(doc, a)),
    ].sort((a, b) => a.start - b.start);
    return {
      name: p.name,
      titles: p.titles ?? [],
      roles: [],
      titleForms: [],
      mentions,
      start: mentions[0]?.start ?? 0,
      end: mentions[0]?.end ?? 0,
    };
  });
}

function directivesOf(text: string, people: Person[]): Directive[] {
  const doc = prepareDocument(text, 'test');
  return extractDirectives(doc, attendeesFor(doc, people));
}

const PEOPLE: Person[] = [
  { name: 'Lê Văn Minh', titles: ['Bộ trưởng Bộ Y tế'] },
  { name: 'Phạm Quốc Hùng' },
  { name: 'Trịnh Thị Lan', titles: ['Bí thư Huyện ủy'] },
  { name: 'Hoàng Minh Tuấn', titles: ['Phó Thủ tướng Chính phủ'] },
  { name: 'Vũ Thị Hằng', titles: ['Chủ tịch Hội Liên hiệp Phụ nữ tỉnh'] },
  { name: 'Đinh Công Sơn', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy'] },
  { name: 'Lương Thị Thảo' },
  { name: 'Tạ Văn Bình' },
  { name: 'Hà Minh Đức', titles: ['Phó Bí thư Tỉnh ủy'] },
  { name: 'Lò Văn Pá' },
  { name: 'Đào Thị Mai', titles: ['Thứ trưởng Bộ Giáo dục và Đào tạo'] },
  { name: 'Trần Đức Anh' },
  { name: 'Lê Thành Công', titles: ['Phó Chủ tịch UBND tỉnh'] },
  { name: 'Nguyễn Hữu Tài', titles: ['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'] },
  { name: 'Mai Thanh Tùng' },
  { name: 'Lê Văn Tám', titles: ['Trưởng Ban Chỉ đạo phòng chống dịch tỉnh'] },
  { name: 'Kiều Văn Lực', titles: ['Phó Bí thư Thường trực Huyện ủy'] },
];

interface Expected {
  speaker: string | null;
  verb: string;
  addressee?: string | null;
  /** A run of the directive content the output text must contain. */
  contains: string;
}

describe('extractDirectives: directive patterns', () => {
  it.each<[string, string, Expected]>([
    [
      'title + name right before the verb, addressee',
      'Phát biểu tại buổi làm việc, Bộ trưởng Bộ Y tế Lê Văn Minh đề nghị Sở Y tế các tỉnh khẩn trương rà soát danh sách cơ sở khám chữa bệnh.',
      { speaker: 'Lê Văn Minh', verb: 'đề nghị', addressee: 'Sở Y tế các tỉnh', contains: 'khẩn trương rà soát danh sách' },
    ],
    [
      'honorific + name',
      'Ông Phạm Quốc Hùng yêu cầu các đơn vị bảo đảm tiến độ giải ngân vốn đầu tư công.',
      { speaker: 'Phạm Quốc Hùng', verb: 'yêu cầu', addressee: 'các đơn vị', contains: 'bảo đảm tiến độ giải ngân' },
    ],
    [
      'bare "Đồng chí" = the person named last',
      'Đồng chí Trịnh Thị Lan, Bí thư Huyện ủy, biểu dương những kết quả đạt được. Đồng chí đề nghị các xã tiếp tục chăm lo đời sống người có công.',
      { speaker: 'Trịnh Thị Lan', verb: 'đề nghị', addressee: 'các xã', contains: 'chăm lo đời sống người có công' },
    ],
    [
      'title alone as subject',
      'Dự hội nghị có Phó Thủ tướng Chính phủ Hoàng Minh Tuấn. Phó Thủ tướng yêu cầu các bộ, ngành phối hợp chặt chẽ trong phòng chống thiên tai.',
      { speaker: 'Hoàng Minh Tuấn', verb: 'yêu cầu', addressee: 'các bộ, ngành', contains: 'phối hợp chặt chẽ trong phòng chống' },
    ],
    [
      'title alone, shorter than the position and with words left out',
      'Đồng chí Kiều Văn Lực chủ trì hội nghị. Kết luận hội nghị, Phó Bí thư huyện ủy lưu ý các xã làm tốt công tác hòa giải ở cơ sở.',
      { speaker: 'Kiều Văn Lực', verb: 'lưu ý', addressee: 'các xã', contains: 'làm tốt công tác hòa giải' },
    ],
    [
      'honorific + title alone',
      'Đồng chí Trịnh Thị Lan dự buổi làm việc. Kết luận buổi làm việc, đồng chí Bí thư Huyện ủy yêu cầu các ngành tháo gỡ khó khăn cho doanh nghiệp.',
      { speaker: 'Trịnh Thị Lan', verb: 'yêu cầu', addressee: 'các ngành', contains: 'tháo gỡ khó khăn cho doanh nghiệp' },
    ],
    [
      'the conference as subject',
      'Hội nghị yêu cầu các địa phương hoàn thành việc kiện toàn bộ máy trước ngày 30/6.',
      { speaker: null, verb: 'yêu cầu', addressee: 'các địa phương', contains: 'hoàn thành việc kiện toàn bộ máy' },
    ],
    [
      'name, dash, appositive title',
      'Đồng chí Vũ Thị Hằng - Chủ tịch Hội Liên hiệp Phụ nữ tỉnh kêu gọi hội viên tích cực tham gia bảo vệ môi trường.',
      { speaker: 'Vũ Thị Hằng', verb: 'kêu gọi', addressee: 'hội viên', contains: 'tích cực tham gia bảo vệ môi trường' },
    ],
    [
      'appositive title with a dash inside a body name',
      'Đồng chí Vũ Thị Hằng, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Ủy viên Ủy ban Mặt trận các tổ chức chính trị - xã hội tỉnh kêu gọi hội viên giúp đỡ phụ nữ nghèo.',
      { speaker: 'Vũ Thị Hằng', verb: 'kêu gọi', addressee: 'hội viên', contains: 'giúp đỡ phụ nữ nghèo' },
    ],
    [
      'name, comma-separated appositive titles',
      'Tại hội thảo, đồng chí Đinh Công Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy lưu ý các cơ quan báo chí nâng cao chất lượng thông tin.',
      { speaker: 'Đinh Công Sơn', verb: 'lưu ý', addressee: 'các cơ quan báo chí', contains: 'nâng cao chất lượng thông tin' },
    ],
    [
      '"mong muốn" is taken whole',
      'Bà Lương Thị Thảo mong muốn các nhà hảo tâm tiếp tục đồng hành cùng học sinh nghèo.',
      { speaker: 'Lương Thị Thảo', verb: 'mong muốn', addressee: 'các nhà hảo tâm', contains: 'đồng hành cùng học sinh nghèo' },
    ],
    [
      '"mong" alone',
      'Ông Tạ Văn Bình mong các cấp ủy quan tâm hơn nữa đến đội ngũ cán bộ cơ sở.',
      { speaker: 'Tạ Văn Bình', verb: 'mong', addressee: 'các cấp ủy', contains: 'quan tâm hơn nữa đến đội ngũ' },
    ],
    [
      'second verb joined to the subject by "và"',
      'Phát biểu chỉ đạo, đồng chí Hà Minh Đức, Phó Bí thư Tỉnh ủy biểu dương tinh thần trách nhiệm của lực lượng y tế và đề nghị ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh.',
      { speaker: 'Hà Minh Đức', verb: 'đề nghị', addressee: 'ngành y tế', contains: 'nâng cao chất lượng khám chữa bệnh' },
    ],
    [
      'second verb joined by "đồng thời"',
      'Thay mặt lãnh đạo tỉnh, đồng chí Hà Minh Đức ghi nhận nỗ lực của ngành, đồng thời đề nghị các đơn vị tiếp tục đổi mới phương thức hoạt động.',
      { speaker: 'Hà Minh Đức', verb: 'đề nghị', addressee: 'các đơn vị', contains: 'đổi mới phương thức hoạt động' },
    ],
    [
      'title subject of a joined verb',
      'Tại buổi làm việc, Phó Thủ tướng Hoàng Minh Tuấn nghe báo cáo. Phó Thủ tướng biểu dương kết quả của tỉnh và yêu cầu tỉnh đẩy nhanh tiến độ các dự án trọng điểm.',
      { speaker: 'Hoàng Minh Tuấn', verb: 'yêu cầu', contains: 'đẩy nhanh tiến độ các dự án' },
    ],
    [
      'inside a quotation, attributed after it',
      '“Tôi đề nghị các đồng chí phải sâu sát cơ sở, lắng nghe ý kiến của nhân dân”, đồng chí Lò Văn Pá nhấn mạnh.',
      { speaker: 'Lò Văn Pá', verb: 'đề nghị', addressee: 'các đồng chí', contains: 'phải sâu sát cơ sở, lắng nghe' },
    ],
    [
      'inside a quotation, attributed before it',
      'Đồng chí Lò Văn Pá nói: “Chúng tôi mong muốn các doanh nghiệp mạnh dạn đầu tư vào vùng sâu, vùng xa”.',
      { speaker: 'Lò Văn Pá', verb: 'mong muốn', addressee: 'các doanh nghiệp', contains: 'mạnh dạn đầu tư vào vùng sâu' },
    ],
    [
      '"nhấn mạnh" that asks for action',
      'Thứ trưởng Đào Thị Mai nhấn mạnh, các trường cần chủ động xây dựng kế hoạch dạy học an toàn.',
      { speaker: 'Đào Thị Mai', verb: 'nhấn mạnh', addressee: 'các trường', contains: 'cần chủ động xây dựng kế hoạch' },
    ],
    [
      '"giao" with its addressee',
      'Phó Chủ tịch UBND tỉnh Lê Thành Công giao Sở Tài chính chủ trì, phối hợp với các sở liên quan tham mưu phương án.',
      { speaker: 'Lê Thành Công', verb: 'giao', addressee: 'Sở Tài chính', contains: 'chủ trì, phối hợp với các sở' },
    ],
    [
      '"chỉ đạo" as a verb',
      'Bộ trưởng Nguyễn Hữu Tài chỉ đạo các cục chức năng tăng cường kiểm tra an toàn thực phẩm.',
      { speaker: 'Nguyễn Hữu Tài', verb: 'chỉ đạo', addressee: 'các cục chức năng', contains: 'tăng cường kiểm tra an toàn' },
    ],
    [
      '"đề xuất" without addressee',
      'Đồng chí Mai Thanh Tùng đề xuất tăng cường đào tạo nghề cho lao động nông thôn.',
      { speaker: 'Mai Thanh Tùng', verb: 'đề xuất', addressee: null, contains: 'tăng cường đào tạo nghề' },
    ],
    [
      'time phrase between the verb and the addressee',
      'Đồng chí Mai Thanh Tùng đề nghị, trong năm tới, các hợp tác xã mở rộng liên kết tiêu thụ sản phẩm.',
      { speaker: 'Mai Thanh Tùng', verb: 'đề nghị', addressee: 'các hợp tác xã', contains: 'mở rộng liên kết tiêu thụ' },
    ],
    [
      '"Chỉ đạo" inside a title is not the verb; the verb after the name is',
      'Trưởng Ban Chỉ đạo phòng chống dịch tỉnh Lê Văn Tám đề nghị người dân hạn chế tụ tập đông người.',
      { speaker: 'Lê Văn Tám', verb: 'đề nghị', addressee: 'người dân', contains: 'hạn chế tụ tập đông người' },
    ],
    [
      'capitalized verb opening a continued directive is lower-cased',
      'Ông Trần Đức Anh biểu dương các phường. Ông Trần Đức Anh đề nghị các phường rà soát hồ sơ đất đai. Yêu cầu các tổ công tác báo cáo kết quả trước ngày 20/12.',
      { speaker: 'Trần Đức Anh', verb: 'yêu cầu', addressee: 'các tổ công tác', contains: 'báo cáo kết quả trước ngày' },
    ],
  ])('%s', (_label, text, expected) => {
    const found = directivesOf(text, PEOPLE).filter((d) => d.verb === expected.verb);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.speaker).toBe(expected.speaker);
    expect(d.text).toContain(expected.contains);
    if (expected.addressee !== undefined) expect(d.addressee).toBe(expected.addressee);
    // The text starts right after the verb, so it holds the addressee as well.
    if (d.addressee) expect(d.text).toContain(d.addressee);
  });
});

describe('extractDirectives: not directives', () => {
  it.each<[string, string]>([
    ['noun after "đáp ứng"', 'Công tác tuyên truyền đã đáp ứng yêu cầu đặt ra trong tình hình mới.'],
    ['"theo yêu cầu"', 'Theo yêu cầu của Bộ Nội vụ, các địa phương đã gửi báo cáo đúng hạn.'],
    ['"yêu cầu nhiệm vụ"', 'Ông Phạm Quốc Hùng cho rằng công tác cán bộ phải bám sát yêu cầu nhiệm vụ chính trị.'],
    ['"lãnh đạo, chỉ đạo"', 'Các cấp ủy tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ phát triển kinh tế.'],
    ['"sự chỉ đạo"', 'Nhờ sự chỉ đạo sát sao của Tỉnh ủy, nhiều chỉ tiêu đã hoàn thành.'],
    ['"ý kiến chỉ đạo của"', 'Ban Tổ chức tiếp thu ý kiến chỉ đạo của đồng chí Hà Minh Đức để hoàn thiện đề án.'],
    ['"phát biểu chỉ đạo"', 'Đồng chí Hà Minh Đức phát biểu chỉ đạo hội nghị.'],
    ['"dự và chỉ đạo"', 'Ông Lê Thành Công dự và chỉ đạo hội nghị tổng kết.'],
    ['"được giao"', 'Các đơn vị hoàn thành tốt nhiệm vụ được giao.'],
    ['relative clause "do ... giao nhiệm vụ"', 'Các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ hoạt động hiệu quả.'],
    ['relative clause "nhiệm vụ X giao"', 'Sở đã hoàn thành các nhiệm vụ Phó Chủ tịch UBND tỉnh Lê Thành Công giao.'],
    ['compound "bàn giao"', 'Đơn vị thi công đã bàn giao công trình cho địa phương.'],
    ['"mong manh"', 'Tình hình an ninh còn mong manh, cần theo dõi sát.'],
    ['past action of a body', 'Ban Bí thư đã chỉ đạo tổng kết Chỉ thị này trong năm 2023.'],
    ['past action of a body, joined verb', 'Ủy ban Trung ương Hội Nông dân đã phát động, kêu gọi hội viên ủng hộ đồng bào vùng lũ.'],
    ['unnamed office holder who is not an attendee', 'Thủ tướng Chính phủ yêu cầu các bộ khẩn trương hoàn thiện thể chế.'],
    ['a past congress is not this conference', 'Đại hội XIII của Đảng yêu cầu phát huy sức mạnh đại đoàn kết toàn dân tộc.'],
    ['reported speech, verb after the quote', '“Phải coi người dân là trung tâm của mọi chính sách”, đồng chí Hà Minh Đức nhấn mạnh.'],
    ['reported speech, dash and title', '“Không để ai bị bỏ lại phía sau” - Phó Thủ tướng Hoàng Minh Tuấn lưu ý.'],
    ['"nhấn mạnh:" with a statement of facts', 'Đồng chí Hà Minh Đức nhấn mạnh: Năm 2023 là năm tỉnh đạt mức tăng trưởng cao nhất từ trước đến nay.'],
    ['"nhấn mạnh" of a fact, "tiếp tục" late', 'Đồng chí Hà Minh Đức nhấn mạnh, điểm nổi bật của năm qua là các xã đã tiếp tục giữ vững an ninh trật tự.'],
    ['"đề xuất giải quyết" in a report', 'Ông Lê Thành Công cho biết, đơn vị đã đề xuất giải quyết nhiều kiến nghị của cử tri.'],
    ['"nêu rõ", "kiến nghị"', 'Đồng chí Hà Minh Đức nêu rõ những hạn chế cần khắc phục và kiến nghị Trung ương sửa đổi quy định.'],
    ['"chỉ rõ" points out, it asks nothing', 'Đồng chí Hà Minh Đức chỉ rõ nguyên nhân của những hạn chế trong công tác cải cách hành chính.'],
    ['a person named only as an object', 'Các đại biểu tặng hoa chúc mừng đồng chí Hà Minh Đức và đề nghị tổ chức thêm nhiều hội thi.'],
    ['the audience, "các đồng chí"', 'Đồng chí Hà Minh Đức phát biểu khai mạc. Các đồng chí đề nghị bổ sung nội dung vào báo cáo.'],
    ['continuation without a directive before it', 'Tỉnh đã hoàn thành 12 chỉ tiêu. Trong đó cần lưu ý chỉ tiêu về giảm nghèo.'],
  ])('%s', (_label, text) => {
    expect(directivesOf(text, PEOPLE)).toEqual([]);
  });
});

describe('extractDirectives: speakers, sentences and spans', () => {
  it('a verb inside a directive content is not a directive of its own', () => {
    const found = directivesOf(
      'Đồng chí Hà Minh Đức đề nghị các sở tham mưu kịp thời và yêu cầu báo cáo kết quả trước ngày 15/12.',
      PEOPLE,
    );
    expect(found.map((d) => d.verb)).toEqual(['đề nghị']);
    expect(found[0].text).toContain('yêu cầu báo cáo kết quả');
  });

  it('a colon ending the sentence introduces the next one as content', () => {
    const found = directivesOf(
      'Kết luận hội nghị, đồng chí Trịnh Thị Lan yêu cầu:\nCác xã rà soát lại toàn bộ hộ cận nghèo trước ngày 30/11.\nCác trường học tăng cường giáo dục kỹ năng sống.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb, d.addressee])).toEqual([['Trịnh Thị Lan', 'yêu cầu', null]]);
    expect(found[0].text).toBe('Các xã rà soát lại toàn bộ hộ cận nghèo trước ngày 30/11.');
  });

  it('a colon inside the sentence keeps the list in the text', () => {
    const found = directivesOf(
      'Đồng chí Mai Thanh Tùng đề xuất các giải pháp: mở rộng tín dụng ưu đãi, đào tạo nghề cho thanh niên.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb, d.addressee])).toEqual([['Mai Thanh Tùng', 'đề xuất', null]]);
    expect(found[0].text).toContain('mở rộng tín dụng ưu đãi');
  });

  it('a sentence opening "Trong đó cần ..." carries on the previous speaker', () => {
    const found = directivesOf(
      'Ông Trần Đức Anh đề nghị các phường rà soát lại hồ sơ đất đai. Trong đó cần lưu ý bảo đảm quyền lợi hợp pháp của người dân.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb])).toEqual([
      ['Trần Đức Anh', 'đề nghị'],
      ['Trần Đức Anh', 'lưu ý'],
    ]);
    expect(found[1].text).toContain('bảo đảm quyền lợi hợp pháp');
  });

  it('a quotation yields its inner directive only, not the attribution verb', () => {
    const found = directivesOf(
      '“Thời gian còn ngắn, tôi mong muốn các đồng chí dành nhiều tâm huyết cho công tác dân vận” - Thường trực Huyện ủy Kiều Văn Lực lưu ý.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb])).toEqual([['Kiều Văn Lực', 'mong muốn']]);
    expect(found[0].text).toContain('các đồng chí dành nhiều tâm huyết');
  });

  it('a quotation attributed to a title alone', () => {
    const found = directivesOf(
      'Phó Thủ tướng Hoàng Minh Tuấn dự hội nghị. “Đề nghị các tỉnh chủ động phương án sơ tán dân” - Phó Thủ tướng nói.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb])).toEqual([['Hoàng Minh Tuấn', 'đề nghị']]);
  });

  it('resolves a title-only reference the attendees extractor recorded', () => {
    const people: Person[] = [{ name: 'Ngô Đình Khải', aliases: ['Giám đốc Sở'] }];
    const found = directivesOf(
      'Ông Ngô Đình Khải chủ trì cuộc họp. Giám đốc Sở yêu cầu các phòng chuyên môn hoàn thành báo cáo trong tuần.',
      people,
    );
    expect(found.map((d) => d.speaker)).toEqual(['Ngô Đình Khải']);
  });

  it('finds attendees by name where they have no recorded mention', () => {
    const people: Person[] = [{ name: 'Ngô Đình Khải', noMentions: true }];
    const found = directivesOf('Đồng chí Ngô Đình Khải đề nghị các phòng chuyên môn hoàn thành báo cáo trong tuần.', people);
    expect(found.map((d) => d.speaker)).toEqual(['Ngô Đình Khải']);
  });

  it('names an honorific-led speaker missing from the attendees', () => {
    const found = directivesOf('Ông Nguyễn Văn Nam đề nghị các hợp tác xã mở rộng liên kết tiêu thụ sản phẩm.', []);
    expect(found.map((d) => [d.speaker, d.addressee])).toEqual([['Nguyễn Văn Nam', 'các hợp tác xã']]);
  });

  it.each<[string, string, (string | null)[]]>([
    [
      'a title followed by a three-syllable name',
      'Giám đốc Sở Nội vụ Hoàng Thị Yến đề nghị các huyện hoàn thành sắp xếp đơn vị hành chính.',
      ['Hoàng Thị Yến'],
    ],
    ['a two-syllable place after the title is not a name', 'Chủ tịch UBND tỉnh Hà Giang đề nghị các huyện hoàn thành sắp xếp.', []],
    ['a historical figure is not a speaker', 'Thành phố Hồ Chí Minh đề nghị Trung ương sớm ban hành cơ chế đặc thù.', []],
  ])('without attendees: %s', (_label, text, speakers) => {
    expect(directivesOf(text, []).map((d) => d.speaker)).toEqual(speakers);
  });

  it('resolves a bare "đồng chí" to the most recently named attendee', () => {
    const found = directivesOf(
      'Dự hội nghị có đồng chí Trịnh Thị Lan và đồng chí Hà Minh Đức. Phát biểu tại hội nghị, đồng chí Hà Minh Đức biểu dương các xã. Đồng chí yêu cầu các xã giữ vững an ninh trật tự.',
      PEOPLE,
    );
    expect(found.map((d) => d.speaker)).toEqual(['Hà Minh Đức']);
  });

  it('gives spans in input coordinates and the sentence span', () => {
    const text = 'Hội nghị tổng kết\n\nÔng Phạm Quốc Hùng biểu dương các đơn vị. Ông Phạm Quốc Hùng yêu cầu các đơn vị bảo đảm tiến độ.';
    const input = text.normalize('NFD').replace(/\n/gu, '\r\n');
    const doc = prepareDocument(input, 'nfd');
    const [d] = extractDirectives(doc, attendeesFor(doc, [{ name: 'Phạm Quốc Hùng' }]));
    expect(d.verb).toBe('yêu cầu');
    expect(input.slice(d.start, d.end).normalize('NFC')).toBe('yêu cầu các đơn vị bảo đảm tiến độ.');
    expect(input.slice(d.sentence.start, d.sentence.end).normalize('NFC')).toBe(
      'Ông Phạm Quốc Hùng yêu cầu các đơn vị bảo đảm tiến độ.',
    );
  });
});

// ---------------------------------------------------------------------------
// Fixtures, scored as docs/ANNOTATION.md scores directives: folded speakers
// equal (both null counts), folded output text contains the folded gold
// quote, one-to-one.

interface GoldDirective {
  speaker: string | null;
  verb: string;
  quote: string;
}
interface Gold {
  attendees: { name: string; titles: string[] }[];
  directives: GoldDirective[];
}

const canonical = (s: string | null): string | null =>
  s === null ? null : fold(s.normalize('NFC')).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

function score(pairs: { gold: GoldDirective[]; output: Directive[] }[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let out = 0;
  let gold = 0;
  for (const { gold: g, output } of pairs) {
    const used = new Set<number>();
    for (const item of g) {
      const i = output.findIndex(
        (o, k) =>
          !used.has(k) &&
          canonical(o.speaker) === canonical(item.speaker) &&
          canonical(o.text)!.includes(canonical(item.quote)!),
      );
      if (i >= 0) used.add(i);
    }
    tp += used.size;
    out += output.length;
    gold += g.length;
  }
  const p = out === 0 ? 0 : tp / out;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function goldFor(seed: string): Gold {
  return JSON.parse(readFileSync(path.join(GOLD, path.basename(seed).replace(/\.txt$/u, '.json')), 'utf8')) as Gold;
}

describe('extractDirectives on the fixtures', () => {
  it('directives-only check (attendees built from the gold names): F1 >= 0.90', () => {
    const pairs = seedFiles().map((seed) => {
      const doc = prepareDocument(readFileSync(seed, 'utf8'), path.basename(seed));
      const gold = goldFor(seed);
      const people = gold.attendees.map((a) => ({ name: a.name, titles: a.titles }));
      return { gold: gold.directives, output: extractDirectives(doc, attendeesFor(doc, people)) };
    });
    const { f1 } = score(pairs);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it('directives-only check, no title help: names and "đồng chí" alone reach F1 >= 0.70', () => {
    const pairs = seedFiles().map((seed) => {
      const doc = prepareDocument(readFileSync(seed, 'utf8'), path.basename(seed));
      const gold = goldFor(seed);
      const people = gold.attendees.map((a) => ({ name: a.name, noMentions: true }));
      return { gold: gold.directives, output: extractDirectives(doc, attendeesFor(doc, people)) };
    });
    expect(score(pairs).f1).toBeGreaterThanOrEqual(0.7);
  });

  const reports = seedFiles().map((seed) => ({ seed, report: analyze(readFileSync(seed, 'utf8'), path.basename(seed)) }));
  const attendeesWork = reports.some((r) => r.report.attendees.length > 0);

  it.runIf(attendeesWork)('end to end through analyze(): F1 >= 0.70', () => {
    const { f1 } = score(reports.map(({ seed, report }) => ({ gold: goldFor(seed).directives, output: report.directives })));
    expect(f1).toBeGreaterThanOrEqual(0.7);
  });
});

describe('extractDirectives: bodies at the meeting and past acts', () => {
  it('a leading body directing at a meeting has no speaker', () => {
    const found = directivesOf(
      'Hội nghị tổng kết công tác năm được tổ chức sáng nay. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung lãnh đạo thực hiện thắng lợi nghị quyết.',
      PEOPLE,
    );
    expect(found.map((d) => [d.speaker, d.verb])).toEqual([[null, 'yêu cầu']]);
    expect(found[0].text).toContain('tập trung lãnh đạo thực hiện thắng lợi');
  });

  it.each<[string, string]>([
    ['a body with "đã"', 'Hội nghị diễn ra sáng nay. Ban Thường vụ Tỉnh ủy đã yêu cầu các cấp ủy kiểm điểm trách nhiệm.'],
    ['a body with "từng"', 'Tại hội nghị, nhiều ý kiến được nêu. Chính phủ từng yêu cầu các bộ rút ngắn thủ tục.'],
    ['a sentence about earlier times', 'Hội nghị diễn ra sáng nay. Trước đó, Ủy ban nhân dân tỉnh yêu cầu các huyện báo cáo.'],
    ['a body in a report of the past year', 'Tại hội nghị, đại biểu nghe báo cáo năm qua. Theo báo cáo, Bộ Chính trị chỉ đạo các cấp ủy sơ kết nghị quyết.'],
    ['a body in a text that reports no meeting', 'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung chỉ đạo sản xuất vụ đông.'],
    ['a past act inside a quotation', 'Ông Phạm Quốc Hùng nói: “Tổng giám đốc đã đề nghị điều chỉnh kế hoạch từ tháng trước”.'],
    ['"nhấn mạnh đến" a topic', 'Đồng chí Hà Minh Đức nhấn mạnh đến quyết tâm chính trị và các giải pháp đồng bộ của tỉnh.'],
    ['"lưu ý" that notes a fact', 'Hội nghị diễn ra sáng nay. Ông Phạm Quốc Hùng lưu ý năm qua dù đã có chuyển biến nhưng ngành vẫn còn nhiều khó khăn.'],
    ['a directive at an earlier event', 'Hội nghị diễn ra sáng nay. Trước đó, tại hội nghị tháng 1, ông Phạm Quốc Hùng yêu cầu các sở rà soát thủ tục.'],
    ['a place taken for a person', 'Phía Hàn Quốc tiếp tục yêu cầu Mỹ điều động thêm tàu chiến.'],
    ['"tiếp xã giao" is a courtesy call', 'Thủ tướng Hoàng Minh Tuấn đã tiếp xã giao Bí thư Khu ủy Khu tự trị.'],
    ['"nhấn mạnh" of what is under way', 'Phó Thủ tướng Hoàng Minh Tuấn nhấn mạnh Việt Nam đang nỗ lực hướng tới tăng trưởng bền vững.'],
  ])('not a directive: %s', (_label, text) => {
    expect(directivesOf(text, PEOPLE)).toEqual([]);
  });
});

describe('extractDirectives: a colon-introduced list as items', () => {
  const itemTexts = (d: Directive) => (d.items ?? []).map((i) => i.text);

  it('bullet lines after a colon that ends the paragraph are the items', () => {
    const text = [
      'Đồng chí Hà Minh Đức yêu cầu các xã thực hiện tốt một số nhiệm vụ:',
      '- Tăng cường tuyên truyền chủ trương của Đảng.',
      '- Đẩy mạnh phong trào thi đua yêu nước.',
      '+ Chăm lo đời sống hộ nghèo.',
      'Hội nghị đã khen thưởng 5 tập thể.',
    ].join('\n');
    const [d, ...rest] = directivesOf(text, PEOPLE);
    expect(rest).toEqual([]);
    expect(d.speaker).toBe('Hà Minh Đức');
    expect(itemTexts(d)).toEqual([
      '- Tăng cường tuyên truyền chủ trương của Đảng.',
      '- Đẩy mạnh phong trào thi đua yêu nước.',
      '+ Chăm lo đời sống hộ nghèo.',
    ]);
  });

  it('numbered and word-marked lines are items too', () => {
    const text = [
      'Ông Phạm Quốc Hùng đề nghị các đơn vị tập trung vào các nội dung sau:',
      '1. Rà soát quy hoạch sử dụng đất.',
      '2) Đẩy nhanh giải ngân vốn đầu tư công.',
      'Thứ ba, yêu cầu các đơn vị báo cáo kết quả trước ngày 15/12.',
    ].join('\n');
    const found = directivesOf(text, PEOPLE);
    expect(found).toHaveLength(1);
    expect(itemTexts(found[0])).toHaveLength(3);
  });

  it('a paragraph without markers after the colon gives its sentences as items', () => {
    const text = [
      'Đồng chí Trịnh Thị Lan yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ:',
      'Đối với cấp ủy, phải quan tâm công tác dân vận. Cán bộ phải gần dân, sát dân.',
      'Hội nghị đã khen thưởng 5 tập thể.',
    ].join('\n');
    const found = directivesOf(text, PEOPLE);
    expect(found).toHaveLength(1);
    expect(itemTexts(found[0])).toEqual(['Đối với cấp ủy, phải quan tâm công tác dân vận.', 'Cán bộ phải gần dân, sát dân.']);
  });

  it('an inline list after a colon splits at semicolons', () => {
    const found = directivesOf(
      'Ông Phạm Quốc Hùng yêu cầu các sở thực hiện ba việc: rà soát thủ tục; công khai quy trình; xử lý nghiêm sai phạm.',
      PEOPLE,
    );
    expect(itemTexts(found[0])).toEqual(['rà soát thủ tục', 'công khai quy trình', 'xử lý nghiêm sai phạm.']);
  });

  it('no list, no items', () => {
    const [d] = directivesOf('Ông Phạm Quốc Hùng yêu cầu các sở rà soát thủ tục hành chính.', PEOPLE);
    expect(d.items).toBeUndefined();
  });
});

describe('vnreport eval fixtures/gold with --min gates', () => {
  it('statistics F1 >= 0.95 and directives F1 >= 0.90', async () => {
    const { main } = await import('../src/cli/main.js');
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const code = await main(['node', 'vnreport', 'eval', GOLD.replace(/gold$/u, 'gold'), '--min', 'statistics=0.95', '--min', 'directives=0.90']);
      expect(code).toBe(0);
    } finally {
      process.stdout.write = write;
    }
  });
});
