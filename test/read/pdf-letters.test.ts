/**
 * PDF letters through extractPdfText and cleanPdfText: invented letters generated in several layouts
 * (test/read/letter-pdf.ts), and the real letters in ../shared when present, re-laid out as generated letters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText, pdfToText } from '../../src/read/pdf.js';
import { cleanPdfText } from '../../src/read/pdf-text.js';
import { HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';
import { blocksFromText, makeLetterPdf, PAGE_BREAK, type LetterBlock, type LetterLayout } from './letter-pdf.js';

// An invented letter in the real layout: header lines, "The Ombudsman's final decision", Summary, headings, numbered
// paragraphs; page breaks inside a sentence, inside a hyphenated word and between paragraphs.
const FIVE_PAGES: LetterBlock[] = [
  { kind: 'line', text: '3 March 2025' },
  { kind: 'line', text: 'Complaint reference:' },
  { kind: 'line', text: '99 123 456' },
  { kind: 'line', text: 'Complaint against:' },
  { kind: 'line', text: 'Exampleton Borough Council' },
  { kind: 'line', text: 'The Ombudsman’s final decision' },
  { kind: 'line', text: 'Summary: Ms B complains the Council delayed her care assessment and then charged' },
  { kind: 'line', text: 'her for care she should not have paid for. There was fault. The Council has' },
  { kind: 'line', text: 'agreed to apologise, refund the charges and pay her £300.' },
  { kind: 'heading', text: 'The complaint' },
  { kind: 'para', n: 1, lines: ['Ms B complains the Council took eleven months to assess her care needs and', 'then charged her as a self-', 'funding resident for the whole of that time.'] },
  { kind: 'heading', text: 'The Ombudsman’s role and powers' },
  { kind: 'para', n: 2, lines: ['The Ombudsman investigates complaints about ‘fault’ and ‘service failure’. If', 'there has been fault which has caused an injustice, she may suggest a remedy.'] },
  { kind: 'heading', text: 'What I found' },
  {
    kind: 'para',
    n: 3,
    lines: [
      'Ms B moved into Elm House, a care home, in May 2023. She asked the Council for',
      'a financial assessment because her savings were running low and she expected',
      'the Council to meet part of the fees once her savings fell below the upper capital',
      PAGE_BREAK,
      'limit. The Council did not assess her until April 2024.',
    ],
  },
  { kind: 'para', n: 4, lines: ['The Council says the delay was caused by a long-', 'term vacancy in its financial assessment team. It accepts the delay was fault', 'and that Ms B paid more than she should have in the meantime.'] },
  { kind: 'para', n: 5, lines: ['Ms B says she had to use money set aside for her funeral to pay the fees. She', 'wants the Council to repay what she paid above her assessed contribution and', 'to apologise for the delay.'] },
  { kind: 'para', n: 6, lines: ['The Council offered to refund £1,250 in December 2024. Ms B did not accept the', 'offer because it did not include the compen-', PAGE_BREAK, 'sation she had asked for in her complaint. She says the amount is too low.'] },
  { kind: 'heading', text: 'Analysis' },
  { kind: 'para', n: 7, lines: ['The Council should have completed the financial assessment within four weeks', 'of her request. It took', '11 months. This was fault.'] },
  { kind: 'para', n: 8, lines: ['Because of the delay Ms B paid £4,100 more towards her fees than she would have', 'paid had the Council assessed her on time. The Council has since refunded that', 'amount in full.'] },
  { kind: 'para', n: 9, lines: ['The Council did not have a co-', 'ordinated approach between its social work and finance teams. Each team thought', 'the other was dealing with the request.'] },
  { kind: 'break' },
  { kind: 'para', n: 10, lines: ['The delay also caused Ms B distress and uncertainty at a difficult time. She', 'had to chase the Council many times by telephone and in writing.'] },
  { kind: 'heading', text: 'Agreed action' },
  { kind: 'para', n: 11, lines: ['Within one month of my final decision, the Council has agreed to apologise to', 'Ms B and pay her £300 for the distress and the time and trouble it caused her.'] },
  { kind: 'para', n: 12, lines: ['Within three months the Council will review how its teams share requests for', 'financial assessments and tell us what it has changed.'] },
  { kind: 'break' },
  { kind: 'heading', text: 'Final decision' },
  { kind: 'para', n: 13, lines: ['There was fault by the Council which caused Ms B injustice. The Council has', 'agreed to my recommendations, so I have completed my investigation.'] },
  { kind: 'line', text: 'Investigator’s decision on behalf of the Ombudsman' },
];

const FIVE_PAGES_TEXT = `3 March 2025
Complaint reference:
99 123 456
Complaint against:
Exampleton Borough Council
The Ombudsman’s final decision
Summary: Ms B complains the Council delayed her care assessment and then charged
her for care she should not have paid for. There was fault. The Council has
agreed to apologise, refund the charges and pay her £300.
The complaint
1. Ms B complains the Council took eleven months to assess her care needs and
then charged her as a self-funding
resident for the whole of that time.
The Ombudsman’s role and powers
2. The Ombudsman investigates complaints about ‘fault’ and ‘service failure’. If
there has been fault which has caused an injustice, she may suggest a remedy.
What I found
3. Ms B moved into Elm House, a care home, in May 2023. She asked the Council for
a financial assessment because her savings were running low and she expected
the Council to meet part of the fees once her savings fell below the upper capital
limit. The Council did not assess her until April 2024.
4. The Council says the delay was caused by a long-term
vacancy in its financial assessment team. It accepts the delay was fault
and that Ms B paid more than she should have in the meantime.
5. Ms B says she had to use money set aside for her funeral to pay the fees. She
wants the Council to repay what she paid above her assessed contribution and
to apologise for the delay.
6. The Council offered to refund £1,250 in December 2024. Ms B did not accept the
offer because it did not include the compensation
she had asked for in her complaint. She says the amount is too low.
Analysis
7. The Council should have completed the financial assessment within four weeks
of her request. It took
11 months. This was fault.
8. Because of the delay Ms B paid £4,100 more towards her fees than she would have
paid had the Council assessed her on time. The Council has since refunded that
amount in full.
9. The Council did not have a co-ordinated
approach between its social work and finance teams. Each team thought
the other was dealing with the request.
10. The delay also caused Ms B distress and uncertainty at a difficult time. She
had to chase the Council many times by telephone and in writing.
Agreed action
11. Within one month of my final decision, the Council has agreed to apologise to
Ms B and pay her £300 for the distress and the time and trouble it caused her.
12. Within three months the Council will review how its teams share requests for
financial assessments and tell us what it has changed.
Final decision
13. There was fault by the Council which caused Ms B injustice. The Council has
agreed to my recommendations, so I have completed my investigation.
Investigator’s decision on behalf of the Ombudsman`;

/** The same letter cut to two pages: paragraphs 1 to 3 (a page break inside 3's sentence), then the final decision. */
const TWO_PAGES: LetterBlock[] = [
  ...FIVE_PAGES.slice(0, FIVE_PAGES.findIndex((b) => b.kind === 'para' && b.n === 4)),
  { kind: 'heading', text: 'Final decision' },
  { kind: 'para', n: 4, lines: ['There was fault by the Council which caused Ms B injustice. The Council has', 'agreed to my recommendations, so I have completed my investigation.'] },
  { kind: 'line', text: 'Investigator’s decision on behalf of the Ombudsman' },
];
const TWO_PAGES_TEXT = `${FIVE_PAGES_TEXT.slice(0, FIVE_PAGES_TEXT.indexOf('\n4. '))}
Final decision
4. There was fault by the Council which caused Ms B injustice. The Council has
agreed to my recommendations, so I have completed my investigation.
Investigator’s decision on behalf of the Ombudsman`;

