import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDateToDays, writeParquetFiles } from '../../src/datapackage/parquet.js';
import type { Db } from '../../src/store/db.js';
import { iteratePackageRows, PACKAGE_TABLES } from '../../src/store/datapackage.js';
import { demoDecisionText, demoStore } from './demo-store.js';

/** Read a Parquet file with DuckDB (an independent reader: C++, not the writer's own JavaScript sibling). */
async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
  }
}

let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'lgsco-parquet-'));
const out = join(dir, 'pq');
const file = (t: string) => join(out, `${t}.parquet`).replace(/'/g, "''");

describe('Parquet export, read back by DuckDB', () => {
  beforeAll(async () => {
    const texts = Array.from({ length: 12 }, (_, i) => demoDecisionText(i, { date: `${10 + i} Mar 2024` }));
    // One with no decision date and a summary with quotes, an ampersand and a non-ASCII pound sign.
    texts.push(demoDecisionText(12, { date: 'unknown', summary: 'Mr "Z" said the <Council> & its agent lost £1,000 of his post.' }));
    db = await demoStore(0, undefined, texts);
    const r = writeParquetFiles(db, out);
    expect(r.rows.decisions).toBe(13);
  }, 60_000);

  it('writes the four tables and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['actions.parquet', 'decisions.parquet', 'faults.parquet', 'payments.parquet']);
  });

  it('types: DATE, BIGINT pence, BOOLEAN, VARCHAR enums and keys, required columns NOT NULL', async () => {
    const cols = await duck(`DESCRIBE SELECT * FROM read_parquet('${file('decisions')}')`);
    const type = Object.fromEntries(cols.map((c) => [c.column_name, c.column_type]));
    expect(type).toMatchObject({
      decision_key: 'VARCHAR',
      decision_date: 'DATE',
      total_pence: 'BIGINT',
      recommended_pence: 'BIGINT',
      counts_money: 'BOOLEAN',
      fault_found: 'BOOLEAN',
      outcome: 'VARCHAR',
      stage: 'VARCHAR',
    });
    expect(Object.keys(type)).not.toContain('total_pounds');
    const pay = Object.fromEntries((await duck(`DESCRIBE SELECT * FROM read_parquet('${file('payments')}')`)).map((c) => [c.column_name, c.column_type]));
    expect(pay).toMatchObject({ decision_key: 'VARCHAR', position: 'BIGINT', amount_pence: 'BIGINT', status: 'VARCHAR', quote: 'VARCHAR' });
    const meta = await duck(`SELECT name, repetition_type FROM parquet_schema('${file('payments')}') WHERE name IN ('amount_pence', 'payee')`);
    expect(Object.fromEntries(meta.map((m) => [m.name, m.repetition_type]))).toEqual({ amount_pence: 'REQUIRED', payee: 'OPTIONAL' });
  });

  it('every table has the same rows as the store, in the same order, value for value', async () => {
    for (const table of PACKAGE_TABLES) {
      const stored = [...iteratePackageRows(db, table)];
      const read = await duck(`SELECT * FROM read_parquet('${file(table)}')`);
      expect(read.length, table).toBe(stored.length);
      expect(read.length, table).toBeGreaterThan(0);
      read.forEach((row, i) => {
        const want = stored[i]!;
        for (const [k, v] of Object.entries(want)) {
          const got = row[k];
          if (k === 'decision_date') expect(got === null ? null : (got as Date).toISOString().slice(0, 10), `${table}.${k}`).toBe(v);
          else if (typeof got === 'bigint') expect(Number(got), `${table}.${k}`).toBe(v);
          else if (typeof got === 'boolean') expect(got ? 1 : 0, `${table}.${k}`).toBe(v);
          else expect(got, `${table}.${k}`).toBe(v);
        }
      });
    }
  });

  it('the money adds up the same in DuckDB as in the store, and joins on decision_key', async () => {
    const store = db.prepare('SELECT sum(amount_pence) AS pence, count(*) AS n FROM payments').get() as { pence: number; n: number };
    const [read] = await duck(`SELECT sum(amount_pence) AS pence, count(*) AS n FROM read_parquet('${file('payments')}')`);
    expect({ pence: Number(read!.pence), n: Number(read!.n) }).toEqual(store);
    expect(store.n).toBe(26); // two payments in each of 13 decisions
    const [joined] = await duck(
      `SELECT count(*) AS n, sum(p.amount_pence) AS pence FROM read_parquet('${file('payments')}') p JOIN read_parquet('${file('decisions')}') d USING (decision_key) WHERE d.counts_money`,
    );
    expect(Number(joined!.n)).toBe(26);
    expect(Number(joined!.pence)).toBe(store.pence);
  });

  it('keeps text exactly (quotes, <, &, £) and an unknown date as NULL', async () => {
    const [row] = await duck(`SELECT summary, decision_date FROM read_parquet('${file('decisions')}') WHERE case_ref = '00 100 012'`);
    expect(row).toEqual({ summary: 'Mr "Z" said the <Council> & its agent lost £1,000 of his post.', decision_date: null });
  });

  it('dates convert to days since 1970-01-01; a malformed one is refused', () => {
    expect(isoDateToDays('1970-01-02')).toBe(1);
    expect(isoDateToDays('2024-03-12')).toBe(19794);
    expect(() => isoDateToDays('12 Mar 2024')).toThrow(/not a YYYY-MM-DD date/);
  });

  it('an empty store writes readable files with no rows; a file in the way is refused, the folder left as it was', async () => {
    const empty = await demoStore(0);
    const emptyDir = join(dir, 'empty');
    writeParquetFiles(empty, emptyDir);
    const [n] = await duck(`SELECT count(*) AS n FROM read_parquet('${join(emptyDir, 'faults.parquet')}')`);
    expect(Number(n!.n)).toBe(0);
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    expect(() => writeParquetFiles(empty, blocker)).toThrow(/--parquet .*not-a-folder: not a folder/);
  });
});
