import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOUN_WORDS, OTHER_WORDS } from '../src/lexicon/wordClasses.js';
import { fold } from '../src/text/fold.js';
// @ts-expect-error plain JavaScript build script
import { dictionaryPath, generateWordClasses } from '../scripts/gen-word-classes.js';
import { ROOT } from './helpers.js';

const dictionary: string | null = dictionaryPath();

function words(packed: string): Set<string> {
  const out = new Set<string>();
  for (const group of packed.split('|')) {
    const [head, tails] = group.split(':');
    for (const tail of tails.split(',')) out.add(tail === '' ? head : `${head} ${tail}`);
  }
  return out;
}

describe('generated word classes (src/lexicon/wordClasses.ts)', () => {
  it.skipIf(dictionary === null || !existsSync(dictionary))(
    'is in sync with @vntk/dictionary (run `npm run build && node scripts/gen-word-classes.js`)',
    () => {
      const generated = generateWordClasses(JSON.parse(readFileSync(dictionary!, 'utf8')), fold);
      expect(generated).toBe(readFileSync(path.join(ROOT, 'src', 'lexicon', 'wordClasses.ts'), 'utf8'));
    },
  );

  it('holds nouns and other words in matching form, apart', () => {
    const nouns = words(NOUN_WORDS);
    const others = words(OTHER_WORDS);
    expect(nouns.size).toBeGreaterThan(10000);
    for (const noun of ['doanh nghiệp', 'diễn viên', 'hộ', 'ti vi', 'hòa bình']) expect(nouns.has(noun), noun).toBe(true);
    for (const other of ['trình', 'thực', 'triển']) expect(others.has(other), other).toBe(true);
    for (const word of [...nouns, ...others]) {
      expect(fold(word)).toBe(word);
      expect(word.split(' ').length).toBeLessThanOrEqual(3);
    }
    for (const noun of nouns) expect(others.has(noun), noun).toBe(false);
  });
});
