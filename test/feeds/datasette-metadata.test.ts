import { describe, expect, it } from 'vitest';
import { zodField } from '../../src/datapackage/columns.js';
import { datasetteMetadata } from '../../src/datapackage/datasette.js';
import { demoStore } from './demo-store.js';

describe('Datasette metadata', () => {
  it('describes every column of the four tables from the zod schema (or the store), names the full-text index, licence and source', async () => {
    const db = await demoStore(1);
    const meta = datasetteMetadata(db, '/data/lgsco.db');
    expect(Object.keys(meta.databases)).toEqual(['lgsco']);
    const tables = meta.databases.lgsco!.tables;
    expect(Object.keys(tables)).toEqual(['decisions', 'payments', 'actions', 'faults']);
    for (const [name, t] of Object.entries(tables)) {
      const columns = db.prepare(`SELECT name FROM pragma_table_info('${name}') ORDER BY cid`).pluck().all();
      expect(Object.keys(t.columns), name).toEqual(columns);
      for (const [c, d] of Object.entries(t.columns)) expect(d.length, `${name}.${c}`).toBeGreaterThan(10);
    }
    // The same words as the zod schema's .describe().
    expect(tables.payments!.columns.amount_pence).toBe(zodField('remedy.payments[].amountPence').description);
    expect(tables.decisions!.columns.total_pence).toBe(zodField('remedy.totalPence').description);
    expect(tables.decisions!.columns.source_sha256).toBe(zodField('sourceSha256').description);
    expect(tables.decisions).toMatchObject({ fts_table: 'decisions_fts', fts_pk: 'id', label_column: 'case_ref' });
    expect(meta).toMatchObject({ license_url: 'https://www.lgo.org.uk/copyright', source_url: 'https://www.lgo.org.uk/decisions' });
    expect(meta.title).toBe('Local Government and Social Care Ombudsman decisions');
  });

  it('a database holding the demo sample says so in the title and first in the description', async () => {
    const db = await demoStore(1);
    const meta = datasetteMetadata(db, 'x/demo.sqlite', 'DEMO DATA: invented.');
    expect(Object.keys(meta.databases)).toEqual(['demo']);
    expect(meta.title).toMatch(/ — DEMO DATA$/);
    expect(meta.description).toMatch(/^DEMO DATA: invented\. /);
  });

  it('a store column with no description is a bug named in the error', async () => {
    const db = await demoStore(1);
    db.exec('ALTER TABLE faults ADD COLUMN mystery TEXT');
    expect(() => datasetteMetadata(db, 'lgsco.db')).toThrow(/faults\.mystery has no description/);
  });
});
