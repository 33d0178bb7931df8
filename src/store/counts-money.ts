/**
 * Whether a decision row counts its money in totals, as an SQL expression over the row `decisions`: the latest
 * publication of its reference (a review can republish it), and among the publications of one text under several
 * references, the first stored that is not itself superseded. The writer settles it for the rows a store can change;
 * migration 4 applied it to every row. A change to the rule needs a migration that recounts again.
 */
export const COUNTS_MONEY_SQL = `(
  NOT EXISTS (SELECT 1 FROM decisions o WHERE o.case_ref = decisions.case_ref AND o.id <> decisions.id
    AND (coalesce(o.decision_date, '') > coalesce(decisions.decision_date, '')
      OR (coalesce(o.decision_date, '') = coalesce(decisions.decision_date, '') AND o.id > decisions.id)))
  AND NOT EXISTS (SELECT 1 FROM decisions o WHERE o.body_sha256 = decisions.body_sha256 AND o.id < decisions.id
    AND NOT EXISTS (SELECT 1 FROM decisions q WHERE q.case_ref = o.case_ref AND q.id <> o.id
      AND (coalesce(q.decision_date, '') > coalesce(o.decision_date, '')
        OR (coalesce(q.decision_date, '') = coalesce(o.decision_date, '') AND q.id > o.id))))
)`;
