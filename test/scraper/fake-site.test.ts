import * as cheerio from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/parse.js';
import {
  agreedPayment,
  makeDecision,
  makeReport,
  reportPayment,
  sampleDecisions,
  startFakeSite,
  type FakeDecision,
  type FakeSite,
  type FakeSiteOptions,
} from './fake-site.js';

const sites: FakeSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

async function start(options: FakeSiteOptions): Promise<FakeSite> {
  const site = await startFakeSite(options);
  sites.push(site);
  return site;
}

/** What a results page shows, read the way a scraper would: the count text and the decision links. */
function readListing(html: string): { count: number | null; hrefs: string[]; metas: string[]; pager: string[] } {
  const $ = cheerio.load(html);
  const m = /Your search has ([0-9,]+) results/.exec($('body').text());
  return {
    count: m ? Number(m[1]!.replace(/,/g, '')) : null,
    hrefs: $('a[href]')
      .toArray()
      .map((a) => $(a).attr('href')!)
      .filter((h) => /\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/\d{2}-\d{3}-\d{3}[a-z]?$/.test(h)),
    metas: $('.search-result .meta').toArray().map((p) => $(p).text()),
    pager: $('.pager a').toArray().map((a) => `${$(a).text()} ${$(a).attr('href')}`),
  };
}

const get = (site: FakeSite, path: string, headers: Record<string, string> = {}): Promise<Response> => fetch(`${site.baseUrl}${path}`, { headers });
const listing = async (site: FakeSite, query: string, headers: Record<string, string> = {}): Promise<ReturnType<typeof readListing>> =>
  readListing(await (await get(site, `/Decisions/SearchResults?${query}`, headers)).text());

/** n decisions spread over the days of one month (yyyy-mm), two per day. */
function month(ym: string, n: number, from = 0): FakeDecision[] {
  return Array.from({ length: n }, (_, k) => makeDecision(from + k, `${ym}-${String(1 + (Math.floor(k / 2) % 28)).padStart(2, '0')}`));
}

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
      extraListingLinks: ['https://evil.example/decisions/housing/homelessness/25-000-001'],
    });
    const html = await (await get(site, '/Decisions/SearchResults?fd=2024-5-1&td=2024-05-31&page=1')).text();
    expect(html).toContain('Your search has 1,005 results');
    const page = readListing(html);
    expect(page.hrefs).toHaveLength(6);
    expect(page.hrefs.at(-1)).toBe('https://evil.example/decisions/housing/homelessness/25-000-001');
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

