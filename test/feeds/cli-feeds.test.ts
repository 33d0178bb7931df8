import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { demoDecisionText } from './demo-store.js';

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LGSCO_WORKERS: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'lgsco-feeds-cli-'));
const db = join(dir, 'news.db');
const today = new Date().toISOString().slice(0, 10);

describe('lgsco export --parquet / --datasette-metadata and lgsco digest (built binary)', () => {
  beforeAll(() => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    for (let i = 0; i < 6; i++) writeFileSync(join(pages, `d${i}.txt`), demoDecisionText(i));
    const r = cli(['import', pages, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('--parquet writes the four files, which DuckDB reads with the same money', async () => {
    const out = join(dir, 'pq');
    const r = cli(['export', '--parquet', out, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const store = new Database(db, { readonly: true });
    const n = (t: string) => store.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    expect(r.stderr).toBe(`wrote 6 decisions, 12 payments, ${n('actions')} actions, ${n('faults')} faults as Parquet to ${out}\n`);
    store.close();
    expect(readdirSync(out).sort()).toEqual(['actions.parquet', 'decisions.parquet', 'faults.parquet', 'payments.parquet']);
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await conn.runAndReadAll(`SELECT count(*) AS n, sum(amount_pence) AS pence FROM '${join(out, 'payments.parquet')}'`)).getRowObjectsJS();
    conn.closeSync();
    // £200, £225, …, £325 and £50 each.
    expect(rows).toEqual([{ n: 12n, pence: BigInt((200 + 225 + 250 + 275 + 300 + 325) * 100 + 6 * 5000) }]);
  });

  it('the standalone outputs refuse the row options and each other (exit 2)', () => {
    for (const args of [['--parquet', 'x', '--payments'], ['--parquet', 'x', '--format', 'jsonl'], ['--parquet', 'x', '--datapackage', 'y'], ['--datasette-metadata', 'm.json', '--out', 'z.csv']]) {
      const r = cli(['export', ...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^Error: /);
    }
    expect(existsSync(join(ROOT, 'x'))).toBe(false);
  });

  it('--datasette-metadata writes metadata.json keyed by the database file name', () => {
    const file = join(dir, 'metadata.json');
    const r = cli(['export', '--datasette-metadata', file, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(file, 'utf8')) as { databases: Record<string, { tables: Record<string, { fts_table?: string; columns: Record<string, string> }> }> };
    expect(Object.keys(meta.databases)).toEqual(['news']);
    expect(meta.databases.news!.tables.decisions!.fts_table).toBe('decisions_fts');
    expect(meta.databases.news!.tables.payments!.columns.quote).toMatch(/sentence/i);
  });

  it('digest: what was stored today, in Markdown, CSV and JSON; nothing since a later day is exit 1; a bad date exit 2', () => {
    const md = cli(['digest', '--since', today, '--db', db]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`^# Decisions first seen since ${today}\\n\\n6 decisions, newest first\\.\\n`));
    expect(md.stdout.match(/^## /gm)).toHaveLength(6);
    expect(md.stdout).toContain('- £50 to Ms Y (recommended): “Within one month of my final decision');
    const council = cli(['digest', '--since', today, '--council', 'Demoshire County Council', '--format', 'json', '--db', db]);
    const json = JSON.parse(council.stdout) as { council: string; decisions: { caseRef: string }[] };
    expect(json.council).toBe('Demoshire County Council');
    expect(json.decisions.map((d) => d.caseRef).sort()).toEqual(['00 100 000', '00 100 003']);
    const csv = cli(['digest', '--since', today, '--format', 'csv', '--db', db]);
    expect(csv.stdout.split('\n')[0]).toMatch(/^first_seen,case_ref,title,organisations,/);
    expect(csv.stdout.trim().split('\n')).toHaveLength(13);
    const none = cli(['digest', '--since', '2999-01-01', '--db', db]);
    expect([none.code, none.stdout, none.stderr]).toEqual([1, '# Decisions first seen since 2999-01-01\n\nNone.\n', 'no decisions first seen since 2999-01-01\n']);
    const bad = cli(['digest', '--since', '27/11/2026', '--db', db]);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/--since "27\/11\/2026": give a date as YYYY-MM-DD/);
    expect(cli(['digest', '--db', db]).code).toBe(2);
  });
});
