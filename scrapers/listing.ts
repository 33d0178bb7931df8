import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Decision } from '../schemas/decision.js';
import type { DocumentType, Outcome } from '../schemas/enums.js';
import { caseRefFromUrl, extractCaseRef } from '../src/extract/case-ref.js';
import { organisationName } from '../src/extract/organisation.js';
import { parseDate } from '../src/extract/decision-date.js';
import { extractOutcome } from '../src/extract/outcome.js';
import { canonicaliseUrl } from '../src/extract/url.js';

/** Page size of the search (fixed by the site). */
export const PAGE_SIZE = 10;
/** "Your search has 1,234 results" (also "has 1 result"), as the site words it. */
const COUNT_RE = /\bhas\s+([0-9][0-9,]*)\s+results?/i;
/** Wordings of a total that other result pages use, tried only when the site's own is absent. */
const OTHER_COUNT_RES = [/\bof\s+([0-9][0-9,]*)\s+results?/i, /\b([0-9][0-9,]*)\s+results?\s+(?:found|returned)\b/i, /\breturned\s+([0-9][0-9,]*)\s+results?/i];
/** A decision address: /decisions/<category>/<subcategory>/<YY-NNN-NNN>[letter], on any host. */
const DECISION_PATH_RE = /\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/(\d{2}-\d{3}-\d{3}[a-z]?)\/?$/i;
/** "Report Upheld Homelessness 27-Apr-2026" (the meta line of a result item). */
const META_RE = /\b(Statement|Report)\s+(Closed after initial enquiries|Not upheld|Upheld)\s+(.+?)\s+(\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{4})\b/i;
const SUMMARY_RE = /\bSummary\s*:\s*(.+)$/is;

/** One result of the decision search, as the listing shows it. */
export interface ListingItem {
  /** The link as written on the page (relative or absolute). */
  href: string;
  /** Canonical https://www.lgo.org.uk/decisions/… address (the store's key). */
  url: string;
  caseRef: string;
  title: string;
  organisation: string | null;
  documentType: DocumentType | null;
  outcome: Outcome | null;
  outcomeLabel: string | null;
  subcategory: string | null;
  date: string | null;
  summary: string | null;
}

/** What one results page says. A page with neither a count nor items is a shell: an error to retry, never "0 results". */
export interface ListingPage {
  count: number | null;
  items: ListingItem[];
  shell: boolean;
  /** Links to decision addresses on some other host: never followed, reported. */
  offHost: string[];
}

const LGO_HOST_RE = /^(?:www\.)?lgo\.org\.uk$/i;

function text(el: AnyNode, $: cheerio.CheerioAPI): string {
  return $(el).text().replace(/\s+/g, ' ').trim();
}

/**
 * Read a SearchResults page. Class names are unknown (the doc says "check on the first live run"), so items are
 * found by their links to decision addresses, and each item's facts are read from the text of the largest element
 * around its link that holds no other decision link.
 */
