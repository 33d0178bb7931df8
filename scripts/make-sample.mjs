// Builds the bundled demo sample in data/sample/ (the input of `npm start`):
//   data/sample/NN-<slug>.html      the 42 invented decisions of data/sample-src/NN-<slug>.json, drawn as full HTML
//                                   decision pages by the site renderer (scripts/site/)
//   data/sample/seed-00N-….txt      the two real seed decisions from ../shared/seeds, with a "URL:" first line
//                                   (copied only when ../shared is present; otherwise the committed copies stay)
// Run from anywhere: node scripts/make-sample.mjs [--out DIR]   (plain Node, no build; the output is byte-stable)
//
// An honest demo: every invented decision names invented bodies only (src/sample.ts lists them) and has a reference
// that cannot be a real one, "00 NNN NNN" (checked here and in test/sample.test.ts). Every file carries the sample
// marker the importer records, so any output of a database built from it says it is demo data: <meta
// name="lgsco:sample" content="invented"> in a page's head, and the line "lgsco:sample real …" after a seed's URL
// line. The readers ignore both, so a file's record is what it would be without them.
//
// A data file is the renderer's DecisionPage (scripts/site/index.d.mts) less what its address already says: the
// reference and the category slugs are read from "url", so they cannot disagree with it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderDecisionPage, slugify } from './site/index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'data/sample-src');
const seedsDir = join(root, '../shared/seeds');

/** The marker line of a real seed decision (src/sample.ts reads it; the text reader takes it as preamble). */
const SEED_MARKER = 'lgsco:sample real (a real LGSCO decision, copied unchanged into lgsco\'s demo sample: data/sample/README.md)';

/** The seed decisions: shared file → sample file and the page address written on its first line. */
const SEEDS = [
  {
    from: '001_f49d0ee3214cfc4d.txt',
    to: 'seed-001-hampshire-23-015-499.txt',
    url: 'https://www.lgo.org.uk/decisions/children-s-care-services/other/23-015-499',
  },
  {
    from: '004_f29abe99467c861a.txt',
    to: 'seed-004-kent-24-004-875.txt',
    url: 'https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875',
  },
];

/** A sample page's address: the site's decision address with an invented reference "00-NNN-NNN". */
const URL_RE = /^https:\/\/www\.lgo\.org\.uk\/decisions\/([a-z0-9-]+)\/([a-z0-9-]+)\/(00-\d{3}-\d{3})$/;
/** "Organisation (00 NNN NNN)", or the reference alone (an older report's title). */
const TITLE_REF_RE = /(?:^|\()(\d{2} \d{3} \d{3}[a-z]?)\)?$/;

/**
 * The chrome of every sample page: the cookie panel, the navigation with its menus, the search sidebar, og:url. The
 * search sidebar, not the related-decisions one: that would put other (real-looking) references on the page.
 */
const CHROME = { meta: { 'lgsco:sample': 'invented' }, cookiePanel: true, nav: 'mega', sidebar: 'search', ogUrl: true };

/** Read and check one data file; returns the renderer's DecisionPage. */
function readDecision(file) {
  const name = file.replace(/\.json$/, '');
  const fail = (why) => {
    throw new Error(`data/sample-src/${file}: ${why}`);
  };
  let d;
  try {
    d = JSON.parse(readFileSync(join(srcDir, file), 'utf8'));
  } catch (e) {
    fail(e.message);
  }
  for (const field of ['url', 'title', 'category', 'subcategory', 'decision', 'date']) {
    if (typeof d[field] !== 'string' || d[field] === '') fail(`"${field}" must be a non-empty string`);
  }
  if (!Array.isArray(d.blocks) || d.blocks.length === 0) fail('"blocks" must be a non-empty list');
  const url = URL_RE.exec(d.url) ?? fail(`"url" is not a decision address with an invented reference (…/<category>/<subcategory>/00-NNN-NNN): ${d.url}`);
  const [, categorySlug, subcategorySlug, refSlug] = url;
  const ref = refSlug.replace(/-/g, ' ');
  if (categorySlug !== slugify(d.category) || subcategorySlug !== slugify(d.subcategory)) fail(`"url" does not match the category "${d.category} > ${d.subcategory}"`);
  if (TITLE_REF_RE.exec(d.title)?.[1] !== ref) fail(`"title" does not end with the reference of its address (${ref}): ${d.title}`);
  return { name, page: { ...d, ref, categorySlug, subcategorySlug } };
}

const USAGE = 'usage: node scripts/make-sample.mjs [--out DIR]   (default DIR: data/sample)';

function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = resolve(values.out ?? join(root, 'data/sample'));
  mkdirSync(outDir, { recursive: true });
  const decisions = readdirSync(srcDir).filter((f) => f.endsWith('.json')).sort().map(readDecision);
  const refs = new Map();
  const written = new Set();
  for (const { name, page } of decisions) {
    if (refs.has(page.ref)) throw new Error(`data/sample-src/${name}.json: reference ${page.ref} already used by ${refs.get(page.ref)}`);
    refs.set(page.ref, name);
    let html;
    try {
      html = renderDecisionPage(page, CHROME);
    } catch (e) {
      throw new Error(`data/sample-src/${name}.json: ${e.message}`); // an unknown block kind, say
    }
    writeFileSync(join(outDir, `${name}.html`), html);
    written.add(`${name}.html`);
  }
  // Pages of an earlier sample (renamed or dropped) would be imported with the rest: they go.
  for (const f of readdirSync(outDir)) {
    if (/^\d{2}-.*\.html$/.test(f) && !written.has(f)) {
      rmSync(join(outDir, f));
      console.error(`removed ${f} (no longer in the sample)`);
    }
  }
  let seeds = 0;
  for (const s of SEEDS) {
    const to = join(outDir, s.to);
    if (existsSync(seedsDir)) {
      writeFileSync(to, `URL: ${s.url}\n${SEED_MARKER}\n\n${readFileSync(join(seedsDir, s.from), 'utf8')}`);
      seeds++;
    } else if (existsSync(to) && !readFileSync(to, 'utf8').split('\n')[1].startsWith('lgsco:sample')) {
      // The committed copy, as it was, with the marker line after its URL line.
      const [url, ...rest] = readFileSync(to, 'utf8').split('\n');
      writeFileSync(to, [url, SEED_MARKER, ...rest].join('\n'));
    }
  }
  if (!existsSync(seedsDir)) console.error(`note: ${seedsDir} not found; kept the seed copies already in ${outDir}`);
  console.error(`wrote ${decisions.length} pages${seeds ? ` and ${seeds} seed decisions` : ''} to ${outDir}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  // A bad data file is named in the message; the stack would only point into this script.
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
}
