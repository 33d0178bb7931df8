import { DEFAULT_MIN_DECISIONS, type TotalsBy, type TotalsRow } from '../store/queries.js';
import { wholePounds } from './money.js';
import { clip, renderTable } from './table.js';

const HEADINGS: Record<TotalsBy, string> = {
  council: 'COUNCIL', category: 'CATEGORY', subcategory: 'SUBCATEGORY', year: 'YEAR', outcome: 'DECISION', nation: 'NATION',
};

/**
 * The line above the table: how much of the money is to check (payments whose confidence is "check"), or with
 * --certain-only how much was left out.
 */
export function checkLine(all: Pick<TotalsRow, 'totalPence' | 'checkPence'>, certainOnly: boolean): string {
  if (certainOnly) {
    return all.checkPence > 0
      ? `Certain payments only: ${wholePounds(all.checkPence)} in payments to check is left out of every figure (CHECK gives each row's).`
      : 'Certain payments only: no payment here is to check.';
  }
  if (all.checkPence === 0) return 'Every payment counted here is certain: nothing to check.';
  const share = all.totalPence > 0 ? ` (${Math.round((all.checkPence / all.totalPence) * 100)}%)` : '';
  return `${wholePounds(all.checkPence)} of the ${wholePounds(all.totalPence)} total${share} is in payments to check: CHECK gives each row's and lgsco show REF each payment's reason; --certain-only leaves it out.`;
}

/**
 * A readable table: pounds as £1,234 and an "All" line, under a line saying how much of the money is to check. `all`
 * is every selected decision once (queryTotalsAll): a decision that names two councils is in both their rows, so the
 * rows' decisions can add up to more. Without it the All line sums the rows. Per capita, the rows with no per-head
 * figure (fewer than `minDecisions` decisions, or no population) are listed apart below a rule, their PER 100K marked,
 * with a note under the table.
 */
export function formatTotalsTable(rows: TotalsRow[], by: TotalsBy, perCapita: boolean, all?: TotalsRow, certainOnly = false, minDecisions = DEFAULT_MIN_DECISIONS): string {
  const headers = [HEADINGS[by], 'DECISIONS', 'WITH £', 'TOTAL', 'RECOMMENDED', 'CHECK', ...(perCapita ? ['PER 100K'] : [])];
  const perHead = (r: TotalsRow): string =>
    r.perHundredThousandPence != null ? wholePounds(r.perHundredThousandPence) : r.population && r.belowMinDecisions ? `< ${minDecisions} decisions` : '—';
  const body = rows.map((r) => [
    clip(r.key, 48),
    r.decisions.toLocaleString('en-GB'),
    r.decisionsWithPayment.toLocaleString('en-GB'),
    wholePounds(r.totalPence),
    wholePounds(r.recommendedPence),
    r.checkPence ? wholePounds(r.checkPence) : '—',
    ...(perCapita ? [perHead(r)] : []),
  ]);
  const sum = (f: (r: TotalsRow) => number): number => (all ? f(all) : rows.reduce((s, r) => s + f(r), 0));
  const checkPence = sum((r) => r.checkPence);
  body.push([
    'All',
    sum((r) => r.decisions).toLocaleString('en-GB'),
    sum((r) => r.decisionsWithPayment).toLocaleString('en-GB'),
    wholePounds(sum((r) => r.totalPence)),
    wholePounds(sum((r) => r.recommendedPence)),
    checkPence ? wholePounds(checkPence) : '—',
    ...(perCapita ? [''] : []),
  ]);
  const table = renderTable(headers, body, new Set([1, 2, 3, 4, 5, 6]));
  const lines = table.trimEnd().split('\n');
  const rule = lines[1]!;
  lines.splice(lines.length - 1, 0, rule); // a rule above the "All" line
  const ranked = perCapita ? rows.filter((r) => r.perHundredThousandPence != null).length : rows.length;
  if (ranked > 0 && ranked < rows.length) lines.splice(2 + ranked, 0, rule); // the rows with no per-head figure, apart
  const note =
    perCapita && ranked < rows.length
      ? `PER 100K only for councils with ${minDecisions} or more decisions (--min-decisions): ${ranked ? 'the rows below the line' : 'these rows'} have fewer ("< ${minDecisions} decisions") or no population (—), and are not ranked.\n`
      : '';
  return `${checkLine({ totalPence: sum((r) => r.totalPence), checkPence }, certainOnly)}\n${lines.join('\n')}\n${note}`;
}
