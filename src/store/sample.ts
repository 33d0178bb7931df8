/**
 * Which stored decisions come from lgsco's bundled demo sample (migration 9's sample_sources; the marker and the
 * wording are in src/sample.ts). A decision is a sample decision while its stored source (decisions.source_sha256)
 * is a sample file recorded under its key.
 */
import { sampleNotice, type SampleKind, type SampleStatus } from '../sample.js';
import type { Db } from './db.js';

/** A sample file the importer stored: its content hash, the decision key it went to, what it is, where it was read. */
export interface SampleSource {
  sha256: string;
  decisionKey: string;
  kind: SampleKind;
  location: string;
}

/** Record sample files (in the caller's transaction, beside the decisions read from them). Idempotent. */
export function recordSampleSources(db: Db, sources: readonly SampleSource[]): void {
  if (sources.length === 0) return;
  const insert = db.prepare('INSERT OR IGNORE INTO sample_sources (sha256, decision_key, kind, location, imported_at) VALUES (?, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  for (const s of sources) insert.run(s.sha256, s.decisionKey, s.kind, s.location, now);
}

/** Whether the database has the table (a database opened read-only before migration 9 could be applied lacks it). */
function hasTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sample_sources'").get() !== undefined;
}

/** How many final decisions the database holds, and how many of them come from the sample; null when none does. */
export function sampleStatus(db: Db): SampleStatus | null {
  // A database that never saw the sample answers from an empty table, without counting its decisions.
  if (!hasTable(db) || db.prepare('SELECT 1 FROM sample_sources LIMIT 1').get() === undefined) return null;
  const row = db
    .prepare(
      `SELECT count(*) FILTER (WHERE s.kind = 'invented') AS invented, count(*) FILTER (WHERE s.kind = 'real') AS real
       FROM sample_sources s JOIN decisions d ON d.key = s.decision_key AND d.source_sha256 = s.sha256
       WHERE d.stage = 'final'`,
    )
    .get() as { invented: number; real: number };
  if (row.invented + row.real === 0) return null;
  const decisions = db.prepare("SELECT count(*) FROM decisions WHERE stage = 'final'").pluck().get() as number;
  return { decisions, invented: row.invented, real: row.real };
}

/** What every output of this database says when it holds sample decisions (src/sample.ts), else null. */
export interface SampleNotices {
  /** The full line, for stderr, pages and descriptions. */
  line: string;
  /** The short form, for every row of a CSV or JSON output and a chart's width. */
  short: string;
}

/** The demo-data notices of this database, or null when it holds no sample decision. */
export function sampleNoticesOf(db: Db): SampleNotices | null {
  const status = sampleStatus(db);
  const line = sampleNotice(status);
  return line ? { line, short: sampleNotice(status, { short: true })! } : null;
}

/** What a stored decision is to the sample (read from a sample file: invented or real), or null when it is not from it. */
export function sampleKindOf(db: Db, decisionId: number): SampleKind | null {
  if (!hasTable(db)) return null;
  const kind = db
    .prepare('SELECT s.kind FROM decisions d JOIN sample_sources s ON s.decision_key = d.key AND s.sha256 = d.source_sha256 WHERE d.id = ?')
    .pluck()
    .get(decisionId) as SampleKind | undefined;
  return kind ?? null;
}
