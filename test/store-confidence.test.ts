/**
 * Confidence in the store: each payment's confidence ("certain" or "check") and what to check are kept with it, each
 * decision keeps its money to check, totals say how much of every figure is to check and `certainOnly` leaves that
 * money out (every grouping, per capita, the All line, money credited by payer), migration 8 upgrades a database, show
 * marks payments to check, and the exports carry the columns. Every body, reference and code here is invented (no money
 * under a real council's name); the authorities are a test index (test/invented-authorities.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.js';
import type { Payment } from '../schemas/remedy.js';
import type { AuthorityIndex } from '../src/authorities/index.js';
import { formatDecision } from '../src/cli/commands/show.js';
import { RESOURCES, fieldsOf } from '../src/datapackage/columns.js';
import { listDecisions, overview } from '../src/store/browse.js';
import { withPoundsColumns } from '../src/format/csv.js';
import { packageColumns } from '../src/store/datapackage.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { creditsOf, findDecisionIds, iteratePaymentRows, loadRecord, PAYMENT_COLUMNS, queryTotals, queryTotalsAll, TOTALS_BY, type TotalsRow } from '../src/store/queries.js';
import { authority, BOROUGH, COUNTY, decisionAbout, lookupIn, organisation, storeWithAuthorities } from './invented-authorities.js';
import { letterRecord, pageRecord, sha } from './stage-records.js';

const NEXT_SENTENCE = 'amount stated in the sentence after the payment';
const TENSE = 'status read from the verb’s tense';

const TEST_INDEX: AuthorityIndex = {
  authorities: [authority('XEC', COUNTY, 500_000), authority('XEB', BOROUGH, 100_000)],
  names: { 'exampleton county council': 'XEC', 'exampleton borough council': 'XEB' },
};
const lookup = lookupIn(TEST_INDEX);
const testStore = (path?: string) => storeWithAuthorities(TEST_INDEX, path);

/** A payment: certain, or to check with `reason`. */
function payment(pence: number, quote: string, reason: string | null = null, over: Partial<Payment> = {}): Payment {
  const base = pageRecord().remedy.payments[0]!;
  return { ...base, amountPence: pence, confidence: reason ? 'check' : 'certain', checkReason: reason, evidence: { ...base.evidence, quote }, ...over };
}

/** An invented final decision about `bodies` with these payments, under Adult care services > Charging. */
const decision = (ref: string, bodies: string[], payments: Payment[], over: Partial<Decision> = {}): Decision =>
  decisionAbout(ref, bodies, bodies.map((name) => organisation(lookup, name)), payments, {
    url: `https://www.lgo.org.uk/decisions/adult-care-services/charging/${ref.replace(/ /g, '-')}`,
    category: 'Adult care services',
    subcategory: 'Charging',
    ...over,
  });

/** Exampleton Borough Council: £500 certain and £2,345 to check (the sum in the sentence after "settle the invoice"). */
const mixed = (over: Partial<Decision> = {}) =>
  decision(
    '99 123 456',
    [BOROUGH],
    [
      payment(50000, 'The Council has agreed to pay Mrs X £500 for the distress caused by the delay.'),
      payment(234500, 'This is £2,345.', NEXT_SENTENCE),
    ],
    over,
  );
/** The borough again: only £100 paid before, to check (its status read from the verb's tense). */
const checkOnly = () => decision('99 123 457', [BOROUGH], [payment(10000, 'In 2024 the Council paid Mr Y £100.', TENSE, { status: 'prior' })]);
/** Both councils: the county pays £2,000 (to check), the borough £300 (certain). */
const twoCouncils = () =>
  decision('99 123 458', [COUNTY, BOROUGH], [
    payment(200000, `${COUNTY} has agreed to pay Mrs Z £2,000. This is for her lost respite.`, 'amount worked out from a rate and a period', { payer: COUNTY }),
    payment(30000, `${BOROUGH} has agreed to pay Mrs Z £300 for her distress.`, null, { payer: BOROUGH }),
  ]);

const stored = (db: Db) =>
  db
    .prepare('SELECT d.case_ref, p.position, p.amount_pence, p.confidence, p.check_reason FROM payments p JOIN decisions d ON d.id = p.decision_id ORDER BY d.case_ref, p.position')
    .raw()
    .all() as unknown[][];
const checkColumns = (db: Db) => db.prepare('SELECT case_ref, check_pence, check_recommended_pence, check_count FROM decisions ORDER BY case_ref').raw().all() as unknown[][];
const rowsOf = (rows: TotalsRow[]) => rows.map((r) => [r.key, r.decisions, r.decisionsWithPayment, r.totalPence, r.recommendedPence, r.checkPence]);

