import { createHash } from 'node:crypto';
import type { Decision } from '../../schemas/decision.js';

/** Hash of the decision body (sections only): the same report published under several refs has the same hash. */
export function bodyHash(record: Pick<Decision, 'sections'>): string {
  return createHash('sha256').update(JSON.stringify(record.sections)).digest('hex');
}

/** The natural key: the canonical URL, else the case reference. */
export function decisionKey(record: Pick<Decision, 'url' | 'caseRef'>): string {
  return record.url ?? `ref:${record.caseRef}`;
}

type Cell = string | number | null;

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
    fault_found: number | null;
    total_pence: number;
    recommended_pence: number;
    waived_pence: number;
    payment_count: number;
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

/** Flatten a validated record into rows (pure: no database), so the work can run beside the parser. */
export function prepareRows(record: Decision): PreparedRows {
  const { sections, ...rest } = record;
  const org = record.organisations[0];
  const paragraphs: Cell[][] = [];
  let position = 0;
  sections.forEach((s, si) => {
    for (const p of s.paragraphs) {
      paragraphs.push([position++, si, s.heading, p.n, p.text]);
    }
  });
  const ev = (e: { section: string | null; paragraph: number | null; quote: string }): Cell[] => [e.section, e.paragraph, e.quote];
  return {
    decision: {
      key: decisionKey(record),
      url: record.url,
      case_ref: record.caseRef,
      org_name: org?.name ?? null,
      authority_code: org?.authorityCode ?? null,
      category: record.category,
      subcategory: record.subcategory,
      category_slug: record.categorySlug,
      subcategory_slug: record.subcategorySlug,
      outcome: record.outcome,
      decision_date: record.decisionDate,
      document_type: record.documentType,
      fault_found: record.faultFound === null ? null : record.faultFound ? 1 : 0,
      total_pence: record.remedy.totalPence,
      recommended_pence: record.remedy.recommendedPence,
      waived_pence: record.remedy.waivedPence,
      payment_count: record.remedy.payments.length,
      body_sha256: bodyHash(record),
      source_sha256: record.sourceSha256,
      parser_version: record.parserVersion,
    },
    recordJson: JSON.stringify(rest),
    organisations: record.organisations.map((o, i) => [i, o.name, o.authorityCode, o.gssCode]),
    payments: record.remedy.payments.map((p, i) => [i, p.amountPence, p.payee, p.payer, p.purpose, p.purposeText, p.status, ...ev(p.evidence)]),
    unquantified: record.remedy.unquantified.map((u, i) => [i, u.text, u.payee, ...ev(u.evidence)]),
    actions: record.remedy.actions.map((a, i) => [i, a.kind, a.text, a.deadline?.amount ?? null, a.deadline?.unit ?? null, a.deadline?.text ?? null, ...ev(a.evidence)]),
    faults: record.faults.map((f, i) => [i, f.text, ...ev(f.evidence)]),
    paragraphs,
    fts: [record.title ?? record.caseRef, record.summary ?? ''],
  };
}
