import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../src/extract/statistics.js';
import type { Statistic } from '../src/model/report.js';
import { prepareDocument } from '../src/text/document.js';

function stats(text: string): Statistic[] {
  return extractStatistics(prepareDocument(`${text}\n`, 'test.txt'));
}

/** value, unit, and optionally qualifier and denominator. */
type Expected = [number, string, (string | null)?, number?];

function brief(found: Statistic[], withDetails: boolean): Expected[] {
  return found.map((s) => {
    const item: Expected = [s.value, s.unit];
    if (withDetails) item.push(s.qualifier, s.of);
    return item;
  });
}

describe('extractStatistics: number forms and units', () => {
  it.each<[string, Expected[]]>([
    ['Huyện đã tổ chức 12.480 hội nghị tuyên truyền.', [[12480, 'hội nghị']]],
    ['Toàn tỉnh trồng mới 4.000 ha rừng.', [[4000, 'ha']]],
    ['Tỷ lệ tham gia bảo hiểm đạt 48,75%.', [[48.75, '%']]],
    ['Ban hành 03 kế hoạch và 09 hướng dẫn.', [[3, 'kế hoạch'], [9, 'hướng dẫn']]],
    ['Quỹ vận động được 2,5 tỷ đồng.', [[2500000000, 'đồng']]],
    ['Tổng vốn đầu tư lên tới 18.200 tỷ đồng.', [[18200000000000, 'đồng']]],
    ['Chương trình có 3 triệu lượt xem trên mạng.', [[3000000, 'lượt xem']]],
    ['Dự án thu hút 40 nghìn tỷ đồng.', [[40000000000000, 'đồng']]],
    ['Doanh nghiệp xuất khẩu 12 triệu USD.', [[12000000, 'USD']]],
    ['Thôn đã hiến 2.300 m2 đất làm đường.', [[2300, 'm2']]],
    ['Đã có 850 lượt người được khám bệnh miễn phí.', [[850, 'lượt người']]],
    ['Xây dựng 26 căn nhà đại đoàn kết, còn 4 căn đang làm.', [[26, 'căn nhà'], [4, 'căn']]],
    ['Tổ chức 19 cuộc thi và 7 cuộc tọa đàm.', [[19, 'cuộc thi'], [7, 'cuộc']]],
    ['Khen thưởng 27 tập thể và 64 cá nhân.', [[27, 'tập thể'], [64, 'cá nhân']]],
    ['Tiếp nhận 318 đơn thư và 96 ý kiến của cử tri.', [[318, 'đơn thư'], [96, 'ý kiến']]],
    ['Nhân rộng 230 mô hình tiêu biểu.', [[230, 'mô hình']]],
    ['Đăng tải 1.120 tin, bài về hoạt động của Mặt trận.', [[1120, 'tin']]],
    ['Có 61 doanh nghiệp mới thành lập.', [[61, 'doanh nghiệp']]],
    ['Cả huyện có 1.900 hộ thoát nghèo.', [[1900, 'hộ']]],
    ['Tỉnh tăng 6 bậc trên bảng xếp hạng.', [[6, 'bậc']]],
    ['Tốc độ tăng trưởng đạt 7,2 phần trăm.', [[7.2, '%']]],
  ])('%s', (sentence, expected) => {
    expect(brief(stats(sentence), false)).toEqual(expected);
  });
});

describe('extractStatistics: numbers in words', () => {
  it.each<[string, Expected[]]>([
    ['Chi bộ kết nạp hai đảng viên mới.', [[2, 'đảng viên']]],
    ['Đoàn đã tổ chức mười lăm buổi sinh hoạt.', [[15, 'buổi']]],
    ['Có hai mươi mốt đoàn viên tham gia.', [[21, 'đoàn viên']]],
    ['Huyện hỗ trợ một trăm hộ nghèo.', [[100, 'hộ']]],
    ['Xã có ba nghìn người dân đồng thuận.', [[3000, 'người dân']]],
    ['Hội nghị thống nhất năm giải pháp trọng tâm.', [[5, 'giải pháp']]],
    ['Bảy mươi hai chiến sĩ được biểu dương.', [[72, 'chiến sĩ']]],
  ])('%s', (sentence, expected) => {
    expect(brief(stats(sentence), false)).toEqual(expected);
  });
});

