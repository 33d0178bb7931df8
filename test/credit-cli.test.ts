/**
 * Money to the body that pays it, through the built CLI and the explorer: an invented decision about two councils (the
 * county pays £2,000, the borough £300) and another about the borough alone, imported as text beside the synthetic
 * fixture 00 019 044 (test/fixtures/remedy-synthetic/17: titled Demoford Borough Council alone, its text has Demoshire
 * County Council pay £500 and Demoford £200; Demoshire is no known authority, so its £500 goes to the decision's first
 * body, and Demoford, a sample body, has an invented population). `totals --by council` (table, CSV, JSON, per
 * capita), `show`, the payments export, and the explorer's
 * council totals, per-head table and council page all credit each payment to its payer. `npm test` builds dist/ first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';
import { cli } from './run-cli.js';
import { useExplorer } from './serve/explorer-client.js';

const COUNTY = 'Exampleton County Council';
// Not "Exampleton Borough Council": the reader takes a shared first word ("Exampleton") for either body.
const BOROUGH = 'Sampleford Borough Council';

const page = (ref: string, title: string, summary: string, actions: string[]): string => `URL: https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/${ref.replace(/ /g, '-')}

${title} (${ref})

Category : Adult care services > Disabled facilities grants

Decision : Upheld

Decision date : 12 Mar 2025

The Ombudsman's final decision:

Summary: ${summary}

The complaint

1. Mrs X complained the councils took too long to adapt her home for her disabled son (reference ${ref}).

What I found

2. There were delays in the assessment and in deciding the grant. That was fault.

Agreed action

${actions.map((a, i) => `${3 + i}. ${a}`).join('\n\n')}

Final decision

${3 + actions.length}. I have completed my investigation. There was fault causing injustice.
`;

const dir = mkdtempSync(join(tmpdir(), 'lgsco-credit-'));
const db = join(dir, 'credit.db');
const files = {
  two: join(dir, 'two.txt'),
  one: join(dir, 'one.txt'),
};
writeFileSync(
  files.two,
  page(
    '99 555 001',
    `${COUNTY} and ${BOROUGH}`,
    `Mrs X complained about delays by ${COUNTY} and ${BOROUGH} in adapting her home. We found both councils at fault.`,
    [
      `Within one month of my final decision, ${COUNTY} has agreed to pay Mrs X £2,000 for the distress caused by the delay in the assessment.`,
      `Within one month of my final decision, ${BOROUGH} has agreed to pay Mrs X £300 for the distress caused by its delay in deciding the grant.`,
    ],
  ),
);
writeFileSync(
  files.one,
  page('99 555 002', BOROUGH, `Mrs X complained about delays by ${BOROUGH} in deciding her grant.`, [
    'Within one month of my final decision, the Council has agreed to pay Mrs X £150 for the distress caused by the delay.',
  ]),
);

type Row = { key: string; decisions: number; decisionsWithPayment: number; totalPence: number; recommendedPence: number; population?: number | null; perHundredThousandPence?: number | null };
const totals = (...args: string[]): Row[] => JSON.parse(cli(['totals', '--db', db, '--format', 'json', ...args]).stdout) as Row[];

beforeAll(() => {
  const r = cli(['import', join(FIXTURES, 'remedy-synthetic', '17-two-councils-dfg.txt'), files.two, files.one, '--db', db]);
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
}, 60_000);

describe('lgsco totals and show credit money to the body that pays it', () => {
  it('reads each payment\'s payer from the text', () => {
    const parsed = JSON.parse(cli(['parse', files.two, '--no-sections']).stdout) as { remedy: { payments: { amountPence: number; payer: string | null }[] } };
    expect(parsed.remedy.payments.map((p) => [p.amountPence, p.payer])).toEqual([
      [200000, COUNTY],
      [30000, BOROUGH],
    ]);
  });

  it('by council: £2,000 to the county, £300 to the borough (beside its own £150); each council has the decisions that name it', () => {
    const rows = totals('--by', 'council');
    expect(rows.find((r) => r.key === COUNTY)).toEqual({ key: COUNTY, decisions: 1, decisionsWithPayment: 1, totalPence: 200000, recommendedPence: 200000, checkPence: 0 });
    expect(rows.find((r) => r.key === BOROUGH)).toEqual({ key: BOROUGH, decisions: 2, decisionsWithPayment: 2, totalPence: 45000, recommendedPence: 45000, checkPence: 0 });
    expect(totals('--by', 'council', '--council', BOROUGH)).toEqual([{ key: BOROUGH, decisions: 2, decisionsWithPayment: 2, totalPence: 45000, recommendedPence: 45000, checkPence: 0 }]);
    // Other groupings are by decision: the money adds up the same.
    const sum = (rs: Row[]) => rs.reduce((s, r) => s + r.totalPence, 0);
    for (const by of ['year', 'category', 'outcome', 'nation']) expect(sum(totals('--by', by)), by).toBe(sum(rows));
    // The CSV has the same figures.
    const csv = cli(['totals', '--db', db, '--format', 'csv', '--council', BOROUGH]).stdout.trim().split('\n');
    expect(csv).toEqual(['key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds', `${BOROUGH},2,2,45000,450.00,45000,450.00,0,0.00`]);
  });

  it('the table\'s All line counts a decision that names two councils once', () => {
    const table = cli(['totals', '--db', db, '--council', COUNTY]).stdout;
    expect(table).toMatch(new RegExp(`^${COUNTY}\\s+1\\s+1\\s+£2,000\\s+£2,000\\s+—$`, 'm'));
    const all = cli(['totals', '--db', db]).stdout.trim().split('\n').at(-1)!;
    const decisions = JSON.parse(cli(['sql', "SELECT count(*) AS n FROM decisions WHERE stage = 'final'", '--db', db, '--format', 'json']).stdout)[0].n as number;
    const rows = totals('--by', 'council');
    expect(rows.reduce((s, r) => s + r.decisions, 0)).toBeGreaterThan(decisions); // the two-council decision is in two rows
    expect(all).toMatch(new RegExp(`^All\\s+${decisions}\\s`));
  });

  it('per capita follows the credit (a payer neither in the title nor a known authority: the first body, Demoford)', () => {
    const rows = totals('--by', 'council', '--per-capita', '--min-decisions', '1');
    const demoford = rows.find((r) => r.key === 'Demoford Borough Council')!;
    expect(demoford).toMatchObject({ decisions: 1, totalPence: 70000, population: 126_000 });
    expect(demoford.perHundredThousandPence).toBe(Math.round((70000 * 100000) / 126_000));
    expect(rows.find((r) => r.key === 'Demoshire County Council')).toBeUndefined();
    expect(rows.find((r) => r.key === COUNTY)).toMatchObject({ population: null, perHundredThousandPence: null });
  });

  it('show prints the split; the payments export names the body credited', () => {
    const show = cli(['show', '99-555-001', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`Credited: ${COUNTY} £2,000; ${BOROUGH} £300\n`);
    expect(cli(['show', '99-555-002', '--db', db]).stdout).not.toContain('Credited');
    const csv = cli(['export', '--payments', '--db', db]).stdout.trim().split('\n');
    const head = csv[0]!.split(',');
    expect(head.slice(head.indexOf('payer'), head.indexOf('payer') + 3)).toEqual(['payer', 'credited_name', 'credited_authority_code']);
    const mine = csv.filter((l) => l.startsWith('99 555 001,'));
    expect(mine).toHaveLength(2);
    expect(mine.map((l) => l.includes(`,${COUNTY},${COUNTY},,`) || l.includes(`,${BOROUGH},${BOROUGH},,`))).toEqual([true, true]);
  });

  it('--help states the rule', () => {
    const help = cli(['totals', '--help']).stdout;
    expect(help).toMatch(/Money goes to the body that pays it/);
    expect(help).toMatch(/else to the decision's first organisation/);
    expect(cli(['show', '--help']).stdout).toMatch(/"Credited:" line gives the split/);
  });
});

describe('lgsco serve: the same rule, from the same queries', () => {
  const explorer = useExplorer(() => db);
  const get = async (path: string): Promise<string> => (await explorer.get(path)).body;
  const body = (csv: string): string[] => csv.trim().split('\n').slice(1);

  it('the explorer\'s council totals and per-head table equal lgsco totals --by council', async () => {
    const cliCsv = (...args: string[]) => body(cli(['totals', '--db', db, '--format', 'csv', ...args]).stdout);
    expect(body(await get('/totals.csv?by=council'))).toEqual(cliCsv());
    expect(body(await get('/totals.csv?by=council&per_capita=1'))).toEqual(cliCsv('--per-capita'));
    expect(body(await get('/totals.csv?by=council&per_capita=1&min_decisions=1'))).toEqual(cliCsv('--per-capita', '--min-decisions', '1'));
    expect(body(await get('/totals.csv?by=nation'))).toEqual(cliCsv('--by', 'nation'));
    expect(body(await get(`/totals.csv?by=year&council=${encodeURIComponent(BOROUGH)}`))).toEqual(cliCsv('--by', 'year', '--council', BOROUGH));
    const overview = await get('/');
    expect(overview).toContain(`${COUNTY}</a></td><td class="num">1</td><td class="num">£2,000</td>`);
  });

  it("a council's page lists the decisions that name it, with the money credited to it", async () => {
    const list = await get(`/decisions?council=${encodeURIComponent(BOROUGH)}`);
    expect(list).toContain('href="/decision/99-555-001"');
    expect(list).toContain('href="/decision/99-555-002"');
    expect(list).toContain('£300 of £2,300');
    const csv = (await get(`/decisions.csv?council=${encodeURIComponent(BOROUGH)}`)).trim().split('\n');
    expect(csv[0]).toBe('case_ref,url,organisation,category,subcategory,outcome,decision_date,total_pence,total_pounds,recommended_pence,recommended_pounds,credited_pence,credited_pounds,check_pence,check_pounds,counts_money,stage');
    const credited = csv.slice(1).map((l) => l.split(','));
    expect(credited.map((c) => [c[0], c[11], c[12]])).toEqual([
      ['99 555 001', '30000', '300.00'],
      ['99 555 002', '15000', '150.00'],
    ]);
    // The council's figure is what its page adds up.
    expect(credited.reduce((s, c) => s + Number(c[11]), 0)).toBe(totals('--by', 'council', '--council', BOROUGH)[0]!.totalPence);
    const demoford = await get('/decisions?council=Demoford+Borough+Council');
    expect(demoford).toContain('href="/decision/00-019-044"');
    expect(demoford).toContain('£700');
    expect(demoford).not.toContain('of £700');
  });
});
