// Crafted sentences for every number form, exclusion and field of issue 5
// that test/statistics.test.ts does not already cover.
import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../src/extract/statistics.js';
import type { Statistic } from '../src/model/report.js';
import { prepareDocument } from '../src/text/document.js';

function stats(text: string): Statistic[] {
  return extractStatistics(prepareDocument(`${text}\n`, 'test.txt'));
}

const pairs = (text: string) => stats(text).map((s) => [s.value, s.unit]);

describe('number forms of issue 5', () => {
  it.each<[string, Array<[number, string]>]>([
    [
      'Cả nước tổ chức 14.342 hội nghị với 949.721 lượt người tham dự.',
      [
        [14342, 'hội nghị'],
        [949721, 'lượt người'],
      ],
    ],
    ['Quỹ khuyến học vận động được 1,5 tỷ đồng.', [[1500000000, 'đồng']]],
    ['Thanh tra phát hiện vi phạm hơn 29.510 tỷ đồng.', [[29510000000000, 'đồng']]],
    ['Trang tin đạt 2 triệu lượt truy cập.', [[2000000, 'lượt truy cập']]],
    ['Lễ hội đón hơn 24 vạn lượt khách.', [[240000, 'lượt khách']]],
    ['Bãi đỗ có sức chứa 1,5 vạn xe máy.', [[15000, 'xe máy']]],
    ['Huyện trồng mới ba vạn cây xanh.', [[30000, 'cây']]],
    ['Chi hội kết nạp mười lăm hội viên mới.', [[15, 'hội viên']]],
    ['Năm nay phường có 05 tổ dân phố đạt chuẩn.', [[5, 'tổ dân phố']]],
    ['Động cơ 4 xi-lanh cho công suất lớn.', [[4, 'xi-lanh']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it('reads a ratio and the percentage after it ("37/102 nhiệm vụ (36,3%)")', () => {
    const found = stats('Đến nay đã hoàn thành 37/102 nhiệm vụ (36,3%).');
    expect(found.map((s) => [s.value, s.unit, s.of])).toEqual([
      [37, 'nhiệm vụ', 102],
      [36.3, '%', undefined],
    ]);
  });

  it.each<[string, number, number]>([
    ['Giá vật tư tăng từ 5-10% so với quý trước.', 5, 10],
    ['Tỷ lệ bao phủ đạt 35 - 40% dân số.', 35, 40],
  ])('links the ends of a range: %s', (sentence, low, high) => {
    const found = stats(sentence);
    expect(found.map((s) => [s.value, s.unit, s.range])).toEqual([
      [low, '%', { low, high }],
      [high, '%', { low, high }],
    ]);
  });

  it('keeps the qualifier and the change ("tăng hơn 12 bậc")', () => {
    const [item] = stats('Chỉ số cải cách hành chính của tỉnh tăng hơn 12 bậc.');
    expect([item.value, item.unit, item.qualifier, item.change]).toEqual([12, 'bậc', 'hơn', 'increase']);
  });
});

describe('what is not a statistic (issue 5)', () => {
  it.each<[string, string]>([
    ['Binh đoàn 15 bàn giao nhà cho hộ nghèo.', 'a named army corps'],
    ['Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công.', 'a congress in Roman numerals'],
    ['Ban Chấp hành Trung ương khóa XI họp phiên bế mạc.', 'a term in Roman numerals'],
    ['Năm nay tỉnh xếp thứ 3/63 tỉnh, thành phố về chỉ số này.', 'a ranking out of the provinces'],
    ['1. Đẩy mạnh công tác tuyên truyền trong Nhân dân.', 'a numbered list item'],
    ['Mọi phản ánh gửi về đường dây nóng 0243.8251.234 của Sở.', 'a phone number with dots'],
    ['Năm 2017, 2 nước chủ trương tăng cường hợp tác.', 'the two countries, in digits'],
    ['Đây là tam giác phát triển của 3 nước Lào - Campuchia - Việt Nam.', 'three named countries'],
    ['Tuyến phố được tổ chức giao thông 2 chiều.', 'two-way traffic'],
    ['Vài chục hộ và hàng trăm người dân tham gia.', 'vague amounts'],
  ])('%s (%s)', (sentence) => {
    expect(stats(sentence)).toEqual([]);
  });

  it('takes only the last figure of a dimension as a measure ("1.990 x 725 x 1.135 mm")', () => {
    expect(pairs('Kích thước xe là 1.990 x 725 x 1.135 mm.')).toEqual([[1135, 'mm']]);
  });
});

describe('subject: the holder before "có", "gồm"', () => {
  it.each<[string, string | null]>([
    ['Toàn tỉnh có 1.234 hộ nghèo.', 'Toàn tỉnh'],
    ['Cả nước có 63 tỉnh, thành phố.', 'Cả nước'],
    ['Đảng bộ xã có 312 đảng viên.', 'Đảng bộ xã'],
    ['Đoàn công tác gồm 15 thành viên.', 'Đoàn công tác'],
    ['Huyện hiện có 52 chi bộ trực thuộc.', 'Huyện'],
    ['Mỗi chi bộ có ít nhất 3 đảng viên.', 'Mỗi chi bộ'],
    ['Trong đó có 5 xã đạt chuẩn nông thôn mới.', null],
    ['Có 281 cuộc thi được tổ chức.', null],
    ['Mỗi năm có khoảng 500 lượt khách đến tham quan.', null],
    ['Cả buổi chỉ có 7 cháu đến lớp.', null],
    ['Vì ở đó có 12 cầu thủ nước ngoài.', null],
    ['Người dân phát hiện có 2 cá thể rùa biển.', null],
    ['Nêu thực tế thời gian qua mới chỉ có 30% hộ nuôi thành công.', null],
    ['Theo đó, pin chạy ổn định và có 423 lần sạc.', null],
    ['Hội nghị có sự tham dự của 300 đại biểu.', null],
  ])('%s', (sentence, subject) => {
    expect(stats(sentence)[0].subject).toBe(subject);
  });
});

describe('subject: clauses that are no noun phrase', () => {
  it.each<[string, string | null]>([
    ['Tổng thống cam kết cắt giảm thuế công ty xuống còn 15%.', null],
    ['Lãnh đạo công ty đặt mục tiêu xuất khẩu đạt 2 tỷ USD.', null],
    ['Vốn FDI cam kết vào Việt Nam đạt 1.423 triệu USD.', 'Vốn FDI cam kết vào Việt Nam'],
    ['Ông Hùng cho biết doanh thu năm nay đạt 20 tỷ đồng.', null],
    ['Kim ngạch xuất khẩu nông sản đạt 2 tỷ USD.', 'Kim ngạch xuất khẩu nông sản'],
    ['Giá vàng miếng tại TP.HCM đã giảm khoảng 750.000 đồng.', 'Giá vàng miếng tại TP.HCM'],
  ])('%s', (sentence, subject) => {
    expect(stats(sentence)[0].subject).toBe(subject);
  });
});

describe('figures are counted in the body, not in the headline', () => {
  it('leaves out a headline figure that the lead repeats', () => {
    const text = 'Huyện phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới\n\nNăm nay, huyện phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới.';
    const found = stats(text);
    expect(found.map((s) => [s.value, s.unit])).toEqual([[9, 'xã']]);
    expect(found[0]!.start).toBeGreaterThan(text.indexOf('\n'));
  });

  it('keeps the figures of a first line that ends like prose (no headline)', () => {
    expect(pairs('Huyện có thêm 9 xã đạt chuẩn nông thôn mới.\nToàn huyện trồng 40 ha rừng.')).toEqual([
      [9, 'xã'],
      [40, 'ha'],
    ]);
  });

  it('keeps the figures of a text that is one line only', () => {
    expect(pairs('Huyện có thêm 9 xã đạt chuẩn nông thôn mới')).toEqual([[9, 'xã']]);
  });
});
