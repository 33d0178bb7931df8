/**
 * What is new in the store: the decisions first stored (by `lgsco import`, `lgsco update` or a crawl) since a date,
 * newest first, each with its money, payees and the sentence every payment was read from. "First seen" is
 * decisions.first_imported_at, set when a decision's row is made and never changed after: a page that changes later,
 * a final decision that takes its draft's row, or a letter's row joined by its page keep the time the row was first made.
 */
import { UsageError } from '../errors.js';
import type { Db } from './db.js';
import { councilMatch } from './filters.js';

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One payment as the digest shows it. */
export interface DigestPayment {
  amountPence: number;
  status: string;
  payee: string | null;
  payer: string | null;
  purpose: string;
  confidence: string;
  quote: string;
}

/** One action the body agreed or was recommended to take. */
export interface DigestAction {
  kind: string;
  text: string;
}

/** One decision first seen in the period. */
export interface DigestEntry {
  caseRef: string;
  title: string;
  organisations: string[];
  url: string | null;
  category: string | null;
  outcome: string | null;
  decisionDate: string | null;
  stage: string;
  /** When its row was first made (ISO 8601, UTC). */
  firstSeen: string;
  totalPence: number;
  /** Whether its money counts in totals (false for a draft or a report already counted under another reference). */
  countsMoney: boolean;
  summary: string | null;
  payments: DigestPayment[];
  actions: DigestAction[];
}

export interface DigestOptions {
  /** YYYY-MM-DD: decisions first seen on or after this day (UTC); every decision when null or absent (a feed's latest). */
  since?: string | null;
  /** Only decisions naming this council (any of its organisations), as totals and the explorer resolve the name. */
  council?: string | null;
  /** At most this many decisions (newest first); all by default. */
  limit?: number;
}

/** A real calendar date written YYYY-MM-DD, else a usage error naming the option. */
export function checkSinceDate(since: string, option = '--since'): string {
  const m = ISO_DATE_RE.exec(since.trim());
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== since.trim()) {
    throw new UsageError(`${option} "${since}": give a date as YYYY-MM-DD (e.g. 2026-11-27)`);
  }
  return since.trim();
}

/** The decisions first seen since `options.since`, newest first, with their payments. */
export function queryDigest(db: Db, options: DigestOptions): DigestEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.since != null) {
    where.push('d.first_imported_at >= ?');
    params.push(checkSinceDate(options.since));
  }
  const council = councilMatch(db, options.council);
  if (council) {
    where.push(`EXISTS (SELECT 1 FROM decision_organisations o WHERE o.decision_id = d.id AND ${council.on('o.authority_code', 'o.name')})`);
    params.push(...council.params);
  }
  const rows = db
    .prepare(
      `SELECT d.id, d.case_ref AS caseRef, coalesce(r.record ->> '$.title', d.case_ref) AS title, d.url, d.category, d.outcome,
         d.decision_date AS decisionDate, d.stage, d.first_imported_at AS firstSeen, d.total_pence AS totalPence,
         d.counts_money AS countsMoney, r.record ->> '$.summary' AS summary
       FROM decisions d JOIN decision_records r ON r.decision_id = d.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.first_imported_at DESC, d.decision_date DESC, d.id DESC
       ${options.limit !== undefined ? 'LIMIT ?' : ''}`,
    )
    .all(...params, ...(options.limit !== undefined ? [options.limit] : [])) as (Omit<DigestEntry, 'organisations' | 'payments' | 'actions' | 'countsMoney'> & {
    id: number;
    countsMoney: number;
  })[];
  const orgs = db.prepare('SELECT name FROM decision_organisations WHERE decision_id = ? ORDER BY position').pluck();
  const payments = db.prepare(
    `SELECT amount_pence AS amountPence, status, payee, payer, purpose, confidence, quote FROM payments WHERE decision_id = ? ORDER BY position`,
  );
  const actions = db.prepare('SELECT kind, text FROM actions WHERE decision_id = ? ORDER BY position');
  return rows.map(({ id, countsMoney, ...row }) => ({
    ...row,
    countsMoney: countsMoney === 1,
    organisations: orgs.all(id) as string[],
    payments: payments.all(id) as DigestPayment[],
    actions: actions.all(id) as DigestAction[],
  }));
}
