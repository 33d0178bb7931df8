import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/format/chart.js';
import { startExplorer, type Explorer } from '../../src/serve/server.js';
import { buildExplorerDb } from './explorer-db.js';

let explorer: Explorer;
let dbPath: string;

beforeAll(async () => {
  dbPath = buildExplorerDb();
  chmodSync(dbPath, 0o444); // the explorer only reads: a read-only file must do
  explorer = await startExplorer({ db: dbPath, port: 0, log: () => {} });
}, 60_000);
afterAll(async () => {
  await explorer?.close();
});

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await fetch(new URL(path, explorer.url), init);
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('lgsco serve: pages', () => {
  it('listens on 127.0.0.1 by default and serves the overview with figures and an inline SVG chart', async () => {
    expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<dd id="stat-decisions">45</dd>');
    expect(r.body).toMatch(/<svg [^>]*role="img"/);
    expect(r.body).toContain('Remedy payments by year of decision');
    expect(r.body).not.toMatch(/<script/i);
  });

  it('totals take the same filters as lgsco totals, in the URL', async () => {
    const all = await get('/totals?by=council');
    expect(all.body).toContain('Demoshire County Council');
    const county = await get('/totals?by=year&council=Demoshire+County+Council');
    expect(county.status).toBe(200);
    expect(county.body).toContain('Remedy payments by year');
    const csv = await get('/totals.csv?by=council&council=Demoshire+County+Council');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="lgsco-totals-by-council.csv"');
    // The database holds the bundled sample (demo data): a last column says so on every row.
    expect(csv.body.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,sample');
    expect(csv.body.split('\n').filter(Boolean)).toHaveLength(2);
    expect(csv.body).toContain("Demoshire County Council,9,8,731260,7312.60,711260,7112.60,0,0.00,DEMO DATA MIXED IN: 44 of 45 decisions from lgsco's bundled sample (42 invented).");
    const perHead = await get('/totals.csv?by=council&per_capita=1');
    expect(perHead.body.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,population,per_100k_pence,per_100k_pounds,below_min_decisions,sample');
  });

  it('lists a council\'s decisions and shows one with its payments, evidence marked in the text, and a link to LGSCO', async () => {
    const list = await get('/decisions?council=Kent+County+Council');
    expect(list.body).toContain('href="/decision/24-004-875"');
    const d = await get('/decision/24-004-875');
    expect(d.status).toBe(200);
    expect(d.body).toContain('href="https://www.lgo.org.uk/decisions/');
    const marks = [...d.body.matchAll(/<mark class="evidence payment" id="(pay-\d+)">([^<]+)<\/mark>/g)];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks[0]![2]).toMatch(/£1300/);
    // Every evidence link points at a mark that exists.
    for (const [, target] of d.body.matchAll(/<a href="#([^"]+)">/g)) expect(d.body).toContain(`id="${target}"`);
    const pay = await get('/decision/24-004-875/payments.csv');
    expect(pay.body.split('\n')[0]).toBe('case_ref,amount_pence,amount_pounds,payee,purpose,purpose_text,status,confidence,check_reason,section,paragraph,quote');
    expect(pay.body).toContain('24 004 875,60000,600.00,Mrs B');
  });

  it('searches with snippets and offers the results as CSV', async () => {
    const r = await get('/search?q=direct+payments');
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/<mark>direct<\/mark>/i);
    const csv = await get('/search.csv?q=direct+payments');
    expect(csv.body.split('\n')[0]).toBe('case_ref,organisation,decision_date,total_pence,total_pounds,url,snippet');
  });
});

describe('lgsco serve: demo data (the bundled sample) says so', () => {
  const BANNER = /<div class="sample-banner" id="sample-banner" role="note">DEMO DATA MIXED IN: 44 of this database&#39;s 45 decisions come from lgsco&#39;s bundled sample \(data\/sample\), 42 of them invented \(invented councils, references 00 NNN NNN\), and are counted in its figures; [^<]+<\/div><main>/;

  it('a banner on every page, error pages too (the database: the sample and one other decision)', async () => {
    for (const path of ['/', '/totals?by=council&per_capita=1', '/decisions', '/search?q=council', '/decision/00-019-044', '/decision/23-999-001', '/no-such-page', '/totals?by=nope']) {
      const r = await get(path);
      expect(r.body, path).toMatch(BANNER);
      expect(r.body.match(/id="sample-banner"/g), path).toHaveLength(1);
    }
    expect((await get('/assets/style.css')).body).toContain('.sample-banner');
  });

  it('an invented decision is marked as one, a real decision of the sample as real, any other not at all', async () => {
    expect((await get('/decision/00-019-044')).body).toContain('<p class="sample-note" id="sample-note"><strong>Invented decision:</strong> a decision written for lgsco&#39;s bundled demo sample (data/sample): the bodies it names, its reference and every event and payment in it are invented.</p>');
    expect((await get('/decision/24-004-875')).body).toContain('<strong>Real decision in the demo sample:</strong> a real LGSCO decision, copied unchanged');
    expect((await get('/decision/23-999-001')).body).not.toContain('sample-note');
  });

  it('the charts carry the short line in red; per head, the invented councils have invented populations', async () => {
    const note = `<text class="sample-note" x="0" y="38" font-size="13" font-weight="700" fill="#d4351c">DEMO DATA MIXED IN: 44 of 45 decisions from lgsco&#39;s bundled sample (42 invented).</text>`;
    expect((await get('/')).body).toContain(note);
    const perHead = await get('/totals?by=council&per_capita=1');
    expect(perHead.body).toContain(note);
    const csv = (await get('/totals.csv?by=council&per_capita=1')).body.split('\n');
    // Demoshire: £7,312.60 over an invented 742,000 residents; Kent, a real council, its real population (and, with one
    // decision here, no per-head figure).
    expect(csv).toContain("Demoshire County Council,9,8,731260,7312.60,711260,7112.60,0,0.00,742000,98553,985.53,false,DEMO DATA MIXED IN: 44 of 45 decisions from lgsco's bundled sample (42 invented).");
    expect(csv.find((l) => l.startsWith('Kent County Council,'))).toMatch(/^Kent County Council,1,1,130000,1300\.00,130000,1300\.00,0,0\.00,1\d{6},,,true,DEMO DATA MIXED IN/);
  });

  it('a database without the sample has no banner, no chart line and no sample column', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN, FIXTURES } = await import('../helpers.js');
    const plain = join(dbPath, '..', 'plain.db');
    const imported = spawnSync(process.execPath, [BIN, 'import', join(FIXTURES, 'html'), '--db', plain], { encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '0' } });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).not.toMatch(/DEMO DATA|sample/i);
    const other = await startExplorer({ db: plain, port: 0, log: () => {} });
    try {
      for (const path of ['/', '/totals?by=council&per_capita=1', '/no-such-page']) {
        const body = await (await fetch(new URL(path, other.url))).text();
        expect(body, path).not.toMatch(/sample-banner|sample-note|DEMO DATA/);
      }
      const csv = await (await fetch(new URL('/totals.csv?by=council', other.url))).text();
      expect(csv.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds');
    } finally {
      await other.close();
    }
  });
});

