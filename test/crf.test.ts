import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCrfModel, readCrfModel } from '../src/text/crf/model.js';
import { asCrfsuiteString, CrfTagger } from '../src/text/crf/tagger.js';
import titleCase from 'title-case';
import {
  FEATURE_COUNT,
  FeatureIdEncoder,
  isWordToken,
  isWordTokenTitle,
  NEVER_IN_TITLE,
} from '../src/text/crf/wordFeatures.js';
import { WORD_LETTERS } from '../src/text/syllables.js';
import { prepareDocument } from '../src/text/document.js';
import { tokenizeSyllables } from '../src/text/syllables.js';
import { sentenceFeatures, tagSyllables } from '../src/text/wordSegmenter.js';
import { readSeed, seedFiles } from './helpers.js';

// The native binding vntk uses is the reference for every tag.
const require = createRequire(import.meta.url);
const vntkPackage = require.resolve('vntk/package.json');
const vntkRequire = createRequire(vntkPackage);
const MODEL_FILE = path.join(path.dirname(vntkPackage), 'lib', 'word_tokenizer', 'model.bin');
interface NativeTagger {
  open(file: string): boolean;
  tag(xseq: string[][]): string[];
  get_labels(): string[];
}
interface NativeTrainer {
  append(xseq: string[][], yseq: string[]): void;
  set_params(options: Record<string, string>): void;
  train(file: string): number;
}
const crfsuite = vntkRequire('crfsuite') as {
  Tagger: new () => NativeTagger;
  Trainer: new (options?: { debug?: boolean }) => NativeTrainer;
};

const syllablesOf = (text: string) => tokenizeSyllables(text).map((t) => t.text);
const fixtureDocs = seedFiles().map((file) => prepareDocument(readSeed(file), file));
const fixtureSentences = fixtureDocs.flatMap((doc) => doc.sentences.map((s) => s.text));
const fixtureLines = fixtureDocs.flatMap((doc) => doc.lines.map((l) => l.text)).filter((l) => l.trim() !== '');

/** A small deterministic generator (mulberry32), so the crafted corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * News-like sentences built from crafted parts of conference reports: who,
 * what, where, figures, documents, dates; with case changes, quotes, and
 * punctuation a page can carry.
 */
function craftedSentences(count: number): string[] {
  const pick = <T>(list: T[], next: () => number) => list[Math.floor(next() * list.length)];
  const subjects = [
    'Đồng chí Trần Minh Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận',
    'Phó Chủ tịch UBND huyện Lê Thị Hồng Nhung',
    'Bí thư Đảng ủy xã Phạm Quốc Bảo',
    'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Đỗ Văn Tài',
    'Ban Chấp hành Hội Nông dân thành phố',
    'HĐND TP. Cần Thơ',
    'Giám đốc Sở Tài chính',
    'Mặt trận Tổ quốc Việt Nam tỉnh',
    'các đại biểu',
  ];
  const verbs = [
    'đã phát biểu chỉ đạo tại hội nghị tổng kết công tác năm',
    'yêu cầu các cấp, các ngành tiếp tục quán triệt',
    'nhấn mạnh cần đẩy mạnh cải cách hành chính và chuyển đổi số',
    'đề nghị triển khai nghiêm túc',
    'biểu dương những kết quả nổi bật trong việc thực hiện',
    'chủ trì buổi làm việc về tiến độ giải ngân vốn đầu tư công theo',
  ];
  const objects = [
    'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương',
    'Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'Quyết định số 1234/QĐ-UBND ngày 5-6-2023',
    'Kết luận số 21-KL/TW',
    'Luật Đất đai (sửa đổi)',
    'chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
    '“Dân vận khéo”',
  ];
  const figures = [
    'doanh thu đạt 14.342 tỷ đồng, tăng 36,3% so với cùng kỳ',
    'tỷ lệ hộ nghèo giảm còn 2,15%',
    'thu ngân sách ước đạt 1.250,5 tỷ đồng, bằng 104% dự toán',
    'có 1.234 đảng viên mới được kết nạp',
    'tổng vốn đăng ký hơn 3 triệu USD',
    'khoảng 70 - 80% số xã đạt chuẩn',
  ];
  const tails = ['.', '!', '...', ';', ' (ảnh: TTXVN).', ' - Ảnh: Quang Vinh', ' => hoàn thành', ''];
  const sentences: string[] = [];
  const next = random(20240601);
  for (let i = 0; i < count; i++) {
    let sentence = `${pick(subjects, next)} ${pick(verbs, next)} ${pick(objects, next)}`;
    if (next() < 0.6) sentence += `; ${pick(figures, next)}`;
    if (next() < 0.3) sentence += `, ${pick(objects, next)}`;
    sentence += pick(tails, next);
    const shape = next();
    if (shape < 0.1) sentence = sentence.toUpperCase();
    else if (shape < 0.15) sentence = sentence.toLowerCase();
    else if (shape < 0.2) sentence = sentence.replace(/ /gu, '  ');
    sentences.push(sentence);
  }
  return sentences;
}

