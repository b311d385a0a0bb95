/**
 * ESLint's JSON output shape: one object per file with its messages
 * (severity 1 warning, 2 error) and counts; a fix gives the input offsets to
 * replace and the canonical text.
 */
import type { FileResult } from '../types.js';

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    return {
      filePath: result.source,
      messages: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity === 'error' ? 2 : 1,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.fix ? { fix: f.fix } : {}),
      })),
      errorCount: errors.length,
      warningCount: warnings.length,
      fixableErrorCount: errors.filter((f) => f.fix).length,
      fixableWarningCount: warnings.filter((f) => f.fix).length,
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
