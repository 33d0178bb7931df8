import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision, type Decision } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

interface Expected {
  caseRef: string;
  organisation: string | null;
  category: string;
  subcategory: string;
  outcome: string | null;
  outcomeLabel: string | null;
  decisionDate: string | null;
  url: string | null;
  documentType: string;
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected-headers.json'), 'utf8')) as Record<string, Expected>;
const load = (rel: string): Buffer => readFileSync(join(FIXTURES, rel));

function header(d: Decision): Expected {
  return {
    caseRef: d.caseRef,
    organisation: d.organisations.map((o) => o.name).join(' and ') || null,
    category: d.category!,
    subcategory: d.subcategory!,
    outcome: d.outcome,
    outcomeLabel: d.outcomeLabel,
    decisionDate: d.decisionDate,
    url: d.url,
    documentType: d.documentType,
  };
}

describe('hand-made fixtures in the real page structure', () => {
  it.each(Object.entries(expected))('%s has the expected header fields', async (key, want) => {
    const parts = key.split('+').map(load);
    const d = await parseDecision(parts.length === 1 ? parts[0]! : parts, { filename: key });
    expect(header(d)).toEqual(want);
    expect(d.sections.length).toBeGreaterThan(2);
    // Page furniture never reaches the body.
    const body = JSON.stringify(d.sections);
    expect(body).not.toMatch(/Back to top|Print this page|Required cookies|Review your privacy settings/);
  });
});

describe('HTML reader', () => {
  it('keeps the published paragraph numbers from <ol start> and runs them on when lists restart', async () => {
    for (const f of ['html/seed-001.html', 'html/seed-004.html']) {
      const d = await parseDecision(load(f));
      const numbers = d.sections.flatMap((s) => s.paragraphs.map((p) => p.n)).filter((n) => n !== null);
      expect(numbers, f).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('joins report chapters: numbering continues, headings from both chapters, sub-lists kept in their paragraph', async () => {
    const d = await parseDecision([load('html/report-ch1.html'), load('html/report-ch2.html')]);
    expect(d.documentType).toBe('report');
    const headings = d.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Key to names used', 'Summary', 'Recommendations', 'The complaint', 'What happened']));
    const numbers = d.sections.flatMap((s) => s.paragraphs.map((p) => p.n)).filter((n) => n !== null);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(30);
    expect(new Set(numbers).size).toBe(numbers.length);
    const recs = d.sections.find((s) => s.heading === 'Recommendations')!;
    expect(recs.paragraphs.map((p) => p.text).join('\n')).toMatch(/£1,000/);
  });

  it('reads the same decision from HTML, text and PDF with the same header fields and body', async () => {
    const url = 'https://www.lgo.org.uk/decisions/planning/enforcement/00-016-305';
    const html = await parseDecision(load('html/statement-closed.html'), { url });
    const text = await parseDecision(load('text/statement-closed.txt'));
    const pdf = await parseDecision(load('pdf/statement-closed.pdf'), { url });
    expect(html.sourceFormat).toBe('html');
    expect(text.sourceFormat).toBe('text');
    expect(pdf.sourceFormat).toBe('pdf');
    expect(header(text)).toEqual(header(html));
    expect(header(pdf)).toEqual(header(html));
    expect(text.summary).toBe(html.summary);
    expect(pdf.summary).toBe(html.summary);
    const paragraphs = (d: Decision): string[] => d.sections.flatMap((s) => s.paragraphs.map((p) => `${s.heading}|${p.n}|${p.text}`));
    expect(paragraphs(pdf)).toEqual(paragraphs(text));
    expect(paragraphs(html).map((p) => p.split('|').slice(0, 2).join('|'))).toEqual(paragraphs(text).map((p) => p.split('|').slice(0, 2).join('|')));
  });

  it('seed decisions read the same from HTML as from text', async () => {
    const pairs = [
      ['html/seed-001.html', 'seeds/001-hampshire-23-015-499.txt'],
      ['html/seed-004.html', 'seeds/004-kent-24-004-875.txt'],
    ] as const;
    for (const [h, t] of pairs) {
      const fromHtml = await parseDecision(load(h));
      const fromText = await parseDecision(load(t));
      expect(fromHtml.caseRef).toBe(fromText.caseRef);
      expect(fromHtml.organisations).toEqual(fromText.organisations);
      expect(fromHtml.summary).toBe(fromText.summary);
      const agreed = (d: Decision): string => d.sections.find((s) => s.heading === 'Agreed action')!.paragraphs.map((p) => p.text).join(' ');
      expect(agreed(fromHtml).replace(/\s+/g, ' ')).toBe(agreed(fromText).replace(/\s+/g, ' '));
    }
  });
});
