import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LgscoError } from '../errors.js';
import { csvDocument } from '../format/csv.js';
import { totalsCsv } from '../format/totals-csv.js';
import { normaliseCaseRef } from '../extract/case-ref.js';
import { listDecisions, overview } from '../store/browse.js';
import { openDatabase, type Db } from '../store/db.js';
import { AmbiguousCouncilError, UnknownCouncilError } from '../store/council.js';
import { queryDigest } from '../store/digest.js';
import { findDecisionIds, loadRecord, queryTotals, searchDecisions } from '../store/queries.js';
import { sampleKindOf, sampleNoticesOf, type SampleNotices } from '../store/sample.js';
import { STYLE_CSS } from './assets.js';
import { decisionPage } from './decision-page.js';
import { atomFeed, ATOM_TYPE, FEED_ENTRIES } from './feed.js';
import { html } from './html.js';
import { BadRequest, FilterProblem, filterQuery, int, listQuery, parseFilters, text, type Filters } from './filters.js';
import { decisionsPage, filterProblemPage, layout, overviewPage, searchPage, totalsPage, withSampleBanner } from './pages.js';

class NotFound extends Error {}

interface Reply {
  status?: number;
  type: string;
  body: string;
  filename?: string;
}

const page = (body: string): Reply => ({ type: 'text/html; charset=utf-8', body });

/** `?bom=1`: the CSV starts with a UTF-8 byte order mark, so Excel reads £ and accents right (the "for Excel" links). */
function bom(q: URLSearchParams): boolean {
  const v = q.get('bom') ?? '';
  if (!['', '0', '1'].includes(v)) throw new BadRequest(`bom: expected 1 or 0, got "${v.slice(0, 20)}"`);
  return v === '1';
}

/** A CSV download, written by the project's one CSV writer (formulas neutralised, pounds beside pence). */
const csvReply = (filename: string, body: string): Reply => ({ type: 'text/csv; charset=utf-8', filename, body });
const csv = (q: URLSearchParams, filename: string, columns: string[], rows: Record<string, unknown>[]): Reply =>
  csvReply(filename, csvDocument(columns, rows, { bom: bom(q) }));

/**
 * Answer a totals or decisions view, or, when its filters cannot be answered as asked (a backwards date range, a
 * council name that is nobody's or several bodies'), a 400 page with the form, the problem and links to what was likely
 * meant: the same rule as `lgsco totals`, which exits 2 or 1.
 */
function answerFilters(f: Filters, view: '/totals' | '/decisions', answer: () => Reply): Reply {
  const link = (g: Filters): string => `${view}${view === '/totals' ? filterQuery(g) : listQuery(g)}`;
  try {
    if (f.from && f.to && f.from > f.to) {
      throw new FilterProblem(`The From date (${f.from}) is after the To date (${f.to}): no decision can be in that range.`, [
        { label: `From ${f.to} to ${f.from} instead`, href: link({ ...f, from: f.to, to: f.from }) },
      ]);
    }
    return answer();
  } catch (err) {
    const again = (council: string): { label: string; href: string } => ({ label: council, href: link({ ...f, council }) });
    let problem: FilterProblem;
    if (err instanceof FilterProblem) problem = err;
    else if (err instanceof UnknownCouncilError) {
      problem = new FilterProblem(`No council or organisation is named "${err.typed}": a council is found by one of its names, whole (case aside).${err.suggestions.length ? ' Did you mean:' : ''}`, err.suggestions.map(again));
    } else if (err instanceof AmbiguousCouncilError) {
      problem = new FilterProblem(`"${err.typed}" is the name of ${err.names.length} bodies: choose one.`, err.names.map(again));
    } else throw err;
    return { ...page(filterProblemPage(view, f, problem)), status: 400 };
  }
}

/**
 * Answer one request. `sample`: the demo-data notices of a database holding lgsco's bundled sample (every page gets
 * the banner in handle(); the charts and the totals CSV carry the short form here).
 */
