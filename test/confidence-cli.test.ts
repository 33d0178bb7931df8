/**
 * Confidence through the built CLI and the explorer: an invented decision that mixes a certain payment (£500 in its own
 * sentence) and one to check ("settle the invoice … This is £2,345.": the sum in the next sentence), and another whose
 * only payment is certain, imported as page text. `totals` (table, CSV, JSON, with and without --certain-only), `show`,
 * the payments export, the data package, and the explorer's totals, certain filter, lists and decision page. Every body
 * and reference is made up. `npm test` builds dist/ first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { useExplorer } from './serve/explorer-client.js';

const BOROUGH = 'Exampleton Borough Council';
// Not "Exampleton …": the reader takes a shared first word for either body.
const DISTRICT = 'Sampleford District Council';
const NEXT_SENTENCE = 'amount stated in the sentence after the payment';

const page = (ref: string, body: string, actions: string[]): string => `URL: https://www.lgo.org.uk/decisions/adult-care-services/charging/${ref.replace(/ /g, '-')}

${body} (${ref})

Category : Adult care services > Charging

Decision : Upheld

Decision date : 12 Mar 2025

The Ombudsman's final decision:

Summary: Mrs X complained the Council delayed arranging respite care for her mother. We found fault.

The complaint

1. Mrs X complained the Council took too long to arrange respite care for her mother (reference ${ref}).

What I found

2. There were delays in the assessment. That was fault.

Agreed action

${actions.map((a, i) => `${3 + i}. ${a}`).join('\n\n')}

Final decision

${3 + actions.length}. I have completed my investigation. There was fault causing injustice.
`;

const dir = mkdtempSync(join(tmpdir(), 'lgsco-confidence-'));
const db = join(dir, 'confidence.db');
const files = { mixed: join(dir, 'mixed.txt'), certain: join(dir, 'certain.txt') };
writeFileSync(
  files.mixed,
  page('99 123 456', BOROUGH, [
    'Within one month of my final decision, the Council has agreed to pay Mrs X £500 for the distress caused by the delay.',
    "Within one month of my final decision, the Council has agreed to settle the care home invoice for Mrs X's respite. This is £2,345.",
  ]),
);
writeFileSync(files.certain, page('99 123 457', DISTRICT, ['Within one month of my final decision, the Council has agreed to pay Mrs X £150 for the distress caused by the delay.']));

type Row = { key: string; decisions: number; decisionsWithPayment: number; totalPence: number; recommendedPence: number; checkPence: number };
const totals = (...args: string[]): Row[] => JSON.parse(cli(['totals', '--db', db, '--format', 'json', ...args]).stdout) as Row[];
const csvOf = (...args: string[]): string[] => cli(['totals', '--db', db, '--format', 'csv', ...args]).stdout.trim().split('\n');

beforeAll(() => {
  const r = cli(['import', files.mixed, files.certain, '--db', db]);
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
}, 60_000);

describe('lgsco totals, show and export say how much is to check', () => {
  it('the extractor reads £500 as certain and £2,345 as to check (explain and parse agree)', () => {
    const parsed = JSON.parse(cli(['parse', files.mixed, '--no-sections']).stdout) as { remedy: { payments: { amountPence: number; confidence: string; checkReason: string | null }[] } };
    expect(parsed.remedy.payments.map((p) => [p.amountPence, p.confidence, p.checkReason])).toEqual([
      [50000, 'certain', null],
      [234500, 'check', NEXT_SENTENCE],
    ]);
    expect(cli(['explain', files.mixed]).stdout).toContain(`£2,345  counted: a remedy payment recommended to Mrs X [check: ${NEXT_SENTENCE}]`);
  });

  it('JSON: each row\'s checkPence; --certain-only leaves that money out and counts decisions with a certain payment', () => {
    expect(totals('--by', 'council')).toEqual([
      { key: BOROUGH, decisions: 1, decisionsWithPayment: 1, totalPence: 284500, recommendedPence: 284500, checkPence: 234500 },
      { key: DISTRICT, decisions: 1, decisionsWithPayment: 1, totalPence: 15000, recommendedPence: 15000, checkPence: 0 },
    ]);
    expect(totals('--by', 'council', '--certain-only')).toEqual([
      { key: BOROUGH, decisions: 1, decisionsWithPayment: 1, totalPence: 50000, recommendedPence: 50000, checkPence: 234500 },
      { key: DISTRICT, decisions: 1, decisionsWithPayment: 1, totalPence: 15000, recommendedPence: 15000, checkPence: 0 },
    ]);
    expect(totals('--by', 'year', '--certain-only')).toEqual([{ key: '2025', decisions: 2, decisionsWithPayment: 2, totalPence: 65000, recommendedPence: 65000, checkPence: 234500 }]);
  });

  it('CSV: a check_pence column (and check_pounds), named as the command\'s other columns are', () => {
    expect(csvOf('--by', 'council')).toEqual([
      'key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds',
      `${BOROUGH},1,1,284500,2845.00,284500,2845.00,234500,2345.00`,
      `${DISTRICT},1,1,15000,150.00,15000,150.00,0,0.00`,
    ]);
    expect(csvOf('--by', 'council', '--certain-only').slice(1)).toEqual([`${BOROUGH},1,1,50000,500.00,50000,500.00,234500,2345.00`, `${DISTRICT},1,1,15000,150.00,15000,150.00,0,0.00`]);
    expect(csvOf('--by', 'council', '--per-capita')[0]).toBe(
      'key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,population,per_100k_pence,per_100k_pounds,below_min_decisions',
    );
  });

  it('table: a CHECK column, and the line above says how much of the total is to check (or was left out)', () => {
    const table = cli(['totals', '--db', db]).stdout.split('\n');
    expect(table[0]).toBe("£2,345 of the £2,995 total (78%) is in payments to check: CHECK gives each row's and lgsco show REF each payment's reason; --certain-only leaves it out.");
    expect(table[1]).toMatch(/^COUNCIL\s+DECISIONS\s+WITH £\s+TOTAL\s+RECOMMENDED\s+CHECK$/);
    expect(table).toContainEqual(expect.stringMatching(new RegExp(`^${BOROUGH}\\s+1\\s+1\\s+£2,845\\s+£2,845\\s+£2,345$`)));
    expect(table).toContainEqual(expect.stringMatching(new RegExp(`^${DISTRICT}\\s+1\\s+1\\s+£150\\s+£150\\s+—$`)));
    expect(table.at(-2)).toMatch(/^All\s+2\s+2\s+£2,995\s+£2,995\s+£2,345$/);
    const certain = cli(['totals', '--db', db, '--certain-only']).stdout.split('\n');
    expect(certain[0]).toBe("Certain payments only: £2,345 in payments to check is left out of every figure (CHECK gives each row's).");
    expect(certain).toContainEqual(expect.stringMatching(new RegExp(`^${BOROUGH}\\s+1\\s+1\\s+£500\\s+£500\\s+£2,345$`)));
    expect(certain.at(-2)).toMatch(/^All\s+2\s+2\s+£650\s+£650\s+£2,345$/);
    expect(cli(['totals', '--db', db, '--council', DISTRICT]).stdout.split('\n')[0]).toBe('Every payment counted here is certain: nothing to check.');
  });

  it('--help names --certain-only and what certain and check mean', () => {
    const help = cli(['totals', '--help']).stdout;
    expect(help).toMatch(/--certain-only\s+count only payments whose confidence is certain/);
    expect(help).toMatch(/CHECK is\s+the money in payments to check/);
    expect(cli(['show', '--help']).stdout).toMatch(/"\[check: <reason>\]"/);
  });

  it('show: the payment to check ends with its reason; the Remedy line says how much is to check', () => {
    const show = cli(['show', '99-123-456', '--db', db]).stdout;
    expect(show).toContain('Remedy: £2,845 in total, £2,845 recommended, £2,345 of it to check (1 payment marked check)\n');
    expect(show).toMatch(new RegExp(`£2,345 +recommended to Mrs X — .*\\[check: ${NEXT_SENTENCE}\\]\\n`));
    expect(show).toMatch(/£500 +recommended to Mrs X — distress: the distress caused by the delay\n/);
    expect(cli(['show', '99-123-457', '--db', db]).stdout).not.toMatch(/to check|\[check/);
  });

  it('export --payments and the data package\'s payments.csv: confidence and check_reason', () => {
    const csv = cli(['export', '--payments', '--db', db]).stdout.trim().split('\n');
    const head = csv[0]!.split(',');
    expect(head.slice(head.indexOf('purpose_text'), head.indexOf('section'))).toEqual(['purpose_text', 'confidence', 'check_reason']);
    const col = (line: string, name: string) => line.split(',')[head.indexOf(name)];
    expect(csv.slice(1).map((l) => [col(l, 'amount_pence'), col(l, 'confidence'), col(l, 'check_reason')])).toEqual([
      ['50000', 'certain', ''],
      ['234500', 'check', NEXT_SENTENCE],
      ['15000', 'certain', ''],
    ]);
    const out = join(dir, 'package');
    expect(cli(['export', '--datapackage', out, '--db', db]).code).toBe(0);
    const payments = readFileSync(join(out, 'payments.csv'), 'utf8').trim().split('\n');
    expect(payments[0]).toContain(',purpose_text,confidence,check_reason,section,');
    expect(payments.filter((l) => l.includes(`,check,${NEXT_SENTENCE},`))).toHaveLength(1);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string; description: string; constraints?: { enum?: string[] } }[] } }[] };
    const fields = descriptor.resources.find((r) => r.name === 'payments')!.schema.fields;
    expect(fields.find((f) => f.name === 'confidence')!.constraints?.enum).toEqual(['certain', 'check']);
    expect(fields.find((f) => f.name === 'check_reason')!.description).toMatch(/^What to check/);
  });
});

describe('lgsco serve: money to check, and the certain filter', () => {
  const { get } = useExplorer(() => db);
  const body = (csv: string): string[] => csv.trim().split('\n').slice(1);

  it('totals: a To check column and a note of how much of the total is to check, linking to the certain view', async () => {
    const r = await get('/totals?by=council');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<th class="num" scope="col">To check</th>');
    expect(r.body).toMatch(/<td class="num"><span class="check" title="[^"]+">£2,345<\/span><\/td>/);
    expect(r.body).toMatch(/<p class="check-note" id="check-note"><span class="check" title="[^"]+">£2,345 of the £2,995 total \(78%\) is in payments to check<\/span>/);
    expect(r.body).toContain('<a href="/totals?by=council&amp;certain=1">Count certain payments only</a>');
    expect(r.body).toContain('name="certain" value="1">'); // the filter form's box, unticked
  });

  it('certain=1 is --certain-only: the same figures as the CLI, in the page, its CSV and its links', async () => {
    const r = await get('/totals?by=council&certain=1');
    expect(r.body).toContain('Remedy payments (certain only) by council');
    expect(r.body).toContain('<strong>Certain payments only.</strong> £2,345 in payments to check is left out of every figure');
    expect(r.body).toContain(`${BOROUGH}</a></td><td class="num">1</td><td class="num">1</td><td class="num">£500</td><td class="num">£500</td>`);
    expect(r.body).toContain('name="certain" value="1" checked>');
    expect(r.body).toContain('href="/totals.csv?by=council&amp;certain=1"');
    expect(r.body).toContain(`href="/decisions?council=${encodeURIComponent(BOROUGH).replace(/%20/g, '+')}&amp;stage=final&amp;certain=1"`);
    const csv = await get('/totals.csv?by=council&certain=1');
    expect(csv.body.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds');
    for (const by of ['council', 'year', 'category']) {
      expect(body((await get(`/totals.csv?by=${by}&certain=1`)).body), by).toEqual(csvOf('--by', by, '--certain-only').slice(1));
      expect(body((await get(`/totals.csv?by=${by}`)).body), by).toEqual(csvOf('--by', by).slice(1));
    }
    expect((await get('/totals?certain=maybe')).status).toBe(400);
  });

  it('decisions: the money to check marked; with certain=1 the certain money shown', async () => {
    const list = await get('/decisions');
    expect(list.body).toMatch(/£2,845 <span class="check" title="[^"]+">\(£2,345 to check\)<\/span>/);
    const certain = await get('/decisions?certain=1');
    expect(certain.body).toMatch(/£500 <span class="check" title="[^"]+">\(£2,345 to check, left out\)<\/span>/);
    const csv = (await get('/decisions.csv')).body.trim().split('\n');
    expect(csv[0]).toBe('case_ref,url,organisation,category,subcategory,outcome,decision_date,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,counts_money,stage');
    expect(csv.find((l) => l.startsWith('99 123 456,'))).toMatch(/,284500,2845.00,284500,2845.00,234500,2345.00,1,final$/);
  });

  it('the decision page marks the payment to check with its reason, and its payments CSV has the columns', async () => {
    const d = await get('/decision/99-123-456');
    expect(d.status).toBe(200);
    expect(d.body).toMatch(/<span class="check" id="remedy-check" title="[^"]+">£2,345 of it to check<\/span>/);
    expect(d.body).toContain('<th scope="col">Confidence</th>');
    expect(d.body).toMatch(new RegExp(`<tr class="to-check"><td class="num">£2,345</td>.*?<span class="check" title="[^"]+">To check</span>: ${NEXT_SENTENCE}</td>`));
    expect(d.body).toMatch(/<tr><td class="num">£500<\/td>.*?<td>certain<\/td>/);
    const pay = (await get('/decision/99-123-456/payments.csv')).body.trim().split('\n');
    expect(pay[0]).toBe('case_ref,amount_pence,amount_pounds,payee,purpose,purpose_text,status,confidence,check_reason,section,paragraph,quote');
    expect(pay[2]).toContain(`,recommended,check,${NEXT_SENTENCE},Agreed action,4,`);
    expect((await get('/decision/99-123-457')).body).not.toContain('to check');
  });

  it('the overview says how much of the money is to check', async () => {
    const o = await get('/');
    expect(o.body).toMatch(/<dd class="check-of" id="stat-check"><a class="check" href="\/totals\?by=council&amp;certain=1" title="[^"]+">£2,345 of it to check<\/a><\/dd>/);
  });
});
