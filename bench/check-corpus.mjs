#!/usr/bin/env node
/**
 * Check the parser against what the generator wrote: header fields and money, page by page.
 *
 *   node bench/check-corpus.mjs [--n 2000] [--seed 1] [--format html|text] [--show 10]
 *
 * Generates the pages into a temp folder, runs `lgsco parse --no-sections` (dist/ must be built) and compares each
 * record with the decision model: organisation, category slugs, outcome, date and address; total, recommended and
 * waived pence. Prints the agreement and the first mismatches. Exit 0 when everything agrees, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDecisions, writePages } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, format: { type: 'string', default: 'html' }, show: { type: 'string', default: '10' } } });
const n = Number(values.n);
const seed = Number(values.seed);
const show = Number(values.show);

const tmp = mkdtempSync(join(tmpdir(), 'lgsco-check-'));
try {
  writePages({ n, seed, format: values.format, out: tmp });
  const records = new Map();
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'parse', tmp, '--no-sections'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    const r = JSON.parse(line);
    records.set(r.caseRef, r);
  }
  await new Promise((resolve) => child.on('close', resolve));

  const pence = (pounds) => Math.round(pounds * 100);
  let headerOk = 0;
  let moneyOk = 0;
  let missing = 0;
  let shown = 0;
  const report = (what, d, want, got) => {
    if (shown++ < show) console.log(`${what} ${d.ref} (${d.outcome}): expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  for (const d of generateDecisions({ n, seed })) {
    const r = records.get(d.ref);
    if (!r) {
      missing++;
      report('missing', d, d.url, null);
      continue;
    }
    const wantHeader = [d.org, d.catSlug, d.subSlug, d.outcomeLabel, d.decided.toISOString().slice(0, 10), d.url];
    const gotHeader = [r.organisations.map((o) => o.name).join('; '), r.categorySlug, r.subcategorySlug, r.outcomeLabel, r.decisionDate, r.url];
    if (JSON.stringify(wantHeader) === JSON.stringify(gotHeader)) headerOk++;
    else report('header', d, wantHeader, gotHeader);
    const e = d.expected;
    const want = { total: pence(e.recommended + e.prior), recommended: pence(e.recommended), waived: pence(e.waived) };
    const got = { total: r.remedy.totalPence ?? 0, recommended: r.remedy.recommendedPence ?? 0, waived: r.remedy.waivedPence ?? 0 };
    if (JSON.stringify(want) === JSON.stringify(got)) moneyOk++;
    else report('money', d, want, got);
  }
  const pct = (k) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
  console.log(`records ${pct(records.size)}; header fields agree ${pct(headerOk)}; money agrees ${pct(moneyOk)}; missing ${missing}`);
  process.exitCode = headerOk === n && moneyOk === n ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
