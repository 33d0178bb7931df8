/** The files of lgsco's bundled demo sample that were imported (migration 9). */
import type { Db } from '../db.js';
import type { Migration } from './types.js';

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

export const SAMPLE_SOURCES: Migration = {
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
};
