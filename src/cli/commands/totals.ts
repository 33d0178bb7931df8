import type { Command } from 'commander';
import { Option } from 'commander';
import { LgscoError, UsageError } from '../../errors.js';
import { writeTextAtomically } from '../../format/atomic-file.js';
import { totalsCsv } from '../../format/totals-csv.js';
import { barChartSvg, totalsBars } from '../../format/chart.js';
import { parseDate } from '../../extract/decision-date.js';
import { AmbiguousCouncilError, UnknownCouncilError } from '../../store/council.js';
import { openDatabase } from '../../store/db.js';
import { checkDateRange } from '../../store/filters.js';
import { DEFAULT_MIN_DECISIONS, defaultSort, queryTotals, queryTotalsAll, TOTALS_BY, TOTALS_SORTS, type TotalsBy, type TotalsRow, type TotalsSort } from '../../store/queries.js';
import { sampleNoticesOf, type SampleNotices } from '../../store/sample.js';
import { DB_OPTION_HELP, readingOptions, resolveDbPath } from '../db-path.js';
import { clip, renderTable, wholePounds, type Io } from '../output.js';

interface TotalsCommandOptions {
  by: TotalsBy;
  from?: string;
  to?: string;
  council?: string;
  category?: string;
  perCapita?: boolean;
  certainOnly?: boolean;
  sort?: TotalsSort;
  minDecisions?: number;
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

/** `--chart FILE`: the chart is SVG, so its name must say so (a .png that holds SVG opens nowhere). */
const SVG_NAME_RE = /\.svg$/i;

/**
 * `--chart FILE.svg`: the explorer's bar chart as a standalone SVG, for articles (the first 25 rows, in the table's
 * order; per capita, the ranked councils), with its source line; written under a temporary name and renamed when
 * complete.
 */
function writeChart(file: string, rows: TotalsRow[], opts: TotalsCommandOptions, io: Io, note: string | null): void {
  const perCapita = opts.perCapita === true;
  const bars = totalsBars(rows, perCapita);
  const scope = [opts.council, opts.category, opts.from && `from ${opts.from}`, opts.to && `to ${opts.to}`].filter(Boolean).join(', ');
  const title = `Ombudsman remedy payments${opts.certainOnly ? ' (certain only)' : ''} by ${opts.by}${perCapita ? ' per 100,000 residents' : ''}${scope ? ` (${scope})` : ''}`;
  writeTextAtomically(file, '--chart', `${barChartSvg(bars, { title, format: wholePounds, note })}\n`);
  io.stderr.write(`wrote a chart of ${bars.length} bars to ${file}\n`);
}

/** A council name that selects no body (exit 1, closest names) or several (exit 2), as an error on --council. */
function councilError(err: unknown): unknown {
  if (err instanceof UnknownCouncilError || err instanceof AmbiguousCouncilError) return new LgscoError(`--council: ${err.message}`, err.code, err.exitCode);
  return err;
}

/** `lgsco totals`: remedy money grouped by council, category, subcategory, year, outcome or nation. */
export function runTotals(opts: TotalsCommandOptions, io: Io): number {
  const from = parseDateOption('--from', opts.from, false);
  const to = parseDateOption('--to', opts.to, true);
  checkDateRange(from, to);
  const perCapita = opts.perCapita === true;
  if (perCapita && opts.by !== 'council') throw new UsageError('--per-capita needs --by council (populations are per local authority)');
  if (opts.sort === 'per-capita' && !perCapita) throw new UsageError('--sort per-capita needs --per-capita (and --by council)');
  if (opts.minDecisions !== undefined && !perCapita) throw new UsageError('--min-decisions needs --per-capita: it sets which councils get a per-head figure');
  if (opts.chart !== undefined && !SVG_NAME_RE.test(opts.chart)) {
    throw new UsageError(`--chart ${opts.chart}: the chart is an SVG file: give a name ending .svg (e.g. --chart councils.svg)`);
  }
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom starts a CSV with a byte order mark for Excel: use it with --format csv');
  const sort = opts.sort ?? defaultSort(opts.by, perCapita);
  const minDecisions = opts.minDecisions ?? DEFAULT_MIN_DECISIONS;
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  let rows: TotalsRow[];
  let all: TotalsRow | undefined;
  let notice: SampleNotices | null;
  try {
    // A database holding lgsco's bundled demo sample says so: on stderr, and (in short) in every JSON row and CSV
    // line and under the chart's title.
    notice = sampleNoticesOf(db);
    const filters = { from, to, council: opts.council ?? null, category: opts.category ?? null, certainOnly: opts.certainOnly === true };
    rows = queryTotals(db, { by: opts.by, ...filters, perCapita, sort, minDecisions });
    if (opts.format === 'table') all = queryTotalsAll(db, filters);
  } catch (err) {
    throw councilError(err);
  } finally {
    db.close();
  }
  if (opts.limit) rows = rows.slice(0, opts.limit);
  // A database holding lgsco's bundled demo sample says so (stderr), and in short in every JSON row and CSV line and
  // under the chart's title.
  if (notice) io.stderr.write(`${notice.line}\n`);
  const note = notice?.short ?? null;
  if (opts.chart && rows.length > 0) writeChart(opts.chart, rows, opts, io, note);
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(note ? rows.map((r) => ({ ...r, sample: note })) : rows, null, 2)}\n`);
  else if (opts.format === 'csv') io.stdout.write(totalsCsv(rows, perCapita, { bom: opts.bom === true, sample: note }));
  else if (rows.length > 0) {
    io.stdout.write(formatTotalsTable(rows, opts.by, perCapita, all, opts.certainOnly === true, minDecisions));
  }
  if (rows.length === 0) {
    io.stderr.write(`no decisions match${opts.council || opts.category || from || to ? ' these filters' : ' (is the database empty? try: lgsco import data/sample)'}\n`);
    return 1;
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
    .option('--council <name>', 'one council by any of its names, whole ("Enfield", "London Borough of Enfield"), or an organisation by its name')
    .option('--category <name>', 'one category (label or slug: "Education", "children-s-care-services")')
    .option('--per-capita', 'add the total per 100,000 residents (with --by council)')
    .option('--min-decisions <n>', `with --per-capita: a per-head figure only for councils with at least N decisions (default ${DEFAULT_MIN_DECISIONS})`, (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--min-decisions: expected a positive whole number, got "${v}"`);
      return n;
    })
    .addOption(new Option('--sort <order>', 'row order (default: key by year, per-capita with --per-capita, else total)').choices([...TOTALS_SORTS]))
    .option('--certain-only', 'count only payments whose confidence is certain: money to check is left out of every figure')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--limit <n>', 'show the first N rows only', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit: expected a positive whole number, got "${v}"`);
      return n;
    })
    .option('--chart <file.svg>', 'also write the bar chart (the first 25 rows) as a standalone SVG file, with its source line (the name must end .svg)')
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

