/**
 * SARIF 2.1.0 output, as GitHub code scanning takes it: the rules in
 * tool.driver.rules, one result per finding with its rule, level, message,
 * location (file URI, 1-based line and column in code points) and a partial
 * fingerprint that survives edits elsewhere in the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules/index.js';
import type { FileResult, Finding, RuleSetting } from '../types.js';

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** A file path as a URI reference: relative paths stay relative, with forward slashes. */
export function artifactUri(source: string): string {
  if (path.isAbsolute(source)) return pathToFileURL(source).href;
  return encodeURI(source.split(path.sep).join('/'));
}

/** rule id + the finding's line, trimmed, hashed; ":n" counts repeats in the file. */
function fingerprints(result: FileResult): string[] {
  const counts = new Map<string, number>();
  return result.findings.map((f) => {
    const line = (result.lines[f.line - 1] ?? '').trim();
    const hash = createHash('sha256').update(`${f.ruleId}\0${line}`).digest('hex').slice(0, 16);
    const n = (counts.get(hash) ?? 0) + 1;
    counts.set(hash, n);
    return `${hash}:${n}`;
  });
}

function region(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

export function formatSarif(results: readonly FileResult[], settings: Readonly<Record<string, RuleSetting>> = {}): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const rules = RULES.map((r) => {
    const setting = settings[r.meta.id] ?? r.meta.defaultSeverity;
    return {
      id: r.meta.id,
      shortDescription: { text: r.meta.description },
      defaultConfiguration: { enabled: setting !== 'off', level: setting === 'off' ? ('none' as const) : setting },
    };
  });
  const sarifResults = results.flatMap((result) => {
    const prints = fingerprints(result);
    const uri = artifactUri(result.source);
    return result.findings.map((f, i) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: f.severity,
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f) } }],
      partialFingerprints: { primaryLocationLineHash: prints[i] },
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: `Write ${f.fix.text}` },
                artifactChanges: [
                  { artifactLocation: { uri }, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.fix.text } }] },
                ],
              },
            ],
          }
        : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'vnreport', version: toolVersion(), rules } },
        columnKind: 'unicodeCodePoints',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
