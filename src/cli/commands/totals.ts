import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { writeTextAtomically } from '../../format/atomic-file.js';
import { totalsCsv } from '../../format/totals-csv.js';
import { barChartSvg, totalsBars } from '../../serve/chart.js';
import { parseDate } from '../../extract/decision-date.js';
import { openDatabase } from '../../store/db.js';
import { queryTotals, queryTotalsAll, TOTALS_BY, type TotalsBy, type TotalsRow } from '../../store/queries.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { clip, renderTable, wholePounds, type Io } from '../output.js';

interface TotalsCommandOptions {
  by: TotalsBy;
  from?: string;
  to?: string;
  council?: string;
  category?: string;
  perCapita?: boolean;
  certainOnly?: boolean;
  format: 'table' | 'csv' | 'json';
  limit?: number;
  db?: string;
  chart?: string;
  bom?: boolean;
}

/** "2024" → 2024-01-01 (from) / 2024-12-31 (to); "2024-03" → the month's first/last day; full dates as given. */
export function parseDateOption(name: string, value: string | undefined, end: boolean): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return end ? `${v}-${String(last).padStart(2, '0')}` : `${v}-01`;
  }
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseDate(v) : null;
  if (!iso) throw new UsageError(`${name}: expected a date YYYY-MM-DD (or YYYY, YYYY-MM), got "${value}"`);
  return iso;
}

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
 * rows' decisions can add up to more. Without it the All line sums the rows.
 */
