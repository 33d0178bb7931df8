/**
 * A dataset built purely from code, as a library user builds one: openDataset → import invented decisions → totals,
 * search, decision, explain, exports → close, in a temporary folder. No CLI involved.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset, type ImportSummary } from '../src/index.js';

const BODIES = ['Demoshire County Council', 'Exampleton Borough Council'];
const ref = (i: number): string => `00 1${String(i).padStart(2, '0')} 001`;

/** An invented final decision: one agreed payment of £(100 × (i + 1)) by one of two invented councils. */
function decisionText(i: number): string {
  const body = BODIES[i % 2]!;
  return `URL: https://www.lgo.org.uk/decisions/housing/other/${ref(i).replace(/ /g, '-')}
${body} (${ref(i)})

Category : Housing > Other
Decision : Upheld
Decision date : 0${i + 1} Mar 2024

Summary: Ms Y complained the Council failed to repair a leaking gutter. The Council agreed to pay Ms Y £${100 * (i + 1)}.

The complaint

1. Ms Y complained the Council left a leaking gutter at her home unrepaired for a year.

Agreed action

2. Within one month of my final decision, the Council has agreed to pay Ms Y £${100 * (i + 1)} to acknowledge the distress caused by the delay.

Final decision

3. I have completed my investigation. There was fault causing injustice.
`;
}

describe('a dataset built from code (openDataset)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-dataset-'));
  const pages = join(dir, 'pages');
  let dataset: Dataset;
  let summary: ImportSummary;
  const errors: string[] = [];
  const progress: number[] = [];

  beforeAll(async () => {
    mkdirSync(pages);
    for (let i = 0; i < 4; i++) writeFileSync(join(pages, `d${i}.txt`), decisionText(i));
    writeFileSync(join(pages, 'broken.txt'), 'not a decision at all');
    dataset = openDataset(join(dir, 'demo.db'));
    summary = await dataset.import([pages], { onError: (m) => void errors.push(m), onProgress: (p) => void progress.push(p.done) });
  });
  afterAll(() => dataset.close());

  it('imports the files, reports the bad one through onError and counts it as failed', () => {
    expect(summary).toMatchObject({ imported: 4, updated: 0, unchanged: 0, failed: 1, files: 5, read: 5, interrupted: false, sampleNotice: null });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('broken.txt');
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });

  it('importing the same files again changes nothing', async () => {
    const again = await dataset.import([pages]);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 4, failed: 1 });
  });

  it('totals by council credit each council its money; the dates take a year or a month', () => {
    const { rows, all, sample } = dataset.totals({ by: 'council', includeAll: true });
    expect(rows.map((r) => [r.key, r.decisions, r.totalPence])).toEqual([
      ['Exampleton Borough Council', 2, 60000],
      ['Demoshire County Council', 2, 40000],
    ]);
    expect(all).toMatchObject({ decisions: 4, totalPence: 100000 });
    expect(sample).toBeNull();
    expect(dataset.totals({ by: 'year', from: '2024', to: '2024-03' }).rows.map((r) => [r.key, r.decisions])).toEqual([['2024', 4]]);
    expect(dataset.totals({ from: '2024-04' }).rows).toEqual([]);
  });

  it('search finds decisions by their words, best first, with a snippet', () => {
    const { hits } = dataset.search('leaking gutter', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.snippet).toMatch(/«leaking» «gutter»|«leaking gutter»/);
  });

  it('decision() returns the record with its evidence and the file it came from; explain() every £ with its verdict', () => {
    const { decisions } = dataset.decision('00-102-001');
    expect(decisions).toHaveLength(1);
    const [found] = decisions;
    expect(found!.record.organisations[0]!.name).toBe('Demoshire County Council');
    expect(found!.record.remedy.payments[0]).toMatchObject({ amountPence: 30000, payee: 'Ms Y' });
    expect(found!.record.remedy.payments[0]!.evidence.quote).toContain('has agreed to pay Ms Y £300');
    expect(found!.sources.map((s) => s.location)).toEqual([join(pages, 'd2.txt')]);
    const [explained] = dataset.explain('00 102 001');
    expect(explained!.remedy.totalPence).toBe(30000);
    expect(explained!.verdicts.filter((v) => v.counted).map((v) => v.pence)).toEqual([30000]);
    expect(dataset.decision('00 999 999').decisions).toEqual([]);
  });

  it('exports CSV and JSON Lines to a sink or a file, and a data package', async () => {
    const chunks: string[] = [];
    const csv = await dataset.exportCsv((chunk) => void chunks.push(chunk), { payments: true });
    expect(csv.rows).toBe(4);
    expect(chunks.join('').split('\n')[0]).toMatch(/^case_ref,url,.*amount_pence,amount_pounds,/);
    const jsonl = await dataset.exportJsonl(join(dir, 'records.jsonl'));
    expect(jsonl.rows).toBe(4);
    const records = readFileSync(join(dir, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { caseRef: string });
    expect(records.map((r) => r.caseRef).sort()).toEqual([ref(0), ref(1), ref(2), ref(3)]);
    const pkg = dataset.exportDataPackage(join(dir, 'package'));
    expect(pkg.rows).toMatchObject({ decisions: 4, payments: 4 });
    expect(JSON.parse(readFileSync(join(dir, 'package', 'datapackage.json'), 'utf8')).resources).toHaveLength(4);
  });

  it('sql runs read-only statements and refuses writes', () => {
    expect(dataset.sql('SELECT count(*) AS n FROM decisions')).toMatchObject({ columns: ['n'], rows: [{ n: 4 }] });
    expect(() => dataset.sql('DELETE FROM decisions')).toThrow(/only read-only queries are allowed/);
  });

  it('a dataset opened read-only answers queries and refuses to import', async () => {
    const reader = openDataset(join(dir, 'demo.db'), { readonly: true });
    try {
      expect(reader.totals().rows).toHaveLength(2);
      await expect(reader.import([pages])).rejects.toThrow(/opened read-only/);
    } finally {
      reader.close();
    }
  });
});
