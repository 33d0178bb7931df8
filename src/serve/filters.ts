/**
 * The explorer's filters: read and checked from a URL (the same as `lgsco totals` takes, and the list's own), written
 * back into links, and the link from each totals row to exactly the decisions it counts.
 */
import { OutcomeSchema, StageSchema, type Stage } from '../../schemas/enums.js';
import { parseDateFilter } from '../dataset/dates.js';
import { NO_SUBCATEGORY, NOT_STATED } from '../store/browse.js';
import { NO_CATEGORY } from '../store/filters.js';
import { DEFAULT_MIN_DECISIONS, TOTALS_BY, TOTALS_SORTS, type TotalsBy, type TotalsSort } from '../store/queries.js';

/** A request the explorer cannot answer as asked: a 400 page naming the parameter. */
export class BadRequest extends Error {}

/**
 * Filters that are well formed but cannot be answered as asked (a backwards date range, a council name that is
 * nobody's or several bodies'): a 400 page with the filter form, the message and links to what was likely meant.
 */
export class FilterProblem extends Error {
  constructor(
    message: string,
    readonly links: { label: string; href: string }[] = [],
  ) {
    super(message);
  }
}

/** The filters of a totals or decisions view, as they appear in the URL (shareable links). */
export interface Filters {
  by: TotalsBy;
  from: string | null;
  to: string | null;
  council: string | null;
  category: string | null;
  perCapita: boolean;
  /** Count only certain payments (`lgsco totals --certain-only`): money to check is left out. */
  certain: boolean;
  limit: number;
  /** The totals' row order (`sort`; null: the default for the grouping, as `lgsco totals --sort`). */
  totalsSort: TotalsSort | null;
  /** Per head: fewest decisions a council needs for a figure (`min_decisions`, `lgsco totals --min-decisions`). */
  minDecisions: number;
  /** The list's own filters (totals rows by outcome, subcategory, nation and "(no date)" lead to them). */
  outcome: string | null;
  subcategory: string | null;
  nation: string | null;
  undated: boolean;
  stage: Stage | null;
}

const MAX_TEXT = 200;

export function text(q: URLSearchParams, name: string, max = MAX_TEXT): string | null {
  const v = q.get(name)?.trim() ?? '';
  if (v.length > max) throw new BadRequest(`${name}: at most ${max} characters`);
  return v === '' ? null : v;
}

/** A date as `lgsco totals --from/--to` takes it (one parser): YYYY-MM-DD, or a month YYYY-MM or a year YYYY from its first (from) or to its last day (to). */
function date(q: URLSearchParams, name: string, end: boolean): string | null {
  const v = text(q, name, 10);
  if (v === null) return null;
  const iso = parseDateFilter(v, end);
  if (!iso) throw new BadRequest(`${name}: expected a date YYYY-MM-DD, got "${v}" (or a month YYYY-MM, a year YYYY)`);
  return iso;
}

export function int(q: URLSearchParams, name: string, fallback: number, max: number): number {
  const v = text(q, name, 6);
  if (v === null) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new BadRequest(`${name}: expected a whole number from 1 to ${max}, got "${v}"`);
  return Number(v);
}

function flag(q: URLSearchParams, name: string): boolean {
  const v = q.get(name) ?? '';
  if (!['', '0', '1', 'on', 'true'].includes(v)) throw new BadRequest(`${name}: expected 1 or 0, got "${v.slice(0, 20)}"`);
  return v !== '' && v !== '0';
}

function oneOf<T extends string>(q: URLSearchParams, name: string, values: readonly T[]): T | null {
  const v = text(q, name, 40);
  if (v !== null && !values.includes(v as T)) throw new BadRequest(`${name}: expected one of ${values.join(', ')}, got "${v}"`);
  return v as T | null;
}

