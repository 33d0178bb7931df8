import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { BIN, FIXTURES, ROOT } from './helpers.js';

/** Run the built CLI as a user would. */
function lgsco(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const seed1 = join(FIXTURES, 'seeds', '001-hampshire-23-015-499.txt');
const seed4 = join(FIXTURES, 'seeds', '004-kent-24-004-875.txt');

describe('lgsco parse (built binary)', () => {
  it('prints one JSON record per line, in input order', () => {
    const r = lgsco(['parse', seed4, seed1]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.caseRef)).toEqual(['24 004 875', '23 015 499']);
    expect(lines[1].sections.length).toBeGreaterThan(3);
  });

  it('--format json prints a JSON array; --no-sections leaves the body out', () => {
    const r = lgsco(['parse', seed1, seed4, '--format', 'json', '--no-sections']);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records).toHaveLength(2);
    expect(records[0].sections).toBeUndefined();
    expect(records[0].organisations[0].name).toBe('Hampshire County Council');
  });

  it('--format table prints a readable table', () => {
    const r = lgsco(['parse', join(FIXTURES, 'html'), '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^REF\s+ORGANISATION\s+CATEGORY\s+DECISION\s+DATE\s+REMEDY$/);
    expect(r.stdout).toContain('Sampleton, Exampleford and Demouth Council');
  });

  it('--url sets the address and with it the category of a page with no header', () => {
    const r = lgsco(['parse', seed4, '--url', 'https://lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875?displaypref=0']);
    const d = JSON.parse(r.stdout);
    expect(d.url).toBe('https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875');
    expect(d.subcategory).toBe('Disabled children');
  });

  it('reads stdin with "-"', () => {
    const r = lgsco(['parse', '-'], 'Kent County Council (24 004 875)\n\nThe complaint\n\n  1. Mrs B complained.\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).caseRef).toBe('24 004 875');
  });

  it('a bad file in a batch: one error line naming it, the others still printed, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-'));
    const bad = join(dir, 'empty.html');
    writeFileSync(bad, '');
    const r = lgsco(['parse', seed1, bad, join(dir, 'missing.txt'), seed4]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `Error: ${join(dir, 'missing.txt')}: no such file or directory`,
      `Error: ${bad}: input: empty file`,
      'parsed 2, failed 2',
    ]);
  });

  it('a large batch goes through the worker pool and keeps input order and errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-pool-'));
    const sources = ['html/seed-001.html', 'html/statement-closed.html', 'seeds/004-kent-24-004-875.txt'];
    const want: string[] = [];
    for (let i = 0; i < 60; i++) {
      const name = `p${String(i).padStart(3, '0')}`;
      if (i === 31) {
        writeFileSync(join(dir, `${name}.html`), '<html><body><p>not a decision</p></body></html>');
        continue;
      }
      const src = sources[i % sources.length]!;
      writeFileSync(join(dir, `${name}${src.slice(src.lastIndexOf('.'))}`), readFileSync(join(FIXTURES, src)));
      want.push(['23 015 499', '00 016 305', '24 004 875'][i % 3]!);
    }
    const r = spawnSync(process.execPath, [BIN, 'parse', dir, '--no-sections'], { encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '2' } });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).caseRef)).toEqual(want);
    expect(r.stderr).toMatch(/^Error: .*p031\.html: title: not an LGSCO decision/m);
    expect(r.stderr).toMatch(/parsed 59, failed 1/);
  });

  it('stops quietly when the reader closes the pipe', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${join(FIXTURES, 'html')}" "${join(FIXTURES, 'seeds')}" | head -c 10`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('usage errors exit 2', () => {
    expect(lgsco(['parse']).code).toBe(2);
    expect(lgsco(['parse', seed1, '--format', 'xml']).code).toBe(2);
    expect(lgsco(['frobnicate']).code).toBe(2);
    const r = lgsco(['parse', seed1, seed4, '--url', 'https://www.lgo.org.uk/decisions/a/b/24-004-875']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--url names one page/);
  });

  it('--help and --version exit 0', () => {
    const help = lgsco(['parse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: lgsco parse/);
    expect(help.stdout).toMatch(/Exit status/);
    expect(lgsco(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('npm start', () => {
  it('imports the bundled sample and prints remedy totals by council; a second run changes nothing', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'lgsco-start-')), 'start.db');
    const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LGSCO_DB: db } });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Remedy money by council: £[\d,.]+ across 44 decisions/);
    expect(first.stdout).toMatch(/^COUNCIL\s+DECISIONS\s+WITH £\s+TOTAL\s+RECOMMENDED\s+CHECK$/m);
    expect(first.stdout).toMatch(/^Demoshire County Council\s+9\s+8\s+£7,313\s+£7,113/m);
    // The sample is demo data: said before the table and again at the end, and by the import on stderr.
    const notice = "DEMO DATA: this database was built from lgsco's bundled sample (data/sample): 42 of its 44 decisions are invented (invented councils and populations, references 00 NNN NNN); 2 are real decisions copied into it. Not for publication.";
    expect(first.stdout.split('\n').filter((l) => l === notice)).toHaveLength(2);
    expect(first.stdout.indexOf(notice)).toBeLessThan(first.stdout.indexOf('Remedy money by council'));
    expect(first.stdout.trimEnd().split('\n').slice(-8).join('\n')).toContain(notice);
    expect(first.stderr).toContain(`${notice}\nimported 44, unchanged 0, failed 0\n`);
    // The sample's older report is titled by its reference alone: its row is there, and explained.
    expect(first.stdout).toMatch(/^\(no organisation\)\s+1\s+1\s+£2,305/m);
    expect(first.stdout).toMatch(/^\(no organisation\): pages that name no body/m);
    expect(first.stderr).toMatch(/imported 44, unchanged 0, failed 0/);
    expect(run().stderr).toMatch(/imported 0, unchanged 44, failed 0/);
  });
});

describe('CLI documentation', () => {
  it('every command and option has a description', () => {
    const program = buildProgram();
    expect(program.commands.length).toBeGreaterThan(0);
    for (const c of program.commands) {
      expect(c.description(), c.name()).not.toBe('');
      for (const o of c.options) expect(o.description, `${c.name()} ${o.flags}`).not.toBe('');
    }
  });
});
