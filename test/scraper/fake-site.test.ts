/**
 * The fake LGSCO site as the scraper sees it: the decision search (paging, windows, counts, shells), the session
 * cookie, decision pages with chapters and conditional GETs, and robots.txt. Its faults are in
 * fake-site-faults.test.ts, its invented decisions in fake-site-decisions.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeSites, get, listing, month, readListing, start } from './fake-site-client.js';
import { makeDecision, makeReport } from './fake-site.js';

afterEach(closeSites);

describe('SearchResults', () => {
  it('pages 10 at a time, newest first then by reference, with the count and a pager', async () => {
    const decisions = month('2024-03', 25);
    const site = await start({ decisions });
    const expected = [...decisions].sort((a, b) => b.date.localeCompare(a.date) || a.caseRef.localeCompare(b.caseRef)).map((d) => d.path);
    const p1 = await listing(site, 'fd=2024-03-01&td=2024-03-31&page=1&sortOrder=descending');
    expect(p1.count).toBe(25);
    expect(p1.hrefs).toEqual(expected.slice(0, 10));
    expect(p1.pager).toContain('2 /Decisions/SearchResults?fd=2024-03-01&td=2024-03-31&page=2&sortOrder=descending');
    expect(p1.pager.some((l) => l.startsWith('Next ') && l.includes('page=2'))).toBe(true);
    const p3 = await listing(site, 'fd=2024-03-01&td=2024-03-31&page=3');
    expect(p3.hrefs).toEqual(expected.slice(20));
    expect(p3.pager.some((l) => l.startsWith('Next '))).toBe(false);
    // Past the last page: the count, no items.
    const p4 = await listing(site, 'fd=2024-03-01&td=2024-03-31&page=4');
    expect(p4).toMatchObject({ count: 25, hrefs: [] });
    // The meta line has the listing shape "<type> <outcome> <subcategory> <DD-Mon-YYYY>".
    expect(p1.metas[0]).toMatch(/^(Statement|Report) (Upheld|Not upheld|Closed after initial enquiries) .+ \d{2}-[A-Z][a-z]{2}-\d{4}$/);
  });

  it('filters by fd ≤ date ≤ td inclusive, accepts unpadded dates, and shows 0 results for an empty window', async () => {
    const decisions = [makeDecision(1, '2024-02-29'), makeDecision(2, '2024-03-01'), makeDecision(3, '2024-03-31'), makeDecision(4, '2024-04-01')];
    const site = await start({ decisions });
    expect((await listing(site, 'fd=2024-03-01&td=2024-03-31')).hrefs).toEqual([decisions[2]!.path, decisions[1]!.path]);
    expect((await listing(site, 'fd=2024-3-1&td=2024-3-31&page=1')).count).toBe(2);
    expect((await listing(site, 'fd=0001-01-01&td=2026-9-7')).count).toBe(4);
    const empty = await listing(site, 'fd=2025-01-01&td=2025-01-31&page=1');
    expect(empty).toMatchObject({ count: 0, hrefs: [] });
  });

  it('prints counts with a thousands comma, applies countAdjust per window, and adds extra links outside N', async () => {
    const site = await start({
      decisions: month('2024-05', 5),
      countAdjust: (fd, td) => (fd === '2024-05-01' && td === '2024-05-31' ? 1000 : 0),
      extraListingLinks: ['https://evil.example/decisions/housing/homelessness/00-000-001'],
    });
    const html = await (await get(site, '/Decisions/SearchResults?fd=2024-5-1&td=2024-05-31&page=1')).text();
    expect(html).toContain('Your search has 1,005 results');
    const page = readListing(html);
    expect(page.hrefs).toHaveLength(6);
    expect(page.hrefs.at(-1)).toBe('https://evil.example/decisions/housing/homelessness/00-000-001');
    expect((await listing(site, 'fd=2024-05-01&td=2024-05-15')).count).toBe(5);
  });

  it('serves a shell (form, no count, no items) for a malformed date', async () => {
    const site = await start({ decisions: month('2024-03', 3) });
    const html = await (await get(site, '/Decisions/SearchResults?fd=2024-02-30&td=2024-03-31')).text();
    expect(readListing(html)).toMatchObject({ count: null, hrefs: [] });
    expect(html).toContain('id="decisionSearch"');
  });
});

describe('warm-up and session cookie', () => {
  it('serves the shell until the client sends the session cookie set by GET /decisions', async () => {
    const site = await start({ decisions: month('2024-03', 3), requireWarmup: true });
    const q = 'fd=2024-03-01&td=2024-03-31&page=1';
    expect(await listing(site, q)).toMatchObject({ count: null, hrefs: [] });
    expect(await listing(site, q, { cookie: 'ASP.NET_SessionId=forged' })).toMatchObject({ count: null });
    const landing = await get(site, '/decisions');
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('id="decisionSearch"');
    const setCookie = landing.headers.getSetCookie();
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^ASP\.NET_SessionId=[0-9a-f]{24}; path=\/; HttpOnly$/);
    const cookie = setCookie[0]!.split(';')[0]!;
    expect(await listing(site, q, { cookie: `lgo_cookie_consent=1; ${cookie}` })).toMatchObject({ count: 3 });
    // A known session is kept: no new cookie on the next visit.
    expect((await get(site, '/decisions', { cookie })).headers.getSetCookie()).toEqual([]);
    expect(site.requests.at(-2)!.cookie).toBe(`lgo_cookie_consent=1; ${cookie}`);
  });
});

describe('decision pages', () => {
  it('serves chapter 1 bare, ?chapter=N, and a 404 beyond the last chapter; displaypref is ignored', async () => {
    const report = makeReport(7, '2025-08-26', 3);
    const site = await start({ decisions: [report] });
    expect(await (await get(site, report.path)).text()).toBe(report.chapters[0]);
    expect(await (await get(site, `${report.path}?displaypref=2`)).text()).toBe(report.chapters[0]);
    expect(await (await get(site, `${report.path}?chapter=3&displaypref=1`)).text()).toBe(report.chapters[2]);
    const beyond = await get(site, `${report.path}?chapter=4`);
    expect(beyond.status).toBe(404);
    expect(await beyond.text()).toContain('Page not found');
    expect((await get(site, '/decisions/housing/homelessness/99-999-999')).status).toBe(404);
    expect((await get(site, '/no/such/page')).status).toBe(404);
  });

  it('sends ETag and Last-Modified and answers conditional GETs with 304', async () => {
    const d = makeDecision(3, '2024-06-10');
    const site = await start({ decisions: [d] });
    const first = await get(site, d.path);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(Date.parse(lastModified)).toBeGreaterThan(Date.parse('2024-06-10'));
    const same = await get(site, d.path, { 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(same.headers.get('etag')).toBe(etag);
    expect((await get(site, d.path, { 'if-none-match': '"stale"' })).status).toBe(200);
    expect((await get(site, d.path, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(site, d.path, { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' })).status).toBe(200);
    expect(site.requests.map((r) => [r.status, r.ifNoneMatch ?? null])).toEqual([
      [200, null],
      [304, etag],
      [200, '"stale"'],
      [304, null],
      [200, null],
    ]);
  });
});

describe('robots.txt and /private/', () => {
  it('serves the default robots.txt, a custom one, or a 404', async () => {
    const a = await start({ decisions: [] });
    const r = await get(a, '/robots.txt');
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await r.text()).toBe('User-agent: *\nDisallow: /private/\n');
    const b = await start({ decisions: [], robotsTxt: 'User-agent: *\nDisallow: /Decisions/\nCrawl-delay: 2\n' });
    expect(await (await get(b, '/robots.txt')).text()).toContain('Crawl-delay: 2');
    const c = await start({ decisions: [], robotsTxt: null });
    expect((await get(c, '/robots.txt')).status).toBe(404);
    // Disallowed pages exist, so a violation is visible in the log rather than hidden by a 404.
    expect((await get(a, '/private/secret')).status).toBe(200);
    expect(a.requests.map((q) => q.path)).toEqual(['/robots.txt', '/private/secret']);
  });
});
