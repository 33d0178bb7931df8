/**
 * Safe CSV files, through the built CLI: a byte order mark only when asked (--bom), output files (--out, --datapackage,
 * --chart) replaced only when complete. The database is test/safe-csv-db.ts's; the cells are in safe-csv.test.ts.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { BOM, buildSafeCsvDb, safeCsvPaths } from './safe-csv-db.js';

const { dir, db } = safeCsvPaths();
beforeAll(() => buildSafeCsvDb(dir, db), 60_000);

describe('--bom: a UTF-8 byte order mark for Excel, only when asked', () => {
  it.each([
    [['export']],
    [['export', '--payments']],
    [['totals', '--format', 'csv']],
    [['search', 'HYPERLINK', '--format', 'csv']],
    [['sql', '--format', 'csv', 'SELECT case_ref FROM decisions']],
  ])('%j --bom: the same CSV after a BOM', (args) => {
    const plain = cli([...args, '--db', db]);
    const bom = cli([...args, '--bom', '--db', db]);
    expect(bom.code).toBe(0);
    expect(plain.stdout.startsWith(BOM)).toBe(false);
    expect(bom.stdout).toBe(`${BOM}${plain.stdout}`);
  });

  it('export --bom --out writes the BOM into the file', () => {
    const out = join(dir, 'excel.csv');
    expect(cli(['export', '--payments', '--bom', '--out', out, '--db', db]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    [['export', '--format', 'jsonl', '--bom'], /--bom .*--format csv/],
    [['totals', '--bom'], /--bom .*--format csv/],
    [['search', 'x', '--bom'], /--bom .*--format csv/],
    [['sql', '--bom', 'SELECT 1'], /--bom .*--format csv/],
    [['export', '--datapackage', join(dir, 'never'), '--bom'], /--bom .*data package/],
  ])('%j without a CSV to mark is a usage error (exit 2)', (args, message) => {
    const r = cli([...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('every command that writes CSV documents --bom in its help', () => {
    for (const command of ['export', 'totals', 'search', 'sql']) {
      expect(cli([command, '--help']).stdout.replace(/\s+/g, ' '), command).toMatch(/--bom (with --format csv: )?start the CSV with a UTF-8 byte order mark/);
    }
  });
});

describe('outputs are replaced only when complete', () => {
  const fresh = (): string => mkdtempSync(join(dir, 'out-'));
  const leftovers = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  /** A database whose last decision's stored record is broken: the decisions export fails after its first rows. */
  function brokenHalfWay(folder: string): string {
    const copy = join(folder, 'broken.db');
    copyFileSync(db, copy);
    const sqlite = new Database(copy);
    sqlite.prepare("UPDATE decision_records SET record = '{not json' WHERE decision_id = (SELECT id FROM decisions WHERE case_ref = '99 901 002')").run();
    sqlite.close();
    return copy;
  }

  /** Files that are no lgsco database: empty, another SQLite file. */
  function notLgsco(folder: string): string[] {
    const empty = join(folder, 'empty.db');
    writeFileSync(empty, '');
    const other = join(folder, 'other.db');
    const sqlite = new Database(other);
    sqlite.exec('CREATE TABLE recipes (name TEXT)');
    sqlite.close();
    return [empty, other];
  }

  it('export --out: a failure half-way leaves the existing file as it was, and no temporary file', () => {
    const folder = fresh();
    const broken = brokenHalfWay(folder);
    // JSON Lines: the first record is written, the broken one fails. CSV: the header is written, then the query fails.
    expect(cli(['export', '--format', 'jsonl', '--db', broken]).stdout).toMatch(/^\{"caseRef":"99 901 001"/);
    expect(cli(['export', '--db', broken]).stdout).toMatch(/^case_ref,url,/);
    for (const args of [['--format', 'jsonl'], ['--format', 'csv']]) {
      const keep = join(folder, 'keep.csv');
      writeFileSync(keep, 'precious\n');
      const r = cli(['export', ...args, '--out', keep, '--db', broken]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(readFileSync(keep, 'utf8')).toBe('precious\n');
      expect(leftovers(folder)).toEqual([]);
    }
  });

  it('export --out, --payments and totals --chart on a file that is not an lgsco database: the files are untouched', () => {
    const folder = fresh();
    for (const bad of notLgsco(folder)) {
      const keep = join(folder, 'keep.csv');
      const svg = join(folder, 'keep.svg');
      writeFileSync(keep, 'precious\n');
      writeFileSync(svg, '<svg/>\n');
      for (const args of [['export', '--out', keep], ['export', '--payments', '--out', keep], ['export', '--format', 'jsonl', '--out', keep], ['totals', '--chart', svg]]) {
        const r = cli([...args, '--db', bad]);
        expect(r.code, `${args.join(' ')} on ${bad}`).not.toBe(0);
      }
      expect(readFileSync(keep, 'utf8')).toBe('precious\n');
      expect(readFileSync(svg, 'utf8')).toBe('<svg/>\n');
      expect(leftovers(folder)).toEqual([]);
    }
  });

  it('--datapackage: a failure leaves an existing package as it was, and a folder it made is removed', () => {
    const folder = fresh();
    const pkg = join(folder, 'pkg');
    mkdirSync(pkg);
    writeFileSync(join(pkg, 'decisions.csv'), 'old\n');
    const broken = brokenHalfWay(folder);
    expect(cli(['export', '--datapackage', pkg, '--db', broken]).code).toBe(1);
    expect(readdirSync(pkg)).toEqual(['decisions.csv']);
    expect(readFileSync(join(pkg, 'decisions.csv'), 'utf8')).toBe('old\n');
    const made = join(folder, 'new-pkg');
    expect(cli(['export', '--datapackage', made, '--db', broken]).code).toBe(1);
    expect(readdirSync(folder).filter((f) => !f.startsWith('broken.db')).sort()).toEqual(['pkg']);
  });

  it('a successful export replaces the file, keeping its permissions, and leaves no temporary file', () => {
    const folder = fresh();
    const keep = join(folder, 'keep.csv');
    writeFileSync(keep, 'old\n');
    chmodSync(keep, 0o640);
    const r = cli(['export', '--out', keep, '--db', db]);
    expect(r.code).toBe(0);
    expect(readFileSync(keep, 'utf8')).toBe(cli(['export', '--db', db]).stdout);
    expect(statSync(keep).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['keep.csv']);
  });

  it('--out to a folder, or into a missing folder: one line naming --out and the file, exit 1', () => {
    const folder = fresh();
    const missing = cli(['export', '--out', join(folder, 'no', 'such.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: --out ${join(folder, 'no', 'such.csv')}: cannot write the file (ENOENT)\n`);
    const isFolder = cli(['export', '--out', folder, '--db', db]);
    expect(isFolder.code).toBe(1);
    expect(isFolder.stderr).toBe(`Error: --out ${folder}: cannot write the file (EISDIR)\n`);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('totals --chart', () => {
  it('writes an SVG that credits the Ombudsman, in place of the old file, with no temporary file left', () => {
    const folder = mkdtempSync(join(dir, 'chart-'));
    const svg = join(folder, 'councils.svg');
    writeFileSync(svg, 'old');
    const r = cli(['totals', '--chart', svg, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote a chart of 2 bars to /);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('<text class="source" ');
    expect(text).toContain('Source: Local Government and Social Care Ombudsman decisions (www.lgo.org.uk/decisions), compiled with lgsco');
    // The body named like a formula is text in the SVG, escaped.
    expect(text).toContain('=HYPERLINK(&quot;http://x&quot;');
    expect(readdirSync(folder)).toEqual(['councils.svg']);
  });

  it.each(['y.png', 'chart', 'chart.svg.txt', ''])('--chart %j (not .svg) is a usage error naming the flag, and writes nothing', (name) => {
    const folder = mkdtempSync(join(dir, 'chart-'));
    const r = cli(['totals', '--chart', join(folder, name), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: --chart .*: the chart is an SVG file: give a name ending \.svg/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });
});
