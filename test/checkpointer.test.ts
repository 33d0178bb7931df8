import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Checkpointer } from '../src/store/checkpointer.js';
import { openDatabase, type Db } from '../src/store/db.js';

/**
 * The import's WAL is checkpointed on a thread of its own. What must hold: a transaction begun after its checkpoint
 * rewinds the WAL (so it stays small), the writer checkpoints itself again whenever the thread is gone, and nothing
 * committed is lost either way.
 */
describe('Checkpointer (the WAL checkpointed on a thread of its own)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-checkpointer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const freshDb = (): Db => {
    const db = openDatabase(join(dir, `db${++n}.db`));
    db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    return db;
  };
  /** Commit `rows` rows of 1 KB each in one transaction. */
  const commitRows = (db: Db, rows: number): void => {
    const insert = db.prepare('INSERT INTO scratch (text) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(`${i} `.padEnd(1000, 'x'));
    })();
  };
  /** Frames in the WAL now (a PASSIVE checkpoint reports them; it also copies them, which no test relies on after). */
  const walFrames = (db: Db): number => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
  const autocheckpoint = (db: Db): number => db.pragma('wal_autocheckpoint', { simple: true }) as number;

  it('is not started for an in-memory database (it has no WAL)', () => {
    const db = openDatabase(':memory:');
    expect(Checkpointer.start(db)).toBeNull();
    db.close();
  });

  it('checkpoints after a commit, so the next transaction rewinds the WAL instead of growing it', async () => {
    const db = freshDb();
    const checkpointer = Checkpointer.start(db)!;
    expect(checkpointer).not.toBeNull();
    // The writer no longer checkpoints at SQLite's 1,000 frames: only as a backstop, far later.
    expect(autocheckpoint(db)).toBeGreaterThan(1000);
    for (let round = 0; round < 3; round++) {
      commitRows(db, 2000); // ~500 frames of 4 KB
      checkpointer.checkpoint();
      expect(checkpointer.busy).toBe(true);
      await checkpointer.idle();
      expect(checkpointer.busy).toBe(false);
    }
    // Each transaction began on a checkpointed WAL and rewound it: a small commit now is a few frames from the start,
    // not frames appended after the 1,500 already written.
    commitRows(db, 1);
    expect(walFrames(db)).toBeLessThan(10);
    expect(checkpointer.failure).toBeNull();
    await checkpointer.close();
    await checkpointer.close(); // a second close is harmless
    expect(autocheckpoint(db)).toBe(1000);
    expect(db.prepare('SELECT count(*) AS n FROM scratch').get()).toEqual({ n: 6001 });
    db.close();
  });

  it('without its checkpoints the WAL grows (the behaviour the rewinding replaces)', () => {
    const db = freshDb();
    db.pragma('wal_autocheckpoint = 16000');
    for (let round = 0; round < 3; round++) commitRows(db, 2000);
    commitRows(db, 1);
    expect(walFrames(db)).toBeGreaterThan(1000);
    db.close();
  });

  it('when the thread cannot work, the writer checkpoints itself again and nothing is lost', async () => {
    const db = freshDb();
    // The checkpointing thread opens the database by name: with the file gone it cannot (the writer's open handle
    // still works, as an unlinked file does on POSIX systems).
    rmSync(db.name);
    const checkpointer = Checkpointer.start(db)!;
    commitRows(db, 100);
    checkpointer.checkpoint();
    await checkpointer.idle();
    await expect.poll(() => checkpointer.failure).toMatch(/unable to open|no such file|database/i);
    expect(checkpointer.busy).toBe(false);
    expect(autocheckpoint(db)).toBe(1000);
    checkpointer.checkpoint(); // a no-op now
    commitRows(db, 100);
    await checkpointer.close(); // does not wait for a thread that has gone
    expect(db.prepare('SELECT count(*) AS n FROM scratch').get()).toEqual({ n: 200 });
    db.close();
  });
});
