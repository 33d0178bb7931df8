/**
 * One decision in the store, whatever it came as: a decision letter and the web page of the same decision are one row
 * whichever comes first, with a draft in any order beside them. Records are built directly (test/stage-records.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.js';
import { openDatabase } from '../src/store/db.js';
import { DecisionBatch, DecisionWriter, prepareRows } from '../src/store/decisions.js';
import { findDecisions, queryTotals } from '../src/store/queries.js';
import { listSources } from '../src/store/sources.js';
import { draftRecord, LETTER_DATE, letterRecord, PAGE_URL, pageRecord, REF, sha } from './stage-records.js';
import { all, dump, moneyEverywhere, permutations, state, storeAll } from './stage-store.js';

describe('one decision, whatever it came as: a letter and its web page', () => {
  it('letter then page, and page then letter: one row keyed by the address, page fields first, the letter filling the rest', () => {
    const orders: [Decision, string][][] = [
      [[letterRecord(), 'letter.pdf'], [pageRecord(), 'page.html']],
      [[pageRecord(), 'page.html'], [letterRecord(), 'letter.pdf']],
    ];
    const states = orders.map((order) => {
      const { db, statuses, details } = storeAll(order);
      expect(statuses).toEqual(['imported', 'imported']);
      expect(details).toEqual([null, 'joined']);
      const rows = all(db, 'SELECT key, url, category, outcome, decision_date, document_type, total_pence, counts_money FROM decisions');
      expect(rows).toEqual([{ key: PAGE_URL, url: PAGE_URL, category: 'Housing', outcome: 'upheld', decision_date: LETTER_DATE, document_type: 'statement', total_pence: 30000, counts_money: 1 }]);
      const [d] = findDecisions(db, REF);
      expect([d!.url, d!.title, d!.outcomeLabel, d!.decisionDate, d!.sourceFormat]).toEqual([PAGE_URL, `Exampleton Borough Council (${REF})`, 'Upheld', LETTER_DATE, 'html']);
      expect(findDecisions(db, PAGE_URL)).toHaveLength(1);
      // Money once, everywhere; one decision in totals.
      expect(queryTotals(db, { by: 'council' })).toEqual([{ key: 'Exampleton Borough Council', decisions: 1, decisionsWithPayment: 1, totalPence: 30000, recommendedPence: 30000, checkPence: 0 }]);
      expect(moneyEverywhere(db).payments).toBe(30000);
      const [id] = all(db, 'SELECT id FROM decisions').map((r) => r.id as number);
      expect(listSources(db, id!).map((s) => [s.location, s.role]).sort()).toEqual([['letter.pdf', 'joined'], ['page.html', 'current']]);
      return state(db);
    });
    expect(states[1]).toEqual(states[0]);
  });

  it('a page that states its date keeps it; the letter adds what the page has none of (organisations, summary)', () => {
    const page = pageRecord({ decisionDate: LETTER_DATE, organisations: [], title: null, summary: null });
    const { db } = storeAll([[page, 'page.html'], [letterRecord(), 'letter.pdf']]);
    const [d] = findDecisions(db, REF);
    expect([d!.decisionDate, d!.organisations.map((o) => o.name), d!.summary, d!.category]).toEqual([LETTER_DATE, ['Exampleton Borough Council'], letterRecord().summary, 'Housing']);
    expect(all(db, 'SELECT org_name FROM decisions')).toEqual([{ org_name: 'Exampleton Borough Council' }]);
  });

  it('every order of draft, letter and page ends in the same decision; importing them all again changes nothing', () => {
    const sources: [Decision, string][] = [[draftRecord(), 'draft.pdf'], [letterRecord(), 'letter.pdf'], [pageRecord(), 'page.html']];
    let first: ReturnType<typeof state> | undefined;
    for (const order of permutations(sources)) {
      const { db } = storeAll(order);
      const s = state(db);
      expect(s.decisions).toHaveLength(1);
      expect(s.decisions[0]).toMatchObject({ key: PAGE_URL, stage: 'final', decision_date: LETTER_DATE, total_pence: 30000, counts_money: 1, source_sha256: sha('page') });
      expect(s.drafts).toEqual([{ source_sha256: sha('draft') }]);
      first ??= s;
      expect(s, order.map(([, at]) => at).join(' ')).toEqual(first);
      const before = dump(db);
      const writer = new DecisionWriter(db);
      expect(order.map(([r, at]) => writer.upsert(r, at))).toEqual(['unchanged', 'unchanged', 'unchanged']);
      expect(dump(db)).toBe(before);
    }
  });

  it('a letter dated otherwise than the page is another decision of the reference (a review): two rows, money once', () => {
    const { db } = storeAll([[pageRecord({ decisionDate: '2024-06-01' }), 'page.html'], [letterRecord(), 'letter.pdf']]);
    expect(all(db, 'SELECT key, decision_date, counts_money FROM decisions ORDER BY key')).toEqual([
      { key: PAGE_URL, decision_date: '2024-06-01', counts_money: 0 },
      { key: `ref:${REF}`, decision_date: LETTER_DATE, counts_money: 1 },
    ]);
    expect(queryTotals(db, { by: 'council' })[0]).toMatchObject({ decisions: 2, totalPence: 30000 });
  });

  it('after the join, a changed page is joined with the letter again, and a re-parsed letter updates the decision', () => {
    const { db } = storeAll([[letterRecord(), 'letter.pdf'], [pageRecord(), 'page.html']]);
    const writer = new DecisionWriter(db);
    const changed = pageRecord({ sourceSha256: sha('page v2'), outcomeLabel: 'Upheld: fault and injustice' });
    expect(writer.upsert(changed, 'page.html')).toBe('updated');
    expect(all(db, 'SELECT key, decision_date FROM decisions')).toEqual([{ key: PAGE_URL, decision_date: LETTER_DATE }]);
    expect(findDecisions(db, REF)[0]!.outcomeLabel).toBe('Upheld: fault and injustice');
    const reparsed = letterRecord({ parserVersion: '0.0.0-test', summary: 'A letter read by another parser version.' });
    expect(writer.upsert(reparsed, 'letter.pdf')).toBe('updated');
    expect(writer.detail).toBe('joined');
    const [d] = findDecisions(db, REF);
    expect([d!.outcomeLabel, d!.summary, d!.decisionDate]).toEqual(['Upheld: fault and injustice', pageRecord().summary, LETTER_DATE]);
    expect(all(db, 'SELECT count(*) AS n FROM decisions')).toEqual([{ n: 1 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('through a batch (as lgsco import writes): statuses and details per record, one decision', () => {
    const db = openDatabase(':memory:');
    const batch = new DecisionBatch(db, new DecisionWriter(db), () => false);
    for (const [r, at] of [[pageRecord(), 'p'], [draftRecord(), 'd'], [letterRecord(), 'l']] as [Decision, string][]) batch.add(prepareRows(r), at);
    expect(batch.commit().map((o) => [o.status, o.detail])).toEqual([
      ['imported', null],
      ['unchanged', 'draft-superseded'],
      ['imported', 'joined'],
    ]);
    expect(all(db, 'SELECT count(*) AS n FROM decisions')).toEqual([{ n: 1 }]);
  });
});
