/** How money is counted and credited: which publications count (4), stage and joined letters (6), credited body (7), confidence (8). */
import { COUNTS_MONEY_SQL_MIGRATION_4 } from '../counts-money.js';
import { creditPayment } from '../credit.js';
import type { Db } from '../db.js';
import { lookupAuthority } from '../../authorities/index.js';
import type { Migration } from './types.js';

/**
 * Migration 7's fill: the payments that name a payer are credited by the writer's rule (credit.ts, with the
 * in-memory authority lookup) from the stored payer text and the decision's stored organisations. The rule reads
 * only stored text, so the version that opens the database gives each row what its own writer would; a later change
 * to the rule needs a migration of its own that credits the rows again.
 */
function creditStoredPayments(db: Db): void {
  const orgs = db.prepare('SELECT name, authority_code AS authorityCode FROM decision_organisations WHERE decision_id = ? ORDER BY position');
  const set = db.prepare('UPDATE payments SET credited_name = ?, credited_authority_code = ? WHERE decision_id = ? AND position = ?');
  const rows = db.prepare('SELECT decision_id AS id, position, payer FROM payments WHERE payer IS NOT NULL ORDER BY decision_id').all() as { id: number; position: number; payer: string }[];
  for (const p of rows) {
    const credited = creditPayment(p.payer, orgs.all(p.id) as { name: string; authorityCode: string | null }[], lookupAuthority);
    set.run(credited.name, credited.authorityCode, p.id, p.position);
  }
}

export const RECOUNT_MONEY: Migration = {
  id: 4,
  // Before this version, when a later publication of a reference superseded an earlier one, another reference that
  // published the earlier one's text was not re-examined: its money could be counted by no row. Settle every row
  // again with the rule the writer uses (COUNTS_MONEY_SQL, which changes only with a migration of its own).
  name: 'recount which publications count money',
  sql: `
UPDATE decisions SET counts_money = ${COUNTS_MONEY_SQL_MIGRATION_4};
`,
};

export const STAGE: Migration = {
  id: 6,
  // Every row stored before this version is a final decision (drafts could not be read), so the rule of
  // COUNTS_MONEY_SQL, which now leaves drafts out, gives each of them what it has: no recount. Totals read the
  // covering indexes only, so they get the stage too (added last: the groupings' order is unchanged).
  name: 'stage (final or draft) of each decision; one decision from a letter and its web page',
  sql: `
ALTER TABLE decisions ADD COLUMN stage TEXT NOT NULL DEFAULT 'final';
DROP INDEX decisions_g_council;
DROP INDEX decisions_g_category;
DROP INDEX decisions_g_outcome;
DROP INDEX decisions_g_date;
CREATE INDEX decisions_g_council ON decisions(authority_code, org_name, decision_date, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_date ON decisions(decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);

-- A draft the final of its reference superseded is kept here only: the writer looks it up by decision and hash.
CREATE INDEX decision_history_decision ON decision_history(decision_id, source_sha256);

-- A decision read from a letter (no address) and from its web page: each source's own record (without the body),
-- so the decision can be merged again when either is re-imported changed. Only joined decisions have rows here.
CREATE TABLE decision_parts (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  part TEXT NOT NULL CHECK (part IN ('page', 'letter')),
  source_sha256 TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (decision_id, part)
);
`,
};

export const CREDITED_BODY: Migration = {
  id: 7,
  // Totals credited all of a decision's money to its first organisation. Each payment now carries the body it is
  // credited to (credit.ts): a payment with no payer is the first organisation's (filled here in SQL), one with a
  // payer is credited in JS (creditStoredPayments). The two partial covering indexes hold, for totals, the few
  // decisions whose money or bodies are not all their first organisation's (more than one organisation, or a payer
  // named) with what they credit: totals read every other decision from the decisions indexes as before.
  name: 'each payment credited to the body that pays it (credited_name, credited_authority_code)',
  sql: `
ALTER TABLE payments ADD COLUMN credited_name TEXT;
ALTER TABLE payments ADD COLUMN credited_authority_code TEXT;
UPDATE payments SET credited_name = d.org_name, credited_authority_code = d.authority_code FROM decisions d WHERE d.id = payments.decision_id;
-- Each holds the column of its WHERE too: SQLite reads a partial index as covering only when it holds every column named.
CREATE INDEX decision_organisations_more ON decision_organisations(decision_id, authority_code, name, position) WHERE position > 0;
CREATE INDEX payments_payer ON payments(decision_id, credited_authority_code, credited_name, amount_pence, status, payer) WHERE payer IS NOT NULL;
`,
  fill: creditStoredPayments,
};

export const CONFIDENCE: Migration = {
  id: 8,
  // Each payment is certain or to check (its reason with it), as the extractor decides. A record stored before the
  // extractor said so has neither field in its stored JSON: its payments are certain here until `lgsco reparse` (or
  // an import of its file) stores it again under a newer parser version. A record stored since holds them: copied
  // from its JSON (only records that hold a "check" are read).
  // Each decision keeps its money to check (check_pence, check_recommended_pence, check_count), so totals need no
  // payment rows: four partial covering indexes, in the order of the four decisions_g_* indexes, hold only the
  // decisions with a payment to check (about one in ten), which totals read apart, each grouping in its order (no
  // sort); the decisions_g_* indexes, which every decision is read from, are unchanged. payments_payer gets the
  // confidence, so the credited bodies' money to check is read from it too.
  name: 'confidence of each payment (certain or check, with the reason); each decision\'s money to check',
  sql: `
ALTER TABLE payments ADD COLUMN confidence TEXT NOT NULL DEFAULT 'certain';
ALTER TABLE payments ADD COLUMN check_reason TEXT;
ALTER TABLE decisions ADD COLUMN check_pence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN check_recommended_pence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN check_count INTEGER NOT NULL DEFAULT 0;
UPDATE payments SET confidence = 'check', check_reason = j.reason FROM (
  SELECT r.decision_id, CAST(j.key AS INTEGER) AS position, j.value ->> 'checkReason' AS reason
  FROM decision_records r, json_each(r.record, '$.remedy.payments') j
  WHERE instr(r.record, '"confidence":"check"') > 0 AND j.value ->> 'confidence' = 'check'
) j WHERE payments.decision_id = j.decision_id AND payments.position = j.position;
UPDATE decisions SET check_pence = c.pence, check_recommended_pence = c.recommended, check_count = c.n FROM (
  SELECT decision_id, sum(amount_pence) AS pence, sum(CASE WHEN status = 'recommended' THEN amount_pence ELSE 0 END) AS recommended, count(*) AS n
  FROM payments WHERE confidence = 'check' GROUP BY decision_id
) c WHERE decisions.id = c.decision_id;
-- Each holds every column totals name, and its WHERE's: SQLite reads a partial index as covering only then.
CREATE INDEX decisions_check_council ON decisions(authority_code, org_name, decision_date, category, category_slug, stage, counts_money,
  payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_date ON decisions(decision_date, authority_code, org_name, category, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
DROP INDEX payments_payer;
CREATE INDEX payments_payer ON payments(decision_id, credited_authority_code, credited_name, amount_pence, status, confidence, payer) WHERE payer IS NOT NULL;
`,
};
