/**
 * The JSON Schema of vnreport's output (schema/report.schema.json, generated
 * from src/model), compiled once. A line is judged against the branch it
 * claims to be: an error record if it has "error", else a report, so that
 * the errors name what is wrong with that kind of line rather than listing
 * the failures of both branches of the schema's anyOf.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

const SCHEMA_URL = new URL('../../schema/report.schema.json', import.meta.url);

export interface SchemaError {
  /** JSON Pointer to the offending value ("" for the whole line). */
  path: string;
  message: string;
}

export type ResultValidator = (value: unknown) => SchemaError[];

function toSchemaError(error: ErrorObject): SchemaError {
  const extra =
    error.keyword === 'additionalProperties'
      ? `: "${(error.params as { additionalProperty: string }).additionalProperty}"`
      : error.keyword === 'enum'
        ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : '';
  return { path: error.instancePath, message: `${error.message ?? error.keyword}${extra}` };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function loadResultValidator(schemaText = readFileSync(SCHEMA_URL, 'utf8')): ResultValidator {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(schemaText), 'report');
  const report: ValidateFunction = ajv.compile({ $ref: 'report#/definitions/Report' });
  const errorRecord: ValidateFunction = ajv.compile({ $ref: 'report#/definitions/ErrorRecord' });
  return (value) => {
    if (!isObject(value)) return [{ path: '', message: 'must be an object (a report or an error record)' }];
    const validate = 'error' in value ? errorRecord : report;
    return validate(value) ? [] : (validate.errors ?? []).map(toSchemaError);
  };
}
