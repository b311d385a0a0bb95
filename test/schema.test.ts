import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { errorRecord } from '../src/batch/process.js';
// @ts-expect-error plain JavaScript build script
import { generateSchema } from '../scripts/gen-schema.js';
import { ROOT, readSeed, seedFiles } from './helpers.js';

const schemaText = readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schemaText));

describe('JSON Schema', () => {
  it('is generated from the Report model (run `npm run schema` after changing src/model)', () => {
    expect(generateSchema()).toBe(schemaText);
  });

  it.each(seedFiles())('validates the report of %s', (file) => {
    const report = JSON.parse(JSON.stringify(analyze(readSeed(file), path.basename(file))));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates an error record and rejects a malformed report', () => {
    expect(validate(errorRecord('x.txt', 'ENOENT', 'no such file'))).toBe(true);
    const report = JSON.parse(JSON.stringify(analyze('Hội nghị\n\nSáng 13/1, hội nghị diễn ra.', 'a.txt')));
    delete report.attendees;
    expect(validate(report)).toBe(false);
    expect(validate({ source: 'x', error: { code: 'NOPE', message: '' } })).toBe(false);
  });
});
