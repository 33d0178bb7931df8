import type { Db } from './db.js';
import type { DecisionWriter, UpsertDetail, UpsertStatus } from './decisions.js';
import type { PreparedRows } from './rows.js';

/** What storing one record of a batch came to: its status, or the error that failed it (and only it). */
export interface BatchOutcome {
  location: string;
  status: UpsertStatus | Error;
  /** How it met a decision stored under another key or stage (DecisionWriter.detail). */
  detail: UpsertDetail | null;
}

/**
 * Records stored in one transaction until commit(). Each is written without a savepoint of its own: FTS5 flushes its
 * pending terms at every savepoint, which cost a third of the store's time. If a record fails, the batch so far is
 * rolled back and replayed with a savepoint per record (as are the rest of the batch), so a bad record still never
 * half-writes and the others are stored. `isFatal` errors (disk full, read-only…) are thrown and end the import.
 * A batch's transaction takes the write lock first (BEGIN IMMEDIATE; the importer opens it with beginWrite, which
 * waits for another writer's turn to end): a deferred one failed at its first write whenever another import had
 * committed since it began ("database is locked", for every record).
 */
export class DecisionBatch {
  private items: { rows: PreparedRows; location: string }[] = [];
  private statuses: (UpsertStatus | Error)[] = [];
  private details: (UpsertDetail | null)[] = [];
  private safe = false;
  private readonly guardedWrite: (rows: PreparedRows, location: string) => UpsertStatus;

  constructor(
    private readonly db: Db,
    private readonly writer: DecisionWriter,
    private readonly isFatal: (err: unknown) => boolean,
  ) {
    this.guardedWrite = db.transaction((rows: PreparedRows, location: string) => writer.write(rows, location));
  }

  /** Records waiting for commit(). */
  get size(): number {
    return this.items.length;
  }

  /** Store one record in the open batch (opening one when needed). */
  add(rows: PreparedRows, location: string): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
    this.items.push({ rows, location });
    if (this.safe) {
      this.push(this.guarded(rows, location));
      return;
    }
    try {
      this.push(this.writer.write(rows, location));
    } catch (err) {
      if (this.isFatal(err)) throw err;
      // The failed record may have half-written: start the batch again, a savepoint per record.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.db.exec('BEGIN IMMEDIATE');
      this.safe = true;
      this.statuses = [];
      this.details = [];
      for (const it of this.items) this.push(this.guarded(it.rows, it.location));
    }
  }

  private push(status: UpsertStatus | Error): void {
    this.statuses.push(status);
    this.details.push(status instanceof Error ? null : this.writer.detail);
  }

  private guarded(rows: PreparedRows, location: string): UpsertStatus | Error {
    try {
      return this.guardedWrite(rows, location);
    } catch (err) {
      if (this.isFatal(err)) throw err;
      return err as Error;
    }
  }

  /** Commit the batch; each record's outcome, in the order they were added. */
  commit(): BatchOutcome[] {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    const out = this.items.map((it, i) => ({ location: it.location, status: this.statuses[i]!, detail: this.details[i] ?? null }));
    this.reset();
    return out;
  }

  /** Drop an unfinished batch (after a failure elsewhere: nothing of it is kept). */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.reset();
  }

  private reset(): void {
    this.items = [];
    this.statuses = [];
    this.details = [];
    this.safe = false;
  }
}
