import type { Command } from 'commander';
import { Option } from 'commander';
import { parseDateFilter } from '../../dataset/dates.js';
import { LgscoError, UsageError } from '../../errors.js';
import { writeTextAtomically } from '../../format/atomic-file.js';
import { barChartSvg, totalsBars, totalsChartTitle } from '../../format/chart.js';
import { wholePounds } from '../../format/money.js';
import { totalsCsv } from '../../format/totals-csv.js';
import { formatTotalsTable } from '../../format/totals-table.js';
import { AmbiguousCouncilError, UnknownCouncilError } from '../../store/council.js';
import { checkDateRange } from '../../store/filters.js';
import { DEFAULT_MIN_DECISIONS, TOTALS_BY, TOTALS_SORTS, type TotalsBy, type TotalsSort } from '../../store/totals.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { TOTALS_HELP } from '../help/totals.js';
import { checkBom, positiveInt } from '../options.js';
import type { Io } from '../output.js';

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
  const iso = parseDateFilter(value, end);
  if (!iso) throw new UsageError(`${name}: expected a date YYYY-MM-DD (or YYYY, YYYY-MM), got "${value}"`);
  return iso;
}

/** The flags that only make sense together, checked before the database is opened. */
function checkOptions(opts: TotalsCommandOptions): void {
  const perCapita = opts.perCapita === true;
  if (perCapita && opts.by !== 'council') throw new UsageError('--per-capita needs --by council (populations are per local authority)');
  if (opts.sort === 'per-capita' && !perCapita) throw new UsageError('--sort per-capita needs --per-capita (and --by council)');
  if (opts.minDecisions !== undefined && !perCapita) throw new UsageError('--min-decisions needs --per-capita: it sets which councils get a per-head figure');
  // The chart is SVG, so its name must say so (a .png that holds SVG opens nowhere).
  if (opts.chart !== undefined && !/\.svg$/i.test(opts.chart)) {
    throw new UsageError(`--chart ${opts.chart}: the chart is an SVG file: give a name ending .svg (e.g. --chart councils.svg)`);
  }
  checkBom(opts);
}

/** `lgsco totals`: remedy money grouped by council, category, subcategory, year, outcome or nation. */
export async function runTotals(opts: TotalsCommandOptions, io: Io): Promise<number> {
  const from = parseDateOption('--from', opts.from, false);
  const to = parseDateOption('--to', opts.to, true);
  checkDateRange(from, to);
  checkOptions(opts);
  const dataset = await openCommandDataset(opts.db, io);
  let result;
  try {
    const query = { by: opts.by, from, to, council: opts.council, category: opts.category, perCapita: opts.perCapita, certainOnly: opts.certainOnly };
    result = dataset.totals({ ...query, sort: opts.sort, minDecisions: opts.minDecisions, limit: opts.limit, includeAll: opts.format === 'table' });
  } catch (err) {
    // A council name that selects no body (exit 1, closest names) or several (exit 2), as an error on --council.
    if (err instanceof UnknownCouncilError || err instanceof AmbiguousCouncilError) throw new LgscoError(`--council: ${err.message}`, err.code, err.exitCode);
    throw err;
  } finally {
    dataset.close();
  }
  const { rows, all, perCapita, minDecisions, sample } = result;
  // A database holding lgsco's bundled demo sample says so (stderr), and in short in every JSON row and CSV line and
  // under the chart's title.
  if (sample) io.stderr.write(`${sample.line}\n`);
  const note = sample?.short ?? null;
  if (opts.chart && rows.length > 0) {
    // The explorer's bar chart as a standalone SVG, for articles: the first rows in the table's order (per capita, the
    // ranked councils), with its source line; written under a temporary name and renamed when complete.
    const bars = totalsBars(rows, perCapita);
    const title = totalsChartTitle({ ...opts, perCapita, certainOnly: opts.certainOnly === true });
    writeTextAtomically(opts.chart, '--chart', `${barChartSvg(bars, { title, format: wholePounds, note })}\n`);
    io.stderr.write(`wrote a chart of ${bars.length} bars to ${opts.chart}\n`);
  }
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(note ? rows.map((r) => ({ ...r, sample: note })) : rows, null, 2)}\n`);
  else if (opts.format === 'csv') io.stdout.write(totalsCsv(rows, perCapita, { bom: opts.bom === true, sample: note }));
  else if (rows.length > 0) io.stdout.write(formatTotalsTable(rows, opts.by, perCapita, all ?? undefined, opts.certainOnly === true, minDecisions));
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
    .option('--min-decisions <n>', `with --per-capita: a per-head figure only for councils with at least N decisions (default ${DEFAULT_MIN_DECISIONS})`, positiveInt('--min-decisions'))
    .addOption(new Option('--sort <order>', 'row order (default: key by year, per-capita with --per-capita, else total)').choices([...TOTALS_SORTS]))
    .option('--certain-only', 'count only payments whose confidence is certain: money to check is left out of every figure')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--limit <n>', 'show the first N rows only', positiveInt('--limit'))
    .option('--chart <file.svg>', 'also write the bar chart (the first 25 rows) as a standalone SVG file, with its source line (the name must end .svg)')
    .option('--bom', 'with --format csv: start the CSV with a UTF-8 byte order mark, for Excel (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText('after', TOTALS_HELP)
    .action(async (opts: TotalsCommandOptions) => {
      process.exitCode = await runTotals(opts, io);
    });
}