describe('extractStatistics: qualifiers, ratios and ranges', () => {
  it.each<[string, Expected[]]>([
    ['Đã giải phóng mặt bằng khoảng 950 ha.', [[950, 'ha', 'khoảng', undefined]]],
    ['Thu hút gần 600 lượt người.', [[600, 'lượt người', 'gần', undefined]]],
    ['Di dời hơn 2.100 hộ.', [[2100, 'hộ', 'hơn', undefined]]],
    ['Có trên 90% số hộ dùng nước sạch.', [[90, '%', 'trên', undefined]]],
    ['Tỷ lệ nợ xấu dưới 3%.', [[3, '%', 'dưới', undefined]]],
    ['Mỗi chi bộ có ít nhất 3 đảng viên.', [[3, 'đảng viên', 'ít nhất', undefined]]],
    ['Mức vay tối đa 300 triệu đồng.', [[300000000, 'đồng', 'tối đa', undefined]]],
    ['Mỗi lớp tối thiểu 25 học viên.', [[25, 'học viên', 'tối thiểu', undefined]]],
    ['Sản lượng xấp xỉ 12.000 tấn.', [[12000, 'tấn', 'xấp xỉ', undefined]]],
    ['Ước đạt 8,1% so với cùng kỳ.', [[8.1, '%', 'ước đạt', undefined]]],
    ['Hỗ trợ các hộ có 4 lao động trở lên.', [[4, 'lao động', 'trở lên', undefined]]],
    ['Có 11/11 phường hoàn thành chỉ tiêu.', [[11, 'phường', null, 11]]],
    ['Đã hoàn thành 41/95 nhiệm vụ (43,2%).', [[41, 'nhiệm vụ', null, 95], [43.2, '%', null, undefined]]],
    ['Toàn huyện có 7/12 xã đạt chuẩn nông thôn mới.', [[7, 'xã', null, 12]]],
    ['Tỷ lệ tăng từ 15-20% mỗi năm.', [[15, '%', null, undefined], [20, '%', null, undefined]]],
    ['Lãi suất khoảng 6 - 8%.', [[6, '%', 'khoảng', undefined], [8, '%', 'khoảng', undefined]]],
    ['Mỗi xã từ 3 đến 5 mô hình.', [[3, 'mô hình', null, undefined], [5, 'mô hình', null, undefined]]],
    ['Mức hỗ trợ từ 2 tỷ - 3,5 tỷ đồng.', [[2000000000, 'đồng', null, undefined], [3500000000, 'đồng', null, undefined]]],
    ['Cần khoảng 1-2 tỷ đồng mỗi công trình.', [[1000000000, 'đồng', 'khoảng', undefined], [2000000000, 'đồng', 'khoảng', undefined]]],
  ])('%s', (sentence, expected) => {
    expect(brief(stats(sentence), true)).toEqual(expected);
  });
});

