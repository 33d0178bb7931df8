/**
 * The explorer's filters and orders in a real browser (headless Chromium, when present), over the invented decisions
 * of filters-db.ts: a part of a council name is refused with the bodies it may mean, one click away; the per-head view
 * is ranked per head like its chart, with too-few-decision councils apart; "(no date)" leads to the undated decision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium } from './chromium.js';
import { startExplorer, type Explorer } from '../../src/serve/server.js';
import { buildFiltersDb, EBC, ECC, NBC } from '../filters-db.js';


let explorer: Explorer;
let browser: Browser;
let page: Page;

describe.skipIf(!HAS_CHROMIUM)('explorer filters and orders in a real browser (headless Chromium)', () => {
  beforeAll(async () => {
    explorer = await startExplorer({ db: buildFiltersDb(), port: 0, log: () => {} });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  it('a part of a council name: a clear message and the bodies it may mean, one click from their totals', async () => {
    await page.goto(new URL('/totals', explorer.url).href);
    await page.fill('input[name="council"]', 'Borough');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/council=Borough/);
    expect(await page.locator('#filter-error p').textContent()).toMatch(/^No council or organisation is named "Borough"/);
    expect(await page.locator('table').count()).toBe(0);
    await page.click(`#filter-error a:text-is("${EBC}")`);
    await page.waitForURL(/council=Exampleton\+Borough\+Council/);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe(EBC);
  });

  it('per head: the table in the chart\'s order, the councils with too few decisions apart and out of the chart', async () => {
    await page.goto(new URL('/totals', explorer.url).href);
    await page.check('input[name="per_capita"]');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/per_capita=1/);
    const firstCells = await page.locator('table tbody tr td:first-child').allTextContents();
    expect(firstCells).toEqual([NBC, EBC, ECC]);
    expect(await page.locator('#not-ranked').textContent()).toMatch(/^Not ranked per head: fewer than 5 decisions/);
    const bars = await page.locator('figure.chart svg rect.bar title').allTextContents();
    expect(bars).toEqual([`${NBC}: £1,800`, `${EBC}: £600`]);
  });

  it('by year: years in order, and "(no date)" lists the undated decision', async () => {
    await page.goto(new URL('/totals?by=year', explorer.url).href);
    expect(await page.locator('table tbody tr td:first-child').allTextContents()).toEqual(['2023', '2024', '2025', '(no date)']);
    await page.click('table a:text-is("(no date)")');
    await page.waitForURL(/undated=1/);
    expect(await page.locator('table tbody tr').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Decisions: no date, final decisions only');
  });
});
