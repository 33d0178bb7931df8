/**
 * Stage and one decision through the built CLI and the explorer: a page as text, its decision letter and the letter's
 * draft (invented, test/stage-records.ts) imported in either order and in one run; totals, show, search, export and
 * the explorer's pages. `npm test` builds dist/ first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startExplorer, type Explorer } from '../src/serve/server.js';
import { HAS_SHARED, SHARED } from './helpers.js';
import { cli } from './run-cli.js';
import { BODY, LETTER_DATE, letterText, PAGE_URL, pageText, REF, REF_SLUG } from './stage-records.js';

const dir = mkdtempSync(join(tmpdir(), 'lgsco-stages-'));
const files = {
  page: join(dir, 'page.txt'),
  letter: join(dir, 'letter.txt'),
  draft: join(dir, 'draft.txt'),
};
writeFileSync(files.page, pageText());
writeFileSync(files.letter, letterText('final'));
writeFileSync(files.draft, letterText('draft'));

const lastLine = (s: string): string => s.trim().split('\n').at(-1)!;
const json = (db: string, sql: string): Record<string, unknown>[] => JSON.parse(cli(['sql', sql, '--db', db, '--format', 'json']).stdout) as Record<string, unknown>[];
const decisionsOf = (db: string) =>
  json(db, 'SELECT key, url, case_ref, org_name, category, outcome, decision_date, stage, total_pence, counts_money FROM decisions ORDER BY key');
const totals = (db: string) => JSON.parse(cli(['totals', '--db', db, '--format', 'json']).stdout) as unknown[];

describe('the readers give what these tests import', () => {
  it('lgsco parse reads the page (no date), the letter and the draft', () => {
    const r = cli(['parse', files.page, files.letter, files.draft, '--no-sections']);
    expect(r.code, r.stderr).toBe(0);
    const [page, letter, draft] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect([page!.url, page!.decisionDate, page!.stage, page!.category]).toEqual([PAGE_URL, null, 'final', 'Housing']);
    expect([letter!.url, letter!.caseRef, letter!.decisionDate, letter!.stage]).toEqual([null, REF, LETTER_DATE, 'final']);
    expect([draft!.url, draft!.caseRef, draft!.stage]).toEqual([null, REF, 'draft']);
  });
});

describe('lgsco import: a letter and its web page are one decision, whichever comes first', () => {
  const expected = [
    { key: PAGE_URL, url: PAGE_URL, case_ref: REF, org_name: BODY, category: 'Housing', outcome: 'upheld', decision_date: LETTER_DATE, stage: 'final', total_pence: 30000, counts_money: 1 },
  ];
  const oneDecision = [{ key: BODY, decisions: 1, decisionsWithPayment: 1, totalPence: 30000, recommendedPence: 30000, checkPence: 0 }];

  it.each([
    ['letter first', [files.letter, files.page]],
    ['page first', [files.page, files.letter]],
  ])('%s, in two runs: one decision, money once, show lists both sources; a re-run changes nothing', (_, order) => {
    const db = join(dir, `${order.map((f) => f.slice(dir.length + 1, -4)).join('-')}.db`);
    expect(lastLine(cli(['import', order[0]!, '--db', db]).stderr)).toBe('imported 1, unchanged 0, failed 0');
    const second = cli(['import', order[1]!, '--db', db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/\(1 file joined a decision stored from another source/);
    expect(lastLine(second.stderr)).toBe('imported 1, unchanged 0, failed 0');
    expect(decisionsOf(db)).toEqual(expected);
    expect(totals(db)).toEqual(oneDecision);
    const show = cli(['show', REF_SLUG, '--db', db]).stdout;
    expect(show.match(/^Reference /gm)).toHaveLength(1);
    expect(show).toMatch(/^Category +Housing > Council house repairs$/m);
    expect(show).toMatch(/^Decision date +2025-01-15$/m);
    expect(show).toMatch(/^Sources\n {2}\S+\.txt {2}\(.*\n {2}\S+\.txt {2}\(.*\n$/m);
    expect(show).toContain(`  ${files.page}  (read for this record`);
    expect(show).toContain(`  ${files.letter}  (the same decision in another form, joined with it`);
    const dump = JSON.stringify(json(db, 'SELECT * FROM decisions'));
    expect(lastLine(cli(['import', files.letter, files.page, '--db', db]).stderr)).toBe('imported 0, unchanged 2, failed 0');
    expect(JSON.stringify(json(db, 'SELECT * FROM decisions'))).toBe(dump);
  });

  it('draft, letter and page in one run (and again): one final decision, the draft kept in history, idempotent', () => {
    const db = join(dir, 'one-run.db');
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    // Names sort the draft first, so it is stored before the final that takes its place.
    writeFileSync(join(folder, 'a-draft.txt'), letterText('draft'));
    writeFileSync(join(folder, 'b-letter.txt'), letterText('final'));
    writeFileSync(join(folder, 'c-page.txt'), pageText());
    const first = cli(['import', folder, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/\(1 final decision took the place of its stored draft, kept in decision_history\)/);
    expect(lastLine(first.stderr)).toBe('imported 3, unchanged 0, failed 0');
    expect(decisionsOf(db)).toEqual(expected);
    expect(totals(db)).toEqual(oneDecision);
    expect(json(db, "SELECT json_extract(record, '$.stage') AS stage, json_extract(record, '$.remedy.totalPence') AS pence FROM decision_history WHERE json_extract(record, '$.stage') = 'draft'")).toEqual([
      { stage: 'draft', pence: 50000 },
    ]);
    const show = cli(['show', REF, '--db', db]).stdout;
    expect(show).toMatch(/^Stage +final$/m);
    expect(show).not.toMatch(/DRAFT/);
    expect(show).toContain(`${join(folder, 'a-draft.txt')}  (the draft decision, kept in decision_history`);
    const dump = JSON.stringify(json(db, 'SELECT * FROM decisions'));
    const again = cli(['import', folder, '--db', db]);
    expect(again.stderr).toMatch(/\(1 draft was not stored as a decision: the final decision of its reference is stored/);
    expect(lastLine(again.stderr)).toBe('imported 0, unchanged 3, failed 0');
    expect(JSON.stringify(json(db, 'SELECT * FROM decisions'))).toBe(dump);
  });
});

describe('a draft beside a final decision of another body: shown as a draft, counted nowhere', () => {
  const db = join(dir, 'draft-only.db');
  const other = join(dir, 'other.txt');
  writeFileSync(other, pageText('99 000 001', 'Otherton District Council'));

  it('show, totals, search and exports', () => {
    expect(cli(['import', files.draft, other, '--db', db]).code).toBe(0);
    const show = cli(['show', REF, '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^DRAFT decision: .*\n.*not counted/m);
    expect(show.stdout).toMatch(/^Stage +draft \(not counted\)$/m);
    expect(show.stdout).toMatch(/^Proposed remedy \(draft, not counted\): £500 in total, £500 proposed$/m);
    expect(JSON.parse(cli(['show', REF, '--db', db, '--json']).stdout).stage).toBe('draft');
    // Totals: the other council's £300 only, in every grouping; the draft's body is in none.
    for (const by of ['council', 'category', 'subcategory', 'year', 'outcome', 'nation']) {
      const rows = JSON.parse(cli(['totals', '--by', by, '--db', db, '--format', 'json']).stdout) as { decisions: number; totalPence: number }[];
      expect(rows.reduce((s, r) => s + r.decisions, 0), by).toBe(1);
      expect(rows.reduce((s, r) => s + r.totalPence, 0), by).toBe(30000);
    }
    expect(cli(['totals', '--db', db]).stdout).not.toContain(BODY);
    const search = cli(['search', 'roof', '--db', db]).stdout;
    expect(search).toMatch(new RegExp(`^${REF}  ${BODY}  2024-09-25  \\[DRAFT: remedies proposed, not counted\\]$`, 'm'));
    const hits = JSON.parse(cli(['search', 'roof', '--db', db, '--format', 'json']).stdout) as { caseRef: string; stage: string; totalPence: number }[];
    expect(hits.find((h) => h.caseRef === REF)).toMatchObject({ stage: 'draft', totalPence: 0 });
    const payments = cli(['export', '--payments', '--db', db]).stdout.trim().split('\n');
    const head = payments[0]!.split(',');
    const counted = payments
      .slice(1)
      .map((l) => l.split(','))
      .filter((r) => r[head.indexOf('counts_money')] === '1')
      .reduce((s, r) => s + Number(r[head.indexOf('amount_pence')]), 0);
    expect(counted).toBe(30000);
    const decisions = cli(['export', '--db', db]).stdout.trim().split('\n');
    const dHead = decisions[0]!.split(',');
    expect(dHead.slice(dHead.indexOf('document_type'), dHead.indexOf('document_type') + 2)).toEqual(['document_type', 'stage']);
    expect(decisions.find((l) => l.startsWith(REF))!.split(',')[dHead.indexOf('stage')]).toBe('draft');
  });

  it('--help texts say how drafts and letters are counted', () => {
    expect(cli(['import', '--help']).stdout).toMatch(/A draft decision is stored and shown but never counted/);
    expect(cli(['totals', '--help']).stdout).toMatch(/Only final decisions are counted/);
    expect(cli(['export', '--help']).stdout).toMatch(/and for a draft decision \(stage draft/);
    expect(cli(['show', '--help']).stdout).toMatch(/both files are listed under Sources/);
  });

  describe('the explorer', () => {
    let explorer: Explorer | undefined;
    afterAll(async () => {
      await explorer?.close();
    });
    const get = async (path: string): Promise<string> => {
      explorer ??= await startExplorer({ db, port: 0, log: () => {} });
      const res = await fetch(new URL(path, explorer.url));
      expect(res.status, path).toBe(200);
      return res.text();
    };

    it("the decision page says it is a draft; lists mark it; the overview's figures leave it out", async () => {
      const page = await get(`/decision/${REF_SLUG}`);
      expect(page).toContain('<span class="badge draft">Draft decision</span>');
      expect(page).toMatch(/<p class="draft-note" id="draft-note"><strong>Draft decision\.<\/strong>/);
      expect(page).toContain('Proposed payments (draft: not counted)');
      const list = await get('/decisions');
      expect(list).toMatch(new RegExp(`${REF}</a> <span class="badge draft"[^>]*>Draft</span>`));
      expect(list).toContain('(£500 proposed)');
      const overview = await get('/');
      expect(overview).toContain('<dd id="stat-decisions">1</dd>');
      expect(overview).toContain('<dd id="stat-total">£300</dd>');
      expect(overview).toMatch(/<span id="drafts-note">1 draft decision is stored besides/);
      expect(await get('/totals?by=council')).not.toContain(BODY);
      expect(await get('/search?q=roof')).toMatch(/\(99 123 456\)<\/a> <span class="badge draft"/);
      expect(await get('/decisions.csv')).toMatch(new RegExp(`^${REF},.*,draft$`, 'm'));
    });
  });
});

describe('the data package', () => {
  it("decisions.csv carries the stage; payments.csv's counted money leaves the draft out", () => {
    const db = join(dir, 'package.db');
    const out = join(dir, 'package');
    expect(cli(['import', files.draft, join(dir, 'other.txt'), '--db', db]).code).toBe(0);
    const r = cli(['export', '--datapackage', out, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const rows = (name: string) => readFileSync(join(out, name), 'utf8').trim().split('\n').map((l) => l.split(','));
    const [dHead, ...decisions] = rows('decisions.csv');
    expect(decisions.map((d) => [d[dHead!.indexOf('case_ref')], d[dHead!.indexOf('stage')], d[dHead!.indexOf('counts_money')]]).sort()).toEqual([
      ['99 000 001', 'final', '1'],
      [REF, 'draft', '0'],
    ]);
    const [pHead, ...payments] = rows('payments.csv');
    const counted = payments.filter((p) => p[pHead!.indexOf('counts_money')] === '1').map((p) => Number(p[pHead!.indexOf('amount_pence')]));
    expect(counted).toEqual([30000]);
  });
});

describe.skipIf(!HAS_SHARED)('the real letters (../shared/fixtures/pdf): a draft and the final of 14 019 995', () => {
  const pdf = (name: string): string => join(SHARED, 'fixtures', 'pdf', name);
  it.each([
    ['draft first', ['14-019-995-draft.pdf', '14-019-995-final.pdf']],
    ['final first', ['14-019-995-final.pdf', '14-019-995-draft.pdf']],
  ])('%s, in two runs: the final is the decision (£250), the draft is kept in its history', (name, order) => {
    const db = join(dir, `real-${name.replace(/ /g, '-')}.db`);
    for (const f of order) expect(cli(['import', pdf(f), '--db', db]).code).toBe(0);
    expect(json(db, 'SELECT key, stage, decision_date, total_pence, counts_money FROM decisions')).toEqual([
      { key: 'ref:14 019 995', stage: 'final', decision_date: '2016-01-15', total_pence: 25000, counts_money: 1 },
    ]);
    expect(json(db, "SELECT json_extract(record, '$.decisionDate') AS date FROM decision_history WHERE json_extract(record, '$.stage') = 'draft'")).toEqual([
      { date: '2015-09-25' },
    ]);
    expect(lastLine(cli(['import', pdf(order[0]!), pdf(order[1]!), '--db', db]).stderr)).toBe('imported 0, unchanged 2, failed 0');
  });
});