describe('extractStatistics: what is not a statistic', () => {
  it.each<[string, string]>([
    ['Chiều 21/3, hội nghị được tổ chức tại hội trường.', 'a date after a time of day'],
    ['Ngày 9-4, Ban Tuyên giáo họp với các đơn vị.', 'a date with a dash'],
    ['Văn bản ký ngày 14/02/2019 có hiệu lực.', 'a full date'],
    ['Năm 2019 là năm bản lề của kế hoạch.', 'a year'],
    ['Kế hoạch giai đoạn 2016-2020 được triển khai.', 'a period of years'],
    ['Đại biểu Quốc hội nhiệm kỳ 2016 – 2021 tiếp xúc cử tri.', 'a term of office'],
    ['Đơn vị đã trải qua 3 năm xây dựng.', 'a duration in years'],
    ['Công trình thi công trong 8 tháng.', 'a duration in months'],
    ['Cụ ông 92 tuổi vẫn tham gia sinh hoạt.', 'an age'],
    ['Hội nghị bắt đầu lúc 7 giờ 30 phút.', 'a clock time'],
    ['Buổi lễ diễn ra lúc 14h30 tại nhà văn hóa.', 'a clock time with h'],
    ['Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập.', 'a Party document symbol'],
    ['Theo Nghị định 34/2019/NĐ-CP của Chính phủ về cán bộ.', 'a State document symbol'],
    ['Theo Quyết định số 1719 của Thủ tướng về chương trình.', 'a document number after "số"'],
    ['Thực hiện Kết luận 21 về xây dựng Đảng.', 'a document named by its number'],
    ['Triển khai Nghị quyết số 18 ban hành năm trước.', 'a document number followed by a verb'],
    ['Đại hội lần thứ 11 của Đảng bộ tỉnh thành công.', 'an ordinal'],
    ['Đội bóng xếp thứ 4 của giải.', 'a rank'],
    ['Chỉ số PCI của tỉnh xếp 21/63 tỉnh, thành phố.', 'a ranking ratio'],
    ['Sư đoàn 312 và Quân khu 9 tham gia diễn tập.', 'military formations'],
    ['Cán bộ Vùng 4 Hải quân thăm hỏi ngư dân.', 'a naval region'],
    ['Triển khai Đề án 06 của Chính phủ về dữ liệu dân cư.', 'a named project'],
    ['Dịch COVID-19 đã được kiểm soát.', 'a disease code'],
    ['Hội nghị Trung ương 6 khóa XII đã ban hành nghị quyết.', 'a numbered plenum'],
    ['Thứ hai, tăng cường công tác kiểm tra.', 'a list marker in words'],
    ['Kinh nghiệm rút ra: (2) phải sâu sát cơ sở.', 'a parenthesized list marker'],
    ['Hàng trăm người dân và hàng nghìn thanh niên tham gia.', 'vague hundreds and thousands'],
    ['Một số cơ quan chưa thực hiện nghiêm túc.', 'một số'],
    ['Chúng ta phải đi trước một bước.', 'the article một'],
    ['Một trong những điểm sáng là dân vận khéo.', 'một trong'],
    ['Trong năm người dân đã tích cực đóng góp.', 'năm as year'],
    ['Mọi ý kiến xin gửi về 0912345678 để được hỗ trợ.', 'a phone number'],
    ['Trụ sở đặt tại số 45 Lý Thường Kiệt.', 'an address'],
    ['Cuộc vận động “Toàn dân đoàn kết” năm nay có nhiều đổi mới.', 'a year word before a quote'],
    ['Tổ 7, khu phố 2 ra mắt mô hình tự quản.', 'residential group numbers'],
    ['Điều 5 của Luật quy định rõ trách nhiệm.', 'an article of a law'],
    ['Cách mạng công nghiệp 4.0 đặt ra yêu cầu mới.', 'a version number'],
  ])('%s (%s)', (sentence) => {
    expect(stats(sentence)).toEqual([]);
  });

  it('keeps a count after a name when a known unit follows', () => {
    expect(brief(stats('Trong đó, Đà Nẵng 14 cuộc, Hải Phòng 9 cuộc.'), false)).toEqual([
      [14, 'cuộc'],
      [9, 'cuộc'],
    ]);
  });

  it('counts a day/month-like ratio only with a known unit', () => {
    expect(brief(stats('Có 5/9 xã đã về đích.'), true)).toEqual([[5, 'xã', null, 9]]);
    expect(stats('Sáng 5/9 xã tổ chức lễ khai giảng.')).toEqual([]);
  });
});

