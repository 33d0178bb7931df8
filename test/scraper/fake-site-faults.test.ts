/**
 * The fake site's injected faults (error statuses with Retry-After, resets, short bodies, slow answers, shells) and
 * the request log that shows which request met which fault.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeSites, get, listing, month, start } from './fake-site-client.js';
import { makeDecision, startFakeSite } from './fake-site.js';

afterEach(closeSites);

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
