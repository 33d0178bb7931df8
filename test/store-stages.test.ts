/**
 * Stage in the store: drafts are stored and shown but never counted; a draft never replaces the final of its
 * reference and a final replaces its draft; migration 6 gives an older database its stages. A letter and its web page
 * as one decision are in store-one-decision.test.ts. Records are built directly (test/stage-records.ts), so these hold
 * whatever the readers do.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.js';
import { writeDataPackage } from '../src/datapackage/write.js';
import { listDecisions, overview } from '../src/store/browse.js';
import { openDatabase } from '../src/store/db.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { findDecisions, iterateDecisionRows, iteratePaymentRows, queryTotals, searchDecisions, TOTALS_BY } from '../src/store/queries.js';
import { listSources } from '../src/store/sources.js';
import { DRAFT_DATE, draftRecord, LETTER_DATE, letterRecord, PAGE_URL, pageRecord, REF, sha } from './stage-records.js';
import { authority, SHIRE, storeWithAuthorities } from './invented-authorities.js';
import { all, moneyEverywhere, storeAll } from './stage-store.js';

describe('drafts are stored and shown, never counted', () => {
  it('a draft alone: one row at stage draft, with counts_money 0, and in no money figure or decision count', () => {
    const { db, statuses } = storeAll([[draftRecord(), 'draft.pdf']]);
    expect(statuses).toEqual(['imported']);
    expect(all(db, 'SELECT key, stage, counts_money, total_pence FROM decisions')).toEqual([{ key: `ref:${REF}`, stage: 'draft', counts_money: 0, total_pence: 50000 }]);
    for (const by of TOTALS_BY) expect(queryTotals(db, { by }), by).toEqual([]);
    expect(queryTotals(db, { by: 'council', perCapita: true })).toEqual([]);
    expect(overview(db)).toMatchObject({ decisions: 0, upheld: 0, decisionsWithPayment: 0, totalPence: 0, recommendedPence: 0, firstDate: null, drafts: 1 });
    // Shown: found by reference, listed (marked), searchable, with its proposals; its money is 0 in search results.
    expect(findDecisions(db, REF).map((d) => [d.stage, d.remedy.totalPence])).toEqual([['draft', 50000]]);
    expect(listDecisions(db, {}).map((r) => [r.caseRef, r.stage])).toEqual([[REF, 'draft']]);
    expect(searchDecisions(db, 'roof').map((h) => [h.caseRef, h.stage, h.totalPence])).toEqual([[REF, 'draft', 0]]);
    // Exports keep the row and its payment, flagged: counts_money 0, stage draft.
    expect([...iterateDecisionRows(db)].map((r) => [r.stage, r.counts_money])).toEqual([['draft', 0]]);
    expect([...iteratePaymentRows(db)].map((r) => [r.amount_pence, r.counts_money])).toEqual([[50000, 0]]);
    expect(moneyEverywhere(db)).toEqual({ totals: TOTALS_BY.map(() => 0), perCapita: 0, overview: 0, overviewRecommended: 0, payments: 0, decisions: 0 });
  });

  it('beside final decisions, a draft adds nothing to any total, grouping or money sum', () => {
    // Another reference, final, from an invented authority with a population in the store (so per-capita figures
    // exist); and the draft.
    const shire = pageRecord({
      caseRef: '00 000 001',
      url: 'https://www.lgo.org.uk/decisions/housing/council-house-repairs/00-000-001',
      title: `${SHIRE} (00 000 001)`,
      organisations: [{ name: SHIRE, authorityCode: 'XSC', gssCode: null }],
      decisionDate: '2025-02-01',
      sourceSha256: sha('shire'),
    });
    const shireDraft = draftRecord({ caseRef: '00 000 002', organisations: shire.organisations, sourceSha256: sha('shire-draft') });
    const { db, writer } = storeWithAuthorities({ authorities: [authority('XSC', SHIRE, 800_000)], names: { 'sampleshire county council': 'XSC', sampleshire: 'XSC' } });
    expect(writer.upsert(shire, 'shire.html')).toBe('imported');
    const before = moneyEverywhere(db);
    const counts = TOTALS_BY.map((by) => queryTotals(db, { by }).map((r) => [r.key, r.decisions, r.decisionsWithPayment]));
    expect(writer.upsert(shireDraft, 'shire-draft.pdf')).toBe('imported');
    expect(writer.upsert(draftRecord(), 'draft.pdf')).toBe('imported');
    expect(moneyEverywhere(db)).toEqual(before);
    expect(before.totals.every((t) => t === 30000)).toBe(true);
    expect(before.perCapita).toBeGreaterThan(0);
    expect(TOTALS_BY.map((by) => queryTotals(db, { by }).map((r) => [r.key, r.decisions, r.decisionsWithPayment]))).toEqual(counts);
    expect(queryTotals(db, { by: 'council', council: SHIRE })).toEqual([{ key: SHIRE, decisions: 1, decisionsWithPayment: 1, totalPence: 30000, recommendedPence: 30000, checkPence: 0 }]);
    expect(all(db, "SELECT count(*) AS n FROM decisions WHERE stage = 'draft' AND counts_money")).toEqual([{ n: 0 }]);
    expect(overview(db)).toMatchObject({ decisions: 1, drafts: 2, totalPence: 30000 });
    // The explorer's biggest-remedies list does not rank a draft's proposals above a final's money.
    expect(listDecisions(db, {})[0]!.caseRef).toBe('00 000 001');
  });

  it("the data package's payments.csv and decisions.csv: a draft's rows with counts_money 0 and stage draft", () => {
    const { db } = storeAll([
      [pageRecord({ caseRef: '99 000 001', url: 'https://www.lgo.org.uk/decisions/housing/council-house-repairs/99-000-001', sourceSha256: sha('other') }), 'other.html'],
      [draftRecord(), 'draft.pdf'],
    ]);
    const out = join(mkdtempSync(join(tmpdir(), 'lgsco-stage-pkg-')), 'pkg');
    const { descriptor } = writeDataPackage(db, out);
    const csv = (name: string) => readFileSync(join(out, name), 'utf8').trim().split('\n').map((l) => l.split(','));
    const [dHead, ...dRows] = csv('decisions.csv');
    const col = (head: string[], name: string) => head.indexOf(name);
    expect(dHead).toContain('stage');
    expect(dRows.map((r) => [r[col(dHead!, 'case_ref')], r[col(dHead!, 'stage')], r[col(dHead!, 'counts_money')]]).sort()).toEqual([
      ['99 000 001', 'final', '1'],
      [REF, 'draft', '0'],
    ]);
    const [pHead, ...pRows] = csv('payments.csv');
    const counted = pRows.filter((r) => r[col(pHead!, 'counts_money')] === '1').reduce((s, r) => s + Number(r[col(pHead!, 'amount_pence')]), 0);
    expect(counted).toBe(30000);
    const stage = descriptor.resources[0]!.schema.fields.find((f) => f.name === 'stage')!;
    expect(stage).toMatchObject({ type: 'string', constraints: { required: true, enum: ['final', 'draft'] } });
    expect(stage.description).toMatch(/draft decision sent to the parties/);
    expect(descriptor.description).toMatch(/a draft decision \(stage draft\), whose remedies are proposals, never/);
    const countsMoney = descriptor.resources.find((r) => r.name === 'payments')!.schema.fields.find((f) => f.name === 'counts_money')!;
    expect(countsMoney.description).toMatch(/false for a draft decision/);
  });
});

describe('a draft never replaces the final of its reference; a final replaces its draft', () => {
  it('draft then final letter: the final takes the row; the draft, whole, goes to decision_history', () => {
    const { db, statuses, details } = storeAll([[draftRecord(), 'draft.pdf'], [letterRecord(), 'final.pdf']]);
    expect(statuses).toEqual(['imported', 'imported']);
    expect(details).toEqual([null, 'draft-replaced']);
    expect(all(db, 'SELECT key, stage, decision_date, total_pence, counts_money FROM decisions')).toEqual([
      { key: `ref:${REF}`, stage: 'final', decision_date: LETTER_DATE, total_pence: 30000, counts_money: 1 },
    ]);
    const [kept] = all(db, 'SELECT record FROM decision_history').map((r) => JSON.parse(r.record as string) as Decision);
    expect([kept!.stage, kept!.decisionDate, kept!.remedy.totalPence, kept!.sections.length]).toEqual(['draft', DRAFT_DATE, 50000, 4]);
  });

  it('final then draft: the final stays; the draft is kept in decision_history only and reported unchanged', () => {
    const { db, statuses, details } = storeAll([[letterRecord(), 'final.pdf'], [draftRecord(), 'draft.pdf']]);
    expect(statuses).toEqual(['imported', 'unchanged']);
    expect(details).toEqual([null, 'draft-superseded']);
    expect(all(db, 'SELECT stage, decision_date, total_pence FROM decisions')).toEqual([{ stage: 'final', decision_date: LETTER_DATE, total_pence: 30000 }]);
    const [kept] = all(db, 'SELECT record FROM decision_history').map((r) => JSON.parse(r.record as string) as Decision);
    expect([kept!.stage, kept!.remedy.totalPence, kept!.sections[2]!.paragraphs[0]!.text]).toEqual(['draft', 50000, draftRecord().sections[2]!.paragraphs[0]!.text]);
    // The draft's file is a source of the decision, marked as its draft.
    const [id] = all(db, 'SELECT id FROM decisions').map((r) => r.id as number);
    expect(listSources(db, id!).map((s) => [s.location, s.role])).toEqual([['final.pdf', 'current'], ['draft.pdf', 'draft']]);
  });

  it('a draft whose final is a web page (another key) gives way to it too, in either order', () => {
    for (const order of [[[draftRecord(), 'd'], [pageRecord(), 'p']], [[pageRecord(), 'p'], [draftRecord(), 'd']]] as [Decision, string][][]) {
      const { db } = storeAll(order);
      expect(all(db, 'SELECT key, stage, total_pence, counts_money FROM decisions')).toEqual([{ key: PAGE_URL, stage: 'final', total_pence: 30000, counts_money: 1 }]);
      expect(all(db, "SELECT count(*) AS n FROM decision_history WHERE json_extract(record, '$.stage') = 'draft'")).toEqual([{ n: 1 }]);
    }
  });

  it('a draft with a different date or body than its final still never counts (the final is the latest of its reference)', () => {
    const { db } = storeAll([[pageRecord({ decisionDate: '2020-01-01' }), 'old-page.html'], [draftRecord({ decisionDate: '2030-01-01' }), 'draft.pdf']]);
    expect(all(db, 'SELECT stage, counts_money FROM decisions')).toEqual([{ stage: 'final', counts_money: 1 }]);
  });
});

describe('migration 6', () => {
  it('an older database upgrades: every row final, counts unchanged, the covering indexes carry the stage', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig6-')), 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.id < 6)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
    }
    const insert = old.prepare(`INSERT INTO decisions (key, url, case_ref, document_type, total_pence, recommended_pence, waived_pence, payment_count,
      body_sha256, counts_money, source_sha256, parser_version, first_imported_at, updated_at) VALUES (?, ?, ?, 'statement', ?, ?, 0, 1, ?, ?, ?, '0.1.0', 'x', 'x')`);
    insert.run(PAGE_URL, PAGE_URL, REF, 30000, 30000, 'b1', 1, sha('a'));
    insert.run('https://www.lgo.org.uk/decisions/housing/council-house-repairs/99-000-001', null, '99 000 001', 20000, 20000, 'b1', 0, sha('b'));
    old.close();
    // A read-only open (lgsco totals) upgrades it first.
    const ro = openDatabase(path, { readonly: true });
    expect(all(ro, 'SELECT stage, counts_money FROM decisions ORDER BY id')).toEqual([{ stage: 'final', counts_money: 1 }, { stage: 'final', counts_money: 0 }]);
    expect(queryTotals(ro, { by: 'year' })).toEqual([{ key: '(no date)', decisions: 2, decisionsWithPayment: 2, totalPence: 30000, recommendedPence: 30000, checkPence: 0 }]);
    expect(all(ro, 'SELECT id FROM migrations ORDER BY id').map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    for (const index of ['decisions_g_council', 'decisions_g_category', 'decisions_g_outcome', 'decisions_g_date']) {
      expect(all(ro, `PRAGMA index_info(${index})`).map((c) => c.name).at(-1), index).toBe('stage');
    }
    expect(all(ro, "SELECT name FROM sqlite_master WHERE name IN ('decision_parts', 'decision_history_decision') ORDER BY name")).toEqual([
      { name: 'decision_history_decision' },
      { name: 'decision_parts' },
    ]);
    ro.close();
  });

  it('totals read a covering index alone, the stage filter included (no table lookups but the mixed decisions\' rows)', () => {
    const db = openDatabase(':memory:');
    const prepare = db.prepare.bind(db);
    let sql = '';
    (db as { prepare: (s: string) => unknown }).prepare = (s: string) => ((sql = s), prepare(s));
    for (const by of TOTALS_BY) {
      queryTotals(db, { by });
      const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
      const scans = plan.map((r) => r.detail).filter((d) => /^SCAN d\b/.test(d));
      // Every decision from a decisions_g_ index; those with money to check, again from a decisions_check_ one.
      expect(scans, by).toHaveLength(2);
      expect(scans[0], by).toMatch(/USING COVERING INDEX decisions_g_/);
      expect(scans[1], by).toMatch(/USING COVERING INDEX decisions_check_/);
      // By council and nation (money credited by payment), the few decisions with a second body or a payer named are
      // read by rowid, once (mixed_d); their bodies and payments from covering partial indexes.
      const others = plan.map((r) => r.detail).filter((d) => /^(?:SEARCH|SCAN) (?:d|decision_organisations|payments|o|p)\b/.test(d) && !scans.includes(d));
      for (const o of others) expect(o, by).toMatch(/USING INTEGER PRIMARY KEY|USING COVERING INDEX (?:payments_payer|decision_organisations_more)/);
    }
    db.close();
  });
});