describe('extractStatistics: spans and text', () => {
  it('gives spans into the input and the number with its unit as written', () => {
    const input = 'Tin và ảnh: Minh Anh\n\nHuyện đã hỗ trợ khoảng 1,2 tỷ đồng cho 35 hộ.\n';
    const found = extractStatistics(prepareDocument(input, 'span.txt'));
    expect(found.map((s) => s.text)).toEqual(['1,2 tỷ đồng', '35 hộ']);
    for (const s of found) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('maps spans through normalization (CRLF input)', () => {
    const input = 'Dòng đầu tiên của bài viết.\r\nTỉnh đã xây 18 căn nhà tình nghĩa.\r\n';
    const [item] = extractStatistics(prepareDocument(input, 'crlf.txt'));
    expect(input.slice(item.start, item.end)).toBe('18 căn nhà');
  });

  it('reads only body sentences, not page furniture', () => {
    const input = 'Hội nghị tổng kết công tác năm\n\nHuyện đã tổ chức 40 hội nghị trong năm.\n\nĐang online: 25\nHôm nay: 1.024\n';
    expect(brief(extractStatistics(prepareDocument(input, 'f.txt')), false)).toEqual([[40, 'hội nghị']]);
  });

  it('gives one item per occurrence', () => {
    const found = stats('Có 8 tập thể được khen. Sau đó, 8 tập thể khác được tặng giấy khen.');
    expect(brief(found, false)).toEqual([
      [8, 'tập thể'],
      [8, 'tập thể'],
    ]);
  });
});

describe('extractStatistics against the fixtures gold', () => {
  const seeds = new URL('../fixtures/seeds/', import.meta.url);
  const golds = new URL('../fixtures/gold/', import.meta.url);
  const firstSyllable = (unit: string) => unit.normalize('NFC').toLowerCase().trim().split(/\s+/u)[0];

  it('matches gold statistics one-to-one by value and first unit syllable with F1 >= 0.95', () => {
    let truePositives = 0;
    let predicted = 0;
    let expected = 0;
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const doc = prepareDocument(readFileSync(new URL(file, seeds), 'utf8'), file);
      const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/u, '.json'), golds), 'utf8')) as {
        statistics: Array<{ value: number; unit: string }>;
      };
      const found = extractStatistics(doc);
      const used = new Set<number>();
      for (const item of found) {
        const match = gold.statistics.findIndex(
          (g, i) => !used.has(i) && g.value === item.value && firstSyllable(g.unit) === firstSyllable(item.unit),
        );
        if (match >= 0) {
          used.add(match);
          truePositives++;
        }
      }
      predicted += found.length;
      expected += gold.statistics.length;
    }
    const precision = truePositives / predicted;
    const recall = truePositives / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extractStatistics: ranges, changes, alternatives', () => {
  it('links both ends of a range', () => {
    const found = stats('Lãi suất cho vay giảm khoảng 1,5 - 2%.');
    expect(found.map((s) => [s.value, s.unit, s.qualifier, s.range, s.change])).toEqual([
      [1.5, '%', 'khoảng', { low: 1.5, high: 2 }, 'decrease'],
      [2, '%', 'khoảng', { low: 1.5, high: 2 }, 'decrease'],
    ]);
  });

  it('links a range written with a unit at both ends', () => {
    const found = stats('Xã có từ 3 nghìn người đến dưới 6 nghìn người được bầu 7 thành viên.');
    expect(found.map((s) => [s.value, s.unit, s.range])).toEqual([
      [3000, 'người', { low: 3000, high: 6000 }],
      [6000, 'người', { low: 3000, high: 6000 }],
      [7, 'thành viên', undefined],
    ]);
  });

  it.each<[string, number, string, 'increase' | 'decrease' | undefined]>([
    ['Chỉ số năng lực cạnh tranh của tỉnh tăng 10 bậc.', 10, 'bậc', 'increase'],
    ['Số vụ tai nạn giảm 27 vụ so với cùng kỳ.', 27, 'vụ', 'decrease'],
    ['Tín dụng tăng hơn 8% so với đầu năm.', 8, '%', 'increase'],
    ['Tỷ lệ hộ nghèo giảm còn 3,2%.', 3.2, '%', undefined],
    ['Kim ngạch xuất khẩu tăng lên 12 tỷ USD.', 12000000000, 'USD', undefined],
    ['Tốc độ tăng trưởng kinh tế đạt 7,1%.', 7.1, '%', undefined],
  ])('change: %s', (sentence, value, unit, change) => {
    const [item] = stats(sentence);
    expect([item.value, item.unit, item.change]).toEqual([value, unit, change]);
  });

  it('gives a shared unit to alternatives ("5 hoặc 7 thành viên")', () => {
    expect(brief(stats('Mỗi tổ được bầu 5 hoặc 7 thành viên.'), false)).toEqual([
      [5, 'thành viên'],
      [7, 'thành viên'],
    ]);
  });
});

