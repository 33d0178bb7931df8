import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { makeDecision, makeReport, startFakeSite, type FakeDecision, type FakeSite, type FakeSiteOptions } from './fake-site.js';

/** 30 decisions over three months (one a three-chapter report), so a crawl takes long enough to be killed. */
function decisions(): FakeDecision[] {
  const out: FakeDecision[] = [];
  for (let i = 1; i <= 29; i++) out.push(makeDecision(i, `2025-0${1 + (i % 3)}-${String(1 + (i % 27)).padStart(2, '0')}`));
  out.push(makeReport(60, '2025-02-14', 3));
  return out;
}

let dir: string;
let site: FakeSite | null = null;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lgsco-scrape-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  await site?.close();
  site = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Partial<FakeSiteOptions> = {}): Promise<FakeSite> {
  site = await startFakeSite({ decisions: decisions(), ...options });
  return site;
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Spawn the built CLI without blocking this process (the fake site runs in it). */
function lgsco(args: string[]): Run {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

const scrapeArgs = (s: FakeSite, extra: string[] = []): string[] => [
  'scrape', '--from', '2025-01-01', '--to', '2025-03-31', '--base-url', s.baseUrl, '--delay', '0',
  '--db', join(dir, 'lgsco.db'), '--raw-dir', join(dir, 'raw'), '--attempts', '3', '--timeout', '5', ...extra,
];

function storedRefs(): string[] {
  const db = new Database(join(dir, 'lgsco.db'), { readonly: true });
  try {
    return (db.prepare('SELECT case_ref FROM decisions ORDER BY case_ref').all() as { case_ref: string }[]).map((r) => r.case_ref);
  } finally {
    db.close();
  }
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const decisionPageRequests = (s: FakeSite) => s.requests.filter((q) => q.path.startsWith('/decisions/'));

describe('lgsco scrape (built CLI against a loopback site)', () => {
  it('crawls the range, prints a summary and exits 0; a re-run fetches nothing again', async () => {
    const s = await start();
    const r = await lgsco(scrapeArgs(s)).done;
    expect(r.stderr.trim().split('\n').pop()).toBe('windows complete 3, incomplete 0; decisions new 30, updated 0, unchanged 0, failed 0');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(storedRefs()).toHaveLength(30);
    const before = s.requests.length;
    const again = await lgsco(scrapeArgs(s)).done;
    expect(again.code).toBe(0);
    expect(decisionPageRequests({ ...s, requests: s.requests.slice(before) })).toEqual([]);
  });

  it('killed with SIGKILL half-way, a re-run with the same arguments finishes without duplicates or re-fetching stored pages', async () => {
    const s = await start();
    const first = lgsco(scrapeArgs(s, ['--delay', '40']));
    await until(() => decisionPageRequests(s).length >= 8);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(storedRefs().length).toBeLessThan(30);
    // What the killed run had recorded as fetched must not be fetched again.
    const db = new Database(join(dir, 'lgsco.db'), { readonly: true });
    const fetched = (db.prepare("SELECT url FROM crawl_pages WHERE status = 'fetched'").all() as { url: string }[]).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    db.close();
    expect(fetched.length).toBeGreaterThan(0);
    const before = s.requests.length;
    const second = await lgsco(scrapeArgs(s)).done;
    expect(second.code).toBe(0);
    const refetched = s.requests.slice(before).filter((q) => fetched.includes(q.url));
    expect(refetched).toEqual([]);
    const refs = storedRefs();
    expect(refs).toHaveLength(30);
    expect(new Set(refs).size).toBe(30);
    expect(refs).toEqual(decisions().map((d) => d.caseRef).sort());
  });

  it('Ctrl-C stops after the request under way, prints the summary and exits 130; a re-run completes', async () => {
    const s = await start();
    const first = lgsco(scrapeArgs(s, ['--delay', '40']));
    await until(() => decisionPageRequests(s).length >= 5);
    first.child.kill('SIGINT');
    const r = await first.done;
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted: stopped after the request under way/);
    expect(storedRefs().length).toBeGreaterThan(0);
    expect(storedRefs().length).toBeLessThan(30);
    const second = await lgsco(scrapeArgs(s)).done;
    expect(second.code).toBe(0);
    expect(storedRefs()).toHaveLength(30);
  });

  it('exits 1 and names the URL when a page keeps failing; the other decisions are stored', async () => {
    const bad = decisions()[4]!;
    const s = await start({ faults: [{ match: (q) => q.path === bad.path, kind: 'status503', times: 100 }] });
    const r = await lgsco(scrapeArgs(s)).done;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failed https://www.lgo.org.uk${bad.path}: `);
    expect(r.stderr).toMatch(/HTTP 503 after 3 attempts/);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/incomplete 1; decisions new 29, updated 0, unchanged 0, failed 1$/);
    expect(s.requests.filter((q) => q.path === bad.path)).toHaveLength(3);
    expect(storedRefs()).toHaveLength(29);
  });

  it('reparse re-reads the raw archive offline; import points raw pages to reparse', async () => {
    const s = await start();
    await lgsco(scrapeArgs(s)).done;
    await s.close();
    const re = await lgsco(['reparse', '--db', join(dir, 'lgsco.db'), '--raw-dir', join(dir, 'raw')]).done;
    expect(re.code).toBe(0);
    expect(re.stderr.trim().split('\n').pop()).toBe('imported 0, unchanged 30, failed 0');
    const imp = await lgsco(['import', join(dir, 'raw'), '--db', join(dir, 'other.db')]).done;
    expect(imp.stderr).toMatch(/note: skipped 32 raw crawl pages \(\*\.gz\): `lgsco reparse --raw-dir DIR`/);
  });

  it('update goes on from the last completed window', async () => {
    const s = await start();
    await lgsco(scrapeArgs(s)).done;
    const before = s.requests.length;
    const r = await lgsco(['update', '--base-url', s.baseUrl, '--delay', '0', '--db', join(dir, 'lgsco.db'), '--raw-dir', join(dir, 'raw')]).done;
    expect(r.code).toBe(0);
    const listed = s.requests.slice(before).filter((q) => q.path === '/Decisions/SearchResults');
    expect(listed[0]!.url).toContain('fd=2025-03-01');
    expect(decisionPageRequests({ ...s, requests: s.requests.slice(before) })).toEqual([]);
  });

  it('update walks recent months again for late publications, and the crawl state carries over to another base URL', async () => {
    const first = await start();
    await lgsco(scrapeArgs(first)).done;
    await first.close();
    // The same site on another port, with a decision published late into January 2025 (a month already complete).
    const late = makeDecision(200, '2025-01-20');
    site = await startFakeSite({ decisions: [...decisions(), late] });
    const now = new Date();
    const months = (now.getUTCFullYear() - 2025) * 12 + now.getUTCMonth(); // back to January 2025
    const r = await lgsco(['update', '--months', String(months), '--base-url', site.baseUrl, '--delay', '0', '--db', join(dir, 'lgsco.db'), '--raw-dir', join(dir, 'raw')]).done;
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/decisions new 1, updated 0, unchanged 0, failed 0$/);
    expect(site.requests.find((q) => q.path === '/Decisions/SearchResults')!.url).toContain('fd=2025-01-01');
    // Only the new decision's page was fetched: the stored ones are known by their canonical address, whatever the host.
    expect(decisionPageRequests(site).map((q) => q.path)).toEqual([late.path]);
    expect(storedRefs()).toContain(late.caseRef);
  });

  it.each([
    [['scrape'], /required option '--from <date>'/],
    [['scrape', '--from', '2025-13-01'], /--from: expected a date YYYY-MM-DD, got "2025-13-01"/],
    [['scrape', '--from', '2025-03-01', '--to', '2025-01-01'], /--from 2025-03-01 is after --to 2025-01-01/],
    [['scrape', '--from', '2025-01-01', '--base-url', 'ftp://example.org'], /--base-url: expected http or https/],
    [['scrape', '--from', '2025-01-01', '--delay', 'soon'], /--delay: expected a whole number/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await lgsco([...args, '--db', join(dir, 'x.db')]).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('update on a database with no completed window is a usage error', async () => {
    const r = await lgsco(['update', '--db', join(dir, 'empty.db')]).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no completed window in the database yet/);
  });
});
