import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { DEFAULT_BASE_URL, DEFAULT_RAW_DIR, formatCrawlSummary, lastCompletedWindowStart, monthsBack, scrape } from '../../../scrapers/scrape.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { SCRAPE_HELP, UPDATE_HELP } from '../help/scrape.js';
import { write, type Io } from '../output.js';
import { dateOption, intOption } from '../options.js';
import { crawlProgressLine } from '../progress.js';

interface ScrapeCommandOptions {
  from?: string;
  to?: string;
  baseUrl: string;
  delay: string;
  db?: string;
  rawDir: string;
  max?: string;
  refresh?: boolean;
  timeout: string;
  attempts: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Run a crawl from..to with the given options; the exit code is 1 when anything is incomplete or failed. */
async function runCrawl(range: { from: string; to: string; relist: boolean }, opts: ScrapeCommandOptions, io: Io): Promise<number> {
  if (range.from > range.to) throw new UsageError(`--from ${range.from} is after --to ${range.to}`);
  let base: URL;
  try {
    base = new URL(opts.baseUrl);
  } catch {
    throw new UsageError(`--base-url: not a URL: "${opts.baseUrl}"`);
  }
  if (!/^https?:$/.test(base.protocol)) throw new UsageError(`--base-url: expected http or https, got "${opts.baseUrl}"`);
  const max = opts.max === undefined ? null : intOption('--max', opts.max, 1);
  const numbers = { delayMs: intOption('--delay', opts.delay, 0), timeoutMs: intOption('--timeout', opts.timeout, 1) * 1000, maxAttempts: intOption('--attempts', opts.attempts, 1) };
  const controller = new AbortController();
  const progress = crawlProgressLine(io);
  const onLog = (line: string): void => {
    progress.clear();
    io.stderr.write(`${line}\n`);
  };
  // Ctrl-C: finish the request under way, record it, print the summary; a second Ctrl-C quits at once.
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    onLog('stopping after the request under way (Ctrl-C again to quit now)');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  let summary;
  try {
    const job = { db: resolveDbPath(opts.db), ...range, baseUrl: base.href, ...numbers, rawDir: opts.rawDir, max, refresh: opts.refresh === true };
    summary = await scrape({ ...job, signal: controller.signal, onProgress: progress.show, onLog });
  } finally {
    process.off('SIGINT', onSigint);
    progress.clear();
  }
  await write(io.stderr, formatCrawlSummary(summary));
  if (summary.interrupted) return 130;
  return summary.windowsIncomplete.length > 0 || summary.failures.length > 0 ? 1 : 0;
}

function crawlOptions(cmd: Command): Command {
  return cmd
    .option('--base-url <url>', 'site to crawl: the LGSCO site, a mirror or a local test server', DEFAULT_BASE_URL)
    .option('--delay <ms>', 'gap between requests in ms (at least 250 unless the base URL is this machine)', '1000')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--raw-dir <dir>', 'where raw pages are kept (gzip, named by sha256)', DEFAULT_RAW_DIR)
    .option('--max <n>', 'stop after fetching this many decisions (run again to go on)')
    .option('--refresh', 're-walk finished windows and re-fetch stored pages with conditional GETs')
    .option('--timeout <s>', 'per-request timeout in seconds', '30')
    .option('--attempts <n>', 'tries per URL before it is recorded as failed', '5');
}

/** Register `scrape` and `update`. */
export function registerScrape(program: Command, io: Io): void {
  crawlOptions(
    program
      .command('scrape')
      .description('crawl the LGSCO decision search for a date range and store every decision (polite, resumable)')
      .requiredOption('--from <date>', 'first decision date YYYY-MM-DD')
      .option('--to <date>', 'last decision date YYYY-MM-DD (default: today)'),
  )
    .addHelpText('after', SCRAPE_HELP)
    .action(async (opts: ScrapeCommandOptions) => {
      const from = dateOption('--from', opts.from!);
      const to = opts.to === undefined ? today() : dateOption('--to', opts.to);
      process.exitCode = await runCrawl({ from, to, relist: false }, opts, io);
    });

  crawlOptions(
    program
      .command('update')
      .description('crawl from the last completed window to today (new and late-published decisions)')
      .option('--from <date>', 'start here instead (a date YYYY-MM-DD)')
      .option('--months <n>', 'also walk again at least this many months back from today (late publications)', '3'),
  )
    .addHelpText('after', UPDATE_HELP)
    .action(async (opts: ScrapeCommandOptions & { months: string }) => {
      let from = opts.from === undefined ? await lastCompletedWindowStart(resolveDbPath(opts.db)) : dateOption('--from', opts.from);
      if (from === null) throw new UsageError('no completed window in the database yet: run `lgsco scrape --from YYYY-MM-DD` first (or give --from)');
      if (opts.from === undefined) {
        const back = monthsBack(intOption('--months', opts.months, 0));
        if (back < from) from = back;
      }
      process.exitCode = await runCrawl({ from, to: today(), relist: true }, opts, io);
    });
}
