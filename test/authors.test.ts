import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAuthors } from '../src/extract/authors.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';
import { GOLD, seedFiles } from './helpers.js';

const BODY =
  'Sáng 14/3, Ban Tuyên giáo Huyện ủy tổ chức hội nghị sơ kết công tác tuyên truyền quý I năm 2024, triển khai nhiệm vụ quý II với sự tham dự của đại diện các xã, thị trấn.';
const FOOTER = ['', 'Chia sẻ', 'Bình luận', 'Cơ quan chủ quản: Ủy ban nhân dân huyện', 'Điện thoại: 0203.3822.111'];

/** A page: headline, a paragraph of prose, the given lines, then a footer. */
const page = (...lines: string[]) => ['Sơ kết công tác tuyên truyền quý I', '', BODY, '', ...lines, ...FOOTER].join('\n');
const authorsOf = (input: string) => extractAuthors(prepareDocument(input)).map((a) => a.name);

describe('extractAuthors', () => {
  it.each([
    ['a name alone on the last line', ['Nguyễn Hải'], ['Nguyễn Hải']],
    ['a pen name without a known family name', ['Kỳ Nam'], ['Kỳ Nam']],
    ['"Tin và ảnh:" with two names', ['Tin và ảnh: Hà Thanh - Hoàng Phong'], ['Hà Thanh', 'Hoàng Phong']],
    ['"Bài, ảnh:"', ['Bài, ảnh: Minh Khôi'], ['Minh Khôi']],
    ['a unit after the name', ['Lê Trung Thành - BTGHU'], ['Lê Trung Thành']],
    ['an agency in parentheses', ['Văn Long (TTXVN)'], ['Văn Long']],
    ['a photo credit with the agency', ['Ảnh: Doãn Tấn/TTXVN'], ['Doãn Tấn']],
    ['the newsroom', ['Nhóm PV'], ['Nhóm PV']],
    ['a byline in capitals', ['THU HÀ - QUANG HUY'], ['THU HÀ', 'QUANG HUY']],
    ['text and photo credits on two lines', ['Bài: Phạm Tuấn', 'Ảnh: Lê Minh'], ['Phạm Tuấn', 'Lê Minh']],
    ['a newspaper after the name', ['Minh Hà - Báo Lào Cai'], ['Minh Hà']],
    ['a reprint: "Theo" and the author', ['Theo Thu Trang (Báo Nhân Dân)'], ['Thu Trang']],
    ['a reprint from an agency only', ['Theo TTXVN'], []],
  ])('%s', (_label, lines, expected) => {
    expect(authorsOf(page(...lines))).toEqual(expected);
  });

  it('reads a photo credit closing a caption', () => {
    const input = page('Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị. (Ảnh: Quang Vinh)', '', 'Hồng Nhung');
    expect(authorsOf(input)).toEqual(['Quang Vinh', 'Hồng Nhung']);
  });

  it('reads a byline under the headline when it is a known family name', () => {
    const input = ['Sơ kết công tác tuyên truyền quý I', '', 'Trần Bình An', '', BODY, ...FOOTER].join('\n');
    expect(authorsOf(input)).toEqual(['Trần Bình An']);
  });

  it('takes no sentence, heading or footer name for a byline', () => {
    const input = page('Hội nghị đã thống nhất các nội dung trọng tâm trong quý tới.', '', 'Các tin khác').concat(
      '\nTổng Biên tập: Nguyễn Văn Sáu',
    );
    expect(authorsOf(input)).toEqual([]);
    expect(authorsOf(page('Tiếp tục đổi mới công tác tuyên truyền'))).toEqual([]);
  });

  it('gives spans into the input', () => {
    const input = page('Tin và ảnh: Hà Thanh - Hoàng Phong');
    for (const author of extractAuthors(prepareDocument(input))) {
      expect(input.slice(author.start, author.end)).toBe(author.name);
    }
  });
});

describe('extractAuthors on the fixtures', () => {
  const canon = (s: string) => fold(s.normalize('NFC')).replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/gu, ' ').trim();

  it('reaches F1 ≥ 0.95 against fixtures/gold', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const file of seedFiles()) {
      const gold: string[] = JSON.parse(readFileSync(path.join(GOLD, path.basename(file, '.txt') + '.json'), 'utf8')).authors;
      const found = authorsOf(readFileSync(file, 'utf8')).map(canon);
      const wanted = gold.map(canon);
      const hit = found.filter((n) => wanted.includes(n)).length;
      tp += hit;
      fp += found.length - hit;
      fn += wanted.length - hit;
    }
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    expect((2 * p * r) / (p + r || 1)).toBeGreaterThanOrEqual(0.95);
  });
});
