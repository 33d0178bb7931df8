import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.js';
import { openDatabase } from '../src/store/db.js';
import { DecisionBatch, DecisionWriter, prepareRows, type PreparedRows } from '../src/store/decisions.js';
import { ROOT } from './helpers.js';

async function sampleRows(n: number): Promise<PreparedRows[]> {
  const dir = join(ROOT, 'data', 'sample');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().slice(0, n);
  return Promise.all(files.map(async (f) => prepareRows(await parseDecision(readFileSync(join(dir, f)), { filename: f }))));
}

const count = (db: ReturnType<typeof openDatabase>, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('DecisionBatch (import writes without a savepoint per record)', () => {
  it('stores a batch in one transaction and reports each record', async () => {
    const db = openDatabase(':memory:');
    const batch = new DecisionBatch(db, new DecisionWriter(db), () => false);
    for (const [i, rows] of (await sampleRows(5)).entries()) batch.add(rows, `file-${i}`);
    expect(batch.commit().map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
    expect(count(db, 'decisions')).toBe(5);
  });

  it('a record that fails half-way is replayed with savepoints: it leaves no rows, the others are stored', async () => {
    const db = openDatabase(':memory:');
    const batch = new DecisionBatch(db, new DecisionWriter(db), () => false);
    const rows = await sampleRows(6);
    const withPayments = rows.findIndex((r) => r.payments.length > 0);
    expect(withPayments).toBeGreaterThanOrEqual(0);
    // A payment row with a value SQLite cannot bind fails after the decision row was written.
    const bad: PreparedRows = { ...rows[withPayments]!, payments: [[...rows[withPayments]!.payments[0]!].map(() => ({})) as never] };
    const order = [...rows.slice(0, withPayments), bad, ...rows.slice(withPayments + 1)];
    for (const [i, r] of order.entries()) batch.add(r, `file-${i}`);
    const outcomes = batch.commit();
    expect(outcomes.filter((o) => o.status instanceof Error).map((o) => o.location)).toEqual([`file-${withPayments}`]);
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(order.length - 1);
    expect(count(db, 'decisions')).toBe(order.length - 1);
    const key = bad.decision.key;
    expect(db.prepare('SELECT count(*) AS n FROM decisions WHERE key = ?').get(key)).toEqual({ n: 0 });
    // No orphan child rows of the failed record.
    expect(count(db, 'payments')).toBe(order.filter((r) => r !== bad).reduce((s, r) => s + r.payments.length, 0));
    expect(count(db, 'paragraphs')).toBe(order.filter((r) => r !== bad).reduce((s, r) => s + r.paragraphs.length, 0));
  });

  it('rollback drops an unfinished batch', async () => {
    const db = openDatabase(':memory:');
    const batch = new DecisionBatch(db, new DecisionWriter(db), () => false);
    for (const rows of await sampleRows(2)) batch.add(rows, 'x');
    batch.rollback();
    expect(count(db, 'decisions')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });
});
