import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/batch/lines.js';
import { lineToJob } from '../src/batch/mapper.js';
import { ROOT, seedFiles } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'vnreport.js');

function vnreport(args: string[], input: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64e6 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function collect(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it.each([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['no final LF', ['a\nb'], ['a', 'b']],
    ['blank lines are lines', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['split across chunks', ['{"id":', '1}\n{"id"', ':2}\n'], ['{"id":1}', '{"id":2}']],
    ['CR and LF in different chunks', ['a\r', '\nb'], ['a', 'b']],
    ['empty input', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('puts a character cut between two chunks back together', async () => {
    const bytes = Buffer.from('Hội nghị\nđại hội\n', 'utf8');
    // Cut inside "ộ" (3 bytes in UTF-8).
    const cut = bytes.indexOf(Buffer.from('ộ')) + 1;
    expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['Hội nghị', 'đại hội']);
  });
});

describe('lineToJob: the line contract', () => {
  it('turns a record into a text job with the id as source', () => {
    expect(lineToJob('{"id":"vn-1","text":"Hội nghị"}', 1)).toEqual({ kind: 'text', source: 'vn-1', text: 'Hội nghị' });
    expect(lineToJob('{"id":42,"text":""}', 1)).toEqual({ kind: 'text', source: '42', text: '' });
    expect(lineToJob('{"text":"Hội nghị"}', 9)).toEqual({ kind: 'text', source: 'line:9', text: 'Hội nghị' });
  });

  it.each([
    ['empty line', '', 'line:3', /empty line/u],
    ['spaces only', '   ', 'line:3', /empty line/u],
    ['malformed JSON', '{"text": "Hội', 'line:3', /malformed JSON/u],
    ['malformed JSON, id recoverable', '{"id": "bai-7", "text": "Hội', 'bai-7', /malformed JSON/u],
    ['malformed JSON, numeric id', '{"id": 77, "text": Hội}', '77', /malformed JSON/u],
    ['an array', '[1,2]', 'line:3', /JSON object/u],
    ['a string', '"Hội nghị"', 'line:3', /JSON object/u],
    ['missing text, id kept', '{"id":"bai-8"}', 'bai-8', /missing "text"/u],
    ['text not a string', '{"id":"bai-9","text":12}', 'bai-9', /not a string/u],
  ])('%s gives an error record', (_name, line, source, message) => {
    const job = lineToJob(line, 3);
    expect(job.kind).toBe('done');
    if (job.kind !== 'done' || !('error' in job.result)) throw new Error('expected an error record');
    expect(job.result.source).toBe(source);
    expect(job.result.error.code).toBe('BAD_LINE');
    expect(job.result.error.message).toMatch(message);
  });
});

describe('vnreport extract --input-format ndjson', () => {
  const articles = seedFiles().map((f, i) => ({ id: `seed-${i}`, text: readFileSync(f, 'utf8') }));

  it('writes exactly one line per input line, in order, errors in place, exit 0', () => {
    const lines = [
      JSON.stringify(articles[0]),
      JSON.stringify({ id: 'empty', text: '' }),
      '{"id": "broken", "text": "Hội nghị',
      '',
      JSON.stringify(articles[1]),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: articles[2].text }),
    ];
    const { code, stdout, stderr } = vnreport(['extract', '--input-format', 'ndjson', '-j', '2'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const results = out.map((l) => JSON.parse(l));
    expect(results.map((r) => r.source)).toEqual(['seed-0', 'empty', 'broken', 'line:4', 'seed-1', 'no-text', 'line:7']);
    expect(results[0].title).toBeTruthy();
    expect(results[1].error).toBeUndefined();
    expect(results[1].warnings).toContain('empty text');
    expect(results[1].attendees).toEqual([]);
    expect(results[2].error.code).toBe('BAD_LINE');
    expect(results[3].error.message).toMatch(/empty line/u);
    expect(results[5].error.message).toMatch(/missing "text"/u);
    expect(results[6].title).toBeTruthy();
    expect(stderr).toContain('broken');
  });

  it('gives the same report as the file gives', () => {
    const file = seedFiles()[3];
    const fromFile = JSON.parse(vnreport(['extract', '-j', '1', file], '').stdout);
    const line = JSON.stringify({ id: file, text: readFileSync(file, 'utf8') });
    const fromLine = JSON.parse(vnreport(['extract', '--input-format', 'ndjson', '-j', '1'], `${line}\n`).stdout);
    expect(fromLine).toEqual(fromFile);
  });

  it('reads a 5 MB line', () => {
    const text = `${articles[1].text}\n${' '.repeat(5_000_000)}`;
    const big = JSON.stringify({ id: 'big', text });
    expect(big.length).toBeGreaterThan(5_000_000);
    const input = [JSON.stringify(articles[0]), big, JSON.stringify(articles[2])].join('\n');
    const { code, stdout } = vnreport(['extract', '--input-format', 'ndjson', '-j', '2'], input);
    expect(code).toBe(0);
    const results = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.source)).toEqual(['seed-0', 'big', 'seed-2']);
    expect(results[1].error).toBeUndefined();
    expect(results[1].title).toBeTruthy();
  });

  it('keeps input order with two workers, even when a long text comes first', () => {
    const long = { id: 'long', text: articles.map((a) => a.text).join('\n\n') };
    const records = [long, ...articles, ...articles.map((a) => ({ ...a, id: `${a.id}-again` }))];
    const input = records.map((r) => JSON.stringify(r)).join('\n');
    const { stdout } = vnreport(['extract', '--input-format', 'ndjson', '-j', '2'], input);
    const sources = stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source);
    expect(sources).toEqual(records.map((r) => r.id));
  });

  it('refuses other output formats and several inputs (exit 2)', () => {
    expect(vnreport(['extract', '--input-format', 'ndjson', '-f', 'json'], '').code).toBe(2);
    expect(vnreport(['extract', '--input-format', 'ndjson', 'a.ndjson', 'b.ndjson'], '').code).toBe(2);
  });

  it('answers empty input with empty output', () => {
    const { code, stdout } = vnreport(['extract', '--input-format', 'ndjson'], '');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });
});
