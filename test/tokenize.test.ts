import { Command } from 'commander';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import titleCase from 'title-case';
import { registerTokenize } from '../src/cli/tokenize.js';
import { prepareDocument } from '../src/text/document.js';
import { tokenizeSyllables, WORD_LETTERS } from '../src/text/syllables.js';
import {
  formatWord,
  formatWords,
  isTitle,
  segmentDocument,
  segmentWords,
  sentenceFeatures,
  type Word,
} from '../src/text/wordSegmenter.js';
import { readSeed, seedFiles } from './helpers.js';

// vntk's shipped pipeline is the reference (tests only: it is far too slow for src/).
const require = createRequire(import.meta.url);
const vntkTokenizer = require('vntk/lib/tokenizer') as { tokenize(text: string): string[] };
const vntkWords = require('vntk/lib/word_tokenizer') as {
  tag(text: string, format?: boolean): string[] | string;
  transform(tokens: [string, string][]): string[][];
};
// vntk's dictionary lookup is a linear scan of 74,000 words; it is a pure
// function of its argument, so memoizing it keeps the reference's answers and
// makes it fast enough to check every fixture sentence.
const vntkDictionary = createRequire(require.resolve('vntk/lib/features/word_features.js'))('@vntk/dictionary') as {
  has(word: string): boolean;
};
const scanDictionary = vntkDictionary.has.bind(vntkDictionary);
const dictionaryAnswers = new Map<string, boolean>();
vntkDictionary.has = (word: string) => {
  let answer = dictionaryAnswers.get(word);
  if (answer === undefined) dictionaryAnswers.set(word, (answer = scanDictionary(word)));
  return answer;
};
const vntkFeatures = (tokens: string[]) => vntkWords.transform(tokens.map((t): [string, string] => [t, 'X']));

const syllablesOf = (text: string) => tokenizeSyllables(text).map((t) => t.text);
const fixtureDocs = seedFiles().map((file) => prepareDocument(readSeed(file), file));
const fixtureSentences = fixtureDocs.flatMap((doc) => doc.sentences.map((s) => s.text));

