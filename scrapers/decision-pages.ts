import { DecisionSchema, type Decision } from '../schemas/decision.js';
import { lookupAuthority } from '../src/authorities/index.js';
import { LgscoError } from '../src/errors.js';
import { organisationName } from '../src/extract/organisation.js';
import { extractOutcome } from '../src/extract/outcome.js';
import { parseDecision, readDocument } from '../src/parse.js';
import type { CrawlState, ItemRow } from './crawl-state.js';
import type { FetchedPage, PoliteClient } from './http.js';
import { applyListingFacts, type ListingItem } from './listing.js';
import { rawExtension, type RawArchive } from './raw-archive.js';

/** A report has at most this many chapters (a guard against a site that ignores ?chapter and repeats a page). */
const MAX_CHAPTERS = 30;

/** The first line of an error's message: the crawl logs and stores one line per failure. */
export const errorLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/**
 * One decision's pages: every chapter fetched (or taken from the archive), archived and recorded in crawl_pages. Kept
 * apart from the window walk in crawl.ts because it is the only part that knows about chapters, ETags and the archive.
 */
export class DecisionPages {
  constructor(
    private readonly state: CrawlState,
    private readonly client: PoliteClient,
    private readonly archive: RawArchive,
    /** Fetch archived pages again with conditional GETs (unchanged pages cost a 304). */
    private readonly refresh: boolean,
  ) {}

  /** Every chapter of a decision, chapter 1 first, and the address chapter 1 was fetched from; throws when it is gone. */
  async fetchChapters(item: ItemRow): Promise<{ chapters: Buffer[]; location: string }> {
    const path = new URL(item.url).pathname;
    const chapters: Buffer[] = [];
    let location = '';
    for (let ch = 1; ch <= MAX_CHAPTERS; ch++) {
      const pageUrl = this.client.resolve(ch === 1 ? path : `${path}?chapter=${ch}`)!.href;
      const body = await this.fetchPage(pageUrl, pageKey(item.url, ch), item.url, ch);
      if (body === null) break; // no such chapter
      if (ch > 1 && !(await isNextChapter(body, chapters, item))) break;
      chapters.push(body);
      if (ch === 1) location = pageUrl;
      // Reports come in chapters; a statement is one page (unless it links a second chapter).
      if (ch === 1 && item.document_type !== 'report' && !body.includes('chapter=2')) break;
    }
    if (chapters.length === 0) throw new LgscoError(`${location || item.url}: the decision page is gone (HTTP 404)`, 'GONE');
    return { chapters, location };
  }

  /** One page's bytes: from the archive when already fetched (unless refreshing), else a (conditional) GET. Null: no such page. */
  private async fetchPage(fetchUrl: string, url: string, decisionUrl: string, chapter: number): Promise<Buffer | null> {
    const known = this.state.page(url);
    const archived = known?.status === 'fetched' && known.sha256 ? this.archive.get(known.sha256) : null;
    if (archived && !this.refresh) return archived;
    if (known?.status === 'missing' && !this.refresh) return null;
    let res: FetchedPage;
    try {
      res = await this.client.get(fetchUrl, {
        accept: [404, 410],
        referer: new URL('/decisions', this.client.base).href, // as a browser arriving from the search would
        etag: archived ? known?.etag : null,
        lastModified: archived ? known?.last_modified : null,
      });
    } catch (err) {
      const status = (err as { status?: number | null }).status ?? null;
      this.state.savePage({ url, decision_url: decisionUrl, chapter, status: 'failed', http_status: status, attempts: 1, etag: null, last_modified: null, sha256: null, error: errorLine(err) });
      throw err;
    }
    const base = { url, decision_url: decisionUrl, chapter, http_status: res.status, attempts: res.attempts, etag: res.etag, last_modified: res.lastModified };
    if (res.status === 304 && archived) {
      this.state.savePage({ ...base, status: 'fetched', sha256: known!.sha256 });
      return archived;
    }
    if (res.status === 404 || res.status === 410) {
      this.state.savePage({ ...base, status: 'missing', sha256: null, error: `HTTP ${res.status}` });
      return null;
    }
    const { sha256 } = this.archive.put(res.body, rawExtension(res.contentType));
    this.state.savePage({ ...base, status: 'fetched', sha256 });
    return res.body;
  }
}

/**
 * The crawl_pages key of a page: its canonical address (plus ?chapter=N), not the address fetched, so the state (and
 * its ETags) carries over between a mirror, the live site and a test server on another port.
 */
export function pageKey(decisionUrl: string, chapter: number): string {
  return chapter === 1 ? decisionUrl : `${decisionUrl}?chapter=${chapter}`;
}

/**
 * Whether a page fetched as chapter N is really the next chapter: not a copy of an earlier one (a site that ignores
 * ?chapter), about the same decision (a "page not found" served with 200 is not), and not empty.
 */
async function isNextChapter(body: Buffer, earlier: Buffer[], item: ItemRow): Promise<boolean> {
  if (earlier.some((c) => c.equals(body))) return false;
  const ref = item.case_ref ?? '';
  const text = body.toString('utf8');
  if (ref && !text.includes(ref) && !text.includes(ref.replace(/ /g, '-'))) return false;
  try {
    const doc = await readDocument(body);
    return doc.sections.some((s) => s.paragraphs.length > 0);
  } catch {
    return false;
  }
}

/** Parse a decision's chapters (chapter 1 first) and fill what the page lacks from its listing item; validated. */
export async function buildRecord(chapters: Buffer[], item: ItemRow, location: string): Promise<Decision> {
  const facts: Partial<ListingItem> = {
    documentType: item.document_type,
    outcome: extractOutcome(item.outcome),
    outcomeLabel: item.outcome,
    subcategory: item.subcategory,
    date: item.listing_date,
    summary: item.summary,
    organisation: organisationName(item.title),
  };
  const parsed = await parseDecision(chapters.length === 1 ? chapters[0]! : chapters, {
    url: item.url,
    filename: location || item.url,
    documentType: item.document_type,
  });
  return DecisionSchema.parse(applyListingFacts(parsed, facts, lookupAuthority));
}
