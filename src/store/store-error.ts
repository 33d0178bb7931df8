import { LgscoError } from '../errors.js';

/** The database cannot be opened, read or written: names the file and why. */
export class StoreError extends LgscoError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`, 'STORE', 1);
  }
}

/** An error raised by SQLite (better-sqlite3's SqliteError), told apart without loading the driver. */
export function isSqliteError(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_');
}

/** SQLite's first line, without its "SqliteError: " prefix. */
function sqliteMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.replace(/^SqliteError: /, '');
}

/**
 * Turn SQLite's messages into ones a user can act on, naming the database. Used at open, and by the CLI for an error
 * that surfaces later (a corrupt page met half-way through a query): one line, never a stack.
 */
export function storeError(path: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const message = sqliteMessage(err);
  const code = (err as { code?: string } | null)?.code ?? '';
  if (/NOTADB|CORRUPT/.test(code) || /file is not a database|malformed/i.test(message)) return new StoreError(path, `not an lgsco database or corrupt (${message})`);
  if (/BUSY|LOCKED/.test(code)) return new StoreError(path, `the database is busy: another process holds a lock on it (${message})`);
  if (code === 'SQLITE_READONLY_DIRECTORY') return new StoreError(path, `cannot write to the database: its folder is read-only (${message}); check the folder's permissions or use --db`);
  if (/READONLY/.test(code) || /readonly|read-only|EACCES|permission/i.test(message)) return new StoreError(path, `cannot write to the database (${message}); check the file's permissions or use --db`);
  if (/FULL/.test(code) || /disk is full|database or disk is full/i.test(message)) return new StoreError(path, `the disk is full (${message}); what was committed before is kept`);
  if (/CANTOPEN/.test(code) || /unable to open|ENOENT|directory does not exist/i.test(message)) return new StoreError(path, `cannot open the database (${message})`);
  if (/IOERR/.test(code)) return new StoreError(path, `cannot read or write the file (${message})`);
  if (/no such (?:table|column)/i.test(message)) return new StoreError(path, `not an lgsco database, or one this version cannot read (${message})`);
  return new StoreError(path, message);
}
