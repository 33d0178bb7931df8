/**
 * The explorer and its database (issue 15): it refuses a file that is not an lgsco database rather than answer every
 * page with an error, reads a database in a folder nobody may write, and never keeps an import waiting. Decisions are
 * invented (test/invented-decisions.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startExplorer } from '../../src/serve/server.js';
import { StoreError } from '../../src/store/db.js';
import { BIN, ROOT } from '../helpers.js';
import { inventedRef, writeInventedDecisions } from '../invented-decisions.js';
import { canReadAsAnotherUser, READ_ONLY_SKIP_MESSAGE, readerSpawnOptions } from '../read-only-user.js';

const root = mkdtempSync(join(tmpdir(), 'lgsco-serve-db-'));
afterAll(() => {
  for (const d of readdirSync(root)) chmodSync(join(root, d), 0o755);
  rmSync(root, { recursive: true, force: true });
});

function importInto(db: string, input: string): void {
  const r = spawnSync(process.execPath, [BIN, 'import', input, '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '0' } });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
}

describe('lgsco serve and its database', () => {
  it('refuses to start on a file that is not an lgsco database, naming it, and listens on nothing', async () => {
    const empty = join(root, 'empty.db');
    writeFileSync(empty, '');
    const logged: string[] = [];
    await expect(startExplorer({ db: empty, port: 0, log: (l) => logged.push(l) })).rejects.toThrow(StoreError);
    await expect(startExplorer({ db: empty, port: 0 })).rejects.toThrow(`${empty}: an empty file, not an lgsco database (lgsco import makes one in it)`);
    const foreign = join(root, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE x (a)');
    f.close();
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--db', foreign], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error: ${foreign}: not an lgsco database: an SQLite database with other tables (x)\n`);
    expect(logged).toEqual([]);
  });

  it('an import into the database it serves is not kept waiting, and the explorer shows what it stored', async () => {
    const db = join(root, 'live.db');
    importInto(db, writeInventedDecisions(join(root, 'live-1'), 6, 4));
    const explorer = await startExplorer({ db, port: 0, log: () => {} });
    try {
      const before = await (await fetch(new URL('/', explorer.url))).text();
      expect(before).toContain('<dd id="stat-decisions">4</dd>');
      importInto(db, writeInventedDecisions(join(root, 'live-2'), 7, 5));
      const after = await (await fetch(new URL('/', explorer.url))).text();
      expect(after).toContain('<dd id="stat-decisions">9</dd>');
    } finally {
      await explorer.close();
    }
  });

  const skip = !canReadAsAnotherUser();
  if (skip) console.warn(READ_ONLY_SKIP_MESSAGE);
  it.skipIf(skip).each([['rollback-journal mode'], ['WAL mode']])('serves a database in a folder nobody may write (%s)', async (mode) => {
    const tag = mode.startsWith('WAL') ? 'wal' : 'rollback';
    const source = join(root, `source-${tag}.db`);
    importInto(source, writeInventedDecisions(join(root, `ro-in-${tag}`), 8, 6));
    const dir = join(root, `ro-${tag}`);
    mkdirSync(dir);
    const db = join(dir, 'lgsco.db');
    cpSync(source, db);
    if (mode.startsWith('WAL')) {
      const w = new Database(db);
      w.pragma('journal_mode = WAL');
      w.close();
    }
    chmodSync(db, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(root, 0o755);
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], { cwd: ROOT, ...readerSpawnOptions() });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    try {
      for (const path of ['/', '/totals?by=council', '/decisions', '/search?q=roof', `/decision/${inventedRef(8, 1).replace(/ /g, '-')}`, '/totals.csv?by=year']) {
        const res = await fetch(new URL(path, url));
        expect(res.status, path).toBe(200);
        await res.text();
      }
      const page = await (await fetch(new URL('/', url))).text();
      expect(page).toContain('<dd id="stat-decisions">6</dd>');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    if (mode.startsWith('WAL')) expect(stderr).toMatch(/note: .*lgsco\.db is in WAL mode in a folder you cannot write, so SQLite cannot read it in place: reading a copy in memory/);
    expect(stderr).not.toMatch(/Error/);
    expect(readdirSync(dir)).toEqual(['lgsco.db']);
  }, 60_000);
});