describe('tokenizeSyllables', () => {
  it.each([
    [
      'Truy cập https://baochinhphu.vn/tin-tuc để xem.',
      ['Truy', 'cập', 'https', ':', '/', '/', 'baochinhphu', '.', 'vn', '/', 'tin', '-', 'tuc', 'để', 'xem', '.'],
    ],
    // The web and email patterns only ever match a whole text.
    ['https://baochinhphu.vn/tin-tuc', ['https://baochinhphu.vn/tin-tuc']],
    ['lienhe@dangcongsan.vn', ['lienhe@dangcongsan.vn']],
    ['Gửi thư tới lienhe@dangcongsan.vn', ['Gửi', 'thư', 'tới', 'lienhe', '@', 'dangcongsan', '.', 'vn']],
    [
      'Sáng 13/1/2024 và chiều 5/12, họp ngày 10-1 và 2-3-2024.',
      ['Sáng', '13/1/2024', 'và', 'chiều', '5/12', ',', 'họp', 'ngày', '10-1', 'và', '2-3-2024', '.'],
    ],
    ['Số 123/45 và 1/123', ['Số', '123', '/', '45', 'và', '1/12', '3']],
    [
      'Doanh thu đạt 14.342 tỷ đồng, tăng 36,3% với 1.234.567 lượt.',
      ['Doanh', 'thu', 'đạt', '14.342', 'tỷ', 'đồng', ',', 'tăng', '36,3', '%', 'với', '1.234.567', 'lượt', '.'],
    ],
    [
      'UBND TP. Cần Thơ, Tp. Huế, ThS. Lan, Mr. Long, Mrs. Mai, Dr. Hà.',
      ['UBND', 'TP.', 'Cần', 'Thơ', ',', 'Tp.', 'Huế', ',', 'ThS.', 'Lan', ',', 'Mr.', 'Long', ',', 'Mrs.', 'Mai', ',', 'Dr.', 'Hà', '.'],
    ],
    ['Thành ủy TP HCM.', ['Thành', 'ủy', 'TP', 'HCM.']],
    ['Đ. Lê Lợi', ['Đ.', 'Lê', 'Lợi']],
    [
      'Chờ đợi... rồi ==> kết quả -> tốt >> hơn',
      ['Chờ', 'đợi', '...', 'rồi', '==>', 'kết', 'quả', '->', 'tốt', '>>', 'hơn'],
    ],
    ['dịch COVID-19 (SARS-CoV-2)', ['dịch', 'COVID', '-', '19', '(', 'SARS', '-', 'CoV', '-', '2', ')']],
    ['“Dân vận khéo”\u00a0–\tthành  công', ['“', 'Dân', 'vận', 'khéo', '”', '–', 'thành', 'công']],
  ])('%s', (text, expected) => {
    expect(syllablesOf(text)).toEqual(expected);
    expect(syllablesOf(text)).toEqual(vntkTokenizer.tokenize(text));
  });

  it('gives spans that slice back to each token', () => {
    const text = '  Ngày 10-1,  UBND TP. Đà Nẵng chi 14.342 tỷ…';
    for (const token of tokenizeSyllables(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps a character outside the BMP whole (vntk splits its surrogates)', () => {
    expect(syllablesOf('Vui 😀 quá')).toEqual(['Vui', '😀', 'quá']);
  });

  it('returns on long runs of capitals and digits (vntk backtracks exponentially there)', () => {
    const capitals = 'A'.repeat(5000);
    expect(syllablesOf(`${capitals} là chữ`)).toEqual([capitals, 'là', 'chữ']);
    const digits = '9'.repeat(5000);
    expect(syllablesOf(`${digits}/ là số`)).toEqual([digits, '/', 'là', 'số']);
  });

  it('classifies every UTF-16 code unit as vntk does', () => {
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [`x ${c}x${c}`, c, `${c}1`]) {
        if (JSON.stringify(syllablesOf(text)) !== JSON.stringify(vntkTokenizer.tokenize(text))) {
          mismatches.push(code.toString(16));
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('equals vntk on every body sentence and every line of the fixtures', () => {
    const texts = [...fixtureSentences, ...fixtureDocs.flatMap((doc) => doc.lines.map((l) => l.text))];
    const mismatches = texts.filter((t) => JSON.stringify(syllablesOf(t)) !== JSON.stringify(vntkTokenizer.tokenize(t)));
    expect(mismatches).toEqual([]);
  });
});

describe('isTitle (title-case v2 semantics)', () => {
  const runs = (tokens: string[]) =>
    tokens.flatMap((_, i) => [1, 2, 3].filter((n) => i + n <= tokens.length).map((n) => tokens.slice(i, i + n).join(' ')));

  it('agrees with title-case on every token, pair and triple of the fixtures', () => {
    const strings = new Set(fixtureDocs.flatMap((doc) => doc.lines.flatMap((l) => runs(syllablesOf(l.text)))));
    const disagreements = [...strings].filter((s) => isTitle(s) !== (s === titleCase(s)));
    expect(strings.size).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });

  it('is false for strings starting with a lower-case Vietnamese letter, as title-case says', () => {
    const lower = [...WORD_LETTERS].filter((c) => c !== c.toUpperCase());
    for (const c of lower) {
      for (const rest of ['', 'a', 'A', ' Bình', '1', '-x', '.']) {
        expect(isTitle(c + rest)).toBe(false);
        expect(titleCase(c + rest)).not.toBe(c + rest);
      }
    }
  });

  it.each([
    ['Hà Nội', true],
    ['Ủy Ban', true],
    ['UBND', false],
    ['Bí thư', false],
    ['2024', true],
    [',', false],
  ])('%s → %s', (text, expected) => {
    expect(isTitle(text)).toBe(expected);
  });
});

describe('sentenceFeatures', () => {
  it('builds the same feature strings as vntk on every body sentence of the fixtures', () => {
    const mismatches = fixtureSentences.filter((s) => {
      const tokens = syllablesOf(s);
      return JSON.stringify(sentenceFeatures(tokens)) !== JSON.stringify(vntkFeatures(tokens));
    });
    expect(mismatches).toEqual([]);
  });

  it.each([
    // vntk cuts a feature value at its first "=".
    ['Tỷ lệ x = 3 ==> đạt'],
    ['a=b'],
    // Dictionary hits blank the word features; short sentences hit BOS/EOS everywhere.
    ['Hội nghị'],
    ['Ủy'],
    ['Ban Chấp hành Trung ương Đảng khóa XIII họp ngày 13/1, TP. HCM.'],
  ])('builds the same feature strings as vntk on "%s"', (text) => {
    const tokens = syllablesOf(text);
    expect(sentenceFeatures(tokens)).toEqual(vntkFeatures(tokens));
  });

  it('blanks dictionary words and cuts values at "="', () => {
    const [first] = sentenceFeatures(['hội', 'nghị', '=']);
    expect(first).toContain('T[0].is_in_dict=True');
    expect(first).toContain('T[0]=-');
    expect(first).toContain('T[0,1]=-');
    expect(first).toContain('T[-2]=BOS');
    expect(first).toContain('T[0,2]=hội nghị ');
  });
});

describe('segmentWords', () => {
  it('equals vntk wordTokenizer.tag on every body sentence of the fixtures', () => {
    expect(fixtureSentences.length).toBeGreaterThan(150);
    const mismatches = fixtureSentences
      .map((s) => ({ sentence: s, ours: segmentWords(s).map((w) => w.text), vntk: vntkWords.tag(s) }))
      .filter((r) => JSON.stringify(r.ours) !== JSON.stringify(r.vntk));
    expect(mismatches).toEqual([]);
  });

  it.each([
    'Chúng ta cần củng cố khối đại đoàn kết toàn dân tộc trong năm tới.',
    'Đồng bào dân tộc thiểu số ở vùng cao đã ổn định cuộc sống.',
    'Sở đẩy mạnh ứng dụng công nghệ thông tin vào cải cách hành chính.',
    'Truy cập https://baochinhphu.vn/tin-tuc để xem thêm.',
    'Doanh thu đạt 14.342 tỷ đồng, tăng 36,3% so với năm 2022.',
    '',
  ])('equals vntk on "%s"', (sentence) => {
    expect(segmentWords(sentence).map((w) => w.text)).toEqual(vntkWords.tag(sentence));
  });

  it('joins every syllable of a word with "_" (vntk only replaces the first space)', () => {
    const sentence = 'Chúng ta cần củng cố khối đại đoàn kết toàn dân tộc.';
    expect(formatWords(segmentWords(sentence))).toBe('Chúng_ta cần củng_cố khối đại_đoàn_kết toàn dân_tộc .');
    expect(vntkWords.tag(sentence, true)).toContain('đại_đoàn kết');
    const word: Word = {
      text: 'Ủy ban nhân dân',
      start: 0,
      end: 15,
      syllables: tokenizeSyllables('Ủy ban nhân dân'),
    };
    expect(formatWord(word)).toBe('Ủy_ban_nhân_dân');
  });

  it('segments a run-on text longer than one tagged sequence, losing no token', () => {
    const text = 'các đại biểu dự hội nghị tổng kết công tác dân vận, '.repeat(400);
    const words = segmentWords(text);
    expect(words.flatMap((w) => w.syllables)).toEqual(tokenizeSyllables(text));
    expect(words.filter((w) => w.text === 'hội nghị')).toHaveLength(400);
  });

  it('gives word spans into the document text', () => {
    for (const doc of fixtureDocs.slice(0, 2)) {
      for (const { sentence, words } of segmentDocument(doc)) {
        expect(words[0].start).toBeGreaterThanOrEqual(sentence.start);
        expect(words[words.length - 1].end).toBeLessThanOrEqual(sentence.end);
        for (const word of words) {
          for (const s of word.syllables) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
          expect(doc.text.slice(word.start, word.end).replace(/\s+/gu, ' ')).toBe(word.text);
        }
      }
    }
  });
});

describe('vnreport tokenize', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Run the command in-process, capturing what it writes. */
  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const capture = (sink: 'out' | 'err') =>
      ((chunk: string, encoding?: unknown, callback?: unknown) => {
        if (sink === 'out') stdout += chunk;
        else stderr += chunk;
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') done();
        return true;
      }) as typeof process.stdout.write;
    vi.spyOn(process.stdout, 'write').mockImplementation(capture('out'));
    vi.spyOn(process.stderr, 'write').mockImplementation(capture('err'));
    const exit = { code: 0 };
    const program = new Command().exitOverride();
    registerTokenize(program, exit);
    await program.parseAsync(['node', 'vnreport', 'tokenize', ...args]);
    vi.restoreAllMocks();
    return { stdout, stderr, code: exit.code };
  }

  it('prints one line per sentence, words joined by "_"', async () => {
    const [file] = seedFiles();
    const { stdout, code } = await run([file]);
    const expected = segmentDocument(fixtureDocs[0]).map((s) => formatWords(s.words));
    expect(stdout.trimEnd().split('\n')).toEqual(expected);
    expect(code).toBe(0);
  });

  it('prints JSON with spans into the input, and goes on past a missing file', async () => {
    const [a, b] = seedFiles();
    const { stdout, stderr, code } = await run(['--format', 'json', a, '/nonexistent/bài.txt', b]);
    const docs = JSON.parse(stdout) as {
      source: string;
      sentences: { start: number; end: number; text: string; words: { word: string; start: number; end: number; text: string }[] }[];
    }[];
    expect(docs.map((d) => d.source)).toEqual([a, b]);
    expect(stderr).toContain('/nonexistent/bài.txt: no such file');
    expect(code).toBe(1);
    const input = readSeed(a);
    for (const sentence of docs[0].sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const w of sentence.words) {
        expect(input.slice(w.start, w.end)).toBe(w.text);
        expect(w.word).toBe(w.text.normalize('NFC').split(/\s+/u).join('_'));
      }
    }
  });
});
