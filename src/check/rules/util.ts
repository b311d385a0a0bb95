/** Helpers the rules share: dates as Vietnamese text writes them, dated and attributed mentions. */
import type { MentionDetail, TextSpan } from '../../extract/citations.js';
import type { CheckedFile } from '../types.js';

/** "2013-06-03" as "03/6/2013", the way reports write dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${Number(month)}/${year}`;
}

export interface DatedMention {
  mention: MentionDetail;
  date: string;
  span: TextSpan;
}

/** The mentions that give an issue date, with where the date is written. */
export function datedMentions(file: CheckedFile): DatedMention[] {
  return file.analysis.mentions.flatMap((mention) => {
    const date = mention.tail?.date;
    const span = mention.tail?.writtenDate;
    return date && span ? [{ mention, date, span: { start: span.start, end: span.end } }] : [];
  });
}

export interface AttributedMention {
  mention: MentionDetail;
  issuedBy: string;
  span: TextSpan;
}

/** The mentions that name an issuing body, with where it is named. */
export function attributedMentions(file: CheckedFile): AttributedMention[] {
  return file.analysis.mentions.flatMap((mention) => {
    const issuedBy = mention.tail?.issuedBy;
    const span = mention.tail?.issuedBySpan;
    return issuedBy && span ? [{ mention, issuedBy, span }] : [];
  });
}

/** The key two mentions of one document share. */
export const documentKey = (id: string) => id.replace(/\s+/gu, '').toUpperCase().replace(/TƯ/gu, 'TW');
