/**
 * Money to the body that pays it, in the store: each payment is credited to its payer when that is one of the
 * decision's organisations or a known local authority, else to the decision's first organisation; totals by council,
 * per head and by nation follow the credit; a council's decisions are the decisions that name it. Every body here is
 * invented, and so are its authority codes: a test authority index (matched by src/authorities' own matcher) and the
 * same authorities in the store's authorities table. No invented money is put under a real council's name.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.js';
import type { Payment } from '../schemas/remedy.js';
import { loadAuthorityIndex, type AuthorityIndex } from '../src/authorities/index.js';
import { formatDecision } from '../src/cli/commands/show.js';
import { parseDecision } from '../src/index.js';
import { listDecisions } from '../src/store/browse.js';
import { creditPayment } from '../src/store/credit.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { creditsOf, findDecisionIds, iteratePaymentRows, loadRecord, queryTotals, queryTotalsAll, TOTALS_BY } from '../src/store/queries.js';
import { pageRecord, sha } from './stage-records.js';
import { FIXTURES, ROOT } from './helpers.js';
import { authority, BOROUGH, COUNTY, decisionAbout, lookupIn, organisation, SHIRE, storeWithAuthorities } from './invented-authorities.js';

const CARE = 'Barsetshire Care Homes Limited';

/** Invented authorities (codes no real authority has), with the names the matcher looks them up by. */
const TEST_INDEX: AuthorityIndex = {
  authorities: [authority('XEC', COUNTY, 500_000), authority('XEB', BOROUGH, 100_000), authority('XSC', SHIRE, 800_000)],
  names: { 'exampleton county council': 'XEC', 'exampleton borough council': 'XEB', 'sampleshire county council': 'XSC', sampleshire: 'XSC' },
};
const lookup = lookupIn(TEST_INDEX);
const testStore = () => storeWithAuthorities(TEST_INDEX);
const org = (name: string) => organisation(lookup, name);

/** A payment as the readers give one (the invented page's, with another amount, payer and sentence). */
function payment(pence: number, payer: string | null, quote: string, status: Payment['status'] = 'recommended'): Payment {
  const base = pageRecord().remedy.payments[0]!;
  return { ...base, amountPence: pence, payer, status, evidence: { ...base.evidence, quote } };
}

/** An invented final decision about `bodies` with these payments. */
const decision = (ref: string, bodies: string[], payments: Payment[], over: Partial<Decision> = {}): Decision =>
  decisionAbout(ref, bodies, bodies.map(org), payments, over);

/** The two-council decision: the county pays £2,000, the borough £300. */
const twoCouncils = (over: Partial<Decision> = {}) =>
  decision(
    '99 555 001',
    [COUNTY, BOROUGH],
    [
      payment(200000, COUNTY, `${COUNTY} has agreed to pay Mrs X £2,000 for the distress caused by the delay in the assessment.`),
      payment(30000, BOROUGH, `${BOROUGH} has agreed to pay Mrs X £300 for the distress caused by its delay in deciding the grant.`),
    ],
    over,
  );

const rowsOf = (db: Db, by: (typeof TOTALS_BY)[number] = 'council', council?: string) =>
  queryTotals(db, { by, council }).map((r) => [r.key, r.decisions, r.decisionsWithPayment, r.totalPence, r.recommendedPence]);
const credited = (db: Db) =>
  db.prepare('SELECT amount_pence, payer, credited_name, credited_authority_code FROM payments ORDER BY decision_id, position').raw().all() as unknown[][];

