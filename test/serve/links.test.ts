/**
 * Every row of every explorer table links to exactly the decisions it counts (issue 15, point 7): each link is followed
 * over HTTP, and the decisions it lists (page and CSV) are compared with the row — how many, and their money (the
 * money credited to the row's body where it is one, certain money only with certain=1). Over the bundled sample (with
 * "(no organisation)", "(no date)", every outcome and nation) and the invented decisions of filters-db.ts, in every
 * grouping, with and without filters. Also: the council filter's messages, backwards dates, sorts and the per-head view.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startExplorer } from '../../src/serve/server.js';
import { TOTALS_BY } from '../../src/store/queries.js';
import { buildFiltersDb, EBC, ECC, inventedText, NBC } from '../filters-db.js';
import { csvRecords as parseCsv } from '../csv-text.js';
import { BIN } from '../helpers.js';
import { buildExplorerDb } from './explorer-db.js';
import { useExplorer } from './explorer-client.js';

const unescape = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The rows of the totals table of a page: each first cell's link and label, in order. */
function tableLinks(page: string): { href: string; label: string }[] {
  const body = page.slice(page.indexOf('<tbody>'), page.indexOf('</tbody>'));
  return [...body.matchAll(/<tr><td><a href="([^"]+)">([^<]*)<\/a><\/td>/g)].map((m) => ({ href: unescape(m[1]!), label: unescape(m[2]!) }));
}

/** The bars of the charts of a page: each bar's link and label. */
function barLinks(page: string): { href: string; label: string }[] {
  return [...page.matchAll(/<a href="([^"]+)"><rect class="bar"[^>]*><title>([^<]*): [^<]*<\/title>/g)].map((m) => ({ href: unescape(m[1]!), label: unescape(m[2]!) }));
}

const DATABASES: [string, () => string, string[]][] = [
  ['the bundled sample', buildExplorerDb, ['', '&certain=1', '&from=2022-06-01&to=2024-12-31', '&council=Kent+County+Council', '&category=Education']],
  ['invented decisions', buildFiltersDb, ['', '&certain=1', `&council=${encodeURIComponent(EBC)}`, '&from=2024-03-01&to=2025-12-31', '&category=Housing']],
];

