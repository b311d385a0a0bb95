/**
 * inconsistent-date and inconsistent-issuer: one document cited with two
 * issue dates, or two issuing bodies, in one article, and with
 * `--across-files` anywhere in the batch. The first statement is taken as
 * the reference; every later one that disagrees is reported where it stands.
 */
import { bodiesDisagree } from '../../extract/citations/codes.js';
import type { TextSpan } from '../../extract/citations.js';
import type { CheckedFile, Rule, RuleContext } from '../types.js';
import { attributedMentions, datedMentions, documentKey, formatDate } from './util.js';

interface Statement {
  file: CheckedFile;
  id: string;
  value: string;
  span: TextSpan;
}

function judge(
  statements: readonly Statement[],
  context: RuleContext,
  disagree: (a: string, b: string) => boolean,
  describe: (first: Statement, later: Statement, where: string) => string,
): void {
  const first = new Map<string, Statement>();
  for (const statement of statements) {
    const key = documentKey(statement.id);
    const reference = first.get(key);
    if (!reference) {
      first.set(key, statement);
      continue;
    }
    if (!disagree(reference.value, statement.value)) continue;
    const where = context.locate(reference.file, reference.span.start);
    context.report(statement.file, { ...statement.span, message: describe(reference, statement, where) });
  }
}

const dates = (file: CheckedFile): Statement[] =>
  datedMentions(file).map((d) => ({ file, id: d.mention.id, value: d.date, span: d.span }));
const issuers = (file: CheckedFile): Statement[] =>
  attributedMentions(file).map((a) => ({ file, id: a.mention.id, value: a.issuedBy, span: a.span }));

const describeDate = (first: Statement, later: Statement, where: string) =>
  `${later.id} is dated ${formatDate(first.value)} at ${where}; here ${formatDate(later.value)}.`;
const describeIssuer = (first: Statement, later: Statement, where: string) =>
  `${later.id} is issued by ${first.value} at ${where}; here by ${later.value}.`;
const differ = (a: string, b: string) => a !== b;

export const inconsistentDate: Rule = {
  meta: {
    id: 'inconsistent-date',
    description: 'Every mention of a document gives the same issue date (within a file; across files with --across-files).',
    defaultSeverity: 'error',
  },
  check: (file, context) => judge(dates(file), context, differ, describeDate),
  checkBatch: (files, context) => judge(acrossFiles(files, dates), context, differ, describeDate),
};

export const inconsistentIssuer: Rule = {
  meta: {
    id: 'inconsistent-issuer',
    description: 'Every mention of a document names the same issuing body (within a file; across files with --across-files).',
    defaultSeverity: 'error',
  },
  check: (file, context) => judge(issuers(file), context, bodiesDisagree, describeIssuer),
  checkBatch: (files, context) => judge(acrossFiles(files, issuers), context, bodiesDisagree, describeIssuer),
};

/**
 * Across the batch, each file speaks with its first statement per document
 * (the file's own disagreements are the per-file pass's business).
 */
function acrossFiles(files: readonly CheckedFile[], statementsOf: (file: CheckedFile) => Statement[]): Statement[] {
  return files.flatMap((file) => {
    const seen = new Set<string>();
    return statementsOf(file).filter((s) => {
      const key = documentKey(s.id);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}
