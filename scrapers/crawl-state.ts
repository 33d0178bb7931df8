import type { Db } from '../src/store/db.js';
import type { DecisionWriter, PreparedRows, UpsertStatus } from '../src/store/decisions.js';
import type { ListingItem, Window } from './listing.js';

/** A window's row in crawl_windows. */
export interface WindowRow {
  fd: string;
  td: string;
  expected: number | null;
  collected: number;
  status: 'pending' | 'listed' | 'done' | 'split' | 'incomplete';
  attempts: number;
  error: string | null;
}

/** An item's row in crawl_items (what the listing said, and whether the decision is stored). */
export interface ItemRow {
  url: string;
  case_ref: string | null;
  title: string | null;
  document_type: 'statement' | 'report' | null;
  outcome: string | null;
  subcategory: string | null;
  listing_date: string | null;
  summary: string | null;
  status: 'pending' | 'stored' | 'failed';
  error: string | null;
}

/** A fetched page's row in crawl_pages. */
export interface PageRow {
  url: string;
  decision_url: string;
  chapter: number;
  status: 'fetched' | 'failed' | 'missing';
  http_status: number | null;
  attempts: number;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
  error: string | null;
}

/** Prepared statements over the crawl tables (migration 3); every write commits at once, so a kill loses one page at most. */
export class CrawlState {
  private readonly st;
  /** The storeDecision transaction, made on first use. */
  private store: ((w: DecisionWriter, r: PreparedRows, loc: string, u: string, n: number) => UpsertStatus) | null = null;