const LAYOUTS: Array<[string, LetterLayout]> = [
  ['numbers beside their text, footer drawn first (the real letters)', { numbers: 'inline', furniture: 'final', at: 'bottom', drawn: 'before', firstPageNumber: true }],
  ['numbers in a run before the text, footer drawn last', { numbers: 'first', furniture: 'final', at: 'bottom', drawn: 'after' }],
  ['numbers in a run after the text, header at the top', { numbers: 'last', furniture: 'final', at: 'top', drawn: 'before', firstPageNumber: true }],
  ['each number drawn after its line, "Page N of M"', { numbers: 'after', furniture: 'page-of', at: 'bottom', drawn: 'after' }],
  ['number and text as one string, the draft header', { numbers: 'hanging', furniture: 'draft', at: 'top', drawn: 'after' }],
  ['numbers without full stops, bare page numbers', { numbers: 'dotless', furniture: 'bare', at: 'bottom', drawn: 'after' }],
];

describe('generated PDF letters through extractPdfText + cleanPdfText', () => {
  it.each(LAYOUTS)('five pages: %s', async (_name, layout) => {
    const pdf = await makeLetterPdf(FIVE_PAGES, layout);
    const raw = await extractPdfText(pdf);
    expect(raw.match(/^-- \d of 5 --$/gm)).toHaveLength(5);
    expect(cleanPdfText(raw)).toBe(FIVE_PAGES_TEXT);
  });

  it.each(LAYOUTS)('two pages: %s', async (_name, layout) => {
    const pdf = await makeLetterPdf(TWO_PAGES, layout);
    const raw = await extractPdfText(pdf);
    expect(raw.match(/^-- \d of 2 --$/gm)).toHaveLength(2);
    expect(await pdfToText(pdf)).toBe(TWO_PAGES_TEXT);
  });

  it('pdf-parse puts a number drawn at its own x on the same line as its text, with a space', async () => {
    const raw = await extractPdfText(await makeLetterPdf(TWO_PAGES, LAYOUTS[0]![1]));
    expect(raw).toMatch(/^1\. Ms B complains/m);
    expect(raw).toMatch(/^Final decision 2$/m);
  });

  it('pdf-parse emits a run of numbers drawn before the text on lines of their own', async () => {
    const raw = await extractPdfText(await makeLetterPdf(FIVE_PAGES, LAYOUTS[1]![1]));
    expect(raw).toMatch(/^1\.\n2\.\n3\.\n3 March 2025$/m);
  });
});

