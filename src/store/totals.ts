/**
 * Remedy totals, and which decisions and money belong to a council, under one rule (README "lgsco totals"):
 *
 * - **Money** is credited by payment: each payment to the body stored with it (payments.credited_name and
 *   credited_authority_code; the rule is in credit.ts: the payer when the decision names one of its organisations or a
 *   known local authority, else the decision's first organisation). A council's total is the money credited to it.
 * - **A council's decisions** are the final decisions that name it: as one of the organisations of their title, or as
 *   the body a payment is credited to. A decision naming two councils is in both their rows; its money is not.
 * - Only final decisions count as decisions, and only rows with counts_money = 1 count money (counts-money.ts).
 *
 * Most decisions have one organisation and no payer, so all their money is their first organisation's: totals read
 * those from the decisions table's covering indexes, as before. The few others ("mixed": a second organisation or a
 * payer named, found through two partial indexes) have their first-organisation figures taken out again and each body's
 * share put in, from decision_organisations and payments. The explorer and `lgsco totals` both read totals here, and
 * the explorer's council pages read a council's decisions here (listDecisions uses councilDecisionsSql).
 */
import { lookupAuthority } from '../authorities/index.js';
import type { Db } from './db.js';

/** What `lgsco totals` groups by. */
export const TOTALS_BY = ['council', 'category', 'subcategory', 'year', 'outcome', 'nation'] as const;
export type TotalsBy = (typeof TOTALS_BY)[number];

export interface TotalsOptions {
  by: TotalsBy;
  /** Decision dates from/to, ISO, inclusive. */
  from?: string | null;
  to?: string | null;
  /**
   * A council by any of its names ("Enfield", "London Borough of Enfield") or an organisation's name as titled: the
   * decisions that name it, and the money credited to it.
   */
  council?: string | null;
  /** A category label or slug. */
  category?: string | null;
  /** Add the total per 100,000 residents (councils only). */
  perCapita?: boolean;
}

export interface TotalsRow {
  key: string;
  decisions: number;
  decisionsWithPayment: number;
  totalPence: number;
  recommendedPence: number;
  /** --per-capita: population (mid-2020) and pence per 100,000 residents. */
  population?: number | null;
  perHundredThousandPence?: number | null;
}

/** A WHERE term and its bound parameters. */
export interface Clause {
  where: string[];
  params: unknown[];
}

/** The WHERE terms (bound parameters) over a decisions row (alias `t`) for the date and category filters of totals and the explorer. */
export function filterClause(options: Pick<TotalsOptions, 'from' | 'to' | 'category'>, t = 'd'): Clause {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.from) {
    where.push(`${t}.decision_date >= ?`);
    params.push(options.from);
  }
  if (options.to) {
    where.push(`${t}.decision_date <= ?`);
    params.push(options.to);
  }
  if (options.category) {
    where.push(`(${t}.category = ? COLLATE NOCASE OR ${t}.category_slug = ?)`);
    params.push(options.category, options.category.toLowerCase());
  }
  return { where, params };
}

/** A council filter: a WHERE term over a body's authority code and name columns, and its bound parameters. */
export interface CouncilMatch {
  on: (code: string, name: string) => string;
  params: unknown[];
}

/**
 * Whether a body (its authority code and name columns) is the council asked for: the same local authority when the
 * name is one, else an organisation name containing it. Null when no council is asked for.
 */
export function councilMatch(council: string | null | undefined): CouncilMatch | null {
  if (!council) return null;
  const la = lookupAuthority(council);
  return la
    ? { on: (code, name) => `(${code} = ? OR ${name} = ? COLLATE NOCASE)`, params: [la.code, council] }
    : { on: (_code, name) => `${name} LIKE ?`, params: [`%${council}%`] };
}

/**
 * CTEs over the decisions whose money or bodies are not all their first organisation's (`mixed`: a second organisation
 * or a payment that names its payer), and one row per body such a decision names (`bodies`: each organisation of its
 * title, and each body a payment is credited to; a body is its authority code, else its name) with the money credited
 * to it and how many of its payments are. The first organisation keeps what no payer takes from it (the decision's
 * total, which is the sum of its payments, less the payments credited elsewhere), so every grouping adds up to the
 * same money. Read from covering partial indexes (migration 7) and the mixed decisions' rows only.
 */
