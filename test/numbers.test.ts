import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  isNumberWord,
  parseDigits,
  parseNumberWords,
  parseVietnameseNumber,
  scaleNumber,
} from '../src/extract/numbers.js';

describe('parseDigits', () => {
  it.each([
    ['7', 7],
    ['05', 5],
    ['250', 250],
    ['12.480', 12480],
    ['4.000', 4000],
    ['1.250.000', 1250000],
    ['2,5', 2.5],
    ['48,75', 48.75],
    ['0,8', 0.8],
    ['3.450,25', 3450.25],
    ['2,500,000', 2500000],
    ['7.5', 7.5],
  ])('%s is %d', (numeral, value) => {
    expect(parseDigits(numeral)).toBe(value);
  });

  it.each([
    ['3.6.2019', 'a date with dots'],
    ['0243.8251.234', 'a phone number with dots'],
    ['012.345.678', 'a grouped number with a leading zero'],
    ['1.23.456', 'groups of the wrong size'],
    ['12.3456', 'four digits after a dot'],
  ])('%s is not one number (%s)', (numeral) => {
    expect(parseDigits(numeral)).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['một', 1],
    ['bảy', 7],
    ['mười', 10],
    ['mười hai', 12],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['ba mươi tư', 34],
    ['bốn mươi lăm', 45],
    ['chín mươi chín', 99],
    ['hai chục', 20],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ tám', 208],
    ['ba trăm sáu mươi', 360],
    ['ba nghìn', 3000],
    ['năm ngàn', 5000],
    ['hai nghìn bốn trăm', 2400],
    ['sáu triệu', 6000000],
    ['hai triệu ba trăm nghìn', 2300000],
    ['bốn tỷ', 4000000000],
    ['hai nghìn tỷ', 2000000000000],
  ])('%s is %d', (text, value) => {
    const words = text.split(' ');
    expect(parseNumberWords(words)).toEqual({ value, length: words.length });
  });

  it.each([
    ['mười năm qua', 10, 1],
    ['một trăm năm', 100, 2],
    ['hai mươi mốt hội nghị', 21, 3],
    ['sáu sáu', 6, 1],
  ])('"%s" reads %d over %d words and stops', (text, value, length) => {
    expect(parseNumberWords(text.split(' '))).toEqual({ value, length });
  });

  it.each([['mươi'], ['lăm'], ['mốt'], ['trăm'], ['nghìn'], ['linh'], ['hội nghị']])('"%s" does not begin a number', (text) => {
    expect(parseNumberWords(text.split(' '))).toBeNull();
  });

  it('knows which words can be part of a number', () => {
    expect(isNumberWord('mươi')).toBe(true);
    expect(isNumberWord('tỷ')).toBe(true);
    expect(isNumberWord('ban')).toBe(false);
  });
});

describe('findNumbers', () => {
  it('reads digits with their magnitude words and keeps offsets', () => {
    const text = 'giải ngân 2,75 tỷ và 40 nghìn tỷ';
    const found = findNumbers(text);
    expect(found.map((n) => [n.value, text.slice(n.start, n.end), n.magnitude])).toEqual([
      [2750000000, '2,75 tỷ', 1e9],
      [40000000000000, '40 nghìn tỷ', 1e12],
    ]);
    expect(text.slice(found[0].start, found[0].numeralEnd)).toBe('2,75');
  });

  it('reads numbers in words as whole words only', () => {
    const found = findNumbers('ban hành ba mươi hai văn bản, bảy nghìn lượt');
    expect(found.map((n) => [n.value, n.form, n.numeral])).toEqual([
      [32, 'words', 'ba mươi hai'],
      [7000, 'words', 'bảy nghìn'],
    ]);
  });

  it('splits a date and a ratio into their digit parts', () => {
    expect(findNumbers('ngày 9/4 có 12/15 phường').map((n) => n.value)).toEqual([9, 4, 12, 15]);
  });

  it('skips digit strings that are not one number', () => {
    expect(findNumbers('gọi 0243.8251.234 lúc nào')).toEqual([]);
  });

  it('searches only between from and to', () => {
    const text = '8 tổ, 9 đội';
    expect(findNumbers(text, 4).map((n) => n.value)).toEqual([9]);
    expect(findNumbers(text, 0, 4).map((n) => n.value)).toEqual([8]);
  });

  it('does not take a magnitude word across punctuation', () => {
    const found = findNumbers('được 12, triệu người');
    expect(found[0].value).toBe(12);
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['12.480', 12480],
    ['2,5 triệu', 2500000],
    ['1,1 triệu', 1100000],
    ['Hai mươi mốt', 21],
    ['ba nghìn', 3000],
  ])('%s is %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([['12 hội nghị'], ['ngày 3'], [''], ['3.6.2019']])('"%s" is not a bare number', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it('multiplies without binary noise', () => {
    expect(scaleNumber(1.1, 1e6)).toBe(1100000);
    expect(scaleNumber(2.35, 1e9)).toBe(2350000000);
  });
});

describe('findNumbers: word boundaries in one pass', () => {
  it('skips number words inside longer words and digits glued to letters', () => {
    expect(findNumbers('triển khai bao nhiêu F0 km2').map((n) => n.numeral)).toEqual([]);
  });

  it('reads several numbers of a long text in order', () => {
    const text = 'có 12 hộ, hai mươi mốt xã, 1,5 tỷ đồng và mười lăm đội';
    expect(findNumbers(text).map((n) => n.value)).toEqual([12, 21, 1500000000, 15]);
  });

  it('stops a number in words at punctuation', () => {
    expect(findNumbers('hai, ba người').map((n) => n.value)).toEqual([2, 3]);
  });
});

describe('vạn (ten thousand)', () => {
  it.each([
    ['24 vạn', 240000],
    ['1,5 vạn', 15000],
    ['ba vạn', 30000],
    ['hai mươi vạn', 200000],
  ])('%s is %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });
});

describe('findNumbers: words that are keys of every object', () => {
  // A record lookup with `in` finds "constructor" and "toString" on the prototype.
  it.each([['5 constructor'], ['7 toString'], ['12 valueOf']])('"%s" has no magnitude word', (text) => {
    const [found] = findNumbers(text);
    expect([found.value, found.magnitude, found.end]).toEqual([Number(text.split(' ')[0]), 1, text.indexOf(' ')]);
  });

  it('reads no number from a prototype key', () => {
    expect(parseNumberWords(['constructor'])).toBeNull();
    expect(parseNumberWords(['hai', 'toString'])).toEqual({ value: 2, length: 1 });
  });
});

describe('scaleNumber: integers skip the rounding', () => {
  it.each([
    [7, 1, 7],
    [14342, 1, 14342],
    [36.3, 1, 36.3],
    [29510, 1e9, 29510000000000],
    [1.5, 1e9, 1500000000],
  ])('%d × %d is %d', (value, factor, expected) => {
    expect(scaleNumber(value, factor)).toBe(expected);
  });

  it('still rounds a long integer to fifteen digits, as before', () => {
    expect(scaleNumber(1234567890123456789, 1)).toBe(Number((1234567890123456789).toPrecision(15)));
  });
});

describe('findNumbers: the magnitude word stands alone', () => {
  it.each<[string, number]>([
    ['5 tỷ2 đồng', 5],
    ['5 tỷ, đồng', 5000000000],
    ['3 nghìn\tngười', 3000],
    ['3  triệu người', 3000000],
    ['7 triệungười', 7],
  ])('%s', (text, value) => {
    expect(findNumbers(text)[0].value).toBe(value);
  });
});
