import type { Decision } from '../../src/index.js';

/** The header fields a layout can carry. */
export const HEADER_FIELDS = ['caseRef', 'organisation', 'category', 'subcategory', 'outcome', 'decisionDate', 'stage', 'documentType'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** A field's value as compared: organisation names are joined, as the label tests join them. */
export function fieldOf(record: Decision, field: HeaderField): string | null {
  if (field === 'organisation') return record.organisations.map((o) => o.name).join(' and ') || null;
  return record[field];
}

/** The remedy money as compared: payments as a multiset of (amount, status), and the two totals. */
export function moneyOf(record: Decision): string {
  const payments = record.remedy.payments.map((p) => `${p.amountPence}p ${p.status}`).sort();
  return `[${payments.join(', ')}] total ${record.remedy.totalPence}p, recommended ${record.remedy.recommendedPence}p`;
}

/** One field or money comparison of a re-laid-out document with its original. */
export interface Comparison {
  doc: string;
  what: HeaderField | 'money';
  ok: boolean;
  got: string | null;
  want: string | null;
}

/**
 * Compare the re-laid-out record (or the error its parse threw) with the original's record on `fields` and the money.
 * A parse that throws disagrees on every field and on the money.
 */
export function compareRecords(doc: string, original: Decision, got: Decision | Error, fields: readonly HeaderField[]): Comparison[] {
  const out: Comparison[] = [];
  const failed = got instanceof Error ? `threw ${got.message.split('\n')[0]}` : null;
  for (const field of fields) {
    const want = fieldOf(original, field);
    const value = failed ?? fieldOf(got as Decision, field);
    out.push({ doc, what: field, ok: failed === null && value === want, got: value, want });
  }
  const want = moneyOf(original);
  const value = failed ?? moneyOf(got as Decision);
  out.push({ doc, what: 'money', ok: failed === null && value === want, got: value, want });
  return out;
}

/** "doc field: got …, want …" lines for the disagreements. */
export function describeDisagreements(results: Comparison[]): string[] {
  return results.filter((r) => !r.ok).map((r) => `${r.doc} ${r.what}: got ${JSON.stringify(r.got)}, want ${JSON.stringify(r.want)}`);
}

/** Share of agreeing comparisons, fields and money apart. */
export function agreement(results: Comparison[]): { fields: [number, number]; money: [number, number] } {
  const fields = results.filter((r) => r.what !== 'money');
  const money = results.filter((r) => r.what === 'money');
  return {
    fields: [fields.filter((r) => r.ok).length, fields.length],
    money: [money.filter((r) => r.ok).length, money.length],
  };
}

/** "a/b (x%)" */
export function ratio([a, b]: [number, number]): string {
  return `${a}/${b} (${b === 0 ? '–' : ((100 * a) / b).toFixed(1)}%)`;
}