export const MIXED_CTES = `mixed(decision_id) AS (
    SELECT decision_id FROM decision_organisations WHERE position > 0
    UNION SELECT decision_id FROM payments WHERE payer IS NOT NULL
  ),
  -- Their decisions rows, read once (a row lookup each: the costly part at archive scale) for every use below.
  mixed_d AS MATERIALIZED (
    SELECT d.id, d.authority_code, d.org_name, d.category, d.subcategory, d.category_slug, d.outcome, d.decision_date, d.stage,
      d.counts_money, d.total_pence, d.recommended_pence, d.payment_count
    FROM decisions d WHERE d.id IN (SELECT decision_id FROM mixed)
  ),
  bodies AS (
    SELECT b.decision_id, b.authority_code, min(b.name) AS name, sum(b.pence) AS pence, sum(b.recommended) AS recommended,
      sum(b.credited) AS credited
    FROM (
      SELECT m.id AS decision_id, m.authority_code, m.org_name AS name, m.total_pence - coalesce(sum(p.amount_pence), 0) AS pence,
        m.recommended_pence - coalesce(sum(CASE WHEN p.status = 'recommended' THEN p.amount_pence ELSE 0 END), 0) AS recommended,
        m.payment_count - count(p.decision_id) AS credited
      FROM mixed_d m LEFT JOIN payments p ON p.decision_id = m.id AND p.payer IS NOT NULL
      GROUP BY m.id
      UNION ALL
      SELECT o.decision_id, o.authority_code, o.name, 0, 0, 0 FROM decision_organisations o WHERE o.position > 0
      UNION ALL
      SELECT p.decision_id, p.credited_authority_code, p.credited_name, p.amount_pence,
        CASE WHEN p.status = 'recommended' THEN p.amount_pence ELSE 0 END, 1
      FROM payments p WHERE p.payer IS NOT NULL
    ) b
    GROUP BY b.decision_id, b.authority_code, CASE WHEN b.authority_code IS NULL THEN b.name END
    -- A decision with no organisation is no body's for want of one: only where money is left to it.
    HAVING min(b.name) IS NOT NULL OR sum(b.credited) > 0
  )`;

/**
 * The decisions a council filter selects, each with the money credited to the council: a decision that is not mixed by
 * its first organisation (all its money), a mixed one by the bodies it names. Rows: decision_id, pence, recommended.
 * Parameters: the council clause's, twice.
 */
