import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT } from './helpers.js';

function lgsco(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const seed4 = join(FIXTURES, 'seeds', '004-kent-24-004-875.txt');

describe('lgsco explain', () => {
  it('explains a file: each £ with its verdict, rule and sentence; the counted ones make the total', () => {
    const json = lgsco(['explain', seed4, '--json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { caseRef: string; totalPence: number; verdicts: { pence: number; counted: boolean; verdict: string; rule: string; evidence: { quote: string } }[] };
    expect(out.caseRef).toBe('24 004 875');
    expect(out.verdicts.length).toBeGreaterThan(0);
    for (const v of out.verdicts) {
      expect(v.rule).not.toBe('');
      expect(v.evidence.quote).toMatch(/£|pounds?/i);
    }
    expect(out.verdicts.filter((v) => v.counted).reduce((s, v) => s + v.pence, 0)).toBe(out.totalPence);
    const text = lgsco(['explain', seed4]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\+ +£[\d,]+ {2}counted: a remedy payment/m);
    expect(text.stdout).toMatch(/ {4}rule: /);
  });

  it('explains a stored decision by its reference, and says so when there is none', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'lgsco-explain-')), 'x.db');
    expect(lgsco(['import', seed4, '--db', db]).code).toBe(0);
    const stored = lgsco(['explain', '24 004 875', '--db', db, '--json']);
    expect(stored.code).toBe(0);
    expect(JSON.parse(stored.stdout)).toEqual(JSON.parse(lgsco(['explain', seed4, '--json']).stdout));
    const missing = lgsco(['explain', '99 123 456', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no file and no stored decision "99 123 456"/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
