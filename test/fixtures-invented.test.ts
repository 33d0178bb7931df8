/**
 * The synthetic fixtures we wrote (test/fixtures: the 30 remedy decisions, the HTML, text and PDF reader fixtures)
 * name no real body and carry no reference a real decision could have: invented data never names a real body. Only
 * the two seed decisions (seed-*.html, seeds/) are real, and they stay as they are (seed-004.html's sidebar of other
 * decisions is synthetic page chrome, so it is checked too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthorityIndex, lookupAuthority } from '../src/authorities/index.js';
import { FIXTURES } from './helpers.js';

/** A reference of the "NN NNN NNN" form (or its URL slug), with the year it starts with. */
const REF_RE = /(?<![\d£,.])(\d{2})[ -]\d{3}[ -]\d{3}(?![\d,])/g;
/** Words of the real-body names the fixtures were first written with: NHS trusts and care providers are not in the lookup. */
const OTHER_REAL_NAMES = ['NHS Foundation Trust', 'Leeds', 'Sunrise', 'Barchester', 'Care UK', 'Enfield', 'Bournemouth', 'Guildford', 'Surrey'];

const synthetic = [
  ...readdirSync(join(FIXTURES, 'remedy-synthetic')).filter((f) => f.endsWith('.txt')).map((f) => `remedy-synthetic/${f}`),
  ...readdirSync(join(FIXTURES, 'html')).filter((f) => !f.startsWith('seed-')).map((f) => `html/${f}`),
  ...readdirSync(join(FIXTURES, 'text')).map((f) => `text/${f}`),
];

describe('the synthetic fixtures name only invented bodies and references', () => {
  const official = loadAuthorityIndex().authorities.map((a) => a.officialName);
  const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&#8217;|&rsquo;/g, '’');

  it.each(synthetic)('%s', (file) => {
    const text = decode(readFileSync(join(FIXTURES, file), 'utf8'));
    for (const name of official) expect(text.includes(name), `${file} names ${name}`).toBe(false);
    for (const name of OTHER_REAL_NAMES) expect(text.includes(name), `${file} names ${name}`).toBe(false);
    const years = [...text.matchAll(REF_RE)].map((m) => m[0]);
    expect(years.length, `${file}: no reference`).toBeGreaterThan(0);
    expect(years.filter((r) => !r.startsWith('00')), file).toEqual([]);
  });

  it("the real seed-004 page's synthetic sidebar of other decisions lists only invented ones", () => {
    const html = readFileSync(join(FIXTURES, 'html', 'seed-004.html'), 'utf8');
    const sidebar = /<aside class="sidebar"[\s\S]*?<\/aside>/.exec(html)![0];
    for (const name of official) expect(sidebar.includes(name), `sidebar names ${name}`).toBe(false);
    const refs = [...sidebar.matchAll(REF_RE)].map((m) => m[0]);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(refs.filter((r) => !r.startsWith('00'))).toEqual([]);
  });

  it('the title bodies of the reader fixtures are unknown to the authority lookup', () => {
    const headers = JSON.parse(readFileSync(join(FIXTURES, 'expected-headers.json'), 'utf8')) as Record<string, { organisation: string; caseRef: string }>;
    const invented = Object.entries(headers).filter(([k]) => !k.includes('seed-'));
    expect(invented.length).toBe(6);
    for (const [k, h] of invented) {
      expect(lookupAuthority(h.organisation), k).toBeNull();
      expect(h.caseRef, k).toMatch(/^00 \d{3} \d{3}[a-z]?$/);
    }
  });
});
