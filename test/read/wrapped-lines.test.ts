// Text wrapped inside a sentence is one paragraph again, even where the next line starts with a capital: a line that
// ends on a word no sentence or heading ends with ("…agreed to pay Mr and" / "Mrs X £200 …") goes on. Headings,
// labels, list items and numbered paragraphs after such a line still stand alone.
import { describe, expect, it } from 'vitest';
import { parseDecision, readText } from '../../src/index.js';
import { moneyOf } from '../layouts/compare.js';

const HEAD = `Exampleton Borough Council (99 123 456)
Category : Housing > Allocations
Decision : Upheld
Decision date : 05 Feb 2024
The Ombudsman's final decision:
Summary: Mr and Mrs X complained the Council delayed their housing application. We found fault.
The complaint
  1. Mr and Mrs X complained the Council took too long to decide their application.
Agreed action`;

/** Payment sentences as decisions write them: payees, the body and names after articles, titles and verbs. */
const SENTENCES = [
  'In recognition of the injustice caused by these faults, the Council has agreed to pay Mr and Mrs X £200 and said it will provide evidence of service improvements.',
  'Within one month of the final decision, the Council will apologise to Mrs X and pay Mrs X £300 for the distress caused by the delay.',
  'The Council has already paid Mr and Mrs X £150 for their time and trouble, which is a suitable remedy.',
  'This is because the Council has refunded the deposit and paid Mr X an additional £30 for the delay.',
];

const decisionWith = (paragraph: string): string => `${HEAD}\n  2. ${paragraph}\nFinal decision\n  3. I have completed my investigation.`;

/** The text with a line break at every space, one at a time, except inside a run of capitalised words (a name). */
function everyWrap(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const before = text.slice(0, i).split(' ').at(-1)!;
    const after = text.slice(i + 1).split(' ')[0]!;
    if (/^[A-Z]/.test(before) && /^[A-Z]/.test(after) && !/^(?:Mr|Mrs|Ms|Miss|The)$/.test(before)) continue;
    out.push(`${text.slice(0, i)}\n${text.slice(i + 1)}`);
  }
  return out;
}

describe('a sentence wrapped at any word is one paragraph with the same payments', () => {
  it.each(SENTENCES)('%j', async (sentence) => {
    const original = await parseDecision(decisionWith(sentence));
    const want = moneyOf(original);
    expect(original.remedy.payments.length).toBeGreaterThan(0);
    const wraps = everyWrap(sentence);
    expect(wraps.length).toBeGreaterThan(15);
    for (const wrapped of wraps) {
      const d = await parseDecision(decisionWith(wrapped));
      expect(moneyOf(d), JSON.stringify(wrapped)).toBe(want);
      expect(d.sections.map((s) => s.paragraphs.map((p) => p.text)), JSON.stringify(wrapped)).toEqual(original.sections.map((s) => s.paragraphs.map((p) => p.text)));
    }
  });
});

/** The paragraphs (and headings, marked #) readText makes of a body. */
function blocksOf(body: string): string[] {
  return readText(`${HEAD}\n${body}`).sections.slice(2).flatMap((s) => [`# ${s.heading}`, ...s.paragraphs.map((p) => (p.n === null ? p.text : `${p.n}. ${p.text}`))]);
}

describe('the line after one that stops mid-sentence', () => {
  it.each([
    ['"and" before a name', 'The Council will pay Mr and\nMrs X £200.', 'The Council will pay Mr and Mrs X £200.'],
    ['a title before its letter', 'The Council paid Mr\nX £30.', 'The Council paid Mr X £30.'],
    ['"the" before the body', 'Mrs X wrote to the\nCouncil in March.', 'Mrs X wrote to the Council in March.'],
    ['"The" that starts a sentence', 'The Council agreed. The\nCouncil paid her £100.', 'The Council agreed. The Council paid her £100.'],
    ['a preposition', 'Mrs X complained to\nExampleton Borough Council in May.', 'Mrs X complained to Exampleton Borough Council in May.'],
    ['a comma', 'In recognition of the delay,\nExampleton Borough Council will pay her £100.', 'In recognition of the delay, Exampleton Borough Council will pay her £100.'],
    ['a payment verb', 'The Council agreed to pay\nMrs X £100.', 'The Council agreed to pay Mrs X £100.'],
    ['a conjunction', 'I found fault because\nExampleton Borough Council delayed.', 'I found fault because Exampleton Borough Council delayed.'],
    ['an auxiliary', 'The Council should\nApologise to Mrs X.', 'The Council should Apologise to Mrs X.'],
  ])('joins after %s', (_name, body, paragraph) => {
    expect(blocksOf(`  2. ${body}`)).toEqual(['# Agreed action', `2. ${paragraph}`]);
  });

  it.each([
    ['a known heading', 'The Council will pay Mrs X £100 and\nFinal decision\n  3. I have completed my investigation.', ['# Agreed action', '2. The Council will pay Mrs X £100 and', '# Final decision', '3. I have completed my investigation.']],
    ['a numbered paragraph', 'The Council will pay Mrs X £100 to\n  3. The Council agreed.', ['# Agreed action', '2. The Council will pay Mrs X £100 to', '3. The Council agreed.']],
    ['a bullet item', 'The Council will, within one month,\n- Apologise to Mrs X.\n- Pay Mrs X £100.', ['# Agreed action', '2. The Council will, within one month,', 'Apologise to Mrs X.', 'Pay Mrs X £100.']],
    ['a list item that ends "; and"', 'The Council should:\nApologise to Mrs X; and\nPay Mrs X £100.', ['# Agreed action', '2. The Council should:', 'Apologise to Mrs X; and', 'Pay Mrs X £100.']],
    ['a label that ends with a capital "A"', 'See the plan at Appendix A\nThe Council agreed.', ['# Agreed action', '2. See the plan at Appendix A', 'The Council agreed.']],
    ['a line that ends a sentence', 'The Council agreed to pay.\nMrs X accepted.', ['# Agreed action', '2. The Council agreed to pay.', 'Mrs X accepted.']],
    ['a blank line', 'The Council agreed to pay the\n\nCouncil tax was due.', ['# Agreed action', '2. The Council agreed to pay the', 'Council tax was due.']],
  ])('does not join %s', (_name, body, want) => {
    expect(blocksOf(`  2. ${body}`)).toEqual(want);
  });

  it.each([
    ['Apologise to Mrs X; and', 'Pay Mrs X £100.'],
    ['The Council agreed to pay the', 'Mrs X accepted.'],
  ])('a short capitalised line that ends mid-sentence is not a heading: %j', (line, next) => {
    const blocks = blocksOf(`  2. The Council should:\n${line}\n${next}`);
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['# Agreed action']);
  });

  it('names in "Key to names used" stay one a line', () => {
    expect(readText(`${HEAD}\n  2. The Council agreed.\nKey to names used\nMr X The complainant\nMrs X His wife`).sections.at(-1)).toEqual({
      heading: 'Key to names used',
      paragraphs: [{ n: null, text: 'Mr X The complainant' }, { n: null, text: 'Mrs X His wife' }],
    });
  });
});
