/**
 * The order of totals rows and which councils get a per-head figure (`lgsco totals --sort`, `--min-decisions`; the
 * explorer's sort and min_decisions): one rule for the table, its CSV and JSON, and its chart.
 */
import type { TotalsBy, TotalsRow } from './totals.js';

/** What totals rows can be sorted by: the key (years in date order, names A–Z), or a figure, largest first. */
export const TOTALS_SORTS = ['key', 'total', 'recommended', 'per-capita', 'decisions'] as const;
export type TotalsSort = (typeof TOTALS_SORTS)[number];

/**
 * Fewest decisions a council needs for a per-head figure: a council with two decisions is not ranked per head on
 * them (league tables of other ombudsmen set such a floor, commonly 5).
 */
export const DEFAULT_MIN_DECISIONS = 5;

/** The order when none is asked: years in date order; by council per head with --per-capita; else by total money. */
export function defaultSort(by: TotalsBy, perCapita: boolean): TotalsSort {
  if (by === 'year') return 'key';
  return perCapita && by === 'council' ? 'per-capita' : 'total';
}

/** A key that stands for a missing value ("(no date)", "(no organisation)", "(not stated)"): after the others. */
const MISSING_KEY_RE = /^\(.*\)$/;

const compareKeys = (a: string, b: string): number =>
  Number(MISSING_KEY_RE.test(a)) - Number(MISSING_KEY_RE.test(b)) || a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

const FIGURE: Record<Exclude<TotalsSort, 'key'>, (r: TotalsRow) => number> = {
  total: (r) => r.totalPence,
  recommended: (r) => r.recommendedPence,
  'per-capita': (r) => r.perHundredThousandPence ?? -1,
  decisions: (r) => r.decisions,
};

/**
 * Rows in the order asked for (ties: more money, more decisions, then the key). With per-head figures, the councils
 * that have one come first and the rest (too few decisions, or no population) after them, in the same order.
 */
export function orderTotals(rows: TotalsRow[], sort: TotalsSort, perCapita: boolean): TotalsRow[] {
  const figure = sort === 'key' ? null : FIGURE[sort];
  const ranked = (r: TotalsRow): number => (perCapita && r.perHundredThousandPence == null ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      ranked(a) - ranked(b) ||
      (figure ? figure(b) - figure(a) : compareKeys(a.key, b.key)) ||
      b.totalPence - a.totalPence ||
      b.decisions - a.decisions ||
      compareKeys(a.key, b.key),
  );
}