describe('the store keeps each payment\'s confidence', () => {
  it('round trip: payments rows, the decision\'s money to check, the record, the payments export', () => {
    const { db, writer } = testStore();
    expect(writer.upsert(mixed(), 'mixed.html')).toBe('imported');
    expect(stored(db)).toEqual([
      ['99 123 456', 0, 50000, 'certain', null],
      ['99 123 456', 1, 234500, 'check', NEXT_SENTENCE],
    ]);
    expect(checkColumns(db)).toEqual([['99 123 456', 234500, 234500, 1]]);
    const [id] = findDecisionIds(db, '99 123 456');
    expect(loadRecord(db, id!).remedy.payments.map((p) => [p.confidence, p.checkReason])).toEqual([
      ['certain', null],
      ['check', NEXT_SENTENCE],
    ]);
    expect(PAYMENT_COLUMNS.slice(PAYMENT_COLUMNS.indexOf('purpose_text'), PAYMENT_COLUMNS.indexOf('section'))).toEqual(['purpose_text', 'confidence', 'check_reason']);
    expect([...iteratePaymentRows(db)].map((r) => [r.amount_pence, r.confidence, r.check_reason])).toEqual([
      [50000, 'certain', null],
      [234500, 'check', NEXT_SENTENCE],
    ]);
    // The same file again changes nothing; a changed page replaces the rows (its sum now read in its own sentence).
    expect(writer.upsert(mixed(), 'mixed.html')).toBe('unchanged');
    const settled = mixed({ sourceSha256: sha('settled') });
    settled.remedy.payments[1] = { ...settled.remedy.payments[1]!, confidence: 'certain', checkReason: null };
    expect(writer.upsert(settled, 'mixed.html')).toBe('updated');
    expect(stored(db).map((r) => r[3])).toEqual(['certain', 'certain']);
    expect(checkColumns(db)).toEqual([['99 123 456', 0, 0, 0]]);
  });

  it('a letter joining a page keeps the page\'s payments with their confidence, whichever comes first', () => {
    const page = pageRecord({ remedy: { ...pageRecord().remedy, payments: [{ ...pageRecord().remedy.payments[0]!, confidence: 'check', checkReason: TENSE }] } });
    for (const order of [[page, letterRecord()], [letterRecord(), page]]) {
      const { db, writer } = testStore();
      order.forEach((r, i) => writer.upsert(r, `file-${i}`));
      expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(1);
      expect(stored(db)).toEqual([['99 123 456', 0, 30000, 'check', TENSE]]);
      expect(checkColumns(db)).toEqual([['99 123 456', 30000, 30000, 1]]);
    }
  });
});

