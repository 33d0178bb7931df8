/**
 * The stage and one-decision store tests' views of a store: every money figure, the state that must not depend on the
 * order sources came in, a dump a re-import must leave as it is, and a store written from records in a given order.
 */
import type { Decision } from '../schemas/decision.js';
import { overview } from '../src/store/browse.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { iterateDecisionRows, iteratePaymentRows, queryTotals, searchDecisions, TOTALS_BY } from '../src/store/queries.js';

export const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[];

/** Every query that sums money, over the whole store: what a draft must never reach. */
export function moneyEverywhere(db: Db) {
  const totals = TOTALS_BY.map((by) => queryTotals(db, { by }).reduce((s, r) => s + r.totalPence, 0));
  const perCapita = queryTotals(db, { by: 'council', perCapita: true, minDecisions: 1 }).reduce((s, r) => s + (r.perHundredThousandPence ?? 0), 0);
  const o = overview(db);
  const payments = [...iteratePaymentRows(db)].filter((r) => r.counts_money).reduce((s, r) => s + Number(r.amount_pence), 0);
  const decisions = [...iterateDecisionRows(db)].filter((r) => r.counts_money).reduce((s, r) => s + Number(r.total_pence), 0);
  return { totals, perCapita, overview: o.totalPence, overviewRecommended: o.recommendedPence, payments, decisions };
}

/** The stored state that must not depend on the order the sources came in (ids and times aside). */
export function state(db: Db) {
  return {
    decisions: all(db, `SELECT key, url, case_ref, org_name, category, subcategory, outcome, decision_date, document_type, stage, fault_found,
      total_pence, recommended_pence, payment_count, counts_money, source_sha256 FROM decisions ORDER BY key`),
    records: all(db, 'SELECT record FROM decision_records ORDER BY decision_id').map((r) => JSON.parse(r.record as string)),
    payments: all(db, 'SELECT amount_pence, quote FROM payments ORDER BY decision_id, position'),
    paragraphs: all(db, 'SELECT count(*) AS n FROM paragraphs'),
    organisations: all(db, 'SELECT name FROM decision_organisations ORDER BY decision_id, position'),
    sources: all(db, 'SELECT location, sha256 FROM sources ORDER BY location'),
    drafts: all(db, "SELECT source_sha256 FROM decision_history WHERE json_extract(record, '$.stage') = 'draft' ORDER BY source_sha256"),
    search: searchDecisions(db, 'roof').map((h) => ({ ...h, rank: 0 })),
  };
}

/** Everything in the tables a re-import must leave as it is. */
export function dump(db: Db): string {
  return JSON.stringify(
    ['decisions', 'decision_records', 'decision_history', 'decision_parts', 'sources', 'payments', 'paragraphs', 'decision_organisations', 'faults'].map((t) =>
      all(db, `SELECT * FROM ${t} ORDER BY 1, 2`),
    ),
  );
}

/** A new in-memory store with `records` written in order: each one's status and detail. */
export function storeAll(records: [Decision, string][]): { db: Db; statuses: string[]; details: (string | null)[] } {
  const db = openDatabase(':memory:');
  const writer = new DecisionWriter(db);
  const statuses: string[] = [];
  const details: (string | null)[] = [];
  for (const [r, at] of records) {
    statuses.push(writer.upsert(r, at));
    details.push(writer.detail);
  }
  return { db, statuses, details };
}

/** Every order of `xs`. */
export function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}
