// Generates schema/report.schema.json from the Report model in
// src/model/report.ts. test/schema.test.ts fails when the two drift apart.
import { createGenerator } from 'ts-json-schema-generator';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateSchema() {
  const schema = createGenerator({
    path: `${root}src/model/report.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'Result',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('Result');
  schema.$id = 'https://vnreport.dev/schema/report.schema.json';
  schema.title = 'vnreport result: a Report, or an error record for an input that failed';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${root}schema/report.schema.json`, generateSchema());
  console.log('wrote schema/report.schema.json');
}
