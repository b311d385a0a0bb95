import { describe, expect, it } from 'vitest';
import { decode, DecodeError, type Decoded } from '../src/text/decode.js';
import { TCVN3_TO_UNICODE } from '../src/text/legacy/tcvn3.js';
import { VIQR_MODIFIERS, VIQR_TONES } from '../src/text/legacy/viqr.js';
import { VNI_LETTERS, VNI_MARKS } from '../src/text/legacy/vni.js';
import { WINDOWS_1252_HIGH, windows1252Char } from '../src/text/legacy/windows1252.js';
import { isVietnameseSyllable } from '../src/text/legacy/syllable.js';

const SENTENCE = 'Hội nghị tổng kết công tác dân vận năm 2023';
const PARAGRAPH =
  'Sáng 12/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023. ' +
  'Đồng chí Nguyễn Thị Hường, Trưởng Ban Dân vận, phát biểu chỉ đạo và đề nghị các cấp ủy ' +
  'tiếp tục đổi mới nội dung, phương thức vận động quần chúng.';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

/** Bytes read as Windows-1252 and saved again as UTF-8, as a crawler trusting a wrong charset does. */
const throughWindows1252 = (bytes: Uint8Array) => utf8([...bytes].map(windows1252Char).join(''));

const HAT_MARKS = '\u0302\u0306\u031b';
/** NFD marks of one letter, hat / breve / horn before the tone (the order the encodings write them). */
function marksOf(letter: string): { base: string; marks: string } {
  const nfd = letter.normalize('NFD');
  const marks = [...nfd.slice(1)];
  marks.sort((a, b) => Number(HAT_MARKS.includes(b)) - Number(HAT_MARKS.includes(a)));
  return { base: nfd[0]!, marks: marks.join('') };
}

const WINDOWS_1252_BYTE = new Map([...WINDOWS_1252_HIGH].map(([byte, char]) => [char, byte]));
const asciiOr1252 = (ch: string) => {
  const byte = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : WINDOWS_1252_BYTE.get(ch);
  if (byte === undefined) throw new RangeError(`cannot encode ${ch}`);
  return byte;
};

/** Windows-1252 bytes of characters as a Windows-1252 viewer shows them. */
function asciiOr1252Latin(ch: string): number {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? code : asciiOr1252(ch);
}

/** The inverse of the TCVN3 table: VN3 stores capitals of toned letters as the lower-case byte. */
function encodeTcvn3(text: string): Uint8Array {
  const byteOf = new Map([...TCVN3_TO_UNICODE].map(([byte, char]) => [char, byte]));
  return Uint8Array.from([...text.normalize('NFC')].map((ch) => byteOf.get(ch) ?? byteOf.get(ch.toLowerCase()) ?? asciiOr1252(ch)));
}

/** The inverse of the VNI tables: whole-letter bytes, else base letter + one mark byte. */
function encodeVni(text: string): Uint8Array {
  const letterByte = new Map([...VNI_LETTERS].map(([byte, char]) => [char, byte]));
  const markByte = new Map([...VNI_MARKS].map(([byte, mark]) => [`${mark.marks}${byte < 0xe0 ? 'A' : 'a'}`, byte]));
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const letter = letterByte.get(ch);
    if (letter !== undefined) {
      bytes.push(letter);
      continue;
    }
    const { base, marks } = marksOf(ch);
    if (marks === '') {
      bytes.push(asciiOr1252(ch));
      continue;
    }
    const capital = base === base.toUpperCase() ? 'A' : 'a';
    const horned = marks.startsWith('\u031b');
    const rest = horned ? marks.slice(1) : marks;
    bytes.push(horned ? letterByte.get((base + '\u031b').normalize('NFC'))! : base.charCodeAt(0));
    if (rest !== '') bytes.push(markByte.get(rest + capital)!);
  }
  return Uint8Array.from(bytes);
}

/** The inverse of the VIQR tables. */
function encodeViqr(text: string): string {
  const modifierOf = new Map([...VIQR_MODIFIERS].map(([ch, { mark }]) => [mark, ch]));
  const toneOf = new Map([...VIQR_TONES].map(([ch, mark]) => [mark, ch]));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'dd' : 'DD';
      continue;
    }
    const { base, marks } = marksOf(ch);
    out += base + [...marks].map((m) => modifierOf.get(m) ?? toneOf.get(m)).join('');
  }
  return out;
}

