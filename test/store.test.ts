import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.js';
import Database from 'better-sqlite3';
import { openDatabase, StoreError } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { findDecisions, queryTotals, searchDecisions, toFtsQuery } from '../src/store/queries.js';
import { BIN, FIXTURES, ROOT } from './helpers.js';

const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', name));
const html = (name: string) => readFileSync(join(FIXTURES, 'html', name));

async function memoryStore() {
  const db = openDatabase(':memory:');
  const writer = new DecisionWriter(db);
  const d1 = await parseDecision(seed('001-hampshire-23-015-499.txt'));
  const d4 = await parseDecision(html('seed-004.html'));
  const closed = await parseDecision(html('statement-closed.html'), { url: 'https://www.lgo.org.uk/decisions/planning/enforcement/24-016-305' });
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
    const { db, writer, d4 } = await memoryStore();
    const copy = { ...d4, caseRef: '24 004 876', url: 'https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-876' };
    expect(writer.upsert(copy, 'copy')).toBe('imported');
    const rows = queryTotals(db, { by: 'council', council: 'Kent County Council' });
    expect(rows).toEqual([{ key: 'Kent County Council', decisions: 2, decisionsWithPayment: 2, totalPence: 130000, recommendedPence: 130000, checkPence: 0 }]);
  });

  it('a reference republished later supersedes its first publication, whatever the order they are stored in', async () => {
    const d4 = await parseDecision(html('seed-004.html'));
    const base = 'https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/';
    // A and B: one report under two references (same body). C: A's reference republished later, with a new body and sum.
    const a = d4;
    const b = { ...d4, caseRef: '24 004 876', url: `${base}24-004-876` };
    const c = {
      ...d4,
      url: "https://www.lgo.org.uk/decisions/education/special-educational-needs/24-004-875",
      decisionDate: '2026-01-10',
      sections: [...d4.sections, { heading: 'Review', paragraphs: [{ n: null, text: 'We reviewed our decision.' }] }],
      remedy: { ...d4.remedy, totalPence: 50000, recommendedPence: 50000 },
    };
    for (const order of [[a, b, c], [c, a, b], [b, c, a]]) {
      const db = openDatabase(':memory:');
      const writer = new DecisionWriter(db);
      order.forEach((d, i) => writer.upsert(d, `at-${i}`));
      const counting = (db.prepare('SELECT url FROM decisions WHERE counts_money ORDER BY url').all() as { url: string }[]).map((r) => r.url);
      // A no longer counts (C supersedes it), so B, which shares A's body, is the one that counts for that report.
      expect(counting).toEqual([b.url, c.url].sort());
      expect(queryTotals(db, { by: 'council', council: 'Kent County Council' })).toEqual([
        { key: 'Kent County Council', decisions: 3, decisionsWithPayment: 3, totalPence: 130000 + 50000, recommendedPence: 130000 + 50000, checkPence: 0 },
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
    expect(queryTotals(db, { by: 'council', from: '2025-01-01' }).map((r) => r.key)).toEqual(['Kent County Council', 'Bournemouth, Christchurch and Poole Council']);
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
    const d4 = await parseDecision(html('seed-004.html'));
    const db = openDatabase(':memory:');
    const writer = new DecisionWriter(db);
    const later = {
      ...d4,
      decisionDate: '2026-01-10',
      url: 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-004-875',
      sections: [...d4.sections, { heading: 'Review', paragraphs: [{ n: null, text: 'We reviewed our decision.' }] }],
    };
    writer.upsert(d4, 'first');
    writer.upsert(later, 'review');
    const counting = () => (db.prepare('SELECT url FROM decisions WHERE counts_money ORDER BY url').all() as { url: string }[]).map((r) => r.url);
    expect(counting()).toEqual([later.url]);
    // The review page is corrected: it is another reference's decision. The first publication counts again.
    writer.upsert({ ...later, caseRef: '25 000 001', sourceSha256: 'f'.repeat(64) }, 'review-corrected');
    expect(counting()).toEqual([d4.url, later.url].sort());
    db.close();
  });

  it('migration 4 recounts the publications a database stored before the fix', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig4-')), 'old.db');
    const d4 = await parseDecision(html('seed-004.html'));
    const b = { ...d4, caseRef: '24 004 876', url: 'https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-876' };
    const c = { ...d4, url: 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-004-875', decisionDate: '2026-01-10', sections: [...d4.sections, { heading: 'Review', paragraphs: [{ n: null, text: 'We reviewed our decision.' }] }] };
    const db = openDatabase(path);
    const writer = new DecisionWriter(db);
    [d4, b, c].forEach((d, i) => writer.upsert(d, `at-${i}`));
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

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('lgsco import / totals / search / show / export / sql (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-cli-'));
  const db = join(dir, 'test.db');
  const input = join(dir, 'in');
  cpSync(join(FIXTURES, 'html'), input, { recursive: true });
  cpSync(join(FIXTURES, 'seeds'), join(input, 'seeds'), { recursive: true });
  writeFileSync(join(input, 'garbage.html'), '<html><body>nothing here</body></html>');
  const dumpDb = () => execFileSync(process.execPath, [BIN, 'sql', 'SELECT * FROM decisions ORDER BY id', '--db', db, '--format', 'json'], { encoding: 'utf8' });

  it('imports a folder, reports the bad file and goes on; re-importing changes nothing', () => {
    const first = cli(['import', input, '--db', db]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/garbage\.html: title: not an LGSCO decision/);
    expect(first.stderr.trim().split('\n').at(-1)).toMatch(/^imported \d+, unchanged 0, failed 1$/);
    const dump = dumpDb();
    const again = cli(['import', input, '--db', db]);
    expect(again.stderr.trim().split('\n').at(-1)).toMatch(/^imported 0, unchanged \d+, failed 1$/);
    expect(dumpDb()).toBe(dump);
  });

  it('a changed page re-imported replaces its rows in place, keeps the old version, and leaves no orphan rows', () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'lgsco-changed-'));
    const page = join(dir2, 'seed-001.html');
    const db2 = join(dir2, 'changed.db');
    const original = readFileSync(join(FIXTURES, 'html', 'seed-001.html'), 'utf8');
    writeFileSync(page, original);
    expect(cli(['import', page, '--db', db2]).code).toBe(0);
    // The same decision republished with its £100 payment now £999.
    expect(original).toContain('&#163;100');
    writeFileSync(page, original.replaceAll('&#163;100', '&#163;999'));
    const again = cli(['import', page, '--db', db2]);
    expect(again.stderr).toMatch(/1 of them updated in place/);
    const ro = new Database(db2, { readonly: true });
    try {
      expect(ro.pragma('foreign_key_check')).toEqual([]);
      const { id } = ro.prepare('SELECT id FROM decisions').get() as { id: number };
      expect((ro.prepare('SELECT count(*) AS n FROM decision_history WHERE decision_id = ?').get(id) as { n: number }).n).toBe(1);
      const amounts = (ro.prepare('SELECT amount_pence FROM payments WHERE decision_id = ? ORDER BY position').all(id) as { amount_pence: number }[]).map((r) => r.amount_pence);
      expect(amounts).toContain(99900);
      // The child rows are exactly those of a fresh import of the new page: none of the old version's is left.
      const fresh = join(dir2, 'fresh.db');
      expect(cli(['import', page, '--db', fresh]).code).toBe(0);
      const ro2 = new Database(fresh, { readonly: true });
      for (const t of ['payments', 'paragraphs', 'actions', 'faults', 'decision_organisations', 'unquantified_remedies']) {
        const all = (d: Database.Database) => d.prepare(`SELECT * FROM ${t} ORDER BY decision_id, position`).all();
        expect(all(ro), t).toEqual(all(ro2));
      }
      ro2.close();
    } finally {
      ro.close();
    }
  });

  it('totals as a table, CSV and JSON; bad dates and groups are usage errors', () => {
    const table = cli(['totals', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^COUNCIL\s+DECISIONS\s+WITH £\s+TOTAL\s+RECOMMENDED\s+CHECK$/m);
    expect(table.stdout).toMatch(/Kent County Council\s+\d+\s+\d+\s+£1,300\s+£1,300/);
    const json = JSON.parse(cli(['totals', '--db', db, '--format', 'json', '--by', 'council']).stdout) as { key: string }[];
    // Kent: the seed as text (no address) and as HTML is one decision (one row, both files its sources): money counts once.
    expect(json.find((r) => r.key === 'Kent County Council')).toEqual({ key: 'Kent County Council', decisions: 1, decisionsWithPayment: 1, totalPence: 130000, recommendedPence: 130000, checkPence: 0 });
    // The two-chapter report is stored once, joined: its £1,500 breakdown is in chapter 1.
    expect(json.find((r) => r.key === 'London Borough of Enfield')).toMatchObject({ decisions: 1, totalPence: 150000 });
    expect(cli(['totals', '--db', db, '--format', 'csv', '--by', 'year']).stdout.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds');
    const bad = cli(['totals', '--db', db, '--from', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from: expected a date YYYY-MM-DD/);
    expect(cli(['totals', '--db', db, '--by', 'galaxy']).code).toBe(2);
  });

  it('search, show and export', () => {
    const search = cli(['search', 'direct', 'payments', '--db', db, '--limit', '2']);
    expect(search.stdout).toMatch(/^24 004 875/);
    const show = cli(['show', '24 004 875', '--db', db]);
    expect(show.stdout).toMatch(/£600 {2}recommended to Mrs B/);
    expect(show.stdout).toMatch(/“Apologises to Mrs B and makes a symbolic payment of £1300/);
    expect(cli(['show', '99 999 999', '--db', db]).code).toBe(1);
    const csv = cli(['export', '--format', 'csv', '--db', db]).stdout;
    expect(csv.split('\n')[0]).toMatch(/^case_ref,url,organisation,authority_code,gss_code,/);
    const stored = JSON.parse(cli(['sql', 'SELECT count(*) AS n FROM decisions', '--db', db, '--format', 'json']).stdout)[0].n as number;
    expect(csv.match(/^\d\d \d\d\d \d\d\d[a-z]?,/gm)).toHaveLength(stored);
    const payments = cli(['export', '--format', 'csv', '--payments', '--db', db]).stdout;
    expect(payments).toMatch(/24 004 875,.*,60000,600\.00,recommended,Mrs B/);
    const out = join(dir, 'decisions.csv');
    const toFile = cli(['export', '--out', out, '--db', db]);
    expect(toFile.stderr).toMatch(new RegExp(`wrote ${stored} decisions to`));
    expect(readFileSync(out, 'utf8')).toBe(csv);
    const badOut = cli(['export', '--out', join(dir, 'no', 'such', 'dir.csv'), '--db', db]);
    expect(badOut.code).toBe(1);
    expect(badOut.stderr).toMatch(/--out .*dir\.csv: cannot write the file \(ENOENT\)/);
    const jsonl = cli(['export', '--format', 'jsonl', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.length).toBe(stored);
    expect(jsonl.every((r) => Array.isArray(r.sections))).toBe(true);
  });

  it('sql runs read-only queries and refuses writes', () => {
    const ok = cli(['sql', 'SELECT count(*) AS n FROM payments', '--db', db, '--format', 'json']);
    expect(JSON.parse(ok.stdout)[0].n).toBeGreaterThan(0);
    for (const q of ['DELETE FROM decisions', 'DROP TABLE payments', "UPDATE decisions SET total_pence = 0", 'INSERT INTO authorities (code, official_name, nice_name) VALUES (1, 2, 3)']) {
      const r = cli(['sql', q, '--db', db]);
      expect(r.code, q).toBe(1);
      expect(r.stderr, q).toMatch(/only read-only queries are allowed|readonly|read-only/i);
    }
    expect(cli(['sql', 'SELECT count(*) FROM decisions', '--db', db]).stdout).toMatch(/\d/);
  });

  it('a read-only database file: the import fails clearly and nothing stored is lost', () => {
    const ro = join(dir, 'ro.db');
    cpSync(db, ro);
    chmodSync(ro, 0o444);
    if (process.getuid?.() === 0) return; // root ignores file permissions: nothing to test
    const r = cli(['import', join(FIXTURES, 'seeds'), '--db', ro]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write|readonly/i);
  });

  it('an import killed half-way leaves a database that opens, and a re-run completes', async () => {
    const big = join(dir, 'many');
    mkdirSync(big);
    const PAGES = 2000;
    // Enough pages that the import is still running when its first batch is committed (400 finished in under a
    // second on a fast run, before the kill, half the time).
    for (let i = 0; i < PAGES; i++) {
      const src = i % 2 ? 'seed-001.html' : 'statement-closed.html';
      const ref = `2${i % 2 ? 3 : 4} ${String(i % 1000).padStart(3, '0')} ${i < 1000 ? 777 : 778}`;
      const text = readFileSync(join(FIXTURES, 'html', src), 'utf8')
        .replace(/\(2[34] 01[56] [34]\d\d\)/g, `(${ref})`)
        .replace(/\/2[34]-01[56]-[34]\d\d"/g, `/${ref.replace(/ /g, '-')}"`);
      writeFileSync(join(big, `p${String(i).padStart(4, '0')}.html`), text);
    }
    const killDb = join(dir, 'kill.db');
    const child = spawn(process.execPath, [BIN, 'import', big, '--db', killDb], { env: { ...process.env, LGSCO_WORKERS: '0' } });
    // Kill it once some batches are committed but before it finishes.
    const stored = (): number => {
      try {
        const conn = openDatabase(killDb, { readonly: true });
        try {
          return (conn.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number }).n;
        } finally {
          conn.close();
        }
      } catch {
        return 0; // not created yet
      }
    };
    const exited = new Promise((r) => child.on('exit', r));
    for (let t = 0; t < 1000 && stored() === 0; t++) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    expect(stored()).toBeGreaterThan(0);
    expect(stored()).toBeLessThan(PAGES);
    const partial = cli(['sql', 'SELECT count(*) AS n FROM decisions', '--db', killDb, '--format', 'json']);
    expect(partial.code).toBe(0);
    const rerun = cli(['import', big, '--db', killDb]);
    expect(rerun.code).toBe(0);
    const n = JSON.parse(cli(['sql', 'SELECT count(DISTINCT key) AS k, count(*) AS n FROM decisions', '--db', killDb, '--format', 'json']).stdout)[0];
    expect(n).toEqual({ k: PAGES, n: PAGES });
  }, 60_000);

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});
