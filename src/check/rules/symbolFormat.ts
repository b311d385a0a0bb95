/**
 * symbol-format: a symbol written other than in its canonical form (Hướng
 * dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP): spaces inside ("25 -NQ/TW"), an
 * en dash or a "-" for the "/" ("21-KL-TW"), the wrong case ("nq/tw"), "TƯ"
 * for "TW". The canonical form is the fix. A line break alone is left be:
 * it is the page's wrapping, not the writer's.
 */
import type { Rule } from '../types.js';

const SPACES = /[^\S\n]/u;
const DASHES = /[–—]/gu;

/**
 * What is wrong with how a symbol is written, step by step from the
 * written form towards the canonical one, or nothing.
 */
export function symbolFaults(written: string, canonical: string): string[] {
  const faults: string[] = [];
  if (SPACES.test(written)) faults.push('spacing');
  let form = written.replace(/\s+/gu, '');
  if (DASHES.test(form)) faults.push('dash');
  form = form.replace(DASHES, '-');
  if (/tư/iu.test(form) && !/tư/iu.test(canonical)) faults.push('"TƯ" for "TW"');
  form = form.replace(/tư/giu, 'TW');
  if (form === canonical) return faults;
  // "21-KL-TW": a dash where the "/" before the issuer belongs.
  const slashed = form.replace(/^([^/]*-[^/-]*)-/u, '$1/');
  if (!form.includes('/') && slashed.toUpperCase() === canonical.toUpperCase()) {
    faults.push('"-" for "/"');
    form = slashed;
    if (form === canonical) return faults;
  }
  faults.push(form.toUpperCase() === canonical.toUpperCase() ? 'case' : 'spelling');
  return faults;
}

export const symbolFormat: Rule = {
  meta: {
    id: 'symbol-format',
    description: 'A document symbol is written in its canonical form (spacing, separators, case, "TW").',
    defaultSeverity: 'warning',
  },
  check(file, context) {
    for (const mention of file.analysis.mentions) {
      if (!mention.symbol) continue;
      const written = file.doc.text.slice(mention.start, mention.end);
      const faults = symbolFaults(written, mention.id);
      if (faults.length === 0) continue;
      context.report(file, {
        start: mention.start,
        end: mention.end,
        message: `Malformed symbol "${written.replace(/\s+/gu, ' ')}" (${faults.join(', ')}); write ${mention.id}.`,
        fix: mention.id,
      });
    }
  },
};
