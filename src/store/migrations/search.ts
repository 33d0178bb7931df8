/** The full-text index over title, summary and body. */
import type { Migration } from './types.js';

export const FTS_AUTOMERGE: Migration = {
  id: 5,
  // FTS5 merges its index segments once 4 of a size accumulate (its default), so at archive scale every term's list
  // was rewritten four or five times as an import went on. Merging at 8 rewrites it about a third less often: each
  // import commit's share of the index work fell from 73 to 39 µs a decision at 100,000 decisions (insert ~50 µs
  // either way), and phrase and word queries were no slower. The setting is kept in the index itself.
  name: 'full-text index merges segments 8 at a time',
  sql: `
INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('automerge', 8);
`,
};

/**
 * Migration 10's text of each decision for the index, from what the store holds: the title (else the reference) and
 * summary of its stored record, and its paragraphs joined by newlines — what the writer indexes (rows.ts ftsHead and
 * decisions.ts), so the writer's 'delete' of a row indexed here removes exactly what was added. Frozen here: a change
 * to what the writer indexes needs a migration of its own that rebuilds the index.
 */
const FTS_TEXT_SQL_MIGRATION_10 = `
SELECT r.decision_id, coalesce(r.record ->> '$.title', r.record ->> '$.caseRef'), coalesce(r.record ->> '$.summary', ''),
  coalesce((SELECT group_concat(p.text, char(10) ORDER BY p.position) FROM paragraphs p WHERE p.decision_id = r.decision_id), '')
FROM decision_records r ORDER BY r.decision_id`;

export const FTS_EXTERNAL_CONTENT: Migration = {
  id: 10,
  // sqlite-utils and Datasette find a table's full-text index by its SQL naming the table as its content
  // (content="decisions": their detect_fts), then search it by joining the table's rowid to the index's. The index
  // was contentless with contentless_delete (SQLite 3.43+), which they neither detected nor could open on an older
  // SQLite (Debian 12's is 3.40). It is now an external-content index on decisions: the same columns, tokenizer and
  // ranking, so `lgsco search` finds and orders the same; decisions has no title, summary or body columns (the text
  // stays once, in decision_records and paragraphs), so the index is for MATCH joined on rowid only — reading its
  // columns, counting it or FTS5's 'rebuild' fail with "no such column: T.title" rather than index wrong text. The
  // writer removes a changed decision's old text with FTS5's 'delete' command, giving the text it indexed. The index is
  // built again here from the stored text (its time at archive scale: bench/RESULTS.md), its merge setting (migration 5) kept.
  name: 'full-text index on decisions as its content, for sqlite-utils and Datasette (detect_fts)',
  sql: `
DROP TABLE decisions_fts;
CREATE VIRTUAL TABLE decisions_fts USING fts5(title, summary, body, content="decisions", tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('automerge', 8);
INSERT INTO decisions_fts (rowid, title, summary, body)${FTS_TEXT_SQL_MIGRATION_10};
`,
};
