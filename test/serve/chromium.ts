/** Debian's Chromium for the explorer's browser tests (installed by .ci/run when apt is available); never a downloaded browser. */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.LGSCO_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`skipped: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** Headless Chromium kept off the network (this machine refuses outside connections) and out of the sandbox (root). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
