/**
 * unknown-code: a string written as a document symbol ("Nghị quyết số
 * 12-NX/TW", "25-NQ/TX") whose kind or issuer code no table of the Party's
 * or the State's rules knows. A typo, or a code the tables should learn.
 */
import type { Rule } from '../types.js';

export const unknownCode: Rule = {
  meta: {
    id: 'unknown-code',
    description: 'The kind and issuer codes of a symbol are known codes.',
    defaultSeverity: 'warning',
  },
  check(file, context) {
    for (const u of file.analysis.unknownSymbols) {
      const written = file.doc.text.slice(u.start, u.end).replace(/\s+/gu, ' ');
      const system = u.system === 'party' ? 'Party' : 'State';
      const unknown = [
        ...(u.kindKnown ? [] : [`kind code "${u.kind}"`]),
        ...(u.issuerKnown ? [] : [`issuer code "${u.issuer}"`]),
      ].join(' and ');
      context.report(file, { start: u.start, end: u.end, message: `Unknown ${unknown} in "${written}" (${system} symbol).` });
    }
  },
};
