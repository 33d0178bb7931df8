/**
 * Whether a decision row counts its money in totals, as an SQL expression over the row `decisions`: a final decision
 * (a draft's remedies are proposals, never counted), the latest final publication of its reference (a review can
 * republish it), and among the publications of one text under several references, the first stored that is not
 * itself superseded. The writer settles it for the rows a store can change. A change to the rule needs a migration
 * that recounts the rows it changes.
 */
export const COUNTS_MONEY_SQL = `(
  decisions.stage = 'final'
  AND NOT EXISTS (SELECT 1 FROM decisions o WHERE o.case_ref = decisions.case_ref AND o.id <> decisions.id AND o.stage = 'final'
    AND (coalesce(o.decision_date, '') > coalesce(decisions.decision_date, '')
      OR (coalesce(o.decision_date, '') = coalesce(decisions.decision_date, '') AND o.id > decisions.id)))
  AND NOT EXISTS (SELECT 1 FROM decisions o WHERE o.body_sha256 = decisions.body_sha256 AND o.id < decisions.id AND o.stage = 'final'
    AND NOT EXISTS (SELECT 1 FROM decisions q WHERE q.case_ref = o.case_ref AND q.id <> o.id AND q.stage = 'final'
      AND (coalesce(q.decision_date, '') > coalesce(o.decision_date, '')
        OR (coalesce(q.decision_date, '') = coalesce(o.decision_date, '') AND q.id > o.id))))
)`;

/**
 * The rule as migration 4 applied it, before decisions had a stage: kept word for word, because a migration never
 * changes once released (and a new database runs migration 4 before the column exists).
 */
export const COUNTS_MONEY_SQL_MIGRATION_4 = `(
  NOT EXISTS (SELECT 1 FROM decisions o WHERE o.case_ref = decisions.case_ref AND o.id <> decisions.id
    AND (coalesce(o.decision_date, '') > coalesce(decisions.decision_date, '')
      OR (coalesce(o.decision_date, '') = coalesce(decisions.decision_date, '') AND o.id > decisions.id)))
  AND NOT EXISTS (SELECT 1 FROM decisions o WHERE o.body_sha256 = decisions.body_sha256 AND o.id < decisions.id
    AND NOT EXISTS (SELECT 1 FROM decisions q WHERE q.case_ref = o.case_ref AND q.id <> o.id
      AND (coalesce(q.decision_date, '') > coalesce(o.decision_date, '')
        OR (coalesce(q.decision_date, '') = coalesce(o.decision_date, '') AND q.id > o.id))))
)`;
