/**
 * Quality gates: `--min FIELD=VALUE`. A field scored by P/R/F1 is gated on
 * its F1; title, eventDate, date and issuedBy on their accuracy.
 */
import { ACCURACY_FIELDS, F1_FIELDS, type AccuracyField, type F1Field, type Summary } from './types.js';

export type GateField = F1Field | AccuracyField;
export const GATE_FIELDS: readonly GateField[] = [...F1_FIELDS, ...ACCURACY_FIELDS];

export interface Minimum {
  field: GateField;
  min: number;
}

export interface GateResult extends Minimum {
  metric: 'f1' | 'accuracy';
  /** null when the field had nothing to score (an accuracy over no items): the gate passes. */
  value: number | null;
  passed: boolean;
}

export class MinimumSyntaxError extends Error {}

/** A threshold number between 0 and 1 ("0.95", "1", ".8"). */
const THRESHOLD = /^(?:1(?:\.0*)?|0?\.\d+|0)$/u;

function gateField(name: string): GateField | undefined {
  const lower = name.trim().toLowerCase();
  return GATE_FIELDS.find((f) => f.toLowerCase() === lower);
}

/** Parses "citations=0.95"; throws MinimumSyntaxError with the reason. */
export function parseMinimum(spec: string): Minimum {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new MinimumSyntaxError(`expected FIELD=VALUE, got "${spec}"`);
  const name = spec.slice(0, eq);
  const field = gateField(name);
  if (!field) {
    throw new MinimumSyntaxError(`unknown field "${name.trim()}" (expected one of: ${GATE_FIELDS.join(', ')})`);
  }
  const text = spec.slice(eq + 1).trim();
  if (!THRESHOLD.test(text)) {
    throw new MinimumSyntaxError(`threshold for ${field} must be a number from 0 to 1, got "${text}"`);
  }
  return { field, min: Number(text) };
}

function isF1Field(field: GateField): field is F1Field {
  return (F1_FIELDS as readonly string[]).includes(field);
}

/** Rounding noise must not fail a gate the counts meet exactly. */
const TOLERANCE = 1e-12;

export function checkMinimums(summary: Summary, minimums: readonly Minimum[]): GateResult[] {
  return minimums.map(({ field, min }) => {
    const metric = isF1Field(field) ? 'f1' : 'accuracy';
    const value = isF1Field(field) ? summary.fields[field].f1 : summary.accuracy[field].accuracy;
    return { field, min, metric, value, passed: value === null || value >= min - TOLERANCE };
  });
}
