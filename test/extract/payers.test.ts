import { describe, expect, it } from 'vitest';
import { findPayer } from '../../src/extract/payers.js';
import { extractRemedy } from '../../src/extract/remedy.js';

const TWO = ['Exampleton County Council', 'Exampleton Borough Council'];

describe('findPayer: the body that pays, named before the amount', () => {
  it.each([
    ['Exampleton Borough Council has agreed to pay Mrs X', 'Exampleton Borough Council'],
    ['Exampleton County Council has agreed to pay Mrs X', 'Exampleton County Council'],
    ['the Borough Council should pay her', 'Exampleton Borough Council'],
    ['the County Council should pay Mrs X £2,000 and the Borough Council should pay her', 'Exampleton Borough Council'],
    ['Exampleton should pay her', null], // a first word two bodies share names neither
  ])('%s → %s', (before, payer) => {
    expect(findPayer(before, TWO)).toBe(payer);
  });

  it('a first word only one body has still names it', () => {
    expect(findPayer('Sampleford should pay her', ['Sampleford Borough Council', 'Exampleton County Council'])).toBe('Sampleford Borough Council');
  });

  it('two councils sharing a place name: each payment to its own payer, in either order', () => {
    for (const [a, b] of [TWO, [...TWO].reverse()]) {
      const sections = [
        { heading: 'Summary', paragraphs: [{ n: null, text: 'Mrs X complained about both councils. We found fault.' }] },
        { heading: 'Agreed action', paragraphs: [{ n: 10, text: `${a} will pay Mrs X £2,000 for the care she missed. ${b} will pay Mrs X £300 for her time and trouble.` }] },
      ];
      const r = extractRemedy(sections, { outcome: 'upheld', organisations: TWO });
      expect(r.payments.map((p) => [p.amountPence, p.payer])).toEqual([
        [200000, a],
        [30000, b],
      ]);
    }
  });
});