describe('totals: how much is to check, and --certain-only', () => {
  /** The three decisions, a republished copy of the first (counts no money) and a draft with money to check. */
  function fullStore(): Db {
    const { db, writer } = testStore();
    writer.upsert(mixed(), 'mixed.html');
    writer.upsert(checkOnly(), 'check-only.html');
    writer.upsert(twoCouncils(), 'two.html');
    writer.upsert(mixed({ caseRef: '99 123 459', url: 'https://www.lgo.org.uk/decisions/adult-care-services/charging/99-123-459', sourceSha256: sha('copy') }), 'copy.html');
    writer.upsert(mixed({ caseRef: '99 123 460', url: null, stage: 'draft', sourceSha256: sha('draft') }), 'draft.pdf');
    return db;
  }

  it('by council: each row\'s money to check; certain only leaves it out, and WITH £ counts decisions with a certain payment', () => {
    const db = fullStore();
    // Borough: 99 123 456 (£500 + £2,345 to check), its copy (no money), 99 123 457 (£100 to check), 99 123 458 (£300).
    expect(rowsOf(queryTotals(db, { by: 'council' }))).toEqual([
      [BOROUGH, 4, 4, 50000 + 234500 + 10000 + 30000, 50000 + 234500 + 30000, 234500 + 10000],
      [COUNTY, 1, 1, 200000, 200000, 200000],
    ]);
    expect(rowsOf(queryTotals(db, { by: 'council', certainOnly: true }))).toEqual([
      [BOROUGH, 4, 3, 50000 + 30000, 50000 + 30000, 234500 + 10000],
      [COUNTY, 1, 0, 0, 0, 200000],
    ]);
    expect(queryTotalsAll(db, {})).toEqual({ key: 'All', decisions: 4, decisionsWithPayment: 4, totalPence: 524500, recommendedPence: 514500, checkPence: 444500 });
    expect(queryTotalsAll(db, { certainOnly: true })).toEqual({ key: 'All', decisions: 4, decisionsWithPayment: 3, totalPence: 80000, recommendedPence: 80000, checkPence: 444500 });
    expect(queryTotalsAll(db, { council: COUNTY, certainOnly: true })).toMatchObject({ decisions: 1, totalPence: 0, checkPence: 200000 });
    expect(rowsOf(queryTotals(db, { by: 'council', council: BOROUGH, certainOnly: true }))).toEqual([[BOROUGH, 4, 3, 80000, 80000, 244500]]);
  });

  it('every grouping adds up to the same money, with and without certainOnly; per capita follows', () => {
    const db = fullStore();
    const sum = (rows: TotalsRow[], k: 'totalPence' | 'checkPence' | 'recommendedPence') => rows.reduce((s, r) => s + r[k], 0);
    for (const by of TOTALS_BY) {
      const all = queryTotals(db, { by });
      const certain = queryTotals(db, { by, certainOnly: true });
      expect([sum(all, 'totalPence'), sum(all, 'checkPence'), sum(all, 'recommendedPence')], by).toEqual([524500, 444500, 514500]);
      expect([sum(certain, 'totalPence'), sum(certain, 'checkPence'), sum(certain, 'recommendedPence')], by).toEqual([80000, 444500, 80000]);
    }
    expect(rowsOf(queryTotals(db, { by: 'year', certainOnly: true }))).toEqual([['2025', 4, 3, 80000, 80000, 444500]]);
    expect(rowsOf(queryTotals(db, { by: 'year', council: COUNTY }))).toEqual([['2025', 1, 1, 200000, 200000, 200000]]);
    const perHead = (certainOnly: boolean) => queryTotals(db, { by: 'council', perCapita: true, certainOnly, minDecisions: 1 }).map((r) => [r.key, r.perHundredThousandPence]);
    expect(perHead(false)).toEqual([
      [BOROUGH, Math.round((324500 * 100000) / 100_000)],
      [COUNTY, Math.round((200000 * 100000) / 500_000)],
    ]);
    expect(perHead(true)).toEqual([
      [BOROUGH, Math.round((80000 * 100000) / 100_000)],
      [COUNTY, 0],
    ]);
  });

  it('the explorer\'s lists and overview: money to check per decision, certain money first with certainOnly', () => {
    const db = fullStore();
    const list = (certainOnly: boolean, council?: string) =>
      listDecisions(db, { certainOnly, council }).filter((r) => r.stage === 'final' && r.countsMoney).map((r) => [r.caseRef, r.creditedPence ?? r.totalPence, r.checkPence]);
    expect(list(false)).toEqual([
      ['99 123 456', 284500, 234500],
      ['99 123 458', 230000, 200000],
      ['99 123 457', 10000, 10000],
    ]);
    expect(list(true).map((r) => r[0])).toEqual(['99 123 456', '99 123 458', '99 123 457']); // £500, £300, £0 certain
    expect(list(false, COUNTY)).toEqual([['99 123 458', 200000, 200000]]);
    expect(list(false, BOROUGH).find((r) => r[0] === '99 123 458')).toEqual(['99 123 458', 30000, 0]);
    expect(overview(db)).toMatchObject({ totalPence: 524500, checkPence: 444500 });
  });

  it('a decision with money to check is read from a decisions_check_ index, in every grouping and with certainOnly', () => {
    const db = fullStore();
    const prepare = db.prepare.bind(db);
    let sql = '';
    (db as { prepare: (s: string) => unknown }).prepare = (s: string) => ((sql = s), prepare(s));
    for (const by of TOTALS_BY) {
      for (const certainOnly of [false, true]) {
        queryTotals(db, { by, certainOnly });
        const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
        expect(plan.filter((d) => /^SCAN d USING COVERING INDEX decisions_check_/.test(d)), by).toHaveLength(1);
        expect(plan.filter((d) => /^SCAN d\b/.test(d) && !/COVERING INDEX/.test(d)), by).toEqual([]);
      }
    }
  });
});

