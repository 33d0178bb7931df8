// The three real LGSCO decision letters in ../shared/fixtures/pdf (a final with money, its draft, a final without
// money) against their labels: the PDF layout of real decisions, read like any other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.js';
import { HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from './helpers.js';

interface LetterLabel {
  caseRef: string;
  organisation: string;
  decisionDate: string;
  stage: 'final' | 'draft';
  payments?: { amountPence: number; status: string }[];
  totalPence?: number;
  recommendedPence?: number;
  nonRemedyAmounts?: { text: string }[];
}

const DIR = join(SHARED, 'fixtures', 'pdf');
const labels: Record<string, LetterLabel> = HAS_SHARED ? JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) : {};

describe.skipIf(!HAS_SHARED)(`real LGSCO decision letters (PDF)${HAS_SHARED ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  it.each(Object.entries(labels))('%s: reference, body, date and stage', async (file, label) => {
    const d = await parseDecision(readFileSync(join(DIR, file)), { filename: file });
    expect(d.sourceFormat).toBe('pdf');
    expect(d.caseRef).toBe(label.caseRef);
    expect(d.organisations.map((o) => o.name)).toEqual([label.organisation]);
    expect(d.organisations[0]!.authorityCode).not.toBeNull(); // matched to its local authority
    expect(d.decisionDate).toBe(label.decisionDate);
    expect(d.stage).toBe(label.stage);
    // A letter has no Category or Decision line: those stay unknown rather than guessed.
    expect(d.category).toBeNull();
    expect(d.outcome).toBeNull();
    expect(d.url).toBeNull();
  });

  it.each(Object.entries(labels).filter(([, l]) => l.payments !== undefined))('%s: the remedy money and only it', async (file, label) => {
    const d = await parseDecision(readFileSync(join(DIR, file)), { filename: file });
    expect(d.remedy.payments.map((p) => [p.amountPence, p.status])).toEqual(label.payments!.map((p) => [p.amountPence, p.status]));
    expect(d.remedy.totalPence).toBe(label.totalPence);
    expect(d.remedy.recommendedPence).toBe(label.recommendedPence);
    // The £ figures that are not remedies (a claim, an advance payment, costs deducted, fees) are not payments.
    const amounts = new Set(d.remedy.payments.map((p) => p.amountPence));
    for (const n of label.nonRemedyAmounts ?? []) {
      const pence = Number(/£([\d,]+)/.exec(n.text)![1]!.replace(/,/g, '')) * 100;
      expect(amounts.has(pence), n.text).toBe(false);
    }
  });

  it('the final letter reads as one body: numbered paragraphs 1..36 in order, no running footers', async () => {
    const d = await parseDecision(readFileSync(join(DIR, '14-019-995-final.pdf')));
    const numbers = d.sections.flatMap((s) => s.paragraphs.map((p) => p.n)).filter((n) => n !== null);
    expect(numbers).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    const body = d.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]).join('\n');
    expect(body).not.toMatch(/Final decision \d|-- \d+ of \d+ --/);
    // Paragraph 5 runs over a page break.
    const p5 = d.sections.flatMap((s) => s.paragraphs).find((p) => p.n === 5)!;
    expect(p5.text).toMatch(/take possession of the land to which the compensation relates/);
    expect(d.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['The complaint', 'Land Compensation Act 1973', 'Analysis', 'Agreed action', 'Final decision']));
  });
});
