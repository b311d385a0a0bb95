/**
 * Step 1 of citation extraction: find the document symbols in a text.
 *
 * Party symbols (Hướng dẫn 36-HD/VPTW): NUMBER-KIND/ISSUER[-ISSUER2], and for
 * an official letter NUMBER-CV/ISSUER[/unit]. State symbols (Nghị định
 * 30/2020/NĐ-CP, the law on legal documents): NUMBER/KIND-ISSUER,
 * NUMBER/YEAR/KIND-ISSUER, NUMBER/YEAR/QHk, NUMBER/ISSUER-UNIT. Written
 * variants (spaces, dashes, case, "TƯ", a line break) are read and the
 * canonical symbol rebuilt from the tables.
 */
import type { DocumentSystem } from '../../model/report.js';
import { isSpaceCode } from '../../text/chars.js';
import { digitRuns } from '../../text/digits.js';
import { SpanCover } from '../../text/sorted.js';
import { KINDS, LEGISLATIVE, resolvePartyIssuer, resolveStateIssuer, STATE } from './codes.js';

export interface DocumentSymbol {
  /** Offsets of the symbol in the text. */
  start: number;
  end: number;
  id: string;
  system: DocumentSystem;
  number: string;
  kind: string;
  kindName: string | null;
  issuer: string;
  issuerName: string | null;
  year: number | null;
}

/**
 * NUMBER-KIND/ISSUER[-ISSUER2][/unit] on folded text: 25-NQ/TW, "25 -NQ/TƯ",
 * "05 – CT/TW", 21-KL-TW, 05-QC/BTCTU-BDVTU, 5053-CV/VPTW/nb. Up to two
 * spaces or a line break may stand around each separator. Not after a
 * letter, digit or separator, so "COVID-19" and "3-6-2013" never start one.
 * Groups: number, kind, issuer, second issuer, unit.
 */
const PARTY_SYMBOL =
  /(?<![\p{L}\p{M}\d/.,-])(\d{1,5}[a-z]?)\s{0,2}[-–—]\s{0,2}(\p{L}{1,5})\s{0,2}[/-]\s{0,2}(\p{L}+)(?:\s{0,2}[-–—]\s{0,2}(\p{L}+))?(?:\/(\p{L}{1,8}))?(?![\p{L}\p{M}\d])/gu;

/**
 * NUMBER[/YEAR]/KIND-ISSUER[-MORE] (15/QĐ-BNV, 15/2020/NĐ-CP, 19-2017/NQ-CP,
 * 36a/NQ-CP), NUMBER/ISSUER-UNIT for an official letter (12/UBND-VX), and
 * NUMBER/YEAR/QH14 for laws. Groups: number, year separator, year, kind (or
 * issuer), legislature term, issuer parts.
 */
const STATE_SYMBOL =
  /(?<![\p{L}\p{M}\d/.,-])(\d{1,5}[a-z]?)(?:\s?([-/])\s?((?:19|20)\d{2}))?\s{0,2}\/\s{0,2}(\p{L}+)(?:(\d{2})|\s{0,2}[-–—]\s{0,2}(\p{L}+\d{0,2}(?:[-–—]\p{L}+\d{0,2})*))(?![\p{L}\p{M}\d])/gu;

/**
 * Where a symbol may start, for either pattern: a run of at most five digits,
 * an optional letter, at most two spaces and a dash or slash. Both patterns
 * need all of that, so trying them (sticky) at these starts only finds what
 * a search through the whole text finds, without running their look-behinds
 * at every position of the text.
 */
function symbolStarts(folded: string): number[] {
  const starts: number[] = [];
  const runs = digitRuns(folded);
  for (let r = 0; r < runs.starts.length; r++) {
    if (runs.ends[r] - runs.starts[r] > 5) continue;
    let at = runs.ends[r];
    const letter = folded.charCodeAt(at);
    if (letter >= 0x61 && letter <= 0x7a) at++; // a-z
    if (isSpaceCode(folded.charCodeAt(at))) at++;
    if (isSpaceCode(folded.charCodeAt(at))) at++;
    const separator = folded.charCodeAt(at);
    if (separator === 0x2d || separator === 0x2f || separator === 0x2013 || separator === 0x2014) starts.push(runs.starts[r]);
  }
  return starts;
}

/**
 * The matches of the last text asked about, by pattern: findSymbols and
 * findUnknownSymbols read the same text with the same patterns.
 */
let lastText: { folded: string; starts: number[]; matches: Map<RegExp, RegExpExecArray[]> } = {
  folded: '',
  starts: [],
  matches: new Map(),
};

