/**
 * The store as a library: records in and out of an in-memory or temporary database (rows, upserts, superseded
 * publications, totals, search, migrations). The same through the built binary is store-cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.js';
import { parseDecision } from '../src/index.js';
import Database from 'better-sqlite3';
import { openDatabase, StoreError } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { findDecisions, queryTotals, searchDecisions, toFtsQuery } from '../src/store/queries.js';
import { FIXTURES } from './helpers.js';

const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', name));
const html = (name: string) => readFileSync(join(FIXTURES, 'html', name));
/**
 * An invented decision with money (Samplebury City Council, 00 004 890: £1,100), and the body, address and reference
 * of its republications below: copies of a real decision under other references would be invented decisions naming
 * a real body.
 */
const invented = () => parseDecision(readFileSync(join(FIXTURES, 'remedy-synthetic', '10-parenthesised-breakdown-repeated.txt')));
const INVENTED_BODY = 'Samplebury City Council';
const INVENTED_BASE = 'https://www.lgo.org.uk/decisions/adult-care-services/direct-payments/';
/** The same report under another invented reference. */
const otherRef = (d: Decision): Decision => ({ ...d, caseRef: '00 004 891', url: `${INVENTED_BASE}00-004-891` });
/** The same reference republished later under another category, with a review section. */
const republished = (d: Decision): Decision => ({
  ...d,
  url: 'https://www.lgo.org.uk/decisions/adult-care-services/charging/00-004-890',
  decisionDate: '2026-01-10',
  sections: [...d.sections, { heading: 'Review', paragraphs: [{ n: null, text: 'We reviewed our decision.' }] }],
});

async function memoryStore() {
  const db = openDatabase(':memory:');
  const writer = new DecisionWriter(db);
  const d1 = await parseDecision(seed('001-hampshire-23-015-499.txt'));
  const d4 = await parseDecision(html('seed-004.html'));
  const closed = await parseDecision(html('statement-closed.html'), { url: 'https://www.lgo.org.uk/decisions/planning/enforcement/00-016-305' });
  for (const [d, at] of [[d1, 'a'], [d4, 'b'], [closed, 'c']] as const) writer.upsert(d, at);
  return { db, writer, d1, d4, closed };
}

