/** The filters totals and the explorer share: dates, category, and which bodies a council name selects. */
import { lookupAuthority } from '../authorities/index.js';
import type { TotalsOptions } from './totals.js';

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
