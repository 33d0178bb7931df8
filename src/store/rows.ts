import { createHash } from 'node:crypto';
import type { Decision } from '../../schemas/decision.js';
import type { Payment } from '../../schemas/remedy.js';
import { lookupAuthority } from '../authorities/index.js';
import { creditPayment, type AuthorityLookup } from './credit.js';

/** Hash of the decision body (sections only): the same report published under several refs has the same hash. */
export function bodyHash(record: Pick<Decision, 'sections'>): string {
  return createHash('sha256').update(JSON.stringify(record.sections)).digest('hex');
}

/** The natural key: the canonical URL, else the case reference. */
export function decisionKey(record: Pick<Decision, 'url' | 'caseRef'>): string {
  return record.url ?? `ref:${record.caseRef}`;
}

export type Cell = string | number | null;

/**
 * A record flattened into the store's rows (without the decision id): plain arrays, cheap to pass between threads.
 * Each text is held once (the index's body is not a second copy of the paragraphs): copying between threads costs by size.
 */
export interface PreparedRows {
  decision: {
    key: string;
    url: string | null;
    case_ref: string;
    org_name: string | null;
    authority_code: string | null;
    category: string | null;
    subcategory: string | null;
    category_slug: string | null;
    subcategory_slug: string | null;
    outcome: string | null;
    decision_date: string | null;
    document_type: string;
    stage: string;
    fault_found: number | null;
    total_pence: number;
    recommended_pence: number;
    waived_pence: number;
    payment_count: number;
    /** The money to check (payments whose confidence is "check"): all of it, the recommended part, and how many. */
    check_pence: number;
    check_recommended_pence: number;
    check_count: number;
    body_sha256: string;
    source_sha256: string;
    parser_version: string;
  };
  recordJson: string;
  organisations: Cell[][];
  payments: Cell[][];
  unquantified: Cell[][];
  actions: Cell[][];
  faults: Cell[][];
  /** [position, section index, heading, number, text] per paragraph. */
  paragraphs: Cell[][];
  /** Title and summary for the full-text index (its body is joined from the paragraphs where it is stored). */
  fts: [string, string];
}

/** A record without its body: what decision_records, decision_history and decision_parts hold. */
export type RecordHead = Omit<Decision, 'sections'>;

/**
 * Whether a payment is to check. A record stored before payments carried a confidence (its JSON, read back by a join)
 * has none: certain, as migration 8 makes its rows.
 */
const toCheck = (p: Payment): boolean => p.confidence === 'check';

/** The decisions row of a record whose body hashes to `bodySha256`. */
export function decisionColumns(head: RecordHead, bodySha256: string): PreparedRows['decision'] {
  const org = head.organisations[0];
  let checkPence = 0;
  let checkRecommended = 0;
  let checkCount = 0;
  for (const p of head.remedy.payments) {
    if (!toCheck(p)) continue;
    checkPence += p.amountPence;
    if (p.status === 'recommended') checkRecommended += p.amountPence;
    checkCount++;
  }
  return {
    key: decisionKey(head),
    url: head.url,
    case_ref: head.caseRef,
    org_name: org?.name ?? null,
    authority_code: org?.authorityCode ?? null,
    category: head.category,
    subcategory: head.subcategory,
    category_slug: head.categorySlug,
    subcategory_slug: head.subcategorySlug,
    outcome: head.outcome,
    decision_date: head.decisionDate,
    document_type: head.documentType,
    stage: head.stage,
    fault_found: head.faultFound === null ? null : head.faultFound ? 1 : 0,
    total_pence: head.remedy.totalPence,
    recommended_pence: head.remedy.recommendedPence,
    waived_pence: head.remedy.waivedPence,
    payment_count: head.remedy.payments.length,
    check_pence: checkPence,
    check_recommended_pence: checkRecommended,
    check_count: checkCount,
    body_sha256: bodySha256,
    source_sha256: head.sourceSha256,
    parser_version: head.parserVersion,
  };
}

/** decision_organisations rows (without the decision id). */
export function organisationRows(head: RecordHead): Cell[][] {
  return head.organisations.map((o, i) => [i, o.name, o.authorityCode, o.gssCode]);
}

const evidenceCells = (e: { section: string | null; paragraph: number | null; quote: string }): Cell[] => [e.section, e.paragraph, e.quote];

/** faults rows (without the decision id). */
export function faultRows(head: RecordHead): Cell[][] {
  return head.faults.map((f, i) => [i, f.text, ...evidenceCells(f.evidence)]);
}

/**
 * payments rows (without the decision id), each with the body it is credited to in totals (credit.ts): its payer when
 * that is one of the decision's organisations or a known local authority, else the decision's first organisation; then
 * its confidence and what to check.
 */
export function paymentRows(head: RecordHead, lookup: AuthorityLookup = lookupAuthority): Cell[][] {
  return head.remedy.payments.map((p, i) => {
    const credited = creditPayment(p.payer, head.organisations, lookup);
    return [i, p.amountPence, p.payee, p.payer, p.purpose, p.purposeText, p.status, ...evidenceCells(p.evidence), credited.name, credited.authorityCode,
      toCheck(p) ? 'check' : 'certain', toCheck(p) ? (p.checkReason ?? null) : null];
  });
}

/** Title and summary for the full-text index. */
export function ftsHead(head: RecordHead): [string, string] {
  return [head.title ?? head.caseRef, head.summary ?? ''];
}

/** The body again from paragraph rows ([position, section index, heading, number, text], in order). */
export function sectionsOf(paragraphs: readonly Cell[][]): Decision['sections'] {
  const sections: Decision['sections'] = [];
  let current = -1;
  for (const [, si, heading, n, text] of paragraphs) {
    if (si !== current) {
      sections.push({ heading: heading as string | null, paragraphs: [] });
      current = si as number;
    }
    sections[sections.length - 1]!.paragraphs.push({ n: n as number | null, text: text as string });
  }
  return sections;
}

/**
 * Flatten a validated record into rows (no database), so the work can run beside the parser. `lookup` finds the local
 * authority a payer names (the in-memory index by default; tests pass their own).
 */
export function prepareRows(record: Decision, lookup: AuthorityLookup = lookupAuthority): PreparedRows {
  const { sections, ...rest } = record;
  const paragraphs: Cell[][] = [];
  let position = 0;
  sections.forEach((s, si) => {
    for (const p of s.paragraphs) {
      paragraphs.push([position++, si, s.heading, p.n, p.text]);
    }
  });
  const ev = evidenceCells;
  return {
    decision: decisionColumns(rest, bodyHash(record)),
    recordJson: JSON.stringify(rest),
    organisations: organisationRows(rest),
    payments: paymentRows(rest, lookup),
    unquantified: record.remedy.unquantified.map((u, i) => [i, u.text, u.payee, ...ev(u.evidence)]),
    actions: record.remedy.actions.map((a, i) => [i, a.kind, a.text, a.deadline?.amount ?? null, a.deadline?.unit ?? null, a.deadline?.text ?? null, ...ev(a.evidence)]),
    faults: faultRows(rest),
    paragraphs,
    fts: ftsHead(rest),
  };
}