function route(db: Db, url: URL, sample: SampleNotices | null): Reply {
  const q = url.searchParams;
  const path = url.pathname;
  if (path === '/assets/style.css') return { type: 'text/css; charset=utf-8', body: STYLE_CSS };
  const note = sample?.short ?? null;
  if (path === '/') {
    return page(overviewPage(overview(db), queryTotals(db, { by: 'year' }), queryTotals(db, { by: 'council' }), note));
  }
  if (path === '/totals' || path === '/totals.csv') {
    const f = parseFilters(q);
    return answerFilters(f, '/totals', () => {
      const rows = queryTotals(db, {
        by: f.by, from: f.from, to: f.to, council: f.council, category: f.category, perCapita: f.perCapita, certainOnly: f.certain,
        sort: f.totalsSort ?? undefined, minDecisions: f.minDecisions,
      });
      if (path === '/totals') return page(totalsPage(rows, f, note));
      // As `lgsco totals --format csv`: a last column "sample" on every row of a database holding the demo sample.
      return csvReply(`lgsco-totals-by-${f.by}${f.certain ? '-certain' : ''}.csv`, totalsCsv(rows.slice(0, f.limit), f.perCapita, { bom: bom(q), sample: note }));
    });
  }
  if (path === '/decisions' || path === '/decisions.csv') {
    const f = parseFilters(q);
    return answerFilters(f, '/decisions', () => {
      const rows = listDecisions(db, {
        from: f.from, to: f.to, council: f.council, category: f.category, certainOnly: f.certain, outcome: f.outcome, subcategory: f.subcategory,
        nation: f.nation, undated: f.undated, stage: f.stage, limit: Math.min(f.limit, path === '/decisions' ? 500 : 5000),
      });
      if (path === '/decisions') return page(decisionsPage(rows, f));
      // With a council (or nation), the money of each decision credited to it (what its totals row adds up).
      const credited = f.council !== null || f.nation !== null;
      // check_pence: the money to check in credited_pence with a council, else in total_pence.
      return csv(q, 'lgsco-decisions.csv', ['case_ref', 'url', 'organisation', 'category', 'subcategory', 'outcome', 'decision_date', 'total_pence', 'recommended_pence', ...(credited ? ['credited_pence'] : []), 'check_pence', 'counts_money', 'stage'],
        rows.map((r) => ({ case_ref: r.caseRef, url: r.url, organisation: r.organisation, category: r.category, subcategory: r.subcategory, outcome: r.outcome, decision_date: r.decisionDate, total_pence: r.totalPence, recommended_pence: r.recommendedPence, credited_pence: r.creditedPence, check_pence: r.checkPence, counts_money: r.countsMoney, stage: r.stage })));
    });
  }
  if (path === '/search' || path === '/search.csv') {
    const words = text(q, 'q', 500) ?? '';
    const limit = int(q, 'limit', 50, 1000);
    const hits = words ? searchDecisions(db, words, { limit }) : [];
    if (path === '/search') return page(searchPage(words, hits, limit));
    return csv(q, 'lgsco-search.csv', ['case_ref', 'organisation', 'decision_date', 'total_pence', 'url', 'snippet'], hits.map((h) => ({ case_ref: h.caseRef, organisation: h.organisation, decision_date: h.decisionDate, total_pence: h.totalPence, url: h.url, snippet: h.snippet })));
  }
  if (path === '/feed.atom') {
    const council = text(q, 'council', 200);
    let entries;
    try {
      entries = queryDigest(db, { council, limit: FEED_ENTRIES });
    } catch (err) {
      if (err instanceof UnknownCouncilError || err instanceof AmbiguousCouncilError) throw new NotFound(`no feed: ${err.message}`);
      throw err;
    }
    return { type: `${ATOM_TYPE}; charset=utf-8`, body: atomFeed({ origin: url.origin, council, sampleNotice: sample?.line ?? null, entries }) };
  }
  const m = /^\/decision\/([^/]+)(\/payments\.csv)?$/.exec(path);
  if (m) {
    let raw: string;
    try {
      raw = decodeURIComponent(m[1]!);
    } catch {
      throw new BadRequest('the decision reference is not valid URL encoding');
    }
    const ref = normaliseCaseRef(raw);
    if (!ref) throw new BadRequest(`not a case reference: "${raw.slice(0, 40)}" (expected e.g. 24-004-875)`);
    const ids = findDecisionIds(db, ref);
    const records = ids.map((id) => loadRecord(db, id));
    if (records.length === 0) throw new NotFound(`no decision ${ref} in this dataset`);
    if (!m[2]) return page(decisionPage(ref, records, sample ? ids.map((id) => sampleKindOf(db, id)) : []));
    return csv(q, `lgsco-${ref.replace(/ /g, '-')}-payments.csv`, ['case_ref', 'amount_pence', 'payee', 'purpose', 'purpose_text', 'status', 'confidence', 'check_reason', 'section', 'paragraph', 'quote'],
      records.flatMap((d) => d.remedy.payments.map((p) => ({ case_ref: d.caseRef, amount_pence: p.amountPence, payee: p.payee, purpose: p.purpose, purpose_text: p.purposeText, status: p.status, confidence: p.confidence, check_reason: p.checkReason, section: p.evidence.section, paragraph: p.evidence.paragraph, quote: p.evidence.quote }))));
  }
  throw new NotFound(`no page at ${path}`);
}