describe('creditPayment: the rule', () => {
  const bodies = [org(COUNTY), org(BOROUGH)];
  it.each([
    ['no payer: the first organisation', null, bodies, { name: COUNTY, authorityCode: 'XEC' }],
    ['one of the organisations, by name', BOROUGH, bodies, { name: BOROUGH, authorityCode: 'XEB' }],
    ['one of the organisations, however spaced or cased', '  exampleton   borough COUNCIL ', bodies, { name: BOROUGH, authorityCode: 'XEB' }],
    ['one of the organisations, by its authority under another name', 'Sampleshire', [org(BOROUGH), org(SHIRE)], { name: SHIRE, authorityCode: 'XSC' }],
    ['a known authority not in the title: that authority, as the text names it', SHIRE, bodies, { name: SHIRE, authorityCode: 'XSC' }],
    ['neither (a care provider): the first organisation', CARE, bodies, { name: COUNTY, authorityCode: 'XEC' }],
    ['a payer with no organisation: no body, unless an authority', CARE, [], { name: null, authorityCode: null }],
    ['an authority with no organisation: that authority', SHIRE, [], { name: SHIRE, authorityCode: 'XSC' }],
  ])('%s', (_, payer, orgs, want) => {
    expect(creditPayment(payer, orgs, lookup)).toEqual(want);
  });

  it('the test codes are no real authority\'s', () => {
    const real = new Set(loadAuthorityIndex().authorities.map((a) => a.code));
    expect(TEST_INDEX.authorities.filter((a) => real.has(a.code))).toEqual([]);
  });
});

