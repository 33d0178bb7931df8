// Money remedies with no amount, read clause by clause: an amount-less refund that shares a sentence with a payment
// ("has refunded the payment and has paid Mrs X £30") is its own clause, whatever auxiliary the second verb takes.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { extractRemedy } from '../../src/extract/remedy.js';
import { sentencesOf } from '../../src/extract/sentences.js';
import { extractUnquantified } from '../../src/extract/unquantified.js';

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

/** A decision whose remedy statement is `agreed` (one paragraph each), with an optional body section. */
function upheldWith(agreed: string[], options: { summary?: string; body?: string[] } = {}) {
  const sections: Section[] = [
    { heading: 'Summary', paragraphs: [{ n: null, text: options.summary ?? 'Mrs X complained about Exampleton Borough Council. We found fault.' }] },
    ...(options.body ? [{ heading: 'What I found', paragraphs: options.body.map((text, i) => ({ n: 10 + i, text })) }] : []),
    { heading: 'Agreed action', paragraphs: agreed.map((text, i) => ({ n: 20 + i, text })) },
  ];
  return extractRemedy(sections, { outcome: 'upheld', organisations: ORGANISATIONS });
}

describe('a payment named as a noun needs no object', () => {
  it.each([
    ['The Council agreed to make a symbolic payment and apologise to remedy the injustice.', 'make a symbolic payment'],
    ['The Council has agreed to apologise and make a symbolic payment.', 'make a symbolic payment'],
    ['The Council should apologise, make a payment and send us an action plan.', 'make a payment'],
    ['To remedy the injustice, the Council will make a financial payment.', 'make a financial payment'],
    ['The Council agreed to make a symbolic payment to Mrs X.', 'make a symbolic payment to Mrs X'],
  ])('%j', (sentence, text) => {
    const r = upheldWith([sentence]);
    expect(r.payments).toEqual([]);
    expect(r.unquantified.map((u) => u.text)).toEqual([text]);
  });

  it.each([
    'The Council did not make a symbolic payment.',
    'Mrs X wants the Council to make a symbolic payment.',
    'The Council agreed that Mrs X would have to pay.',
    'The Council agreed it would pay.',
  ])('%j is no remedy', (sentence) => {
    expect(upheldWith([sentence]).unquantified).toEqual([]);
  });
});

describe('a proposal is a remedy, and the interest on a refund is part of it', () => {
  it.each([
    [
      'I proposed to the Council that it apologise to Mr A, refund the bailiff costs deducted from his compensation payment and pay him the interest that has accrued on this amount.',
      'refund the bailiff costs deducted from his compensation payment and pay him the interest that has accrued on this amount',
    ],
    ['I propose the Council refunds the storage charges it deducted and pays Mrs X the interest accrued on them.', 'refunds the storage charges it deducted and pays Mrs X the interest accrued on them'],
    ['We proposed that the Council reimburse her legal costs and pay her any interest due.', 'reimburse her legal costs and pay her any interest due'],
    ['I proposed the Council refund the bailiff costs, with interest, within one month.', 'refund the bailiff costs, with interest, within one month'],
  ])('%j', (sentence, text) => {
    const r = upheldWith([sentence]);
    expect(r.payments).toEqual([]);
    expect(r.unquantified.map((u) => u.text)).toEqual([text]);
  });

  it('interest that follows no refund is a remedy of its own', () => {
    expect(upheldWith(['The Council should pay Mrs X interest on the late grant.']).unquantified.map((u) => u.text)).toEqual(['pay Mrs X interest on the late grant']);
  });

  it('a figure the complainant paid for something else is not the refunded costs', () => {
    const r = upheldWith(
      ['I proposed to the Council that it refund the bailiff costs deducted from his compensation payment.', 'I proposed the Council pay Mr A £250 for his time and trouble.'],
      { summary: 'Mr A complained about Exampleton Borough Council. We found fault.', body: ['He says he paid £3,726 to his surveyor and solicitor himself and this was not reimbursed.'] },
    );
    expect(r.payments.map((p) => p.amountPence)).toEqual([25000]);
    expect(r.unquantified.map((u) => u.text)).toEqual(['refund the bailiff costs deducted from his compensation payment']);
  });
});

