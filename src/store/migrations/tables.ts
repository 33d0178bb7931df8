/** The dataset's tables (migration 1) and the covering indexes totals read (migration 2). */
import type { Migration } from './types.js';

export const TABLES: Migration = {
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
};

export const TOTALS_INDEXES: Migration = {
  id: 2,
  name: 'covering indexes for totals (each grouping reads one index, in order, without touching the table)',
  sql: `
DROP INDEX IF EXISTS decisions_council;
CREATE INDEX decisions_g_council ON decisions(authority_code, org_name, decision_date, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_category ON decisions(category, subcategory, decision_date, authority_code, org_name, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_outcome ON decisions(outcome, decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
CREATE INDEX decisions_g_date ON decisions(decision_date, authority_code, org_name, category, category_slug, counts_money, total_pence, recommended_pence, payment_count);
`,
};