describe('extractStatistics: qualifiers as a field', () => {
  it.each<[string, string | null]>([
    ['Thu ngân sách đạt hơn 1.200 tỷ đồng.', 'hơn'],
    ['Doanh thu đạt gần 900 triệu đồng.', 'gần'],
    ['Tổng đàn gia súc đạt trên 45.000 con.', 'trên'],
    ['Có chưa đến 20 hộ còn khó khăn.', 'chưa đến'],
    ['Hỗ trợ không quá 50 triệu đồng mỗi hộ.', 'không quá'],
    ['Huyện đạt 98% kế hoạch.', null],
  ])('%s', (sentence, qualifier) => {
    expect(stats(sentence)[0].qualifier).toBe(qualifier);
  });
});

describe('extractStatistics: subject of the figure', () => {
  it.each<[string, string | null]>([
    ['Tổng kim ngạch xuất khẩu đạt 10 tỷ USD.', 'Tổng kim ngạch xuất khẩu'],
    ['Năm 2022, thu ngân sách trên địa bàn ước thực hiện là 9.870 tỷ đồng.', 'thu ngân sách trên địa bàn'],
    ['Trong đó, tỷ lệ hộ nghèo giảm còn 2,1%.', 'tỷ lệ hộ nghèo'],
    ['Tín dụng chỉ tăng 4%.', 'Tín dụng'],
    ['Toàn tỉnh có 230 mô hình dân vận khéo.', 'Toàn tỉnh'],
    ['Sau 6 tháng đầu năm đạt 45% kế hoạch.', null],
    ['Ông Nguyễn Văn A cho biết doanh nghiệp đã đạt 20 tỷ đồng.', null],
    ['Nhiều địa phương sẽ phải cắt giảm 10% chi thường xuyên.', null],
  ])('%s', (sentence, subject) => {
    expect(stats(sentence)[0].subject).toBe(subject);
  });
});

describe('extractStatistics: units outside the lexicon', () => {
  it.each<[string, Expected[]]>([
    ['Chương trình có hơn 400 diễn viên tham gia biểu diễn.', [[400, 'diễn viên']]],
    ['Lắp đặt 40 camera tại các ngã tư.', [[40, 'camera']]],
    ['Huyện đã trình 3 phương án bồi thường.', [[3, 'phương án']]],
    ['Xử lý 12 nhà máy gây ô nhiễm.', [[12, 'nhà máy']]],
    ['Giao dịch đạt 500 tỷ nhân dân tệ.', [[500000000000, 'nhân dân tệ']]],
    ['Hội nghị nhận được 27 tham luận.', [[27, 'tham luận']]],
  ])('%s', (sentence, expected) => {
    expect(brief(stats(sentence), false)).toEqual(expected);
  });
});