describe('lgsco serve: safety', () => {
  it('escapes decision text everywhere (it is untrusted input)', async () => {
    const d = await get('/decision/23-999-001');
    expect(d.status).toBe(200);
    expect(d.body).not.toMatch(/<script|<img|<b>by<\/b>/i);
    expect(d.body).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(d.body).toContain('Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Council');
    expect(d.body).toContain('&lt;b&gt;by&lt;/b&gt;');
    const s = await get('/search?q=repair');
    expect(s.body).not.toMatch(/<script|<img/i);
    const list = await get('/decisions');
    expect(list.body).not.toMatch(/<script/i);
    expect(d.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(d.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['/totals?by=bogus', /by: expected one of council, category/],
    ['/totals?from=2024-13-01', /from: expected a date YYYY-MM-DD, got &quot;2024-13-01&quot;/],
    ['/totals?from=2025-01-01&to=2024-01-01', /The From date \(2025-01-01\) is after the To date \(2024-01-01\)/],
    ['/totals?by=year&per_capita=1', /per_capita: populations are per council/],
    ['/totals?per_capita=maybe', /per_capita: expected 1 or 0/],
    ['/decisions?limit=0', /limit: expected a whole number from 1 to 5000/],
    ['/search?q=x&limit=abc', /limit: expected a whole number/],
    ['/decision/not-a-ref', /not a case reference/],
    ['/decision/%E0%A4%A', /not valid URL encoding/],
    [`/totals?council=${'x'.repeat(300)}`, /council: at most 200 characters/],
  ])('bad parameters get a 400 page, not a stack trace: %s', async (path, message) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(message);
    expect(r.body).not.toMatch(/at \w+ \(|node:internal|\.ts:\d+/);
  });

  it.each(['/nope', '/assets/../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/style.css/../../README.md', '/decision/99-999-999'])(
    'serves nothing outside its own pages and assets: %s is a 404',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('"name": "lgsco"');
    },
  );

  it('only reads: POST is refused, HEAD answers without a body', async () => {
    const post = await get('/', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(new URL('/', explorer.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const css = await get('/assets/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});

describe('barChartSvg', () => {
  it('draws one bar per row, scaled to the largest, with labels and values escaped', () => {
    const svg = barChartSvg(
      [
        { label: 'A & <B>', value: 200 },
        { label: 'C', value: 100 },
      ],
      { title: 'T', format: (v) => `£${v}`, width: 600 },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const widths = [...svg.matchAll(/<rect class="bar"[^>]* width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(widths[1]! * 2);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
    expect(barChartSvg([], { title: 'T', format: String })).toContain('No data for these filters');
  });
});

describe('lgsco totals --chart', () => {
  it('writes the same chart as a standalone SVG file', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../helpers.js');
    const out = join(dbPath, '..', 'chart.svg');
    const r = spawnSync(process.execPath, [BIN, 'totals', '--by', 'council', '--db', dbPath, '--chart', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote a chart of \d+ bars to /);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Ombudsman remedy payments by council');
    expect(svg).toContain('Demoshire County Council');
    // Demo data: the chart says so under its title, wherever it is pasted.
    expect(svg).toContain(`<text class="sample-note" x="0" y="38" font-size="13" font-weight="700" fill="#d4351c">DEMO DATA MIXED IN: 44 of 45 decisions from lgsco&#39;s bundled sample (42 invented).</text>`);
    writeFileSync(out, '');
    const bad = spawnSync(process.execPath, [BIN, 'totals', '--db', dbPath, '--chart', join(dbPath, 'no', 'such', 'dir.svg')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--chart .*: cannot write the file/);
  });
});

describe('lgsco serve (built CLI)', () => {
  it('prints its address, answers, and stops cleanly on Ctrl-C', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers.js');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await fetch(url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('a port that is not a number is a usage error', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../helpers.js');
    const r = spawnSync(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', 'http'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--port: expected a port number/);
  });
});
