import { LgscoError } from '../src/errors.js';
import type { Db } from '../src/store/db.js';
import { DecisionWriter, prepareRows, type UpsertStatus } from '../src/store/decisions.js';
import { CrawlState, type ItemRow } from './crawl-state.js';
import { buildRecord, DecisionPages, errorLine } from './decision-pages.js';
import type { PoliteClient } from './http.js';
import { monthWindows, pageCount, parseListingPage, searchPath, splitWindow, type ListingItem, type ListingPage, type Window } from './listing.js';
import type { RawArchive } from './raw-archive.js';

/** Above this many results a window is halved, to stay well under any pagination ceiling (the site's is unknown). */
export const MAX_WINDOW_RESULTS = 500;

export interface CrawlOptions {
  from: string;
  to: string;
  /** Walk windows again even when done (new publications); stored decisions are not fetched again. */
  relist?: boolean;
  /** Also fetch stored decisions again, with conditional GETs (unchanged pages cost a 304). */
  refresh?: boolean;
  /** Stop after this many decisions fetched in this run. */
  max?: number | null;
  maxWindowResults?: number;
  /** Walks of a window whose items do not add up to its count, before it is reported incomplete. */
  listingAttempts?: number;
  /** Retries of a shell results page (after warming the session), before the window is reported incomplete. */
  shellRetries?: number;
  signal?: AbortSignal;
}

/** Where the crawl is, for a progress line. */
export interface CrawlProgress {
  window: Window;
  page: number;
  pages: number;
  stored: number;
  errors: number;
  /** Decisions listed but not yet fetched, in windows seen so far. */
  queued: number;
}

export interface CrawlSummary {
  windowsComplete: number;
  windowsIncomplete: { window: Window; reason: string }[];
  decisions: Record<UpsertStatus, number>;
  failures: { url: string; reason: string }[];
  requests: number;
  interrupted: boolean;
  stoppedAtMax: boolean;
}

export interface CrawlDeps {
  db: Db;
  client: PoliteClient;
  archive: RawArchive;
  onProgress?: (p: CrawlProgress) => void;
  onLog?: (line: string) => void;
}

/**
 * The crawl: month windows over the decision search, each checked against the site's own count, then every listed
 * decision fetched (all chapters), archived, parsed and stored. All state is in the database, so a re-run with the
 * same arguments resumes where a killed run stopped.
 */
export class Crawler {
  private readonly state: CrawlState;
  private readonly writer: DecisionWriter;
  private readonly pages: DecisionPages;
  private readonly summary: CrawlSummary = {
    windowsComplete: 0,
    windowsIncomplete: [],
    decisions: { imported: 0, updated: 0, unchanged: 0 },
    failures: [],
    requests: 0,
    interrupted: false,
    stoppedAtMax: false,
  };
  private fetched = 0;
  private queued = 0;
  private progress: CrawlProgress = { window: { fd: '', td: '' }, page: 0, pages: 0, stored: 0, errors: 0, queued: 0 };

  constructor(
    private readonly deps: CrawlDeps,
    private readonly options: CrawlOptions,
  ) {
    this.state = new CrawlState(deps.db);
    this.writer = new DecisionWriter(deps.db);
    this.pages = new DecisionPages(this.state, deps.client, deps.archive, options.refresh === true);
  }

  /** Crawl every window of the range; never throws for one bad page or window (they are in the summary). */
  async run(): Promise<CrawlSummary> {
    const { client } = this.deps;
    await client.loadRobots();
    await this.warmUp();
    for (const w of monthWindows(this.options.from, this.options.to)) {
      if (this.stopped()) break;
      await this.crawlWindow(w);
    }
    this.summary.requests = client.requests;
    this.summary.interrupted = this.options.signal?.aborted === true;
    return this.summary;
  }

  private stopped(): boolean {
    if (this.options.signal?.aborted) return true;
    if (this.options.max != null && this.fetched >= this.options.max) {
      this.summary.stoppedAtMax = true;
      return true;
    }
    return false;
  }

  private log(line: string): void {
    this.deps.onLog?.(line);
  }

  private report(patch: Partial<CrawlProgress>): void {
    this.progress = { ...this.progress, ...patch, queued: this.queued, errors: this.summary.failures.length + this.summary.windowsIncomplete.length };
    this.deps.onProgress?.(this.progress);
  }

  /** The search wants a session: visit the landing page first, as a browser would, keeping its cookies. */
  private async warmUp(): Promise<void> {
    try {
      await this.deps.client.get('/decisions', { accept: [404] });
    } catch (err) {
      this.log(`warning: ${errorLine(err)} (warming up the search session)`);
    }
  }

  private async crawlWindow(w: Window): Promise<void> {
    const row = this.state.window(w);
    if (row.status === 'split') {
      for (const half of splitWindow(w) ?? []) if (!this.stopped()) await this.crawlWindow(half);
      return;
    }
    if (row.status === 'done' && !this.options.relist && !this.options.refresh) {
      this.summary.windowsComplete++;
      return;
    }
    const relist = this.options.relist === true || this.options.refresh === true;
    let complete = !relist && row.status === 'listed';
    if (!complete) {
      const listed = await this.listWindow(w);
      if (listed === 'split') {
        for (const half of splitWindow(w)!) if (!this.stopped()) await this.crawlWindow(half);
        return;
      }
      complete = listed;
    }
    const items = this.state.windowItems(w).filter((it) => it.status !== 'stored' || this.options.refresh);
    this.queued += items.length;
    let failed = 0;
    for (const item of items) {
      if (this.stopped()) break;
      this.queued--;
      if (!(await this.fetchDecision(item))) failed++;
    }
    if (this.stopped() && items.some((it) => this.state.item(it.url)?.status === 'pending')) return;
    if (complete) {
      const pending = this.state.windowItems(w).filter((it) => it.status !== 'stored').length;
      const r = this.state.window(w);
      if (pending === 0 && failed === 0) {
        this.state.setWindow(w, { expected: r.expected, collected: r.collected, status: 'done', tried: 0, error: null });
        this.summary.windowsComplete++;
      } else {
        this.summary.windowsIncomplete.push({ window: w, reason: `${pending} listed decision(s) not stored` });
      }
    }
  }

