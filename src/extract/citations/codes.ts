/**
 * Lookups in the kind, issuer and body tables of src/lexicon/, keyed by the
 * folded (lower-case) code: what a symbol's codes mean, whether a kind word
 * agrees with a symbol's kind, which body an issuing body names.
 */
import { foldWithAbbreviations } from '../../eval/fold.js';
import type { DocumentSystem } from '../../model/report.js';
import { fold } from '../../text/fold.js';
import { KIND_WORDS, UNCODED_KINDS, type DocumentKind, type KindWord } from '../../lexicon/documentKinds.js';
import { DOCUMENT_KINDS } from '../../lexicon/documentKinds.js';
import {
  BODY_QUALIFIERS,
  ISSUING_BODIES,
  LEGISLATIVE_ISSUERS,
  PARTY_DEPARTMENTS,
  PARTY_ISSUERS,
  PARTY_LEVELS,
  STATE_ISSUERS,
  type Issuer,
  type IssuingBody,
} from '../../lexicon/issuers.js';

export interface Resolved {
  code: string;
  name: string | null;
}

function indexCodes<T extends Issuer | DocumentKind>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    for (const code of [entry.code, ...(entry.aliases ?? [])]) {
      if (!map.has(fold(code))) map.set(fold(code), entry);
    }
  }
  return map;
}

function kindsOf(system: DocumentSystem): Map<string, DocumentKind> {
  return indexCodes(DOCUMENT_KINDS.filter((k) => k.systems.includes(system)));
}

export const KINDS: Record<DocumentSystem, Map<string, DocumentKind>> = { party: kindsOf('party'), state: kindsOf('state') };
const PARTY_WHOLE = indexCodes(PARTY_ISSUERS);
const PARTY_LEVEL = indexCodes(PARTY_LEVELS);
const PARTY_DEPARTMENT = indexCodes(PARTY_DEPARTMENTS);
export const STATE = indexCodes(STATE_ISSUERS);
export const LEGISLATIVE = indexCodes(LEGISLATIVE_ISSUERS);
export const UNCODED_BY_WORD = new Map(UNCODED_KINDS.map((k) => [fold(k.name), k]));

/** A Party issuer code: a listed whole code, a level ("TW"), or department + level ("BDVHU"). */
export function resolvePartyIssuer(folded: string): Resolved | null {
  const whole = PARTY_WHOLE.get(folded);
  if (whole) return { code: whole.code, name: whole.name };
  const level = PARTY_LEVEL.get(folded);
  if (level) return { code: level.code, name: level.name };
  for (const [prefix, department] of PARTY_DEPARTMENT) {
    if (!folded.startsWith(prefix)) continue;
    const rest = PARTY_LEVEL.get(folded.slice(prefix.length));
    if (rest) return { code: department.code + rest.code, name: `${department.name} ${rest.suffix}` };
  }
  return null;
}

const LEGISLATURE_WITH_TERM = /^(\p{L}+?)(\d{1,2})$/u;

/**
 * A State issuer code: listed; a legislature with its term ("UBTVQH11" in
 * 03/2004/PL-UBTVQH11); or any code written in capitals ("BCĐ", "SNV").
 */
export function resolveStateIssuer(folded: string, surface: string): Resolved | null {
  const known = STATE.get(folded);
  if (known) return { code: known.code, name: known.name };
  const termed = LEGISLATURE_WITH_TERM.exec(folded);
  const legislature = termed ? LEGISLATIVE.get(termed[1]) : undefined;
  if (termed && legislature) return { code: `${legislature.code}${termed[2]}`, name: legislature.name };
  return /^\p{Lu}{2,}$/u.test(surface) ? { code: surface, name: null } : null;
}

// ---------------------------------------------------------------------------
// Kind words.

const KIND_WORD_BY_FOLDED = new Map(KIND_WORDS.map((k) => [fold(k.word), k]));

export function kindWordEntry(foldedWord: string): KindWord | undefined {
  return KIND_WORD_BY_FOLDED.get(foldedWord);
}

/** Whether a kind word ("nghị quyết", folded) agrees with a symbol's kind code. */
export function kindWordAgrees(foldedWord: string, kindCode: string): boolean {
  const entry = KIND_WORD_BY_FOLDED.get(foldedWord);
  if (!entry || entry.codes === 'any') return true;
  return entry.codes.includes(kindCode);
}

// ---------------------------------------------------------------------------
// Issuing bodies.

const BODY_FORMS: { form: string; body: IssuingBody }[] = ISSUING_BODIES.flatMap((body) =>
  body.forms.map((form) => ({ form, body })),
).sort((a, b) => b.form.length - a.form.length);

const NUMERAL = /^(?:\d{1,2}|[ivxlc]+)$/u;

/** Whether what follows a body's name only qualifies it: "đảng", "khóa xi", "7". */
function isQualifier(rest: string): boolean {
  if (rest === '') return true;
  if (BODY_QUALIFIERS.some((q) => rest === q || rest.startsWith(`${q} `))) return true;
  return rest.split(' ').every((w) => NUMERAL.test(w));
}

/**
 * The listed body an issuing body names ("Ban Chấp hành Trung ương Đảng
 * (khóa XI)", "BCH TW", "Hội nghị Trung ương 7" → Ban Chấp hành Trung ương),
 * or null for a body the table does not list.
 */
export function canonicalBody(issuedBy: string): IssuingBody | null {
  const folded = foldWithAbbreviations(issuedBy);
  for (const { form, body } of BODY_FORMS) {
    if (folded === form || (folded.startsWith(`${form} `) && isQualifier(folded.slice(form.length + 1)))) return body;
  }
  return null;
}

/**
 * Whether two issuing bodies as written name different bodies: both listed
 * and different, or else neither folded name containing the other ("Tỉnh
 * ủy" and "Tỉnh ủy Lào Cai" do not disagree).
 */
export function bodiesDisagree(a: string, b: string): boolean {
  const bodyA = canonicalBody(a);
  const bodyB = canonicalBody(b);
  if (bodyA && bodyB) return bodyA !== bodyB;
  const foldedA = foldWithAbbreviations(a);
  const foldedB = foldWithAbbreviations(b);
  return !foldedA.includes(foldedB) && !foldedB.includes(foldedA);
}
