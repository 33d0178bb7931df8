/**
 * Safe CSVs, through the built CLI and the explorer: every CSV lgsco writes neutralises a text cell that starts like a
 * spreadsheet formula (=, +, -, @, tab, CR: OWASP's rule, a ' in front), leaves numbers alone, has snake_case headers
 * with exact pounds beside pence, starts with a byte order mark only when asked (--bom, ?bom=1), and output files are
 * replaced only when complete. Decisions and references are invented; a body named like a formula comes in through
 * `lgsco import` from page text. Tab and CR cannot come through the reader (it normalises white space), so those cells
 * are set in the stored rows, as an older lgsco or another tool could have left them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type Explorer } from '../src/serve/server.js';
import { csvRecords, formulaCells } from './csv-text.js';
import { BIN, ROOT } from './helpers.js';

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LGSCO_WORKERS: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const FORMULA = '=HYPERLINK("http://x","y")';
const BODY = `${FORMULA} Borough Council`;
const BOM = '\uFEFF';

/** A decision whose body, summary, quoted sentences, finding of fault and purpose start like formulas. */
const HOSTILE = `URL: https://www.lgo.org.uk/decisions/housing/allocations/99-901-001

${BODY} (99 901 001)

Category : Housing > Allocations

Decision : Upheld

Decision date : 03 Feb 2025

Summary: ${FORMULA} Mr X complained about the Council. We found fault.

The complaint

  1. Mr X complained the Council delayed reviewing his housing application.

My findings

  2. -1 The Council was at fault because it delayed the review.

Agreed action

  3. @SUM(1) Within one month the Council will pay Mr X £250 for distress.
  4. +1 Within one month the Council will also pay Mr X £12.50 for -1 postage.

Final decision

  5. I have completed my investigation. I found fault causing injustice.
`;

/** An ordinary decision, dated after the other (so it is the last row of every export), with pence in its amount. */
const PLAIN = `URL: https://www.lgo.org.uk/decisions/housing/allocations/99-901-002

Exampleton Borough Council (99 901 002)

Category : Housing > Allocations

Decision : Upheld

Decision date : 04 Feb 2025

Summary: Mrs Y complained about the Council's delay in reviewing her housing application. We found fault.

The complaint

  1. Mrs Y complained the Council delayed reviewing her housing application.

What I found

  2. The Council took five months to review the application. That was fault.

Agreed action

  3. Within one month the Council will pay Mrs Y £1,234.56 for the rent she lost.

Final decision

  4. I have completed my investigation. There was fault causing injustice.
`;

const dir = mkdtempSync(join(tmpdir(), 'lgsco-safe-csv-'));
const db = join(dir, 'safe.db');
const TAB_PAYEE = '\tTab payee';
const CR_QUOTE = '\rCR quote';

beforeAll(() => {
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  writeFileSync(join(dir, 'plain.txt'), PLAIN);
  const r = cli(['import', join(dir, 'hostile.txt'), join(dir, 'plain.txt'), '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  const sqlite = new Database(db);
  const ids = (ref: string) => (sqlite.prepare('SELECT id FROM decisions WHERE case_ref = ?').get(ref) as { id: number }).id;
  // The row and the record the explorer reads both get the cell.
  sqlite.prepare('UPDATE payments SET payee = ? WHERE decision_id = ? AND position = 0').run(TAB_PAYEE, ids('99 901 001'));
  sqlite.prepare("UPDATE decision_records SET record = json_set(record, '$.remedy.payments[0].payee', ?) WHERE decision_id = ?").run(TAB_PAYEE, ids('99 901 001'));
  sqlite.prepare('UPDATE payments SET quote = ? WHERE decision_id = ? AND position = 0').run(CR_QUOTE, ids('99 901 002'));
  sqlite.prepare("UPDATE decision_records SET record = json_set(record, '$.remedy.payments[0].evidence.quote', ?) WHERE decision_id = ?").run(CR_QUOTE, ids('99 901 002'));
  sqlite.close();
}, 60_000);

const byRef = (records: Record<string, string>[], ref: string) => records.filter((r) => r.case_ref === ref);

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
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer({ db, port: 0, log: () => {} });
  });
  afterAll(async () => {
    await explorer?.close();
  });
  // The bytes as sent: res.text() would drop a byte order mark.
  const get = async (path: string): Promise<{ status: number; body: string }> => {
    const res = await fetch(new URL(path, explorer.url));
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
  };

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