  /** Walk a window's result pages until the items add up to the count; true when they do. */
  private async listWindow(w: Window): Promise<boolean | 'split'> {
    const attempts = this.options.listingAttempts ?? 3;
    const limit = this.options.maxWindowResults ?? MAX_WINDOW_RESULTS;
    const collected = new Map<string, ListingItem>();
    let expected: number | null = null;
    let reason = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (this.stopped()) return false;
      try {
        const first = await this.fetchListing(w, 1, null);
        expected = first.count;
        if (expected !== null && expected > limit && splitWindow(w)) {
          this.state.setWindow(w, { expected, collected: 0, status: 'split', tried: 1, error: null });
          this.log(`${w.fd}..${w.td}: ${expected} results, more than ${limit}: split in two`);
          return 'split';
        }
        this.take(w, first.items, collected);
        const pages = expected === null ? Infinity : pageCount(expected);
        for (let page = 2; page <= pages; page++) {
          if (this.stopped()) return false;
          this.report({ window: w, page, pages: Number.isFinite(pages) ? pages : page });
          const p = await this.fetchListing(w, page, expected);
          if (p.items.length === 0) break; // past the end (the count dropped while we walked)
          if (p.count !== null && expected !== null && p.count > expected) expected = p.count;
          this.take(w, p.items, collected);
        }
        if (expected !== null && collected.size === expected) {
          this.state.setWindow(w, { expected, collected: collected.size, status: 'listed', tried: attempt, error: null });
          return true;
        }
        reason = expected === null ? `no result count on the page (${collected.size} items seen)` : `the site says ${expected} results but ${collected.size} were listed`;
      } catch (err) {
        if (this.options.signal?.aborted) return false;
        reason = errorLine(err);
        // robots.txt will not change its mind within a run: walking the window again only repeats the refusal.
        if (/disallowed by robots\.txt/.test(reason)) {
          this.log(`${w.fd}..${w.td}: ${reason}`);
          break;
        }
      }
      this.log(`${w.fd}..${w.td}: ${reason}${attempt < attempts ? ': walking the window again' : ''}`);
    }
    this.state.setWindow(w, { expected, collected: collected.size, status: 'incomplete', tried: attempts, error: reason });
    this.summary.windowsIncomplete.push({ window: w, reason });
    return false;
  }

  private take(w: Window, items: ListingItem[], into: Map<string, ListingItem>): void {
    for (const it of items) into.set(it.url, it);
    this.state.saveItems(w, items);
  }

  /** One results page; a shell (no count, no items) or an empty page that should have items is retried after warming the session. */
  private async fetchListing(w: Window, page: number, expected: number | null): Promise<ListingPage> {
    const retries = this.options.shellRetries ?? 3;
    const referer = new URL('/decisions', this.deps.client.base).href;
    const path = searchPath(w, page);
    for (let i = 0; ; i++) {
      const res = await this.deps.client.get(path, { referer });
      const parsed = parseListingPage(res.body.toString('utf8'), this.deps.client.base.href);
      for (const link of parsed.offHost) this.log(`${res.url}: skipped a link to another host (${link})`);
      // A page that should hold items but shows none (the count says so) is as bad as a shell.
      const total = expected ?? parsed.count ?? 0;
      const short = parsed.items.length === 0 && parsed.count !== 0 && total > 0 && page <= pageCount(total);
      if (!parsed.shell && !short) return parsed;
      const what = parsed.shell ? 'a shell page (no result count and no items)' : `no items on page ${page} of ${pageCount(total)}`;
      if (i >= retries) throw new LgscoError(`${res.url}: ${what}, ${retries + 1} times`, 'SHELL');
      this.log(`${res.url}: ${what}: warming the session and trying again`);
      await this.warmUp();
    }
  }

  /** Fetch (or take from the archive) every chapter of a decision, then parse and store it; false on failure. */
  private async fetchDecision(item: ItemRow): Promise<boolean> {
    this.fetched++;
    try {
      const { chapters, location } = await this.pages.fetchChapters(item);
      const record = await buildRecord(chapters, item, location);
      const status = this.state.storeDecision(this.writer, prepareRows(record), location, item.url, chapters.length);
      this.summary.decisions[status]++;
      this.report({ stored: this.progress.stored + 1 });
      return true;
    } catch (err) {
      if (this.options.signal?.aborted && !(err instanceof LgscoError && err.code === 'PARSE')) return false;
      const reason = errorLine(err);
      this.state.setItem(item.url, 'failed', reason);
      this.summary.failures.push({ url: item.url, reason });
      this.log(`Error: ${reason.startsWith('http') ? reason : `${item.url}: ${reason}`}`);
      this.report({});
      return false;
    }
  }
}