const PARTY_SYMBOL_AT = new RegExp(PARTY_SYMBOL.source, 'uy');
const STATE_SYMBOL_AT = new RegExp(STATE_SYMBOL.source, 'uy');

/** The matches of a sticky pattern tried at each possible start: those of `folded.matchAll` with its global form. */
function matchesAtStarts(folded: string, sticky: RegExp): RegExpExecArray[] {
  if (lastText.folded !== folded) lastText = { folded, starts: symbolStarts(folded), matches: new Map() };
  const cached = lastText.matches.get(sticky);
  if (cached) return cached;
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of lastText.starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(folded);
    if (m) {
      matches.push(m);
      from = start + m[0].length;
    }
  }
  lastText.matches.set(sticky, matches);
  return matches;
}

/** The end of the issuer part that group `g` of a match covers. */
function groupEnd(m: RegExpExecArray, g: number, from: number): number {
  return m.index + m[0].indexOf(m[g], from - m.index) + m[g].length;
}

function partySymbol(m: RegExpExecArray, text: string): DocumentSymbol | null {
  const kind = KINDS.party.get(m[2]);
  const first = resolvePartyIssuer(m[3]);
  if (!kind || !first) return null;
  const second = m[4] === undefined ? null : resolvePartyIssuer(m[4]);
  const issuers = second ? [first, second] : [first];
  const afterKind = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
  // Without a valid second issuer the symbol ends after the first one.
  let end = groupEnd(m, 3, afterKind);
  if (second) end = groupEnd(m, 4, end);
  let id = `${text.slice(m.index, m.index + m[1].length)}-${kind.code}/${issuers.map((i) => i.code).join('-')}`;
  // An official letter may name its drafting unit in lower case: 5053-CV/VPTW/nb.
  const unitStart = end + 1;
  const unit = m[5] === undefined ? '' : text.slice(unitStart, unitStart + m[5].length);
  if (kind.code === 'CV' && text[end] === '/' && unit !== '' && /^\p{Ll}+$/u.test(unit)) {
    end = unitStart + unit.length;
    id += `/${unit}`;
  }
  const number = text.slice(m.index, m.index + m[1].length);
  const issuer = issuers.map((i) => i.code).join('-');
  return {
    start: m.index,
    end,
    id,
    system: 'party',
    number,
    kind: kind.code,
    kindName: kind.name,
    issuer,
    issuerName: issuers.map((i) => i.name).join(', '),
    year: null,
  };
}

/** The dash-separated parts after the kind, up to the first that is no issuer code. */
function stateIssuers(
  partsStart: number,
  partsText: string,
  text: string,
): { codes: string[]; names: (string | null)[]; end: number } {
  const codes: string[] = [];
  const names: (string | null)[] = [];
  let at = partsStart;
  let end = partsStart;
  for (const part of partsText.split(/[-–—]/u)) {
    const resolved = resolveStateIssuer(part, text.slice(at, at + part.length));
    if (!resolved) break;
    codes.push(resolved.code);
    names.push(resolved.name);
    end = at + part.length;
    at = end + 1;
  }
  return { codes, names, end };
}

function stateSymbol(m: RegExpExecArray, text: string): DocumentSymbol | null {
  const [, numberText, yearSeparator, yearText, slot, legislature, partsText] = m;
  const number = text.slice(m.index, m.index + numberText.length);
  const year = yearText === undefined ? null : Number(yearText);
  const dated = year === null ? '' : `${yearSeparator}${year}`;
  const base = { start: m.index, system: 'state' as const, number, year };
  if (legislature !== undefined) {
    const issuer = LEGISLATIVE.get(slot);
    if (!issuer || year === null) return null;
    const code = `${issuer.code}${legislature}`;
    return {
      ...base,
      end: m.index + m[0].length,
      id: `${number}${dated}/${code}`,
      kind: '',
      kindName: null,
      issuer: code,
      issuerName: issuer.name,
    };
  }
  const partsStart = m.index + m[0].length - partsText.length;
  const parts = stateIssuers(partsStart, partsText, text);
  const kind = KINDS.state.get(slot);
  if (kind && parts.codes.length > 0) {
    return {
      ...base,
      end: parts.end,
      id: `${number}${dated}/${kind.code}-${parts.codes.join('-')}`,
      kind: kind.code,
      kindName: kind.name,
      issuer: parts.codes.join('-'),
      issuerName: parts.names[0] === null ? null : parts.names.filter((n) => n !== null).join(', '),
    };
  }
  // An official letter carries no kind: NUMBER/ISSUER-UNIT, the unit that drafted it.
  const issuer = STATE.get(slot);
  const unit = text.slice(partsStart, partsStart + partsText.length);
  if (kind || !issuer || year !== null || !/^[\p{Lu}\d-]+$/u.test(unit)) return null;
  const letter = KINDS.state.get('cv')!;
  return {
    ...base,
    end: partsStart + partsText.length,
    id: `${number}/${issuer.code}-${unit}`,
    kind: letter.code,
    kindName: letter.name,
    issuer: issuer.code,
    issuerName: issuer.name,
  };
}

