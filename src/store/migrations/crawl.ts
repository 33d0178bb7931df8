/** The crawl's state: search windows, listing items, fetched pages (migration 3). */
import type { Migration } from './types.js';

export const CRAWL_STATE: Migration = {
  id: 3,
  name: 'crawl state: search windows, listing items, fetched pages',
  sql: `
-- One row per search window (fd..td inclusive). status: pending → listed (items collected) → done (every item
-- stored); split (too many results to page safely: its halves are windows of their own); incomplete (the items
-- collected never matched the count the site gave, after retries).
CREATE TABLE crawl_windows (
  fd TEXT NOT NULL,
  td TEXT NOT NULL,
  expected INTEGER,
  collected INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  listed_at TEXT,
  completed_at TEXT,
  PRIMARY KEY (fd, td)
);

-- What the search listing said about each decision (canonical URL): fills fields a page lacks.
-- status: pending (not yet stored), stored, failed (a page or the parse failed; see error).
CREATE TABLE crawl_items (
  url TEXT PRIMARY KEY,
  case_ref TEXT,
  title TEXT,
  document_type TEXT,
  outcome TEXT,
  subcategory TEXT,
  listing_date TEXT,
  summary TEXT,
  window_fd TEXT NOT NULL,
  window_td TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  chapters INTEGER,
  error TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  stored_at TEXT
);
CREATE INDEX crawl_items_window ON crawl_items(window_fd, window_td, status);

-- Every page fetched (a decision page, or one chapter of a report), keyed by its canonical address (+ ?chapter=N,
-- whatever host it was fetched from), with what a conditional GET needs and the sha256 of its raw copy.
CREATE TABLE crawl_pages (
  url TEXT PRIMARY KEY,
  decision_url TEXT NOT NULL,
  chapter INTEGER NOT NULL,
  status TEXT NOT NULL,
  http_status INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  fetched_at TEXT,
  error TEXT
);
CREATE INDEX crawl_pages_decision ON crawl_pages(decision_url, chapter);
`,
};
