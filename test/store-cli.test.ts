/**
 * The store through the built binary: import (bad files, re-imports, changed pages, a kill half-way), totals, search,
 * show, export and sql on a database of the committed fixtures. The library underneath is store.test.ts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { BIN, FIXTURES, ROOT } from './helpers.js';

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
    expect(json.find((r) => r.key === 'London Borough of Exampleden')).toMatchObject({ decisions: 1, totalPence: 150000 });
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
    // Copies of the invented statement-closed.html under invented references (00 NNN 777 / 778): a real decision
    // copied under another reference would be an invented decision naming a real body.
    const page = readFileSync(join(FIXTURES, 'html', 'statement-closed.html'), 'utf8');
    for (let i = 0; i < PAGES; i++) {
      const ref = `00 ${String(i % 1000).padStart(3, '0')} ${i < 1000 ? 777 : 778}`;
      writeFileSync(join(big, `p${String(i).padStart(4, '0')}.html`), page.replace(/\(00 016 305\)/g, `(${ref})`));
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
