import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

/**
 * `lgsco import` with a worker pool in which the main thread also parses (whenever the result it needs next is not
 * ready). Whatever thread read a page, the store must come out as an in-process import's: the same rows, stored in
 * input order (so the same ids), and the same report of the bad file.
 */
describe('import through the worker pool, the main thread helping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-import-pool-'));
  const pages = join(dir, 'pages');
  // 150 distinct decisions in the real page structure (the bench corpus generator is deterministic).
  execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--n', '150', '--out', pages, '--seed', '3'], { stdio: 'ignore' });
  writeFileSync(join(pages, '00-000-077-broken.html'), '<html><body><p>not a decision</p></body></html>');

  let runs = 0;
  const importWith = (workers: string) => {
    const db = join(dir, `run${++runs}-w${workers}.db`);
    const r = spawnSync(process.execPath, [BIN, 'import', pages, '--db', db], { encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: workers } });
    const q = (sql: string) => execFileSync(process.execPath, [BIN, 'sql', sql, '--db', db, '--format', 'json'], { encoding: 'utf8' });
    return {
      code: r.status,
      summary: r.stderr.trim().split('\n').at(-1),
      errors: r.stderr.split('\n').filter((l) => l.startsWith('Error:')),
      decisions: q('SELECT id, key, case_ref, authority_code, outcome, total_pence, recommended_pence, payment_count, body_sha256, source_sha256, counts_money FROM decisions ORDER BY id'),
      payments: q('SELECT decision_id, position, amount_pence, payee, purpose, status, quote FROM payments ORDER BY decision_id, position'),
      paragraphs: q('SELECT decision_id, count(*) AS n, sum(length(text)) AS chars FROM paragraphs GROUP BY decision_id ORDER BY decision_id'),
      search: q(`SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH '"remedy"' ORDER BY rowid`),
      // The importer writes with foreign-key checks off: every row must still have its parent.
      orphans: new Database(db, { readonly: true }).pragma('foreign_key_check') as unknown[],
    };
  };

  it('stores exactly what an in-process import stores, in the same order', () => {
    const inProcess = importWith('0');
    const pooled = importWith('2'); // one worker thread and the main thread
    expect(inProcess.code).toBe(1);
    expect(inProcess.summary).toBe('imported 150, unchanged 0, failed 1');
    expect(inProcess.errors).toEqual([expect.stringMatching(/00-000-077-broken\.html: title: not an LGSCO decision/)]);
    expect(JSON.parse(inProcess.decisions)).toHaveLength(150);
    expect(JSON.parse(inProcess.payments).length).toBeGreaterThan(20);
    expect(JSON.parse(inProcess.search).length).toBeGreaterThan(0);
    for (const k of ['code', 'summary', 'errors', 'decisions', 'payments', 'paragraphs', 'search'] as const) expect(pooled[k]).toEqual(inProcess[k]);
    expect(inProcess.orphans).toEqual([]);
    expect(pooled.orphans).toEqual([]);
  });

  it('with more threads than cores asked for, too', () => {
    const inProcess = importWith('0');
    const wide = importWith('4');
    expect(wide.summary).toBe(inProcess.summary);
    expect(wide.decisions).toEqual(inProcess.decisions);
    expect(wide.payments).toEqual(inProcess.payments);
  });
});
