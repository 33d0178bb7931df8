/**
 * Remedy totals, and which decisions and money belong to a council, under one rule (README "lgsco totals"):
 *
 * - **Money** is credited by payment: each payment to the body stored with it (payments.credited_name and
 *   credited_authority_code; the rule is in credit.ts: the payer when the decision names one of its organisations or a
 *   known local authority, else the decision's first organisation). A council's total is the money credited to it.
 * - **A council's decisions** are the final decisions that name it: as one of the organisations of their title, or as
 *   the body a payment is credited to. A decision naming two councils is in both their rows; its money is not.
 * - Only final decisions count as decisions, and only rows with counts_money = 1 count money (counts-money.ts).
 * - **Money to check**: each row says how much of its money is in payments whose confidence is "check" (checkPence);
 *   `certainOnly` (--certain-only) leaves that money out of every figure, and a decision has a payment only when one
 *   of its payments is certain. Each decision keeps its money to check (check_pence, check_recommended_pence,
 *   check_count): the decisions with some (about one in ten) are read from partial covering indexes (migration 8)
 *   and added to the rows apart, so the scan of every decision costs what it did.
 *
 * Most decisions have one organisation and no payer, so all their money is their first organisation's: totals read
 * those from the decisions table's covering indexes, as before. The few others ("mixed": a second organisation or a
 * payer named, found through two partial indexes) have their first-organisation figures taken out again and each body's
 * share put in, from decision_organisations and payments. The explorer and `lgsco totals` both read totals here, and
 * the explorer's council pages read a council's decisions through mixed.ts (listDecisions uses councilDecisionsSql).
 */
import { samplePopulation } from '../sample.js';
import type { Db } from './db.js';
import { councilMatch, filterClause } from './filters.js';
import { MIXED_CTES } from './mixed.js';
import { DEFAULT_MIN_DECISIONS, defaultSort, orderTotals, type TotalsSort } from './totals-order.js';

export { DEFAULT_MIN_DECISIONS, defaultSort, TOTALS_SORTS, type TotalsSort } from './totals-order.js';

/** What `lgsco totals` groups by. */
export const TOTALS_BY = ['council', 'category', 'subcategory', 'year', 'outcome', 'nation'] as const;
export type TotalsBy = (typeof TOTALS_BY)[number];

export interface TotalsOptions {
  by: TotalsBy;
  /** Decision dates from/to, ISO, inclusive. */
  from?: string | null;
  to?: string | null;
  /**
   * A council by any of its names ("Enfield", "London Borough of Enfield") or an organisation's name as titled, whole
   * (council.ts; a name of none or several bodies throws): the decisions that name it, and the money credited to it.
   */
  council?: string | null;
  /** A category label or slug. */
  category?: string | null;
  /** Add the total per 100,000 residents (councils only). */
  perCapita?: boolean;
  /**
   * Count only payments whose confidence is "certain" (--certain-only): money to check is left out of every figure
   * (per capita too), and WITH £ counts the decisions with a certain payment.
   */
  certainOnly?: boolean;
  /** The order of the rows (totals-order.ts); by default years in date order, per head with perCapita, else by total. */
  sort?: TotalsSort;
  /** With perCapita: fewest decisions a council needs for a per-head figure (default DEFAULT_MIN_DECISIONS). */
  minDecisions?: number;
}

export interface TotalsRow {
  key: string;
  decisions: number;
  decisionsWithPayment: number;
  totalPence: number;
  recommendedPence: number;
  /** Money to check among the payments the row counts (confidence "check"): part of totalPence, or left out of it with certainOnly. */
  checkPence: number;
  /**
   * --per-capita: population (mid-2020) and pence per 100,000 residents; no per-head figure (null) without a
   * population or for a council with fewer than minDecisions decisions, which belowMinDecisions then marks.
   */
  population?: number | null;
  perHundredThousandPence?: number | null;
  belowMinDecisions?: boolean;
}

