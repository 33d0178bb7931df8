/**
 * The bench corpus invents its bodies and references as the fixtures do (test/fixtures-invented.test.ts): invented
 * data never names a real body. Its councils have the real list's shapes, so each is checked against the lookup.
 */
import { describe, expect, it } from 'vitest';
import { loadAuthorityIndex, lookupAuthority } from '../src/authorities/index.js';

interface Body {
  name: string;
}
// Imported by address: the bench is plain JavaScript with no type declarations.
const organisations = (await import(new URL('../bench/corpus/organisations.mjs', import.meta.url).href)) as { inventedCouncils: () => string[]; OTHER_BODIES: Body[] };
const generate = (await import(new URL('../bench/generate.mjs', import.meta.url).href)) as {
  generatePages: (o: { n: number; seed: number; format: 'html' | 'text' }) => Iterable<{ name: string; content: string }>;
};

/** A reference of the "NN NNN NNN" form (or its URL slug). */
const REF_RE = /(?<![\d£,.])\d{2}[ -]\d{3}[ -]\d{3}(?![\d,])/g;

describe('the bench corpus names only invented bodies and references', () => {
  const councils = organisations.inventedCouncils();
  const official = loadAuthorityIndex().authorities.map((a) => a.officialName.replace(/\s+/g, ' '));

  it('has one invented council per current English council, in the same kinds and punctuation', () => {
    expect(councils.length).toBeGreaterThan(300);
    expect(new Set(councils).size).toBe(councils.length);
    const count = (re: RegExp): number => councils.filter((n) => re.test(n)).length;
    expect(count(/^London Borough of /)).toBeGreaterThan(20);
    expect(count(/ Metropolitan Borough Council$/)).toBeGreaterThan(10);
    expect(count(/ County Council$/)).toBeGreaterThan(10);
    expect(count(/, .* and /)).toBeGreaterThan(0);
    expect(count(/ & /)).toBeGreaterThan(0);
    expect(count(/-on-/)).toBeGreaterThan(0);
  });

  it('no council or other body is known to the authority lookup', () => {
    const bodies = [...councils, ...organisations.OTHER_BODIES.map((b) => b.name)];
    expect(bodies.filter((name) => lookupAuthority(name) !== null)).toEqual([]);
  });

  it.each(['html', 'text'] as const)('%s pages name no real authority and carry only 00 references', (format) => {
    for (const { name, content } of generate.generatePages({ n: 150, seed: 7, format })) {
      expect(name).toMatch(/^00-\d{3}-\d{3}\.(html|txt)$/);
      const text = content.replace(/&amp;/g, '&').replace(/&#38;/g, '&');
      for (const real of official) expect(text.includes(real), `${name} names ${real}`).toBe(false);
      const refs = [...text.matchAll(REF_RE)].map((m) => m[0]);
      expect(refs.filter((r) => !r.startsWith('00')), name).toEqual([]);
    }
  });
});
