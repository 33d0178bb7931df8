/**
 * The fake site's pages: the search landing page, the shell served to an untrusted client, SearchResults pages, error
 * and plain pages, all drawn in the site renderer's chrome (scripts/site/); and the decisions it publishes
 * (fake-decisions.ts, or the bundled sample's pages as they are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { escapeLabel, renderListingPage, renderPage, searchForm } from '../../scripts/site/index.mjs';
import { listingDate, MONTHS, type FakeDecision } from './fake-decisions.js';

export { agreedPayment, makeDecision, makeReport, reportPayment, type FakeDecision } from './fake-decisions.js';

type Outcome = FakeDecision['outcome'];

/** The search landing page (GET /decisions). */
export function landingPage(): string {
  return renderPage({
    title: 'Decisions',
    bodyClass: 'page-decisions',
    breadcrumb: [[null, 'Decisions']],
    sidebar: 'none',
    main: `<h1>Search our decisions</h1>\n<p>We publish decisions on complaints received from 1 April 2013.</p>\n${searchForm()}\n`,
  });
}

/** What SearchResults serves to a client the site does not trust: the search form, no count, no items. */
export function shellPage(): string {
  return renderPage({
    title: 'Search results',
    bodyClass: 'page-decision-search',
    breadcrumb: [['/decisions', 'Decisions'], [null, 'Search results']],
    sidebar: 'none',
    main: `<h1>Search our decisions</h1>\n<div id="search-app" data-endpoint="/Decisions/SearchResults"></div>\n${searchForm()}\n`,
  });
}

/** One SearchResults page. `count` is the displayed total; `query` is the request's own query (the pager keeps it). */
export function listingPage(o: { query: URLSearchParams; page: number; count: number; pageSize: number; items: FakeDecision[]; extraLinks: string[] }): string {
  const items = o.items.map((d) => ({
    href: d.path,
    title: d.organisation ? `${d.organisation} (${d.caseRef})` : d.caseRef,
    meta: `${d.type} ${d.outcome} ${d.subcategoryLabel} ${listingDate(d.date)}`,
    summary: d.summary,
  }));
  return renderListingPage({ ...o, items });
}

/** An error page (404 "Page not found", 5xx "Sorry, something went wrong"). */
export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Page not found' : status === 429 ? 'Too many requests' : 'Sorry, something went wrong';
  return renderPage({ title, bodyClass: 'page-error', breadcrumb: [[null, title]], main: `<h1>${escapeLabel(title)}</h1>\n<p>${escapeLabel(message)}</p>\n` });
}

/** A plain content page (home, /private/…). */
export function plainPage(title: string, text: string): string {
  return renderPage({ title, bodyClass: 'page-content', breadcrumb: [[null, title]], main: `<h1>${escapeLabel(title)}</h1>\n<p>${escapeLabel(text)}</p>\n` });
}

const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const TITLE_REF_RE = /^(.*\S)\s*\((\d{2} \d{3} \d{3}[a-z]?)\)\s*$/;
const REF_RE = /^\d{2} \d{3} \d{3}[a-z]?$/;
const OUTCOMES: readonly Outcome[] = ['Upheld', 'Not upheld', 'Closed after initial enquiries'];

/** Decisions built from data/sample/*.html (chapters = [the file]); facts are read from each page's own markup. */
export function sampleDecisions(): FakeDecision[] {
  const out: FakeDecision[] = [];
  for (const name of readdirSync(SAMPLE_DIR).sort()) {
    if (!/\.html?$/i.test(name)) continue;
    const html = readFileSync(join(SAMPLE_DIR, name), 'utf8');
    const $ = cheerio.load(html);
    const fail = (what: string): never => {
      throw new Error(`sampleDecisions: ${name}: ${what}`);
    };
    const canonical = $('link[rel="canonical"]').attr('href') ?? fail('no canonical link');
    const title = $('title').text().replace(/\s+-\s+Local Government and Social Care Ombudsman\s*$/, '').trim();
    const titled = TITLE_REF_RE.exec(title);
    // Older report summaries have the reference alone as their title: no organisation.
    const [organisation, caseRef] = titled ? [titled[1]!, titled[2]!] : REF_RE.test(title) ? ['', title] : fail(`unreadable title "${title}"`);
    const fields = new Map<string, string>();
    $('.label').each((_, el) => {
      fields.set($(el).text().replace(/\s*:\s*$/, '').trim(), $(el).next('.value').text().replace(/\s+/g, ' ').trim());
    });
    const outcome = OUTCOMES.find((o) => o === fields.get('Decision')) ?? fail(`unknown Decision "${fields.get('Decision')}"`);
    const dm = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(fields.get('Decision date') ?? '') ?? fail('no Decision date');
    const month = MONTHS.indexOf(dm[2]!) + 1 || fail(`bad month in "${dm[0]}"`);
    const category = fields.get('Category') ?? fail('no Category');
    const headings = $('#article h2, #article h3').toArray().map((h) => $(h).text().trim());
    out.push({
      path: new URL(canonical).pathname,
      caseRef,
      organisation,
      // The page does not say Statement/Report (listings do): report templates have an Overview or a Finding section.
      type: headings.some((h) => /^(Overview:?|Finding)$/.test(h)) ? 'Report' : 'Statement',
      outcome,
      subcategoryLabel: category.split('>').pop()!.trim(),
      date: `${dm[3]}-${String(month).padStart(2, '0')}-${dm[1]!.padStart(2, '0')}`,
      summary: ($('meta[name="description"]').attr('content') ?? '').trim(),
      chapters: [html],
    });
  }
  return out;
}
