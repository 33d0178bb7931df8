/**
 * An honest demo (issue 15): the bundled sample (data/sample) names no real body under an invented decision and has no
 * reference a real decision could have; every file carries the sample marker (the readers ignore it); the pages are
 * exactly what scripts/make-sample.mjs draws from data/sample-src. What a database built from it says: sample-database.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthorityIndex, lookupAuthority } from '../src/authorities/index.js';
import { readSampleMarker, SAMPLE_BODIES } from '../src/sample.js';
import { ROOT, SHARED } from './helpers.js';
import { cli, SAMPLE } from './sample-cli.js';

const INVENTED_PAGES = readdirSync(SAMPLE).filter((f) => /^\d{2}-.*\.html$/.test(f)).sort();
const SEEDS = readdirSync(SAMPLE).filter((f) => f.startsWith('seed-')).sort();
const record = (file: string): Record<string, unknown> => {
  const r = cli(['parse', file]);
  expect(r.code, r.stderr).toBe(0);
  const { sourceSha256: _, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
  return rest;
};



describe('the bundled sample names no real body and no real reference', () => {
  const pages = INVENTED_PAGES.map((f) => ({ f, html: readFileSync(join(SAMPLE, f), 'utf8') }));

  it('42 invented pages and the 2 real seeds', () => {
    expect(INVENTED_PAGES).toHaveLength(42);
    expect(SEEDS).toEqual(['seed-001-hampshire-23-015-499.txt', 'seed-004-kent-24-004-875.txt']);
  });

  it('every invented page has a reference starting 00, in its title, address and breadcrumb', () => {
    for (const { f, html } of pages) {
      const title = /<h1 class="decision__title">([^<]*)<\/h1>/.exec(html)![1]!;
      expect(title, f).toMatch(/(?:^|\()00 \d{3} \d{3}\)?$/);
      const ref = /(00 \d{3} \d{3})/.exec(title)![1]!;
      expect(html, f).toContain(`<link rel="canonical" href="https://www.lgo.org.uk/decisions/`);
      expect(/<link rel="canonical" href="([^"]+)">/.exec(html)![1], f).toMatch(new RegExp(`/${ref.replace(/ /g, '-')}$`));
      // No other reference of the real form (NN NNN NNN with a year other than 00) anywhere on the page.
      expect([...html.matchAll(/(?<![\d£,.])(\d{2}) \d{3} \d{3}(?!\d)/g)].map((m) => m[1]).filter((y) => y !== '00'), f).toEqual([]);
    }
  });

  it('no invented page names a local authority (any official name in the lookup), and each names only invented bodies', () => {
    const official = loadAuthorityIndex().authorities.map((a) => a.officialName);
    const invented = new Set(SAMPLE_BODIES.map((b) => b.name));
    for (const { f, html } of pages) {
      for (const name of official) expect(html.includes(name), `${f} names ${name}`).toBe(false);
      const title = /<h1 class="decision__title">([^<]*)<\/h1>/.exec(html)![1]!.replace(/\s*\(?00 \d{3} \d{3}\)?$/, '');
      for (const body of title ? title.split(' and ') : []) expect(invented.has(body), `${f}: ${body}`).toBe(true);
    }
  });

  it('the invented bodies are no real body: the authority lookup knows none of their names', () => {
    expect(SAMPLE_BODIES.length).toBeGreaterThanOrEqual(5);
    for (const b of SAMPLE_BODIES) {
      expect(lookupAuthority(b.name), b.name).toBeNull();
      expect(lookupAuthority(b.name.replace(/^London Borough of | (County|Borough|District|City|Metropolitan Borough) Council$/g, '')), b.name).toBeNull();
    }
  });

  it('no file name names a real place (a local authority\'s name)', () => {
    const words = (s: string): string[] => s.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    const places = loadAuthorityIndex().authorities.map((a) => words(a.niceName));
    for (const f of INVENTED_PAGES) {
      const w = words(f.replace(/\.html$/, '')).join(' ');
      for (const p of places) expect(` ${w} `.includes(` ${p.join(' ')} `), `${f} names ${p.join(' ')}`).toBe(false);
    }
  });

  it('every file carries the sample marker: invented pages in their head, the real seeds on the line after URL:', () => {
    for (const { f, html } of pages) {
      expect(html, f).toContain('<meta name="lgsco:sample" content="invented">');
      expect(readSampleMarker(Buffer.from(html)), f).toBe('invented');
    }
    for (const f of SEEDS) {
      const text = readFileSync(join(SAMPLE, f), 'utf8');
      expect(text.split('\n')[1], f).toMatch(/^lgsco:sample real \(/);
      expect(readSampleMarker(Buffer.from(text)), f).toBe('real');
    }
  });

  it.skipIf(!existsSync(join(SHARED, 'seeds')))('the seeds are the real decisions unchanged: the shared seed text after the URL and marker lines', () => {
    for (const [f, shared] of [
      ['seed-001-hampshire-23-015-499.txt', '001_f49d0ee3214cfc4d.txt'],
      ['seed-004-kent-24-004-875.txt', '004_f29abe99467c861a.txt'],
    ] as const) {
      const lines = readFileSync(join(SAMPLE, f), 'utf8').split('\n');
      expect(lines.slice(3).join('\n')).toBe(readFileSync(join(SHARED, 'seeds', shared), 'utf8'));
    }
  });

  it('the marker changes no record: a page and a seed read the same without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-marker-'));
    const page = join(SAMPLE, '17-two-councils-dfg.html');
    writeFileSync(join(dir, 'page.html'), readFileSync(page, 'utf8').replace('    <meta name="lgsco:sample" content="invented">\n', ''));
    expect(record(join(dir, 'page.html'))).toEqual(record(page));
    const seed = join(SAMPLE, 'seed-004-kent-24-004-875.txt');
    const lines = readFileSync(seed, 'utf8').split('\n');
    writeFileSync(join(dir, 'seed.txt'), [lines[0], ...lines.slice(2)].join('\n'));
    expect(record(join(dir, 'seed.txt'))).toEqual(record(seed));
  });

  it.each([
    ['an HTML head', '<html><head><meta name="lgsco:sample" content="invented"></head>', 'invented'],
    ['single quotes', "<meta name='lgsco:sample' content='real'>", 'real'],
    ['a text line after URL:', 'URL: https://www.lgo.org.uk/decisions/a/b/00-000-001\nlgsco:sample real (copied)\n\nTitle', 'real'],
    ['another value', '<meta name="lgsco:sample" content="maybe">', null],
    ['the words in a sentence', 'We discussed lgsco:sample files in the text.', null],
    ['no marker', '<html><head><title>Kent County Council (24 004 875)</title></head>', null],
  ])('readSampleMarker: %s', (_what, text, kind) => {
    expect(readSampleMarker(Buffer.from(text))).toBe(kind);
  });
});

describe('the sample is what scripts/make-sample.mjs draws from its data files', () => {
  it('regenerating gives the committed pages, byte for byte, one for each data file', () => {
    const out = mkdtempSync(join(tmpdir(), 'lgsco-make-sample-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-sample.mjs'), '--out', out], { stdio: 'pipe' });
    const sources = readdirSync(join(ROOT, 'data', 'sample-src')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '.html')).sort();
    expect(INVENTED_PAGES).toEqual(sources);
    for (const f of INVENTED_PAGES) expect(readFileSync(join(out, f), 'utf8') === readFileSync(join(SAMPLE, f), 'utf8'), `${f} differs from a fresh make-sample`).toBe(true);
  }, 60_000);

  it('a data file with a reference that could be real is refused, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-sample-src-'));
    // The script reads the data/sample-src beside it: run a copy of it (and the renderer) over one bad file.
    const page = JSON.parse(readFileSync(join(ROOT, 'data', 'sample-src', '31-crossing-not-upheld.json'), 'utf8')) as { url: string; title: string };
    page.url = page.url.replace('00-004-617', '21-004-617');
    page.title = page.title.replace('00 004 617', '21 004 617');
    const src = join(dir, 'data', 'sample-src');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, '31-crossing-not-upheld.json'), JSON.stringify(page));
    cpSync(join(ROOT, 'scripts', 'site'), join(dir, 'scripts', 'site'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts', 'make-sample.mjs'), join(dir, 'scripts', 'make-sample.mjs'));
    const r = spawnSync(process.execPath, [join(dir, 'scripts', 'make-sample.mjs'), '--out', join(dir, 'out')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: data/sample-src/31-crossing-not-upheld.json: "url" is not a decision address with an invented reference (…/<category>/<subcategory>/00-NNN-NNN): https://www.lgo.org.uk/decisions/transport-and-highways/traffic-management/21-004-617\n',
    );
  });
});
