/**
 * The fake LGSCO site's invented decisions name no real body and carry only impossible (00) references, as the
 * fixtures do (test/fixtures-invented.test.ts): invented data never names a real body.
 */
import { describe, expect, it } from 'vitest';
import { loadAuthorityIndex, lookupAuthority } from '../../src/authorities/index.js';
import { FAKE_ORGS, makeDecision, makeReport } from './fake-decisions.js';

/** A reference of the "NN NNN NNN" form (or its URL slug). */
const REF_RE = /(?<![\d£,.])\d{2}[ -]\d{3}[ -]\d{3}(?![\d,])/g;

describe("the fake site's decisions name only invented bodies and references", () => {
  const official = loadAuthorityIndex().authorities.map((a) => a.officialName.replace(/\s+/g, ' '));
  const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&#8217;|&rsquo;/g, '’');

  it.each(FAKE_ORGS)('%s is unknown to the authority lookup', (name) => {
    expect(lookupAuthority(name)).toBeNull();
  });

  it('every page, statement or report chapter, names no real authority and uses 00 references only', () => {
    const decisions = [
      ...Array.from({ length: 2 * FAKE_ORGS.length }, (_, i) => makeDecision(i, '2025-03-10')),
      makeDecision(1, '2024-01-02', { outcome: 'Not upheld' }),
      makeDecision(2, '2024-01-02', { outcome: 'Closed after initial enquiries' }),
      makeReport(7, '2025-08-26', 7),
    ];
    expect(new Set(decisions.map((d) => d.organisation))).toEqual(new Set(FAKE_ORGS));
    for (const d of decisions) {
      expect(d.caseRef).toMatch(/^00 \d{3} \d{3}$/);
      for (const page of d.chapters) {
        const text = decode(page);
        for (const name of official) expect(text.includes(name), `${d.caseRef} names ${name}`).toBe(false);
        const refs = [...text.matchAll(REF_RE)].map((m) => m[0]);
        expect(refs.length, d.caseRef).toBeGreaterThan(0);
        expect(refs.filter((r) => !r.startsWith('00')), d.caseRef).toEqual([]);
      }
    }
  });
});