describe('extractStatistics: more of what is not a statistic', () => {
  it.each<[string, string]>([
    ['Bộ phối hợp với các ngành, trong quý 1/2017 trình Thủ tướng phê duyệt.', 'a quarter and a verb'],
    ['Kết quả quý III/2023 được công bố.', 'a quarter in Roman numerals'],
    ['Số liệu đến tháng 6/2023 cho thấy xu hướng tốt.', 'a month of a year'],
    ['Lực lượng tuần tra trực 24/24 trên tuyến biển.', 'round the clock'],
    ['Thực hiện Nghị quyết Trung ương 5 khóa XII về kinh tế tư nhân.', 'a numbered plenum'],
    ['Ngành Tài chính cũng có 1 phần trách nhiệm trong việc này.', 'the idiom "một phần"'],
    ['Giá không tăng ngay 1 lúc lên mức đó.', 'the idiom "một lúc"'],
    ['Hai nhà lãnh đạo nhất trí tăng cường hợp tác.', 'the two leaders'],
    ['Quan hệ giữa hai nước ngày càng phát triển.', 'the two countries'],
    ['Hai bên đã ký biên bản ghi nhớ.', 'both parties'],
    ['Doanh nghiệp giải thể 4.067 tạm ngừng hoạt động.', 'a verb after the number'],
    ['Xã đứng thứ 3/15 xã của huyện.', 'a ranking with a unit'],
    ['Hàng chục hộ dân và vài trăm người tham gia.', 'vague amounts'],
  ])('%s (%s)', (sentence) => {
    expect(stats(sentence)).toEqual([]);
  });
});

describe('findNumbers in the extractor: boundaries', () => {
  it('does not read number words inside other words', () => {
    expect(stats('Triển khai kế hoạch thai sản cho lao động nữ.')).toEqual([]);
  });
});

// Long and repetitive sentences: the outputs the per-number checks gave,
// now read in one pass (behaviour only, no timings).
describe('extractStatistics: long and repetitive sentences', () => {
  const triples = (text: string) => stats(text).map((s) => [s.value, s.unit, s.of ?? null]);

  it('leaves out every number inside a date, however many dates the sentence holds', () => {
    expect(stats(`Hội nghị\n\n${'12/3/2023 ngày '.repeat(2000)}`)).toEqual([]);
  });

  it('keeps the counts between hundreds of dates', () => {
    const found = triples(`Hội nghị\n\n${'Ngày 12/3/2023 có 5 xã, '.repeat(500)}`);
    expect(found).toHaveLength(500);
    expect(new Set(found.map((f) => JSON.stringify(f)))).toEqual(new Set([JSON.stringify([5, 'xã', null])]));
  });

  it('leaves out each of many dates that a count unit follows', () => {
    // Were the dates not known, "3 - 2023 người" would read as a range of people.
    const text = `Hội nghị\n\n${'ngày 12 - 3 - 2023 người dân ra quân, '.repeat(200)}có 5 xã tổ chức.`;
    expect(triples(text)).toEqual([[5, 'xã', null]]);
  });

  it('leaves out ratios only in the clauses that rank', () => {
    const text = `Tỉnh xếp thứ 14/63 tỉnh, thành; ${'hoàn thành 37/102 nhiệm vụ, '.repeat(300)}huyện đứng thứ 2/10 huyện.`;
    const found = triples(text);
    expect(found).toHaveLength(300);
    expect(new Set(found.map((f) => JSON.stringify(f)))).toEqual(new Set([JSON.stringify([37, 'nhiệm vụ', 102])]));
  });

  it.each<[string, unknown[]]>([
    // "xếp hạng" opens the clause: both of its ratios rank; the clause after ";" does not.
    ['Năm nay huyện xếp hạng cao với 14/20 xã đạt chuẩn và 3/5 thị trấn văn minh; 7/9 trường đạt chuẩn quốc gia.', [[7, 'trường', 9]]],
    // A ranking word past the first thirty words of its clause is not looked at.
    [`Năm nay ${'các xã '.repeat(20)}đứng đầu với 14/20 xã đạt chuẩn.`, [[14, 'xã', 20]]],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual(expected);
  });

  it('gives every figure of a sentence with more figures than a call may take arguments', () => {
    const count = 150_000;
    const found = stats(`Hội nghị\n\nNăm nay huyện trao ${'5 suất quà, '.repeat(count)}đạt kết quả.`);
    expect(found).toHaveLength(count);
    expect(found[0]).toMatchObject({ value: 5, unit: 'suất quà', text: '5 suất quà' });
    expect(found[count - 1]).toMatchObject({ value: 5, unit: 'suất quà' });
  }, 60_000);
});
