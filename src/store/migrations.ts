import { lookupAuthority } from '../authorities/index.js';
import { COUNTS_MONEY_SQL_MIGRATION_4 } from './counts-money.js';
import { creditPayment } from './credit.js';
import type { Db } from './db.js';

/**
 * Schema migrations, applied in order and recorded in the `migrations` table (as sqlite-utils' Migrations does):
 * opening an older database upgrades it; a migration never changes once released.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
  /** Data the SQL cannot compute, filled in the same transaction after it. */
  fill?: (db: Db) => void;
}

/**
 * Migration 7's fill: the payments that name a payer are credited by the writer's rule (credit.ts, with the
 * in-memory authority lookup) from the stored payer text and the decision's stored organisations. The rule reads
 * only stored text, so the version that opens the database gives each row what its own writer would; a later change
 * to the rule needs a migration of its own that credits the rows again.
 */
function creditStoredPayments(db: Db): void {
  const orgs = db.prepare('SELECT name, authority_code AS authorityCode FROM decision_organisations WHERE decision_id = ? ORDER BY position');
  const set = db.prepare('UPDATE payments SET credited_name = ?, credited_authority_code = ? WHERE decision_id = ? AND position = ?');
  const rows = db.prepare('SELECT decision_id AS id, position, payer FROM payments WHERE payer IS NOT NULL ORDER BY decision_id').all() as { id: number; position: number; payer: string }[];
  for (const p of rows) {
    const credited = creditPayment(p.payer, orgs.all(p.id) as { name: string; authorityCode: string | null }[], lookupAuthority);
    set.run(credited.name, credited.authorityCode, p.id, p.position);
  }
}

/**
 * Migration 9's fill: decisions imported from the bundled sample before its files carried a marker (an older clone's
 * data/lgsco.db, whose sample put invented decisions under real council names) are recognised by where they were read:
 * a file named NN-….html (invented) or seed-….txt (real) in a data/sample folder. Only a decision whose stored source
 * is that file is marked, so a page imported since from anywhere else is not.
 */
