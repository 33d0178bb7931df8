import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { parseDate } from '../../extract/decision-date.js';
import type { CrawlProgress, CrawlSummary } from '../../../scrapers/crawl.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { write, type Io } from '../output.js';
import { Progress } from '../progress.js';

export const DEFAULT_BASE_URL = 'https://www.lgo.org.uk';
export const DEFAULT_RAW_DIR = 'data/raw';

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

function dateOption(name: string, value: string): string {
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim()) ? parseDate(value.trim()) : null;
  if (!iso) throw new UsageError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return iso;
}

function intOption(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${name}: expected a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

/** A one-line crawl status on a terminal (stderr); nothing when piped. */
function progressLine(io: Io): { show: (p: CrawlProgress) => void; clear: () => void } {
  const enabled = io.stderr.isTTY === true && process.env.CI !== 'true';
  const started = Date.now();
  let last = 0;
  return {
    show(p) {
      if (!enabled || Date.now() - last < 200) return;
      last = Date.now();
      const perDecision = p.stored > 0 ? (Date.now() - started) / p.stored : 0;
      const eta = perDecision > 0 && p.queued > 0 ? ` · ETA ${Math.ceil((p.queued * perDecision) / 60_000)} min` : '';
      const page = p.pages > 0 ? ` page ${p.page}/${p.pages}` : '';
      io.stderr.write(`\rwindow ${p.window.fd}..${p.window.td}${page} · stored ${p.stored} · queued ${p.queued} · errors ${p.errors}${eta}\x1b[K`);
    },
    clear() {
      if (enabled) io.stderr.write('\r\x1b[K');
    },
  };
}

/** The final report: what is complete, what is not and why, and the URLs that failed. */
export function formatCrawlSummary(s: CrawlSummary): string {
  const lines: string[] = [];
  if (s.interrupted) lines.push('interrupted: stopped after the request under way; run the same command again to resume');
  if (s.stoppedAtMax) lines.push('stopped at --max; run the same command again to go on');
  for (const w of s.windowsIncomplete) lines.push(`incomplete window ${w.window.fd}..${w.window.td}: ${w.reason}`);
  for (const f of s.failures) lines.push(`failed ${f.url}: ${f.reason}`);
  const d = s.decisions;
  lines.push(`requests ${s.requests}`);
  lines.push(
    `windows complete ${s.windowsComplete}, incomplete ${s.windowsIncomplete.length}; ` +
      `decisions new ${d.imported}, updated ${d.updated}, unchanged ${d.unchanged}, failed ${s.failures.length}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Run a crawl from..to with the given options; the exit code is 1 when anything is incomplete or failed. */
async function runCrawl(range: { from: string; to: string; relist: boolean }, opts: ScrapeCommandOptions, io: Io): Promise<number> {
  const [{ closeDatabase, openDatabase }, { PoliteClient }, { Crawler }, { RawArchive }] = await Promise.all([
    import('../../store/db.js'),
    import('../../../scrapers/http.js'),
    import('../../../scrapers/crawl.js'),
    import('../../../scrapers/raw-archive.js'),
  ]);
  if (range.from > range.to) throw new UsageError(`--from ${range.from} is after --to ${range.to}`);
  let base: URL;
  try {
    base = new URL(opts.baseUrl);
  } catch {
    throw new UsageError(`--base-url: not a URL: "${opts.baseUrl}"`);
  }
  if (!/^https?:$/.test(base.protocol)) throw new UsageError(`--base-url: expected http or https, got "${opts.baseUrl}"`);
  const max = opts.max === undefined ? null : intOption('--max', opts.max, 1);
  const controller = new AbortController();
  const progress = progressLine(io);
  const onLog = (line: string): void => {
    progress.clear();
    io.stderr.write(`${line}\n`);
  };
  const client = new PoliteClient({
    baseUrl: base.href,
    delayMs: intOption('--delay', opts.delay, 0),
    timeoutMs: intOption('--timeout', opts.timeout, 1) * 1000,
    maxAttempts: intOption('--attempts', opts.attempts, 1),
    signal: controller.signal,
    onRetry: ({ url, attempt, waitMs, reason }) => onLog(`retry ${url}: ${reason} (attempt ${attempt}; waiting ${(waitMs / 1000).toFixed(1)} s)`),
  });
  if (client.delayMs > intOption('--delay', opts.delay, 0)) onLog(`note: waiting ${client.delayMs} ms between requests (the floor for a remote site, or robots.txt Crawl-delay)`);
  const db = openDatabase(resolveDbPath(opts.db));
  // Ctrl-C: finish the request under way, record it, print the summary; a second Ctrl-C quits at once.
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    onLog('stopping after the request under way (Ctrl-C again to quit now)');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  let summary: CrawlSummary;
  try {
    const crawler = new Crawler(
      { db, client, archive: new RawArchive(opts.rawDir), onProgress: progress.show, onLog },
      { from: range.from, to: range.to, relist: range.relist, refresh: opts.refresh === true, max, signal: controller.signal },
    );
    summary = await crawler.run();
  } finally {
    process.off('SIGINT', onSigint);
    progress.clear();
    closeDatabase(db);
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

const ETIQUETTE = `
Etiquette: robots.txt is fetched and obeyed; one request at a time with --delay between them; an honest
User-Agent; retries back off exponentially (with jitter) and honour Retry-After; only the base URL's host is ever
requested. LGSCO content may be re-used with attribution (see https://www.lgo.org.uk/copyright).

Resumable: all crawl state is in the database; killed at any moment and run again with the same arguments, it goes on
without fetching stored pages again. Ctrl-C stops after the request under way.

Exit status: 0 every window complete and every decision stored, 1 something incomplete or failed, 2 usage error,
130 interrupted.`;

/** Register `scrape`, `update` and `reparse`. */
export function registerScrape(program: Command, io: Io): void {
  crawlOptions(
    program
      .command('scrape')
      .description('crawl the LGSCO decision search for a date range and store every decision (polite, resumable)')
      .requiredOption('--from <date>', 'first decision date YYYY-MM-DD')
      .option('--to <date>', 'last decision date YYYY-MM-DD (default: today)'),
  )
    .addHelpText(
      'after',
      `
The range is walked in calendar-month windows (halved when a window has too many results to page safely). A window
is complete only when the items listed equal the count the site gives ("Your search has N results").
${ETIQUETTE}

Examples:
  $ lgsco scrape --from 2025-01-01 --to 2025-03-31
  $ lgsco scrape --from 2025-01-01 --max 50 --db sample.db`,
    )
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
    .addHelpText(
      'after',
      `
The range starts at the earlier of the last completed window and the first day of the month --months before today:
decisions are published at least six weeks after they are made, so recent months keep filling in. Windows in the range
are walked again; decisions already stored are not fetched again. A decision published later than that is found by
\`lgsco scrape --from … --to … --refresh\` over its month.
${ETIQUETTE}

Examples:
  $ lgsco update
  $ lgsco update --months 6`,
    )
    .action(async (opts: ScrapeCommandOptions & { months: string }) => {
      const { closeDatabase, openDatabase } = await import('../../store/db.js');
      const { CrawlState } = await import('../../../scrapers/crawl-state.js');
      let from = opts.from === undefined ? null : dateOption('--from', opts.from);
      if (from === null) {
        const db = openDatabase(resolveDbPath(opts.db));
        try {
          from = new CrawlState(db).lastDoneWindow()?.fd ?? null;
        } finally {
          closeDatabase(db);
        }
      }
      if (from === null) throw new UsageError('no completed window in the database yet: run `lgsco scrape --from YYYY-MM-DD` first (or give --from)');
      if (opts.from === undefined) {
        const months = intOption('--months', opts.months, 0);
        const now = new Date();
        const back = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
        if (back < from) from = back;
      }
      process.exitCode = await runCrawl({ from, to: today(), relist: true }, opts, io);
    });

  program
    .command('reparse')
    .description('re-parse every crawled decision from the raw archive, offline (after a parser upgrade)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--raw-dir <dir>', 'where the crawl kept raw pages', DEFAULT_RAW_DIR)
    .addHelpText('after', '\nDecisions whose pages and parser version did not change are left as they are.\n\nExample:\n  $ lgsco reparse --db data/lgsco.db')
    .action(async (opts: { db?: string; rawDir: string }) => {
      const [{ closeDatabase, openDatabase }, { reparseArchive }, { RawArchive }] = await Promise.all([
        import('../../store/db.js'),
        import('../../../scrapers/reparse.js'),
        import('../../../scrapers/raw-archive.js'),
      ]);
      const db = openDatabase(resolveDbPath(opts.db));
      let bar: Progress | null = null;
      let s;
      try {
        s = await reparseArchive(db, new RawArchive(opts.rawDir), (done, total) => {
          bar ??= new Progress(io, total, 'reparsing');
          bar.tick(done);
        });
      } finally {
        (bar as Progress | null)?.done();
        closeDatabase(db);
      }
      for (const f of s.failures) await write(io.stderr, `Error: ${f.url}: ${f.reason}\n`);
      if (s.missing > 0) await write(io.stderr, `(${s.missing} listed decisions have no page in ${opts.rawDir}: run lgsco scrape to fetch them)\n`);
      await write(io.stderr, `imported ${s.counts.imported + s.counts.updated}, unchanged ${s.counts.unchanged}, failed ${s.failures.length}\n`);
      process.exitCode = s.failures.length > 0 ? 1 : 0;
    });
}