describe('faults', () => {
  const isSearch = (r: { path: string }): boolean => r.path === '/Decisions/SearchResults';

  it('status429/503/500 with Retry-After for the first `times` matches, then normal service', async () => {
    const site = await start({
      decisions: month('2024-03', 2),
      faults: [
        { match: isSearch, kind: 'status429', times: 2, retryAfterSeconds: 7 },
        { match: isSearch, kind: 'status503', times: 1, retryAfterSeconds: 1 },
        { match: (r) => r.query.get('page') === '9', kind: 'status500', times: 1 },
      ],
    });
    const url = '/Decisions/SearchResults?fd=2024-03-01&td=2024-03-31&page=1';
    const statuses: Array<[number, string | null]> = [];
    for (let k = 0; k < 4; k++) {
      const r = await get(site, url);
      statuses.push([r.status, r.headers.get('retry-after')]);
      await r.text();
    }
    expect(statuses).toEqual([
      [429, '7'],
      [429, '7'],
      [503, '1'],
      [200, null],
    ]);
    expect((await get(site, '/Decisions/SearchResults?fd=2024-03-01&td=2024-03-31&page=9')).status).toBe(500);
    expect((await get(site, '/Decisions/SearchResults?fd=2024-03-01&td=2024-03-31&page=9')).status).toBe(200);
    expect(site.requests.map((r) => r.fault ?? null)).toEqual(['status429', 'status429', 'status503', null, 'status500', null]);
  });

  it('reset: headers and part of the body arrive, then the connection dies', async () => {
    const d = makeDecision(1, '2024-03-05');
    const site = await start({ decisions: [d], faults: [{ match: (r) => r.path === d.path, kind: 'reset', times: 1 }] });
    const r = await get(site, d.path);
    expect(r.status).toBe(200);
    await expect(r.text()).rejects.toThrow();
    expect(await (await get(site, d.path)).text()).toBe(d.chapters[0]);
    expect(site.requests.map((q) => [q.status, q.fault ?? null])).toEqual([
      [200, 'reset'],
      [200, null],
    ]);
  });

  it('truncatedBody: Content-Length promises more than is sent', async () => {
    const d = makeDecision(1, '2024-03-05');
    const site = await start({ decisions: [d], faults: [{ match: () => true, kind: 'truncatedBody', times: 1 }] });
    const r = await get(site, d.path);
    expect(Number(r.headers.get('content-length'))).toBe(Buffer.byteLength(d.chapters[0]!));
    await expect(r.text()).rejects.toThrow();
    expect(await (await get(site, d.path)).text()).toBe(d.chapters[0]);
  });

  it('slow: the answer comes after delayMs', async () => {
    const site = await start({ decisions: [], faults: [{ match: (r) => r.path === '/robots.txt', kind: 'slow', times: 1, delayMs: 300 }] });
    const t0 = Date.now();
    expect(await (await get(site, '/robots.txt')).text()).toContain('Disallow');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    const t1 = Date.now();
    await (await get(site, '/robots.txt')).text();
    expect(Date.now() - t1).toBeLessThan(250);
  });

  it('shell and notFound replace the normal answer; rules are tried in order', async () => {
    const decisions = month('2024-03', 3);
    const site = await start({
      decisions,
      faults: [
        { match: (r) => r.query.get('page') === '1', kind: 'shell', times: 1 },
        { match: (r) => r.url.includes('td=2024-03-31'), kind: 'notFound', times: 1 },
      ],
    });
    const q = 'fd=2024-03-01&td=2024-03-31&page=1';
    expect(await listing(site, q)).toMatchObject({ count: null, hrefs: [] });
    const nf = await get(site, `/Decisions/SearchResults?${q}`);
    expect(nf.status).toBe(404);
    await nf.text();
    expect((await listing(site, q)).count).toBe(3);
    expect(site.requests.map((r) => r.fault ?? null)).toEqual(['shell', 'notFound', null]);
  });

  it('close() returns promptly with a slow request pending, and the pending request fails', async () => {
    const site = await startFakeSite({ decisions: [], faults: [{ match: () => true, kind: 'slow', times: 1, delayMs: 30_000 }] });
    const pending = get(site, '/decisions');
    await expect.poll(() => site.requests.length).toBe(1);
    const t0 = Date.now();
    await site.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
    await site.close(); // idempotent
  });
});

describe('request log', () => {
  it('records method, url, Host, User-Agent, Referer and Cookie of every request', async () => {
    const site = await start({ decisions: [] });
    await (await get(site, '/decisions?x=1', { 'user-agent': 'lgsco-test/1.0', referer: 'https://www.lgo.org.uk/decisions', cookie: 'a=b' })).text();
    const [r] = site.requests;
    expect(r).toMatchObject({
      method: 'GET',
      url: '/decisions?x=1',
      path: '/decisions',
      host: new URL(site.baseUrl).host,
      userAgent: 'lgsco-test/1.0',
      referer: 'https://www.lgo.org.uk/decisions',
      cookie: 'a=b',
      status: 200,
    });
    expect(r!.at).toBeLessThanOrEqual(Date.now());
  });
});

