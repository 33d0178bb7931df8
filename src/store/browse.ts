import type { Stage } from '../../schemas/enums.js';
import type { Db } from './db.js';
import { bothMatch, councilMatch, filterClause, nationMatch } from './filters.js';
import { councilDecisionsSql, MIXED_CTES } from './mixed.js';
import type { TotalsOptions } from './totals.js';

/** Headline figures for the explorer's overview. */
export interface Overview {
  decisions: number;
  upheld: number;
  withOutcome: number;
  decisionsWithPayment: number;
  totalPence: number;
  recommendedPence: number;
  /** Of totalPence, the money in payments to check. */
  checkPence: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Draft decisions stored (shown, never counted in the figures above). */
  drafts: number;
}

/**
 * Final decisions, upheld share, remedy money (each group of republished text counted once) and the date range; and
 * how many drafts are stored besides, which none of these figures count.
 */
export function overview(db: Db): Overview {
  return db
    .prepare(
      `SELECT count(*) FILTER (WHERE stage = 'final') AS decisions,
         count(*) FILTER (WHERE stage = 'final' AND outcome = 'upheld') AS upheld,
         count(outcome) FILTER (WHERE stage = 'final') AS withOutcome,
         count(*) FILTER (WHERE stage = 'final' AND payment_count > 0) AS decisionsWithPayment,
         coalesce(sum(total_pence) FILTER (WHERE counts_money), 0) AS totalPence,
         coalesce(sum(recommended_pence) FILTER (WHERE counts_money), 0) AS recommendedPence,
         coalesce(sum(check_pence) FILTER (WHERE counts_money), 0) AS checkPence,
         min(decision_date) FILTER (WHERE stage = 'final') AS firstDate, max(decision_date) FILTER (WHERE stage = 'final') AS lastDate,
         count(*) FILTER (WHERE stage = 'draft') AS drafts
       FROM decisions`,
    )
    .get() as Overview;
}

/** One decision in a list. */
export interface DecisionListRow {
  caseRef: string;
  url: string | null;
  organisation: string | null;
  category: string | null;
  subcategory: string | null;
  outcome: string | null;
  decisionDate: string | null;
  totalPence: number;
  recommendedPence: number;
  countsMoney: number;
  stage: Stage;
  /**
   * With a council (or nation) filter, the money of this decision credited to that council (or the nation's bodies):
   * all of it, unless the decision names another body that pays part (see totals.ts); null without one.
   */
  creditedPence: number | null;
  /** The money to check (payments whose confidence is "check") in the money shown: of creditedPence with a council filter, else of totalPence. */
  checkPence: number;
}

export const DECISION_SORTS = ['money', 'date'] as const;
export type DecisionSort = (typeof DECISION_SORTS)[number];

/** The totals key of decisions that state no outcome, and the outcome filter that selects them. */
export const NOT_STATED = '(not stated)';
/** The subcategory filter that selects decisions with a category but no subcategory (a totals row by subcategory keyed by the category alone). */
export const NO_SUBCATEGORY = '(no subcategory)';

/**
 * The filters of a list beyond those of totals, so that each totals row can lead to exactly the decisions it counts:
 * an outcome, a subcategory, a nation (the credited body's, as totals by nation count it), undated decisions only,
 * and a stage (totals count final decisions only).
 */
export interface ListFilters {
  outcome?: string | null;
  subcategory?: string | null;
  nation?: string | null;
  undated?: boolean;
  stage?: Stage | null;
}

/** The WHERE terms of a list's own filters over a decisions row `d`. */
function listClause(options: ListFilters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const equal = (column: string, value: string | null | undefined, none: string): void => {
    if (!value) return;
    if (value.toLowerCase() === none) where.push(`d.${column} IS NULL`);
    else {
      where.push(`d.${column} = ? COLLATE NOCASE`);
      params.push(value);
    }
  };
  equal('outcome', options.outcome, NOT_STATED);
  equal('subcategory', options.subcategory, NO_SUBCATEGORY);
  if (options.stage) {
    where.push('d.stage = ?');
    params.push(options.stage);
  }
  if (options.undated) where.push('d.decision_date IS NULL');
  return { where, params };
}

/**
 * Decisions matching the totals filters, biggest remedies (or newest) first; every filter is a bound parameter. With a
 * council (or a nation), the decisions that name it (as `lgsco totals --by council` counts them), biggest money
 * credited to it first; with certainOnly, biggest certain money first. Drafts are listed (with their stage) but their
 * proposed money never ranks them among the biggest remedies.
 */
export function listDecisions(
  db: Db,
  options: Pick<TotalsOptions, 'from' | 'to' | 'council' | 'category' | 'certainOnly'> & ListFilters & { sort?: DecisionSort; limit?: number },
): DecisionListRow[] {
  const dates = filterClause(options);
  const own = listClause(options);
  const where = [...dates.where, ...own.where];
  const params = [...dates.params, ...own.params];
  const council = bothMatch(councilMatch(db, options.council), options.nation ? nationMatch(options.nation) : null);
  const selected = council ? councilDecisionsSql(council) : null;
  const checked = selected ? 'c.checked' : 'd.check_pence';
  const money = `${selected ? 'c.pence' : 'd.total_pence'}${options.certainOnly ? ` - ${checked}` : ''}`;
  const order = options.sort === 'date' ? 'd.decision_date DESC, d.case_ref' : `CASE WHEN d.stage = 'final' THEN ${money} ELSE 0 END DESC, d.decision_date DESC, d.case_ref`;
  return db
    .prepare(
      `${selected ? `WITH ${MIXED_CTES}, selected AS (${selected.sql})` : ''}
       SELECT d.case_ref AS caseRef, d.url, coalesce(a.official_name, d.org_name) AS organisation, d.category, d.subcategory,
         d.outcome, d.decision_date AS decisionDate, d.total_pence AS totalPence, d.recommended_pence AS recommendedPence,
         d.counts_money AS countsMoney, d.stage, ${selected ? 'c.pence' : 'NULL'} AS creditedPence, ${checked} AS checkPence
       FROM ${selected ? 'selected c JOIN decisions d ON d.id = c.decision_id' : 'decisions d'} LEFT JOIN authorities a ON a.code = d.authority_code
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${order} LIMIT ?`,
    )
    .all(...(selected?.params ?? []), ...params, options.limit ?? 200) as DecisionListRow[];
}