function decodeError(bytes: Uint8Array): DecodeError {
  try {
    decode(bytes);
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('decode did not throw');
}

describe('decode: Unicode', () => {
  it('reads UTF-8 without BOM as is', () => {
    expect(decode(utf8(PARAGRAPH))).toEqual<Decoded>({ text: PARAGRAPH, warnings: [], encoding: 'UTF-8' });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decode(bytesOf([0xef, 0xbb, 0xbf], SENTENCE))).toEqual<Decoded>({ text: SENTENCE, warnings: [], encoding: 'UTF-8' });
  });

  it('decodes UTF-16LE with BOM (its NUL bytes do not make it binary)', () => {
    const bytes = Buffer.from('\ufeff' + PARAGRAPH, 'utf16le');
    expect(bytes.includes(0)).toBe(true);
    expect(decode(bytes)).toEqual<Decoded>({ text: PARAGRAPH, warnings: [], encoding: 'UTF-16LE' });
  });

  it('decodes UTF-16BE with BOM', () => {
    const bytes = Buffer.from('\ufeff' + PARAGRAPH, 'utf16le').swap16();
    expect([bytes[0], bytes[1]]).toEqual([0xfe, 0xff]);
    expect(decode(bytes)).toEqual<Decoded>({ text: PARAGRAPH, warnings: [], encoding: 'UTF-16BE' });
  });

  it('detects UTF-16 without BOM from the side its NUL bytes fall on', () => {
    expect(decode(Buffer.from(PARAGRAPH, 'utf16le'))).toEqual<Decoded>({
      text: PARAGRAPH,
      warnings: ['detected UTF-16LE without a byte order mark'],
      encoding: 'UTF-16LE',
    });
    expect(decode(Buffer.from(PARAGRAPH, 'utf16le').swap16())).toEqual<Decoded>({
      text: PARAGRAPH,
      warnings: ['detected UTF-16BE without a byte order mark'],
      encoding: 'UTF-16BE',
    });
  });

  it('decodes UTF-32LE with BOM', () => {
    const bytes = new Uint8Array(4 + 4 * [...SENTENCE].length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0xfeff, true);
    [...SENTENCE].forEach((ch, i) => view.setUint32(4 + 4 * i, ch.codePointAt(0)!, true));
    expect(decode(bytes)).toEqual<Decoded>({ text: SENTENCE, warnings: [], encoding: 'UTF-32LE' });
  });

  it('leaves NFD text decomposed (normalization happens later) and reports nothing', () => {
    const nfd = PARAGRAPH.normalize('NFD');
    expect(nfd).not.toBe(PARAGRAPH);
    expect(decode(utf8(nfd))).toEqual<Decoded>({ text: nfd, warnings: [], encoding: 'UTF-8' });
  });

  it('reads plain ASCII English as is, without a conversion warning', () => {
    const english =
      "The city council met on Monday. I'm told we're ready, aren't we? See e.g. www.example.com/news " +
      'for the C++ notes, the idea(s) list and the formula a^2 + b^2.';
    expect(decode(utf8(english))).toEqual<Decoded>({ text: english, warnings: [], encoding: 'UTF-8' });
  });

  it('reads Vietnamese without diacritics as is (it is not VIQR)', () => {
    const bare = 'Hoi nghi tong ket cong tac dan van nam 2023 dien ra tai Ha Noi.';
    expect(decode(utf8(bare))).toEqual<Decoded>({ text: bare, warnings: [], encoding: 'UTF-8' });
  });

  it('reads Western European UTF-8 as is', () => {
    const western =
      'Le conseil a approuvé le budget de l’année prochaine après un débat à propos des écoles. ' +
      'Der Bürgermeister eröffnete die Sitzung über die Größe des Haushalts.';
    expect(decode(utf8(western))).toEqual<Decoded>({ text: western, warnings: [], encoding: 'UTF-8' });
  });
});