--council takes one body by a whole name, case aside: a council by any of its names ("Enfield", "London Borough of
Enfield", as mySociety's lookup knows them) or an organisation by its name as titled, or "(no organisation)". A part of
a name selects nothing ("Borough" matches nothing; exit 1 with the closest names); a name of several bodies ("Somerset":
the county council until 2023 and the council after it) exits 2 listing them.

Order (--sort): key (years in date order, names A to Z, "(no …)" rows last), total, recommended, decisions (largest
first) or per-capita. The default is key by year, per-capita with --per-capita, else total. Per capita, a council
needs --min-decisions decisions (default 5) for a per-head figure: the others (and bodies with no population) come
after the ranked councils, below a rule, marked "< 5 decisions" (belowMinDecisions in CSV and JSON), and are left out
of --chart. The chart shows the first 25 rows in the table's order.

A backwards range (--from after --to) is a usage error (exit 2); nothing found exits 1 (CSV: the header line; JSON: []).
JSON rows: {key, decisions, decisionsWithPayment, totalPence, recommendedPence, checkPence[, population,
perHundredThousandPence, belowMinDecisions][, sample]}. CSV columns (snake_case, as every lgsco CSV): key, decisions,
decisions_with_payment, total_pence, total_pounds, recommended_pence, recommended_pounds, check_pence, check_pounds[,
population, per_100k_pence, per_100k_pounds, below_min_decisions][, sample]; pounds are exact decimals (1250.50). A
text cell that starts with =, +, -, @, a tab or a carriage return gets a ' in front, so a spreadsheet never runs it as
a formula.

--chart writes SVG (the name must end .svg), headed by its title and ending with a source line crediting the Local
Government and Social Care Ombudsman, as its re-use terms ask.

Demo data: a database holding decisions of lgsco's bundled sample (data/sample: invented councils and decisions,
references 00 NNN NNN) says so in every output. Here: a line on stderr, and in short a last CSV column and a JSON
field "sample" on every row ("DEMO DATA: 42 of 44 decisions invented …") and a red line under the chart's title. Per
capita, the sample's invented councils have invented populations (never a real council).

Examples:
  $ lgsco totals --by council --from 2024-01-01
  $ lgsco totals --by year --council "Kent County Council"
  $ lgsco totals --by category --format csv > categories.csv
  $ lgsco totals --by council --certain-only
  $ lgsco totals --by council --per-capita --min-decisions 10
  $ lgsco totals --by year --sort total
  $ lgsco totals --by council --from 2025 --chart councils-2025.svg`,
    )
    .action((opts: TotalsCommandOptions) => {
      process.exitCode = runTotals(opts, io);
    });
}