describe('in a closure, a refund the body has already made with no amount', () => {
  /** A closed decision: the Summary gives the agreed remedy, the assessment what the body did. */
  function closedAfter(did: string) {
    return extractRemedy(
      [
        { heading: 'Summary', paragraphs: [{ n: null, text: 'We will not investigate Miss X’s complaint about her council tax. This is because, at our invitation, the Council agreed to make a symbolic payment to Miss X.' }] },
        { heading: 'My assessment', paragraphs: [{ n: 6, text: did }] },
      ],
      { outcome: 'closed_after_initial_enquiries', organisations: ORGANISATIONS },
    );
  }

  it.each([
    ['The Council refunded the money it owed Miss X, leaving her account £399.17 in credit.', 'refunded the money it owed Miss X'],
    ['The Council refunded the money it owed Miss X.', 'refunded the money it owed Miss X'],
    ['It then repaid the charges Miss X had paid, which left her account £399.17 in credit.', 'repaid the charges Miss X had paid'],
    ['The Council reimbursed Miss X’s travel costs.', 'reimbursed Miss X’s travel costs'],
  ])('%j', (did, text) => {
    const r = closedAfter(did);
    expect(r.payments).toEqual([]);
    expect(r.unquantified.map((u) => u.text)).toEqual(['make a symbolic payment to Miss X', text]);
  });

  it.each([
    'Miss X was not refunded the money she paid.',
    'Miss X complained the Council refunded the money late.',
    'Mr Y refunded the deposit to his tenant.',
    'She refunded the deposit to her tenant.',
  ])('%j is not one', (did) => {
    expect(closedAfter(did).unquantified.map((u) => u.text)).toEqual(['make a symbolic payment to Miss X']);
  });

  it('outside a closure the body is not read for remedies', () => {
    const r = upheldWith(['The Council should apologise to Miss X.'], { body: ['The Council refunded the money it owed Miss X.'] });
    expect(r.unquantified).toEqual([]);
  });
});

describe('another item of the same list is another remedy', () => {
  it.each([
    'reimburse Mrs X’s travel expenses for the weeks she visited while the home was closed;',
    'backdate Mrs X’s benefit to the date of her first claim;',
  ])('a quantified refund beside %j does not account for it', (item) => {
    const r = upheldWith(['The Ombudsman recommended that the care provider:\n- repay the family the £6,500 which was incorrectly demanded from them;\n- ' + item + '\n- pay the family £500 for their distress.']);
    expect(r.payments.map((p) => p.amountPence)).toEqual([650000, 50000]);
    expect(r.unquantified.map((u) => u.text)).toEqual([item.replace(/;$/, '')]);
  });

  it('extractUnquantified reads "repay the amount due … for the period …" beside "repay … the £6,500"', () => {
    const sections: Section[] = [
      { heading: 'Summary', paragraphs: [{ n: null, text: 'A woman complained a care provider charged her father in law. We found fault.' }] },
      {
        heading: 'Recommendations',
        paragraphs: [
          { n: null, text: 'The Ombudsman recommended that the care provider:' },
          { n: null, text: 'repay the family the £6,500 which was incorrectly demanded from them;' },
          { n: null, text: 'repay the amount due to the family for the period when they paid the fees but the man was also funded by the NHS;' },
          { n: null, text: 'pay the family £500 for their distress.' },
        ],
      },
    ];
    const { payments } = extractRemedy(sections, { outcome: 'upheld', organisations: ['Exampleton Care Home'] });
    expect(payments.map((p) => p.amountPence)).toEqual([650000, 50000]);
    // (extractRemedy still drops it: remedy.ts leaves out any amount-less refund of "the amount"/"the fees" once a
    // refund has an amount, list item or not.)
    expect(extractUnquantified(sentencesOf(sections), payments, 'the family').map((u) => u.text)).toEqual([
      'repay the amount due to the family for the period when they paid the fees but the man was also funded by the NHS',
    ]);
  });

  it('the same refund told again in the Summary is accounted for by the quantified one', () => {
    const r = upheldWith(['The Council should:\n- reimburse Mrs X £320 for her travel expenses;\n- apologise to Mrs X.'], {
      summary: 'Mrs X complained about Exampleton Borough Council. We found fault. The Council agreed to reimburse Mrs X’s travel expenses and apologise.',
    });
    expect(r.payments.map((p) => p.amountPence)).toEqual([32000]);
    expect(r.unquantified).toEqual([]);
  });
});
