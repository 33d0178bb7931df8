/** Decisions whose money is not all their first organisation's, and a council's share of them (see totals.ts). */
import type { CouncilMatch } from './filters.js';

/**
 * CTEs over the decisions whose money or bodies are not all their first organisation's (`mixed`: a second organisation
 * or a payment that names its payer), and one row per body such a decision names (`bodies`: each organisation of its
 * title, and each body a payment is credited to; a body is its authority code, else its name) with the money credited
 * to it and how many of its payments are, and the same of its payments to check. The first organisation keeps what no
 * payer takes from it (the decision's total, which is the sum of its payments, less the payments credited elsewhere),
 * so every grouping adds up to the same money. Read from covering partial indexes (migrations 7 and 8) and the mixed
 * decisions' rows only.
 */
export const MIXED_CTES = `mixed(decision_id) AS (
    SELECT decision_id FROM decision_organisations WHERE position > 0
    UNION SELECT decision_id FROM payments WHERE payer IS NOT NULL
  ),
  -- Their decisions rows, read once (a row lookup each: the costly part at archive scale) for every use below.
  mixed_d AS MATERIALIZED (
    SELECT d.id, d.authority_code, d.org_name, d.category, d.subcategory, d.category_slug, d.outcome, d.decision_date, d.stage,
      d.counts_money, d.total_pence, d.recommended_pence, d.payment_count, d.check_pence, d.check_recommended_pence, d.check_count
    FROM decisions d WHERE d.id IN (SELECT decision_id FROM mixed)
  ),
  bodies AS (
    SELECT b.decision_id, b.authority_code, min(b.name) AS name, sum(b.pence) AS pence, sum(b.recommended) AS recommended,
      sum(b.credited) AS credited, sum(b.check_pence) AS check_pence, sum(b.check_recommended) AS check_recommended,
      sum(b.check_credited) AS check_credited
    FROM (
      SELECT m.id AS decision_id, m.authority_code, m.org_name AS name, m.total_pence - coalesce(sum(p.amount_pence), 0) AS pence,
        m.recommended_pence - coalesce(sum(CASE WHEN p.status = 'recommended' THEN p.amount_pence ELSE 0 END), 0) AS recommended,
        m.payment_count - count(p.decision_id) AS credited,
        m.check_pence - coalesce(sum(CASE WHEN p.confidence = 'check' THEN p.amount_pence ELSE 0 END), 0) AS check_pence,
        m.check_recommended_pence - coalesce(sum(CASE WHEN p.confidence = 'check' AND p.status = 'recommended' THEN p.amount_pence ELSE 0 END), 0) AS check_recommended,
        m.check_count - count(CASE WHEN p.confidence = 'check' THEN 1 END) AS check_credited
      FROM mixed_d m LEFT JOIN payments p ON p.decision_id = m.id AND p.payer IS NOT NULL
      GROUP BY m.id
      UNION ALL
      SELECT o.decision_id, o.authority_code, o.name, 0, 0, 0, 0, 0, 0 FROM decision_organisations o WHERE o.position > 0
      UNION ALL
      SELECT p.decision_id, p.credited_authority_code, p.credited_name, p.amount_pence,
        CASE WHEN p.status = 'recommended' THEN p.amount_pence ELSE 0 END, 1,
        CASE WHEN p.confidence = 'check' THEN p.amount_pence ELSE 0 END,
        CASE WHEN p.confidence = 'check' AND p.status = 'recommended' THEN p.amount_pence ELSE 0 END,
        p.confidence = 'check'
      FROM payments p WHERE p.payer IS NOT NULL
    ) b
    GROUP BY b.decision_id, b.authority_code, CASE WHEN b.authority_code IS NULL THEN b.name END
    -- A decision with no organisation is no body's for want of one: only where money is left to it.
    HAVING min(b.name) IS NOT NULL OR sum(b.credited) > 0
  )`;

/**
 * The decisions a council filter selects, each with the money credited to the council: a decision that is not mixed by
 * its first organisation (all its money), a mixed one by the bodies it names. Rows: decision_id, pence, recommended,
 * checked (the part of pence to check). Parameters: the council clause's, twice.
 */
export function councilDecisionsSql(council: CouncilMatch): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT d.id AS decision_id, d.total_pence AS pence, d.recommended_pence AS recommended, d.check_pence AS checked FROM decisions d
      WHERE ${council.on('d.authority_code', 'd.org_name')} AND d.id NOT IN (SELECT decision_id FROM mixed)
      UNION ALL
      SELECT b.decision_id, sum(b.pence), sum(b.recommended), sum(b.check_pence) FROM bodies b
      WHERE ${council.on('b.authority_code', 'b.name')} GROUP BY b.decision_id`,
    params: [...council.params, ...council.params],
  };
}
