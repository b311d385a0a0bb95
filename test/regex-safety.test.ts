/**
 * Every regular expression in src/ is checked for ReDoS with recheck.
 *
 * Regexes are collected two ways, so that none escapes:
 * - regex literals and `new RegExp('literal')`, found by parsing every
 *   source file with the TypeScript compiler;
 * - RegExps built at run time (from lexicon data, templates), caught by a
 *   stand-in RegExp constructor while every module of src/ is imported and
 *   the analyzer runs over sample texts. Each run-time construction site the
 *   parser finds must have been seen built, else the test says where.
 *
 * The automaton checker's verdicts are exact. The fuzz checker (used for
 * look-arounds, back-references and large bounded repeats) judges by timing
 * and can call a linear regex vulnerable on a busy machine, so its verdicts
 * are replayed in V8: the attack string is grown until matching takes long
 * (confirmed) or the string is long and matching stays fast (not confirmed).
 */
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, type Diagnostics, type VulnerableDiagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, readSeed, seedFiles } from './helpers.js';

interface Site {
  file: string;
  line: number;
  endLine: number;
}

interface Found extends Site {
  source: string;
  flags: string;
}

const SRC = path.join(ROOT, 'src');
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** A string literal or a template without substitutions: its value. */
function literalValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function isRegExpConstruction(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** Literals and literal constructions, plus the sites that build a RegExp from computed parts. */
function parseSources(files: string[]): { literals: Found[]; dynamicSites: Site[] } {
  const literals: Found[] = [];
  const dynamicSites: Site[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const visit = (node: ts.Node): void => {
      const site = { file: relative(file), line: lineOf(node.getStart(sf)), endLine: lineOf(node.getEnd()) };
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({ ...site, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (isRegExpConstruction(node)) {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalValue(pattern);
        const flagText = flags === undefined ? '' : literalValue(flags);
        if (source !== undefined && flagText !== undefined) literals.push({ ...site, source, flags: flagText });
        else dynamicSites.push(site);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamicSites };
}

/** A sample that reaches every extractor: crafted sentences plus the fixture articles. */
const SAMPLE_TEXT = [
  'Hội nghị tổng kết công tác năm 2024 của Ban Chấp hành Đảng bộ tỉnh',
  'Sáng 12/3, tại Hà Nội, đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
  'Theo Nghị quyết số 25-NQ/TW ngày 12/3/2023 của Bộ Chính trị và Nghị định 15/2020/NĐ-CP, tỉnh đạt 14.342 tỷ đồng, tăng 7,5%.',
  'Đồng chí yêu cầu các cấp ủy tập trung thực hiện tốt các nhiệm vụ: cải cách hành chính; chuyển đổi số.',
  'Trần Thị Bình - Lê Hoàng',
].join('\n');

interface RuntimeRegex {
  source: string;
  flags: string;
  /** Where it was built, as the stack trace (source-mapped) says. */
  file: string | null;
  line: number | null;
}

const SRC_FRAME = /\(?((?:[A-Za-z]:)?[^\s():]+\.ts):(\d+):\d+\)?$/u;

function builtAt(stack: string | undefined): { file: string | null; line: number | null } {
  for (const frame of (stack ?? '').split('\n').slice(1)) {
    const match = SRC_FRAME.exec(frame.trim());
    if (match && path.resolve(match[1]!).startsWith(SRC + path.sep)) {
      return { file: relative(path.resolve(match[1]!)), line: Number(match[2]) };
    }
  }
  return { file: null, line: null };
}

/** Import every module of src/ and analyze the samples with a recording RegExp constructor. */
async function collectRuntimeRegexes(files: string[]): Promise<RuntimeRegex[]> {
  const seen: RuntimeRegex[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern ?? '(?:)');
    const flagText = flags !== undefined ? String(flags) : pattern instanceof Original ? pattern.flags : '';
    seen.push({ source, flags: flagText, ...builtAt(new Error().stack) });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    for (const file of files) await import(pathToFileURL(file).href);
    const { analyze } = await import('../src/analyze.js');
    analyze(SAMPLE_TEXT, 'sample.txt');
    for (const seed of seedFiles()) analyze(readSeed(seed), seed);
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** The attack with every pump repeated `times` times. */
function attackString(diagnostics: VulnerableDiagnostics, times: number): string {
  const { pumps, suffix } = diagnostics.attack;
  return pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + suffix;
}

const SLOW_MS = 50;
const LONGEST_REPLAY = 100_000;

/** Does V8 itself take superlinear time on the attack? Grown by doubling, so it stays short. */
function slowInV8(found: Found, diagnostics: VulnerableDiagnostics): boolean {
  const regex = new RegExp(found.source, found.flags.replace(/[gy]/gu, ''));
  for (let times = 64; ; times *= 2) {
    const input = attackString(diagnostics, times);
    const started = performance.now();
    regex.exec(input);
    if (performance.now() - started > SLOW_MS) return true;
    if (input.length > LONGEST_REPLAY) return false;
  }
}

interface Verdict {
  found: Found;
  diagnostics: Diagnostics;
}

/** recheck every pattern; a few at a time, each with its own time limit. */
async function recheckAll(patterns: Found[], concurrency: number, timeout: number): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const found = patterns[next++]!;
      verdicts.push({ found, diagnostics: await check(found.source, found.flags, { timeout }) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return verdicts;
}

function describeVerdict({ found, diagnostics }: Verdict): string {
  const where = `${found.file}:${found.line}`;
  const pattern = `/${found.source}/${found.flags}`;
  if (diagnostics.status === 'vulnerable') {
    return `${where} ${pattern}\n    ${diagnostics.complexity.summary}; attack: ${diagnostics.attack.pattern}`;
  }
  const reason = diagnostics.status === 'unknown' ? diagnostics.error.kind : diagnostics.status;
  return `${where} ${pattern} (${reason})`;
}

/** Same pattern, same flags: checked once, reported at its first site. */
function distinct(all: Found[]): Found[] {
  const byKey = new Map<string, Found>();
  for (const f of all) if (!byKey.has(`${f.flags}/${f.source}`)) byKey.set(`${f.flags}/${f.source}`, f);
  return [...byKey.values()];
}

/** The parser's site for a construction the stack trace located (mapped lines may be a few off). */
function siteOf(regex: RuntimeRegex, sites: Site[]): Site | undefined {
  const inFile = sites.filter((s) => s.file === regex.file);
  return (
    inFile.find((s) => regex.line! >= s.line && regex.line! <= s.endLine) ??
    inFile.filter((s) => s.line <= regex.line!).at(-1)
  );
}

describe('regular expressions in src/', () => {
  it('are all linear-time according to recheck', { timeout: 280_000 }, async () => {
    const files = (await fg('**/*.ts', { cwd: SRC, absolute: true })).sort();
    const { literals, dynamicSites } = parseSources(files);
    const runtime = await collectRuntimeRegexes(files);

    const built: Found[] = [];
    const unaccounted = new Set(dynamicSites);
    for (const regex of runtime) {
      if (!regex.file) continue; // built by a dependency, not by src/
      const site = siteOf(regex, dynamicSites);
      if (site) unaccounted.delete(site);
      built.push({ file: regex.file, line: site?.line ?? regex.line!, endLine: site?.endLine ?? regex.line!, source: regex.source, flags: regex.flags });
    }
    // A RegExp built from computed parts that the samples never reached would go unchecked.
    expect(
      [...unaccounted].map((s) => `${s.file}:${s.line}`),
      'RegExp construction sites never run while importing src/ and analyzing the samples; build them at module load or reach them from the sample text',
    ).toEqual([]);

    const patterns = distinct([...literals, ...built]);
    expect(patterns.length).toBeGreaterThan(50);
    const verdicts = await recheckAll(patterns, 2, 20_000);

    const vulnerable = verdicts.filter(
      (v) => v.diagnostics.status === 'vulnerable' && (!v.diagnostics.complexity.isFuzz || slowInV8(v.found, v.diagnostics)),
    );
    const undecided = verdicts.filter((v) => v.diagnostics.status === 'unknown');
    if (undecided.length > 0) {
      console.warn(`recheck could not decide ${undecided.length} of ${verdicts.length} patterns:\n  ${undecided.map(describeVerdict).join('\n  ')}`);
    }
    expect(vulnerable.map(describeVerdict).sort(), 'regexes that take superlinear time on some input').toEqual([]);
  });
});