  constructor(readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      window: p('SELECT fd, td, expected, collected, status, attempts, error FROM crawl_windows WHERE fd = ? AND td = ?'),
      ensureWindow: p('INSERT OR IGNORE INTO crawl_windows (fd, td) VALUES (?, ?)'),
      setWindow: p(`UPDATE crawl_windows SET expected = @expected, collected = @collected, status = @status, attempts = attempts + @tried,
        error = @error, listed_at = coalesce(@listed_at, listed_at), completed_at = @completed_at WHERE fd = @fd AND td = @td`),
      lastDone: p("SELECT fd, td FROM crawl_windows WHERE status = 'done' ORDER BY td DESC LIMIT 1"),
      item: p('SELECT url, case_ref, title, document_type, outcome, subcategory, listing_date, summary, status, error FROM crawl_items WHERE url = ?'),
      upsertItem: p(`INSERT INTO crawl_items (url, case_ref, title, document_type, outcome, subcategory, listing_date, summary,
          window_fd, window_td, first_seen, last_seen)
        VALUES (@url, @caseRef, @title, @documentType, @outcomeLabel, @subcategory, @date, @summary, @fd, @td, @now, @now)
        ON CONFLICT(url) DO UPDATE SET case_ref = excluded.case_ref, title = excluded.title,
          document_type = coalesce(excluded.document_type, document_type), outcome = coalesce(excluded.outcome, outcome),
          subcategory = coalesce(excluded.subcategory, subcategory), listing_date = coalesce(excluded.listing_date, listing_date),
          summary = coalesce(excluded.summary, summary), window_fd = excluded.window_fd, window_td = excluded.window_td,
          last_seen = excluded.last_seen`),
      windowItems: p(`SELECT url, case_ref, title, document_type, outcome, subcategory, listing_date, summary, status, error
        FROM crawl_items WHERE window_fd = ? AND window_td = ? ORDER BY listing_date DESC, url`),
      setItem: p('UPDATE crawl_items SET status = ?, error = ?, chapters = coalesce(?, chapters), stored_at = CASE WHEN ? = \'stored\' THEN ? ELSE stored_at END WHERE url = ?'),
      allItems: p(`SELECT url, case_ref, title, document_type, outcome, subcategory, listing_date, summary, status, error
        FROM crawl_items ORDER BY listing_date, url`),
      pagesOf: p("SELECT url, decision_url, chapter, status, http_status, attempts, etag, last_modified, sha256, error FROM crawl_pages WHERE decision_url = ? ORDER BY chapter"),
      page: p('SELECT url, decision_url, chapter, status, http_status, attempts, etag, last_modified, sha256, error FROM crawl_pages WHERE url = ?'),
      upsertPage: p(`INSERT INTO crawl_pages (url, decision_url, chapter, status, http_status, attempts, etag, last_modified, sha256,
          first_seen, last_seen, fetched_at, error)
        VALUES (@url, @decision_url, @chapter, @status, @http_status, @attempts, @etag, @last_modified, @sha256, @now, @now, @fetched_at, @error)
        ON CONFLICT(url) DO UPDATE SET status = excluded.status, http_status = excluded.http_status,
          attempts = crawl_pages.attempts + excluded.attempts, etag = coalesce(excluded.etag, etag),
          last_modified = coalesce(excluded.last_modified, last_modified), sha256 = coalesce(excluded.sha256, sha256),
          last_seen = CASE WHEN excluded.status = 'fetched' THEN excluded.last_seen ELSE last_seen END,
          fetched_at = coalesce(excluded.fetched_at, fetched_at), error = excluded.error`),
    };
  }

  /**
   * Store a crawled decision and mark its item stored, in one transaction: a kill never leaves one without the other.
   * (Used by the crawl and by reparse.) It takes the write lock first (IMMEDIATE): a deferred transaction that reads
   * before it writes fails at once when another process (an import) has committed since it began.
   */
  storeDecision(writer: DecisionWriter, rows: PreparedRows, location: string, url: string, chapters: number): UpsertStatus {
    this.store ??= this.db.transaction((w: DecisionWriter, r: PreparedRows, loc: string, u: string, n: number) => {
      const status = w.write(r, loc);
      this.setItem(u, 'stored', null, n);
      return status;
    }).immediate;
    return this.store(writer, rows, location, url, chapters);
  }


  /** The window's row, created as pending when new. */
  window(w: Window): WindowRow {
    this.st.ensureWindow.run(w.fd, w.td);
    return this.st.window.get(w.fd, w.td) as WindowRow;
  }

  /** Record a window's state. */
  setWindow(w: Window, state: { expected: number | null; collected: number; status: WindowRow['status']; tried: number; error: string | null }): void {
    const now = new Date().toISOString();
    this.st.setWindow.run({
      ...w,
      ...state,
      listed_at: state.status === 'listed' || state.status === 'incomplete' ? now : null,
      completed_at: state.status === 'done' ? now : null,
    });
  }

  /** The most recent window whose every decision is stored (for `lgsco update`). */
  lastDoneWindow(): Window | null {
    return (this.st.lastDone.get() as Window | undefined) ?? null;
  }

  /** Record what a listing page said about its items (one transaction per page). */
  saveItems(w: Window, items: ListingItem[]): void {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const it of items) this.st.upsertItem.run({ ...it, ...w, now });
    }).immediate();
  }

  item(url: string): ItemRow | null {
    return (this.st.item.get(url) as ItemRow | undefined) ?? null;
  }

  /** Items listed in a window, newest first. */
  windowItems(w: Window): ItemRow[] {
    return this.st.windowItems.all(w.fd, w.td) as ItemRow[];
  }

  setItem(url: string, status: ItemRow['status'], error: string | null, chapters: number | null = null): void {
    this.st.setItem.run(status, error, chapters, status, new Date().toISOString(), url);
  }

  /** Every listed item, oldest first. */
  allItems(): ItemRow[] {
    return this.st.allItems.all() as ItemRow[];
  }

  /** The fetched pages of a decision, chapter 1 first. */
  pagesOf(decisionUrl: string): PageRow[] {
    return this.st.pagesOf.all(decisionUrl) as PageRow[];
  }

  page(url: string): PageRow | null {
    return (this.st.page.get(url) as PageRow | undefined) ?? null;
  }

  /** Record one fetch of a page (attempts add up across runs). */
  savePage(row: Omit<PageRow, 'error'> & { error?: string | null }): void {
    const now = new Date().toISOString();
    this.st.upsertPage.run({ error: null, ...row, now, fetched_at: row.status === 'fetched' ? now : null });
  }
}
