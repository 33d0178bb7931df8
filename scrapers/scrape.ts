/**
 * Crawls as `lgsco scrape`, `update` and `reparse` run them: the client, the archive and the store put together
 * around the crawler (crawl.ts), so the commands only read their options and print.
 */
import { closeDatabase, openDatabase } from '../src/store/db.js';
import type { CrawlProgress, CrawlSummary } from './crawl.js';
import type { ReparseSummary } from './reparse.js';

export const DEFAULT_BASE_URL = 'https://www.lgo.org.uk';
export const DEFAULT_RAW_DIR = 'data/raw';

/** A crawl of decision dates from..to into a database, politely, resumably. */
export interface ScrapeJob {
  db: string;
  from: string;
  to: string;
  /** Walk windows done before again (update: late publications). */
  relist: boolean;
  baseUrl: string;
  delayMs: number;
  timeoutMs: number;
  maxAttempts: number;
  rawDir: string;
  /** Stop after fetching this many decisions (null: no limit). */
  max: number | null;
  /** Re-walk finished windows and re-fetch stored pages with conditional GETs. */
  refresh: boolean;
  /** Stops the crawl after the request under way. */
  signal: AbortSignal;
  onProgress: (progress: CrawlProgress) => void;
  /** One line (a retry, a wait): for stderr. */
  onLog: (line: string) => void;
}

/** Run a crawl and return its summary (what is complete, what is not and why). */
export async function scrape(job: ScrapeJob): Promise<CrawlSummary> {
  // Loaded here: the other commands do not pay for the HTTP client and the crawler.
  const [{ PoliteClient }, { Crawler }, { RawArchive }] = await Promise.all([import('./http.js'), import('./crawl.js'), import('./raw-archive.js')]);
  const client = new PoliteClient({
    baseUrl: job.baseUrl,
    delayMs: job.delayMs,
    timeoutMs: job.timeoutMs,
    maxAttempts: job.maxAttempts,
    signal: job.signal,
    onRetry: ({ url, attempt, waitMs, reason }) => job.onLog(`retry ${url}: ${reason} (attempt ${attempt}; waiting ${(waitMs / 1000).toFixed(1)} s)`),
  });
  if (client.delayMs > job.delayMs) job.onLog(`note: waiting ${client.delayMs} ms between requests (the floor for a remote site, or robots.txt Crawl-delay)`);
  const db = openDatabase(job.db);
  try {
    const crawler = new Crawler(
      { db, client, archive: new RawArchive(job.rawDir), onProgress: job.onProgress, onLog: job.onLog },
      { from: job.from, to: job.to, relist: job.relist, refresh: job.refresh, max: job.max, signal: job.signal },
    );
    return await crawler.run();
  } finally {
    closeDatabase(db);
  }
}

/** The first day of the last window a crawl completed in the database (where `lgsco update` goes on), or null. */
export async function lastCompletedWindowStart(dbPath: string): Promise<string | null> {
  const { CrawlState } = await import('./crawl-state.js');
  const db = openDatabase(dbPath);
  try {
    return new CrawlState(db).lastDoneWindow()?.fd ?? null;
  } finally {
    closeDatabase(db);
  }
}

/** The first day of the month `months` months before `now` (UTC), as YYYY-MM-DD. */
export function monthsBack(months: number, now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}

/** Re-parse every crawled decision from the raw archive, offline. */
export async function reparse(dbPath: string, rawDir: string, onEach?: (done: number, total: number) => void): Promise<ReparseSummary> {
  const [{ reparseArchive }, { RawArchive }] = await Promise.all([import('./reparse.js'), import('./raw-archive.js')]);
  const db = openDatabase(dbPath);
  try {
    return await reparseArchive(db, new RawArchive(rawDir), onEach);
  } finally {
    closeDatabase(db);
  }
}

/** The final report of a crawl: what is complete, what is not and why, and the URLs that failed. */
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
