import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadAuthorityIndex } from '../authorities/index.js';
import { inspectDatabaseFile, readableCopy } from './db-file.js';
import { MIGRATIONS } from './migrations.js';
import { StoreError, isSqliteError, storeError } from './store-error.js';

export { StoreError } from './store-error.js';
export type Db = Database.Database;

/** How long a reader waits for a lock (only ever a moment: in WAL mode readers do not wait for writers). */
const READER_BUSY_MS = 5000;
/**
 * How long a writer's statements wait for another writer's transaction (an import's batch lasts about a second; an
 * import into a new database waits for the other's migrations). An import waits for its batches' turn without a
 * limit, and can be stopped while it waits (beginWrite).
 */
const WRITER_BUSY_MS = 60_000;
/** How often a writer waiting for its turn tries again. */
const WAIT_POLL_MS = 25;

/** Whether the database has the migrations table of an lgsco database (other programs name a table so too). */
function isLgsco(db: Db): boolean {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get()) return false;
  try {
    return db.prepare('SELECT name FROM migrations WHERE id = 1').pluck().get() === MIGRATIONS[0]!.name;
  } catch (err) {
    if (isSqliteError(err) && /^SQLITE_(?:CORRUPT|NOTADB|IOERR)/.test(err.code)) throw err; // damaged, not foreign
    return false; // a migrations table of another shape
  }
}

/** The tables a database holds, for saying what a foreign one is. */
function tableNames(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
}

/** Refuse a database that is not lgsco's, saying what it is (one with no tables is `emptyOk` for a writer). */
function checkLgsco(db: Db, path: string, emptyOk: boolean): void {
  if (isLgsco(db)) return;
  const tables = tableNames(db);
  if (tables.length === 0) {
    if (emptyOk) return;
    throw new StoreError(path, 'not an lgsco database: an SQLite database with no tables (lgsco import makes one)');
  }
  const listed = tables.length > 5 ? `${tables.slice(0, 5).join(', ')}, …` : tables.join(', ');
  const refusal = emptyOk ? '; lgsco does not add its tables to another database: give another --db' : '';
  throw new StoreError(path, `not an lgsco database: an SQLite database with other tables (${listed})${refusal}`);
}

/** The migrations this database has not had (all of them for a new one). */
function pendingMigrationIds(db: Db): number[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get()) return MIGRATIONS.map((m) => m.id);
  const done = new Set(db.prepare('SELECT id FROM migrations').pluck().all() as number[]);
  return MIGRATIONS.filter((m) => !done.has(m.id)).map((m) => m.id);
}

/**
 * Apply the migrations this database has not seen, each in its own transaction. Each takes the write lock first
 * (BEGIN IMMEDIATE) and looks again inside it, so two processes opening a new database at once apply each migration
 * once; a database that is up to date is only read.
 */
export function migrate(db: Db): number[] {
  if (pendingMigrationIds(db).length === 0) return [];
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  }).immediate();
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM migrations WHERE id = ?').get(m.id)) return; // applied by another process meanwhile
      db.exec(m.sql);
      m.fill?.(db);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
      if (m.id === 1) loadAuthorities(db);
      applied.push(m.id);
    }).immediate();
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

/** SQLite could not make the -shm file a WAL-mode database needs to be read: its folder is read-only. */
function needsSharedMemoryFile(err: unknown): boolean {
  return isSqliteError(err) && /^SQLITE_(?:READONLY_DIRECTORY|READONLY_CANTINIT|READONLY_CANTLOCK|CANTOPEN)/.test(err.code);
}

