import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium } from './chromium.js';
import { startExplorer, type Explorer } from '../../src/serve/server.js';
import { buildExplorerDb } from './explorer-db.js';


let explorer: Explorer;
let browser: Browser;
let page: Page;

describe.skipIf(!HAS_CHROMIUM)('lgsco serve in a real browser (headless Chromium)', () => {
  beforeAll(async () => {
    explorer = await startExplorer({ db: buildExplorerDb(), port: 0, log: () => {} });
    browser = await launchChromium();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  it('loads the overview with its figures and a rendered chart', async () => {
    await page.goto(explorer.url);
    expect(await page.title()).toBe('Overview · lgsco');
    expect(await page.locator('#stat-decisions').textContent()).toBe('45');
    const bars = page.locator('figure.chart svg rect.bar');
    expect(await bars.count()).toBeGreaterThan(3);
    const box = await page.locator('figure.chart svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
  });

  it('filters totals by a council with the form, and the URL captures the filter', async () => {
    await page.goto(new URL('/totals', explorer.url).href);
    await page.selectOption('select[name="by"]', 'year');
    await page.fill('input[name="council"]', 'Demoshire County Council');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/council=Demoshire\+County\+Council/);
    expect(page.url()).toMatch(/by=year/);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Remedy payments by year');
    // The same URL, shared, shows the same table.
    const again = await (await browser.newPage()).goto(page.url());
    expect(await again!.text()).toContain('Demoshire County Council');
  });

  it('opens a decision from the council list and shows the evidence highlighted in the text', async () => {
    await page.goto(new URL('/decisions?council=Kent+County+Council', explorer.url).href);
    await page.click('a[href="/decision/24-004-875"]');
    await page.waitForURL(/\/decision\/24-004-875$/);
    const mark = page.locator('mark.evidence.payment').first();
    await expect(mark.isVisible()).resolves.toBe(true);
    expect(await mark.textContent()).toMatch(/£1300 \(£600 for the delay/);
    // A string, run in the page: the tests' TypeScript has no DOM types.
    const background = await mark.evaluate('(el) => getComputedStyle(el).backgroundColor');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('table.payments a[href^="#"]');
    expect(page.url()).toMatch(/#pay-1$/);
    expect(await page.locator('a.source').getAttribute('href')).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\//);
  });

  it('downloads a table as CSV', async () => {
    await page.goto(new URL('/totals?by=council', explorer.url).href);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/totals.csv"]')]);
    expect(download.suggestedFilename()).toBe('lgsco-totals-by-council.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toBe('key,decisions,decisions_with_payment,total_pence,total_pounds,recommended_pence,recommended_pounds,check_pence,check_pounds,sample');
    expect(text).toContain('Demoshire County Council,9,8,731260,7312.60,711260,7112.60,0,0.00,DEMO DATA MIXED IN: ');
  });

  it('says on every page, above its content, that the database holds demo data (the bundled sample)', async () => {
    for (const path of ['/', '/totals?by=council&per_capita=1', '/decisions', '/search?q=council', '/decision/00-019-044', '/no-such-page']) {
      await page.goto(new URL(path, explorer.url).href);
      const banner = page.locator('#sample-banner');
      expect(await banner.isVisible(), path).toBe(true);
      expect(await banner.textContent(), path).toMatch(/^DEMO DATA MIXED IN: 44 of this database's 45 decisions come from lgsco's bundled sample \(data\/sample\), 42 of them invented/);
      const [top, main] = [await banner.boundingBox(), await page.locator('main').boundingBox()];
      expect(top!.y + top!.height, path).toBeLessThanOrEqual(main!.y);
    }
    // An invented decision says so at its head; the chart carries the short line in red.
    await page.goto(new URL('/decision/00-019-044', explorer.url).href);
    expect(await page.locator('#sample-note').textContent()).toMatch(/^Invented decision: a decision written for lgsco's bundled demo sample/);
    await page.goto(explorer.url);
    const note = page.locator('figure.chart svg text.sample-note');
    expect(await note.textContent()).toBe("DEMO DATA MIXED IN: 44 of 45 decisions from lgsco's bundled sample (42 invented).");
    expect(await note.getAttribute('fill')).toBe('#d4351c');
  });

  it('shows hostile decision text as text, running nothing', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(new URL('/decision/23-999-001', explorer.url).href);
    expect(await page.locator('h1').textContent()).toBe('Evil <script>alert("x")</script> Council (23 999 001)');
    expect(dialogs).toBe(0);
  });
});