describe('store', () => {
  it('stores records with their organisations, payments, evidence and body', async () => {
    const { db } = await memoryStore();
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('decisions')).toBe(3);
    expect(count('payments')).toBe(5); // 001: £100 + £50; 004: £600 + £400 + £300
    const kent = db.prepare("SELECT authority_code, total_pence, recommended_pence FROM decisions WHERE case_ref = '24 004 875'").get();
    expect(kent).toEqual({ authority_code: 'KEN', total_pence: 130000, recommended_pence: 130000 });
    const [record] = findDecisions(db, '24-004-875');
    expect(record!.remedy.payments.map((p) => p.amountPence)).toEqual([60000, 40000, 30000]);
    expect(record!.sections.length).toBeGreaterThan(5);
  });

  it('re-storing the same record changes nothing; a changed page is updated and its old version kept', async () => {
    const { db, writer, d1 } = await memoryStore();
    const dump = () => JSON.stringify(db.prepare('SELECT * FROM decisions ORDER BY id').all());
    const before = dump();
    expect(writer.upsert(d1, 'a')).toBe('unchanged');
    expect(dump()).toBe(before);
    const changed = { ...d1, sourceSha256: 'f'.repeat(64), remedy: { ...d1.remedy, totalPence: 99900, recommendedPence: 99900 } };
    expect(writer.upsert(changed, 'a2')).toBe('updated');
    const row = db.prepare("SELECT id, total_pence FROM decisions WHERE case_ref = '23 015 499'").get() as { id: number; total_pence: number };
    expect(row.total_pence).toBe(99900);
    const history = db.prepare('SELECT source_sha256 FROM decision_history WHERE decision_id = ?').all(row.id);
    expect(history).toEqual([{ source_sha256: d1.sourceSha256 }]);
  });

  it('one report under several references: stored once per address, money counted once', async () => {
    const { db, writer } = await memoryStore();
    const d = await invented();
    expect(writer.upsert(d, 'first')).toBe('imported');
    expect(writer.upsert(otherRef(d), 'copy')).toBe('imported');
    const rows = queryTotals(db, { by: 'council', council: INVENTED_BODY });
    expect(rows).toEqual([{ key: INVENTED_BODY, decisions: 2, decisionsWithPayment: 2, totalPence: 110000, recommendedPence: 110000, checkPence: 0 }]);
  });

  it('a reference republished later supersedes its first publication, whatever the order they are stored in', async () => {
    const d = await invented();
    // A and B: one report under two references (same body). C: A's reference republished later, with a new body and sum.
    const a = d;
    const b = otherRef(d);
    const c = { ...republished(d), remedy: { ...d.remedy, totalPence: 50000, recommendedPence: 50000 } };
    for (const order of [[a, b, c], [c, a, b], [b, c, a]]) {
      const db = openDatabase(':memory:');
      const writer = new DecisionWriter(db);
      order.forEach((d, i) => writer.upsert(d, `at-${i}`));
      const counting = (db.prepare('SELECT url FROM decisions WHERE counts_money ORDER BY url').all() as { url: string }[]).map((r) => r.url);
      // A no longer counts (C supersedes it), so B, which shares A's body, is the one that counts for that report.
      expect(counting).toEqual([b.url, c.url].sort());
      expect(queryTotals(db, { by: 'council', council: INVENTED_BODY })).toEqual([
        { key: INVENTED_BODY, decisions: 3, decisionsWithPayment: 3, totalPence: 110000 + 50000, recommendedPence: 110000 + 50000, checkPence: 0 },
      ]);
      db.close();
    }
  });

  it('totals by council, year, outcome and category with filters and per-capita figures', async () => {
    const { db } = await memoryStore();
    expect(queryTotals(db, { by: 'year' }).map((r) => [r.key, r.decisions, r.totalPence])).toEqual([
      ['2024', 1, 15000],
      ['2025', 2, 130000],
    ]); // years in date order
    expect(queryTotals(db, { by: 'year', sort: 'total' }).map((r) => r.key)).toEqual(['2025', '2024']);
    expect(queryTotals(db, { by: 'outcome' }).map((r) => r.key)).toEqual(['upheld', 'closed_after_initial_enquiries']);
    expect(queryTotals(db, { by: 'council', from: '2025-01-01' }).map((r) => r.key)).toEqual(['Kent County Council', 'Sampleton, Exampleford and Demouth Council']);
    expect(queryTotals(db, { by: 'category', category: 'planning' }).map((r) => r.key)).toEqual(['Planning']);
    const [kent] = queryTotals(db, { by: 'council', council: 'Kent', perCapita: true, minDecisions: 1 });
    expect(kent!.population).toBeGreaterThan(1_000_000);
    expect(kent!.perHundredThousandPence).toBe(Math.round((130000 * 100000) / kent!.population!));
    expect(queryTotals(db, { by: 'nation' })[0]!.key).toBe('England');
  });

  it('full-text search ranks matches and gives snippets', async () => {
    const { db } = await memoryStore();
    const hits = searchDecisions(db, 'direct payments', { limit: 5 });
    expect(hits[0]!.caseRef).toBe('24 004 875');
    expect(hits[0]!.snippet).toMatch(/«direct» «payments»/i);
    expect(searchDecisions(db, 'zebra crossing unicorn')).toEqual([]);
    expect(toFtsQuery('fence OR "raised decking" NEAR(')).toBe('"fence" "OR" "raised decking" "NEAR"');
  });

  it('a word in very many decisions ranks only the most recently stored candidates (bounded cost)', async () => {
    const { db } = await memoryStore();
    const ids = (db.prepare('SELECT id FROM decisions ORDER BY id DESC').all() as { id: number }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const all = searchDecisions(db, 'council', { limit: 50 });
    expect(all).toHaveLength(ids.length);
    const capped = searchDecisions(db, 'council', { limit: 50, candidates: 2 });
    const newest = db.prepare('SELECT case_ref FROM decisions WHERE id >= ?').all(ids[1]!) as { case_ref: string }[];
    expect(capped.map((h) => h.caseRef).sort()).toEqual(newest.map((r) => r.case_ref).sort());
  });

  it('opening a database made by an older version applies the missing migrations', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig-')), 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    old.exec(MIGRATIONS[0]!.sql);
    old.prepare('INSERT INTO migrations VALUES (1, ?, ?)').run(MIGRATIONS[0]!.name, '2026-01-01T00:00:00Z');
    old.close();
    const db = openDatabase(path);
    expect((db.prepare('SELECT id FROM migrations ORDER BY id').all() as { id: number }[]).map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'decisions_g_council'").get()).toBeTruthy();
    // Migration 5: the full-text index merges its segments 8 at a time (FTS5 keeps the setting in its config table).
    expect(db.prepare("SELECT v FROM decisions_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 8 });
    db.close();
  });

  it("a new database's full-text index merges segments 8 at a time, and still finds phrases", async () => {
    const db = openDatabase(':memory:');
    expect(db.prepare("SELECT v FROM decisions_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 8 });
    new DecisionWriter(db).upsert(await parseDecision(html('seed-001.html')), 'seed-001.html');
    expect(db.prepare(`SELECT count(*) AS n FROM decisions_fts WHERE decisions_fts MATCH '"the council"'`).get()).toEqual({ n: 1 });
    db.close();
  });

  it('a page whose reference changed gives its old reference back to the publication it had superseded', async () => {
    const d = await invented();
    const db = openDatabase(':memory:');
    const writer = new DecisionWriter(db);
    const later = republished(d);
    writer.upsert(d, 'first');
    writer.upsert(later, 'review');
    const counting = () => (db.prepare('SELECT url FROM decisions WHERE counts_money ORDER BY url').all() as { url: string }[]).map((r) => r.url);
    expect(counting()).toEqual([later.url]);
    // The review page is corrected: it is another reference's decision. The first publication counts again.
    writer.upsert({ ...later, caseRef: '00 000 001', sourceSha256: 'f'.repeat(64) }, 'review-corrected');
    expect(counting()).toEqual([d.url, later.url].sort());
    db.close();
  });

  it('migration 4 recounts the publications a database stored before the fix', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig4-')), 'old.db');
    const d = await invented();
    const b = otherRef(d);
    const c = republished(d);
    const db = openDatabase(path);
    const writer = new DecisionWriter(db);
    [d, b, c].forEach((x, i) => writer.upsert(x, `at-${i}`));
    // What the earlier writer left: B (the other reference to A's text) counted by nobody once C superseded A.
    db.prepare('UPDATE decisions SET counts_money = 0 WHERE url = ?').run(b.url);
    db.prepare('DELETE FROM migrations WHERE id = 4').run();
    db.close();
    const reopened = openDatabase(path);
    const counting = (reopened.prepare('SELECT url FROM decisions WHERE counts_money ORDER BY url').all() as { url: string }[]).map((r) => r.url);
    expect(counting).toEqual([b.url, c.url].sort());
    reopened.close();
  });

  it('a corrupt or foreign database file gives a clear error naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-db-'));
    const bad = join(dir, 'not-a-db.db');
    writeFileSync(bad, 'this is not a database'.repeat(100));
    expect(() => openDatabase(bad)).toThrow(StoreError);
    expect(() => openDatabase(bad)).toThrow(new RegExp(`${bad}: not an lgsco database: not an SQLite file at all`));
  });
});