interface Grouping {
  /** The raw columns of a decisions row (alias `t`) it groups by, in the order of a covering index. */
  inner: (t: string) => string;
  /** The partial covering index of the decisions with money to check in that order (migration 8). */
  checkIndex: string;
  /** Those columns named for the outer query. */
  innerKeys: (t: string) => string;
  /** The display key, over those columns (`g`) and the authority of `g.authority_code` (`a`). */
  outer: string;
  /**
   * For a grouping defined by the body (not the decision): a mixed decision's bodies grouped per decision by it (`b`,
   * its authority `ba`) into `x`, and the columns of `x` that stand for `innerKeys`.
   */
  body?: { keys: string; group: string; outKeys: string; outGroup: string };
}

const columns = (...names: string[]): Pick<Grouping, 'inner' | 'innerKeys'> => ({
  inner: (t) => names.map((n) => `${t}.${n}`).join(', '),
  innerKeys: (t) => names.map((n) => `${t}.${n} AS ${n}`).join(', '),
});

/**
 * Each grouping first aggregates by raw columns in the order of a covering index (no table reads, no sort), then maps
 * those few hundred groups to display keys: fast at archive scale (150,000 decisions).
 */
const GROUPING: Record<TotalsBy | 'all', Grouping> = {
  // Every decision in one row (the stage is 'final' in every row totals read).
  all: { ...columns('stage'), checkIndex: 'decisions_check_council', outer: "'All'" },
  council: {
    ...columns('authority_code', 'org_name'),
    checkIndex: 'decisions_check_council',
    outer: "coalesce(a.official_name, g.org_name, '(no organisation)')",
    body: {
      keys: 'b.authority_code AS authority_code, b.name AS org_name',
      group: 'b.authority_code, CASE WHEN b.authority_code IS NULL THEN b.name END',
      outKeys: 'x.authority_code AS authority_code, x.org_name AS org_name',
      outGroup: 'x.authority_code, x.org_name',
    },
  },
  category: { ...columns('category'), checkIndex: 'decisions_check_category', outer: "coalesce(g.category, '(no category)')" },
  subcategory: { ...columns('category', 'subcategory'), checkIndex: 'decisions_check_category', outer: "coalesce(g.category || ' > ' || g.subcategory, g.category, '(no category)')" },
  year: { ...columns('decision_date'), checkIndex: 'decisions_check_date', outer: "coalesce(substr(g.decision_date, 1, 4), '(no date)')" },
  outcome: { ...columns('outcome'), checkIndex: 'decisions_check_outcome', outer: "coalesce(g.outcome, '(not stated)')" },
  // A nation is the credited body's: a decision naming two councils of one nation counts once in it.
  nation: {
    ...columns('authority_code'),
    checkIndex: 'decisions_check_council',
    outer: "coalesce(a.nation, '(not a local authority)')",
    body: { keys: 'min(b.authority_code) AS authority_code', group: 'ba.nation', outKeys: 'x.authority_code AS authority_code', outGroup: 'x.authority_code' },
  },
};

/**
 * Remedy totals grouped by council, category, subcategory, year, outcome or nation, over final decisions only (a draft
 * is neither a decision nor money here). Money of a report published under several refs (same body) or republished
 * counts once. By council and by nation, and for any grouping filtered by council, money follows the credit rule
 * (above); every filter is a bound parameter.
 */
export function queryTotals(db: Db, options: TotalsOptions): TotalsRow[] {
  const perCapita = options.perCapita === true;
  return orderTotals(totalsRows(db, options.by, options), options.sort ?? defaultSort(options.by, perCapita), perCapita);
}

/**
 * The totals of every decision the filters select, in one row keyed "All": each decision once (a decision in the rows
 * of two councils, once), and with a council filter, the money credited to that council.
 */
export function queryTotalsAll(db: Db, options: Omit<TotalsOptions, 'by' | 'perCapita'>): TotalsRow {
  return totalsRows(db, 'all', options)[0] ?? { key: 'All', decisions: 0, decisionsWithPayment: 0, totalPence: 0, recommendedPence: 0, checkPence: 0 };
}

