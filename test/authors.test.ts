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
    ['the newsroom: a job, no name', ['Nhóm PV'], []],
    ['a reporter signing with the job only', ['PV'], []],
    ['a publication named in one foreign word', ['Ảnh: Entrepreneur'], []],
    ['a one-syllable pen name', ['Ảnh: Hưng'], ['Hưng']],
    ['a byline in capitals', ['THU HÀ - QUANG HUY'], ['THU HÀ', 'QUANG HUY']],
    ['text and photo credits on two lines', ['Bài: Phạm Tuấn', 'Ảnh: Lê Minh'], ['Phạm Tuấn', 'Lê Minh']],
    ['a newspaper after the name', ['Minh Hà - Báo Lào Cai'], ['Minh Hà']],
    ['a reprint: "Theo" and the author', ['Theo Thu Trang (Báo Nhân Dân)'], ['Thu Trang']],
    ['a reprint from an agency only', ['Theo TTXVN'], []],
    ['a portal written short, running into acronyms', ['Ảnh: Cổng TTĐT Ủy ban Kiểm tra'], []],
    ['an outlet written with a plus sign', ['Ảnh: Vietnam+'], []],
    ['an author credited with the outlet', ['Ảnh: Minh Sơn/Vietnam+'], ['Minh Sơn']],
  ])('%s', (_label, lines, expected) => {
    expect(authorsOf(page(...lines))).toEqual(expected);
  });

  it('takes no author from an agency credited in a caption ("Ảnh: Tân Hoa xã")', () => {
    const input = page('Tàu hộ vệ của hải quân tham gia diễn tập. (Ảnh: Tân Hoa xã) Cuộc diễn tập kéo dài ba ngày.', '', 'Hồng Nhung');
    expect(authorsOf(input)).toEqual(['Hồng Nhung']);
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

describe('extractAuthors on pages flattened into one paragraph', () => {
  /** A page whose body was flattened into one long line, the byline run onto its end. */
  const flat = (...sentences: string[]) =>
    [
      'Tổng kết công tác tuyên truyền năm 2016',
      'Sáng 14/3, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết công tác tuyên truyền năm 2016.',
      [
        'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trong năm, chỉ rõ những hạn chế và nguyên nhân, đề ra phương hướng cho năm tới.',
        'Các đại biểu đã thảo luận sôi nổi về những giải pháp nâng cao chất lượng công tác tuyên truyền ở cơ sở.',
        ...sentences,
      ].join(' '),
    ].join('\n');

  it.each([
    ['a name after the last sentence', ['Hội nghị kết thúc cùng ngày. Thùy Dương'], ['Thùy Dương']],
    ['two names and an agency', ['Hội nghị kết thúc cùng ngày. Minh Châu - Thảo Vy (TTXVN)'], ['Minh Châu', 'Thảo Vy']],
    ['a dash with a space on one side, an agency after a slash', ['Hội nghị kết thúc cùng ngày. Trần Ngân- Hải Yến/VOV.VN'], ['Trần Ngân', 'Hải Yến']],
    ['an initial split off as a sentence', ['Hội nghị kết thúc cùng ngày. K. LINH'], ['K. LINH']],
    ['a name in capitals joined by "và" to an agency', ['Hội nghị kết thúc cùng ngày. THANH PHONG và TTXVN'], ['THANH PHONG']],
    ['an agency alone', ['Hội nghị kết thúc cùng ngày. TTXVN/Tin Tức'], []],
    ['a byline printed twice in a row', ['Hội nghị kết thúc cùng ngày. Lan Phương Lan Phương'], ['Lan Phương']],
    ['a last sentence is not a byline', ['Hội nghị kết thúc cùng ngày.'], []],
    ['two one-syllable pen names signing together', ['Hội nghị kết thúc cùng ngày. Hiền - Trường'], ['Hiền', 'Trường']],
    ['two places are no pen names', ['Hội nghị kết thúc cùng ngày. Mỹ - Nga'], []],
    ['one-syllable pen names before an agency, after "./."', ['Hội nghị kết thúc cùng ngày./. Hưng - Thủy/VOV.VN'], ['Hưng', 'Thủy']],
    ['a text credit and a photo credit in one byline, an initial the splitter cut', ['Hội nghị kết thúc cùng ngày. Bài: Phan Anh, Ảnh: Q.Chiến-Ph.Anh'], ['Phan Anh', 'Q.Chiến']],
    ['a video credit after the author', ['Hội nghị kết thúc cùng ngày. Lê Hiếu - Video: Hoàng Hiệp'], ['Lê Hiếu', 'Hoàng Hiệp']],
    ['label words are no names, "Theo" names the source', ['Hội nghị kết thúc cùng ngày. Toàn Nguyễn - Ảnh: Nhóm Bụi, Theo Trí Thức Trẻ'], ['Toàn Nguyễn', 'Nhóm Bụi']],
    ['an expert signing with degrees glued by periods', ['Hội nghị kết thúc cùng ngày. PGS.BS. Đào Ngọc Diễn'], ['Đào Ngọc Diễn']],
    ['the author, then "Theo" and the outlet the story is taken from', ['Hội nghị kết thúc cùng ngày. Vượng Lê Theo Trí Thức Trẻ'], ['Vượng Lê']],
    ['a sentence ending in a country is no initial', ['Berkshire Hathaway nắm cổ phần của nhiều doanh nghiệp Mỹ. Thu Thảo'], ['Thu Thảo']],
  ])('%s', (_label, sentences, expected) => {
    expect(authorsOf(flat(...sentences))).toEqual(expected);
  });

  it.each([
    ['a credit running into the next sentence', 'Toàn cảnh hội nghị. Ảnh: Quốc Hưng/TTXVN Tiếp đó, hội nghị thảo luận.', ['Quốc Hưng']],
    ['a name in capitals running into the next sentence', 'Toàn cảnh hội nghị. Ảnh: TÂM TRI Ngoài ra, hội nghị thảo luận.', ['TÂM TRI']],
    ['a credit running into a sentence opening with an acronym', 'Toàn cảnh hội nghị. Ảnh: Lê Tiên UBND Tỉnh khẳng định, công tác tốt.', ['Lê Tiên']],
    ['a photo source in capitals that names nobody', 'Toàn cảnh hội nghị. Ảnh: NHÂN VẬT CUNG CẤP', []],
    ['a credit running into a sentence opening with a word never a given name', 'Toàn cảnh hội nghị. Ảnh: VGP/Quang Hiếu Ngành Ngân hàng cũng triển khai.', ['Quang Hiếu']],
    ['a credit before a capitalized word that opens the next sentence', 'Toàn cảnh hội nghị. Ảnh: Bảo Ngọc Đại biểu các xã tham dự đông đủ.', ['Bảo Ngọc']],
    ['a credit before an honorific', 'Toàn cảnh hội nghị. Ảnh: Đức Huy Ông Trần Văn Minh phát biểu tại hội nghị.', ['Đức Huy']],
    ['a credit before a quotation', 'Toàn cảnh hội nghị. Ảnh: Đoàn Bắc "Chúng ta cần đổi mới", ông nói.', ['Đoàn Bắc']],
    ['an agency credit', 'Toàn cảnh hội nghị. (Ảnh: Reuters) Hội nghị tiếp tục.', []],
    ['a pen name that opens with a word naming a school', 'Toàn cảnh hội nghị. Ảnh: Trường Giang. Hội nghị tiếp tục.', ['Trường Giang']],
    ['a credit before an honorific with a short name', 'Toàn cảnh hội nghị. Ảnh: Thanh Bình Ông Hải nhấn mạnh ý trên tại hội nghị.', ['Thanh Bình']],
    ['a credit with a dash after a capital "Ảnh"', 'Toàn cảnh hội nghị. Ảnh - Quang Vững Thông báo nêu rõ điều này.', ['Quang Vững']],
    ['a name ending in a word that is also a country, closed by the agency', 'Tôm chết hàng loạt. Ảnh: Minh Đức - TTXVN Theo ông Khôi, tôm chết nhiều.', ['Minh Đức']],
    ['"hình ảnh - âm thanh" is no credit', 'Hội nghị dùng hình ảnh - Âm thanh sống động để tuyên truyền.', []],
  ])('%s', (_label, sentence, expected) => {
    expect(authorsOf(flat(sentence))).toEqual(expected);
  });
});

describe('extractAuthors: a given name that reads like an honorific', () => {
  it('keeps "Anh" at the end of a credited name', () => {
    const input = ['Hội nghị tổng kết', '', 'Sáng 14/3, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết công tác tuyên truyền năm 2016 với nhiều đại biểu. (Ảnh: Minh Anh)'].join('\n');
    expect(authorsOf(input)).toEqual(['Minh Anh']);
  });
});
