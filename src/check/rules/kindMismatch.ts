/**
 * kind-mismatch: the kind word before a symbol names another kind than the
 * symbol's code ("Nghị quyết số 23-QĐ/TW"). "Quy định" agrees with QĐi, QyĐ
 * and, as written in practice, QĐ; a law-numbered symbol (59/2020/QH14)
 * agrees with Luật, Bộ luật, Pháp lệnh and Nghị quyết; "Văn bản" with all.
 */
import { kindWordAgrees } from '../../extract/citations/codes.js';
import type { Rule } from '../types.js';

export const kindMismatch: Rule = {
  meta: {
    id: 'kind-mismatch',
    description: "The kind word before a symbol agrees with the symbol's kind code.",
    defaultSeverity: 'error',
  },
  check(file, context) {
    for (const mention of file.analysis.mentions) {
      const { symbol, kindWord, kindWordSpan } = mention;
      if (!symbol || !kindWord || !kindWordSpan || kindWordAgrees(kindWord, symbol.kind)) continue;
      const written = file.doc.text.slice(kindWordSpan.start, kindWordSpan.end);
      const kind = symbol.kindName ? `a ${symbol.kindName} (${symbol.kind})` : 'law-numbered (Luật, Bộ luật, Pháp lệnh or Nghị quyết)';
      context.report(file, {
        start: kindWordSpan.start,
        end: symbol.end,
        message: `"${written}" disagrees with the symbol ${symbol.id}, which is ${kind}.`,
      });
    }
  },
};
