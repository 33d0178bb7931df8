import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './db.js';

/**
 * The checkpointing thread: its own connection to the database, one PASSIVE checkpoint per "checkpoint" message
 * (never waits for the writer; copies what the WAL holds into the database file and syncs it). Plain CommonJS, run
 * with `eval`, so the same code works from the built package and from the sources under test.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const describe = (err) => String((err && (err.message || err.code)) || err);
let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
} catch (err) {
  parentPort.postMessage({ error: describe(err) });
  process.exit(1);
}
parentPort.on('message', (msg) => {
  if (msg === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    error = describe(err);
  }
  parentPort.postMessage({ error });
});
`;

/**
 * WAL frames the writer lets pile up before it checkpoints itself: only a backstop while the checkpointing thread
 * keeps up (64 MB of 4 KB pages).
 */
const WRITER_BACKSTOP_FRAMES = 16000;
/** SQLite's own default: the writer checkpoints at each commit past 1,000 WAL frames. */
const SQLITE_AUTOCHECKPOINT_FRAMES = 1000;

/**
 * Checkpoints an importing database's WAL on a thread of its own, so the writer does not wait for the copy and the
 * fsyncs: with SQLite's automatic checkpoint, every commit of an import (a few MB of pages) checkpointed on the main
 * thread, which then sat idle for most of it while one core went unused.
 *
 * Use: `checkpoint()` after each commit; hold the next transaction back while `busy` (a transaction that starts on a
 * fully checkpointed WAL lets its commit rewind the WAL to the start, so the file stays a few MB, hot in the cache);
 * `close()` at the end. If the thread fails, the writer goes back to checkpointing itself and nothing is lost: the
 * WAL is SQLite's own, whichever connection copies it.
 */
export class Checkpointer {
  private running = false;
  private waiters: (() => void)[] = [];
  private closed = false;
  private readonly exited: Promise<void>;
  private failed: string | null = null;

  private constructor(
    private readonly db: Db,
    private readonly worker: Worker,
  ) {
    worker.on('message', (msg: { error: string | null }) => {
      if (msg.error) this.fail(msg.error);
      this.settle();
    });
    worker.on('error', (err: unknown) => {
      // An error thrown in the thread arrives as a plain object: SQLite's errors keep their code, not always a message.
      const e = err as { message?: string; code?: string } | null;
      this.fail(String(e?.message || e?.code || err));
      this.settle();
    });
    this.exited = new Promise((resolve) =>
      worker.once('exit', () => {
        if (!this.closed) this.fail('the checkpointing thread exited');
        this.settle();
        resolve();
      }),
    );
  }

  /** A checkpointer for the database file `db` has open (a connection of its own), or null in memory (no WAL). */
  static start(db: Db): Checkpointer | null {
    if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: db.name } });
    } catch {
      return null; // no thread to be had (resource limits): the writer checkpoints itself, as SQLite does by default
    }
    db.pragma(`wal_autocheckpoint = ${WRITER_BACKSTOP_FRAMES}`);
    return new Checkpointer(db, worker);
  }

  /** Why the thread stopped, when it failed (the writer then checkpoints itself). */
  get failure(): string | null {
    return this.failed;
  }

  /** A checkpoint is under way (or the thread has failed and the writer checkpoints itself: never busy then). */
  get busy(): boolean {
    return this.running && this.failed === null;
  }

  /** Start a checkpoint of what has been committed so far, unless one is under way. */
  checkpoint(): void {
    if (this.running || this.failed !== null || this.closed) return;
    this.running = true;
    this.worker.postMessage('checkpoint');
  }

  /** Resolves when no checkpoint is under way. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Wait for the checkpoint under way, then stop the thread (the writer's own close checkpoints what is left). */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.idle();
    this.closed = true;
    this.worker.postMessage('close'); // ignored by a thread that has already exited
    await this.exited;
    this.writerCheckpoints();
  }

  private fail(reason: string): void {
    if (this.failed !== null || this.closed) return;
    this.failed = reason;
    this.writerCheckpoints();
  }

  /** Hand checkpointing back to the writer, as SQLite does by default. */
  private writerCheckpoints(): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_FRAMES}`);
  }

  private settle(): void {
    this.running = false;
    for (const w of this.waiters.splice(0)) w();
  }
}