const REAL = join(SHARED, 'fixtures', 'pdf');
const HAS_REAL = HAS_SHARED && existsSync(REAL);
if (!HAS_REAL) console.warn(SHARED_SKIP_MESSAGE);

describe.skipIf(!HAS_REAL)('the real letters in ../shared/fixtures/pdf', () => {
  const clean = async (name: string): Promise<string> => pdfToText(readFileSync(join(REAL, name)));

  it.each(['14-019-995-final.pdf', '14-019-995-draft.pdf', '16-005-626-final.pdf'])('%s loses its page furniture and keeps its headings', async (name) => {
    const text = await clean(name);
    expect(text).not.toMatch(/^(?:Final decision|Draft decision for your comments) \d+$/m);
    expect(text).not.toMatch(/^--\s*\d+ of \d+\s*--$/m);
    expect(text).not.toMatch(/^\s*\d{1,3}\s*$/m);
    expect(text).not.toMatch(/\n\s*\n/);
    expect(text.split('\n')[0]).toMatch(/^\d{1,2} \w+ \d{4}$/);
    expect(text).toMatch(/^(?:Final|Draft) decision$/m);
  });

  it('14-019-995-final: paragraphs 1..36 in order, paragraph 5 read across the page break', async () => {
    const text = await clean('14-019-995-final.pdf');
    const numbers = [...text.matchAll(/^(\d{1,3})\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(text).toMatch(/^Final decision\n36\. There has been fault/m);
    expect(text.replace(/\n/g, ' ')).toContain('the acquiring authority take possession of the land to which the compensation relates');
  });
});

/** Strip "12. " from the start of a line. */
const unnumbered = (line: string): string => line.replace(/^\d{1,3}\. /, '');

describe.skipIf(!HAS_REAL)('the real letters re-drawn in other layouts give their clean text back', () => {
  // Where a page's numbers come out in a run of their own, nothing in the text says which line a number stood on:
  // the lines most likely to start a paragraph get them, and a paragraph whose last line reached the margin can lose
  // its number to a sentence that did. Elsewhere the text must come back exactly.
  const RUNS = new Set<LetterLayout['numbers']>(['first', 'last']);
  it.each(['14-019-995-final.pdf', '14-019-995-draft.pdf', '16-005-626-final.pdf'].flatMap((f) => LAYOUTS.map(([name, layout]) => [f, name, layout] as const)))(
    '%s: %s',
    async (file, _name, layout) => {
      const text = await pdfToText(readFileSync(join(REAL, file)));
      const got = cleanPdfText(await extractPdfText(await makeLetterPdf(blocksFromText(text), layout)));
      if (!RUNS.has(layout.numbers)) {
        expect(got).toBe(text);
        return;
      }
      const want = text.split('\n');
      const lines = got.split('\n');
      expect(lines.map(unnumbered)).toEqual(want.map(unnumbered));
      const numbered = want.filter((l) => /^\d{1,3}\. /.test(l)).length;
      const right = want.filter((l, i) => /^\d{1,3}\. /.test(l) && lines[i] === l).length;
      console.log(`${file} numbers in a run ${layout.numbers === 'first' ? 'before' : 'after'} the text: ${right}/${numbered} paragraph numbers placed right`);
      expect(right / numbered).toBeGreaterThanOrEqual(0.9);
    },
  );
});
