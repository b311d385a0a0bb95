import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { extractAttendees } from '../src/extract/attendees.js';
import type { Attendee, Role } from '../src/model/report.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { GOLD, seedFiles } from './helpers.js';

/** An article: a headline, then the given paragraphs. */
const article = (...paragraphs: string[]) => ['Hội nghị tổng kết công tác năm', '', ...paragraphs].join('\n\n');
const attendeesOf = (...paragraphs: string[]) => extractAttendees(prepareDocument(article(...paragraphs)));
const byName = (list: Attendee[], name: string) => list.find((a) => a.name === name);

interface Expected {
  name: string;
  titles: string[];
  roles: Role[];
}

/** Exactly the expected people are found in the article, each with these titles and roles. */
function expectAttendees(paragraphs: string[], expected: Expected[]): void {
  const found = attendeesOf(...paragraphs);
  for (const want of expected) {
    const got = byName(found, want.name);
    expect(got, `${want.name} in ${JSON.stringify(found.map((a) => a.name))}`).toBeDefined();
    expect(got!.titles).toEqual(want.titles);
    expect(got!.roles).toEqual(want.roles);
  }
  expect(found.map((a) => a.name).sort()).toEqual(expected.map((e) => e.name).sort());
}

describe('extractAttendees: names, titles and roles by pattern', () => {
  const cases: [string, string[], Expected[]][] = [
    [
      'đồng chí NAME, TITLE, TITLE + predicate',
      ['Đồng chí Phan Minh Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.'],
      [{ name: 'Phan Minh Đức', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy'], roles: ['chair'] }],
    ],
    [
      'TITLE NAME with an abbreviated body and a city written "TP. HCM"',
      ['Phó Chủ tịch UBND TP. HCM Lê Hòa Bình chủ trì buổi làm việc.'],
      [{ name: 'Lê Hòa Bình', titles: ['Phó Chủ tịch UBND TP. HCM'], roles: ['chair'] }],
    ],
    [
      'a missing space after a comma',
      ['Tham dự có đồng chí Phạm Quốc Hưng,Tỉnh ủy viên, Giám đốc Sở Tài chính.'],
      [{ name: 'Phạm Quốc Hưng', titles: ['Tỉnh ủy viên', 'Giám đốc Sở Tài chính'], roles: ['attended'] }],
    ],
    [
      'a Hmong name with a one-letter middle syllable',
      ['Đồng chí Mùa A Páo, Phó Chủ tịch UBND tỉnh Lai Châu phát biểu tại hội nghị.'],
      [{ name: 'Mùa A Páo', titles: ['Phó Chủ tịch UBND tỉnh Lai Châu'], roles: ['spoke'] }],
    ],
    [
      'family names that are also common words: Triệu, Lò',
      [
        'Dự hội nghị có đồng chí Triệu Tài Vinh, Phó Trưởng Ban Dân vận Trung ương.',
        'Phó Bí thư Tỉnh ủy Lò Văn Muôn báo cáo kết quả thực hiện nghị quyết.',
      ],
      [
        { name: 'Triệu Tài Vinh', titles: ['Phó Trưởng Ban Dân vận Trung ương'], roles: ['attended'] },
        { name: 'Lò Văn Muôn', titles: ['Phó Bí thư Tỉnh ủy'], roles: ['reported'] },
      ],
    ],
    [
      'a Jarai name',
      ['Cùng dự có đồng chí Ksor Phước Hà, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội.'],
      [{ name: 'Ksor Phước Hà', titles: ['Phó Chủ tịch Hội đồng Dân tộc của Quốc hội'], roles: ['attended'] }],
    ],
    [
      'a name opening the sentence, a given name that reads like an honorific',
      ['Nguyễn Thị Lan Anh cho biết năm qua hội đã vận động được nhiều nguồn lực.'],
      [{ name: 'Nguyễn Thị Lan Anh', titles: [], roles: ['spoke'] }],
    ],
    [
      'TITLE – NAME and NAME – TITLE',
      [
        'Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy – Hồ Thị Lan chủ trì hội nghị.',
        'Đồng chí Vương Văn Tuấn – Phó Bí thư Thường trực Huyện ủy phát biểu kết luận.',
      ],
      [
        { name: 'Hồ Thị Lan', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Dân vận Thành ủy'], roles: ['chair'] },
        { name: 'Vương Văn Tuấn', titles: ['Phó Bí thư Thường trực Huyện ủy'], roles: ['spoke'] },
      ],
    ],
    [
      'a list after "có các đồng chí:" with semicolons',
      ['Chủ trì hội nghị có các đồng chí: Đinh Văn Tám, Bí thư Huyện ủy; Quách Thị Huệ, Phó Bí thư Thường trực Huyện ủy.'],
      [
        { name: 'Đinh Văn Tám', titles: ['Bí thư Huyện ủy'], roles: ['chair'] },
        { name: 'Quách Thị Huệ', titles: ['Phó Bí thư Thường trực Huyện ủy'], roles: ['chair'] },
      ],
    ],
    [
      'a list of TITLE NAME items joined by commas',
      ['Dự hội nghị có các đồng chí: Bí thư Tỉnh ủy Nguyễn Hải Anh, Chủ tịch UBND tỉnh Tạ Quang Ngọc.'],
      [
        { name: 'Nguyễn Hải Anh', titles: ['Bí thư Tỉnh ủy'], roles: ['attended'] },
        { name: 'Tạ Quang Ngọc', titles: ['Chủ tịch UBND tỉnh'], roles: ['attended'] },
      ],
    ],
    [
      'a title shared by a list after a colon',
      ['Chủ trì hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Hải, Đặng Thị Mơ, Hứa Quốc Toàn.'],
      [
        { name: 'Lê Văn Hải', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['chair'] },
        { name: 'Đặng Thị Mơ', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['chair'] },
        { name: 'Hứa Quốc Toàn', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['chair'] },
      ],
    ],
    [
      'a shared title plus each person’s own',
      ['Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng Ban Tổ chức Tỉnh ủy Đoàn Văn Long; Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Vũ Thị Hạnh cùng dự.'],
      [
        { name: 'Đoàn Văn Long', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'], roles: ['attended'] },
        { name: 'Vũ Thị Hạnh', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'], roles: ['attended'] },
      ],
    ],
    [
      'a plural title before names, without a colon',
      ['Các Phó Chủ tịch UBND huyện Cầm Văn Chín, Trần Thị Hằng cùng dự.'],
      [
        { name: 'Cầm Văn Chín', titles: ['Phó Chủ tịch UBND huyện'], roles: ['attended'] },
        { name: 'Trần Thị Hằng', titles: ['Phó Chủ tịch UBND huyện'], roles: ['attended'] },
      ],
    ],
    [
      'two positions joined by "kiêm"',
      ['Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh phát biểu bế mạc.'],
      [{ name: 'Hầu A Lềnh', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], roles: ['spoke'] }],
    ],
    [
      'a rank is a title',
      ['Thiếu tướng Hoàng Văn Đông, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh phát biểu chỉ đạo.'],
      [{ name: 'Hoàng Văn Đông', titles: ['Thiếu tướng', 'Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh'], roles: ['directed'] }],
    ],
    [
      'academic titles before a name: each degree a title, however joined',
      ['PGS.TS Lưu Văn Sùng, Phó Giám đốc Học viện Báo chí và Tuyên truyền phát biểu đề dẫn.', 'GS, TS Tạ Ngọc Tấn trình bày tham luận.'],
      [
        { name: 'Lưu Văn Sùng', titles: ['PGS', 'TS', 'Phó Giám đốc Học viện Báo chí và Tuyên truyền'], roles: ['spoke'] },
        { name: 'Tạ Ngọc Tấn', titles: ['GS', 'TS'], roles: ['spoke'] },
      ],
    ],
    [
      'degrees and state honours before a name: each honour a title, "Anh hùng" no honorific "anh"',
      ['Dự lễ có GS. TS. Anh hùng Lao động, Nhà giáo Nhân dân Trần Văn Bình, Thứ trưởng Bộ Y tế.'],
      [{ name: 'Trần Văn Bình', titles: ['GS', 'TS', 'Anh hùng Lao động', 'Nhà giáo Nhân dân', 'Thứ trưởng Bộ Y tế'], roles: ['attended'] }],
    ],
    [
      'degrees written out, and abbreviations glued by a period: each a title',
      ['Hội thảo có Phó Giáo sư, Tiến sĩ Đoàn Văn Hạnh, Phó Giám đốc Đại học Đà Nẵng.', 'TS.BS Lê Văn Nam phát biểu.'],
      [
        { name: 'Đoàn Văn Hạnh', titles: ['Phó Giáo sư', 'Tiến sĩ', 'Phó Giám đốc Đại học Đà Nẵng'], roles: ['attended'] },
        { name: 'Lê Văn Nam', titles: ['TS', 'BS'], roles: ['spoke'] },
      ],
    ],
    [
      'glued degrees of two people in a list, each whole to its holder; a period after them ends no sentence',
      ['PGS.BS Lê Văn An, TS.BS Trần Văn Hòa phát biểu. PGS.TS. Đỗ Văn Nam dự.'],
      [
        { name: 'Lê Văn An', titles: ['PGS', 'BS'], roles: ['spoke'] },
        { name: 'Trần Văn Hòa', titles: ['TS', 'BS'], roles: ['spoke'] },
        { name: 'Đỗ Văn Nam', titles: ['PGS', 'TS'], roles: ['attended'] },
      ],
    ],
    [
      'two positions joined by "kiêm", the first without a body: one title as written',
      ['Dự hội nghị có ông Trần Văn Mạnh, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam.'],
      [{ name: 'Trần Văn Mạnh', titles: ['Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam'], roles: ['attended'] }],
    ],
    [
      'a degree in the older "y" spelling',
      ['Phát biểu tại buổi lễ, Tiến sỹ Lê Quang Hòa cho biết ngân hàng sẽ tiếp tục đồng hành.'],
      [{ name: 'Lê Quang Hòa', titles: ['Tiến sỹ'], roles: ['spoke'] }],
    ],
    [
      'a body named after its matter, in lower case after "về"',
      ['Tại hội nghị, ông Đỗ Minh Khang, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết kiều bào đóng góp nhiều.'],
      [{ name: 'Đỗ Minh Khang', titles: ['Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài'], roles: ['spoke'] }],
    ],
    [
      "a steering committee's task ends before a tense word",
      ['Sáng 7/6, Phó Thủ tướng Hà Văn Lực, Trưởng Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập đã chủ trì hội nghị.'],
      [{ name: 'Hà Văn Lực', titles: ['Phó Thủ tướng', 'Trưởng Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập'], roles: ['chair'] }],
    ],
    [
      'the honorific "Đ/c" is not part of the name',
      ['Đ/c Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy chủ trì hội nghị.'],
      [{ name: 'Nguyễn Văn Hòa', titles: ['Phó Bí thư Tỉnh ủy'], roles: ['chair'] }],
    ],
    [
      'a comma inside one position',
      ['Theo Đại tá Bế Xuân Hòa, Phó Cục trưởng Cục Tuyên huấn, Tổng cục Chính trị QĐND Việt Nam, các đơn vị đã làm tốt.'],
      [{ name: 'Bế Xuân Hòa', titles: ['Đại tá', 'Phó Cục trưởng Cục Tuyên huấn, Tổng cục Chính trị QĐND Việt Nam'], roles: ['spoke'] }],
    ],
    [
      'positions of one body joined by a dash, a number naming a unit',
      [
        'Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam Lương Quốc Đoàn phát biểu.',
        'Thiếu tướng Nông Văn Hùng - Phó Tư lệnh Quân khu 2 dự hội nghị.',
      ],
      [
        { name: 'Lương Quốc Đoàn', titles: ['Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam'], roles: ['spoke'] },
        { name: 'Nông Văn Hùng', titles: ['Thiếu tướng', 'Phó Tư lệnh Quân khu 2'], roles: ['attended'] },
      ],
    ],
    [
      'a place before the name inside the title',
      ['Dự hội nghị có đồng chí Bí thư Huyện ủy Lâm Hà Nguyễn Văn Hòa và đồng chí Chủ tịch UBND huyện Mai Sơn Lò Văn Thắng.'],
      [
        { name: 'Nguyễn Văn Hòa', titles: ['Bí thư Huyện ủy Lâm Hà'], roles: ['attended'] },
        { name: 'Lò Văn Thắng', titles: ['Chủ tịch UBND huyện Mai Sơn'], roles: ['attended'] },
      ],
    ],
    [
      'dự và chỉ đạo; do X chủ trì; bridge point',
      [
        'Sáng 12/3, tại điểm cầu tỉnh Bắc Giang, đồng chí Mai Sơn Hà, Phó Bí thư Tỉnh ủy dự hội nghị do đồng chí Giáp Văn Lực, Trưởng Ban Dân vận Trung ương chủ trì. Dự và chỉ đạo hội nghị có đồng chí Âu Dương Khánh, Thường trực Ban Bí thư.',
      ],
      [
        { name: 'Mai Sơn Hà', titles: ['Phó Bí thư Tỉnh ủy'], roles: ['attended'] },
        { name: 'Giáp Văn Lực', titles: ['Trưởng Ban Dân vận Trung ương'], roles: ['chair'] },
        { name: 'Âu Dương Khánh', titles: ['Thường trực Ban Bí thư'], roles: ['directed'] },
      ],
    ],
    [
      'coordinated predicate: dự và chủ trì',
      ['Đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chủ trì hội nghị.'],
      [{ name: 'Kim Ngọc Thái', titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], roles: ['chair'] }],
    ],
    [
      'a fronted clause: báo cáo tại hội nghị, then speech verbs (reported is more specific)',
      ['Báo cáo tại hội nghị, Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Tống Thị Ngân cho hay năm qua đã có nhiều đổi mới.', 'Bà Tống Thị Ngân cho biết ngành sẽ tập trung vào 5 nhiệm vụ.'],
      [{ name: 'Tống Thị Ngân', titles: ['Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy'], roles: ['reported'] }],
    ],
    [
      'chair and spoke are both kept; directed drops spoke',
      [
        'Chủ trì hội nghị có đồng chí Từ Minh Tâm, Bí thư Đảng ủy xã. Phát biểu kết luận, đồng chí Từ Minh Tâm đề nghị các chi bộ tiếp tục đổi mới.',
        'Phát biểu chỉ đạo, đồng chí Dương Văn Bảy, Phó Bí thư Huyện ủy nhấn mạnh vai trò của người đứng đầu.',
      ],
      [
        { name: 'Từ Minh Tâm', titles: ['Bí thư Đảng ủy xã'], roles: ['chair', 'spoke'] },
        { name: 'Dương Văn Bảy', titles: ['Phó Bí thư Huyện ủy'], roles: ['directed'] },
      ],
    ],
    [
      '"nhận định của đồng chí X ... tại hội nghị": a speech noun in the genitive',
      ['Đây là nhận định của đồng chí Thân Đức Hưởng – Phó Bí thư Huyện ủy tại hội nghị sơ kết.'],
      [{ name: 'Thân Đức Hưởng', titles: ['Phó Bí thư Huyện ủy'], roles: ['spoke'] }],
    ],
    [
      'a parenthesis on the photo between the name and its verb',
      ['Đồng chí Khổng Minh Tuệ (thứ ba từ trái sang), Chủ tịch Hội Cựu chiến binh tỉnh trao bằng khen cho các tập thể.'],
      [{ name: 'Khổng Minh Tuệ', titles: ['Chủ tịch Hội Cựu chiến binh tỉnh'], roles: ['attended'] }],
    ],
    [
      'a steering committee named by its task',
      ['Thủ tướng Chính phủ Đồng Văn Khải, Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai chủ trì phiên họp.'],
      [{ name: 'Đồng Văn Khải', titles: ['Thủ tướng Chính phủ', 'Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai'], roles: ['chair'] }],
    ],
    [
      'positions written as acronyms, a title in parentheses, the position’s own unit in lower case',
      [
        'Tham dự có đồng chí Hà Thị Lan, TUV, Bí thư Huyện ủy; đồng chí Vi Văn Bốn, HUV, Chủ tịch UBND xã.',
        'Dự lễ có các đồng chí Bạch Văn Ân (Bí thư Tỉnh ủy), La Văn Bình (Chủ tịch UBND tỉnh).',
        'Đồng chí Ông Thị Dung, Hiệu trưởng nhà trường phát biểu.',
      ],
      [
        { name: 'Hà Thị Lan', titles: ['TUV', 'Bí thư Huyện ủy'], roles: ['attended'] },
        { name: 'Vi Văn Bốn', titles: ['HUV', 'Chủ tịch UBND xã'], roles: ['attended'] },
        { name: 'Bạch Văn Ân', titles: ['Bí thư Tỉnh ủy'], roles: ['attended'] },
        { name: 'La Văn Bình', titles: ['Chủ tịch UBND tỉnh'], roles: ['attended'] },
        { name: 'Ông Thị Dung', titles: ['Hiệu trưởng nhà trường'], roles: ['spoke'] },
      ],
    ],
    [
      'an unknown position between commas after a name',
      ['Dự hội nghị có Thượng tướng Nghiêm Xuân Hải, Ủy viên Trung ương Đảng, Tổng Tham mưu trưởng, Thứ trưởng Bộ Quốc phòng.'],
      [
        {
          name: 'Nghiêm Xuân Hải',
          titles: ['Thượng tướng', 'Ủy viên Trung ương Đảng', 'Tổng Tham mưu trưởng', 'Thứ trưởng Bộ Quốc phòng'],
          roles: ['attended'],
        },
      ],
    ],
  ];

  it.each(cases)('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));
});

describe('extractAttendees: one entry per person', () => {
  it('resolves a title alone and folds the short form into the full title', () => {
    const found = attendeesOf(
      'Đồng chí Lý Hoàng Nam, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ dự hội nghị.',
      'Phát biểu tại hội nghị, Phó Thủ tướng yêu cầu các bộ, ngành tập trung tháo gỡ khó khăn.',
    );
    expect(found).toHaveLength(1);
    const [nam] = found;
    expect(nam.titles).toEqual(['Ủy viên Trung ương Đảng', 'Phó Thủ tướng Chính phủ']);
    expect(nam.roles).toEqual(['spoke']);
    expect(nam.mentions.map((m) => m.text)).toEqual(['Lý Hoàng Nam', 'Phó Thủ tướng']);
  });

  it('resolves "Đồng chí" followed by a title alone', () => {
    const found = attendeesOf(
      'Đồng chí Lục Văn Cường, Chủ tịch UBND tỉnh dự hội nghị.',
      'Đồng chí Chủ tịch UBND tỉnh nhấn mạnh cần đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
    );
    expect(found.map((a) => [a.name, a.roles, a.mentions.map((m) => m.text)])).toEqual([
      ['Lục Văn Cường', ['spoke'], ['Lục Văn Cường', 'Chủ tịch UBND tỉnh']],
    ]);
  });

  it('resolves "ông"/"bà" with a short name and a bare "đồng chí" to the person last named', () => {
    const found = attendeesOf(
      'Trưởng Ban Dân vận Tỉnh ủy Lê Thị Hòa chủ trì hội nghị. Bà Hòa đề nghị các huyện tiếp tục đổi mới phương thức.',
      'Cùng với việc thực hiện các nhiệm vụ trọng tâm, đồng chí đề nghị các cấp tăng cường đối thoại.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Lê Thị Hòa', 'Bà Hòa', 'đồng chí']);
    expect(found[0].roles).toEqual(['chair', 'spoke']);
  });

  it('gives a group’s predicate to a person joined to an unnamed group', () => {
    const found = attendeesOf('Đồng chí Lâm Văn Tư, Bí thư Tỉnh ủy và các đồng chí trong Ban Thường vụ Tỉnh ủy dự hội nghị.');
    expect(found.map((a) => [a.name, a.roles])).toEqual([['Lâm Văn Tư', ['attended']]]);
  });

  it('folds a short title into the fuller one given elsewhere, whatever its case', () => {
    const found = attendeesOf(
      'Nhận định của đồng chí Kiều Văn An – Phó bí thư thường trực Huyện ủy tại hội nghị.',
      'Phát biểu chỉ đạo hội nghị, đồng chí Kiều Văn An - Phó Bí thư huyện ủy yêu cầu các chi bộ thực hiện tốt.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].titles).toEqual(['Phó bí thư thường trực Huyện ủy']);
    expect(found[0].roles).toEqual(['directed']);
  });

  it('merges a typo in a repeated name, never two different people', () => {
    const typo = attendeesOf(
      'Đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Nguyễn Văn Đươc nhấn mạnh công tác cán bộ là then chốt.',
    );
    expect(typo.map((a) => a.name)).toEqual(['Nguyễn Văn Được']);
    expect(typo[0].mentions).toHaveLength(2);
    const two = attendeesOf('Đồng chí Nguyễn Văn Nam, Chủ tịch UBND huyện và đồng chí Nguyễn Văn Năm, Trưởng Công an huyện cùng dự.');
    expect(two.map((a) => a.name)).toEqual(['Nguyễn Văn Nam', 'Nguyễn Văn Năm']);
    // A misspelt family name that is none folds in; another family name is another person.
    const surname = attendeesOf('Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị. Thủ tướng Nguyễn Xuân Phúc phát biểu. Thủ tướng Ngyễn Xuân Phúc nhấn mạnh.');
    expect(surname.map((a) => [a.name, a.mentions.length])).toEqual([['Nguyễn Xuân Phúc', 3]]);
    const others = attendeesOf('Ông Lê Văn An chủ trì hội nghị. Ông Lê Văn An phát biểu. Ông Lò Văn An cũng phát biểu.');
    expect(others.map((a) => a.name)).toEqual(['Lê Văn An', 'Lò Văn An']);
  });

  it('marks a former position', () => {
    const [binh] = attendeesOf('Đến dự có đồng chí Trần Đức Minh, nguyên Bí thư Tỉnh ủy, nguyên Trưởng Ban Kinh tế Trung ương.');
    expect(binh.titles).toEqual(['nguyên Bí thư Tỉnh ủy', 'nguyên Trưởng Ban Kinh tế Trung ương']);
    expect(binh.titleForms.every((t) => t.former === true)).toBe(true);
    expect(binh.titleForms[0].normalized).toBe('nguyên bí thư tỉnh ủy');
  });

  it('normalizes titles: abbreviations expanded, case and tone placement unified', () => {
    const [person] = attendeesOf('Ông Hà Văn Tuấn, Phó Chủ tịch UBND TP HCM, Chủ tịch Uỷ ban MTTQ huyện phát biểu.');
    expect(person.titleForms.map((t) => t.normalized)).toEqual([
      'phó chủ tịch ủy ban nhân dân thành phố hồ chí minh',
      'chủ tịch ủy ban mặt trận tổ quốc huyện',
    ]);
  });

  it('gives spans into the input for the person, titles and mentions', () => {
    const input = article('\uFEFF'.slice(1) + 'Đồng chí Cao Minh Thư, Phó Chủ tịch HĐND tỉnh phát biểu khai mạc.');
    const [person] = extractAttendees(prepareDocument(input));
    expect(input.slice(person.start, person.end)).toBe('Cao Minh Thư');
    expect(input.slice(person.titleForms[0].start, person.titleForms[0].end)).toBe('Phó Chủ tịch HĐND tỉnh');
    for (const m of person.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('extractAttendees: who is not an attendee', () => {
  it.each([
    ['Bác Hồ and Hồ Chí Minh', ['Cán bộ phải gần dân, trọng dân như Bác Hồ đã dạy, học tập và làm theo tư tưởng Hồ Chí Minh.']],
    ['someone only cited', ['Thực hiện Chỉ thị của Thủ tướng Đào Minh Quân, tỉnh đã triển khai nhiều giải pháp.']],
    ['the subject of a tribute', ['Hội thảo khoa học về đồng chí Lê Văn Lương được tổ chức trọng thể.']],
    ['an unnamed office holder', ['Phong trào thi đua do Thủ tướng Chính phủ phát động được hưởng ứng rộng rãi.']],
    ['places and bodies that open with family names', ['Hà Nội, Cao Bằng và Lâm Đồng là ba địa phương dẫn đầu.', 'Đoàn Thanh niên tổ chức ra quân.']],
    ['a lunar year', ['Tết Nguyên đán Giáp Thìn đã đến gần, các đơn vị chủ động chuẩn bị.']],
  ])('%s', (_label, paragraphs) => {
    expect(attendeesOf(...paragraphs)).toEqual([]);
  });

  it('leaves out names in the page footer and in the byline', () => {
    const input = [
      'Hội nghị tổng kết',
      '',
      'Sáng 5/1, Ban Dân vận Huyện ủy tổ chức hội nghị. Đồng chí Giàng Seo Phử, Bí thư Huyện ủy dự và phát biểu.',
      '',
      'Tin và ảnh: Trần Minh Tuấn',
      '',
      'Chia sẻ',
      'Trưởng Ban biên tập: Phó Chánh Văn phòng Nguyễn Văn Sáu',
      'Địa chỉ: 12 Lê Lợi, thành phố',
    ].join('\n');
    expect(extractAttendees(prepareDocument(input)).map((a) => a.name)).toEqual(['Giàng Seo Phử']);
  });

  it('counts a photo caption as presence', () => {
    const found = attendeesOf('Hội nghị diễn ra trong một ngày.', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vi Thị Hương\n\ntặng quà cho các hộ nghèo');
    expect(found.map((a) => [a.name, a.roles])).toEqual([['Vi Thị Hương', ['attended']]]);
  });
});

// ---- Against the fixtures' gold, scored as docs/ANNOTATION.md says ----

const ABBREVIATIONS: [string, string][] = [
  ['tp hcm', 'thành phố hồ chí minh'],
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['qđnd', 'quân đội nhân dân'],
  ['tw', 'trung ương'],
  ['bch', 'ban chấp hành'],
  ['ctdv', 'công tác dân vận'],
  ['đbqh', 'đại biểu quốc hội'],
  ['tp', 'thành phố'],
];

const canon = (s: string) =>
  fold(s.normalize('NFC'))
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

function canonTitle(s: string): string {
  let t = ` ${canon(s)} `;
  for (const [short, full] of ABBREVIATIONS) t = t.split(` ${short} `).join(` ${full} `);
  return t.trim();
}

function syllableF1(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of y) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / y.length;
  const r = overlap / x.length;
  return (2 * p * r) / (p + r);
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  f1(): number {
    const p = this.tp / (this.tp + this.fp || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

interface GoldAttendee {
  name: string;
  titles: string[];
  roles: Role[];
}

function scoreDocument(found: Attendee[], gold: GoldAttendee[], people: Tally, titles: Tally, roles: Tally): void {
  const unmatched = new Set(gold);
  for (const a of found) {
    const g = [...unmatched].find((x) => canon(x.name) === canon(a.name));
    if (!g) {
      people.fp++;
      titles.fp += a.titles.length;
      roles.fp += a.roles.length;
      continue;
    }
    unmatched.delete(g);
    people.tp++;
    const goldTitles = g.titles.map(canonTitle);
    const used = new Set<number>();
    for (const t of a.titles.map(canonTitle)) {
      const k = goldTitles.findIndex((x, i) => !used.has(i) && (x === t || syllableF1(x, t) >= 0.8));
      if (k >= 0) {
        used.add(k);
        titles.tp++;
      } else titles.fp++;
    }
    titles.fn += goldTitles.length - used.size;
    const same = a.roles.filter((r) => g.roles.includes(r)).length;
    roles.tp += same;
    roles.fp += a.roles.length - same;
    roles.fn += g.roles.length - same;
  }
  for (const g of unmatched) {
    people.fn++;
    titles.fn += g.titles.length;
    roles.fn += g.roles.length;
  }
}

describe('extractAttendees on the fixtures', () => {
  it('reaches the target scores against fixtures/gold', () => {
    const people = new Tally();
    const titles = new Tally();
    const roles = new Tally();
    for (const file of seedFiles()) {
      const gold = JSON.parse(readFileSync(path.join(GOLD, path.basename(file, '.txt') + '.json'), 'utf8'));
      const found = extractAttendees(prepareDocument(readFileSync(file, 'utf8'), file));
      scoreDocument(found, gold.attendees, people, titles, roles);
    }
    expect(people.f1()).toBeGreaterThanOrEqual(0.97);
    expect(titles.f1()).toBeGreaterThanOrEqual(0.93);
    expect(roles.f1()).toBeGreaterThanOrEqual(0.85);
  });

  it('scores a wrong answer low (the scorer can fail)', () => {
    const people = new Tally();
    const titles = new Tally();
    const roles = new Tally();
    const gold: GoldAttendee[] = [{ name: 'Đỗ Văn Phới', titles: ['Phó Trưởng Ban Dân vận Trung ương'], roles: ['spoke'] }];
    const wrong = attendeesOf('Đồng chí Đỗ Văn Phúc, Trưởng Ban Tổ chức Huyện ủy dự hội nghị.');
    scoreDocument(wrong, gold, people, titles, roles);
    expect(people.f1()).toBe(0);
  });
});

// ---- Patterns met in real reports (crafted sentences, not copied from any article) ----

describe('extractAttendees: names, titles and roles as real reports write them', () => {
  const cases: [string, string[], Expected[]][] = [
    [
      'a family name that is also a common word ("Đoàn") after "đồng chí" and before a title list',
      ['Báo cáo với Đoàn công tác, thay mặt lãnh đạo tỉnh, đồng chí Đoàn Minh Khang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Bình đã nêu lên kết quả năm qua.'],
      [{ name: 'Đoàn Minh Khang', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Thái Bình'], roles: ['reported'] }],
    ],
    [
      'a position held by a historical figure known by a pen name is not the next person’s',
      ['Nhân dịp kỷ niệm ngày sinh nguyên Tổng Bí thư Lê Duẩn, Tổng Bí thư Phan Quốc Tuấn yêu cầu lãnh đạo tỉnh phát huy truyền thống.'],
      [{ name: 'Phan Quốc Tuấn', titles: ['Tổng Bí thư'], roles: ['spoke'] }],
    ],
    [
      'a misspelt historical name is still historical',
      ['Hội thảo về tư tưởng quân sự của Đại tướng Võ Nguyễn Giáp có sự tham dự của Thiếu tướng Lại Văn Thước, người phát biểu đề dẫn.'],
      [{ name: 'Lại Văn Thước', titles: ['Thiếu tướng'], roles: ['attended'] }],
    ],
    [
      '"đại biểu NAME (Province) nêu quan điểm", a surname that is a common word, no title',
      ['Tuy nhiên đại biểu Dương Văn Khởi (Bình Phước) nêu quan điểm: cần làm rõ trách nhiệm. Đại biểu Hà Thị Sen (Lào Cai) băn khoăn về tính khả thi.'],
      [
        { name: 'Dương Văn Khởi', titles: [], roles: ['spoke'] },
        { name: 'Hà Thị Sen', titles: [], roles: ['spoke'] },
      ],
    ],
    [
      'a four-syllable name after a body that ends with a country',
      ['Tổng Giám đốc Tập đoàn Điện lực Việt Nam Nguyễn Vũ Minh Khôi cho biết sản lượng tăng.'],
      [{ name: 'Nguyễn Vũ Minh Khôi', titles: ['Tổng Giám đốc Tập đoàn Điện lực Việt Nam'], roles: ['spoke'] }],
    ],
    [
      'a family name written twice is a typo',
      ['Ông Lâm Lâm Quốc Bảo – Giám đốc Sở Xây dựng báo cáo về tiến độ.'],
      [{ name: 'Lâm Quốc Bảo', titles: ['Giám đốc Sở Xây dựng'], roles: ['reported'] }],
    ],
    [
      'a short name after a title ("Bộ trưởng Tâm") is the person named in full',
      ['Bộ trưởng Bộ Tư pháp Cao Văn Tâm phát biểu khai mạc.', 'Bộ trưởng Tâm cho biết ngành đã hoàn thành 12 đề án.'],
      [{ name: 'Cao Văn Tâm', titles: ['Bộ trưởng Bộ Tư pháp'], roles: ['spoke'] }],
    ],
    [
      'a foreign name after a title and a country, and after an honorific',
      [
        'Tổng thư ký Liên hợp quốc Henrik Dallberg phát biểu tại hội nghị.',
        'Tiếp đó, Thủ tướng Phần Lan Marja Kettunen cùng dự phiên thảo luận.',
      ],
      [
        { name: 'Henrik Dallberg', titles: ['Tổng thư ký Liên hợp quốc'], roles: ['spoke'] },
        { name: 'Marja Kettunen', titles: ['Thủ tướng Phần Lan'], roles: ['attended'] },
      ],
    ],
    [
      'a transliterated name written with hyphens',
      ['Dự lễ có đồng chí Khăm-phui Say-nha-sẳn, Ủy viên Bộ Chính trị, Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào.'],
      [
        {
          name: 'Khăm-phui Say-nha-sẳn',
          titles: ['Ủy viên Bộ Chính trị', 'Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào'],
          roles: ['attended'],
        },
      ],
    ],
    [
      'where a mission sits is part of the title: "Đại sứ Việt Nam tại ..."',
      ['Đón đoàn tại sân bay có Đại sứ Việt Nam tại Hàn Quốc Nguyễn Đức Khuê.'],
      [{ name: 'Nguyễn Đức Khuê', titles: ['Đại sứ Việt Nam tại Hàn Quốc'], roles: ['attended'] }],
    ],
    [
      'the organization in parentheses after a title, then the verb',
      ['Tại hội nghị, ông Lê Quang Vĩnh, Phó Trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam) cho biết số lượt khám tăng.'],
      [{ name: 'Lê Quang Vĩnh', titles: ['Phó Trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam)'], roles: ['spoke'] }],
    ],
    [
      'a list item whose position the grammar stops early still belongs to the list after ";"',
      ['Đến dự có Chủ tịch nước Đặng Minh Hòa; Bộ trưởng Bộ Y tế Vũ Thị Yến, Chủ tịch Hội đồng cấp Nhà nước xét duyệt hồ sơ; Thiếu tướng Triệu Văn Đức, Thứ trưởng Bộ Quốc phòng.'],
      [
        { name: 'Đặng Minh Hòa', titles: ['Chủ tịch nước'], roles: ['attended'] },
        { name: 'Vũ Thị Yến', titles: ['Bộ trưởng Bộ Y tế', 'Chủ tịch Hội đồng'], roles: ['attended'] },
        { name: 'Triệu Văn Đức', titles: ['Thiếu tướng', 'Thứ trưởng Bộ Quốc phòng'], roles: ['attended'] },
      ],
    ],
    [
      'a shared list title ends where a new "đồng chí" follows ";"',
      ['Dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lò Thị Mai, Bàn Văn Sáng; đồng chí Giàng A Dơ - Ủy viên Ban Thường vụ.'],
      [
        { name: 'Lò Thị Mai', titles: ['Phó Chủ tịch Hội Nông dân tỉnh'], roles: ['attended'] },
        { name: 'Bàn Văn Sáng', titles: ['Phó Chủ tịch Hội Nông dân tỉnh'], roles: ['attended'] },
        { name: 'Giàng A Dơ', titles: ['Ủy viên Ban Thường vụ'], roles: ['attended'] },
      ],
    ],
    [
      'the one received or welcomed takes part: "Thủ tướng tiếp ông X", "Đón ... có"',
      ['Chiều 9/6, Phó Thủ tướng Phạm Văn Quý tiếp ông Lars Eriksen, Chủ tịch Tập đoàn Nordvik.'],
      [
        { name: 'Phạm Văn Quý', titles: ['Phó Thủ tướng'], roles: ['attended'] },
        { name: 'Lars Eriksen', titles: ['Chủ tịch Tập đoàn Nordvik'], roles: ['attended'] },
      ],
    ],
    [
      'titles after a preposition belong to someone else: "của Bộ trưởng ..., Chủ tịch Quốc hội X"',
      ['Sau phần trả lời của Bộ trưởng Bộ Công Thương, Chủ tịch Quốc hội Ngô Thị Hằng phát biểu kết luận.'],
      [{ name: 'Ngô Thị Hằng', titles: ['Chủ tịch Quốc hội'], roles: ['spoke'] }],
    ],
    [
      'a speaker opening the sentence with a colon',
      ['Ông Tạ Văn Bình - Chủ tịch UBND huyện Tiên Lữ: Một số chỉ tiêu trong báo cáo chưa sát thực tế.'],
      [{ name: 'Tạ Văn Bình', titles: ['Chủ tịch UBND huyện Tiên Lữ'], roles: ['spoke'] }],
    ],
  ];

  it.each(cases)('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it('folds an abbreviated ministry into the full title and normalizes abbreviations', () => {
    const [person] = attendeesOf(
      'Bộ trưởng NN-PTNT Trần Quang Hưng trả lời chất vấn. Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Quang Hưng cho biết thêm.',
    );
    expect(person.titles).toEqual(['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn']);
    const [officer] = attendeesOf('Đại tá Lương Thế Vinh, Phó Chính ủy QĐND tỉnh, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch HĐND TW Hội phát biểu.');
    expect(officer.titleForms.map((t) => t.normalized)).toEqual([
      'đại tá',
      'phó chính ủy quân đội nhân dân tỉnh',
      'ủy viên ban chấp hành đảng bộ tỉnh',
      'phó chủ tịch hội đồng nhân dân trung ương hội',
    ]);
  });

  it('resolves a pronoun to the subject of its own sentence', () => {
    const found = attendeesOf('Ông Trần Hữu Phước phát biểu cảm ơn ông Đỗ Quang Vinh – người mà ông cho rằng đã giúp đỡ thành phố rất nhiều.');
    expect(found.map((a) => [a.name, a.roles])).toEqual([['Trần Hữu Phước', ['spoke']]]);
  });
});

describe('extractAttendees: people only mentioned are not attendees', () => {
  it.each([
    ['a speaker label does not give its title to the next name', ['Bí thư Tỉnh ủy: Ông Hoàng Văn Lộc từng là cán bộ năng nổ.']],
    ['named in a fronted phrase before the subject', ['Về vụ việc đối với ông Kiều Minh Sơn, Bộ trưởng Nội vụ gửi lời cảm ơn các cử tri.']],
    ['invited, and absent', ['Chúng tôi đã mời ông Vương Đình Lạc tham dự hội nghị nhưng ông Lạc không đến.']],
    ['in the future', ['Theo kế hoạch, Mỹ sẽ cử phái đoàn do cố vấn Harold Benning dẫn đầu dự hội nghị.']],
    ['an earlier occasion, past the lead', ['Hội nghị diễn ra trong hai ngày.', 'Các đại biểu thảo luận sôi nổi.', 'Ngoài ra, mới đây, Phó Thủ tướng Lê Đức Nhân đã chỉ đạo các bộ xử lý dứt điểm.']],
    ['named inside someone’s quoted words', ['“Gần đây nhất, hội nghị đã xem xét kỷ luật ông Mạc Văn Thiện bằng hình thức cảnh cáo với tỷ lệ rất cao”, cử tri nói.']],
    ['a country after a designation is no name', ['Có 99% cử tri Việt Nam tham gia bỏ phiếu.']],
    ['only in the headline', []],
  ])('%s', (_label, paragraphs) => {
    expect(attendeesOf(...paragraphs).map((a) => a.name)).toEqual([]);
  });

  it('leaves out a name in the headline that the body does not place at the event', () => {
    const input = ['Bộ trưởng: Ông Lưu Đức Tài cần rút kinh nghiệm', '', 'Ngày 3/4, Bộ Nội vụ tổ chức hội nghị tổng kết công tác năm 2016.'].join('\n');
    expect(extractAttendees(prepareDocument(input))).toEqual([]);
  });

  it('leaves out names read as authors: a flattened byline and a photo credit', () => {
    const input = [
      'Hội nghị tổng kết công tác dân vận',
      '',
      'Sáng 5/1, đồng chí Hà Văn Khiêm, Bí thư Huyện ủy chủ trì hội nghị. Toàn cảnh hội nghị. Ảnh: Phạm Thanh Tùng Đại biểu các xã tham dự đông đủ. Hội nghị đã thảo luận nhiều nội dung quan trọng cho năm tới. Nguyễn Hoàng Lan',
    ].join('\n');
    expect(extractAttendees(prepareDocument(input)).map((a) => a.name)).toEqual(['Hà Văn Khiêm']);
  });
});

describe('vnreport eval fixtures/gold', () => {
  it('keeps attendees ≥ 0.97, titles ≥ 0.93, roles ≥ 0.85 and authors ≥ 0.95 (exit code 0)', async () => {
    // 'fixtures/gold' from the repository root, wherever the test runs from.
    const gold = path.relative(process.cwd(), GOLD) || 'fixtures/gold';
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['node', 'vnreport', 'eval', gold, '--min', 'attendees=0.97', '--min', 'titles=0.93', '--min', 'roles=0.85', '--min', 'authors=0.95']);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
  });
});

describe('extractAttendees: lists, objects and long body names in real reports', () => {
  const cases: [string, string[], Expected[]][] = [
    [
      'a colon list without "các" ends at the semicolon',
      ['Đến dự có Tổng Bí thư Lê Văn Định, nguyên Tổng Bí thư: Hà Quang Lực, Trịnh Văn Tân; Chủ tịch nước Vũ Minh Tường.'],
      [
        { name: 'Lê Văn Định', titles: ['Tổng Bí thư'], roles: ['attended'] },
        { name: 'Hà Quang Lực', titles: ['nguyên Tổng Bí thư'], roles: ['attended'] },
        { name: 'Trịnh Văn Tân', titles: ['nguyên Tổng Bí thư'], roles: ['attended'] },
        { name: 'Vũ Minh Tường', titles: ['Chủ tịch nước'], roles: ['attended'] },
      ],
    ],
    [
      'a nested plural list inside a shared list keeps the outer title',
      ['Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Đỗ Văn Hưng; các Phó Thủ tướng: Lý Minh Hòa, Tạ Đình Phong.'],
      [
        { name: 'Đỗ Văn Hưng', titles: ['Ủy viên Bộ Chính trị', 'Thủ tướng Chính phủ'], roles: ['attended'] },
        { name: 'Lý Minh Hòa', titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng'], roles: ['attended'] },
        { name: 'Tạ Đình Phong', titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng'], roles: ['attended'] },
      ],
    ],
    [
      'a plural opener before TITLE NAME items: each keeps its own position',
      ['Lần lượt các Bộ trưởng Y tế Trần Thị Loan, Bộ trưởng Tư pháp Hồ Văn Lâm đã trả lời chất vấn.'],
      [
        { name: 'Trần Thị Loan', titles: ['Bộ trưởng Y tế'], roles: ['spoke'] },
        { name: 'Hồ Văn Lâm', titles: ['Bộ trưởng Tư pháp'], roles: ['spoke'] },
      ],
    ],
    [
      'the objects of a meeting verb, with long titles and parentheses, separated by semicolons',
      ['Thủ tướng Cao Minh Đức đã gặp Chủ tịch phụ trách khu vực của Tập đoàn Norvale (Canada) Peter Holmgren; Phó Chủ tịch Tập đoàn Westmark (Ireland) Fiona Doyle.'],
      [
        { name: 'Cao Minh Đức', titles: ['Thủ tướng'], roles: ['attended'] },
        { name: 'Peter Holmgren', titles: ['Chủ tịch phụ trách khu vực của Tập đoàn Norvale (Canada)'], roles: ['attended'] },
        { name: 'Fiona Doyle', titles: ['Phó Chủ tịch Tập đoàn Westmark (Ireland)'], roles: ['attended'] },
      ],
    ],
    [
      'a short foreign name after a country in the title',
      ['Tại lễ đón, Thủ tướng Campuchia Sok Chea phát biểu cảm ơn.'],
      [{ name: 'Sok Chea', titles: ['Thủ tướng Campuchia'], roles: ['spoke'] }],
    ],
    [
      'abbreviations joined by "&" inside a title',
      ['Theo Thứ trưởng Bộ VH-TT&DL Đinh Quốc Hải, luật có nhiều điểm mới.'],
      [{ name: 'Đinh Quốc Hải', titles: ['Thứ trưởng Bộ VH-TT&DL'], roles: ['spoke'] }],
    ],
    [
      'a body named in lower case up to the person, and a department before a parenthesis',
      [
        'Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Quang Tuyến cho biết số hồ sơ tăng.',
        'TS Lương Đức Hậu - Trưởng khoa Kế hoạch tổng hợp (Bệnh viện Hữu Nghị) cho biết bệnh nhân đã ổn định.',
      ],
      [
        { name: 'Phạm Quang Tuyến', titles: ['Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm'], roles: ['spoke'] },
        { name: 'Lương Đức Hậu', titles: ['TS', 'Trưởng khoa Kế hoạch tổng hợp (Bệnh viện Hữu Nghị)'], roles: ['spoke'] },
      ],
    ],
    [
      'a committee named by fields separated by commas',
      ['Bà Hà Thị Xuyến, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng phát biểu.'],
      [{ name: 'Hà Thị Xuyến', titles: ['Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng'], roles: ['spoke'] }],
    ],
    [
      'the representative of a company in apposition, and a credit on a body is no position',
      ['Ông Lâm Quốc Trung, đại diện Công ty Cổ phần Sông Hậu, nhận xét quy định chưa rõ.'],
      [{ name: 'Lâm Quốc Trung', titles: ['đại diện Công ty Cổ phần Sông Hậu'], roles: ['spoke'] }],
    ],
    [
      'receiving an award at the ceremony',
      ['Nghệ sĩ Nhân dân Lê Thị Hoa nhận Giải thưởng Nhà nước.'],
      [{ name: 'Lê Thị Hoa', titles: ['Nghệ sĩ Nhân dân'], roles: ['attended'] }],
    ],
    [
      'a capitalized "Theo" after a heading run into the sentence',
      ['Những điểm mới của luật Theo Thứ trưởng Bộ GTVT Trần Văn Hợp, luật bổ sung nhiều quy định.'],
      [{ name: 'Trần Văn Hợp', titles: ['Thứ trưởng Bộ GTVT'], roles: ['spoke'] }],
    ],
  ];

  it.each(cases)('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it('gives a title before a comma to the next person when nobody before takes it', () => {
    const found = attendeesOf('Báo cáo Thủ tướng Đặng Văn Nhã, Phó Chủ tịch Hội người Việt Nam ở Hàn Quốc, Lê Minh Trí, cho biết kiều bào mong muốn đóng góp.');
    expect(byName(found, 'Đặng Văn Nhã')?.titles).toEqual(['Thủ tướng']);
    expect(byName(found, 'Lê Minh Trí')?.titles).toEqual(['Phó Chủ tịch Hội người Việt Nam ở Hàn Quốc']);
    expect(byName(found, 'Lê Minh Trí')?.roles).toEqual(['spoke']);
  });

  it.each([
    ['two syllables after a city unit name the city', ['Chủ tịch UBND thành phố Uông Bí chủ trì hội nghị giao ban.']],
    ['the late, with a profession between', ['Vợ cố nhà văn Đào Văn Hạnh nhận Giải thưởng thay chồng.']],
    ['a list after "gồm" without any role', ['Danh sách khen thưởng gồm đồng chí Mạc Văn Tùng, đồng chí Ninh Thị Hảo.']],
    ['a list in the future', ['Hội nghị sẽ có sự tham dự của nhiều lãnh đạo, trong đó có Tổng thống Pháp Alain Verdier.']],
  ])('%s', (_label, paragraphs) => {
    expect(attendeesOf(...paragraphs).map((a) => a.name)).toEqual([]);
  });
});

describe('extractAttendees: patterns from a held-out sample of reports', () => {
  const cases: [string, string[], Expected[]][] = [
    [
      'TITLE + honorific + NAME',
      ['Chủ tịch HĐND tỉnh bà Lò Thị Hạnh cho rằng, cần làm rõ trách nhiệm.'],
      [{ name: 'Lò Thị Hạnh', titles: ['Chủ tịch HĐND tỉnh'], roles: ['spoke'] }],
    ],
    [
      'two positions joined by "kiêm" before an honorific, a state and a hyphenated foreign name',
      ['Thủ tướng đã hội kiến Tổng thống Áo Karl-Heinz Gruber; gặp Chủ tịch Thượng viện kiêm Thủ hiến Bang Nordrhein-Westfalen bà Greta Vollmer.'],
      [
        { name: 'Karl-Heinz Gruber', titles: ['Tổng thống Áo'], roles: ['attended'] },
        { name: 'Greta Vollmer', titles: ['Chủ tịch Thượng viện', 'Thủ hiến Bang Nordrhein-Westfalen'], roles: ['attended'] },
      ],
    ],
    [
      'a two-syllable name with an ambiguous family name after a ministry, before a verb',
      ['Chủ nhiệm Ủy ban Quốc phòng và An ninh Lưu Văn Định, Bộ trưởng Bộ Công an Tô Hải đã báo cáo, làm rõ một số vấn đề.'],
      [
        { name: 'Lưu Văn Định', titles: ['Chủ nhiệm Ủy ban Quốc phòng và An ninh'], roles: ['reported'] },
        { name: 'Tô Hải', titles: ['Bộ trưởng Bộ Công an'], roles: ['reported'] },
      ],
    ],
    [
      'a body named in lower case with "và", then the ministry above it after a comma',
      ['Trả lời vấn đề này, ông Đặng Quốc Khải, Phó Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục, Bộ GD-ĐT cho biết thêm.'],
      [{ name: 'Đặng Quốc Khải', titles: ['Phó Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục, Bộ GD-ĐT'], roles: ['spoke'] }],
    ],
    [
      'a company named in lower case with its acronym in a parenthesis',
      ['Ông Trịnh Văn Lực – Tổng giám đốc Công ty cổ phần xe khách Phương Nam (PN Bus Lines) chia sẻ, doanh nghiệp gặp nhiều khó khăn.'],
      [{ name: 'Trịnh Văn Lực', titles: ['Tổng giám đốc Công ty cổ phần xe khách Phương Nam (PN Bus Lines)'], roles: ['spoke'] }],
    ],
    [
      'a deputy head of a section, then the department above it after a comma',
      ['Theo ông Phí Văn Tuyển, Phó phòng Quản lý vận tải, Sở Giao thông Vận tải Hải Phòng, tình trạng xe dù đã giảm.'],
      [{ name: 'Phí Văn Tuyển', titles: ['Phó phòng Quản lý vận tải, Sở Giao thông Vận tải Hải Phòng'], roles: ['spoke'] }],
    ],
    [
      'an abbreviated position between dashes',
      ['Ông Kiều Văn Lâm - GĐ Sở GTVT - trình bày, chiến dịch bước đầu có chuyển biến.'],
      [{ name: 'Kiều Văn Lâm', titles: ['GĐ Sở GTVT'], roles: ['reported'] }],
    ],
    [
      'a comma closes an opening clause naming someone else',
      ['Để bồi thêm cho ý của ông Siêu, ông Ninh Văn Toản, Phó viện trưởng Viện Nghiên cứu phát triển du lịch (Tổng cục Du lịch) cho biết quy hoạch được làm từ năm 2015.'],
      [{ name: 'Ninh Văn Toản', titles: ['Phó viện trưởng Viện Nghiên cứu phát triển du lịch (Tổng cục Du lịch)'], roles: ['spoke'] }],
    ],
    [
      'a delegate who shares a historical figure\'s name',
      ['Tranh luận lại với ý kiến của ĐB Hà Văn Thịnh, ĐB Nguyễn Thái Học (Phú Yên) cho biết, ông ủng hộ quy định này.'],
      [{ name: 'Nguyễn Thái Học', titles: [], roles: ['spoke'] }],
    ],
    [
      'a body name with "các" and a field in lower case',
      ['Đồng quan điểm, ông Lạc Xuân Hồng, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam cho rằng: "Điểm mới là tinh thần hành động".'],
      [{ name: 'Lạc Xuân Hồng', titles: ['Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam'], roles: ['spoke'] }],
    ],
    [
      'a second verb of the same subject after "và"',
      ['Thay mặt UBND thành phố, ông Khúc Văn Viện, Giám đốc Sở GTVT đã tiếp nhận ý kiến các đại biểu và cho biết, Sở sẽ bổ sung đề án.'],
      [{ name: 'Khúc Văn Viện', titles: ['Giám đốc Sở GTVT'], roles: ['spoke'] }],
    ],
    [
      'a deputy in charge of a region, a co-chair and a senior expert',
      [
        'Về phía quốc tế có, Phó Giám đốc phụ trách khu vực châu Á Thái Bình Dương của Tổ chức Lao động Quốc tế (ILO) Peter Lindgren; Chuyên gia cao cấp của Ngân hàng Thế giới Sarah Whitfield.',
        'Tại Đối thoại, Đại sứ Martin Gould, Đồng Chủ tịch PECC cho rằng, các nền kinh tế đang bị thách thức.',
      ],
      [
        { name: 'Peter Lindgren', titles: ['Phó Giám đốc phụ trách khu vực châu Á Thái Bình Dương của Tổ chức Lao động Quốc tế (ILO)'], roles: ['attended'] },
        { name: 'Sarah Whitfield', titles: ['Chuyên gia cao cấp của Ngân hàng Thế giới'], roles: ['attended'] },
        { name: 'Martin Gould', titles: ['Đại sứ', 'Đồng Chủ tịch PECC'], roles: ['spoke'] },
      ],
    ],
    [
      'a foreign name after a position and a comma, before a speech verb',
      ['Người phát ngôn của Hội nghị Bộ trưởng Môi trường G7, Marco Bellini cho biết hội nghị kéo dài hai ngày.'],
      [{ name: 'Marco Bellini', titles: ['Người phát ngôn của Hội nghị Bộ trưởng Môi trường G7'], roles: ['spoke'] }],
    ],
    [
      'an unknown position after a name, with the country it belongs to; a deputy head written "Cục phó"',
      [
        'Thứ trưởng Ngoại giao Lã Quốc Hùng, Trưởng SOM ARF của Việt Nam, dẫn đầu đoàn Việt Nam tham dự Hội nghị.',
        'Thông tin được ông Nghiêm Tân Thịnh, Cục phó Cục Quản lý công sản (Bộ Tài chính) đưa ra tại cuộc họp báo.',
      ],
      [
        { name: 'Lã Quốc Hùng', titles: ['Thứ trưởng Ngoại giao', 'Trưởng SOM ARF của Việt Nam'], roles: ['attended'] },
        { name: 'Nghiêm Tân Thịnh', titles: ['Cục phó Cục Quản lý công sản (Bộ Tài chính)'], roles: ['spoke'] },
      ],
    ],
    [
      'a historical figure misspelt holds no other name',
      ['Đại tướng Võ Nguyễn Giáp luôn kiên trì với tư tưởng quân sự, Thượng tướng Lâm Quang Hòa phát biểu tại hội thảo.'],
      [{ name: 'Lâm Quang Hòa', titles: ['Thượng tướng'], roles: ['spoke'] }],
    ],
    [
      '"sau khi" is the time of the event, not a clause about another occasion',
      ['Ngay sau khi Chủ tịch Quốc hội Phùng Thị Lan phát biểu khai mạc phiên chất vấn, các đại biểu đặt câu hỏi.'],
      [{ name: 'Phùng Thị Lan', titles: ['Chủ tịch Quốc hội'], roles: ['spoke'] }],
    ],
  ];

  it.each(cases)('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it('normalizes an abbreviated director', () => {
    const found = attendeesOf('Ông Kiều Văn Lâm - GĐ Sở GTVT - trình bày báo cáo.');
    expect(byName(found, 'Kiều Văn Lâm')?.titleForms?.[0]?.normalized).toBe('giám đốc sở giao thông vận tải');
  });

  it('does not resolve "ông nói" after a quotation to someone named inside it', () => {
    const found = attendeesOf(
      'Phát biểu bên lề hội nghị, ông Kenji Morita, trưởng đoàn Nhật Bản, cho biết hai nước đã trao đổi nhiều lần.',
      '"Thủ tướng của chúng tôi đã trao đổi nhiều lần với ông Trump về vấn đề này", ông nói.',
    );
    expect(found.map((a) => a.name)).toEqual(['Kenji Morita']);
  });

  it.each([
    ['a place after a region word', ['Ngoại trưởng Nga Ivan Sorokin cho biết hai bên nhất trí ngừng bắn tại khu vực Tây Nam Syria.'], ['Ivan Sorokin']],
    ['a relative is meant, not the person named after the kin word', ['Con trai Tổng thống Mỹ Donald Trump gặp luật sư tại New York.'], []],
    ['an administration acts, not the person it is named after', ['Đây là thông báo mà Chính quyền Tổng thống Mỹ Donald Trump đưa ra tại phiên họp.'], []],
    [
      'an article announcing tomorrow\'s session',
      ['Ngày mai (13/6), Thủ tướng Chính phủ Lâm Văn Phúc cùng các Bộ trưởng bắt đầu trả lời chất vấn.', 'Chủ tịch Quốc hội Tạ Thị Ngân chủ trì phiên chất vấn.'],
      [],
    ],
    [
      'a clause after a verb tells what someone said elsewhere',
      ['Chủ tịch nước Lại Văn Quang bày tỏ vui mừng khi Tổng thống Mỹ Donald Trump khẳng định sẽ tham dự hội nghị.'],
      ['Lại Văn Quang'],
    ],
  ])('%s', (_label, paragraphs, names) => {
    expect(attendeesOf(...paragraphs).map((a) => a.name)).toEqual(names);
  });
});

describe('extractAttendees: lists of those met, recipients, businesses and speech after an apposition', () => {
  const cases: [string, string[], Expected[]][] = [
    [
      'a capitalized honorific opens the next sentence where a caption lost its period',
      ['Phó Giám đốc Sở Y tế Trần Văn Khải Ông Khải cho biết, năm nay ngành sẽ mở thêm hai bệnh viện.'],
      [{ name: 'Trần Văn Khải', titles: ['Phó Giám đốc Sở Y tế'], roles: ['spoke'] }],
    ],
    [
      "a business's own foreign name after its head word names nobody",
      ['Thủ tướng Lâm Văn Phúc tiếp ông Mark Olsen, Giám đốc điều hành Tập đoàn Nordic Energy.'],
      [
        { name: 'Lâm Văn Phúc', titles: ['Thủ tướng'], roles: ['attended'] },
        { name: 'Mark Olsen', titles: ['Giám đốc điều hành Tập đoàn Nordic Energy'], roles: ['attended'] },
      ],
    ],
    [
      'a foreign business name, then its Vietnamese chairwoman',
      ['Tại phiên thảo luận, Chủ tịch Tập đoàn TH Green Farm Lâm Thu Hà đã có bài tham luận về kinh nghiệm khởi nghiệp.'],
      [{ name: 'Lâm Thu Hà', titles: ['Chủ tịch Tập đoàn TH Green Farm'], roles: ['spoke'] }],
    ],
    [
      'examples after a meeting verb: "đã tiếp lãnh đạo ... như TITLE NAME, TITLE NAME"',
      [
        'Bên lề hội nghị, Thủ tướng Lâm Văn Phúc đã tiếp lãnh đạo các tổ chức, tập đoàn lớn như Giám đốc điều hành WEF Anton Keller, Giám đốc toàn cầu Tập đoàn Cisco Tan Wee Kiat, Phó Chủ tịch Tập đoàn GE Laura Fenn…',
      ],
      [
        { name: 'Lâm Văn Phúc', titles: ['Thủ tướng'], roles: ['attended'] },
        { name: 'Anton Keller', titles: ['Giám đốc điều hành WEF'], roles: ['attended'] },
        { name: 'Tan Wee Kiat', titles: ['Giám đốc toàn cầu Tập đoàn Cisco'], roles: ['attended'] },
        { name: 'Laura Fenn', titles: ['Phó Chủ tịch Tập đoàn GE'], roles: ['attended'] },
      ],
    ],
    [
      'examples of the guests',
      ['Trong số khách mời có nhiều nguyên lãnh đạo, như Nguyên Phó Thủ tướng Đào Minh Khoa; Nguyên Bộ trưởng Thương mại Indonesia Sari Wulandari.'],
      [
        { name: 'Đào Minh Khoa', titles: ['Nguyên Phó Thủ tướng'], roles: ['attended'] },
        { name: 'Sari Wulandari', titles: ['Nguyên Bộ trưởng Thương mại Indonesia'], roles: ['attended'] },
      ],
    ],
    [
      'the recipient of what is handed over ("trao ... cho ông X")',
      ['Tại buổi lễ, Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã trao Huy hiệu 60 năm tuổi Đảng cho ông Trần Văn Lộc.'],
      [
        { name: 'Nguyễn Văn Hùng', titles: ['Chủ tịch UBND tỉnh'], roles: ['attended'] },
        { name: 'Trần Văn Lộc', titles: [], roles: ['attended'] },
      ],
    ],
    [
      'a speech verb after the rest of an apposition the titles did not take in',
      ['Giáo sư Nguyễn Minh Khuê, Tổng Chủ biên bộ sách giáo khoa mới nêu rõ: bộ sách được biên soạn theo hướng mở.'],
      [{ name: 'Nguyễn Minh Khuê', titles: ['Giáo sư'], roles: ['spoke'] }],
    ],
    [
      'a speech verb after an apposition between dashes',
      ['Ông Phạm Văn Hào - CEO của ABX - bày tỏ, năm nay công ty sẽ mở thêm một nhà máy.'],
      [{ name: 'Phạm Văn Hào', titles: [], roles: ['spoke'] }],
    ],
  ];

  it.each(cases)('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it.each([
    ['a verb of the person comes before someone else\'s speech verb', ['Ông Lê Văn Tám nhớ lại lời lãnh đạo xã cho biết: hồi đó rất khó khăn.'], []],
    ['a talk ("trao đổi") is not a handing over', ['Ông Hùng đã trao đổi thông tin cho ông Trần Văn Tâm.'], []],
    ['"về dự án" is no "về dự"', ['Ông Lê Văn Bình về dự án khu công nghiệp mới.'], []],
    ['examples without anyone met or present', ['Nhiều nhà lãnh đạo thế giới như Tổng thống Mỹ Donald Trump từng phê phán hiệp định này.'], []],
    ['an academic title before a word that is never a name', ['GS Luật Jonathan Turley cho rằng các chỉ trích này không có cơ sở.'], []],
  ])('%s', (_label, paragraphs, names) => {
    expect(attendeesOf(...paragraphs).map((a) => a.name)).toEqual(names);
  });
});

describe('extractAttendees: body names that run on in lower case or read like places', () => {
  it.each([
    [
      'a committee whose name reads like a country ("Pháp")',
      'Ủy viên Thường trực Ủy ban Pháp luật Nguyễn Trường Khoa phát biểu.',
      'Nguyễn Trường Khoa',
      ['Ủy viên Thường trực Ủy ban Pháp luật'],
    ],
    [
      'a National Assembly committee named in lower case',
      'Phó chủ nhiệm Ủy ban Về các vấn đề xã hội Bùi Sỹ Lâm cho rằng phải đánh giá thêm.',
      'Bùi Sỹ Lâm',
      ['Phó chủ nhiệm Ủy ban Về các vấn đề xã hội'],
    ],
    [
      'lower-case compounds after a capitalized body word',
      'Ông Lê Văn Hùng, Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục, phát biểu.',
      'Lê Văn Hùng',
      ['Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục'],
    ],
    [
      'the fields a department is named after, listed with commas',
      'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị Nguyễn Huy Lâm phát biểu.',
      'Nguyễn Huy Lâm',
      ['Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị'],
    ],
    [
      "a foreign ministry's fields, after another position",
      'Phát biểu tại hội nghị, Phó Thủ tướng, Bộ trưởng Bộ Chính sách, Xã hội và Việc làm Hà Lan Lodewijck Asscher cho rằng hợp tác là quan trọng.',
      'Lodewijck Asscher',
      ['Phó Thủ tướng', 'Bộ trưởng Bộ Chính sách, Xã hội và Việc làm Hà Lan'],
    ],
    [
      'a company named in lower case up to its proper name',
      'Ông Trương Chí Hải, Tổng giám đốc Công ty cổ phần thực phẩm Vĩnh Thành Đạt phát biểu.',
      'Trương Chí Hải',
      ['Tổng giám đốc Công ty cổ phần thực phẩm Vĩnh Thành Đạt'],
    ],
  ])('%s', (_label, sentence, name, titles) => {
    const found = attendeesOf(sentence);
    expect(byName(found, name)?.titles).toEqual(titles);
  });
});

describe('extractAttendees: a story that reports no event', () => {
  const story = (...paragraphs: string[]) =>
    extractAttendees(prepareDocument(['Ngư dân bắt được cá quý hiếm', '', ...paragraphs].join('\n\n'))).map((a) => a.name);

  it('quotes sources, who took part in no event', () => {
    expect(story('Sáng 3/5, ngư dân Nguyễn Văn Cường bắt được con cá nặng 7 kg. Ông Trần Văn Bình, chuyên gia thủy sản, cho biết đây là loài cá quý.')).toEqual([]);
  });

  it('keeps those who speak at an event the story names', () => {
    expect(story('Tại hội thảo về nghề cá, ông Trần Văn Bình, chuyên gia thủy sản, cho biết đây là loài cá quý.')).toEqual(['Trần Văn Bình']);
  });

  it('keeps a visit told by its verb', () => {
    expect(story('Chủ tịch UBND tỉnh Lê Văn Hải đến thăm gia đình ngư dân và phát biểu động viên bà con.')).toEqual(['Lê Văn Hải']);
  });

  it('keeps a delegate who speaks at a session the article names only later, and a speaker at a vote', () => {
    const session = story(
      'Chiều 6/6, Quốc hội cho ý kiến vào dự thảo Luật Cảnh vệ.',
      'Đa số đại biểu tán thành. ĐB Bùi Quốc Phòng (Thái Bình) cho rằng việc kiểm nghiệm thức ăn khó thực hiện. Luật có nhiều điểm mới. Nhiều nước đã áp dụng.',
      'Kỳ họp sẽ bế mạc vào tuần sau.',
    );
    expect(session).toEqual(['Bùi Quốc Phòng']);
    const vote = story('Trước khi Quốc hội biểu quyết, Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh cho biết dự án đã được cân nhắc kỹ.');
    expect(vote).toEqual(['Vũ Hồng Thanh']);
  });

  it('drops a source quoted well before the story comes to a meeting, and keeps one quoted just before it is named', () => {
    const issueFirst = story(
      'Ông Trần Văn Bình, chuyên gia thủy sản, cho biết đây là loài cá quý.',
      'Loài cá này sống ở vùng nước sâu. Nó chỉ xuất hiện vào mùa hè. Ngư dân hiếm khi bắt được.',
      'Năm ngoái, tỉnh đã tổ chức hội thảo về bảo tồn loài cá này.',
    );
    expect(issueFirst).toEqual([]);
    const leadQuote = story('Ông Trần Văn Bình, Giám đốc Sở NN&PTNT, cho biết đây là loài cá quý. Thông tin được đưa ra tại hội nghị sáng 3/5.');
    expect(leadQuote).toEqual(['Trần Văn Bình']);
  });
});

describe('extractAttendees: a headline that puts a meeting in the future', () => {
  const page = (headline: string, body: string) => extractAttendees(prepareDocument([headline, '', body].join('\n\n'))).map((a) => a.name);

  it('announces a meeting nobody attended yet', () => {
    expect(page('Tổng thống Mỹ sẽ gặp người đồng cấp Nga tại G20?', 'Hội nghị G20 sẽ diễn ra tại Hamburg. Ông Dmitry Peskov - người phát ngôn của Tổng thống Nga cho hay, hai bên luôn sẵn sàng.')).toEqual([]);
  });

  it('reports the press conference that announced a plan', () => {
    expect(page('Hà Nội sẽ tổ chức lễ hội áo dài', 'Sáng 3/5, tại họp báo, Phó Giám đốc Sở Du lịch Trần Văn Tâm cho biết, lễ hội sẽ kéo dài 5 ngày.')).toEqual(['Trần Văn Tâm']);
  });
});

describe('extractAttendees: drivers, related-story links and middle initials', () => {
  it.each([
    ['a vehicle driven by someone ("do X điều khiển") is no chairing', ['Xe mô tô do Đào Tuấn Khang điều khiển lao vào người đi bộ.'], []],
    ['a link to another story in square brackets names nobody present', ['[Thủ tướng Lâm Văn Phúc gặp Thủ tướng Thái Lan] Thủ tướng Prayut Chan-o-cha nhấn mạnh quan hệ hai nước.'], ['Prayut Chan-o-cha']],
    ['a living namesake of a historical figure, after an honorific', ['Tại hội nghị, ông Phạm Văn Đông - Cục trưởng Cục Thú y cho biết, xuất khẩu đang tăng.'], ['Phạm Văn Đông']],
    ['a foreign name may end in a syllable that is a Vietnamese family name', ['Chủ tịch Ngân hàng Thế giới Jim Yong Kim phát biểu tại phiên họp.'], ['Jim Yong Kim']],
    ['a foreign name goes on after a middle initial', ['Thủ tướng Lâm Văn Phúc đã tiếp ông Robert H. McCooey Jr, Phó Chủ tịch Sàn chứng khoán NASDAQ.'], ['Lâm Văn Phúc', 'Robert H. McCooey Jr']],
  ])('%s', (_label, paragraphs, names) => {
    expect(attendeesOf(...paragraphs).map((a) => a.name)).toEqual(names);
  });
});

describe('extractAttendees: sitting at the table, and a session to come', () => {
  it('counts those one sat at the table with ("ngồi cùng bàn với")', () => {
    expect(attendeesOf('Tại phiên họp, bà Lê Thu Hà đã ngồi cùng bàn với Thủ tướng Đức Angela Merkel và Tổng thống Nga Vladimir Putin.').map((a) => a.name)).toEqual([
      'Lê Thu Hà',
      'Angela Merkel',
      'Vladimir Putin',
    ]);
  });

  it('reads a headline announcing questions to be answered as a preview', () => {
    const found = extractAttendees(prepareDocument(['Thủ tướng cùng 4 Bộ trưởng sẽ trả lời chất vấn trước Quốc hội', '', 'Phiên chất vấn diễn ra từ ngày 13 đến 15-6. Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết sẽ chuẩn bị kỹ.'].join('\n\n')));
    expect(found).toEqual([]);
  });
});

describe('extractAttendees: captions without a verb, constituencies and notes on the photo', () => {
  it.each([
    [
      'a caption placing people "tại Hội nghị" without a verb',
      ['Thủ tướng Lâm Văn Phúc và các Phó Thủ tướng: Hà Minh Tuấn, Đỗ Văn Sáu tại Hội nghị.'],
      [
        { name: 'Lâm Văn Phúc', titles: ['Thủ tướng'], roles: ['attended'] },
        { name: 'Hà Minh Tuấn', titles: ['Phó Thủ tướng'], roles: ['attended'] },
        { name: 'Đỗ Văn Sáu', titles: ['Phó Thủ tướng'], roles: ['attended'] },
      ],
    ],
    [
      'a caption naming the event after "tại buổi", past a note on the photo',
      ['Thứ trưởng Bộ Ngoại giao Lê Văn Hòa (người đứng) tại buổi Đối thoại.'],
      [{ name: 'Lê Văn Hòa', titles: ['Thứ trưởng Bộ Ngoại giao'], roles: ['attended'] }],
    ],
    [
      "a delegate's constituency after a dash, before the verb",
      ['Đại biểu Quốc hội Bùi Văn Toàn - Thái Bình phát biểu tại hội trường.'],
      [{ name: 'Bùi Văn Toàn', titles: ['Đại biểu Quốc hội'], roles: ['spoke'] }],
    ],
    [
      'a note on the photo is not part of the title; the body a unit belongs to is',
      ['Ông Trần Văn Minh, Phó Chủ tịch UBND thành phố Đà Nẵng (bên phải) phát biểu.', 'Ông Vũ Đình Đạt, Phó Viện trưởng Viện Nghiên cứu Thủy sản (thuộc Bộ NNPTNT) phát biểu.'],
      [
        { name: 'Trần Văn Minh', titles: ['Phó Chủ tịch UBND thành phố Đà Nẵng'], roles: ['spoke'] },
        { name: 'Vũ Đình Đạt', titles: ['Phó Viện trưởng Viện Nghiên cứu Thủy sản (thuộc Bộ NNPTNT)'], roles: ['spoke'] },
      ],
    ],
    [
      'a note on the photo after a title, before the verbs of the person',
      ['Hội nghị diễn ra sáng nay. Ông Vũ Văn Bình, Giám đốc Sở GTVT Hà Nội (bên phải) đã tiếp nhận ý kiến và cho biết sẽ nghiên cứu.'],
      [{ name: 'Vũ Văn Bình', titles: ['Giám đốc Sở GTVT Hà Nội'], roles: ['spoke'] }],
    ],
    [
      'a parent body in parentheses whose name joins its parts with "và"',
      ['Phó Tổng cục trưởng Tổng cục Thể dục thể thao (Bộ Văn hóa, Thể thao và Du lịch) Lê Minh Khoa dự hội nghị.'],
      [{ name: 'Lê Minh Khoa', titles: ['Phó Tổng cục trưởng Tổng cục Thể dục thể thao (Bộ Văn hóa, Thể thao và Du lịch)'], roles: ['attended'] }],
    ],
  ] as [string, string[], Expected[]][])('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it('gives no title to a person named inside a parenthesis after it', () => {
    const found = attendeesOf('Tại hội nghị, Bí thư Thành ủy Trần Văn Hải cho biết: "Từ thời tôi chưa lên Chủ tịch TP (ông Trần Văn Hải từng giữ chức Chủ tịch TP - PV), dự án đã có".');
    expect(found.map((a) => [a.name, a.titles])).toEqual([['Trần Văn Hải', ['Bí thư Thành ủy']]]);
  });

  it.each([
    ['an event of the past, named with more than its name', 'Ông Nguyễn Văn An tại hội nghị năm ngoái đã nêu vấn đề này.'],
    ['someone named inside the clause of another subject', 'Nghệ sĩ ngâm bài thơ của Nhà thơ Trần Xuân Trường tại buổi lễ.'],
  ])('places nobody at the event: %s', (_label, sentence) => {
    expect(attendeesOf(sentence)).toEqual([]);
  });
});

describe('extractAttendees: honourees, callings before names, and directives given elsewhere', () => {
  it.each([
    [
      'those the delegates are said to include, each after a calling or a form of address',
      [
        'Lễ tuyên dương điển hình tiên tiến diễn ra sáng 10/6 tại Hà Nội.',
        'Đại biểu lớn tuổi nhất là ông Đỗ Văn Khiêm, 71 tuổi, nông dân xã Tân Tiến; đại biểu trẻ tuổi nhất là em Lục Thị Mai, học sinh lớp 8.',
        'Trong các điển hình tiên tiến có xạ thủ Tạ Quang Lực; cô giáo Kiều Thị Hoa, Phó Hiệu trưởng Trường mầm non Hòa An.',
      ],
      [
        { name: 'Đỗ Văn Khiêm', titles: [], roles: ['attended'] },
        { name: 'Lục Thị Mai', titles: [], roles: ['attended'] },
        { name: 'Tạ Quang Lực', titles: [], roles: ['attended'] },
        { name: 'Kiều Thị Hoa', titles: ['Phó Hiệu trưởng Trường mầm non Hòa An'], roles: ['attended'] },
      ],
    ],
    [
      'a calling inside a body\'s name, and callings counted, name nobody',
      [
        'Hội thảo diễn ra sáng nay. Ông Lưu Văn Đức, Phó Chủ tịch Hội Nhà văn Việt Nam phát biểu.',
        'Tham dự có các cựu chiến binh Sư đoàn 304, Thượng tướng Hồ Minh Tâm và 200 doanh nhân Việt Nam.',
      ],
      [
        { name: 'Lưu Văn Đức', titles: ['Phó Chủ tịch Hội Nhà văn Việt Nam'], roles: ['spoke'] },
        { name: 'Hồ Minh Tâm', titles: ['Thượng tướng'], roles: ['attended'] },
      ],
    ],
  ] as [string, string[], Expected[]][])('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it.each([
    ['carried out', 'Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Vũ Minh Đạt, Bộ yêu cầu Cục khẩn trương rà soát.'],
    ['passed on in writing', 'Văn phòng Chính phủ có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Vũ Minh Đạt.'],
  ])('places nobody at the event for a directive given elsewhere and %s', (_label, sentence) => {
    expect(attendeesOf('Hội nghị diễn ra sáng nay.', sentence)).toEqual([]);
  });

  it('still gives the role of a directive heard at the event', () => {
    const found = attendeesOf('Hội nghị đã nghe ý kiến chỉ đạo của đồng chí Vũ Minh Đạt, Phó Thủ tướng.');
    expect(found.map((a) => [a.name, a.roles])).toEqual([['Vũ Minh Đạt', ['directed']]]);
  });

  it.each([
    [
      'a list of co-chairs from neighbouring countries: an acting position, a front named in lower case, a six-syllable Lao name',
      [
        'Cuộc họp diễn ra sáng nay. Ông Lê Thanh Sơn, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; ông Sok Chenda, Quyền Tổng Thư ký Hội đồng quốc gia Mặt trận Đoàn kết phát triển tổ quốc Campuchia; bà Khăm Phăn Phôm Ma Sạ Văn, Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước, đồng chủ trì cuộc họp.',
      ],
      [
        { name: 'Lê Thanh Sơn', titles: ['Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'], roles: ['chair'] },
        { name: 'Sok Chenda', titles: ['Quyền Tổng Thư ký Hội đồng quốc gia Mặt trận Đoàn kết phát triển tổ quốc Campuchia'], roles: ['chair'] },
        { name: 'Khăm Phăn Phôm Ma Sạ Văn', titles: ['Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước'], roles: ['chair'] },
      ],
    ],
    [
      'two markers before one position; an administration is no acting position',
      ['Hội thảo diễn ra sáng nay. Cựu quyền Bộ trưởng Tư pháp Mỹ Sally Yates phát biểu. Chính quyền Tổng thống Mỹ Donald Trump đưa ra thông báo.'],
      [{ name: 'Sally Yates', titles: ['Cựu quyền Bộ trưởng Tư pháp Mỹ'], roles: ['spoke'] }],
    ],
  ] as [string, string[], Expected[]][])('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it.each([
    [
      'recipients of a gift whose name holds a comma, and of a decision of appointment',
      [
        'Buổi lễ diễn ra sáng nay. Bí thư Thành ủy Lê Văn Nhân đã đến thăm, trao các phần thưởng cao quý của Đảng, Nhà nước ta cho đồng chí Vũ Chí Thành, Đại sứ đặc mệnh toàn quyền của Việt Nam.',
        'Thứ trưởng Bộ Tài chính Trần Xuân Hòa chủ trì buổi Lễ trao Quyết định bổ nhiệm ông Đào Văn Dũng.',
      ],
      [
        { name: 'Lê Văn Nhân', titles: ['Bí thư Thành ủy'], roles: ['attended'] },
        { name: 'Vũ Chí Thành', titles: ['Đại sứ đặc mệnh toàn quyền của Việt Nam'], roles: ['attended'] },
        { name: 'Trần Xuân Hòa', titles: ['Thứ trưởng Bộ Tài chính'], roles: ['chair'] },
        { name: 'Đào Văn Dũng', titles: [], roles: ['attended'] },
      ],
    ],
    [
      'a bare head before an acronym, a body followed by its country; "tăng trưởng" is no head',
      ['Hội nghị diễn ra sáng nay. Thứ trưởng Ngoại giao Lê Quốc Hưng, Trưởng SOM ASEAN của Việt Nam đã dẫn đầu đoàn dự hội nghị. Tăng trưởng GDP Nguyễn Văn An nhắc đến là 6%.'],
      [{ name: 'Lê Quốc Hưng', titles: ['Thứ trưởng Ngoại giao', 'Trưởng SOM ASEAN của Việt Nam'], roles: ['attended'] }],
    ],
    [
      'a delegate who puts questions, after a fronted clause',
      ['Kỳ họp diễn ra sáng nay. Là người đầu tiên chất vấn Bộ trưởng, đại biểu Lê Thị Kim Hòa (Đà Nẵng) đặt ra một loạt câu hỏi: Việc thẩm định đã đúng chưa?'],
      [{ name: 'Lê Thị Kim Hòa', titles: [], roles: ['spoke'] }],
    ],
    [
      'a business named in foreign words after the title of a person introduced by an honorific',
      ['Lễ trao tặng diễn ra sáng nay. Ông Yoshi Maruta, Chủ tịch Quỹ Toyota Việt Nam, Tổng giám đốc Công ty ô tô Toyota Việt Nam chia sẻ: “Chúng tôi mong an toàn”.'],
      [{ name: 'Yoshi Maruta', titles: ['Chủ tịch Quỹ Toyota Việt Nam', 'Tổng giám đốc Công ty ô tô Toyota Việt Nam'], roles: ['spoke'] }],
    ],
    [
      'a name in capitals after "Đồng chí", written as usual later; acronyms after an honorific stay acronyms',
      [
        'Chiều 19/5, Đồng chí VŨ ĐÌNH HÙNG, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ dự Diễn đàn. Phát biểu tại diễn đàn, Phó Thủ tướng Vũ Đình Hùng khẳng định: tốt.',
        'Ông UBND tỉnh cũng dự.',
      ],
      [{ name: 'Vũ Đình Hùng', titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Chính phủ'], roles: ['spoke'] }],
    ],
    [
      'a fronted clause of agreement names someone else; "Đồng chí" opens no such clause',
      [
        'Hội nghị diễn ra sáng nay. Ông Lê Ngọc Phương cho biết cần giữ loa. Đồng quan điểm với ông Phương, Phó chủ tịch UBND phường Phương Liên cũng cho biết cần thay loa.',
        'Đồng chí Trần Văn Hải, Bí thư Đảng ủy phường, cho biết: tốt.',
      ],
      [
        { name: 'Lê Ngọc Phương', titles: [], roles: ['spoke'] },
        { name: 'Trần Văn Hải', titles: ['Bí thư Đảng ủy phường'], roles: ['spoke'] },
      ],
    ],
    [
      'a fronted clause opened by "Ngay sau" names someone else',
      ['Kỳ họp diễn ra sáng nay. Ngay sau phần trả lời của Bộ trưởng Lê Xuân Cường, Bộ trưởng Bộ Y tế Trần Ngọc Thiện đã trả lời chất vấn của đại biểu.'],
      [{ name: 'Trần Ngọc Thiện', titles: ['Bộ trưởng Bộ Y tế'], roles: ['spoke'] }],
    ],
    [
      'a profession inside a body\'s name; a delegate who assesses',
      ['Kỳ họp diễn ra sáng nay. ĐB Đỗ Văn Thịnh, Chủ tịch Liên đoàn Luật sư Việt Nam phân tích, Khoản 1 quy định rõ. Đại biểu Trần Khánh Lan (TP HCM) nhìn nhận, sự cố đã được xử lý.', 'Theo Phó Giáo sư Tiến sĩ Lê Thị Thái: sân khấu cần đổi mới.'],
      [
        { name: 'Đỗ Văn Thịnh', titles: ['Chủ tịch Liên đoàn Luật sư Việt Nam'], roles: ['spoke'] },
        { name: 'Trần Khánh Lan', titles: [], roles: ['spoke'] },
        { name: 'Lê Thị Thái', titles: ['Phó Giáo sư', 'Tiến sĩ'], roles: ['spoke'] },
      ],
    ],
    [
      'ministers who take the floor',
      ['Kỳ họp diễn ra sáng nay. Lần lượt các Bộ trưởng Y tế Lê Thị Tiến, Bộ trưởng Kế hoạch và Đầu tư Vũ Chí Dũng đã đăng đàn để trả lời chất vấn của đại biểu.'],
      [
        { name: 'Lê Thị Tiến', titles: ['Bộ trưởng Y tế'], roles: ['spoke'] },
        { name: 'Vũ Chí Dũng', titles: ['Bộ trưởng Kế hoạch và Đầu tư'], roles: ['spoke'] },
      ],
    ],
  ] as [string, string[], Expected[]][])('%s', (_label, paragraphs, expected) => expectAttendees(paragraphs, expected));

  it.each([
    ['an inspection carried out ("tiến hành") on an earlier day', 'Trong đợt kiểm tra tiến hành ngày 5/3/2017, ông Lê Văn An đã báo cáo kết quả.', []],
    ['a document issued ("ban hành") on an earlier day, cited at the event', 'Theo quyết định ban hành ngày 5/3/2017, ông Lê Văn An báo cáo kết quả.', ['Lê Văn An']],
  ])('tells an earlier occasion from an earlier document: %s', (_label, sentence, expected) => {
    const found = attendeesOf('Sáng 10/6/2017, Sở Tài chính tổ chức hội nghị tổng kết. Các đại biểu thảo luận sôi nổi. Hội nghị thống nhất nhiều nội dung. ' + sentence);
    expect(found.map((a) => a.name)).toEqual(expected);
  });

  it('ends a name before a form of address opening the next sentence', () => {
    const found = attendeesOf('Lễ trao giải diễn ra sáng nay. Phó Chủ tịch huyện trao bằng khen cho em Vương Thu Hà Cô bé có thành tích học tập tốt.');
    expect(found.map((a) => a.name)).toEqual(['Vương Thu Hà']);
  });
});
