/**
 * The database as users meet it (issue 15, points 3–5 and two of 8), through the built CLI: a file that is not an
 * lgsco database, a database in a folder nobody may write, two imports into one database, Ctrl-C during an import,
 * and a folder with a symbolic link loop. Decisions are invented (test/invented-decisions.ts).
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { BIN, ROOT } from './helpers.js';
import { inventedRef, writeInventedDecisions } from './invented-decisions.js';
import { canReadAsAnotherUser, READ_ONLY_SKIP_MESSAGE, readerSpawnOptions } from './read-only-user.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would. */
function lgsco(args: string[], options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The lines of a command's stderr. */
const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

const root = mkdtempSync(join(tmpdir(), 'lgsco-db-access-'));
afterAll(() => {
  chmodSync(root, 0o755);
  for (const d of readdirSync(root)) chmodSync(join(root, d), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** A folder of invented decisions and an lgsco database made from them by the CLI. */
function importedDatabase(name: string, count: number): { db: string; input: string } {
  const dir = join(root, name);
  const input = writeInventedDecisions(join(dir, 'in'), 1, count);
  const db = join(dir, 'lgsco.db');
  const r = lgsco(['import', input, '--db', db], { env: { LGSCO_WORKERS: '0' } });
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  return { db, input };
}

const REF = inventedRef(1, 1);

describe('a file that is not an lgsco database: one line naming it, exit 1, the file left as it was', () => {
  const { db: good, input } = importedDatabase('good', 12);
  const bytes = readFileSync(good);
  const damaged = Buffer.from(bytes);
  damaged.fill(0xa5, 4096); // every page after the first (the schema's) overwritten: the header is sound
  const foreign = join(root, 'foreign.db');
  const f = new Database(foreign);
  f.exec("CREATE TABLE x (a TEXT); INSERT INTO x VALUES ('someone else''s data')");
  f.close();
  const BAD: [string, Buffer, RegExp][] = [
    ['an empty file', Buffer.alloc(0), /an empty file, not an lgsco database \(lgsco import makes one in it\)/],
    ['another program’s SQLite database (one table x)', readFileSync(foreign), /not an lgsco database: an SQLite database with other tables \(x\)/],
    ['random bytes', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)), /not an lgsco database: not an SQLite file at all \(it starts with bytes [0-9a-f ]+\)/],
    ['an lgsco database cut in half', bytes.subarray(0, Math.floor(bytes.length / 8192) * 4096), /a damaged database: cut short \(\d+ bytes, where its header counts \d+/],
    ['an lgsco database with its pages overwritten', damaged, /not an lgsco database or corrupt \(database disk image is malformed\)/],
  ];
  const pkg = join(root, 'pkg');
  const noRaw = join(root, 'no-raw');
  mkdirSync(noRaw);
  // Every command that opens the database; the crawlers are pointed at a closed port on this machine (they fail on
  // the database first, before any request).
  const offline = ['--base-url', 'http://127.0.0.1:9/', '--delay', '0'];
  const READERS: string[][] = [
    ['totals'],
    ['totals', '--by', 'year', '--format', 'csv'],
    ['show', REF],
    ['search', 'roof'],
    ['explain', REF],
    ['export'],
    ['export', '--format', 'jsonl'],
    ['export', '--payments'],
    ['export', '--datapackage', pkg],
    ['sql', 'SELECT count(*) FROM decisions'],
    ['serve', '--port', '0'],
  ];
  const WRITERS: string[][] = [
    ['import', input],
    ['reparse', '--raw-dir', noRaw],
    ['scrape', '--from', '2024-01-01', '--to', '2024-01-02', ...offline],
    ['update', '--from', '2024-01-01', ...offline],
  ];
  let n = 0;

  describe.each(BAD)('%s', (_name, content, message) => {
    const commands = content.length === 0 ? READERS : [...READERS, ...WRITERS];
    it.each(commands.map((c) => [c.join(' '), c]))('lgsco %s', (_label, args) => {
      const dir = join(root, `bad-${n++}`);
      mkdirSync(dir);
      const file = join(dir, 'data.db');
      writeFileSync(file, content);
      // serve must refuse to start: the timeout only ends a server that started anyway (the test then fails on it).
      const r = lgsco([...(args as string[]), '--db', file], { timeout: 60_000 });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^Error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at |SqliteError/);
      if ((args as string[])[0] === 'import') expect(r.stderr).toMatch(/./);
      // Nothing written: the same bytes, and no journal, -wal or -shm file beside it.
      expect(readFileSync(file).equals(content)).toBe(true);
      expect(readdirSync(dir)).toEqual(['data.db']);
    });
  });

  it('a foreign database given to import is refused, not extended with lgsco tables', () => {
    const file = join(root, 'foreign-import.db');
    cpSync(foreign, file);
    const r = lgsco(['import', input, '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lgsco does not add its tables to another database: give another --db/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['x']);
    after.close();
  });

  it('import makes an empty file a new lgsco database, and says so', () => {
    const file = join(root, 'empty-import.db');
    writeFileSync(file, '');
    const r = lgsco(['import', input, '--db', file]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([`note: ${file} was an empty file: made it a new lgsco database`, 'imported 12, unchanged 0, failed 0']);
    expect(lgsco(['sql', 'SELECT count(*) AS n FROM decisions', '--db', file, '--format', 'json']).stdout).toMatch(/"n": 12/);
  });

  it('a reading command on a missing database says so and makes no file', () => {
    const file = join(root, 'missing', 'none.db');
    const r = lgsco(['totals', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: ${file}: no such database (lgsco import makes one; or give --db)\n`);
    expect(existsSync(join(root, 'missing'))).toBe(false);
  });

  it('sql: load_extension and other failures as a query runs are one line, no stack', () => {
    const r = lgsco(['sql', "SELECT load_extension('x')", '--db', good]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: sql: not authorized in "SELECT load_extension('x')"\n`);
    const bad = lgsco(['sql', "SELECT json_extract('not json', '$.a')", '--db', good]);
    expect(bad.code).toBe(1);
    expect(lines(bad.stderr)).toEqual([`Error: sql: malformed JSON in "SELECT json_extract('not json', '$.a')"`]);
  });
});

describe('a database in a folder nobody may write: every reading command works', () => {
  const { db: source, input } = importedDatabase('ro-source', 12);
  // As lgsco leaves it (rollback-journal mode, one file), and as an older lgsco or a killed import left it (WAL mode,
  // which SQLite reads only with a -shm file beside it).
  const rollback = join(root, 'ro-rollback');
  const wal = join(root, 'ro-wal');
  const out = join(root, 'ro-out');
  for (const dir of [rollback, wal]) {
    mkdirSync(dir);
    cpSync(source, join(dir, 'lgsco.db'));
  }
  const w = new Database(join(wal, 'lgsco.db'));
  w.pragma('journal_mode = WAL');
  w.close();
  mkdirSync(out);
  chmodSync(out, 0o777);
  for (const dir of [rollback, wal]) {
    chmodSync(join(dir, 'lgsco.db'), 0o444);
    chmodSync(dir, 0o555);
  }
  chmodSync(root, 0o755); // the other user must reach the folders
  const reader = readerSpawnOptions();
  const skip = !canReadAsAnotherUser();
  if (skip) console.warn(READ_ONLY_SKIP_MESSAGE);

  describe.each([
    ['rollback-journal mode', rollback, null],
    ['WAL mode (read from a copy in memory)', wal, /^note: .*lgsco\.db is in WAL mode in a folder you cannot write, so SQLite cannot read it in place: reading a copy in memory \(0\.\d MB\)$/],
  ])('%s', (_name, dir, note) => {
    const db = join(dir, 'lgsco.db');
    it.skipIf(skip).each([
      [['totals'], /Exampleton Borough Council\s+4/],
      [['show', REF], new RegExp(`Reference\\s+${REF}`)],
      [['search', 'roof'], /99 1\d\d \d\d\d/],
      [['explain', REF], /2 amounts of money, 1 counted: £110 in total/],
      [['export'], /^case_ref,/],
      [['export', '--format', 'jsonl'], /"caseRef":"99 1/],
      [['export', '--payments'], /^case_ref,/],
      [['sql', 'SELECT count(*) AS n FROM decisions', '--format', 'json'], /"n": 12/],
      [['export', '--datapackage', join(out, `pkg-${dir.endsWith('wal') ? 'wal' : 'rb'}`)], /^$/],
    ])('lgsco %j', (args, stdout) => {
      const r = lgsco([...args, '--db', db], reader);
      const said = lines(r.stderr).filter((l) => !l.startsWith('wrote '));
      if (note) {
        expect(said).toHaveLength(1);
        expect(said[0]).toMatch(note);
      } else expect(said).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(stdout);
      expect(readdirSync(dir)).toEqual(['lgsco.db']);
    });

    it.skipIf(skip)('an import there fails in one line and nothing stored is lost', () => {
      const before = readFileSync(db);
      const r = lgsco(['import', input, '--db', db], reader);
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot write to the database/);
      expect(readFileSync(db).equals(before)).toBe(true);
    });
  });
});

describe('many processes, one database', () => {
  it('readers take no lock a writer holds: they read while an import has its write lock, and see what it committed', () => {
    const { db } = importedDatabase('readers', 6);
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
