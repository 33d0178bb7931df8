import { createRequire } from 'node:module';
import { FetchError } from '../src/errors.js';
import { PARSER_VERSION } from '../src/version.js';

/** The robots.txt rules a parsed file answers. */
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = fn) but its types declare an ES default export; require() gets the function.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

/** Where the tool lives, for the User-Agent (a site owner should be able to find who is crawling). */
export const HOMEPAGE = 'https://github.com/lgsco/lgsco';
/** An honest User-Agent naming the tool, its version and its homepage. */
export const USER_AGENT = `lgsco/${PARSER_VERSION} (+${HOMEPAGE}; LGSCO decisions dataset)`;
/** Default gap between requests, and the floor for any host that is not this machine. */
export const DEFAULT_DELAY_MS = 1000;
export const MIN_REMOTE_DELAY_MS = 250;
/** Statuses worth retrying: rate limiting and server trouble. */
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
/** Never wait longer than this for one Retry-After, so a hostile header cannot park the crawl for a day. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;
const MAX_REDIRECTS = 5;

/** A fetched page: the body is read whole (pages are small), so a connection cut mid-body is a retryable error. */
export interface FetchedPage {
  url: string;
  status: number;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  attempts: number;
}

export interface GetOptions {
  /** Conditional GET: the ETag / Last-Modified stored from the previous fetch. */
  etag?: string | null;
  lastModified?: string | null;
  referer?: string;
  /** Statuses returned to the caller instead of retried or thrown (404 for "no such chapter"). */
  accept?: number[];
}