export function formatTotalsTable(rows: TotalsRow[], by: TotalsBy, perCapita: boolean, all?: TotalsRow, certainOnly = false): string {
  const headers = [HEADINGS[by], 'DECISIONS', 'WITH £', 'TOTAL', 'RECOMMENDED', 'CHECK', ...(perCapita ? ['PER 100K'] : [])];
  const body = rows.map((r) => [
    clip(r.key, 48),
    r.decisions.toLocaleString('en-GB'),
    r.decisionsWithPayment.toLocaleString('en-GB'),
    wholePounds(r.totalPence),
    wholePounds(r.recommendedPence),
    r.checkPence ? wholePounds(r.checkPence) : '—',
    ...(perCapita ? [r.perHundredThousandPence == null ? '—' : wholePounds(r.perHundredThousandPence)] : []),
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
  lines.splice(lines.length - 1, 0, lines[1]!); // a rule above the "All" line
  return `${checkLine({ totalPence: sum((r) => r.totalPence), checkPence }, certainOnly)}\n${lines.join('\n')}\n`;
}

/** `--chart FILE`: the chart is SVG, so its name must say so (a .png that holds SVG opens nowhere). */
const SVG_NAME_RE = /\.svg$/i;

/**
 * `--chart FILE.svg`: the explorer's bar chart as a standalone SVG, for articles (the top 25 rows), with its source
 * line; written under a temporary name and renamed when complete.
 */
function writeChart(file: string, rows: TotalsRow[], opts: TotalsCommandOptions, io: Io): void {
  const perCapita = opts.perCapita === true;
  const bars = totalsBars(rows, perCapita);
  const scope = [opts.council, opts.category, opts.from && `from ${opts.from}`, opts.to && `to ${opts.to}`].filter(Boolean).join(', ');
  const title = `Ombudsman remedy payments${opts.certainOnly ? ' (certain only)' : ''} by ${opts.by}${perCapita ? ' per 100,000 residents' : ''}${scope ? ` (${scope})` : ''}`;
  writeTextAtomically(file, '--chart', `${barChartSvg(bars, { title, format: wholePounds })}\n`);
  io.stderr.write(`wrote a chart of ${bars.length} bars to ${file}\n`);
}

/** `lgsco totals`: remedy money grouped by council, category, subcategory, year, outcome or nation. */
export function runTotals(opts: TotalsCommandOptions, io: Io): number {
  const from = parseDateOption('--from', opts.from, false);
  const to = parseDateOption('--to', opts.to, true);
  if (opts.perCapita && opts.by !== 'council') throw new UsageError('--per-capita needs --by council (populations are per local authority)');
  if (opts.chart !== undefined && !SVG_NAME_RE.test(opts.chart)) {
    throw new UsageError(`--chart ${opts.chart}: the chart is an SVG file: give a name ending .svg (e.g. --chart councils.svg)`);
  }
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom starts a CSV with a byte order mark for Excel: use it with --format csv');
  const db = openDatabase(resolveDbPath(opts.db), { readonly: true });
  let rows: TotalsRow[];
  let all: TotalsRow | undefined;
  try {
    const filters = { from, to, council: opts.council ?? null, category: opts.category ?? null, certainOnly: opts.certainOnly === true };
    rows = queryTotals(db, { by: opts.by, ...filters, perCapita: opts.perCapita });
    if (opts.format === 'table') all = queryTotalsAll(db, filters);
  } finally {
    db.close();
  }
  if (opts.limit) rows = rows.slice(0, opts.limit);
  if (opts.chart) writeChart(opts.chart, rows, opts, io);
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (opts.format === 'csv') io.stdout.write(totalsCsv(rows, opts.perCapita === true, { bom: opts.bom === true }));
  else if (rows.length === 0) {
    io.stderr.write('no decisions match (is the database empty? try: lgsco import data/sample)\n');
  } else {
    io.stdout.write(formatTotalsTable(rows, opts.by, opts.perCapita === true, all, opts.certainOnly === true));
  }
  return 0;
}

/** Register `totals`. */
export function registerTotals(program: Command, io: Io): void {
  program
    .command('totals')
    .description('remedy totals (money the Ombudsman recommended or the body paid) by council, category, year, …')
    .addOption(new Option('--by <group>', 'group by').choices([...TOTALS_BY]).default('council'))
    .option('--from <date>', 'decisions dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'decisions dated on or before (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--council <name>', 'one council (any of its names: "Enfield", "London Borough of Enfield")')
    .option('--category <name>', 'one category (label or slug: "Education", "children-s-care-services")')
    .option('--per-capita', 'add the total per 100,000 residents (with --by council)')
    .option('--certain-only', 'count only payments whose confidence is certain: money to check is left out of every figure')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--limit <n>', 'show the first N rows only', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit: expected a positive whole number, got "${v}"`);
      return n;
    })
    .option('--chart <file.svg>', 'also write the bar chart (top 25) as a standalone SVG file, with its source line (the name must end .svg)')
    .option('--bom', 'with --format csv: start the CSV with a UTF-8 byte order mark, for Excel (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
TOTAL is every payment (recommended now + paid or offered before); RECOMMENDED is the money recommended by the
Ombudsman or agreed in response to the decision. Money of a report published under several references counts once.
Only final decisions are counted: a draft decision (stage draft) is in no row, neither as a decision nor as money, and
a decision stored from its letter and its web page is one decision.

Money goes to the body that pays it. Each payment is credited to its payer when the decision names one that is one
of its organisations or a known local authority ("the County Council should pay £2,000 and the Borough Council
£300"), else to the decision's first organisation. By council (and per capita, and by nation), a council's TOTAL
and RECOMMENDED are the money credited to it; its DECISIONS are the final decisions that name it, as an organisation
in their title or as the body a payment is credited to; WITH £ those of them that credit it a payment. A decision
naming two councils is in both rows, so the rows' decisions can add up to more than the All line, which counts each
decision once (and, like every figure here, all money once), whatever --limit shows. --council selects the decisions
that name the council and the money credited to it, in every grouping. Other groupings are by decision: all of a
decision's money is in its year, category and outcome. \`lgsco show REF\` prints a decision's split.

Each payment is certain (read by a rule that settles its amount, status and payee from its own sentence) or to
check (something was inferred: read from the body rather than the remedy statement, an amount stated in another
sentence or worked out, a status read from the verb's tense, no payee named, payees counted from the text). CHECK is
the money in payments to check, part of TOTAL; the line above the table says how much of the total that is, and
\`lgsco show REF\` gives each payment's reason. --certain-only counts certain payments only, in every grouping, per
capita and in the All line: money to check is left out of TOTAL and RECOMMENDED (CHECK then says how much was left
out) and WITH £ counts the decisions with a certain payment.
JSON rows: {key, decisions, decisionsWithPayment, totalPence, recommendedPence, checkPence[, population,
perHundredThousandPence]}. CSV columns (snake_case, as every lgsco CSV): key, decisions, decisions_with_payment,
total_pence, total_pounds, recommended_pence, recommended_pounds, check_pence, check_pounds[, population,
per_100k_pence, per_100k_pounds]; pounds are exact decimals (1250.50). A text cell that starts with =, +, -, @, a tab
or a carriage return gets a ' in front, so a spreadsheet never runs it as a formula.

--chart writes SVG (the name must end .svg), headed by its title and ending with a source line crediting the Local
Government and Social Care Ombudsman, as its re-use terms ask.

Examples:
  $ lgsco totals --by council --from 2024-01-01
  $ lgsco totals --by year --council "Kent County Council"
  $ lgsco totals --by category --format csv > categories.csv
  $ lgsco totals --by council --certain-only
  $ lgsco totals --by council --from 2025 --chart councils-2025.svg`,
    )
    .action((opts: TotalsCommandOptions) => {
      process.exitCode = runTotals(opts, io);
    });
}