export function parseListingPage(html: string, baseUrl = 'https://www.lgo.org.uk'): ListingPage {
  const base = new URL(baseUrl);
  const $ = cheerio.load(html);
  $('script, style, noscript, template').remove();
  // Text with a break at every block, so a count never runs into the words around it ("results" + "Bristol…").
  const body = $('body').get(0);
  const bodyText = (body ? blockText($, body) : $.root().text()).replace(/\s+/g, ' ');
  const countMatch = COUNT_RE.exec(bodyText) ?? OTHER_COUNT_RES.map((re) => re.exec(bodyText)).find((m) => m !== null) ?? null;
  const count = countMatch ? Number(countMatch[1]!.replace(/,/g, '')) : null;
  const links = $('a[href]')
    .toArray()
    .filter((a) => DECISION_PATH_RE.test(($(a).attr('href') ?? '').split(/[?#]/)[0]!));
  // A link on the crawled host (a mirror, a test server) or on lgo.org.uk is the same decision; any other host is not ours.
  const urlOf = (a: Element): string | null => {
    let u: URL;
    try {
      u = new URL($(a).attr('href')!, base);
    } catch {
      return null;
    }
    if (u.host !== base.host && !LGO_HOST_RE.test(u.hostname)) return null;
    return canonicaliseUrl(`https://www.lgo.org.uk${u.pathname}`);
  };
  const items: ListingItem[] = [];
  const offHost: string[] = [];
  const seen = new Set<string>();
  for (const a of links) {
    const url = urlOf(a);
    if (!url) {
      offHost.push($(a).attr('href')!);
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    // Grow the item box while the parent still holds only links to this decision.
    let box: Element = a;
    while (box.parent && box.parent.type === 'tag' && (box.parent as Element).name !== 'body') {
      const others = $(box.parent)
        .find('a[href]')
        .toArray()
        .some((o) => DECISION_PATH_RE.test(($(o).attr('href') ?? '').split(/[?#]/)[0]!) && urlOf(o) !== url);
      if (others) break;
      box = box.parent as Element;
    }
    items.push(readItem($, a, box, url));
  }
  return { count, items, shell: count === null && items.length === 0, offHost };
}

function readItem($: cheerio.CheerioAPI, a: Element, box: Element, url: string): ListingItem {
  const href = $(a).attr('href')!;
  const title = text(a, $);

  // Block-level text with line breaks kept, so "Summary:" does not swallow the meta line.
  const boxText = box === a ? '' : blockText($, box);
  const meta = META_RE.exec(boxText);
  const summary = SUMMARY_RE.exec(boxText)?.[1]?.split('\n')[0]?.trim() ?? null;
  return {
    href,
    url,
    // The title's last bracketed reference ("Sampleacre (Demofield) Care Limited (00 007 431)"), else the address slug.
    caseRef: extractCaseRef(title) ?? caseRefFromUrl(url)!,
    title,
    organisation: organisationName(title),
    documentType: meta ? (meta[1]!.toLowerCase() as DocumentType) : null,
    outcome: meta ? extractOutcome(meta[2]!) : null,
    outcomeLabel: meta ? meta[2]! : null,
    subcategory: meta ? meta[3]!.trim() : null,
    date: meta ? parseDate(meta[4]!) : null,
    summary: summary || null,
  };
}

/** Text of an element with a newline after each block-level element. */
function blockText($: cheerio.CheerioAPI, el: Element): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
    else if (node.type === 'tag') {
      const e = node as Element;
      const block = /^(p|div|li|h\d|dt|dd|tr|br|section|article|header|footer)$/i.test(e.name);
      for (const c of e.children) walk(c);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Pages to walk for a count: 1..ceil(N/10). */
export function pageCount(count: number): number {
  return Math.ceil(count / PAGE_SIZE);
}

/** A search window, both ends inclusive, as YYYY-MM-DD. */
export interface Window {
  fd: string;
  td: string;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const day = (s: string): Date => new Date(`${s}T00:00:00Z`);

/** Calendar-month windows covering from..to (the first and last clipped to the range). */
export function monthWindows(from: string, to: string): Window[] {
  const out: Window[] = [];
  let start = day(from);
  const end = day(to);
  while (start <= end) {
    const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    const td = monthEnd < end ? monthEnd : end;
    out.push({ fd: iso(start), td: iso(td) });
    start = new Date(td.getTime() + 86_400_000);
  }
  return out;
}

/** Halve a window by days; null for a single day (it cannot be split). */
export function splitWindow(w: Window): [Window, Window] | null {
  const a = day(w.fd).getTime();
  const b = day(w.td).getTime();
  const days = Math.round((b - a) / 86_400_000);
  if (days < 1) return null;
  const mid = new Date(a + Math.floor(days / 2) * 86_400_000);
  return [
    { fd: w.fd, td: iso(mid) },
    { fd: iso(new Date(mid.getTime() + 86_400_000)), td: w.td },
  ];
}

/** The SearchResults address for a window and page. */
export function searchPath(w: Window, page: number): string {
  return `/Decisions/SearchResults?fd=${w.fd}&td=${w.td}&page=${page}`;
}

/** Listing facts that a page lacks: documentType always from the listing; outcome, date, organisation, subcategory only when the page has none. */
export function applyListingFacts(
  record: Decision,
  item: Partial<ListingItem> | null,
  authority?: (name: string) => { code: string; gss: string | null } | null,
): Decision {
  if (!item) return record;
  const out = { ...record };
  if (item.documentType) out.documentType = item.documentType;
  if (out.outcome === null && item.outcome) {
    out.outcome = item.outcome;
    out.outcomeLabel = item.outcomeLabel ?? out.outcomeLabel;
  }
  if (out.decisionDate === null && item.date) out.decisionDate = item.date;
  if (out.subcategory === null && item.subcategory) out.subcategory = item.subcategory;
  if (out.organisations.length === 0 && item.organisation) {
    const la = authority?.(item.organisation) ?? null;
    out.organisations = [{ name: item.organisation, authorityCode: la?.code ?? null, gssCode: la?.gss ?? null }];
  }
  if (out.summary === null && item.summary) out.summary = item.summary;
  return out;
}
