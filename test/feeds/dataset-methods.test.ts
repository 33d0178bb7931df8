import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/index.js';
import { demoStore } from './demo-store.js';
import { openDatabase, closeDatabase } from '../../src/store/db.js';

describe('Dataset methods of issue 17', () => {
  it('exportParquet, datasetteMetadata and digest answer from the dataset, each with its sample notice', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-ds17-')), 'ds.db');
    const db = openDatabase(path);
    await demoStore(3, db);
    closeDatabase(db);
    const dataset = openDataset(path, { readonly: true });
    try {
      const out = join(path, '..', 'pq');
      expect(dataset.exportParquet(out)).toMatchObject({ rows: { decisions: 3, payments: 6 }, sample: null });
      expect(readdirSync(out)).toHaveLength(4);
      expect(Object.keys(dataset.datasetteMetadata().metadata.databases)).toEqual(['ds']);
      const { entries, sample } = dataset.digest({ since: '2000-01-01', council: 'Demoshire County Council' });
      expect([entries.map((e) => e.caseRef), sample]).toEqual([['00 100 000'], null]);
    } finally {
      dataset.close();
    }
  });
});
