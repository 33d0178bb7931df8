/**
 * The database as users meet it (issue 15, part of points 3–5), through the built CLI: a file that is not an lgsco
 * database, and a database in a folder nobody may write. Several processes, Ctrl-C and link loops are in
 * db-access-imports.test.ts. Decisions are invented (test/invented-decisions.ts).
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { accessRoot, importedDatabase, lgsco, lines, REF } from './db-access.js';
import { canReadAsAnotherUser, READ_ONLY_SKIP_MESSAGE, readerSpawnOptions } from './read-only-user.js';

const root = accessRoot();

describe('a file that is not an lgsco database: one line naming it, exit 1, the file left as it was', () => {
  const { db: good, input } = importedDatabase(root, 'good', 12);
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
  const { db: source, input } = importedDatabase(root, 'ro-source', 12);
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
