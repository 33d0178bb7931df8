/**
 * An honest demo (issue 15): a database built from the bundled sample says so in every output, however the sample
 * comes in and mixed with other decisions. Through the built CLI (`npm test` builds dist/ first); the explorer's
 * banner is tested in test/serve/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAuthorityIndex } from '../src/authorities/index.js';
import { SAMPLE_BODIES, sampleNotice } from '../src/sample.js';
import { FIXTURES, ROOT } from './helpers.js';
import { cli, NOTICE, SAMPLE, SHORT, tempDb } from './sample-cli.js';

describe('a database built from the sample says so in every output', () => {
  const db = tempDb('sample');
  let imported: ReturnType<typeof cli>;
  beforeAll(() => {
    imported = cli(['import', SAMPLE, '--db', db]);
  }, 60_000);

  it('the import records every sample file and says so before its last line', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(new RegExp(`${NOTICE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nimported 44, unchanged 0, failed 0\\n$`));
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT kind, count(*) FROM sample_sources GROUP BY kind ORDER BY kind').raw().all()).toEqual([
      ['invented', 42],
      ['real', 2],
    ]);
    expect(raw.prepare('SELECT 1 FROM migrations WHERE id = 9').pluck().get()).toBe(1); // the sample's migration (later ones follow it)
    raw.close();
    // Again: nothing changes, and it still says so.
    const again = cli(['import', SAMPLE, '--db', db]);
    expect(again.stderr).toContain(`${NOTICE}\nimported 0, unchanged 44, failed 0\n`);
  });

  it('totals: a line on stderr for the table; a last CSV column and a JSON field "sample" on every row', () => {
    const table = cli(['totals', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stderr).toBe(`${NOTICE}\n`);
    expect(table.stdout).toMatch(/^Demoshire County Council\s+9\s+8\s+£7,313\s+£7,113\s+—$/m);
    const rows = JSON.parse(cli(['totals', '--db', db, '--format', 'json']).stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.sample).toBe(SHORT);
    const csv = cli(['totals', '--db', db, '--format', 'csv', '--by', 'year']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,sample');
    for (const l of lines.slice(1)) expect(l.endsWith(`,${SHORT}`), l).toBe(true);
    expect(lines).toContain(`2024,20,18,1640540,16405.40,1590540,15905.40,30000,300.00,${SHORT}`);
    expect(csv.stderr).toBe(`${NOTICE}\n`);
  });

  it('per head: the invented councils have their invented populations, the real councils their own', () => {
    const rows = JSON.parse(cli(['totals', '--db', db, '--format', 'json', '--per-capita']).stdout) as { key: string; totalPence: number; population: number | null; perHundredThousandPence: number | null }[];
    for (const b of SAMPLE_BODIES) {
      const r = rows.find((x) => x.key === b.name)!;
      expect(r.population, b.name).toBe(b.population);
      expect(r.perHundredThousandPence).toBe(Math.round((r.totalPence * 100000) / b.population));
    }
    const kent = rows.find((x) => x.key === 'Kent County Council')!;
    expect(kent.population).toBe(loadAuthorityIndex().authorities.find((a) => a.code === 'KEN')!.population);
    expect(rows.find((x) => x.key === '(no organisation)')!.population).toBeNull();
  });

  it('--chart: a red line under the title, in the SVG itself', () => {
    const svg = join(db, '..', 'chart.svg');
    const r = cli(['totals', '--db', db, '--per-capita', '--chart', svg]);
    expect(r.code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain(`<text class="sample-note" x="0" y="38" font-size="13" font-weight="700" fill="#d4351c">${SHORT.replace(/'/g, '&#39;')}</text>`);
    expect(text).toContain(`<title id="chart-title">Ombudsman remedy payments by council per 100,000 residents (${SHORT.replace(/'/g, '&#39;')})</title>`);
  });

  it('show: an invented decision is headed INVENTED, a real seed as a real decision of the sample; the notice on stderr', () => {
    const invented = cli(['show', '00-019-044', '--db', db]);
    expect(invented.code).toBe(0);
    expect(invented.stdout.split('\n').slice(0, 3)).toEqual([
      'Demoford Borough Council and Demoshire County Council (00 019 044)',
      '='.repeat(66),
      "INVENTED: a decision written for lgsco's bundled demo sample (data/sample): the bodies it names, its reference and every event and payment in it are invented.",
    ]);
    expect(invented.stdout).toContain('Credited: Demoshire County Council £500; Demoford Borough Council £200\n');
    expect(invented.stderr).toBe(`${NOTICE}\n`);
    const real = cli(['show', '24-004-875', '--db', db]);
    expect(real.stdout.split('\n')[2]).toBe("Sample: a real LGSCO decision, copied unchanged into lgsco's bundled demo sample (data/sample).");
    const json = cli(['show', '00-019-044', '--db', db, '--json']);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('sample'); // the record, as stored
    expect(json.stderr).toBe(`${NOTICE}\n00 019 044: INVENTED: a decision written for lgsco's bundled demo sample (data/sample): the bodies it names, its reference and every event and payment in it are invented.\n`);
  });

  it('search, export and sql: the notice on stderr, their output unchanged', () => {
    for (const args of [['search', 'council'], ['export'], ['export', '--payments'], ['sql', 'SELECT count(*) AS n FROM decisions']]) {
      const r = cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toBe(`${NOTICE}\n`);
      expect(r.stdout, args.join(' ')).not.toContain('DEMO DATA');
    }
  });

  it('the data package: title, description and lgsco.sample', () => {
    const dir = join(db, '..', 'package');
    const r = cli(['export', '--datapackage', dir, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${NOTICE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nwrote 44 decisions, `));
    const d = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { title: string; description: string; lgsco: { sample: unknown } };
    expect(d.title).toBe(`Local Government and Social Care Ombudsman decisions — ${SHORT}`);
    expect(d.description.startsWith(`${NOTICE} Decisions of England's`)).toBe(true);
    expect(d.lgsco.sample).toEqual({ invented: 42, real: 2, notice: NOTICE });
  });

  it('--help of totals and show says how', () => {
    expect(cli(['totals', '--help']).stdout).toMatch(/Demo data: a database holding decisions of lgsco's bundled sample/);
    expect(cli(['show', '--help']).stdout).toMatch(/bundled demo sample \(data\/sample\) is headed "INVENTED: …"/);
  });
});

describe('however the sample comes in, and mixed with other decisions', () => {
  const one = join(SAMPLE, '05-in-addition-to-stage-two-offer.html');

  it('one invented file alone', () => {
    const db = tempDb('one');
    const r = cli(['import', one, '--db', db]);
    expect(r.stderr).toContain("DEMO DATA: this database was built from lgsco's bundled sample (data/sample): its decision is invented (invented councils and populations, references 00 NNN NNN). Not for publication.\nimported 1,");
    expect(JSON.parse(cli(['totals', '--db', db, '--format', 'json']).stdout)[0].sample).toBe("DEMO DATA: the decision is invented (lgsco's bundled sample). Not for publication.");
  });

  it('one real seed alone: said, as real', () => {
    const db = tempDb('seed');
    cli(['import', join(SAMPLE, 'seed-004-kent-24-004-875.txt'), '--db', db]);
    expect(cli(['totals', '--db', db]).stderr).toBe("Sample: this database was built from lgsco's bundled demo sample (data/sample); its decision is a real one copied into it.\n");
  });

  it('other decisions, then a sample file: the mix is reported, by count', () => {
    const db = tempDb('mixed');
    expect(cli(['import', join(FIXTURES, 'html'), '--db', db]).stderr).not.toMatch(/sample|DEMO/i);
    const others = JSON.parse(cli(['sql', "SELECT count(*) AS n FROM decisions WHERE stage = 'final'", '--db', db, '--format', 'json']).stdout)[0].n as number;
    expect(cli(['totals', '--db', db]).stderr).toBe('');
    const r = cli(['import', one, '--db', db]);
    const mixed = `DEMO DATA MIXED IN: 1 of this database's ${others + 1} decisions comes from lgsco's bundled sample (data/sample), an invented one (invented councils, references 00 NNN NNN), and is counted in its figures; import your files into a new database to leave it out.`;
    expect(r.stderr).toContain(`${mixed}\nimported 1,`);
    expect(cli(['totals', '--db', db]).stderr).toBe(`${mixed}\n`);
    expect(JSON.parse(cli(['totals', '--db', db, '--format', 'json']).stdout)[0].sample).toBe(`DEMO DATA MIXED IN: 1 of ${others + 1} decisions from lgsco's bundled sample (1 invented).`);
  });

  it('the sample, then the real page of a seed: that decision is no longer the sample\'s, the rest still are', () => {
    const db = tempDb('replaced');
    cli(['import', SAMPLE, '--db', db]);
    const r = cli(['import', join(FIXTURES, 'html', 'seed-004.html'), '--db', db]);
    expect(r.stderr).toContain("DEMO DATA MIXED IN: 43 of this database's 44 decisions come from lgsco's bundled sample (data/sample), 42 of them invented");
    expect(cli(['show', '24-004-875', '--db', db]).stdout.split('\n')[2]).toBe('Reference      24 004 875');
  });

  it('a sample imported before its files were recorded is recorded by importing it again', () => {
    const db = tempDb('older');
    cli(['import', SAMPLE, '--db', db]);
    const raw = new Database(db);
    raw.exec('DELETE FROM sample_sources');
    raw.close();
    expect(cli(['totals', '--db', db]).stderr).toBe('');
    expect(cli(['import', SAMPLE, '--db', db]).stderr).toContain(`${NOTICE}\nimported 0, unchanged 44, failed 0\n`);
    expect(cli(['totals', '--db', db]).stderr).toBe(`${NOTICE}\n`);
  });

  it("a database that took the sample in before it was marked (an older clone's data/lgsco.db) says so once upgraded", () => {
    // The files as an older sample had them: no marker, in a data/sample folder.
    const old = join(mkdtempSync(join(tmpdir(), 'lgsco-old-clone-')), 'data', 'sample');
    mkdirSync(old, { recursive: true });
    writeFileSync(join(old, '05-in-addition-to-stage-two-offer.html'), readFileSync(one, 'utf8').replace('    <meta name="lgsco:sample" content="invented">\n', ''));
    const seed = readFileSync(join(SAMPLE, 'seed-001-hampshire-23-015-499.txt'), 'utf8').split('\n');
    writeFileSync(join(old, 'seed-001-hampshire-23-015-499.txt'), [seed[0], ...seed.slice(2)].join('\n'));
    const db = tempDb('older-clone');
    expect(cli(['import', old, join(FIXTURES, 'html', 'seed-004.html'), '--db', db]).stderr).not.toMatch(/DEMO|sample/i);
    // Back to a database from before migration 9.
    const raw = new Database(db);
    raw.exec('DROP TABLE sample_sources; DELETE FROM migrations WHERE id = 9;');
    raw.close();
    // Opened again (read-only: upgraded first), it knows the sample's decisions by where they were read.
    expect(cli(['totals', '--db', db]).stderr).toBe(
      "DEMO DATA MIXED IN: 2 of this database's 3 decisions come from lgsco's bundled sample (data/sample), 1 of them invented (invented councils, references 00 NNN NNN), and are counted in its figures; import your files into a new database to leave them out.\n",
    );
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT kind FROM sample_sources ORDER BY kind').pluck().all()).toEqual(['invented', 'real']);
    check.close();
  });

  it('npm start over a database holding an older version of the sample says how to start afresh', () => {
    // A sample page imported from a file that has changed since, under a reference the sample no longer has (as the
    // older sample's pages all were: real council names, other references).
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-older-sample-'));
    const page = join(dir, '05-in-addition-to-stage-two-offer.html');
    writeFileSync(page, readFileSync(one, 'utf8').replaceAll('00 006 929', '00 999 929').replaceAll('00-006-929', '00-999-929'));
    const db = tempDb('start-older');
    cli(['import', page, '--db', db]);
    writeFileSync(page, 'changed since');
    const start = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LGSCO_DB: db, NO_COLOR: '1' } });
    expect(start.status).toBe(0);
    expect(start.stdout).toContain(`${db} also holds 1 decision of an older version of the sample (its files have changed or gone since): delete ${db} and run npm start again for the current sample alone.\n`);
    // A database of the current sample alone: no such line.
    const fresh = tempDb('start-fresh');
    const again = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LGSCO_DB: fresh, NO_COLOR: '1' } });
    expect(again.stdout).not.toContain('older version');
  }, 60_000);

  it('a database without the sample: no notice, no sample field or column, a plain data package', () => {
    const db = tempDb('plain');
    expect(cli(['import', join(FIXTURES, 'html'), '--db', db]).code).toBe(0);
    for (const args of [['totals'], ['show', '24-004-875'], ['search', 'council'], ['export']]) expect(cli([...args, '--db', db]).stderr, args.join(' ')).toBe('');
    expect(JSON.parse(cli(['totals', '--db', db, '--format', 'json']).stdout)[0]).not.toHaveProperty('sample');
    expect(cli(['totals', '--db', db, '--format', 'csv']).stdout.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds');
    const dir = join(db, '..', 'package');
    cli(['export', '--datapackage', dir, '--db', db]);
    const d = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { title: string; description: string; lgsco: Record<string, unknown> };
    expect(d.title).toBe('Local Government and Social Care Ombudsman decisions');
    expect(d.description).toMatch(/^Decisions of England's/);
    expect(d.lgsco).not.toHaveProperty('sample');
  });
});

describe('the notice, worded for what the database holds', () => {
  it.each([
    [{ decisions: 44, invented: 42, real: 2 }, NOTICE, SHORT],
    [{ decisions: 3, invented: 3, real: 0 }, /: its 3 decisions are invented \(/, "DEMO DATA: all 3 decisions invented (lgsco's bundled sample). Not for publication."],
    [{ decisions: 45, invented: 42, real: 2 }, /^DEMO DATA MIXED IN: 44 of this database's 45 decisions come from .*, 42 of them invented /, "DEMO DATA MIXED IN: 44 of 45 decisions from lgsco's bundled sample (42 invented)."],
    [{ decisions: 9, invented: 0, real: 1 }, /^Sample: 1 of this database's 9 decisions comes from lgsco's bundled demo sample \(data\/sample\): a real decision copied into it\.$/, "Includes 1 real decision copied from lgsco's bundled demo sample."],
  ])('%j', (status, line, short) => {
    if (typeof line === 'string') expect(sampleNotice(status)).toBe(line);
    else expect(sampleNotice(status)).toMatch(line);
    expect(sampleNotice(status, { short: true })).toBe(short);
  });

  it('none when the database holds no sample decision', () => {
    expect(sampleNotice(null)).toBeNull();
    expect(sampleNotice({ decisions: 10, invented: 0, real: 0 })).toBeNull();
  });
});
