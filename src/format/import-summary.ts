import type { ImportSummary } from '../dataset/import-types.js';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The lines `lgsco import` ends with (stderr): what was skipped, joined or replaced, and the counts, last. */
export function importSummaryLines(s: ImportSummary): string[] {
  const lines: string[] = [];
  if (s.duplicates > 0) lines.push(`(${s.duplicates} files held a decision already read from an earlier file in this run and were skipped)`);
  if (s.updated > 0) lines.push(`(${s.updated} of them updated in place, previous versions kept in decision_history)`);
  if (s.details.joined > 0) {
    const what = count(s.details.joined, 'file joined a decision', 'files joined decisions');
    lines.push(`(${what} stored from another source: a decision letter and the web page of one decision are one decision)`);
  }
  if (s.details['draft-replaced'] > 0) {
    const what = count(s.details['draft-replaced'], 'final decision took the place of its stored draft', 'final decisions took the place of their stored drafts');
    lines.push(`(${what}, kept in decision_history)`);
  }
  if (s.details['draft-superseded'] > 0) {
    const what = count(s.details['draft-superseded'], 'draft was', 'drafts were');
    lines.push(`(${what} not stored as a decision: the final decision of its reference is stored; the draft is kept in decision_history)`);
  }
  if (s.interrupted) {
    const unread = s.files - s.read;
    lines.push(`interrupted: ${unread > 0 ? `${unread} of ${s.files} files not read` : 'every file read'}; the decisions counted below are stored, and the same command run again finishes the import`);
  }
  // The database now holds decisions of the bundled demo sample: said here, and by every output made from it.
  if (s.sampleNotice) lines.push(s.sampleNotice);
  lines.push(`imported ${s.imported + s.updated}, unchanged ${s.unchanged}, failed ${s.failed}`);
  return lines;
}
