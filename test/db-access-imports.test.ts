/**
 * Imports as users run them (issue 15, the rest of points 3–5 and two of 8), through the built CLI: readers beside a
 * writer, two imports into one database, Ctrl-C during an import, and a folder with a symbolic link loop. Decisions
 * are invented (test/invented-decisions.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { accessRoot, importedDatabase, lgsco, lines } from './db-access.js';
import { BIN, ROOT } from './helpers.js';
import { inventedRef, writeInventedDecisions } from './invented-decisions.js';

const root = accessRoot();

describe('many processes, one database', () => {
  it('readers take no lock a writer holds: they read while an import has its write lock, and see what it committed', () => {
    const { db } = importedDatabase(root, 'readers', 6);
    const writer = openDatabase(db);
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.exec('DELETE FROM payments');
      const totals = lgsco(['totals', '--db', db, '--format', 'json']);
      expect(totals.code).toBe(0);
      expect(JSON.parse(totals.stdout).reduce((s: number, r: { decisions: number }) => s + r.decisions, 0)).toBe(6);
      const sql = lgsco(['sql', 'SELECT count(*) AS n FROM payments', '--db', db, '--format', 'json']);
      expect(JSON.parse(sql.stdout)[0].n).toBe(6);
      expect(lgsco(['show', inventedRef(1, 2), '--db', db]).code).toBe(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('two imports into one database: each waits its turn (one line saying so) and both store every decision', async () => {
    const dir = join(root, 'two');
    const db = join(dir, 'lgsco.db');
    const a = writeInventedDecisions(join(dir, 'a'), 2, 300);
    const b = writeInventedDecisions(join(dir, 'b'), 3, 300);
    // Both start while this process holds the write lock, so they overlap whatever the machine's speed.
    const holder = openDatabase(db);
    holder.exec('BEGIN IMMEDIATE');
    const start = (input: string) => {
      const child = spawn(process.execPath, [BIN, 'import', input, '--db', db], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      const waiting = new Promise<void>((resolve) =>
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('waiting for another import')) resolve();
        }),
      );
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      return { waiting, exited, stderr: () => stderr };
    };
    const first = start(a);
    const second = start(b);
    await Promise.all([first.waiting, second.waiting]);
    holder.exec('COMMIT');
    holder.close();
    const codes = await Promise.all([first.exited, second.exited]);
    expect(codes).toEqual([0, 0]);
    for (const run of [first, second]) {
      expect(lines(run.stderr())).toEqual([
        `waiting for another import into ${db}… (one process writes at a time; this one goes on when it can)`,
        'imported 300, unchanged 0, failed 0',
      ]);
    }
    const check = new Database(db, { readonly: true });
    try {
      expect(check.prepare('SELECT count(*) AS n, count(DISTINCT key) AS k FROM decisions').get()).toEqual({ n: 600, k: 600 });
      expect(check.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(600);
      expect(check.pragma('foreign_key_check')).toEqual([]);
    } finally {
      check.close();
    }
    // Everything is in the database file: no write-ahead log left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal'))).toEqual([]);
  }, 120_000);
});

describe('Ctrl-C during an import', () => {
  it('stops, prints the summary of what it stored, and exits 130; the same command then finishes', async () => {
    const dir = join(root, 'sigint');
    const input = writeInventedDecisions(join(dir, 'in'), 4, 2000);
    const db = join(dir, 'lgsco.db');
    const child = spawn(process.execPath, [BIN, 'import', input, '--db', db], { cwd: ROOT, env: { ...process.env, LGSCO_WORKERS: '0' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const stored = (): number => {
      try {
        const conn = openDatabase(db, { readonly: true });
        try {
          return conn.prepare('SELECT count(*) FROM decisions').pluck().get() as number;
        } finally {
          conn.close();
        }
      } catch {
        return 0; // not made yet
      }
    };
    // Once a first batch is stored (its progress), and while the import is still going.
    while (stored() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const n = stored();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(2000);
    const out = lines(stderr);
    expect(out[0]).toBe('stopping: storing what has been read so far (Ctrl-C again to quit at once)');
    expect(out.at(-2)).toMatch(/^interrupted: \d+ of 2000 files not read; the decisions counted below are stored, and the same command run again finishes the import$/);
    expect(out.at(-1)).toBe(`imported ${n}, unchanged 0, failed 0`);
    expect(stderr).not.toMatch(/\n\s+at /);
    const rerun = lgsco(['import', input, '--db', db]);
    expect(rerun.code).toBe(0);
    expect(lines(rerun.stderr).at(-1)).toBe(`imported ${2000 - n}, unchanged ${n}, failed 0`);
  }, 120_000);
});

describe('a symbolic link loop in an import folder', () => {
  it('is noted once and not followed; the files are read once', () => {
    const dir = join(realpathSync(root), 'links');
    writeInventedDecisions(join(dir, 'sub'), 5, 3);
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const db = join(root, 'links.db');
    const r = lgsco(['import', dir, '--db', db]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      `note: ${join(dir, 'loop-a')}: a loop of links (each leads to the next and back): not followed`,
      `note: ${join(dir, 'loop-b')}: a loop of links (each leads to the next and back): not followed`,
      `note: ${join(dir, 'self')}: links back to ${dir}, a folder it is in: a loop, not followed`,
      `note: ${join(dir, 'sub', 'up')}: links back to ${dir}, a folder it is in: a loop, not followed`,
      'imported 3, unchanged 0, failed 0',
    ]);
    const parsed = lgsco(['parse', dir]);
    expect(parsed.code).toBe(0);
    expect(lines(parsed.stdout)).toHaveLength(3);
    expect(lines(parsed.stderr)).toHaveLength(4);
  });
});
