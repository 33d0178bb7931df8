import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errorPage, landingPage, listingPage, plainPage, shellPage, type FakeDecision } from './fake-pages.js';

export type { FakeDecision } from './fake-pages.js';
export { agreedPayment, makeDecision, makeReport, reportPayment, sampleDecisions } from './fake-pages.js';

/** What a fault does to the request it hits. */
export type FaultKind = 'status429' | 'status503' | 'status500' | 'reset' | 'slow' | 'shell' | 'notFound' | 'truncatedBody';

/** A fault injected into the first `times` requests that `match` accepts (rules are tried in order). */
export interface FaultRule {
  match: (req: { path: string; query: URLSearchParams; url: string }) => boolean;
  kind: FaultKind;
  times: number;
  /** For status429/503 (and 500 if given): the Retry-After header, in seconds. */
  retryAfterSeconds?: number;
  /** For 'slow': how long to wait before answering (default 2000 ms). */
  delayMs?: number;
}

/** How the fake site behaves. */
export interface FakeSiteOptions {
  decisions: FakeDecision[];
  /** Default 'User-agent: *\nDisallow: /private/\n'; null → 404. */
  robotsTxt?: string | null;
  faults?: FaultRule[];
  /** SearchResults serves the shell page until the client sends the session cookie that GET /decisions set. */
  requireWarmup?: boolean;
  /** Added to the displayed "Your search has N results" for a window (given as padded YYYY-MM-DD). */
  countAdjust?: (fd: string, td: string) => number;
  /** Hrefs added to every results page (not shells) without counting in N. */
  extraListingLinks?: string[];
  /** Default 10. */
  pageSize?: number;
}

/** One request as the server saw it (faulted ones included). */
export interface RequestRecord {
  method: string;
  url: string;
  path: string;
  host: string | undefined;
  userAgent: string | undefined;
  referer: string | undefined;
  cookie: string | undefined;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  /** The status sent (for 'reset'/'truncatedBody', the status of the cut response). */
  status: number;
  at: number;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
}

/** A running fake site. */
export interface FakeSite {
  baseUrl: string;
  requests: RequestRecord[];
  close(): Promise<void>;
}

const DEFAULT_ROBOTS = 'User-agent: *\nDisallow: /private/\n';
const DEFAULT_SLOW_MS = 2000;
const HTML = 'text/html; charset=utf-8';
const SESSION_COOKIE = 'ASP.NET_SessionId';

