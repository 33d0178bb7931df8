/**
 * The filters totals and the explorer share: dates, category, and which bodies a council name selects; and the body
 * filters only the explorer's lists take (a nation, for the rows of totals by nation).
 */
import { UsageError } from '../errors.js';
import { resolveCouncil, type CouncilSelection } from './council.js';
import type { Db } from './db.js';
import type { TotalsOptions } from './totals.js';

/** The totals key of decisions without a category, and the category filter that selects them. */
export const NO_CATEGORY = '(no category)';
/** The totals key by nation of bodies that are not a local authority (or none), and the nation filter that selects them. */
export const NOT_AN_AUTHORITY = '(not a local authority)';

/** A WHERE term and its bound parameters. */
export interface Clause {
  where: string[];
  params: unknown[];
}

/** A backwards range selects nothing: a usage error naming both ends, rather than an empty answer that looks true. */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined, names = ['--from', '--to']): void {
  if (from && to && from > to) throw new UsageError(`${names[0]} ${from} is after ${names[1]} ${to}: no decision can be in that range`);
}

/** The WHERE terms (bound parameters) over a decisions row (alias `t`) for the date and category filters of totals and the explorer. */
export function filterClause(options: Pick<TotalsOptions, 'from' | 'to' | 'category'>, t = 'd'): Clause {
  checkDateRange(options.from, options.to, ['from', 'to']);
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
  if (options.category && options.category.toLowerCase() === NO_CATEGORY) where.push(`${t}.category IS NULL`);
  else if (options.category) {
    where.push(`(${t}.category = ? COLLATE NOCASE OR ${t}.category_slug = ?)`);
    params.push(options.category, options.category.toLowerCase());
  }
  return { where, params };
}

/** A body filter: a WHERE term over a body's authority code and name columns, and its bound parameters. */
export interface CouncilMatch {
  on: (code: string, name: string) => string;
  params: unknown[];
}

/** The WHERE term that selects the body a council name resolved to. */
export function selectionMatch(selection: CouncilSelection): CouncilMatch {
  switch (selection.kind) {
    case 'authority':
      // A body stored under the authority, or titled with the very name asked for (resolveCouncil made sure that is the same body).
      return { on: (code, name) => `(${code} = ? OR ${name} = ? COLLATE NOCASE)`, params: [selection.code, selection.typed] };
    case 'body':
      return { on: (_code, name) => `${name} = ? COLLATE NOCASE`, params: [selection.name] };
    case 'none':
      return { on: (code, name) => `(${code} IS NULL AND ${name} IS NULL)`, params: [] };
  }
}

/**
 * Whether a body (its authority code and name columns) is the council asked for: the one body the name selects
 * (council.ts: any of an authority's names, or a body's name, whole). Null when no council is asked for; throws
 * UnknownCouncilError or AmbiguousCouncilError when the name selects none or several.
 */
export function councilMatch(db: Db, council: string | null | undefined): CouncilMatch | null {
  if (!council) return null;
  return selectionMatch(resolveCouncil(db, council));
}

/** Whether a body belongs to a nation (the key of a totals row by nation: "England", …, or "(not a local authority)"). */
export function nationMatch(nation: string): CouncilMatch {
  return {
    on: (code) => `coalesce((SELECT na.nation FROM authorities na WHERE na.code = ${code}), ?) = ?`,
    params: [NOT_AN_AUTHORITY, nation],
  };
}

/** Both body filters on the same body, or whichever is given. */
export function bothMatch(a: CouncilMatch | null, b: CouncilMatch | null): CouncilMatch | null {
  if (!a || !b) return a ?? b;
  return { on: (code, name) => `(${a.on(code, name)} AND ${b.on(code, name)})`, params: [...a.params, ...b.params] };
}
