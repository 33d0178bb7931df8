#!/usr/bin/env node
/**
 * A deterministic synthetic corpus of LGSCO decision pages for the benchmark.
 *
 *   import { generatePages } from './bench/generate.mjs';
 *   for (const { name, content } of generatePages({ n: 100, seed: 1, format: 'html' })) …
 *
 *   node bench/generate.mjs --n 20000 --out DIR [--format html|text] [--seed 1]
 *
 * Same n and seed → byte-identical pages; the text pages are the same decisions as the HTML ones. About 1 page in 50
 * repeats an earlier page's body under a new reference (the site publishes one report under several refs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { drawDecision, withRef } from './corpus/decision.mjs';
import { categoryLabels, drawCategory } from './corpus/organisations.mjs';
import { makeRandom, pageSeed } from './corpus/random.mjs';
import { renderHtml, renderText } from './corpus/render.mjs';

/** Share of pages that repeat an earlier body under another reference. */
const DUPLICATE_SHARE = 0.02;
/** Earlier decisions a repeat may copy (bounded, so memory stays flat however large n is). */
const RECENT = 64;

/**
 * Decision models in order: `{ org, ref, url, category…, outcome, dateText, summary, sections, expected, duplicateOf }`.
 * `expected` is the money written into the page in pounds: `{ recommended, prior, waived }`.
 */
export function* generateDecisions({ n, seed = 1 }) {
  const used = new Set();
  // A reference unused so far: an impossible "00 NNN NNN" (real ones start with the year received, never 00), from a
  // million numbers so 150,000 pages still find a free one in a draw or two. The reference year is not written.
  const refFor = (r) => () => {
    for (;;) {
      const ref = `00 ${String(r.int(0, 999999)).padStart(6, '0').replace(/(\d{3})(\d{3})/, '$1 $2')}`;
      if (!used.has(ref)) {
        used.add(ref);
        return ref;
      }
    }
  };
  const recent = [];
  for (let i = 0; i < n; i++) {
    const r = makeRandom(pageSeed(seed, i));
    let d;
    if (recent.length > 0 && r.chance(DUPLICATE_SHARE)) {
      const base = r.pick(recent);
      // Same body, organisation and date under a new reference; sometimes filed under another category too.
      const [catSlug, subSlug] = r.chance(0.3) ? drawCategory(r) : [base.catSlug, base.subSlug];
      const labels = categoryLabels(catSlug, subSlug);
      d = { ...base, catSlug, subSlug, category: labels.category, subcategory: labels.subcategory, duplicateOf: base.ref, ...withRef(refFor(r), catSlug, subSlug) };
    } else {
      d = { ...drawDecision(r, refFor(r)), duplicateOf: null };
      if (recent.length === RECENT) recent.splice(r.int(0, RECENT - 1), 1);
      recent.push(d);
    }
    yield d;
  }
}

/** Pages as `{ name, content }`: `<00-NNN-NNN>.html` or `.txt`, streamed one at a time. */
export function* generatePages({ n, seed = 1, format = 'html' }) {
  if (format !== 'html' && format !== 'text') throw new Error(`format: expected html or text, got "${format}"`);
  let i = 0;
  for (const d of generateDecisions({ n, seed })) {
    if (format === 'html') {
      yield { name: `${d.refSlug}.html`, content: renderHtml(d, makeRandom(pageSeed(seed, i, 1))) };
    } else {
      yield { name: `${d.refSlug}.txt`, content: renderText(d) };
    }
    i++;
  }
}

/** Write n pages to a folder, one at a time; returns `{ files, bytes, minBytes, maxBytes }`. */
export function writePages({ n, seed = 1, format = 'html', out }) {
  mkdirSync(out, { recursive: true });
  let files = 0;
  let bytes = 0;
  let minBytes = Infinity;
  let maxBytes = 0;
  for (const { name, content } of generatePages({ n, seed, format })) {
    const buf = Buffer.from(content, 'utf8');
    writeFileSync(join(out, name), buf);
    files++;
    bytes += buf.length;
    minBytes = Math.min(minBytes, buf.length);
    maxBytes = Math.max(maxBytes, buf.length);
  }
  return { files, bytes, minBytes: files ? minBytes : 0, maxBytes };
}

function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '20000' },
      out: { type: 'string' },
      format: { type: 'string', default: 'html' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage = 'usage: node bench/generate.mjs --n 20000 --out DIR [--format html|text] [--seed 1]';
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(n) || n < 0 || !Number.isInteger(seed) || !['html', 'text'].includes(values.format)) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const started = process.hrtime.bigint();
  const { files, bytes } = writePages({ n, seed, format: values.format, out: resolve(values.out) });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(
    `wrote ${files} ${values.format} pages to ${values.out}: ${(bytes / 1048576).toFixed(1)} MB, ` +
      `${files ? (bytes / files / 1024).toFixed(1) : 0} KB a page, in ${secs.toFixed(1)} s\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
