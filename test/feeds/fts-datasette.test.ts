import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/index.js';
import { closeDatabase, loadAuthorities, openDatabase, type Db } from '../../src/store/db.js';
import { DecisionWriter } from '../../src/store/decisions.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { searchDecisions } from '../../src/store/queries.js';
import { demoDecisionText, demoStore } from './demo-store.js';

const WORDS = ['for too long', 'beside a noisy pothole', 'without special educational needs support', 'while council tax arrears grew'];
const texts = Array.from({ length: 16 }, (_, i) => demoDecisionText(i, { words: WORDS[i % WORDS.length] }));
const QUERIES = ['temporary accommodation', 'pothole', '"special educational needs"', 'council tax', 'Demoshire'];

/** sqlite-utils' detect_fts (sqlite_utils/db.py, 3.30; Datasette's is the same query): the index it finds for `table`. */
function detectFts(db: Db, table: string): string | null {
  const row = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE :like OR sql LIKE :like2 OR (tbl_name = :table AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))`,
    )
    .get({ like: `%VIRTUAL TABLE%USING FTS%content=[${table}]%`, like2: `%VIRTUAL TABLE%USING FTS%content="${table}"%`, table }) as { name: string } | undefined;
  return row?.name ?? null;
}

/** Every word instance the index holds (term, row, column, offset), and each row's bm25 for a common word: all of its state a search reads. */
function indexState(db: Db): { instances: unknown[]; ranks: unknown[] } {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, 'decisions_fts', 'instance')");
  return {
    instances: db.prepare('SELECT term, doc, col, offset FROM temp.vocab ORDER BY term, doc, col, offset').all(),
    ranks: db.prepare(`SELECT rowid, bm25(decisions_fts, 5.0, 2.0, 1.0) AS r FROM decisions_fts WHERE decisions_fts MATCH '"council"' ORDER BY rowid`).all(),
  };
}

const searches = (db: Db) => QUERIES.map((q) => searchDecisions(db, q, { limit: 50 }));

/** A database as lgsco made it before migration 10 (contentless index), holding `texts`. */
async function olderDatabase(path: string): Promise<void> {
  const old = new Database(path);
  old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((x) => x.id < 10)) {
    old.exec(m.sql);
    m.fill?.(old);
    old.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
  }
  loadAuthorities(old);
  expect(old.prepare("SELECT sql FROM sqlite_master WHERE name = 'decisions_fts'").pluck().get()).toMatch(/contentless_delete=1/);
  await demoStore(0, old, texts);
  old.close();
}

describe('full-text index as sqlite-utils and Datasette find it (migration 10)', () => {
  it('a new database: the index names decisions as its content, and detect_fts finds it for decisions', async () => {
    const db = await demoStore(0, undefined, texts);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'decisions_fts'").pluck().get()).toMatch(/USING fts5\(title, summary, body, content="decisions", /);
    expect(detectFts(db, 'decisions')).toBe('decisions_fts');
    expect(detectFts(db, 'payments')).toBeNull();
    // sqlite-utils search's own query shape: the table's rows joined on rowid, ordered by the index's rank.
    const rows = db
      .prepare('SELECT d.case_ref FROM decisions d JOIN decisions_fts ON d.rowid = decisions_fts.rowid WHERE decisions_fts MATCH ? ORDER BY decisions_fts.rank')
      .pluck()
      .all('pothole');
    expect(rows).toEqual(['00 100 001', '00 100 005', '00 100 009', '00 100 013']);
  });

  it('an older database migrates without loss: the same search results, ranks and snippets, and the index a new store builds', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-fts-')), 'old.db');
    await olderDatabase(path);
    const oldDb = new Database(path, { readonly: true });
    const before = searches(oldDb);
    oldDb.close();
    expect(before.map((r) => r.length)).toEqual([16, 4, 4, 4, 6]);

    const db = openDatabase(path);
    expect(db.prepare('SELECT max(id) FROM migrations').pluck().get()).toBe(MIGRATIONS.at(-1)!.id);
    expect(searches(db)).toEqual(before);
    expect(db.prepare("SELECT v FROM decisions_fts_config WHERE k = 'automerge'").pluck().get()).toBe(8);
    const fresh = await demoStore(0, undefined, texts);
    expect(indexState(db)).toEqual(indexState(fresh));
    closeDatabase(db);
  });

  it('a changed decision is re-indexed exactly: its old words gone, the index as if only the new version had been stored', async () => {
    const db = await demoStore(0, undefined, texts);
    const writer = new DecisionWriter(db);
    const changed = texts.map((t, i) => (i % 3 === 0 ? t.replace('bed and breakfast', 'a caravan').replace(/Summary: .*/, 'Summary: Ms Y complained about a caravan.') : t));
    for (const [i, text] of changed.entries()) {
      if (i % 3 !== 0) continue;
      expect(writer.upsert(await parseDecision(Buffer.from(text)), `demo/${i}-v2.txt`)).toBe('updated');
    }
    expect(searchDecisions(db, 'caravan').map((h) => h.caseRef)).toHaveLength(6);
    expect(searchDecisions(db, '"bed and breakfast"')).toHaveLength(10);
    const fresh = await demoStore(0, undefined, changed);
    expect(indexState(db)).toEqual(indexState(fresh));
  });

  it('sqlite-utils search finds decisions in a database lgsco built (Debian sqlite-utils, its own SQLite)', async (ctx) => {
    const probe = spawnSync('sqlite-utils', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      ctx.skip('skipped: the sqlite-utils command is not installed (Debian: apt install sqlite-utils)');
      return;
    }
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-fts-')), 'lgsco.db');
    const db = openDatabase(path);
    await demoStore(0, db, texts);
    closeDatabase(db);
    const run = (args: string[]) => spawnSync('sqlite-utils', args, { encoding: 'utf8' });
    const found = run(['search', path, 'decisions', 'pothole', '-c', 'case_ref', '--csv']);
    expect(found.status, found.stderr).toBe(0);
    expect(found.stdout.trim().split(/\r?\n/)).toEqual(['case_ref', '00 100 001', '00 100 005', '00 100 009', '00 100 013']);
    const phrase = run(['search', path, 'decisions', 'temporary accommodation', '-c', 'case_ref', '--csv']);
    expect(phrase.stdout.trim().split(/\r?\n/)).toHaveLength(17);
    const none = run(['search', path, 'decisions', 'zeppelin', '-c', 'case_ref', '--csv']);
    expect([none.status, none.stdout.trim()]).toEqual([0, 'case_ref']);
  });
});