export interface ClientOptions {
  baseUrl: string;
  /** Gap between one response and the next request (ms). */
  delayMs?: number;
  /** Tries per URL before it is recorded as failed. */
  maxAttempts?: number;
  /** Per-request timeout, body included (ms). */
  timeoutMs?: number;
  userAgent?: string;
  /** Injected for tests; defaults to a real timer that an abort ends early. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Stop between requests (Ctrl-C): the request under way finishes, no new one starts. */
  signal?: AbortSignal;
  /** Called before each wait for a retry (for progress and logs). */
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

/** True for 127.0.0.0/8, ::1 and localhost: a test server, where the politeness floor does not apply. */
export function isLoopback(url: URL): boolean {
  const h = url.hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Parse Retry-After (seconds or an HTTP date) into milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with full jitter: a random wait in [base·2^(attempt-1)/2, base·2^(attempt-1)], capped. */
export function backoffMs(attempt: number, baseMs: number, random: () => number, capMs = 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Why a request failed, in a few words (undici hides the socket error in `cause`). */
function describeError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  const code = e.cause?.code;
  if (code) return `connection error (${code})`;
  const msg = e.cause?.message ?? e.message ?? String(err);
  return /terminated|other side closed|socket/i.test(msg) ? `connection closed mid-response (${msg})` : msg;
}

/**
 * A polite HTTP client for one site: one request at a time with a gap between them, robots.txt obeyed, an honest
 * User-Agent, cookies kept (the search needs its session), retries with backoff that honour Retry-After, and no
 * request ever sent to another host.
 */
export class PoliteClient {
  readonly base: URL;
  readonly delayMs: number;
  private readonly maxAttempts: number;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly signal: AbortSignal | undefined;
  private readonly onRetry: ClientOptions['onRetry'];
  private readonly cookies = new Map<string, string>();
  private robots: Robots | null = null;
  private nextAt = 0;
  /** Requests sent (every attempt), for the summary and tests. */
  requests = 0;

  constructor(options: ClientOptions) {
    this.base = new URL(options.baseUrl);
    if (!/^https?:$/.test(this.base.protocol)) throw new FetchError(options.baseUrl, 'the base URL must be http or https');
    const floor = isLoopback(this.base) ? 0 : MIN_REMOTE_DELAY_MS;
    this.delayMs = Math.max(floor, options.delayMs ?? DEFAULT_DELAY_MS);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.signal = options.signal;
    this.onRetry = options.onRetry;
  }

  /** An absolute URL on the base host for a path or link; null for a link to any other host. */
  resolve(pathOrUrl: string): URL | null {
    let u: URL;
    try {
      u = new URL(pathOrUrl, this.base);
    } catch {
      return null;
    }
    return u.host === this.base.host && u.protocol === this.base.protocol ? u : null;
  }

  /** Fetch and obey robots.txt (a missing file allows everything; an unreachable one stops the crawl). */
  async loadRobots(): Promise<void> {
    const url = new URL('/robots.txt', this.base).href;
    const page = await this.request(url, { accept: [401, 403, 404, 410] }, false);
    // RFC 9309: 4xx means no rules; the body is only read on 200.
    const text = page.status === 200 ? page.body.toString('utf8') : '';
    this.robots = robotsParser(url, text);
    const crawlDelay = this.robots.getCrawlDelay(this.userAgent);
    if (crawlDelay !== undefined && crawlDelay * 1000 > this.delayMs) (this as { delayMs: number }).delayMs = crawlDelay * 1000;
  }

  /** Whether robots.txt lets us fetch this URL (true before robots.txt is loaded only for robots.txt itself). */
  allowed(url: string): boolean {
    if (!this.robots) return false;
    return this.robots.isAllowed(url, this.userAgent) !== false;
  }

  /** GET a page on the base host, politely, with retries; throws FetchError after the last attempt. */
  async get(pathOrUrl: string, options: GetOptions = {}): Promise<FetchedPage> {
    const u = this.resolve(pathOrUrl);
    if (!u) throw new FetchError(pathOrUrl, `refused: not on ${this.base.host}`);
    if (!this.robots) await this.loadRobots();
    if (!this.allowed(u.href)) throw new FetchError(u.href, 'refused: disallowed by robots.txt');
    return this.request(u.href, options, true);
  }

  private async request(url: string, options: GetOptions, checkRobots: boolean): Promise<FetchedPage> {
    let lastReason = 'no attempt made';
    let lastStatus: number | null = null;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (this.signal?.aborted) throw new FetchError(url, 'interrupted');
      await this.waitTurn();
      let retryAfter: number | null = null;
      try {
        const page = await this.once(url, options, checkRobots);
        page.attempts = attempt;
        if (page.status < 400 || options.accept?.includes(page.status)) return page;
        lastStatus = page.status;
        lastReason = `HTTP ${page.status}`;
        if (!RETRY_STATUS.has(page.status)) throw new FetchError(url, lastReason, page.status);
        retryAfter = retryAfterMs(page.retryAfter);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        lastStatus = null;
        lastReason = describeError(err);
      }
      if (attempt === this.maxAttempts) break;
      const wait = Math.min(MAX_RETRY_AFTER_MS, Math.max(retryAfter ?? 0, backoffMs(attempt, Math.max(this.delayMs, 100), this.random)));
      this.onRetry?.({ url, attempt, waitMs: wait, reason: lastReason });
      await this.sleep(wait, this.signal);
    }
    throw new FetchError(url, `${lastReason} after ${this.maxAttempts} attempts`, lastStatus);
  }

  /** Wait until the gap since the last response has passed. */
  private async waitTurn(): Promise<void> {
    const wait = this.nextAt - Date.now();
    if (wait > 0) await this.sleep(wait, this.signal);
  }

  private async once(url: string, options: GetOptions, checkRobots: boolean): Promise<FetchedPage & { retryAfter: string | null }> {
    let current = url;
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' };
        if (options.referer) headers.referer = options.referer;
        if (options.etag) headers['if-none-match'] = options.etag;
        if (options.lastModified) headers['if-modified-since'] = options.lastModified;
        if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        this.requests++;
        const res = await fetch(current, { headers, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
        this.keepCookies(res.headers);
        const body = Buffer.from(await res.arrayBuffer()); // a cut connection rejects here, inside the timeout
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
          const next = this.resolve(location);
          if (!next) throw new FetchError(current, `refused: redirect to another host (${location})`, res.status);
          if (checkRobots && !this.allowed(next.href)) throw new FetchError(next.href, 'refused: redirect disallowed by robots.txt', res.status);
          if (hop >= MAX_REDIRECTS) throw new FetchError(url, 'too many redirects', res.status);
          current = next.href;
          this.nextAt = Date.now() + this.delayMs;
          await this.waitTurn();
          continue;
        }
        return {
          url: current,
          status: res.status,
          body,
          etag: res.headers.get('etag'),
          lastModified: res.headers.get('last-modified'),
          contentType: res.headers.get('content-type'),
          retryAfter: res.headers.get('retry-after'),
          attempts: 1,
        };
      }
    } finally {
      this.nextAt = Date.now() + this.delayMs;
    }
  }

  /** Keep the session cookies the site sets (name=value only; one site, so domain and path rules do not matter). */
  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const pair = line.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
}
