import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Crawler, type CrawlOptions } from '../../scrapers/crawl.js';
import { PoliteClient } from '../../scrapers/http.js';
import { RawArchive } from '../../scrapers/raw-archive.js';
import { reparseArchive } from '../../scrapers/reparse.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { agreedPayment, makeDecision, makeReport, reportPayment, startFakeSite, type FakeDecision, type FakeSite, type FakeSiteOptions } from './fake-site.js';

/** 13 decisions in March 2025 (two result pages), 4 in April (one a two-chapter report), none in May. */
function siteDecisions(): FakeDecision[] {
  const march = Array.from({ length: 13 }, (_, i) => makeDecision(i + 1, `2025-03-${String(i + 2).padStart(2, '0')}`));
  const april = [1, 2, 3].map((k) => makeDecision(100 + k, `2025-04-${String(k * 5).padStart(2, '0')}`));
  return [...march, ...april, makeReport(50, '2025-04-20', 2)];
}

let dir: string;
let site: FakeSite | null = null;
let db: Db | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lgsco-crawl-'));
});
afterEach(async () => {
  db?.close();
  db = null;
  await site?.close();
  site = null;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Partial<FakeSiteOptions> = {}): Promise<FakeSite> {
  site = await startFakeSite({ decisions: siteDecisions(), ...options });
  return site;
}

function openDb(): Db {
  db ??= openDatabase(join(dir, 'crawl.db'));
  return db;
}

/** One crawl of the fake site with fast timings (a loopback server has no politeness floor). */
async function crawl(options: Partial<CrawlOptions> = {}, client: Partial<ConstructorParameters<typeof PoliteClient>[0]> = {}) {
  const logs: string[] = [];
  const c = new PoliteClient({ baseUrl: site!.baseUrl, delayMs: 0, maxAttempts: 4, timeoutMs: 2000, ...client });
  const crawler = new Crawler(
    { db: openDb(), client: c, archive: new RawArchive(join(dir, 'raw')), onLog: (l) => logs.push(l) },
    { from: '2025-03-01', to: '2025-05-31', ...options },
  );
  const summary = await crawler.run();
  return { summary, logs };
}

const stored = (): { case_ref: string; total_pence: number; document_type: string }[] =>
  openDb().prepare('SELECT case_ref, total_pence, document_type FROM decisions ORDER BY case_ref').all() as never;
const decisionRequests = (s: FakeSite, path?: string) => s.requests.filter((r) => r.path.startsWith('/decisions/') && (path === undefined || r.path === path));

describe('crawl of a loopback imitation of the site', () => {
  it('stores every decision once, joins report chapters and checks each window against its count', async () => {
    const s = await start();
    const { summary } = await crawl();
    expect(summary.failures).toEqual([]);
    expect(summary.windowsIncomplete).toEqual([]);
    expect(summary.windowsComplete).toBe(3); // March, April, May (0 results is complete)
    expect(summary.decisions).toEqual({ imported: 17, updated: 0, unchanged: 0 });
    const rows = stored();
    expect(rows).toHaveLength(17);
    expect(new Set(rows.map((r) => r.case_ref)).size).toBe(17);
    // The report: both chapters fetched and joined, its type from the listing, its payment from the Overview.
    const report = siteDecisions().find((d) => d.type === 'Report')!;
    const r = rows.find((x) => x.case_ref === report.caseRef)!;
    expect(r).toMatchObject({ document_type: 'report', total_pence: reportPayment(50) * 100 });
    expect(decisionRequests(s, report.path).map((q) => q.url)).toEqual([report.path, `${report.path}?chapter=2`, `${report.path}?chapter=3`]);
    const paragraphs = openDb().prepare("SELECT count(*) AS n FROM paragraphs p JOIN decisions d ON d.id = p.decision_id WHERE d.case_ref = ?").get(report.caseRef) as { n: number };
    expect(paragraphs.n).toBeGreaterThanOrEqual(8); // 5 in the Overview + 3 in chapter 2
    // A statement's money, and no chapter requests for statements.
    const first = siteDecisions()[0]!;
    expect(rows.find((x) => x.case_ref === first.caseRef)!.total_pence).toBe(agreedPayment(1) * 100);
    expect(decisionRequests(s, first.path)).toHaveLength(1);
    // Politeness: robots.txt first, an honest User-Agent, the session warmed, only this host.
    expect(s.requests[0]!.path).toBe('/robots.txt');
    expect(s.requests.every((q) => /^lgsco\/\S+ \(\+https?:\/\//.test(q.userAgent ?? ''))).toBe(true);
    expect(s.requests.some((q) => q.path === '/decisions')).toBe(true);
    expect(s.requests.filter((q) => q.path.startsWith('/Decisions/SearchResults')).every((q) => q.referer?.endsWith('/decisions'))).toBe(true);
    // Crawl state: windows done, every page recorded with its hash.
    const windows = openDb().prepare('SELECT fd, td, expected, collected, status FROM crawl_windows ORDER BY fd').all();
    expect(windows).toEqual([
      { fd: '2025-03-01', td: '2025-03-31', expected: 13, collected: 13, status: 'done' },
      { fd: '2025-04-01', td: '2025-04-30', expected: 4, collected: 4, status: 'done' },
      { fd: '2025-05-01', td: '2025-05-31', expected: 0, collected: 0, status: 'done' },
    ]);
    const pages = openDb().prepare("SELECT count(*) AS n FROM crawl_pages WHERE status = 'fetched' AND sha256 IS NOT NULL").get() as { n: number };
    expect(pages.n).toBe(18); // 16 statements + 2 report chapters
  });

  it('a second run with the same arguments fetches nothing already stored', async () => {
    const s = await start();
    await crawl();
    const before = s.requests.length;
    const { summary } = await crawl();
    const again = s.requests.slice(before);
    expect(again.filter((q) => q.path.startsWith('/decisions/'))).toEqual([]);
    expect(again.filter((q) => q.path.startsWith('/Decisions/SearchResults'))).toEqual([]);
    expect(summary.windowsComplete).toBe(3);
    expect(stored()).toHaveLength(17);
  });

  it('retries 429 (honouring Retry-After), 503, resets, truncated bodies and slow replies, within the attempt cap', async () => {
    const d = siteDecisions();
    const s = await start({
      faults: [
        { match: (q) => q.path === '/Decisions/SearchResults' && q.query.get('page') === '1', kind: 'status429', times: 1, retryAfterSeconds: 1 },
        { match: (q) => q.path === d[0]!.path, kind: 'status503', times: 2 },
        { match: (q) => q.path === d[1]!.path, kind: 'reset', times: 1 },
        { match: (q) => q.path === d[2]!.path, kind: 'truncatedBody', times: 1 },
        { match: (q) => q.path === d[3]!.path, kind: 'slow', times: 1, delayMs: 1500 },
        { match: (q) => q.path === d[4]!.path, kind: 'status500', times: 1 },
      ],
    });
    const waits: number[] = [];
    const started = Date.now();
    const { summary } = await crawl({}, { timeoutMs: 500, onRetry: (r) => waits.push(r.waitMs) });
    expect(summary.failures).toEqual([]);
    expect(summary.windowsIncomplete).toEqual([]);
    expect(stored()).toHaveLength(17);
    expect(waits.some((w) => w >= 1000)).toBe(true); // Retry-After: 1 was honoured
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(decisionRequests(s, d[0]!.path)).toHaveLength(3);
    expect(decisionRequests(s, d[1]!.path)).toHaveLength(2);
    expect(decisionRequests(s, d[2]!.path)).toHaveLength(2);
    expect(decisionRequests(s, d[3]!.path)).toHaveLength(2);
    // No URL was asked for more often than the cap allows.
    const perUrl = new Map<string, number>();
    for (const q of s.requests) perUrl.set(q.url, (perUrl.get(q.url) ?? 0) + 1);
    expect(Math.max(...perUrl.values())).toBeLessThanOrEqual(4);
  });

  it('records a page that keeps failing after the cap, goes on with the rest, and a re-run completes it', async () => {
    const d = siteDecisions();
    const s = await start({ faults: [{ match: (q) => q.path === d[5]!.path, kind: 'status503', times: 4 }] });
    const first = await crawl();
    expect(first.summary.failures).toHaveLength(1);
    expect(first.summary.failures[0]!.url).toBe(`https://www.lgo.org.uk${d[5]!.path}`);
    expect(first.summary.failures[0]!.reason).toMatch(/HTTP 503 after 4 attempts/);
    expect(decisionRequests(s, d[5]!.path)).toHaveLength(4);
    expect(stored()).toHaveLength(16);
    const page = openDb().prepare('SELECT status, attempts, error FROM crawl_pages WHERE url LIKE ?').get(`%${d[5]!.path}`);
    expect(page).toMatchObject({ status: 'failed', attempts: 1 });
    expect(first.summary.windowsIncomplete.map((w) => w.window.fd)).toEqual(['2025-03-01']);
    const second = await crawl();
    expect(second.summary.failures).toEqual([]);
    expect(second.summary.decisions.imported).toBe(1);
    expect(stored()).toHaveLength(17);
  });

  it('treats a shell results page as an error: warms the session (cookie, Referer) and tries again', async () => {
    const s = await start({
      requireWarmup: true,
      faults: [{ match: (q) => q.path === '/Decisions/SearchResults', kind: 'shell', times: 2 }],
    });
    const { summary, logs } = await crawl();
    expect(summary.windowsIncomplete).toEqual([]);
    expect(stored()).toHaveLength(17);
    expect(logs.some((l) => /shell page/.test(l))).toBe(true);
    const searches = s.requests.filter((q) => q.path === '/Decisions/SearchResults' && q.fault === undefined);
    expect(searches.every((q) => /ASP\.NET_SessionId=/.test(q.cookie ?? ''))).toBe(true);
  });

  it('a shell that never goes away makes the window incomplete, never "0 results"', async () => {
    await start({ faults: [{ match: (q) => q.path === '/Decisions/SearchResults' && q.query.get('fd') === '2025-05-01', kind: 'shell', times: 100 }] });
    const { summary } = await crawl({ shellRetries: 1, listingAttempts: 2 });
    expect(summary.windowsIncomplete.map((w) => [w.window.fd, w.reason])).toEqual([['2025-05-01', expect.stringMatching(/shell page/)]]);
    const w = openDb().prepare("SELECT status, expected FROM crawl_windows WHERE fd = '2025-05-01'").get();
    expect(w).toEqual({ status: 'incomplete', expected: null });
  });

  it('reports a window whose count disagrees with its items as incomplete, and still stores what it listed', async () => {
    await start({ countAdjust: (fd) => (fd === '2025-04-01' ? 1 : 0) });
    const { summary } = await crawl({ listingAttempts: 2 });
    expect(summary.windowsIncomplete).toEqual([{ window: { fd: '2025-04-01', td: '2025-04-30' }, reason: 'the site says 5 results but 4 were listed' }]);
    expect(stored()).toHaveLength(17);
    const w = openDb().prepare("SELECT status, expected, collected, attempts FROM crawl_windows WHERE fd = '2025-04-01'").get();
    expect(w).toEqual({ status: 'incomplete', expected: 5, collected: 4, attempts: 2 });
  });

  it('splits a window with too many results to page safely', async () => {
    await start();
    const { summary } = await crawl({ maxWindowResults: 5 });
    expect(summary.windowsIncomplete).toEqual([]);
    expect(stored()).toHaveLength(17);
    const split = openDb().prepare("SELECT fd, td FROM crawl_windows WHERE status = 'split' ORDER BY fd").all();
    expect(split).toContainEqual({ fd: '2025-03-01', td: '2025-03-31' });
  });

  it('obeys robots.txt and never requests another host', async () => {
    const d = siteDecisions();
    const blocked = d[2]!.path.split('/').slice(0, 3).join('/'); // /decisions/<category>
    const s = await start({
      robotsTxt: `User-agent: *\nDisallow: /private/\nDisallow: ${blocked}/\n`,
      extraListingLinks: ['http://other.example/decisions/housing/other/00-000-001', '/private/decisions/housing/other/00-000-002'],
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { summary, logs } = await crawl();
    const urls = fetchSpy.mock.calls.map((c) => String(c[0]));
    expect(urls.every((u) => u.startsWith(s.baseUrl.replace(/\/$/, '')))).toBe(true);
    expect(s.requests.filter((q) => q.path.startsWith(`${blocked}/`) || q.path.startsWith('/private/'))).toEqual([]);
    const refused = d.filter((x) => x.path.startsWith(`${blocked}/`));
    expect(refused.length).toBeGreaterThan(0);
    expect(summary.failures.map((f) => f.reason)).toEqual(refused.map(() => expect.stringMatching(/disallowed by robots\.txt/)));
    expect(logs.some((l) => l.includes('other.example'))).toBe(true);
  });

  it('a search that robots.txt forbids is reported at once for each window, not walked again', async () => {
    const s = await start({ robotsTxt: 'User-agent: *\nDisallow: /Decisions/SearchResults\n' });
    const { summary, logs } = await crawl();
    expect(summary.windowsIncomplete.map((w) => w.reason)).toEqual([1, 2, 3].map(() => expect.stringMatching(/disallowed by robots\.txt/)));
    expect(logs.filter((l) => /walking the window again/.test(l))).toEqual([]);
    expect(s.requests.map((q) => q.path)).toEqual(['/robots.txt', '/decisions']);
  });

  it('takes a longer Crawl-delay from robots.txt, and stops when robots.txt itself cannot be fetched', async () => {
    await start({ robotsTxt: 'User-agent: *\nCrawl-delay: 2\n' });
    const c = new PoliteClient({ baseUrl: site!.baseUrl, delayMs: 0 });
    await c.loadRobots();
    expect(c.delayMs).toBe(2000);
    await site!.close();
    site = await startFakeSite({ decisions: [], faults: [{ match: (q) => q.path === '/robots.txt', kind: 'status503', times: 100 }] });
    const down = new PoliteClient({ baseUrl: site.baseUrl, delayMs: 0, maxAttempts: 2 });
    await expect(down.get('/decisions')).rejects.toThrow(/robots\.txt: HTTP 503 after 2 attempts/);
    expect(site.requests.map((q) => q.path)).toEqual(['/robots.txt', '/robots.txt']);
  });

  it('re-fetches stored pages with conditional GETs on --refresh (304: nothing changes)', async () => {
    const s = await start();
    await crawl();
    const before = s.requests.length;
    const { summary } = await crawl({ refresh: true });
    const again = s.requests.slice(before).filter((q) => q.path.startsWith('/decisions/'));
    expect(again.length).toBeGreaterThanOrEqual(17);
    expect(again.every((q) => q.ifNoneMatch !== undefined || q.url.includes('chapter=3'))).toBe(true);
    expect(again.filter((q) => q.status === 304).length).toBeGreaterThanOrEqual(17);
    expect(summary.decisions).toEqual({ imported: 0, updated: 0, unchanged: 17 });
  });

  it('a page that changed is updated in place on --refresh, with its previous version kept', async () => {
    await start();
    await crawl();
    await site!.close();
    const changed = siteDecisions();
    changed[0] = { ...changed[0]!, chapters: [changed[0]!.chapters[0]!.replace('to acknowledge', 'in recognition of')] };
    site = await startFakeSite({ decisions: changed });
    const { summary } = await crawl({ refresh: true });
    expect(summary.decisions).toEqual({ imported: 0, updated: 1, unchanged: 16 });
    const history = openDb().prepare('SELECT count(*) AS n FROM decision_history').get() as { n: number };
    expect(history.n).toBe(1);
    expect(stored()).toHaveLength(17);
  });

  it('keeps raw pages so the dataset can be re-parsed offline', async () => {
    await start();
    await crawl();
    const before = stored();
    openDb().exec('DELETE FROM decisions');
    const s = await reparseArchive(openDb(), new RawArchive(join(dir, 'raw')));
    expect(s.failures).toEqual([]);
    expect(s.counts.imported).toBe(17);
    expect(stored()).toEqual(before);
  });

  it('stops after --max decisions and goes on from there when run again', async () => {
    await start();
    const first = await crawl({ max: 5 });
    expect(first.summary.stoppedAtMax).toBe(true);
    expect(stored()).toHaveLength(5);
    await crawl();
    expect(stored()).toHaveLength(17);
  });
});