/** A response before it is sent, so a fault can cut, delay or replace it. */
interface Reply {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const html = (status: number, page: string, headers: OutgoingHttpHeaders = {}): Reply => ({
  status,
  headers: { 'content-type': HTML, ...headers },
  body: Buffer.from(page, 'utf8'),
});

/** 'YYYY-M-D' or 'YYYY-MM-DD' → padded ISO; null unless it is a real calendar day. */
function parseDay(s: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = (t: string): string => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

function sessionOf(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Start the imitation of www.lgo.org.uk on 127.0.0.1 (a free port). */
export function startFakeSite(options: FakeSiteOptions): Promise<FakeSite> {
  const pageSize = options.pageSize ?? 10;
  const faults = options.faults ?? [];
  // Counters live here, not on the rules, so one options object can start several sites.
  const remaining = faults.map((f) => f.times);
  const sessions = new Set<string>();
  const requests: RequestRecord[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  // Newest first, then by reference: the order the site lists them in.
  const sorted = [...options.decisions].sort((a, b) => (a.date === b.date ? a.caseRef.localeCompare(b.caseRef) : a.date < b.date ? 1 : -1));
  const byPath = new Map(options.decisions.map((d) => [d.path.toLowerCase().replace(/\/+$/, ''), d]));

  function search(req: IncomingMessage, query: URLSearchParams): Reply {
    if (options.requireWarmup) {
      const session = sessionOf(req.headers.cookie);
      if (!session || !sessions.has(session)) return html(200, shellPage());
    }
    const fdRaw = query.get('fd');
    const tdRaw = query.get('td');
    const fd = fdRaw === null || fdRaw === '' ? '0001-01-01' : parseDay(fdRaw);
    const td = tdRaw === null || tdRaw === '' ? '9999-12-31' : parseDay(tdRaw);
    // The live site's answer to a malformed date is unknown; a shell makes a scraper bug loud rather than "0 results".
    if (!fd || !td) return html(200, shellPage());
    const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
    const hits = sorted.filter((d) => d.date >= fd && d.date <= td);
    const count = Math.max(0, hits.length + (options.countAdjust?.(fd, td) ?? 0));
    const items = hits.slice((page - 1) * pageSize, page * pageSize);
    return html(200, listingPage({ query, page, count, pageSize, items, extraLinks: options.extraListingLinks ?? [] }));
  }

  function decision(req: IncomingMessage, d: FakeDecision, query: URLSearchParams): Reply {
    const raw = query.get('chapter');
    const n = raw === null || raw === '' ? 1 : /^\d+$/.test(raw) ? Number(raw) : 0;
    const chapter = n >= 1 ? d.chapters[n - 1] : undefined;
    if (chapter === undefined) return html(404, errorPage(404, 'The page you requested could not be found.'));
    const body = Buffer.from(chapter, 'utf8');
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    // Published at least six weeks after the decision (doc §4.4): a stable, plausible Last-Modified.
    const modified = new Date(Date.parse(`${d.date}T09:00:00Z`) + 42 * 86_400_000);
    const headers = { etag, 'last-modified': modified.toUTCString() };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
    const notModified = inm !== undefined ? etagMatches(inm, etag) : ims !== undefined && Date.parse(ims) >= modified.getTime();
    if (notModified) return { status: 304, headers, body: Buffer.alloc(0) };
    return html(200, chapter, headers);
  }

  function route(req: IncomingMessage, url: URL): Reply {
    if (req.method !== 'GET' && req.method !== 'HEAD') return html(405, errorPage(405, 'Method not allowed.'), { allow: 'GET, HEAD' });
    const path = url.pathname.toLowerCase().replace(/\/+$/, '') || '/';
    if (path === '/robots.txt') {
      const robots = options.robotsTxt === undefined ? DEFAULT_ROBOTS : options.robotsTxt;
      if (robots === null) return html(404, errorPage(404, 'The page you requested could not be found.'));
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(robots, 'utf8') };
    }
    if (path === '/decisions') {
      // ASP.NET hands out a session on first visit; a client that already has one keeps it.
      const known = sessionOf(req.headers.cookie);
      if (known && sessions.has(known)) return html(200, landingPage());
      const id = randomBytes(12).toString('hex');
      sessions.add(id);
      return html(200, landingPage(), { 'set-cookie': `${SESSION_COOKIE}=${id}; path=/; HttpOnly` });
    }
    if (path === '/decisions/searchresults') return search(req, url.searchParams);
    // Served, not refused, so a robots.txt violation shows up in the request log.
    if (path === '/private' || path.startsWith('/private/')) return html(200, plainPage('Private', 'Crawlers should not be here.'));
    const d = byPath.get(path);
    if (d) return decision(req, d, url.searchParams);
    if (path === '/') return html(200, plainPage('Local Government and Social Care Ombudsman', 'Welcome.'));
    return html(404, errorPage(404, 'The page you requested could not be found.'));
  }

  function pickFault(info: { path: string; query: URLSearchParams; url: string }): FaultRule | null {
    for (const [i, rule] of faults.entries()) {
      if (remaining[i]! > 0 && rule.match(info)) {
        remaining[i]!--;
        return rule;
      }
    }
    return null;
  }

  function faultReply(rule: FaultRule, normal: () => Reply): Reply {
    const retry: OutgoingHttpHeaders = rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) };
    switch (rule.kind) {
      case 'status429':
        return html(429, errorPage(429, 'You have made too many requests. Please try again later.'), retry);
      case 'status503':
        return html(503, errorPage(503, 'The service is temporarily unavailable.'), retry);
      case 'status500':
        return html(500, errorPage(500, 'An error occurred while processing your request.'), retry);
      case 'shell':
        return html(200, shellPage());
      case 'notFound':
        return html(404, errorPage(404, 'The page you requested could not be found.'));
      case 'reset':
      case 'truncatedBody':
      case 'slow':
        return normal();
    }
  }

  /** Send a reply, cut or delayed as the fault says. */
  function send(res: ServerResponse, reply: Reply, kind: FaultKind | undefined): void {
    const half = reply.body.subarray(0, Math.ceil(reply.body.length / 2));
    // Write the partial body, then cut once it has left; with nothing to write, cut right after the headers.
    const cut = (after: () => void): void => {
      if (half.length > 0) res.write(half, after);
      else {
        res.flushHeaders();
        setImmediate(after);
      }
    };
    if (kind === 'reset') {
      // Chunked, so the client has no length to check: it sees headers and some body, then a TCP RST (ECONNRESET).
      res.writeHead(reply.status, reply.headers);
      cut(() => res.socket?.resetAndDestroy());
      return;
    }
    if (kind === 'truncatedBody') {
      // The full length is promised, half is sent, then the connection is closed cleanly (FIN): a short read.
      res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Math.max(reply.body.length, half.length + 1)) });
      cut(() => res.socket?.end());
      return;
    }
    // A 304 has no body and describes the stored page, so it gets no Content-Length.
    res.writeHead(reply.status, reply.status === 304 ? reply.headers : { ...reply.headers, 'content-length': String(reply.body.length) });
    res.end(reply.body);
  }

  const server = createServer((req, res) => {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://fake-site.invalid');
    const rule = pickFault({ path: url.pathname, query: url.searchParams, url: req.url ?? '/' });
    const reply = rule ? faultReply(rule, () => route(req, url)) : route(req, url);
    const h = req.headers;
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: url.pathname,
      host: h.host,
      userAgent: h['user-agent'],
      referer: h.referer,
      cookie: h.cookie,
      ...(h['if-none-match'] !== undefined ? { ifNoneMatch: h['if-none-match'] } : {}),
      ...(h['if-modified-since'] !== undefined ? { ifModifiedSince: h['if-modified-since'] } : {}),
      status: reply.status,
      at,
      ...(rule ? { fault: rule.kind } : {}),
    });
    if (rule?.kind === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(res, reply, undefined);
      }, rule.delayMs ?? DEFAULT_SLOW_MS);
      timers.add(timer);
      return;
    }
    send(res, reply, rule?.kind);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    // Pending slow replies and keep-alive connections would hold server.close() open: end them all now.
    closing ??= new Promise<void>((resolve, reject) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close((err) => (err ? reject(err) : resolve()));
      for (const s of sockets) s.destroy();
    });
    return closing;
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({ baseUrl: `http://127.0.0.1:${port}`, requests, close });
    });
  });
}
