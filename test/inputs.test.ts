/**
 * The progress bar's total must be the number of records the batch will
 * write: countInputs and expandInputs share one plan per input, and these
 * cases are where a separate counter used to drift (directories named *.txt,
 * special files, patterns that match nothing, missing files, standard input).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/batch/inputs.js';
import { countInputs } from '../src/batch/progress.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'vnreport-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function touch(relative: string): string {
  const at = path.join(scratch, relative);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, 'Hội nghị');
  return at;
}

touch('tree/a.txt');
touch('tree/deep/b.txt');
touch('tree/notes.md');
mkdirSync(path.join(scratch, 'tree', 'folder.txt'), { recursive: true });
touch('tree/folder.txt/c.txt');
execFileSync('mkfifo', [path.join(scratch, 'tree', 'pipe.txt')]);
const single = touch('single.txt');

describe('countInputs counts what expandInputs yields', () => {
  it.each([
    ['a directory with nested texts, a directory named *.txt and a FIFO', [path.join(scratch, 'tree')]],
    ['a trailing slash', [`${path.join(scratch, 'tree')}///`]],
    ['a glob pattern', [path.join(scratch, 'tree', '**', '*.txt')]],
    ['a pattern that matches nothing', [path.join(scratch, 'nothing-*.txt')]],
    ['a missing file', [path.join(scratch, 'missing.txt')]],
    ['standard input and a file', ['-', single]],
    ['everything at once', [path.join(scratch, 'tree'), path.join(scratch, '*.txt'), '-', path.join(scratch, 'missing.txt')]],
  ])('%s', async (_, inputs) => {
    const expanded = await expandInputs(inputs);
    expect(await countInputs(inputs).total).toBe(expanded.length);
  });

  it('expands the tree to its texts and its FIFO, not to the directory named *.txt', async () => {
    const expanded = await expandInputs([path.join(scratch, 'tree')]);
    expect(expanded.map((s) => path.relative(scratch, s.source))).toEqual([
      'tree/a.txt',
      'tree/deep/b.txt',
      'tree/folder.txt/c.txt',
      'tree/pipe.txt',
    ]);
  });
});
