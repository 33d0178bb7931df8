import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../csv-text.js';
import { digestMarkdown, renderDigest } from '../../src/format/digest.js';
import { parseDecision } from '../../src/index.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { DecisionWriter } from '../../src/store/decisions.js';
import { checkSinceDate, queryDigest, type DigestEntry } from '../../src/store/digest.js';
import { demoDecisionText } from './demo-store.js';

/** Store demo decision `i` as if at `when` (the writer stamps rows with the clock). */
async function storeAt(db: Db, when: string, i: number, text = demoDecisionText(i)): Promise<string> {
  const record = await parseDecision(Buffer.from(text));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(when));
  try {
    return new DecisionWriter(db).upsert(record, `demo/${i}@${when}.txt`);
  } finally {
    vi.useRealTimers();
  }
}

/** Decisions 0–2 stored on 1 November, 3–4 on 20 November, 5 on 28 November; decision 1's page changes on 25 November. */
async function weeklyStore(): Promise<Db> {
  const db = openDatabase(':memory:');
  for (const i of [0, 1, 2]) await storeAt(db, '2026-11-01T09:00:00Z', i);
  await storeAt(db, '2026-11-20T08:00:00Z', 3);
  await storeAt(db, '2026-11-20T18:30:00Z', 4);
  await storeAt(db, '2026-11-28T07:15:00Z', 5, demoDecisionText(5, { summary: 'Mr "Q" said the <b>Council</b> & its agent were *late*.' }));
  expect(await storeAt(db, '2026-11-25T12:00:00Z', 1, demoDecisionText(1, { words: 'for eleven months' }))).toBe('updated');
  return db;
}

afterEach(() => vi.useRealTimers());

describe('digest: decisions first seen since a date', () => {
  it('lists the decisions first stored on or after the day, newest first, with their payments and sentences; a changed page is not new', async () => {
    const db = await weeklyStore();
    const entries = queryDigest(db, { since: '2026-11-20' });
    expect(entries.map((e) => [e.caseRef, e.firstSeen])).toEqual([
      ['00 100 005', '2026-11-28T07:15:00.000Z'],
      ['00 100 004', '2026-11-20T18:30:00.000Z'],
      ['00 100 003', '2026-11-20T08:00:00.000Z'],
    ]);
    const latest = entries[0]!;
    expect(latest).toMatchObject({ organisations: ['Inventa District Council'], outcome: 'upheld', stage: 'final', countsMoney: true, totalPence: 32500 + 5000 });
    expect(latest.payments.map((p) => [p.amountPence, p.payee, p.status])).toEqual([
      [32500, 'Ms Y', 'recommended'],
      [5000, 'Ms Y', 'recommended'],
    ]);
    expect(latest.payments[0]!.quote).toMatch(/has agreed to pay Ms Y £325 to acknowledge the distress/);
    expect(queryDigest(db, { since: '2026-11-29' })).toEqual([]);
    expect(queryDigest(db, { since: '2026-11-01' })).toHaveLength(6);
    expect(queryDigest(db, { since: '2026-11-01', limit: 2 }).map((e) => e.caseRef)).toEqual(['00 100 005', '00 100 004']);
  });

  it('--council keeps the decisions naming that body; an unknown one is refused; the date must be a real YYYY-MM-DD', async () => {
    const db = await weeklyStore();
    expect(queryDigest(db, { since: '2026-11-01', council: 'demoshire county council' }).map((e) => e.caseRef)).toEqual(['00 100 003', '00 100 000']);
    expect(() => queryDigest(db, { since: '2026-11-01', council: 'Nowhere Parish Council' })).toThrow(/Nowhere Parish Council/);
    for (const bad of ['2026-02-30', '27/11/2026', 'last week', '2026-11-1']) expect(() => checkSinceDate(bad), bad).toThrow(/--since .*YYYY-MM-DD/);
  });

  it('reads the first-seen index (migration 11), not the whole table', async () => {
    const db = await weeklyStore();
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT d.id FROM decisions d WHERE d.first_imported_at >= ? ORDER BY d.first_imported_at DESC")
      .all('2026-11-20')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/decisions_first_seen/);
  });

  it('Markdown: a section per decision, its money and each payment with its sentence, markup in the text escaped', async () => {
    const db = await weeklyStore();
    const text = digestMarkdown(queryDigest(db, { since: '2026-11-28' }), { since: '2026-11-28' });
    expect(text).toBe(`# Decisions first seen since 2026-11-28

1 decision, newest first.

## Inventa District Council (00 100 005)

decided 2024-03-12 · upheld · Housing · first seen 2026-11-28  
<https://www.lgo.org.uk/decisions/housing/homelessness/00-100-005>

£375 in 2 payments.

- £325 to Ms Y (recommended): “Within one month of my final decision, the Council has agreed to pay Ms Y £325 to acknowledge the distress caused, and £50 for her time and trouble.”
- £50 to Ms Y (recommended): “Within one month of my final decision, the Council has agreed to pay Ms Y £325 to acknowledge the distress caused, and £50 for her time and trouble.”
- Action (review procedures): review its procedures for placing families in temporary accommodation
`);
    const weird: DigestEntry = { ...queryDigest(db, { since: '2026-11-28' })[0]!, title: 'A <b> & *c* [d](e)', payments: [], actions: [] };
    expect(digestMarkdown([weird], { since: '2026-11-28', council: 'X' })).toContain('## A \\<b\\> & \\*c\\* \\[d\\](e)\n');
    expect(digestMarkdown([], { since: '2026-11-28' })).toBe('# Decisions first seen since 2026-11-28\n\nNone.\n');
  });

  it('CSV has one row per payment with the same money; JSON holds the entries as they are', async () => {
    const db = await weeklyStore();
    const entries = queryDigest(db, { since: '2026-11-20' });
    const [header, ...rows] = parseCsv(renderDigest(entries, { since: '2026-11-20' }, 'csv'));
    expect(rows).toHaveLength(6);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => Number(r[col('amount_pence')])).reduce((a, b) => a + b, 0)).toBe(entries.reduce((a, e) => a + e.totalPence, 0));
    expect(rows[0]![col('case_ref')]).toBe('00 100 005');
    expect(rows[0]![col('amount_pounds')]).toBe('325.00');
    const json = JSON.parse(renderDigest(entries, { since: '2026-11-20', council: null }, 'json')) as { since: string; decisions: DigestEntry[] };
    expect(json).toEqual({ since: '2026-11-20', council: null, decisions: entries });
  });
});
