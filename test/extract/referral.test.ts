// A refund with no amount that refers to a sum stated elsewhere ("refund the charges he paid" … "In total he has paid
// £240") is a payment of that sum, whatever format the sum is written in.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { extractRemedy } from '../../src/extract/remedy.js';

/** A closed decision whose Summary says the body agreed to refund, and whose assessment states the figure. */
function closedRefund(refund: string, figure: string) {
  const sections: Section[] = [
    { heading: 'Summary', paragraphs: [{ n: null, text: 'We will not investigate this complaint because Exampleton Borough Council has agreed to refund Mr X’s payments.' }] },
    { heading: 'My assessment', paragraphs: [{ n: 4, text: figure }, { n: 5, text: refund }] },
  ];
  return extractRemedy(sections, { outcome: 'closed_after_initial_enquiries', organisations: ['Exampleton Borough Council'] });
}

describe('a refund of a sum stated elsewhere, in every amount format', () => {
  it.each([
    'In total he has paid £240.',
    'In total he has paid £240.00.',
    'In total he has paid 240 pounds.',
    'In total he has paid two hundred and forty pounds.',
    'In total, Mr X has paid two hundred and forty pounds.',
    'In total Mr X had paid a total of two hundred and forty pounds.',
  ])('%j', (figure) => {
    const r = closedRefund('The Council has agreed to refund the charges he paid.', figure);
    expect(r.payments.map((p) => [p.amountPence, p.status, p.purpose, p.evidence.quote])).toEqual([[24000, 'prior', 'financial_loss', figure]]);
    expect(r.unquantified).toEqual([]);
  });

  it.each([
    'The enforcement agent added an enforcement fee of £310 to the debt.',
    'The enforcement agent added an enforcement fee of three hundred and ten pounds to the debt.',
    'The enforcement agent added a £310 enforcement fee to the debt.',
    'The enforcement agent added a three hundred and ten pounds enforcement fee to the debt.',
  ])('the refunded thing named by its noun: %j', (figure) => {
    const r = closedRefund('The Council has agreed to refund the enforcement fees Mr X paid.', figure);
    expect(r.payments.map((p) => [p.amountPence, p.purpose])).toEqual([[31000, 'financial_loss']]);
  });

  it('a vague sum is no figure: the refund stays unquantified', () => {
    const r = closedRefund('The Council has agreed to refund the charges he paid.', 'In total he has paid several hundred pounds.');
    expect(r.payments).toEqual([]);
    expect(r.unquantified.map((u) => u.text)).toContain('refund the charges he paid');
  });
});