/** Texts where the string the binding receives differs from the JavaScript string, or features run out. */
const EDGE_CASES = [
  '',
  'Ủy',
  'Hội nghị',
  'a=b và x == y ==> z',
  'Tỷ lệ\u0000 đạt 50%', // the binding cuts an attribute at NUL
  'Đại hội \ud800 lần thứ XIII', // a lone surrogate reaches crfsuite as U+FFFD
  'Vui 😀 quá, ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVI',
  'https://baochinhphu.vn/tin-tuc',
  '1.234.567 12/3/2024 3-4 9/10 ... >> -> ==> Tp. ThS. Mrs. UBND.',
  'Ⅻ ½ ² ٣ ๓ 𝟘',
  '« » — – “ ” ‘ ’ • © ® ™',
  // Lower-casing reads no context across the space that joins two tokens (final sigma).
  'ΟΔΟΣ ΑΣ. Σ ΣΑ ΑΣ\'Β',
  'İSTANBUL ǅ ǈ ẞ',
];

describe('readCrfModel (vntk word segmentation model)', () => {
  const model = loadCrfModel(MODEL_FILE);
  const nativeTagger = new crfsuite.Tagger();
  nativeTagger.open(MODEL_FILE);

  it('reads the labels the binding reports, and every attribute', () => {
    expect(model.labels).toEqual(nativeTagger.get_labels());
    expect(model.labels).toEqual(['BW', 'IW']);
    expect(model.attributeIds.size).toBe(10969);
    expect(model.stateWeights).toHaveLength(10969 * 2);
    expect(model.transitions).toHaveLength(4);
    expect(model.attributeIds.get('T[0].is_in_dict=True')).toBeGreaterThanOrEqual(0);
    expect(model.attributeIds.get('T[-2]=BOS')).toBeGreaterThanOrEqual(0);
  });

  it('rejects what is not a CRFsuite model', () => {
    expect(() => readCrfModel(new Uint8Array(10))).toThrow(/too short/);
    const bytes = new Uint8Array(readFileSync(MODEL_FILE));
    bytes[0] = 0x78;
    expect(() => readCrfModel(bytes)).toThrow(/lCRF/);
  });
});

describe('the TypeScript decoder tags as crfsuite does', () => {
  const tagBoth = (text: string) => {
    const tokens = syllablesOf(text);
    return { text, ts: tagSyllables(tokens, 'ts'), crfsuite: tagSyllables(tokens, 'crfsuite') };
  };
  const mismatches = (texts: string[]) => texts.map(tagBoth).filter((r) => r.ts.join(' ') !== r.crfsuite.join(' '));

  it('on every body sentence and every line of the fixtures', () => {
    expect(fixtureSentences.length).toBeGreaterThan(150);
    expect(mismatches([...fixtureSentences, ...fixtureLines])).toEqual([]);
  });

  it('on 400 crafted news sentences', () => {
    const sentences = craftedSentences(400);
    expect(new Set(sentences).size).toBeGreaterThan(300);
    expect(mismatches(sentences)).toEqual([]);
  });

  it('on a whole fixture article tagged as one sequence', () => {
    const tokens = syllablesOf(readSeed(seedFiles()[0])).slice(0, 3000);
    expect(tagSyllables(tokens, 'ts')).toEqual(tagSyllables(tokens, 'crfsuite'));
  });

  it.each(EDGE_CASES)('on the edge case %j', (text) => {
    const result = tagBoth(text);
    expect(result.ts).toEqual(result.crfsuite);
    expect(result.ts).toHaveLength(syllablesOf(text).length);
  });

  it('labels both kinds of token in real text', () => {
    const tags = fixtureSentences.flatMap((s) => tagSyllables(syllablesOf(s), 'ts'));
    expect(tags.filter((t) => t === 'IW').length).toBeGreaterThan(1000);
    expect(tags.filter((t) => t === 'BW').length).toBeGreaterThan(1000);
  });
});

