import { DecisionSchema, type Decision } from '../schemas/decision.js';
import { lookupAuthority } from '../src/authorities/index.js';
import { LgscoError } from '../src/errors.js';
import { organisationName } from '../src/extract/organisation.js';
import { extractOutcome } from '../src/extract/outcome.js';
import { parseDecision, readDocument } from '../src/parse.js';
import type { Db } from '../src/store/db.js';
import { DecisionWriter, prepareRows, type UpsertStatus } from '../src/store/decisions.js';
import { CrawlState, type ItemRow } from './crawl-state.js';
import type { FetchedPage, PoliteClient } from './http.js';
import { applyListingFacts, monthWindows, pageCount, parseListingPage, searchPath, splitWindow, type ListingItem, type ListingPage, type Window } from './listing.js';
import { rawExtension, type RawArchive } from './raw-archive.js';

/** Above this many results a window is halved, to stay well under any pagination ceiling (the site's is unknown). */
export const MAX_WINDOW_RESULTS = 500;
/** A report has at most this many chapters (a guard against a site that ignores ?chapter and repeats a page). */
const MAX_CHAPTERS = 30;

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

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/**
 * The crawl: month windows over the decision search, each checked against the site's own count, then every listed
 * decision fetched (all chapters), archived, parsed and stored. All state is in the database, so a re-run with the
 * same arguments resumes where a killed run stopped.
 */
export class Crawler {
  private readonly state: CrawlState;
  private readonly writer: DecisionWriter;
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
      this.log(`warning: ${message(err)} (warming up the search session)`);
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
        reason = message(err);
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
    const path = new URL(item.url).pathname;
    const chapters: Buffer[] = [];
    let location = '';
    try {
      for (let ch = 1; ch <= MAX_CHAPTERS; ch++) {
        const pageUrl = this.deps.client.resolve(ch === 1 ? path : `${path}?chapter=${ch}`)!.href;
        const body = await this.fetchPage(pageUrl, pageKey(item.url, ch), item.url, ch);
        if (body === null) break; // no such chapter
        if (ch > 1 && !(await isNextChapter(body, chapters, item))) break;
        chapters.push(body);
        if (ch === 1) location = pageUrl;
        // Reports come in chapters; a statement is one page (unless it links a second chapter).
        if (ch === 1 && item.document_type !== 'report' && !body.includes('chapter=2')) break;
      }
      if (chapters.length === 0) throw new LgscoError(`${location || item.url}: the decision page is gone (HTTP 404)`, 'GONE');
      const record = await buildRecord(chapters, item, location);
      const status = this.state.storeDecision(this.writer, prepareRows(record), location, item.url, chapters.length);
      this.summary.decisions[status]++;
      this.report({ stored: this.progress.stored + 1 });
      return true;
    } catch (err) {
      if (this.options.signal?.aborted && !(err instanceof LgscoError && err.code === 'PARSE')) return false;
      const reason = message(err);
      this.state.setItem(item.url, 'failed', reason);
      this.summary.failures.push({ url: item.url, reason });
      this.log(`Error: ${reason.startsWith('http') ? reason : `${item.url}: ${reason}`}`);
      this.report({});
      return false;
    }
  }

  /** One page's bytes: from the archive when already fetched (unless refreshing), else a (conditional) GET. Null: no such page. */
  private async fetchPage(fetchUrl: string, url: string, decisionUrl: string, chapter: number): Promise<Buffer | null> {
    const known = this.state.page(url);
    const archived = known?.status === 'fetched' && known.sha256 ? this.deps.archive.get(known.sha256) : null;
    if (archived && !this.options.refresh) return archived;
    if (known?.status === 'missing' && !this.options.refresh) return null;
    let res: FetchedPage;
    try {
      res = await this.deps.client.get(fetchUrl, {
        accept: [404, 410],
        referer: new URL('/decisions', this.deps.client.base).href, // as a browser arriving from the search would
        etag: archived ? known?.etag : null,
        lastModified: archived ? known?.last_modified : null,
      });
    } catch (err) {
      const status = (err as { status?: number | null }).status ?? null;
      this.state.savePage({ url, decision_url: decisionUrl, chapter, status: 'failed', http_status: status, attempts: 1, etag: null, last_modified: null, sha256: null, error: message(err) });
      throw err;
    }
    const base = { url, decision_url: decisionUrl, chapter, http_status: res.status, attempts: res.attempts, etag: res.etag, last_modified: res.lastModified };
    if (res.status === 304 && archived) {
      this.state.savePage({ ...base, status: 'fetched', sha256: known!.sha256 });
      return archived;
    }
    if (res.status === 404 || res.status === 410) {
      this.state.savePage({ ...base, status: 'missing', sha256: null, error: `HTTP ${res.status}` });
      return null;
    }
    const { sha256 } = this.deps.archive.put(res.body, rawExtension(res.contentType));
    this.state.savePage({ ...base, status: 'fetched', sha256 });
    return res.body;
  }
}

/**
 * The crawl_pages key of a page: its canonical address (plus ?chapter=N), not the address fetched, so the state (and
 * its ETags) carries over between a mirror, the live site and a test server on another port.
 */
export function pageKey(decisionUrl: string, chapter: number): string {
  return chapter === 1 ? decisionUrl : `${decisionUrl}?chapter=${chapter}`;
}

/**
 * Whether a page fetched as chapter N is really the next chapter: not a copy of an earlier one (a site that ignores
 * ?chapter), about the same decision (a "page not found" served with 200 is not), and not empty.
 */
async function isNextChapter(body: Buffer, earlier: Buffer[], item: ItemRow): Promise<boolean> {
  if (earlier.some((c) => c.equals(body))) return false;
  const ref = item.case_ref ?? '';
  const text = body.toString('utf8');
  if (ref && !text.includes(ref) && !text.includes(ref.replace(/ /g, '-'))) return false;
  try {
    const doc = await readDocument(body);
    return doc.sections.some((s) => s.paragraphs.length > 0);
  } catch {
    return false;
  }
}

/** Parse a decision's chapters (chapter 1 first) and fill what the page lacks from its listing item; validated. */
export async function buildRecord(chapters: Buffer[], item: ItemRow, location: string): Promise<Decision> {
  const facts: Partial<ListingItem> = {
    documentType: item.document_type,
    outcome: extractOutcome(item.outcome),
    outcomeLabel: item.outcome,
    subcategory: item.subcategory,
    date: item.listing_date,
    summary: item.summary,
    organisation: organisationName(item.title),
  };
  const parsed = await parseDecision(chapters.length === 1 ? chapters[0]! : chapters, {
    url: item.url,
    filename: location || item.url,
    documentType: item.document_type,
  });
  return DecisionSchema.parse(applyListingFacts(parsed, facts, lookupAuthority));
}
