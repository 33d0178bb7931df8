/**
 * Rows of the data package (`lgsco export --datapackage`): decisions, payments, actions and faults, each row keyed by
 * the decision's natural key (`decisions.key`: the canonical URL, else "ref:<case ref>"), streamed with `.iterate()`.
 * Column aliases here are the CSV headers; src/datapackage/columns.ts describes them and the writer checks they agree.
 */
import type { Db } from './db.js';

/** The tables of the package, in the order they are written. */
export const PACKAGE_TABLES = ['decisions', 'payments', 'actions', 'faults'] as const;
export type PackageTable = (typeof PACKAGE_TABLES)[number];

/** One CSV row: column name → SQLite value. */
export type PackageRow = Record<string, unknown>;

// Children sort with their decision (and by position within it), so the files read in the same order.
const DECISION_ORDER = 'd.decision_date, d.case_ref, d.id';

const SQL: Record<PackageTable, string> = {
  decisions: `
    SELECT d.key AS decision_key, d.case_ref, d.url, d.org_name AS organisation, d.authority_code, a.gss_code, d.category,
      d.subcategory, d.outcome, d.decision_date, d.document_type, d.stage, d.fault_found, d.total_pence, d.recommended_pence,
      d.waived_pence, d.payment_count, d.counts_money, json_extract(r.record, '$.summary') AS summary
    FROM decisions d JOIN decision_records r ON r.decision_id = d.id LEFT JOIN authorities a ON a.code = d.authority_code
    ORDER BY ${DECISION_ORDER}`,
  payments: `
    SELECT d.key AS decision_key, d.case_ref, p.position, d.counts_money, p.amount_pence, p.status, p.payee, p.payer,
      p.credited_name, p.credited_authority_code, p.purpose, p.purpose_text, p.confidence, p.check_reason, p.section, p.paragraph, p.quote
    FROM payments p JOIN decisions d ON d.id = p.decision_id
    ORDER BY ${DECISION_ORDER}, p.position`,
  actions: `
    SELECT d.key AS decision_key, d.case_ref, x.position, x.kind, x.text, x.deadline_amount, x.deadline_unit, x.deadline_text,
      x.section, x.paragraph, x.quote
    FROM actions x JOIN decisions d ON d.id = x.decision_id
    ORDER BY ${DECISION_ORDER}, x.position`,
  faults: `
    SELECT d.key AS decision_key, d.case_ref, f.position, f.text, f.section, f.paragraph, f.quote
    FROM faults f JOIN decisions d ON d.id = f.decision_id
    ORDER BY ${DECISION_ORDER}, f.position`,
};

/** The column names a table's query returns, in order (read from the prepared statement, before any row). */
export function packageColumns(db: Db, table: PackageTable): string[] {
  return db
    .prepare(SQL[table])
    .columns()
    .map((c) => c.name);
}

/** The rows of one package table, streamed (never loaded whole). */
export function* iteratePackageRows(db: Db, table: PackageTable): Generator<PackageRow> {
  yield* db.prepare(SQL[table]).iterate() as Iterable<PackageRow>;
}

/** The period a package covers, and what that rests on. */
export interface PackageCoverage {
  from: string | null;
  to: string | null;
  basis: 'crawl' | 'decision dates';
}

/**
 * The date range of the completed crawl windows (search dates, which is what a crawl promises to cover); a database
 * filled by `lgsco import` alone has none, so then the earliest and latest decision dates stored.
 */
export function packageCoverage(db: Db): PackageCoverage {
  // A database from before migration 3 has no crawl tables; opened read-only it is not migrated.
  const hasCrawl = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'crawl_windows'").get() !== undefined;
  if (hasCrawl) {
    const crawl = db.prepare("SELECT min(fd) AS first, max(td) AS last FROM crawl_windows WHERE status = 'done'").get() as { first: string | null; last: string | null };
    if (crawl.first && crawl.last) return { from: crawl.first, to: crawl.last, basis: 'crawl' };
  }
  const dates = db.prepare('SELECT min(decision_date) AS first, max(decision_date) AS last FROM decisions').get() as { first: string | null; last: string | null };
  return { from: dates.first, to: dates.last, basis: 'decision dates' };
}