/** A row's payments and money, as columns of the row's alias: a decision's (decisions, mixed_d) or a body's share (x). */
interface MoneyColumns {
  /** How many payments, and how many of them are to check. */
  count: string;
  checkCount: string;
  total: string;
  recommended: string;
  check: string;
  checkRecommended: string;
}

/** A decisions row's (or mixed_d row's) money columns. */
const decisionMoney = (t: string): MoneyColumns => ({
  count: `${t}.payment_count`,
  checkCount: `${t}.check_count`,
  total: `${t}.total_pence`,
  recommended: `${t}.recommended_pence`,
  check: `${t}.check_pence`,
  checkRecommended: `${t}.check_recommended_pence`,
});

/**
 * The sum of `value` over the rows that count money (the decision's row is `t`), 0 when none does. An aggregate FILTER
 * skips the rows that do not count at less cost than a CASE in the sum, and totals by council is a query people wait on.
 */
const countedSum = (t: string, value: string): string => `coalesce(sum(${value}) FILTER (WHERE ${t}.counts_money), 0)`;

/**
 * What a part of a totals query sums over rows `t` with money columns `c`: the decisions with a payment, the money and
 * the recommended money; with certainOnly, payments to check left out (a decision has a payment when one is certain).
 */
function sums(t: string, c: MoneyColumns, certainOnly: boolean): { withPayment: string; total: string; recommended: string; check: string } {
  return {
    withPayment: `count(*) FILTER (WHERE ${c.count} > ${certainOnly ? c.checkCount : '0'})`,
    total: countedSum(t, certainOnly ? `${c.total} - ${c.check}` : c.total),
    recommended: countedSum(t, certainOnly ? `${c.recommended} - ${c.checkRecommended}` : c.recommended),
    check: countedSum(t, c.check),
  };
}