function openReadonly(path: string, wal: boolean, note: (message: string) => void): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${READER_BUSY_MS}`);
    // Touch the schema so a corrupt file, or one SQLite cannot read where it is, fails here, with the file named.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    if (!wal || !needsSharedMemoryFile(err)) throw err;
    const bytes = readableCopy(path, (p) => readFileSync(p));
    note(`${path} is in WAL mode in a folder you cannot write, so SQLite cannot read it in place: reading a copy in memory (${(bytes.length / 1048576).toFixed(1)} MB)`);
    // The copy is this process's own: one made by an older lgsco is brought up to date in memory, the file untouched.
    db = new Database(bytes);
    try {
      checkLgsco(db, path, false);
      migrate(db);
    } catch (e) {
      db.close();
      throw e;
    }
  }
  db.pragma('query_only = ON');
  return db;
}

function upgrade(path: string): void {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new StoreError(path, `made by an older lgsco and cannot be upgraded here (${(err as Error).message}): open it once with write access (lgsco import)`);
  }
  try {
    db.pragma(`busy_timeout = ${WRITER_BUSY_MS}`);
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
   * Open for reading only (queries, `lgsco sql`): writes refused by SQLite, no lock that keeps a writer waiting, and
   * nothing written to a file that is not an lgsco database. A database made by an older lgsco is upgraded first (its
   * migrations applied on a connection of their own), as opening it to write would.
   */
  readonly?: boolean;
  /** Told what the user may want to know about how the database was opened (read from a copy, made new). */
  note?: (message: string) => void;
}

/**
 * Open (creating and migrating when needed) an lgsco database. WAL mode and a busy timeout let an import run while
 * another process queries. ":memory:" works for tests.
 *
 * A file that is not an lgsco database is refused with a StoreError naming it and saying what it is (empty, not
 * SQLite, cut short, another program's database), and left as it was. Only a writer turns an empty file (or an SQLite
 * file with no tables) into an lgsco database. A reader whose database is in WAL mode in a read-only folder reads it
 * from a copy in memory (see readableCopy); writers leave their database in rollback mode when they close it last
 * (closeDatabase), which SQLite reads anywhere.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const note = options.note ?? (() => {});
  let db: Db | undefined;
  try {
    if (options.readonly) {
      const file = path === ':memory:' ? { size: 0, wal: false } : inspectDatabaseFile(path);
      if (file === null) throw new StoreError(path, 'no such database (lgsco import makes one; or give --db)');
      if (file.size === 0 && path !== ':memory:') throw new StoreError(path, 'an empty file, not an lgsco database (lgsco import makes one in it)');
      db = openReadonly(path, file.wal, note);
      checkLgsco(db, path, false);
      if (pendingMigrationIds(db).length > 0 && !db.memory) {
        // A database made by an older lgsco: upgraded once, on a connection of its own, then read as asked.
        db.close();
        upgrade(path);
        db = openReadonly(path, file.wal, note);
      }
      return db;
    }
    const file = path === ':memory:' ? null : inspectDatabaseFile(path);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma(`busy_timeout = ${WRITER_BUSY_MS}`);
    checkLgsco(db, path, true);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const made = migrate(db);
    if (file !== null && made.includes(1)) note(`${path} was ${file.size === 0 ? 'an empty file' : 'an SQLite database with no tables'}: made it a new lgsco database`);
    return db;
  } catch (err) {
    if (db?.open) db.close();
    throw storeError(path, err);
  }
}

/**
 * Close a connection that wrote. When no other connection has the database open, it is left in rollback-journal mode
 * (the next writer turns WAL on again): one self-contained file, which SQLite can read in a read-only folder or on
 * read-only media without creating the -shm file WAL mode needs. With another connection open it stays in WAL mode.
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  if (!db.memory && !db.readonly && !db.inTransaction) {
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another connection is open (a query, the explorer, another import): WAL mode stays, as SQLite needs it then.
    }
  }
  db.close();
}

export interface BeginWriteOptions {
  /** Called once, when another process holds the write lock and this one starts waiting for it. */
  onWait?: () => void;
  /** Stops the wait (Ctrl-C): beginWrite then resolves false, with no transaction open. */
  signal?: AbortSignal;
}

/**
 * Open a write transaction (BEGIN IMMEDIATE: the write lock is taken first, so no statement of it can fail because
 * another writer committed meanwhile, as a deferred transaction's first write does in WAL mode). While another process
 * holds the lock this waits its turn, as long as it takes, without blocking the event loop: Ctrl-C still works.
 * Resolves true with the transaction open (or already open), false when the signal stops it from waiting (a lock that
 * is free is still taken: what has been read can be stored).
 */
export async function beginWrite(db: Db, options: BeginWriteOptions = {}): Promise<boolean> {
  if (db.inTransaction) return true;
  let waiting = false;
  for (;;) {
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      return true;
    } catch (err) {
      if (!isSqliteError(err) || !/^SQLITE_BUSY/.test(err.code)) throw err;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
    if (options.signal?.aborted) return false;
    if (!waiting) {
      waiting = true;
      options.onWait?.();
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}