describe('migration 8: an existing database', () => {
  it('copies the confidence a stored record holds, makes the rest certain, and totals follow', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig8-')), 'old.db');
    const { db: now, writer } = testStore(path);
    writer.upsert(mixed(), 'mixed.html'); // stored since the extractor records confidence: its JSON holds it
    writer.upsert(twoCouncils(), 'two.html');
    writer.upsert(checkOnly(), 'old.html');
    // 99 123 457 stored before the extractor said: no confidence in its JSON.
    const id = now.prepare("SELECT id FROM decisions WHERE case_ref = '99 123 457'").pluck().get() as number;
    const record = JSON.parse(now.prepare('SELECT record FROM decision_records WHERE decision_id = ?').pluck().get(id) as string) as { remedy: { payments: Record<string, unknown>[] } };
    for (const p of record.remedy.payments) {
      delete p.confidence;
      delete p.checkReason;
    }
    now.prepare('UPDATE decision_records SET record = ? WHERE decision_id = ?').run(JSON.stringify(record), id);
    // Back to migration 7: migration 8's indexes and columns gone (payments_payer as migration 7 made it).
    now.exec(`DROP INDEX decisions_check_council; DROP INDEX decisions_check_category; DROP INDEX decisions_check_outcome; DROP INDEX decisions_check_date;
      DROP INDEX payments_payer;
      ALTER TABLE payments DROP COLUMN confidence; ALTER TABLE payments DROP COLUMN check_reason;
      ALTER TABLE decisions DROP COLUMN check_pence; ALTER TABLE decisions DROP COLUMN check_recommended_pence; ALTER TABLE decisions DROP COLUMN check_count;
      CREATE INDEX payments_payer ON payments(decision_id, credited_authority_code, credited_name, amount_pence, status, payer) WHERE payer IS NOT NULL;
      DELETE FROM migrations WHERE id = 8;`);
    now.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare("SELECT count(*) FROM pragma_table_info('payments') WHERE name = 'confidence'").pluck().get()).toBe(0);
    raw.close();

    const db = openDatabase(path, { readonly: true }); // a read-only open upgrades first
    expect(db.prepare('SELECT id FROM migrations WHERE id >= 8 ORDER BY id').pluck().all()).toEqual(MIGRATIONS.filter((m) => m.id >= 8).map((m) => m.id));
    expect(stored(db)).toEqual([
      ['99 123 456', 0, 50000, 'certain', null],
      ['99 123 456', 1, 234500, 'check', NEXT_SENTENCE],
      ['99 123 457', 0, 10000, 'certain', null],
      ['99 123 458', 0, 200000, 'check', 'amount worked out from a rate and a period'],
      ['99 123 458', 1, 30000, 'certain', null],
    ]);
    expect(checkColumns(db)).toEqual([
      ['99 123 456', 234500, 234500, 1],
      ['99 123 457', 0, 0, 0],
      ['99 123 458', 200000, 200000, 1],
    ]);
    expect(rowsOf(queryTotals(db, { by: 'council', certainOnly: true }))).toEqual([
      [BOROUGH, 3, 3, 50000 + 10000 + 30000, 50000 + 30000, 234500],
      [COUNTY, 1, 0, 0, 0, 200000],
    ]);
    // The old record reads as certain, as its rows are.
    const [old] = findDecisionIds(db, '99 123 457');
    expect(loadRecord(db, old!).remedy.payments.map((p) => [p.confidence, p.checkReason])).toEqual([['certain', null]]);
    for (const index of ['decisions_check_council', 'decisions_check_category', 'decisions_check_outcome', 'decisions_check_date']) {
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(index), index).toBe(1);
    }
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'payments_payer'").pluck().get()).toMatch(/confidence/);
    db.close();
  });
});

describe('show and the data package', () => {
  it('show marks each payment to check with its reason, and the Remedy line says how much is to check', () => {
    const { db, writer } = testStore();
    writer.upsert(mixed(), 'mixed.html');
    writer.upsert(decision('99 123 461', [BOROUGH], [payment(15000, 'The Council should pay Mr W £150 for his time and trouble.')]), 'certain.html');
    const show = (ref: string) => {
      const [id] = findDecisionIds(db, ref);
      return formatDecision(loadRecord(db, id!), [], creditsOf(db, id!));
    };
    const text = show('99 123 456');
    expect(text).toContain('Remedy: £2,845 in total, £2,845 recommended, £2,345 of it to check (1 payment marked check)\n');
    expect(text).toMatch(/£2,345 +recommended to Mr X — distress: the distress caused by the delay \[check: amount stated in the sentence after the payment\]\n/);
    expect(text).not.toMatch(/£500 .*\[check/);
    const certain = show('99 123 461');
    expect(certain).not.toContain('to check');
    expect(certain).not.toContain('[check');
  });

  it('payments.csv of the data package has confidence and check_reason, described from the zod schema', () => {
    const { db } = testStore();
    const spec = RESOURCES.find((r) => r.name === 'payments')!;
    const fields = fieldsOf(spec);
    expect(withPoundsColumns(packageColumns(db, 'payments'))).toEqual(fields.map((f) => f.name));
    const confidence = fields.find((f) => f.name === 'confidence')!;
    expect(confidence.constraints).toEqual({ required: true, enum: ['certain', 'check'] });
    expect(confidence.description).toMatch(/^certain: amount, status and payee each read from the payment's own sentence/);
    expect(fields.find((f) => f.name === 'check_reason')!.description).toMatch(/^What to check, when confidence is "check"/);
  });
});