describe.each(DATABASES)('explorer links over %s', (_name, build, filters) => {
  const { get } = useExplorer(build, { timeout: 60_000 });

  /** Follow a row's link: the listed decisions (CSV and page) are the row's, in number and money. */
  async function expectRowLinksItsDecisions(href: string, row: Record<string, string>, certain: boolean, where: string): Promise<void> {
    expect(href, where).toMatch(/^\/decisions\?/);
    const listed = parseCsv((await get(`${href.replace('/decisions?', '/decisions.csv?')}&limit=5000`)).body);
    expect(listed.length, `${where}: decisions`).toBe(Number(row.decisions));
    expect(listed.every((d) => d.stage === 'final'), `${where}: final decisions only`).toBe(true);
    const money = listed
      .filter((d) => d.counts_money === '1')
      .reduce((s, d) => s + Number(d.credited_pence ?? d.total_pence) - (certain ? Number(d.check_pence) : 0), 0);
    expect(money, `${where}: money`).toBe(Number(row.total_pence));
    const page = await get(href);
    expect(page.status, where).toBe(200);
    expect((page.body.match(/<tr><td><a href="\/decision\//g) ?? []).length, `${where}: page rows`).toBe(Number(row.decisions));
  }

  it.each(TOTALS_BY)('by %s: every row of every totals table (and every bar) leads to exactly its decisions', async (by) => {
    const views = [...filters.map((f) => `by=${by}${f}`), ...(by === 'council' ? ['by=council&per_capita=1', 'by=council&per_capita=1&min_decisions=1&certain=1'] : [])];
    let followed = 0;
    for (const view of views) {
      const page = await get(`/totals?${view}`);
      expect(page.status, view).toBe(200);
      const rows = parseCsv((await get(`/totals.csv?${view}`)).body);
      const links = tableLinks(page.body);
      expect(links.length, view).toBe(rows.length);
      for (const [i, row] of rows.entries()) {
        await expectRowLinksItsDecisions(links[i]!.href, row, view.includes('certain=1'), `${view} row ${row.key}`);
        followed++;
      }
      // Each bar links where its row does.
      const byLabel = new Map(rows.map((r, i) => [r.key, links[i]!.href]));
      for (const bar of barLinks(page.body)) expect(bar.href, `${view} bar ${bar.label}`).toBe(byLabel.get(bar.label));
    }
    expect(followed).toBeGreaterThan(0);
  });

  it('the overview: each year bar and each council leads to exactly its decisions', async () => {
    const page = (await get('/')).body;
    const years = parseCsv((await get('/totals.csv?by=year')).body);
    const bars = barLinks(page);
    expect(bars.map((b) => b.label)).toEqual(years.map((y) => y.key));
    for (const [i, bar] of bars.entries()) await expectRowLinksItsDecisions(bar.href, years[i]!, false, `overview year ${bar.label}`);
    const councils = parseCsv((await get('/totals.csv?by=council')).body);
    const links = tableLinks(page);
    expect(links.length).toBe(Math.min(10, councils.length));
    for (const [i, link] of links.entries()) await expectRowLinksItsDecisions(link.href, councils[i]!, false, `overview council ${link.label}`);
  });
});

describe('explorer filters: whole council names, dates, orders and per head (invented decisions)', () => {
  const { get } = useExplorer(buildFiltersDb, { timeout: 60_000 });
  const keys = async (path: string): Promise<string[]> => parseCsv((await get(path)).body).map((r) => r.key!);

  it.each(['/totals?council=Borough', '/decisions?council=Borough', '/totals.csv?council=Borough'])('%s: a part of a name selects nothing; the page says so and links the bodies it may mean', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body).toContain('No council or organisation is named &quot;Borough&quot;');
    const suggestions = [...r.body.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => ({ href: unescape(m[1]!), label: m[2]! }));
    expect(suggestions.slice(0, 2).map((s) => s.label).sort()).toEqual([EBC, NBC]);
    for (const s of suggestions.slice(0, 2)) expect((await get(s.href)).status).toBe(200);
    expect(r.body).toContain('name="council" value="Borough"'); // the form, to correct it
  });

  it('a name of several councils: a 400 page listing them', async () => {
    const r = await get('/totals?by=year&council=Somerset');
    expect(r.status).toBe(400);
    expect(r.body).toContain('&quot;Somerset&quot; is the name of 2 bodies: choose one.');
    expect(r.body).toContain('<a href="/totals?by=year&amp;council=Somerset+County+Council">Somerset County Council</a>');
    expect(r.body).toContain('<a href="/totals?by=year&amp;council=Somerset+Council">Somerset Council</a>');
  });

  it('a council by its whole name, case aside', async () => {
    expect(await keys(`/totals.csv?council=${encodeURIComponent(EBC.toLowerCase())}`)).toEqual([EBC]);
  });

  it.each(['/totals?by=year&from=2025-01-01&to=2024-01-01', '/decisions?from=2025-01-01&to=2024-01-01'])('%s: a backwards range is a clear 400 page with the range swapped as a link', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body).toContain('The From date (2025-01-01) is after the To date (2024-01-01): no decision can be in that range.');
    const swap = unescape(/<li><a href="([^"]+)">From 2024-01-01 to 2025-01-01 instead<\/a>/.exec(r.body)![1]!);
    expect(swap).toContain('from=2024-01-01&to=2025-01-01');
    expect((await get(swap)).status).toBe(200);
  });

  it('years in date order by default; sort= as --sort', async () => {
    expect(await keys('/totals.csv?by=year')).toEqual(['2023', '2024', '2025', '(no date)']);
    expect(await keys('/totals.csv?by=year&sort=total')).toEqual(['2025', '2024', '2023', '(no date)']);
    expect(await keys('/totals.csv?by=council&sort=key')).toEqual([EBC, ECC, NBC]);
    expect((await get('/totals?sort=bogus')).status).toBe(400);
    expect((await get('/totals?sort=per-capita')).status).toBe(400);
    expect((await get('/totals?by=year&sort=total')).body).toContain('<option value="total" selected>');
  });

  it('per head: sorted per head like its chart; councils with too few decisions apart, marked, out of the chart', async () => {
    const r = await get('/totals?by=council&per_capita=1');
    const order = [NBC, EBC, ECC].map((k) => r.body.indexOf(`>${k}</a></td>`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const apart = r.body.indexOf('<tr class="apart" id="not-ranked">');
    expect(apart).toBeGreaterThan(order[1]!);
    expect(apart).toBeLessThan(order[2]!);
    expect(r.body).toContain('<span class="few" title="Not ranked per head: fewer than 5 decisions">fewer than 5 decisions</span>');
    expect(barLinks(r.body).map((b) => b.label)).toEqual([NBC, EBC]);
    const csv = parseCsv((await get('/totals.csv?by=council&per_capita=1')).body);
    expect(csv.map((c) => [c.key, c.per_100k_pence, c.below_min_decisions])).toEqual([
      [NBC, '180000', 'false'],
      [EBC, '60000', 'false'],
      [ECC, '', 'true'],
    ]);
    const all = await get('/totals?by=council&per_capita=1&min_decisions=1');
    expect(barLinks(all.body).map((b) => b.label)).toEqual([NBC, EBC, ECC]);
    expect(all.body).not.toContain('id="not-ranked"');
    expect(all.body).toContain('name="min_decisions" min="1" value="1"');
  });
});

describe('the explorer sees bodies imported while it runs', () => {
  it('a council name unknown at first is found once another process imports a decision naming it', async () => {
    const db = buildFiltersDb();
    const explorer = await startExplorer({ db, port: 0, log: () => {} });
    try {
      const path = '/totals.csv?council=Oldtown+District+Council';
      expect((await fetch(new URL(path, explorer.url))).status).toBe(400);
      const file = join(dirname(db), 'oldtown.txt');
      writeFileSync(file, inventedText({ ref: '99 704 001', body: 'Oldtown District Council', date: '01 Feb 2025', category: 'Housing > Homelessness', outcome: 'Upheld', pounds: 150 }));
      const r = spawnSync(process.execPath, [BIN, 'import', file, '--db', db], { encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '0' } });
      expect(r.status, r.stderr).toBe(0);
      const after = await fetch(new URL(path, explorer.url));
      expect(after.status).toBe(200);
      expect(parseCsv(await after.text()).map((row) => [row.key, row.total_pence])).toEqual([['Oldtown District Council', '15000']]);
    } finally {
      await explorer.close();
    }
  }, 60_000);
});
