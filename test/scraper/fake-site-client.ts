/**
 * Driving the fake site in its own tests: sites started here are closed after each test (closeSites), and a results
 * page is read the way a scraper would, with plain fetch and cheerio rather than the scraper under test.
 */
import * as cheerio from 'cheerio';
import { makeDecision, startFakeSite, type FakeDecision, type FakeSite, type FakeSiteOptions } from './fake-site.js';

const sites: FakeSite[] = [];

/** Start a fake site that closeSites() will close. */
export async function start(options: FakeSiteOptions): Promise<FakeSite> {
  const site = await startFakeSite(options);
  sites.push(site);
  return site;
}

/** Close every site start() opened (for afterEach). */
export async function closeSites(): Promise<void> {
  await Promise.all(sites.splice(0).map((s) => s.close()));
}

/** What a results page shows, read the way a scraper would: the count text and the decision links. */
export function readListing(html: string): { count: number | null; hrefs: string[]; metas: string[]; pager: string[] } {
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

export const get = (site: FakeSite, path: string, headers: Record<string, string> = {}): Promise<Response> => fetch(`${site.baseUrl}${path}`, { headers });
export const listing = async (site: FakeSite, query: string, headers: Record<string, string> = {}): Promise<ReturnType<typeof readListing>> =>
  readListing(await (await get(site, `/Decisions/SearchResults?${query}`, headers)).text());

/** n decisions spread over the days of one month (yyyy-mm), two per day. */
export function month(ym: string, n: number, from = 0): FakeDecision[] {
  return Array.from({ length: n }, (_, k) => makeDecision(from + k, `${ym}-${String(1 + (Math.floor(k / 2) % 28)).padStart(2, '0')}`));
}