function markEarlierSample(db: Db): void {
  db.exec(`
INSERT OR IGNORE INTO sample_sources (sha256, decision_key, kind, location, imported_at)
SELECT s.sha256, d.key, CASE WHEN s.location GLOB '*[/\\]data[/\\]sample[/\\]seed-*.txt' THEN 'real' ELSE 'invented' END, s.location, s.imported_at
FROM sources s JOIN decisions d ON d.id = s.decision_id AND d.source_sha256 = s.sha256
WHERE s.location GLOB '*[/\\]data[/\\]sample[/\\][0-9][0-9]-*.html' OR s.location GLOB '*[/\\]data[/\\]sample[/\\]seed-*.txt';
`);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'decisions, organisations, remedies, evidence, sources, full-text search',
    sql: `
CREATE TABLE authorities (
  code TEXT PRIMARY KEY,
  gss_code TEXT,
  official_name TEXT NOT NULL,
  nice_name TEXT NOT NULL,
  type TEXT,
  type_name TEXT,
  nation TEXT,
  region TEXT,
  population INTEGER,
  start_date TEXT,
  end_date TEXT
);

-- One row per decision page (natural key: the canonical URL, else "ref:<case ref>"); kept narrow so totals scan fast.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  url TEXT,
  case_ref TEXT NOT NULL,
  org_name TEXT,
  authority_code TEXT,
  category TEXT,
  subcategory TEXT,
  category_slug TEXT,
  subcategory_slug TEXT,
  outcome TEXT,
  decision_date TEXT,
  document_type TEXT NOT NULL,
  fault_found INTEGER,
  total_pence INTEGER NOT NULL,
  recommended_pence INTEGER NOT NULL,
  waived_pence INTEGER NOT NULL,
  payment_count INTEGER NOT NULL,
  body_sha256 TEXT NOT NULL,
  counts_money INTEGER NOT NULL DEFAULT 1,
  source_sha256 TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  first_imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX decisions_case_ref ON decisions(case_ref);
CREATE INDEX decisions_body ON decisions(body_sha256);
CREATE INDEX decisions_date ON decisions(decision_date);
CREATE INDEX decisions_council ON decisions(authority_code, org_name, counts_money, total_pence, recommended_pence, payment_count, decision_date);

-- The full validated record (without the body, which is in paragraphs), for show and export.
CREATE TABLE decision_records (
  decision_id INTEGER PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
  record TEXT NOT NULL
);

CREATE TABLE decision_organisations (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  authority_code TEXT,
  gss_code TEXT,
  PRIMARY KEY (decision_id, position)
);
CREATE INDEX decision_organisations_code ON decision_organisations(authority_code);

CREATE TABLE payments (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  amount_pence INTEGER NOT NULL,
  payee TEXT,
  payer TEXT,
  purpose TEXT NOT NULL,
  purpose_text TEXT,
  status TEXT NOT NULL,
  section TEXT,
  paragraph INTEGER,
  quote TEXT NOT NULL,
  PRIMARY KEY (decision_id, position)
);

CREATE TABLE unquantified_remedies (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  payee TEXT,
  section TEXT,
  paragraph INTEGER,
  quote TEXT NOT NULL,
  PRIMARY KEY (decision_id, position)
);

CREATE TABLE actions (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  deadline_amount INTEGER,
  deadline_unit TEXT,
  deadline_text TEXT,
  section TEXT,
  paragraph INTEGER,
  quote TEXT NOT NULL,
  PRIMARY KEY (decision_id, position)
);

CREATE TABLE faults (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  section TEXT,
  paragraph INTEGER,
  quote TEXT NOT NULL,
  PRIMARY KEY (decision_id, position)
);

-- The body: one row per paragraph, for evidence and for show.
CREATE TABLE paragraphs (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  section_index INTEGER NOT NULL,
  heading TEXT,
  n INTEGER,
  text TEXT NOT NULL,
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

-- Every file or URL a decision was read from, with its hash and the parser version.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  location TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (location, sha256)
);
CREATE INDEX sources_decision ON sources(decision_id);

-- Earlier versions of a decision whose page changed.
CREATE TABLE decision_history (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  source_sha256 TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  record TEXT NOT NULL
);

-- Full-text index over title, summary and body (contentless: the text lives in decisions/paragraphs once).
CREATE VIRTUAL TABLE decisions_fts USING fts5(title, summary, body, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
`,
  },
  {
    id: 2,
    name: 'covering indexes for totals (each grouping reads one index, in order, without touching the table)',
    sql: `
DROP INDEX IF EXISTS decisions_council;
CREATE INDEX decisions_g_council ON decisions(authority_code, org_name, decision_date, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_date ON decisions(decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
`,
  },
  {
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
  },
  {
    id: 4,
    // Before this version, when a later publication of a reference superseded an earlier one, another reference that
    // published the earlier one's text was not re-examined: its money could be counted by no row. Settle every row
    // again with the rule the writer uses (COUNTS_MONEY_SQL, which changes only with a migration of its own).
    name: 'recount which publications count money',
    sql: `
UPDATE decisions SET counts_money = ${COUNTS_MONEY_SQL_MIGRATION_4};
`,
  },
  {
    id: 5,
    // FTS5 merges its index segments once 4 of a size accumulate (its default), so at archive scale every term's list
    // was rewritten four or five times as an import went on. Merging at 8 rewrites it about a third less often: each
    // import commit's share of the index work fell from 73 to 39 µs a decision at 100,000 decisions (insert ~50 µs
    // either way), and phrase and word queries were no slower. The setting is kept in the index itself.
    name: 'full-text index merges segments 8 at a time',
    sql: `
INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('automerge', 8);
`,
  },
  {
    id: 6,
    // Every row stored before this version is a final decision (drafts could not be read), so the rule of
    // COUNTS_MONEY_SQL, which now leaves drafts out, gives each of them what it has: no recount. Totals read the
    // covering indexes only, so they get the stage too (added last: the groupings' order is unchanged).
    name: 'stage (final or draft) of each decision; one decision from a letter and its web page',
    sql: `
ALTER TABLE decisions ADD COLUMN stage TEXT NOT NULL DEFAULT 'final';
DROP INDEX decisions_g_council;
DROP INDEX decisions_g_category;
DROP INDEX decisions_g_outcome;
DROP INDEX decisions_g_date;
CREATE INDEX decisions_g_council ON decisions(authority_code, org_name, decision_date, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);
CREATE INDEX decisions_g_date ON decisions(decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count, stage);

-- A draft the final of its reference superseded is kept here only: the writer looks it up by decision and hash.
CREATE INDEX decision_history_decision ON decision_history(decision_id, source_sha256);

-- A decision read from a letter (no address) and from its web page: each source's own record (without the body),
-- so the decision can be merged again when either is re-imported changed. Only joined decisions have rows here.
CREATE TABLE decision_parts (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  part TEXT NOT NULL CHECK (part IN ('page', 'letter')),
  source_sha256 TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (decision_id, part)
);
`,
  },
  {
    id: 7,
    // Totals credited all of a decision's money to its first organisation. Each payment now carries the body it is
    // credited to (credit.ts): a payment with no payer is the first organisation's (filled here in SQL), one with a
    // payer is credited in JS (creditStoredPayments). The two partial covering indexes hold, for totals, the few
    // decisions whose money or bodies are not all their first organisation's (more than one organisation, or a payer
    // named) with what they credit: totals read every other decision from the decisions indexes as before.
    name: 'each payment credited to the body that pays it (credited_name, credited_authority_code)',
    sql: `
ALTER TABLE payments ADD COLUMN credited_name TEXT;
ALTER TABLE payments ADD COLUMN credited_authority_code TEXT;
UPDATE payments SET credited_name = d.org_name, credited_authority_code = d.authority_code FROM decisions d WHERE d.id = payments.decision_id;
-- Each holds the column of its WHERE too: SQLite reads a partial index as covering only when it holds every column named.
CREATE INDEX decision_organisations_more ON decision_organisations(decision_id, authority_code, name, position) WHERE position > 0;
CREATE INDEX payments_payer ON payments(decision_id, credited_authority_code, credited_name, amount_pence, status, payer) WHERE payer IS NOT NULL;
`,
    fill: creditStoredPayments,
  },
  {
    id: 8,
    // Each payment is certain or to check (its reason with it), as the extractor decides. A record stored before the
    // extractor said so has neither field in its stored JSON: its payments are certain here until `lgsco reparse` (or
    // an import of its file) stores it again under a newer parser version. A record stored since holds them: copied
    // from its JSON (only records that hold a "check" are read).
    // Each decision keeps its money to check (check_pence, check_recommended_pence, check_count), so totals need no
    // payment rows: four partial covering indexes, in the order of the four decisions_g_* indexes, hold only the
    // decisions with a payment to check (about one in ten), which totals read apart, each grouping in its order (no
    // sort); the decisions_g_* indexes, which every decision is read from, are unchanged. payments_payer gets the
    // confidence, so the credited bodies' money to check is read from it too.
    name: 'confidence of each payment (certain or check, with the reason); each decision\'s money to check',
    sql: `
ALTER TABLE payments ADD COLUMN confidence TEXT NOT NULL DEFAULT 'certain';
ALTER TABLE payments ADD COLUMN check_reason TEXT;
ALTER TABLE decisions ADD COLUMN check_pence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN check_recommended_pence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN check_count INTEGER NOT NULL DEFAULT 0;
UPDATE payments SET confidence = 'check', check_reason = j.reason FROM (
  SELECT r.decision_id, CAST(j.key AS INTEGER) AS position, j.value ->> 'checkReason' AS reason
  FROM decision_records r, json_each(r.record, '$.remedy.payments') j
  WHERE instr(r.record, '"confidence":"check"') > 0 AND j.value ->> 'confidence' = 'check'
) j WHERE payments.decision_id = j.decision_id AND payments.position = j.position;
UPDATE decisions SET check_pence = c.pence, check_recommended_pence = c.recommended, check_count = c.n FROM (
  SELECT decision_id, sum(amount_pence) AS pence, sum(CASE WHEN status = 'recommended' THEN amount_pence ELSE 0 END) AS recommended, count(*) AS n
  FROM payments WHERE confidence = 'check' GROUP BY decision_id
) c WHERE decisions.id = c.decision_id;
-- Each holds every column totals name, and its WHERE's: SQLite reads a partial index as covering only then.
CREATE INDEX decisions_check_council ON decisions(authority_code, org_name, decision_date, category, category_slug, stage, counts_money,
  payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
CREATE INDEX decisions_check_date ON decisions(decision_date, authority_code, org_name, category, category_slug, stage,
  counts_money, payment_count, check_count, check_pence, check_recommended_pence) WHERE check_count > 0;
DROP INDEX payments_payer;
CREATE INDEX payments_payer ON payments(decision_id, credited_authority_code, credited_name, amount_pence, status, confidence, payer) WHERE payer IS NOT NULL;
`,
  },
  {
    id: 9,
    // lgsco's bundled demo sample (data/sample) is mostly invented decisions: a database that holds any must say so in
    // every output, however the sample came in (npm start, lgsco import data/sample, one of its files). Each sample file
    // carries a marker the importer reads from its bytes (src/sample.ts); the file is recorded here by its content
    // hash and the decision key it was stored under. A decision is a sample decision while its stored source is one
    // of these (a later, real version of the page takes it out). Records themselves are unchanged. Decisions imported
    // from the sample before it was marked are recognised by their file's place (markEarlierSample).
    name: 'files of the bundled demo sample that were imported (sample_sources)',
    sql: `
CREATE TABLE sample_sources (
  sha256 TEXT PRIMARY KEY,
  decision_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('invented', 'real')),
  location TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX sample_sources_key ON sample_sources(decision_key);
`,
    fill: markEarlierSample,
  },
];
