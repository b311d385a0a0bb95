import { describe, expect, it } from 'vitest';
import { extractEventDate } from '../src/extract/eventDate.js';
import { extractTitle } from '../src/extract/title.js';
import { prepareDocument } from '../src/text/document.js';

const doc = (lines: string[]) => prepareDocument(lines.join('\n'));

describe('extractTitle', () => {
  it('skips language switches and date stamps', () => {
    const d = doc(['Tiếng Việt | English', '', '05/02/2024 - 09:15', '', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15', '', 'Sáng 5/2, ...']);
    expect(extractTitle(d).title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15');
  });

  it('gives a span into the input', () => {
    const input = '  Khai mạc kỳ họp thứ 7 HĐND tỉnh  \n\nNội dung.';
    const { title, span } = extractTitle(prepareDocument(input));
    expect(title).toBe('Khai mạc kỳ họp thứ 7 HĐND tỉnh');
    expect(input.slice(span!.start, span!.end)).toBe(title);
  });
});

describe('extractEventDate', () => {
  it.each([
    [['Hội nghị', 'Chiều 25/3/2023, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức hội nghị.'], '2023-03-25'],
    [['Hội nghị', 'Thứ Sáu, 10/02/2023', 'Sáng 9/2, Tỉnh ủy tổ chức hội nghị.'], '2023-02-09'],
    // A January stamp for a December event belongs to the year before.
    [['Hội nghị', '02/01/2024 - 10:00', 'Chiều 29/12, Huyện ủy tổ chức hội nghị.'], '2023-12-29'],
    // Without a stamp: the later year under review for an event early in the year.
    [['Tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023', 'Ngày 12-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.'], '2023-01-12'],
    [['Hội nghị', 'Hội nghị được Đảng ủy xã tổ chức ngày 15 tháng 8 năm 2022 tại hội trường.'], '2022-08-15'],
    [['Hội nghị', 'Sáng nay (14/3/2023), Hội đồng nhân dân tỉnh khai mạc kỳ họp.'], '2023-03-14'],
    [['Hội nghị', 'Sáng thứ Hai, 6/3/2023, Thành ủy tổ chức hội nghị.'], '2023-03-06'],
    // Only a year looked back on, in the first weeks of a year: the year after it.
    [['Làm việc với tỉnh', 'Ngày 8/2, đoàn công tác làm việc với tỉnh về kết quả thực hiện nhiệm vụ năm 2016.'], '2017-02-08'],
    // A year named as a plan is the event's own year.
    [['Hội nghị', 'Ngày 8/2, tỉnh triển khai kế hoạch năm 2017 và tổng kết năm 2016.'], '2017-02-08'],
  ])('%j → %s', (lines, expected) => {
    expect(extractEventDate(doc(lines)).eventDate).toBe(expected);
  });

  it.each([
    // A page stamp alone is not the event date.
    [['Thứ Tư, 25/12/2024', 'Hội nghị toàn quốc', 'Hội nghị đã diễn ra thành công.']],
    // A cited document's date is not the event date.
    [['Hội nghị', 'Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.']],
    [['Hội nghị', 'Quy định được ký ngày 5/3/2021 và có hiệu lực từ ngày 1/4/2021.']],
  ])('%j → null', (lines) => {
    expect(extractEventDate(doc(lines)).eventDate).toBeNull();
  });

  it('takes the latest year under review among more years than a call may take arguments', () => {
    const years = 'năm 2021 và năm 2022, '.repeat(70_000);
    const lines = ['Tổng kết công tác', `Ngày 12/1, huyện tổng kết ${years}triển khai nhiệm vụ.`];
    expect(extractEventDate(doc(lines)).eventDate).toBe('2022-01-12');
  }, 60_000);
});