describe('decode: legacy Vietnamese encodings', () => {
  it('matches published TCVN3 and VNI samples byte for byte', () => {
    // "TiÕng ViÖt rÊt hay" (TCVN3) and "Tieáng Vieät raát hay", "ñöôïc" (VNI) as the bytes Windows-1252 shows.
    const latin = (shown: string) => Uint8Array.from([...shown].map(asciiOr1252Latin));
    expect(decode(latin('TiÕng ViÖt rÊt hay, ®\u00adîc ®¸nh gi¸ cao')).text).toBe('Tiếng Việt rất hay, được đánh giá cao');
    expect(decode(latin('Tieáng Vieät raát hay, ñöôïc ñaùnh giaù cao')).text).toBe('Tiếng Việt rất hay, được đánh giá cao');
  });

  it('converts TCVN3 with a warning naming it', () => {
    expect(decode(encodeTcvn3(SENTENCE))).toEqual<Decoded>({
      text: SENTENCE,
      warnings: ['converted from TCVN3 (legacy Vietnamese encoding)'],
      encoding: 'TCVN3',
    });
    expect(decode(encodeTcvn3(PARAGRAPH)).text).toBe(PARAGRAPH);
  });

  it('restores the capitals of a TCVN3 title typed in a .VnTimeH font', () => {
    const title = 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC DÂN VẬN\nỦY BAN MẶT TRẬN TỔ QUỐC TỈNH';
    expect(decode(encodeTcvn3(title)).text).toBe(title);
  });

  it('capitalizes a toned TCVN3 letter that starts a sentence, and only there', () => {
    const text = 'Hội nghị đã bế mạc... ủy viên ra về. Ủy ban nhân dân tỉnh ghi nhận.\nỞ cơ sở, Ủy ban xã báo cáo.';
    // VN3 has no capital Ủ or Ở: the one after a comma cannot be told from lower case.
    expect(decode(encodeTcvn3(text)).text).toBe(text.replace(', Ủy ban', ', ủy ban'));
  });

  it('converts VNI-Windows with a warning naming it', () => {
    expect(decode(encodeVni(SENTENCE))).toEqual<Decoded>({
      text: SENTENCE,
      warnings: ['converted from VNI-Windows (legacy Vietnamese encoding)'],
      encoding: 'VNI-Windows',
    });
    expect(decode(encodeVni(PARAGRAPH)).text).toBe(PARAGRAPH);
  });

  it('converts Windows-1258 (combining tone bytes) with a warning naming it', () => {
    // "Hội nghị tổng kết": ô ê as letters, tones as combining bytes (0xF2 nặng, 0xD2 hỏi, 0xEC sắc).
    const bytes = bytesOf('H', [0xf4, 0xf2], 'i ngh', 'i', [0xf2], ' t', [0xf4, 0xd2], 'ng k', [0xea, 0xec], 't');
    expect(decode(bytes)).toEqual<Decoded>({
      text: 'Hội nghị tổng kết',
      warnings: ['converted from Windows-1258 (legacy Vietnamese encoding)'],
      encoding: 'Windows-1258',
    });
  });

  it.each([
    ['TCVN3', encodeTcvn3],
    ['VNI-Windows', encodeVni],
  ])('converts %s that had been read as Windows-1252 and saved as UTF-8', (encoding, encode) => {
    expect(decode(throughWindows1252(encode(PARAGRAPH)))).toEqual<Decoded>({
      text: PARAGRAPH,
      warnings: [`converted from ${encoding} (legacy Vietnamese encoding that had been read as Windows-1252)`],
      encoding,
    });
  });

  it('converts VIQR with a warning naming it', () => {
    const viqr = encodeViqr(PARAGRAPH);
    expect(viqr).toContain("ho^.i nghi. to^?ng ke^'t");
    expect(decode(utf8(viqr))).toEqual<Decoded>({
      text: PARAGRAPH,
      warnings: ['converted from VIQR (Vietnamese written with ASCII marks)'],
      encoding: 'VIQR',
    });
  });

  it.each([
    ['DDa(ng ky\' ho^.i nghi. ta.i Ha` No^.i', 'Đăng ký hội nghị tại Hà Nội'],
    ['Nghi. quye^\'t so^\' 23-QDD/TW cu?a HDDND ti?nh', 'Nghị quyết số 23-QĐ/TW của HĐND tỉnh'],
    ['Co^ng ta\'c dda.t ke^\'t qua? cao\\. Va^.n ddo^.ng nha^n da^n', 'Công tác đạt kết quả cao. Vận động nhân dân'],
  ])('reads the VIQR marks of %j', (viqr, expected) => {
    const words = `${viqr} ngu+o+\`i da^n Vie^.t Nam`;
    expect(decode(utf8(words)).text).toBe(`${expected} người dân Việt Nam`);
  });

  it('refuses text with some VIQR marks but too few to be sure', () => {
    const english = 'The committee reviewed the proposal and agreed to continue the discussion next month with all members present. ';
    const text = english.repeat(3) + 'Notes: tho^ng, lu+ong, ca`c, ba~i, ve^`, nu+o+c.';
    const err = decodeError(utf8(text));
    expect(err.code).toBe('DECODE');
    expect(err.message).toBe('text looks like VIQR (Vietnamese written with ASCII marks) but too little of it to convert safely');
  });

  it('refuses bytes that look like a legacy encoding but are too few to be sure', () => {
    // "Héi nghÞ": two TCVN3 words.
    const err = decodeError(bytesOf('H', [0xe9], 'i ngh', [0xde]));
    expect(err.code).toBe('DECODE');
    expect(err.message).toBe('not valid UTF-8; looks like TCVN3 (legacy Vietnamese encoding) but too uncertain to convert');
  });
});

