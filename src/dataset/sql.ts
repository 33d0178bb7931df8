import { LgscoError, snippet } from '../errors.js';
import type { Db } from '../store/db.js';
import type { SampleNotices } from '../store/sample.js';
import { storeError } from '../store/store-error.js';

/** A query's columns, in order, and its rows. */
export interface SqlResult {
  columns: string[];
  rows: Record<string, unknown>[];
  sample: SampleNotices | null;
}

/** Run one read-only statement; anything that would change the database is refused (one-line LgscoError, exit 1). */
export function runSql(db: Db, dbPath: string, query: string): Omit<SqlResult, 'sample'> {
  let statement;
  try {
    statement = db.prepare(query);
  } catch (err) {
    throw new LgscoError(`sql: ${(err as Error).message} in "${snippet(query)}"`, 'SQL', 1);
  }
  if (!statement.readonly || !statement.reader) {
    throw new LgscoError(`sql: only read-only queries are allowed; "${snippet(query)}" would change the database`, 'SQL', 1);
  }
  let rows: Record<string, unknown>[];
  try {
    rows = statement.all() as Record<string, unknown>[];
  } catch (err) {
    // Refused or failed as it ran (load_extension is not authorised, a bad argument): one line. A damaged file is
    // the database's fault, not the query's: named as such.
    if (/^SQLITE_(?:CORRUPT|NOTADB|IOERR)/.test((err as { code?: string }).code ?? '')) throw storeError(dbPath, err);
    throw new LgscoError(`sql: ${(err as Error).message} in "${snippet(query)}"`, 'SQL', 1);
  }
  return { columns: statement.columns().map((c) => c.name), rows };
}