function totalsRows(db: Db, grouping: TotalsBy | 'all', options: Omit<TotalsOptions, 'by'>): TotalsRow[] {
  const g = GROUPING[grouping];
  const council = councilMatch(db, options.council);
  const credited = g.body !== undefined || council !== null;
  const joinsAuthority = grouping === 'council' || grouping === 'nation';
  const perCapita = options.perCapita === true;
  const certainOnly = options.certainOnly === true;
  // The filters over a decisions row: `d` the table (read from a covering index), `m` a mixed decision's row (mixed_d).
  const filters = (t: string, withCouncil: boolean): { sql: string; params: unknown[] } => {
    const { where, params } = filterClause(options, t);
    where.push(`${t}.stage = 'final'`); // read from the covering index, like the rest
    if (withCouncil && council) where.push(council.on(`${t}.authority_code`, `${t}.org_name`));
    return { sql: where.join(' AND '), params: withCouncil && council ? [...params, ...council.params] : params };
  };
  const parts: { sql: string; params: unknown[] }[] = [];
  // Every final decision by its first organisation, as if all its money were that body's and certain …
  const d = filters('d', true);
  const all = sums('d', decisionMoney('d'), false);
  parts.push({
    sql: `SELECT ${g.innerKeys('d')}, count(*) AS decisions, ${all.withPayment} AS withPayment, ${all.total} AS total,
        ${all.recommended} AS recommended, 0 AS checked
      FROM decisions d WHERE ${d.sql} GROUP BY ${g.inner('d')}`,
    params: d.params,
  });
  // … its money to check, from the few decisions that have some, and with certainOnly that money taken out (a decision
  // whose payments are all to check has none). The index is named: left to itself the planner may read a full index
  // in the grouping's order and look up every decision, a cost that grows with the whole archive, not with the few.
  const c = filters('d', true);
  const checked = sums('d', decisionMoney('d'), false).check;
  parts.push({
    sql: `SELECT ${g.innerKeys('d')}, 0, ${
      certainOnly ? `-count(*) FILTER (WHERE d.payment_count = d.check_count), -${checked}, -${countedSum('d', 'd.check_recommended_pence')}` : '0, 0, 0'
    }, ${checked}
      FROM decisions d INDEXED BY ${g.checkIndex} WHERE d.check_count > 0 AND ${c.sql} GROUP BY ${g.inner('d')}`,
    params: c.params,
  });
  if (credited) {
    // … then, for the mixed decisions, all that taken out again …
    const m = filters('m', true);
    const mine = sums('m', decisionMoney('m'), certainOnly);
    parts.push({
      sql: `SELECT ${g.innerKeys('m')}, -count(*), -${mine.withPayment}, -${mine.total}, -${mine.recommended}, -${mine.check}
        FROM mixed_d m WHERE ${m.sql} GROUP BY ${g.inner('m')}`,
      params: m.params,
    });
    // … and each body's share put in (a decision once per group: per body, per nation, or per decision).
    const by = g.body ?? { keys: '', group: '', outKeys: g.innerKeys('m'), outGroup: g.inner('m') };
    const x = filters('m', false);
    const share: MoneyColumns = { count: 'x.credited', checkCount: 'x.check_credited', total: 'x.pence', recommended: 'x.recommended', check: 'x.check_pence', checkRecommended: 'x.check_recommended' };
    const theirs = sums('m', share, certainOnly);
    parts.push({
      sql: `SELECT ${by.outKeys}, count(*), ${theirs.withPayment}, ${theirs.total}, ${theirs.recommended}, ${theirs.check}
        FROM (SELECT b.decision_id, ${by.keys ? `${by.keys}, ` : ''}sum(b.pence) AS pence, sum(b.recommended) AS recommended, sum(b.credited) AS credited,
                sum(b.check_pence) AS check_pence, sum(b.check_recommended) AS check_recommended, sum(b.check_credited) AS check_credited
              FROM bodies b ${grouping === 'nation' ? 'LEFT JOIN authorities ba ON ba.code = b.authority_code' : ''}
              ${council ? `WHERE ${council.on('b.authority_code', 'b.name')}` : ''}
              GROUP BY b.decision_id${by.group ? `, ${by.group}` : ''}) x
        JOIN mixed_d m ON m.id = x.decision_id
        WHERE ${x.sql} GROUP BY ${by.outGroup}`,
      params: [...(council?.params ?? []), ...x.params],
    });
  }
  // "grp", not "key": decisions has a column named key, which GROUP BY would pick over the alias.
  const sql = `
    ${credited ? `WITH ${MIXED_CTES}` : ''}
    SELECT ${g.outer} AS grp,
      sum(g.decisions) AS decisions,
      sum(g.withPayment) AS decisionsWithPayment,
      sum(g.total) AS totalPence,
      sum(g.recommended) AS recommendedPence,
      sum(g.checked) AS checkPence
      ${perCapita ? ', max(a.population) AS population' : ''}
    FROM (${parts.map((p) => p.sql).join(' UNION ALL ')}) g
    ${joinsAuthority ? 'LEFT JOIN authorities a ON a.code = g.authority_code' : ''}
    GROUP BY grp
    HAVING sum(g.decisions) > 0
    ORDER BY totalPence DESC, decisions DESC, grp`;
  const rows = (db.prepare(sql).all(...parts.flatMap((p) => p.params)) as (Omit<TotalsRow, 'key'> & { grp: string })[]).map(({ grp, ...r }) => ({ key: grp, ...r }));
  if (!perCapita) return rows;
  const min = options.minDecisions ?? DEFAULT_MIN_DECISIONS;
  return rows.map((r) => {
    // A local authority's population (mySociety); the bundled demo sample's invented bodies have invented ones
    // (src/sample.ts: only those exact names, never a real council's), so the demo's per-head view has something to show.
    const population = r.population ?? samplePopulation(r.key);
    return {
      ...r,
      population,
      perHundredThousandPence: population && r.decisions >= min ? Math.round((r.totalPence * 100000) / population) : null,
      belowMinDecisions: r.decisions < min,
    };
  });
}