/** Every document symbol in the text, in text order, without overlaps. */
export function findSymbols(text: string, folded: string): DocumentSymbol[] {
  const found: DocumentSymbol[] = [];
  const scan = (pattern: RegExp, build: (m: RegExpExecArray, text: string) => DocumentSymbol | null) => {
    for (const m of matchesAtStarts(folded, pattern)) {
      const symbol = build(m as RegExpExecArray, text);
      if (symbol) found.push(symbol);
    }
  };
  scan(PARTY_SYMBOL_AT, partySymbol);
  scan(STATE_SYMBOL_AT, stateSymbol);
  found.sort((a, b) => a.start - b.start);
  return found.filter((s, i) => i === 0 || s.start >= found[i - 1].end);
}

// ---------------------------------------------------------------------------
// Symbol-shaped strings whose kind or issuer code no table knows, for `check`.

export interface UnknownSymbol {
  start: number;
  end: number;
  system: DocumentSystem;
  /** The kind and issuer codes as written. */
  kind: string;
  issuer: string;
  kindKnown: boolean;
  issuerKnown: boolean;
}

function unknownParty(m: RegExpExecArray, text: string): UnknownSymbol {
  const kindStart = m.index + m[0].indexOf(m[2], m[1].length);
  const issuerEnd = groupEnd(m, 3, kindStart + m[2].length);
  return {
    start: m.index,
    end: issuerEnd,
    system: 'party',
    kind: text.slice(kindStart, kindStart + m[2].length),
    issuer: text.slice(issuerEnd - m[3].length, issuerEnd),
    kindKnown: KINDS.party.has(m[2]),
    issuerKnown: resolvePartyIssuer(m[3]) !== null,
  };
}

function unknownState(m: RegExpExecArray, text: string): UnknownSymbol | null {
  const [, , , , slot, legislature, partsText] = m;
  if (legislature !== undefined) return null;
  const end = m.index + m[0].length;
  const partsStart = end - partsText.length;
  const firstPart = partsText.split(/[-–—]/u)[0];
  const slotStart = m.index + m[0].lastIndexOf(slot, partsStart - m.index);
  return {
    start: m.index,
    end,
    system: 'state',
    kind: text.slice(slotStart, slotStart + slot.length),
    issuer: text.slice(partsStart, partsStart + firstPart.length),
    kindKnown: KINDS.state.has(slot) || STATE.has(slot),
    issuerKnown: resolveStateIssuer(firstPart, text.slice(partsStart, partsStart + firstPart.length)) !== null,
  };
}

/**
 * Symbol-shaped strings that are no known symbol because a code is unknown
 * ("25-NX/TW", "12/QX-UBND"), outside the spans of the known symbols. The
 * caller decides, from the words before, whether one is meant as a symbol.
 */
export function findUnknownSymbols(text: string, folded: string, known: readonly DocumentSymbol[]): UnknownSymbol[] {
  // Bisection, not a comparison with every known symbol: that would cost symbols times symbols.
  const knownSpans = new SpanCover(known);
  const found: UnknownSymbol[] = [];
  const starts = new Set<number>();
  for (const m of matchesAtStarts(folded, PARTY_SYMBOL_AT)) {
    if (partySymbol(m as RegExpExecArray, text)) continue;
    const candidate = unknownParty(m as RegExpExecArray, text);
    if (!knownSpans.overlaps(candidate.start, candidate.end)) {
      found.push(candidate);
      starts.add(candidate.start);
    }
  }
  for (const m of matchesAtStarts(folded, STATE_SYMBOL_AT)) {
    if (stateSymbol(m as RegExpExecArray, text)) continue;
    const candidate = unknownState(m as RegExpExecArray, text);
    if (candidate && !knownSpans.overlaps(candidate.start, candidate.end) && !starts.has(candidate.start)) {
      found.push(candidate);
      starts.add(candidate.start);
    }
  }
  return found.filter((c) => !c.kindKnown || !c.issuerKnown).sort((a, b) => a.start - b.start);
}
