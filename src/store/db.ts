import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LgscoError } from '../errors.js';
import { loadAuthorityIndex } from '../authorities/index.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** The database cannot be opened or written: names the file and why. */
export class StoreError extends LgscoError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`, 'STORE', 1);
  }
}

/** Turn SQLite's messages into ones a user can act on. */
function explain(path: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const message = (err as Error).message ?? String(err);
  if (/file is not a database|malformed/i.test(message)) return new StoreError(path, `not an lgsco database or corrupt (${message})`);
  if (/readonly|read-only|EACCES|permission/i.test(message)) return new StoreError(path, `cannot write to the database (${message}); check the file's permissions or use --db`);
  if (/unable to open|SQLITE_CANTOPEN|ENOENT|directory does not exist/i.test(message)) return new StoreError(path, `cannot open the database (${message})`);
  return new StoreError(path, message);
}

/** Apply the migrations this database has not seen, each in its own transaction. */
export function migrate(db: Db): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT id FROM migrations').all() as { id: number }[]).map((r) => r.id));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.fill?.(db);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
      if (m.id === 1) loadAuthorities(db);
    })();
    applied.push(m.id);
  }
  return applied;
}

/** Copy the local authority lookup (mySociety, CC-BY-4.0) into the database, for names, nations and populations. */
export function loadAuthorities(db: Db): void {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO authorities (code, gss_code, official_name, nice_name, type, type_name, nation, region, population, start_date, end_date)
     VALUES (@code, @gss, @officialName, @niceName, @type, @typeName, @nation, @region, @population, @startDate, @endDate)`,
  );
  for (const a of loadAuthorityIndex().authorities) insert.run({ ...a, region: a.region ?? null });
}

function openReadonly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('query_only = ON');
  // Touch the schema so a corrupt or foreign file fails here, with the file named.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

/** Whether an lgsco database (one with a migrations table) lacks a migration this version has. */
function pendingMigrations(db: Db): boolean {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get()) return false;
  const done = new Set(db.prepare('SELECT id FROM migrations').pluck().all() as number[]);
  return MIGRATIONS.some((m) => !done.has(m.id));
}

function upgrade(path: string): void {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new StoreError(path, `made by an older lgsco and cannot be upgraded here (${(err as Error).message}): open it once with write access (lgsco import)`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/readonly|read-only|EACCES|permission/i.test(message)) {
      throw new StoreError(path, `made by an older lgsco and cannot be upgraded here (${message}): open it once with write access (lgsco import)`);
    }
    throw err;
  } finally {
    db.close();
  }
}

export interface OpenOptions {
  /**
   * Open for reading only (queries, `lgsco sql`): writes refused by SQLite. A database made by an older lgsco is
   * upgraded first (its migrations applied on a connection of their own), as opening it to write would.
   */
  readonly?: boolean;
}

/**
 * Open (creating and migrating when needed) an lgsco database. WAL mode and a busy timeout let an import run while
 * another process queries. ":memory:" works for tests.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (options.readonly) {
      db = openReadonly(path);
      if (pendingMigrations(db)) {
        // A database made by an older lgsco: upgraded once, on a connection of its own, then read as asked.
        db.close();
        upgrade(path);
        db = openReadonly(path);
      }
      return db;
    }
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    throw explain(path, err);
  }
}
