/**
 * Safe CSVs, through the built CLI and the explorer: every CSV lgsco writes neutralises a text cell that starts like a
 * spreadsheet formula (=, +, -, @, tab, CR: OWASP's rule, a ' in front), leaves numbers alone, and has snake_case
 * headers with exact pounds beside pence. Decisions and references are invented (test/safe-csv-db.ts); the byte order
 * mark and whole-file replacement are in safe-csv-output.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, formulaCells } from './csv-text.js';
import { cli } from './run-cli.js';
import { BODY, BOM, buildSafeCsvDb, byRef, CR_QUOTE, FORMULA, safeCsvPaths, TAB_PAYEE } from './safe-csv-db.js';
import { useExplorer } from './serve/explorer-client.js';

const { dir, db } = safeCsvPaths();
beforeAll(() => buildSafeCsvDb(dir, db), 60_000);

describe('formula cells are neutralised in every CSV, numbers untouched', () => {
  it('export (decisions): the body and the summary start with a quote mark; money in pence and exact pounds', () => {
    const r = cli(['export', '--db', db]);
    expect(r.code).toBe(0);
    expect(formulaCells(r.stdout)).toEqual([]);
    const [hostile] = byRef(csvRecords(r.stdout), '99 901 001');
    expect(hostile!.organisation).toBe(`'${BODY}`);
    expect(hostile!.summary).toBe(`'${FORMULA} Mr X complained about the Council. We found fault.`);
    expect([hostile!.total_pence, hostile!.total_pounds, hostile!.recommended_pounds, hostile!.waived_pounds]).toEqual(['26250', '262.50', '262.50', '0.00']);
    // RFC 4180 on the wire: the quote mark goes inside the field's quotes, the formula's quotes doubled.
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"") Borough Council"`);
    expect(r.stdout.split('\n')[0]).toBe(
      'case_ref,url,organisation,authority_code,gss_code,category,subcategory,outcome,decision_date,document_type,stage,fault_found,total_pence,total_pounds,recommended_pence,recommended_pounds,waived_pence,waived_pounds,payment_count,counts_money,summary',
    );
  });

  it('export --payments: quoted sentence, payee, purpose and organisation; amount_pounds beside amount_pence', () => {
    const r = cli(['export', '--payments', '--db', db]);
    expect(r.code).toBe(0);
    expect(formulaCells(r.stdout)).toEqual([]);
    const rows = csvRecords(r.stdout);
    const [first, second] = byRef(rows, '99 901 001');
    expect(first).toMatchObject({ organisation: `'${BODY}`, payee: `'${TAB_PAYEE}`, amount_pence: '25000', amount_pounds: '250.00' });
    expect(first!.quote).toBe("'@SUM(1) Within one month the Council will pay Mr X £250 for distress.");
    expect(second).toMatchObject({ purpose_text: "'-1 postage", amount_pence: '1250', amount_pounds: '12.50' });
    expect(second!.quote).toBe("'+1 Within one month the Council will also pay Mr X £12.50 for -1 postage.");
    expect(byRef(rows, '99 901 002')[0]).toMatchObject({ quote: `'${CR_QUOTE}`, amount_pence: '123456', amount_pounds: '1234.56' });
    expect(r.stdout.split('\n')[0]).toMatch(/,counts_money,amount_pence,amount_pounds,status,payee,/);
  });

  it('the data package: every CSV, pounds columns described in datapackage.json', () => {
    const out = join(dir, 'package');
    const r = cli(['export', '--datapackage', out, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    for (const name of ['decisions', 'payments', 'actions', 'faults']) {
      expect(formulaCells(readFileSync(join(out, `${name}.csv`), 'utf8')), name).toEqual([]);
    }
    const decisions = csvRecords(readFileSync(join(out, 'decisions.csv'), 'utf8'));
    expect(byRef(decisions, '99 901 001')[0]).toMatchObject({ organisation: `'${BODY}`, total_pounds: '262.50' });
    const payments = csvRecords(readFileSync(join(out, 'payments.csv'), 'utf8'));
    expect(byRef(payments, '99 901 001').map((p) => [p.payee, p.purpose_text, p.amount_pounds])).toEqual([
      [`'${TAB_PAYEE}`, 'distress', '250.00'],
      ['Mr X', "'-1 postage", '12.50'],
    ]);
    const faults = csvRecords(readFileSync(join(out, 'faults.csv'), 'utf8'));
    expect(byRef(faults, '99 901 001').map((f) => f.text)).toContain("'-1 The Council was at fault because it delayed the review.");
    const actions = csvRecords(readFileSync(join(out, 'actions.csv'), 'utf8'));
    expect(byRef(actions, '99 901 001')[0]!.quote).toBe("'@SUM(1) Within one month the Council will pay Mr X £250 for distress.");
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
      description: string;
      resources: { name: string; schema: { fields: { name: string; type: string; description: string }[] } }[];
    };
    const fields = (name: string) => descriptor.resources.find((x) => x.name === name)!.schema.fields;
    expect(fields('payments').find((f) => f.name === 'amount_pounds')).toMatchObject({ type: 'number', description: expect.stringMatching(/exactly with two decimal places/) });
    expect(fields('decisions').map((f) => f.name)).toEqual(expect.arrayContaining(['total_pounds', 'recommended_pounds', 'waived_pounds']));
    expect(descriptor.description).toMatch(/starts with =, \+, -, @, a tab or a carriage return is written with a ' in front/);
  });

  it('search --format csv: snake_case headers; the body and the snippet neutralised', () => {
    const r = cli(['search', 'HYPERLINK', '--format', 'csv', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('case_ref,organisation,decision_date,url,total_pence,total_pounds,stage,rank,snippet');
    expect(formulaCells(r.stdout)).toEqual([]);
    const [hit] = csvRecords(r.stdout);
    expect(hit).toMatchObject({ case_ref: '99 901 001', organisation: `'${BODY}`, total_pounds: '262.50' });
    expect(hit!.snippet).toMatch(/^'=/);
  });

  it('totals --format csv: snake_case headers, the key neutralised', () => {
    const r = cli(['totals', '--format', 'csv', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds');
    expect(formulaCells(r.stdout)).toEqual([]);
    expect(csvRecords(r.stdout).find((row) => row.key === `'${BODY}`)).toMatchObject({ total_pence: '26250', total_pounds: '262.50' });
  });

  it('sql --format csv: text cells neutralised, numbers (negative ones too) as they are, no column added', () => {
    const r = cli([
      'sql', '--format', 'csv', '--db', db,
      "SELECT org_name, char(9) || 'tab' AS tab, char(13) || 'cr' AS cr, '+1' AS plus, '-1' AS minus_text, '@x' AS at, -5 AS minus, -1.5 AS minus_real, total_pence FROM decisions WHERE case_ref = '99 901 001'",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`org_name,tab,cr,plus,minus_text,at,minus,minus_real,total_pence\n"'=HYPERLINK(""http://x"",""y"") Borough Council",'\ttab,"'\rcr",'+1,'-1,'@x,-5,-1.5,26250\n`);
  });

  it("sql --help keeps the pence: its example is printf('%.2f', amount_pence / 100.0), not amount_pence/100", () => {
    const help = cli(['sql', '--help']).stdout;
    expect(help).toContain("printf('%.2f', amount_pence / 100.0)");
    expect(help).not.toMatch(/amount_pence\/100 AS/);
    const r = cli(['sql', '--format', 'csv', '--db', db, "SELECT printf('%.2f', amount_pence / 100.0) AS pounds FROM payments ORDER BY amount_pence"]);
    expect(r.stdout).toBe('pounds\n12.50\n250.00\n1234.56\n');
  });
});

describe('the explorer\'s downloads', () => {
  // The bytes as sent: res.text() would drop a byte order mark.
  const { get } = useExplorer(() => db, { keepBom: true });

  it.each(['/totals.csv?by=council', '/decisions.csv', '/search.csv?q=HYPERLINK', '/decision/99-901-001/payments.csv', '/decision/99-901-002/payments.csv'])(
    '%s: no formula cell, pounds beside pence',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.body.startsWith(BOM)).toBe(false);
      expect(formulaCells(r.body)).toEqual([]);
      expect(r.body.split('\n')[0]).toMatch(/_pence,[a-z0-9_]+_pounds/);
    },
  );

  it('the cells as the CLI writes them', async () => {
    const pay = csvRecords((await get('/decision/99-901-001/payments.csv')).body);
    expect(pay.map((p) => [p.payee, p.purpose_text, p.amount_pence, p.amount_pounds])).toEqual([
      [`'${TAB_PAYEE}`, 'distress', '25000', '250.00'],
      ['Mr X', "'-1 postage", '1250', '12.50'],
    ]);
    expect(pay[0]!.quote).toBe("'@SUM(1) Within one month the Council will pay Mr X £250 for distress.");
    expect(csvRecords((await get('/decision/99-901-002/payments.csv')).body)[0]!.quote).toBe(`'${CR_QUOTE}`);
    expect(byRef(csvRecords((await get('/decisions.csv')).body), '99 901 001')[0]!.organisation).toBe(`'${BODY}`);
    // The totals download is the CLI's CSV, byte for byte.
    expect((await get('/totals.csv?by=council')).body).toBe(cli(['totals', '--format', 'csv', '--db', db]).stdout);
  });

  it('?bom=1 starts the same CSV with a byte order mark, offered as "for Excel" beside every download', async () => {
    for (const path of ['/totals.csv?by=council', '/decisions.csv', '/search.csv?q=HYPERLINK', '/decision/99-901-001/payments.csv']) {
      const plain = (await get(path)).body;
      const excel = (await get(`${path}${path.includes('?') ? '&' : '?'}bom=1`)).body;
      expect(excel, path).toBe(`${BOM}${plain}`);
    }
    expect((await get('/totals.csv?bom=2')).status).toBe(400);
    expect((await get('/totals?by=council')).body).toContain('<a class="excel" href="/totals.csv?by=council&amp;bom=1" download');
    expect((await get('/decision/99-901-001')).body).toContain('href="/decision/99-901-001/payments.csv?bom=1"');
    expect((await get('/search?q=HYPERLINK')).body).toContain('href="/search.csv?q=HYPERLINK&amp;limit=50&amp;bom=1"');
  });
});