describe('decode: mojibake', () => {
  it('repairs UTF-8 that had been read as Windows-1252', () => {
    const mojibake = [...utf8(SENTENCE)].map(windows1252Char).join('');
    expect(mojibake.startsWith('Há»™i nghá»‹')).toBe(true);
    expect(decode(utf8(mojibake))).toEqual<Decoded>({
      text: SENTENCE,
      warnings: ['repaired mojibake (UTF-8 text that had been read as Windows-1252)'],
      encoding: 'UTF-8',
    });
  });

  it('repairs UTF-8 that had been read as Latin-1, and mojibake made twice', () => {
    const latin1 = [...utf8(PARAGRAPH)].map((b) => String.fromCharCode(b)).join('');
    expect(decode(utf8(latin1)).text).toBe(PARAGRAPH);
    const twice = [...utf8([...utf8(PARAGRAPH)].map(windows1252Char).join(''))].map(windows1252Char).join('');
    expect(decode(utf8(twice)).text).toBe(PARAGRAPH);
  });

  it('keeps mojibake that lost bytes and says it could not be repaired', () => {
    // "Hội đồng, Thường trực": "Đ"'s byte 0x90 and "ờ"'s 0x9D are undefined in Windows-1252 and became "?".
    const damaged = 'Há»™i Ä‘á»“ng nhÃ¢n dÃ¢n, ThÆ°á»?ng trá»±c Há»™i Ä?á»“ng';
    expect(decode(utf8(damaged))).toEqual<Decoded>({
      text: damaged,
      warnings: ['text looks like mojibake (UTF-8 read as Windows-1252) but cannot be repaired exactly; kept as is'],
      encoding: 'UTF-8',
    });
  });
});

describe('decode: damaged and unknown bytes', () => {
  it('replaces a few invalid bytes with U+FFFD and a warning', () => {
    expect(decode(bytesOf('Hội nghị ', [0xff], 'tổng kết ', [0xc3], 'năm 2023'))).toEqual<Decoded>({
      text: 'Hội nghị \ufffdtổng kết \ufffdnăm 2023',
      warnings: ['invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD'],
      encoding: 'UTF-8',
    });
  });

  it.each([
    // Russian in Windows-1251: "Заседание совета началось утром."
    [
      'Windows-1251 Cyrillic',
      [
        ...[0xc7, 0xe0, 0xf1, 0xe5, 0xe4, 0xe0, 0xed, 0xe8, 0xe5, 0x20, 0xf1, 0xee, 0xe2, 0xe5, 0xf2, 0xe0, 0x20],
        ...[0xed, 0xe0, 0xf7, 0xe0, 0xeb, 0xee, 0xf1, 0xfc, 0x20, 0xf3, 0xf2, 0xf0, 0xee, 0xec, 0x2e],
      ],
    ],
    // German in Windows-1252: "Über die Größe der Straßenbäume für Bürger."
    ['Windows-1252 German', [...'Über die Größe der Straßenbäume für Bürger.'].map((ch) => ch.charCodeAt(0))],
    ['random high bytes', Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x80))],
  ])('refuses mostly invalid UTF-8 in no known encoding (%s)', (_name, bytes) => {
    const err = decodeError(Uint8Array.from(bytes));
    expect(err.code).toBe('DECODE');
    expect(err.message).toBe('not valid UTF-8 text (a legacy or unknown encoding)');
  });
});

describe('decode: binary data', () => {
  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]],
    ['PDF document', [...utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]],
    ['GZIP archive', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]],
  ])('names the format of a %s', (format, bytes) => {
    const err = decodeError(Uint8Array.from(bytes));
    expect(err.code).toBe('BINARY');
    expect(err.message).toBe(`binary data (${format}), not a text file`);
  });

  it('refuses unknown binary data (NUL bytes on both sides, control bytes)', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 7) % 256);
    const err = decodeError(bytes);
    expect(err.code).toBe('BINARY');
    expect(err.message).toBe('binary data, not a text file');
  });
});

describe('decode: empty input', () => {
  it('warns on an empty file', () => {
    expect(decode(new Uint8Array())).toEqual<Decoded>({ text: '', warnings: ['empty text'], encoding: 'UTF-8' });
  });

  it('warns on a whitespace-only file and keeps its text', () => {
    expect(decode(utf8(' \n\t\r\n  '))).toEqual<Decoded>({ text: ' \n\t\r\n  ', warnings: ['empty text'], encoding: 'UTF-8' });
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['nghị', 'người', 'quyết', 'khuya', 'giữ', 'hoặc', 'xoong', 'Trường', 'ĐẢNG', 'ạ'])('%s is a syllable', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(['cafộ', 'hoọi', 'tổc', 'nghũng', 'kăn', 'ngiệp', 'hóà', 'ỏứỉâễừ'])('%s is not', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
