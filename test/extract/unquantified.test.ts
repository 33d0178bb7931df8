// Money remedies with no amount, read clause by clause: an amount-less refund that shares a sentence with a payment
// ("has refunded the payment and has paid Mrs X £30") is its own clause, whatever auxiliary the second verb takes.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { extractRemedy } from '../../src/extract/remedy.js';

const ORGANISATIONS = ['Exampleton Borough Council'];

/** A closed decision: the Summary says what the Council did; the assessment states the refunded payment's figure. */
function closedWith(did: string) {
  const sections: Section[] = [
    {
      heading: 'Summary',
      paragraphs: [{ n: null, text: `We will not investigate this complaint about the Council’s delay in refunding Mrs X’s payment for a parking permit. This is because the Council ${did} and this provides a suitable remedy for the complaint.` }],
    },
    { heading: 'My assessment', paragraphs: [{ n: 5, text: 'The Council acknowledges it delayed in refunding Mrs X’s payment of £80 but confirms it completed the refund in March.' }] },
  ];
  return extractRemedy(sections, { outcome: 'closed_after_initial_enquiries', organisations: ORGANISATIONS });
}

describe('an amount-less refund beside a payment in one sentence', () => {
  it.each([
    'has now refunded the payment and paid Mrs X £30',
    'has refunded the payment and has paid Mrs X £30',
    'has already refunded the payment and has already paid Mrs X £30',
    'has refunded the payment and has also paid Mrs X £30',
    'has refunded the payment and has now paid Mrs X £30',
    'has refunded the payment and had paid Mrs X £30',
    'has refunded the payment and has paid Mrs X thirty pounds',
  ])('"the Council %s": the £80 it refers to and the £30, both already paid', (did) => {
    const r = closedWith(did);
    expect(r.payments.map((p) => [p.amountPence, p.status]).sort()).toEqual([[3000, 'prior'], [8000, 'prior']]);
    expect(r.totalPence).toBe(11000);
  });

  it.each([
    ['The Council should refund her deposit and should pay Mrs X £100 for her distress.', 'refund her deposit'],
    ['The Council will refund her deposit and will pay Mrs X £100 for her distress.', 'refund her deposit'],
    ['The Council must refund her deposit and must also pay Mrs X £100 for her distress.', 'refund her deposit'],
    ['The Council should refund her deposit and pay Mrs X £100 for her distress.', 'refund her deposit'],
  ])('%j: the refund is an unquantified remedy of its own', (sentence, text) => {
    const r = extractRemedy(
      [
        { heading: 'Summary', paragraphs: [{ n: null, text: 'Mrs X complained about Exampleton Borough Council. We found fault.' }] },
        { heading: 'Agreed action', paragraphs: [{ n: 20, text: sentence }] },
      ],
      { outcome: 'upheld', organisations: ORGANISATIONS },
    );
    expect(r.payments.map((p) => [p.amountPence, p.status])).toEqual([[10000, 'recommended']]);
    expect(r.unquantified.map((u) => u.text)).toEqual([text]);
  });
});
