import { UsageError } from '../errors.js';
import type { Db } from '../store/db.js';
import { DEFAULT_MIN_DECISIONS, defaultSort, queryTotals, queryTotalsAll, type TotalsBy, type TotalsOptions, type TotalsRow } from '../store/queries.js';
import type { SampleNotices } from '../store/sample.js';
import { parseDateFilter } from './dates.js';

/**
 * What `Dataset.totals` is asked: `lgsco totals`' options. The store's options (council, category, perCapita,
 * certainOnly, sort, minDecisions: see TotalsOptions), all optional, with dates as a user writes them.
 */
export interface TotalsQuery extends Partial<Omit<TotalsOptions, 'from' | 'to'>> {
  /** Decisions dated on or after / on or before: YYYY-MM-DD, YYYY-MM or YYYY (a month or year from its first / to its last day). */
  from?: string | null;
  to?: string | null;
  /** At most this many rows. */
  limit?: number;
  /** Also count every selected decision once (`all`: the table's "All" line). */
  includeAll?: boolean;
}

/** The rows (in order), the "All" line when asked for, and the query as it was read (dates as ISO days). */
export interface TotalsResult {
  rows: TotalsRow[];
  all: TotalsRow | null;
  by: TotalsBy;
  from: string | null;
  to: string | null;
  perCapita: boolean;
  minDecisions: number;
  sample: SampleNotices | null;
}

function date(name: string, value: string | null | undefined, end: boolean): string | null {
  if (value === null || value === undefined) return null;
  const iso = parseDateFilter(value, end);
  if (!iso) throw new UsageError(`${name}: expected a date YYYY-MM-DD (or YYYY, YYYY-MM), got "${value}"`);
  return iso;
}

/** Totals over the dataset's final decisions (drafts never count; each payment credited to the body that pays it). */
export function queryDatasetTotals(db: Db, query: TotalsQuery): Omit<TotalsResult, 'sample'> {
  const by = query.by ?? 'council';
  const from = date('from', query.from, false);
  const to = date('to', query.to, true);
  const perCapita = query.perCapita === true;
  if (perCapita && by !== 'council') throw new UsageError('perCapita needs by council (populations are per local authority)');
  const minDecisions = query.minDecisions ?? DEFAULT_MIN_DECISIONS;
  const filters = { from, to, council: query.council ?? null, category: query.category ?? null, certainOnly: query.certainOnly === true };
  let rows = queryTotals(db, { by, ...filters, perCapita, sort: query.sort ?? defaultSort(by, perCapita), minDecisions });
  const all = query.includeAll ? queryTotalsAll(db, filters) : null;
  if (query.limit) rows = rows.slice(0, query.limit);
  return { rows, all, by, from, to, perCapita, minDecisions };
}