describe('synthetic and sample decisions', () => {
  it('makeDecision is deterministic and its page parses to the same facts, with the agreed payment', async () => {
    const d = makeDecision(12, '2024-03-14');
    expect(makeDecision(12, '2024-03-14')).toEqual(d);
    expect(d.path).toBe(`/decisions/${d.path.split('/')[2]}/${d.path.split('/')[3]}/${d.caseRef.replace(/ /g, '-')}`);
    expect(d.chapters[0]).toContain(`£${agreedPayment(12)}`);
    const rec = await parseDecision(d.chapters[0]!);
    expect(rec).toMatchObject({
      caseRef: d.caseRef,
      url: `https://www.lgo.org.uk${d.path}`,
      outcome: 'upheld',
      decisionDate: '2024-03-14',
      subcategory: d.subcategoryLabel,
    });
    expect(rec.organisations.map((o) => o.name)).toEqual([d.organisation]);
    expect(rec.remedy.totalPence).toBe(agreedPayment(12) * 100);
    expect(agreedPayment(13)).not.toBe(agreedPayment(12));
  });

  it('makeDecision overrides are written into the page', async () => {
    const d = makeDecision(5, '2023-01-02', { outcome: 'Not upheld', organisation: 'Brighton & Hove City Council', caseRef: '22 123 456' });
    expect(d.path).toMatch(/\/22-123-456$/);
    const rec = await parseDecision(d.chapters[0]!);
    expect(rec).toMatchObject({ caseRef: '22 123 456', outcome: 'not_upheld' });
    expect(rec.organisations[0]!.name).toBe('Brighton & Hove City Council');
    expect(rec.remedy.totalPence).toBe(0);
    const closed = await parseDecision(makeDecision(6, '2023-01-02', { outcome: 'Closed after initial enquiries' }).chapters[0]!);
    expect(closed.outcome).toBe('closed_after_initial_enquiries');
  });

  it('makeReport chapters run the paragraph numbers on and parse as one report', async () => {
    const r = makeReport(4, '2025-08-26', 4);
    expect(r).toMatchObject({ type: 'Report', outcome: 'Upheld' });
    expect(r.chapters).toHaveLength(4);
    expect(r.chapters[0]).toContain('Overview:');
    expect(r.chapters[0]).toContain('within four weeks');
    expect(r.chapters[1]).toContain('<ol start="6">');
    expect(r.chapters[2]).toContain('<ol start="9">');
    expect(r.chapters[3]).toContain(`href="${r.path}?chapter=2"`);
    const rec = await parseDecision(r.chapters, { documentType: 'report' });
    expect(rec.caseRef).toBe(r.caseRef);
    expect(rec.remedy.totalPence).toBe(reportPayment(4) * 100);
  });

  it('sampleDecisions reads every sample page, and the site serves them', async () => {
    const samples = sampleDecisions();
    expect(samples).toHaveLength(42);
    const first = samples[0]!;
    expect(first).toMatchObject({
      path: '/decisions/adult-care-services/assessment-and-care-plan/00-011-482',
      caseRef: '00 011 482',
      organisation: 'Demoshire County Council',
      type: 'Statement',
      outcome: 'Upheld',
      subcategoryLabel: 'Assessment and care plan',
      date: '2024-03-14',
    });
    expect(first.summary).toMatch(/^Mrs Y complained/);
    expect(samples.find((s) => s.caseRef === '00 002 913')).toMatchObject({ organisation: '', type: 'Report' });
    expect(samples.find((s) => s.caseRef === '00 011 548')!.organisation).toBe('Demoford Borough Council');
    expect(new Set(samples.map((s) => s.outcome)).size).toBe(3);
    const site = await start({ decisions: samples });
    const all = await listing(site, 'fd=0001-01-01&td=2026-12-31&page=1');
    expect(all.count).toBe(42);
    expect(all.hrefs[0]).toBe([...samples].sort((a, b) => b.date.localeCompare(a.date))[0]!.path);
    expect(await (await get(site, first.path)).text()).toBe(first.chapters[0]);
  });
});
