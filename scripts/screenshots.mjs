// Screenshots of the explorer for the README: `node scripts/screenshots.mjs` (after `npm start`, which builds
// data/lgsco.db from the bundled sample). Uses Debian's Chromium through playwright-core; writes docs/*.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startExplorer } from '../dist/src/serve/server.js';

const db = process.argv[2] ?? 'data/lgsco.db';
const explorer = await startExplorer({ db, port: 0, log: () => {} });
const browser = await chromium.launch({
  executablePath: process.env.LGSCO_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  for (const [path, file] of [
    ['/', 'docs/explorer-overview.png'],
    ['/decision/24-004-875#pay-1', 'docs/explorer-decision.png'],
  ]) {
    await page.goto(new URL(path, explorer.url).href);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await explorer.close();
}