describe('--bom: a UTF-8 byte order mark for Excel, only when asked', () => {
  it.each([
    [['export']],
    [['export', '--payments']],
    [['totals', '--format', 'csv']],
    [['search', 'HYPERLINK', '--format', 'csv']],
    [['sql', '--format', 'csv', 'SELECT case_ref FROM decisions']],
  ])('%j --bom: the same CSV after a BOM', (args) => {
    const plain = cli([...args, '--db', db]);
    const bom = cli([...args, '--bom', '--db', db]);
    expect(bom.code).toBe(0);
    expect(plain.stdout.startsWith(BOM)).toBe(false);
    expect(bom.stdout).toBe(`${BOM}${plain.stdout}`);
  });

  it('export --bom --out writes the BOM into the file', () => {
    const out = join(dir, 'excel.csv');
    expect(cli(['export', '--payments', '--bom', '--out', out, '--db', db]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    [['export', '--format', 'jsonl', '--bom'], /--bom .*--format csv/],
    [['totals', '--bom'], /--bom .*--format csv/],
    [['search', 'x', '--bom'], /--bom .*--format csv/],
    [['sql', '--bom', 'SELECT 1'], /--bom .*--format csv/],
    [['export', '--datapackage', join(dir, 'never'), '--bom'], /--bom .*data package/],
  ])('%j without a CSV to mark is a usage error (exit 2)', (args, message) => {
    const r = cli([...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('every command that writes CSV documents --bom in its help', () => {
    for (const command of ['export', 'totals', 'search', 'sql']) {
      expect(cli([command, '--help']).stdout.replace(/\s+/g, ' '), command).toMatch(/--bom (with --format csv: )?start the CSV with a UTF-8 byte order mark/);
    }
  });
});

describe('outputs are replaced only when complete', () => {
  const fresh = (): string => mkdtempSync(join(dir, 'out-'));
  const leftovers = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  /** A database whose last decision's stored record is broken: the decisions export fails after its first rows. */
  function brokenHalfWay(folder: string): string {
    const copy = join(folder, 'broken.db');
    copyFileSync(db, copy);
    const sqlite = new Database(copy);
    sqlite.prepare("UPDATE decision_records SET record = '{not json' WHERE decision_id = (SELECT id FROM decisions WHERE case_ref = '99 901 002')").run();
    sqlite.close();
    return copy;
  }

  /** Files that are no lgsco database: empty, another SQLite file. */
  function notLgsco(folder: string): string[] {
    const empty = join(folder, 'empty.db');
    writeFileSync(empty, '');
    const other = join(folder, 'other.db');
    const sqlite = new Database(other);
    sqlite.exec('CREATE TABLE recipes (name TEXT)');
    sqlite.close();
    return [empty, other];
  }

  it('export --out: a failure half-way leaves the existing file as it was, and no temporary file', () => {
    const folder = fresh();
    const broken = brokenHalfWay(folder);
    // JSON Lines: the first record is written, the broken one fails. CSV: the header is written, then the query fails.
    expect(cli(['export', '--format', 'jsonl', '--db', broken]).stdout).toMatch(/^\{"caseRef":"99 901 001"/);
    expect(cli(['export', '--db', broken]).stdout).toMatch(/^case_ref,url,/);
    for (const args of [['--format', 'jsonl'], ['--format', 'csv']]) {
      const keep = join(folder, 'keep.csv');
      writeFileSync(keep, 'precious\n');
      const r = cli(['export', ...args, '--out', keep, '--db', broken]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(readFileSync(keep, 'utf8')).toBe('precious\n');
      expect(leftovers(folder)).toEqual([]);
    }
  });

  it('export --out, --payments and totals --chart on a file that is not an lgsco database: the files are untouched', () => {
    const folder = fresh();
    for (const bad of notLgsco(folder)) {
      const keep = join(folder, 'keep.csv');
      const svg = join(folder, 'keep.svg');
      writeFileSync(keep, 'precious\n');
      writeFileSync(svg, '<svg/>\n');
      for (const args of [['export', '--out', keep], ['export', '--payments', '--out', keep], ['export', '--format', 'jsonl', '--out', keep], ['totals', '--chart', svg]]) {
        const r = cli([...args, '--db', bad]);
        expect(r.code, `${args.join(' ')} on ${bad}`).not.toBe(0);
      }
      expect(readFileSync(keep, 'utf8')).toBe('precious\n');
      expect(readFileSync(svg, 'utf8')).toBe('<svg/>\n');
      expect(leftovers(folder)).toEqual([]);
    }
  });

  it('--datapackage: a failure leaves an existing package as it was, and a folder it made is removed', () => {
    const folder = fresh();
    const pkg = join(folder, 'pkg');
    mkdirSync(pkg);
    writeFileSync(join(pkg, 'decisions.csv'), 'old\n');
    const broken = brokenHalfWay(folder);
    expect(cli(['export', '--datapackage', pkg, '--db', broken]).code).toBe(1);
    expect(readdirSync(pkg)).toEqual(['decisions.csv']);
    expect(readFileSync(join(pkg, 'decisions.csv'), 'utf8')).toBe('old\n');
    const made = join(folder, 'new-pkg');
    expect(cli(['export', '--datapackage', made, '--db', broken]).code).toBe(1);
    expect(readdirSync(folder).filter((f) => !f.startsWith('broken.db')).sort()).toEqual(['pkg']);
  });

  it('a successful export replaces the file, keeping its permissions, and leaves no temporary file', () => {
    const folder = fresh();
    const keep = join(folder, 'keep.csv');
    writeFileSync(keep, 'old\n');
    chmodSync(keep, 0o640);
    const r = cli(['export', '--out', keep, '--db', db]);
    expect(r.code).toBe(0);
    expect(readFileSync(keep, 'utf8')).toBe(cli(['export', '--db', db]).stdout);
    expect(statSync(keep).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['keep.csv']);
  });

  it('--out to a folder, or into a missing folder: one line naming --out and the file, exit 1', () => {
    const folder = fresh();
    const missing = cli(['export', '--out', join(folder, 'no', 'such.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: --out ${join(folder, 'no', 'such.csv')}: cannot write the file (ENOENT)\n`);
    const isFolder = cli(['export', '--out', folder, '--db', db]);
    expect(isFolder.code).toBe(1);
    expect(isFolder.stderr).toBe(`Error: --out ${folder}: cannot write the file (EISDIR)\n`);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('totals --chart', () => {
  it('writes an SVG that credits the Ombudsman, in place of the old file, with no temporary file left', () => {
    const folder = mkdtempSync(join(dir, 'chart-'));
    const svg = join(folder, 'councils.svg');
    writeFileSync(svg, 'old');
    const r = cli(['totals', '--chart', svg, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote a chart of 2 bars to /);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('<text class="source" ');
    expect(text).toContain('Source: Local Government and Social Care Ombudsman decisions (www.lgo.org.uk/decisions), compiled with lgsco');
    // The body named like a formula is text in the SVG, escaped.
    expect(text).toContain('=HYPERLINK(&quot;http://x&quot;');
    expect(readdirSync(folder)).toEqual(['councils.svg']);
  });

  it.each(['y.png', 'chart', 'chart.svg.txt', ''])('--chart %j (not .svg) is a usage error naming the flag, and writes nothing', (name) => {
    const folder = mkdtempSync(join(dir, 'chart-'));
    const r = cli(['totals', '--chart', join(folder, name), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: --chart .*: the chart is an SVG file: give a name ending \.svg/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });
});