describe('FeatureIdEncoder', () => {
  const model = loadCrfModel(MODEL_FILE);
  const tagger = new CrfTagger(model);
  const idsOfStrings = (tokens: string[]) => Int32Array.from(sentenceFeatures(tokens).flat(), (name) => tagger.attributeId(name));

  it('gives the ids of vntk feature strings on fixture and crafted sentences', () => {
    // A fresh encoder, then the same one again: its memo must not change an answer.
    const encoder = new FeatureIdEncoder(model.attributeIds, sentenceDictionary(), asCrfsuiteString);
    const texts = [...fixtureSentences, ...craftedSentences(100), ...EDGE_CASES];
    for (let pass = 0; pass < 2; pass++) {
      const wrong = texts.filter((text) => {
        const tokens = syllablesOf(text);
        const ids = encoder.encode(tokens).slice();
        return ids.length !== tokens.length * FEATURE_COUNT || ids.join() !== idsOfStrings(tokens).join();
      });
      expect(wrong).toEqual([]);
    }
  });
});

describe('title case without title-case (the encoder\'s shortcuts)', () => {
  const isTitleCase = (text: string) => text === titleCase(text);
  const wordChars = [...`${WORD_LETTERS}0123456789`];

  it('decides every word token of one or two characters, and runs of them, as title-case does', () => {
    const tokens = [...wordChars, ...wordChars.flatMap((a) => wordChars.map((b) => a + b))];
    expect(tokens.every(isWordToken)).toBe(true);
    const wrong = tokens.filter((t) => isWordTokenTitle(t, t.toLowerCase()) !== isTitleCase(t));
    expect(wrong).toEqual([]);
    const next = random(11);
    for (let i = 0; i < 3000; i++) {
      const run = Array.from({ length: 1 + Math.floor(next() * 3) }, () => tokens[Math.floor(next() * tokens.length)]);
      const expected = run.every((t) => isWordTokenTitle(t, t.toLowerCase()));
      expect(isTitleCase(run.join(' '))).toBe(expected);
    }
  });

  it('knows that no run holding punctuation or a symbol is title case', () => {
    const marks: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (NEVER_IN_TITLE.test(c)) marks.push(c);
    }
    for (let code = 0x1f300; code < 0x1f700; code++) {
      const c = String.fromCodePoint(code);
      if (NEVER_IN_TITLE.test(c)) marks.push(c);
    }
    expect(marks.length).toBeGreaterThan(4000);
    // title-case drops every one of them, so it can never give back a text holding one.
    expect(marks.filter((c) => titleCase(`A${c}B`).includes(c) || titleCase(c) !== '')).toEqual([]);
  });
});

/** vntk's dictionary, as the segmenter loads it. */
function sentenceDictionary(): Set<string> {
  const dictionaryPackage = vntkRequire.resolve('@vntk/dictionary/package.json');
  const words = readFileSync(path.join(path.dirname(dictionaryPackage), 'data', 'Viet74K.txt'), 'utf8');
  return new Set(words.toLowerCase().split('\n'));
}

describe('asCrfsuiteString', () => {
  it.each([
    ['T[0]=hội', 'T[0]=hội'],
    ['T[0]=a\u0000b', 'T[0]=a'],
    ['T[0]=\ud800x', 'T[0]=\ufffdx'],
    ['T[0]=x\udc00', 'T[0]=x\ufffd'],
    ['T[0]=😀', 'T[0]=😀'],
    ['\udc00\ud800', '\ufffd\ufffd'],
  ])('%j → %j', (input, expected) => {
    expect(asCrfsuiteString(input)).toBe(expected);
  });
});

describe('CrfTagger on a model with three labels, trained here by crfsuite', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vnreport-crf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads it and tags random sequences as crfsuite does', () => {
    const next = random(7);
    const vocabulary = ['w=Hà', 'w=Nội', 'w=ông', 'w=Nguyễn', 'w=Văn', 'cap', 'low', 'num', 'w=2024', 'w=,', 'p=Hà'];
    const sequence = (length: number) =>
      Array.from({ length }, () => vocabulary.filter(() => next() < 0.35));
    const labelOf = (item: string[]) => (item.includes('num') ? 'N' : item.includes('cap') ? 'B' : 'O');
    const trainer = new crfsuite.Trainer({ debug: false });
    for (let i = 0; i < 60; i++) {
      const xseq = sequence(2 + Math.floor(next() * 8));
      trainer.append(xseq, xseq.map(labelOf));
    }
    trainer.set_params({ c2: '0.1', max_iterations: '30' });
    const file = path.join(dir, 'tiny.model');
    expect(trainer.train(file)).toBe(0);

    const native = new crfsuite.Tagger();
    native.open(file);
    const tagger = new CrfTagger(loadCrfModel(file));
    expect(tagger.model.labels.slice().sort()).toEqual(['B', 'N', 'O']);
    for (let i = 0; i < 200; i++) {
      const xseq = sequence(1 + Math.floor(next() * 12));
      xseq.forEach((item) => next() < 0.2 && item.push('unknown=attribute'));
      expect(tagger.tag(xseq)).toEqual(native.tag(xseq));
    }
    expect(tagger.tag([])).toEqual([]);
  });
});
