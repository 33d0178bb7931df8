import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const seed = (name: string): Buffer => readFileSync(join(FIXTURES, 'seeds', name));

describe('seed decisions', () => {
  it('001: Hampshire County Council 23 015 499, header and body', async () => {
    const d = await parseDecision(seed('001-hampshire-23-015-499.txt'), { filename: '001' });
    expect(d).toMatchObject({
      caseRef: '23 015 499',
      url: null,
      organisations: [{ name: 'Hampshire County Council', authorityCode: 'HAM', gssCode: 'E10000014' }],
      category: "Children's care services",
      subcategory: 'Other',
      outcome: 'upheld',
      outcomeLabel: 'Upheld',
      decisionDate: '2024-05-16',
      documentType: 'statement',
      sourceFormat: 'text',
    });
    expect(d.summary).toMatch(/^We found fault with the Council’s early referral/);
    const headings = d.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Summary', 'The complaint', 'Agreed action', 'Final decision']));
    // Published paragraph numbers run on through the decision; the page text restarts each list at 1.
    const numbers = d.sections.flatMap((s) => s.paragraphs.map((p) => p.n)).filter((n) => n !== null);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The cookie banner after the sign-off is not decision text.
    expect(JSON.stringify(d.sections)).not.toMatch(/cookies/i);
    const agreed = d.sections.find((s) => s.heading === 'Agreed action')!;
    expect(agreed.paragraphs[0]!.text).toMatch(/within four weeks/);
  });

  it('004: Kent County Council 24 004 875, no header lines', async () => {
    const d = await parseDecision(seed('004-kent-24-004-875.txt'), { filename: '004' });
    expect(d).toMatchObject({
      caseRef: '24 004 875',
      organisations: [{ name: 'Kent County Council' }],
      category: null,
      subcategory: null,
      outcome: null,
      outcomeLabel: null,
      decisionDate: null,
      documentType: 'statement',
    });
    expect(d.summary).toMatch(/^Mrs B complained that the Council failed to provide adequate support/);
    const agreed = d.sections.find((s) => s.heading === 'Agreed action')!;
    expect(agreed.paragraphs.map((p) => p.text).join(' ')).toContain('£1300 (£600 for the delay in the direct payments');
  });

  it('004 with its address gets category and subcategory from the slugs', async () => {
    const d = await parseDecision(seed('004-kent-24-004-875.txt'), {
      url: 'http://lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875?displaypref=1',
    });
    expect(d.url).toBe('https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875');
    expect([d.category, d.subcategory]).toEqual(["Children's care services", 'Disabled children']);
  });
});