const SECURITY_HEADERS = {
  // No script at all, styles and images only from here (charts are inline SVG): untrusted decision text cannot run.
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function errorPage(status: number, title: string, message: string): Reply {
  return { status, type: 'text/html; charset=utf-8', body: layout(title, '', html`<h1>${title}</h1><p class="error">${message}</p><p><a href="/">Back to the overview</a></p>`) };
}

/** A host and port as a Host header gives them (a name, IPv4 or [IPv6], and a port). */
const HOST_RE = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin the client asked for (its Host header, when it is a plain host), for the absolute links feeds need. */
function originOf(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return HOST_RE.test(host) ? `http://${host}` : 'http://localhost';
}

/** Answer one request; never lets an exception (or its stack) reach the client. */
function handle(db: Db, req: IncomingMessage, res: ServerResponse, log: (line: string) => void): void {
  let reply: Reply;
  let sample: SampleNotices | null = null;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    reply = errorPage(405, 'Method not allowed', 'The explorer only reads: use GET.');
    res.setHeader('allow', 'GET, HEAD');
  } else {
    try {
      // Read for each request: an import may add (or replace) sample decisions while the explorer runs.
      sample = sampleNoticesOf(db);
      reply = route(db, new URL(req.url ?? '/', originOf(req)), sample);
    } catch (err) {
      if (err instanceof BadRequest) reply = errorPage(400, 'Bad request', err.message);
      else if (err instanceof NotFound) reply = errorPage(404, 'Not found', err.message);
      else {
        log(`error: ${req.url}: ${(err as Error).stack ?? String(err)}`);
        reply = errorPage(500, 'Something went wrong', 'The explorer could not answer this request; the details are in its log.');
      }
    }
  }
  // Every page of a database holding the bundled demo sample carries the banner (error pages too).
  const body = Buffer.from(reply.type.startsWith('text/html') ? withSampleBanner(reply.body, sample?.line ?? null) : reply.body, 'utf8');
  res.writeHead(reply.status ?? 200, {
    ...SECURITY_HEADERS,
    'content-type': reply.type,
    'content-length': body.length,
    'cache-control': 'no-store',
    ...(reply.filename ? { 'content-disposition': `attachment; filename="${reply.filename}"` } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface ExplorerOptions {
  db: string;
  host?: string;
  port?: number;
  log?: (line: string) => void;
}

/** A running explorer. */
export interface Explorer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Start the explorer over a database, opened read-only (it never writes). */
export async function startExplorer(options: ExplorerOptions): Promise<Explorer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // A file that is not an lgsco database (empty, another program's, corrupt) is refused here: the explorer does not
  // start, rather than answer every page with an error.
  const db = openDatabase(options.db, { readonly: true, note: (message) => log(`note: ${message}`) });
  const server = createServer((req, res) => handle(db, req, res, log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      db.close();
      reject(new LgscoError(`cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 8080} (${err.code ?? err.message})`, 'LISTEN', 1));
    });
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve);
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