describe('totals credit each payment to the body that pays it', () => {
  it('a two-council decision: £2,000 to the county, £300 to the borough; one decision in each row, counted once in All', () => {
    const { db, writer } = testStore();
    expect(writer.upsert(twoCouncils(), 'two.html')).toBe('imported');
    expect(credited(db)).toEqual([
      [200000, COUNTY, COUNTY, 'XEC'],
      [30000, BOROUGH, BOROUGH, 'XEB'],
    ]);
    expect(rowsOf(db)).toEqual([
      [COUNTY, 1, 1, 200000, 200000],
      [BOROUGH, 1, 1, 30000, 30000],
    ]);
    expect(queryTotalsAll(db, {})).toEqual({ key: 'All', decisions: 1, decisionsWithPayment: 1, totalPence: 230000, recommendedPence: 230000, checkPence: 0 });
    // Groupings by decision are unchanged: the decision once, with all its money.
    for (const by of ['year', 'category', 'subcategory', 'outcome'] as const) expect(rowsOf(db, by).map((r) => r.slice(1)), by).toEqual([[1, 1, 230000, 230000]]);
    // By nation the credited authorities' nation: both English, so the decision once.
    expect(rowsOf(db, 'nation')).toEqual([['England', 1, 1, 230000, 230000]]);
    // A council filter: the decisions that name it and the money credited to it, in any grouping.
    expect(rowsOf(db, 'council', BOROUGH)).toEqual([[BOROUGH, 1, 1, 30000, 30000]]);
    expect(rowsOf(db, 'year', BOROUGH)).toEqual([['2025', 1, 1, 30000, 30000]]);
    expect(queryTotalsAll(db, { council: COUNTY })).toMatchObject({ decisions: 1, totalPence: 200000 });
    expect(listDecisions(db, { council: BOROUGH }).map((r) => [r.caseRef, r.totalPence, r.creditedPence])).toEqual([['99 555 001', 230000, 30000]]);
    expect(listDecisions(db, {}).map((r) => r.creditedPence)).toEqual([null]);
  });

  it('per-head figures follow the credit', () => {
    const { db, writer } = testStore();
    writer.upsert(twoCouncils(), 'two.html');
    const rows = queryTotals(db, { by: 'council', perCapita: true, minDecisions: 1 });
    expect(rows.map((r) => [r.key, r.population, r.perHundredThousandPence])).toEqual([
      [COUNTY, 500_000, Math.round((200000 * 100000) / 500_000)],
      [BOROUGH, 100_000, Math.round((30000 * 100000) / 100_000)],
    ]);
  });

  it('a payer that is neither one of the bodies nor a known authority: the decision\'s first body', () => {
    const { db, writer } = testStore();
    writer.upsert(
      decision('99 555 002', [BOROUGH], [
        payment(40000, CARE, `${CARE} (the care provider) should pay Mr Y £400 for the distress caused.`),
        payment(10000, null, 'The Council should pay Mr Y £100 for his time and trouble.'),
      ]),
      'care.html',
    );
    expect(credited(db)).toEqual([
      [40000, CARE, BOROUGH, 'XEB'],
      [10000, null, BOROUGH, 'XEB'],
    ]);
    expect(rowsOf(db)).toEqual([[BOROUGH, 1, 1, 50000, 50000]]);
  });

  it('a payer named as a known authority that is not in the title: that authority, with the decision among its decisions', () => {
    const { db, writer } = testStore();
    writer.upsert(
      decision('99 555 003', [BOROUGH], [
        payment(50000, SHIRE, `${SHIRE} has agreed to pay Mrs Z £500 for the distress caused by the delay.`),
        payment(20000, BOROUGH, `${BOROUGH} has agreed to pay Mrs Z £200 for the distress caused by its delay.`, 'prior'),
      ]),
      'shire.html',
    );
    expect(credited(db)).toEqual([
      [50000, SHIRE, SHIRE, 'XSC'],
      [20000, BOROUGH, BOROUGH, 'XEB'],
    ]);
    expect(rowsOf(db)).toEqual([
      [SHIRE, 1, 1, 50000, 50000],
      [BOROUGH, 1, 1, 20000, 0],
    ]);
    expect(queryTotals(db, { by: 'council', perCapita: true, council: SHIRE, minDecisions: 1 }).map((r) => r.perHundredThousandPence)).toEqual([Math.round((50000 * 100000) / 800_000)]);
    expect(listDecisions(db, { council: SHIRE }).map((r) => [r.caseRef, r.creditedPence])).toEqual([['99 555 003', 50000]]);
  });

  it('only money that counts: a republished copy and a draft add decisions (finals) but never money', () => {
    const { db, writer } = testStore();
    writer.upsert(twoCouncils(), 'two.html');
    // The same text under another reference (counts_money 0), and a draft of another two-council decision.
    writer.upsert(twoCouncils({ caseRef: '99 555 009', url: 'https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/99-555-009', sourceSha256: sha('copy') }), 'copy.html');
    writer.upsert(twoCouncils({ caseRef: '99 555 010', url: null, stage: 'draft', sourceSha256: sha('draft') }), 'draft.pdf');
    expect(db.prepare('SELECT case_ref, counts_money FROM decisions ORDER BY case_ref').raw().all()).toEqual([
      ['99 555 001', 1],
      ['99 555 009', 0],
      ['99 555 010', 0],
    ]);
    expect(rowsOf(db)).toEqual([
      [COUNTY, 2, 2, 200000, 200000],
      [BOROUGH, 2, 2, 30000, 30000],
    ]);
    expect(queryTotalsAll(db, {})).toMatchObject({ decisions: 2, totalPence: 230000 });
    // Every grouping adds up to the same money.
    for (const by of TOTALS_BY) expect(queryTotals(db, { by }).reduce((s, r) => s + r.totalPence, 0), by).toBe(230000);
  });

  it('a letter that gives a page its organisations: the page\'s payments are credited among them', () => {
    // No authority lookup here: a payer is credited only as one of the decision's organisations.
    const db = openDatabase(':memory:');
    const writer = new DecisionWriter(db, { authorityLookup: () => null });
    writer.upsert(twoCouncils({ title: null, organisations: [] }), 'page.html');
    // The page names no organisation: its payers are no body's yet.
    expect(credited(db).map((r) => r.slice(2))).toEqual([
      [null, null],
      [null, null],
    ]);
    writer.upsert(twoCouncils({ url: null, sourceFormat: 'pdf', sourceSha256: sha('letter') }), 'letter.pdf');
    expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(1);
    expect(credited(db).map((r) => r.slice(2))).toEqual([
      [COUNTY, 'XEC'],
      [BOROUGH, 'XEB'],
    ]);
    expect(rowsOf(db).map((r) => r.slice(0, 4))).toEqual([
      [COUNTY, 1, 1, 200000],
      [BOROUGH, 1, 1, 30000],
    ]);
  });

  it('show prints the split when the money goes to more than one body, and not otherwise', () => {
    const { db, writer } = testStore();
    writer.upsert(twoCouncils(), 'two.html');
    writer.upsert(decision('99 555 002', [BOROUGH], [payment(10000, null, 'The Council should pay Mr Y £100 for his time and trouble.')]), 'one.html');
    const show = (ref: string) => {
      const [id] = findDecisionIds(db, ref);
      return formatDecision(loadRecord(db, id!), [], creditsOf(db, id!));
    };
    expect(show('99 555 001')).toContain(`Credited: ${COUNTY} £2,000; ${BOROUGH} £300\n`);
    expect(show('99 555 002')).not.toContain('Credited');
    expect([...iteratePaymentRows(db)].map((r) => [r.case_ref, r.credited_name, r.credited_authority_code])).toEqual([
      ['99 555 002', BOROUGH, 'XEB'],
      ['99 555 001', COUNTY, 'XEC'],
      ['99 555 001', BOROUGH, 'XEB'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });
});

describe('migration 7: an existing database gets its payments credited', () => {
  it('fills the credited body of every payment from the stored payer text, and totals follow', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-mig7-')), 'old.db');
    // A database as migration 6 left it (no credited columns), holding the invented two-council decision, and the
    // synthetic fixture 00 019 044 (test/fixtures/remedy-synthetic/17), whose title names Demoford Borough Council and
    // whose text has Demoshire County Council pay £500: a payer neither in the title nor known to the real lookup the
    // migration uses (it is invented), so the migration credits it to the decision's first body, as the writer does.
    // (A payer known to the lookup but not in the title is credited to itself: 'a payer named as a known authority …'
    // above, with the invented index; the migration's lookup is the real one, which knows no invented council.)
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id <= 6)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
    }
    old.close();
    const demoford = await parseDecision(readFileSync(join(FIXTURES, 'remedy-synthetic', '17-two-councils-dfg.txt')));
    expect(demoford.remedy.payments.map((p) => [p.amountPence, p.payer])).toEqual([
      [50000, 'Demoshire County Council'],
      [20000, 'Demoford Borough Council'],
    ]);
    // Write them as the older writer did: through today's writer, then the credited columns dropped.
    const now = openDatabase(path);
    const writer = new DecisionWriter(now);
    writer.upsert(twoCouncils({ organisations: [COUNTY, BOROUGH].map((name) => ({ name, authorityCode: null, gssCode: null })) }), 'two.html');
    writer.upsert(decision('99 555 002', [BOROUGH], [payment(40000, CARE, `${CARE} should pay Mr Y £400.`)], { organisations: [{ name: BOROUGH, authorityCode: null, gssCode: null }] }), 'care.html');
    writer.upsert(demoford, 'demoford.html');
    // Migrations 8 (confidence) and 9 (sample sources) undone too, so the upgrade runs 7 and then the rest, as it would
    // on a database of migration 6.
    now.exec(`DROP INDEX decisions_check_council; DROP INDEX decisions_check_category; DROP INDEX decisions_check_outcome; DROP INDEX decisions_check_date;
      DROP INDEX payments_payer; DROP INDEX decision_organisations_more;
      ALTER TABLE payments DROP COLUMN confidence; ALTER TABLE payments DROP COLUMN check_reason;
      ALTER TABLE decisions DROP COLUMN check_pence; ALTER TABLE decisions DROP COLUMN check_recommended_pence; ALTER TABLE decisions DROP COLUMN check_count;
      ALTER TABLE payments DROP COLUMN credited_name; ALTER TABLE payments DROP COLUMN credited_authority_code;
      DROP TABLE sample_sources;
      DELETE FROM migrations WHERE id >= 7;`);
    now.close();

    const db = openDatabase(path, { readonly: true }); // a read-only open upgrades first
    expect(db.prepare('SELECT id FROM migrations WHERE id >= 7 ORDER BY id').pluck().all()).toEqual(MIGRATIONS.filter((m) => m.id >= 7).map((m) => m.id));
    expect(
      db.prepare('SELECT d.case_ref, p.amount_pence, p.credited_name, p.credited_authority_code FROM payments p JOIN decisions d ON d.id = p.decision_id ORDER BY d.case_ref, p.position').raw().all(),
    ).toEqual([
      ['00 019 044', 50000, 'Demoford Borough Council', null],
      ['00 019 044', 20000, 'Demoford Borough Council', null],
      ['99 555 001', 200000, COUNTY, null],
      ['99 555 001', 30000, BOROUGH, null],
      ['99 555 002', 40000, BOROUGH, null],
    ]);
    const rows = queryTotals(db, { by: 'council' }).map((r) => [r.key, r.decisions, r.totalPence]);
    expect(rows).toEqual([
      [COUNTY, 1, 200000],
      [BOROUGH, 2, 70000],
      ['Demoford Borough Council', 1, 70000],
    ]);
    db.close();
  });
});