/** The filters in a URL, checked: the same as `lgsco totals` takes, and the list's own. */
export function parseFilters(q: URLSearchParams): Filters {
  const by = (q.get('by') ?? 'council') as TotalsBy;
  if (!TOTALS_BY.includes(by)) throw new BadRequest(`by: expected one of ${TOTALS_BY.join(', ')}, got "${by}"`);
  const f: Filters = {
    by,
    from: date(q, 'from', false),
    to: date(q, 'to', true),
    council: text(q, 'council'),
    category: text(q, 'category'),
    perCapita: flag(q, 'per_capita'),
    certain: flag(q, 'certain'),
    limit: int(q, 'limit', 500, 5000),
    totalsSort: oneOf(q, 'sort', TOTALS_SORTS),
    minDecisions: int(q, 'min_decisions', DEFAULT_MIN_DECISIONS, 100000),
    outcome: oneOf(q, 'outcome', [...OutcomeSchema.options, NOT_STATED]),
    subcategory: text(q, 'subcategory'),
    nation: text(q, 'nation'),
    undated: flag(q, 'undated'),
    stage: oneOf(q, 'stage', StageSchema.options),
  };
  if (f.perCapita && f.by !== 'council') throw new BadRequest('per_capita: populations are per council, so it needs by=council');
  if (f.totalsSort === 'per-capita' && !f.perCapita) throw new BadRequest('sort: per-capita needs per_capita=1 (and by=council)');
  return f;
}

/** A query string from the filters that are set (so links stay short and shareable). */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== false && v !== '') q.set(k, v === true ? '1' : String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A totals view's query string (its grouping, order and per-head floor when not the default). */
export const filterQuery = (f: Filters, extra: Record<string, string | number | boolean | null> = {}): string =>
  query({
    by: f.by, from: f.from, to: f.to, council: f.council, category: f.category, per_capita: f.perCapita, certain: f.certain,
    sort: f.totalsSort, min_decisions: f.perCapita && f.minDecisions !== DEFAULT_MIN_DECISIONS ? f.minDecisions : null, ...extra,
  });

/** A list's query string: every filter that selects decisions. */
export const listQuery = (f: Pick<Filters, 'from' | 'to' | 'council' | 'category' | 'certain' | 'outcome' | 'subcategory' | 'nation' | 'undated' | 'stage'>, extra: Record<string, string | number | boolean | null> = {}): string =>
  query({
    from: f.from, to: f.to, council: f.council, category: f.category, subcategory: f.subcategory, outcome: f.outcome, nation: f.nation,
    undated: f.undated, stage: f.stage, certain: f.certain, ...extra,
  });

const later = (a: string | null, b: string): string => (a !== null && a > b ? a : b);
const earlier = (a: string | null, b: string): string => (a !== null && a < b ? a : b);

/**
 * Where a totals row leads: the final decisions it counts (totals count no draft), under the view's filters and the
 * row's own value — a council (or "(no organisation)"), a category, a category and subcategory, a year within the
 * view's dates (or "(no date)"), an outcome, a nation.
 */
export function drillDown(by: TotalsBy, key: string, f: Filters): string {
  const base: Parameters<typeof listQuery>[0] = {
    from: f.from, to: f.to, council: f.council, category: f.category, certain: f.certain,
    outcome: null, subcategory: null, nation: null, undated: false, stage: 'final',
  };
  const row = ((): Partial<typeof base> => {
    switch (by) {
      case 'council':
        return { council: key };
      case 'category':
        return { category: key };
      case 'subcategory': {
        if (key === NO_CATEGORY) return { category: key };
        const cut = key.indexOf(' > ');
        return cut < 0 ? { category: key, subcategory: NO_SUBCATEGORY } : { category: key.slice(0, cut), subcategory: key.slice(cut + 3) };
      }
      case 'year':
        return /^\d{4}$/.test(key) ? { from: later(f.from, `${key}-01-01`), to: earlier(f.to, `${key}-12-31`) } : { undated: true };
      case 'outcome':
        return { outcome: key };
      case 'nation':
        return { nation: key };
    }
  })();
  return `/decisions${listQuery({ ...base, ...row })}`;
}