export function councilDecisionsSql(council: CouncilMatch): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT d.id AS decision_id, d.total_pence AS pence, d.recommended_pence AS recommended FROM decisions d
      WHERE ${council.on('d.authority_code', 'd.org_name')} AND d.id NOT IN (SELECT decision_id FROM mixed)
      UNION ALL
      SELECT b.decision_id, sum(b.pence), sum(b.recommended) FROM bodies b
      WHERE ${council.on('b.authority_code', 'b.name')} GROUP BY b.decision_id`,
    params: [...council.params, ...council.params],
  };
}

interface Grouping {
  /** The raw columns of a decisions row (alias `t`) it groups by, in the order of a covering index. */
  inner: (t: string) => string;
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
  all: { ...columns('stage'), outer: "'All'" },
  council: {
    ...columns('authority_code', 'org_name'),
    outer: "coalesce(a.official_name, g.org_name, '(no organisation)')",
    body: {
      keys: 'b.authority_code AS authority_code, b.name AS org_name',
      group: 'b.authority_code, CASE WHEN b.authority_code IS NULL THEN b.name END',
      outKeys: 'x.authority_code AS authority_code, x.org_name AS org_name',
      outGroup: 'x.authority_code, x.org_name',
    },
  },
  category: { ...columns('category'), outer: "coalesce(g.category, '(no category)')" },
  subcategory: { ...columns('category', 'subcategory'), outer: "coalesce(g.category || ' > ' || g.subcategory, g.category, '(no category)')" },
  year: { ...columns('decision_date'), outer: "coalesce(substr(g.decision_date, 1, 4), '(no date)')" },
  outcome: { ...columns('outcome'), outer: "coalesce(g.outcome, '(not stated)')" },
  // A nation is the credited body's: a decision naming two councils of one nation counts once in it.
  nation: {
    ...columns('authority_code'),
    outer: "coalesce(a.nation, '(not a local authority)')",
    body: { keys: 'min(b.authority_code) AS authority_code', group: 'ba.nation', outKeys: 'x.authority_code AS authority_code', outGroup: 'x.authority_code' },
  },
};

/** A decision's money, when its row (alias `t`) counts money. */
const counted = (t: string, column: string): string => `CASE WHEN ${t}.counts_money THEN ${column} ELSE 0 END`;

/**
 * Remedy totals grouped by council, category, subcategory, year, outcome or nation, over final decisions only (a draft
 * is neither a decision nor money here). Money of a report published under several refs (same body) or republished
 * counts once. By council and by nation, and for any grouping filtered by council, money follows the credit rule
 * (above); every filter is a bound parameter.
 */
export function queryTotals(db: Db, options: TotalsOptions): TotalsRow[] {
  return totalsRows(db, options.by, options);
}

/**
 * The totals of every decision the filters select, in one row keyed "All": each decision once (a decision in the rows
 * of two councils, once), and with a council filter, the money credited to that council.
 */
export function queryTotalsAll(db: Db, options: Omit<TotalsOptions, 'by' | 'perCapita'>): TotalsRow {
  return totalsRows(db, 'all', options)[0] ?? { key: 'All', decisions: 0, decisionsWithPayment: 0, totalPence: 0, recommendedPence: 0 };
}

function totalsRows(db: Db, grouping: TotalsBy | 'all', options: Omit<TotalsOptions, 'by'>): TotalsRow[] {
  const g = GROUPING[grouping];
  const council = councilMatch(options.council);
  const credited = g.body !== undefined || council !== null;
  const joinsAuthority = grouping === 'council' || grouping === 'nation';
  const perCapita = options.perCapita === true;
  // The filters over a decisions row: `d` the table (read from a covering index), `m` a mixed decision's row (mixed_d).
  const filters = (t: string, withCouncil: boolean): { sql: string; params: unknown[] } => {
    const { where, params } = filterClause(options, t);
    where.push(`${t}.stage = 'final'`); // read from the covering index, like the rest
    if (withCouncil && council) where.push(council.on(`${t}.authority_code`, `${t}.org_name`));
    return { sql: where.join(' AND '), params: withCouncil && council ? [...params, ...council.params] : params };
  };
  const parts: { sql: string; params: unknown[] }[] = [];
  // Every final decision by its first organisation, as if all its money were that body's …
  const d = filters('d', true);
  parts.push({
    sql: `SELECT ${g.innerKeys('d')}, count(*) AS decisions, sum(d.payment_count > 0) AS withPayment,
        sum(${counted('d', 'd.total_pence')}) AS total, sum(${counted('d', 'd.recommended_pence')}) AS recommended
      FROM decisions d WHERE ${d.sql} GROUP BY ${g.inner('d')}`,
    params: d.params,
  });
  if (credited) {
    // … then, for the mixed decisions, that taken out again …
    const m = filters('m', true);
    parts.push({
      sql: `SELECT ${g.innerKeys('m')}, -count(*), -sum(m.payment_count > 0), -sum(${counted('m', 'm.total_pence')}), -sum(${counted('m', 'm.recommended_pence')})
        FROM mixed_d m WHERE ${m.sql} GROUP BY ${g.inner('m')}`,
      params: m.params,
    });
    // … and each body's share put in (a decision once per group: per body, per nation, or per decision).
    const by = g.body ?? { keys: '', group: '', outKeys: g.innerKeys('m'), outGroup: g.inner('m') };
    const x = filters('m', false);
    parts.push({
      sql: `SELECT ${by.outKeys}, count(*), sum(x.credited > 0), sum(${counted('m', 'x.pence')}), sum(${counted('m', 'x.recommended')})
        FROM (SELECT b.decision_id, ${by.keys ? `${by.keys}, ` : ''}sum(b.pence) AS pence, sum(b.recommended) AS recommended, sum(b.credited) AS credited
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
      sum(g.recommended) AS recommendedPence
      ${perCapita ? ', max(a.population) AS population' : ''}
    FROM (${parts.map((p) => p.sql).join(' UNION ALL ')}) g
    ${joinsAuthority ? 'LEFT JOIN authorities a ON a.code = g.authority_code' : ''}
    GROUP BY grp
    HAVING sum(g.decisions) > 0
    ORDER BY totalPence DESC, decisions DESC, grp`;
  const rows = (db.prepare(sql).all(...parts.flatMap((p) => p.params)) as (Omit<TotalsRow, 'key'> & { grp: string })[]).map(({ grp, ...r }) => ({ key: grp, ...r }));
  if (!perCapita) return rows;
  return rows.map((r) => ({
    ...r,
    population: r.population ?? null,
    perHundredThousandPence: r.population ? Math.round((r.totalPence * 100000) / r.population) : null,
  }));
}

/** One body's share of a decision's money. */
export interface Credit {
  /** The body as totals name it (the authority's official name, else the name the decision gives). */
  name: string;
  pence: number;
}

/** How a stored decision's money is credited, body by body, in the order the payments come (`lgsco show`). */
export function creditsOf(db: Db, decisionId: number): Credit[] {
  return db
    .prepare(
      `SELECT coalesce(a.official_name, min(p.credited_name), '(no organisation)') AS name, sum(p.amount_pence) AS pence
       FROM payments p LEFT JOIN authorities a ON a.code = p.credited_authority_code
       WHERE p.decision_id = ?
       GROUP BY p.credited_authority_code, CASE WHEN p.credited_authority_code IS NULL THEN p.credited_name END
       ORDER BY min(p.position)`,
    )
    .all(decisionId) as Credit[];
}
