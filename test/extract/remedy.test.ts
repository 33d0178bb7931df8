import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { extractRemedy } from '../../src/extract/remedy.js';

/** A decision body: a Summary naming the complainant and an "Agreed action" section with the given paragraphs. */
function remedyOf(agreed: string[], options: { summary?: string; organisations?: string[]; extra?: Section[]; outcome?: 'upheld' | 'closed_after_initial_enquiries' } = {}) {
  const sections: Section[] = [
    { heading: 'Summary', paragraphs: [{ n: null, text: options.summary ?? 'Mrs X complained about the Council. We found fault.' }] },
    ...(options.extra ?? []),
    { heading: 'Agreed action', paragraphs: agreed.map((text, i) => ({ n: 20 + i, text })) },
  ];
  return extractRemedy(sections, { outcome: options.outcome ?? 'upheld', organisations: options.organisations ?? ['Westshire County Council'] });
}
const brief = (r: ReturnType<typeof remedyOf>) => r.payments.map((p) => [p.amountPence, p.status, p.payee]);

describe('payments: amounts, status and payee', () => {
  it.each([
    [
      'a breakdown counts once',
      ['The Council will pay her £1300 (£600 for the delay in the direct payments, £400 for the lack of communication and delays with SIS and £300 for the poor complaint handling).'],
      [[60000, 'recommended', 'Mrs X'], [40000, 'recommended', 'Mrs X'], [30000, 'recommended', 'Mrs X']],
    ],
    [
      'in addition to an offer already made',
      ['Pay Mrs X £100 for the distress caused by the Council’s fault. This is in addition to £50 offered by the Council for Mrs X’s time and trouble when pursuing her complaint.'],
      [[10000, 'recommended', 'Mrs X'], [5000, 'prior', 'Mrs X']],
    ],
    ['£300 each to two people', ['The Council should pay £300 each to Mr and Mrs Y for their distress.'], [[30000, 'recommended', 'Mr Y'], [30000, 'recommended', 'Mrs Y']]],
    ['each, payee first', ['The Council should pay Mr and Mrs Y £300 each to acknowledge their distress.'], [[30000, 'recommended', 'Mr Y'], [30000, 'recommended', 'Mrs Y']]],
    ['an increased offer counts at its new figure', ['The Council should increase its offer from £250 to £500 to recognise Mrs X’s distress.'], [[50000, 'recommended', 'Mrs X']]],
    ['a rate behind a total', ['Make a payment of £50 per month to recognise the frustration caused by the delay. A total of £100.'], [[10000, 'recommended', 'Mrs X']]],
    ['a rate for a period', ['The Council should pay Mrs X £50 a month for 6 months to recognise her lost respite.'], [[30000, 'recommended', 'Mrs X']]],
    ['a total with its rate in brackets', ['The Council should pay Mrs X £4,650 (£10 an hour for 465 hours) for the care she arranged herself.'], [[465000, 'recommended', 'Mrs X']]],
    ['a refund of a known charge', ['Within one month the Council should refund the £1,200 charged for care she did not receive.'], [[120000, 'recommended', 'Mrs X']]],
    ['money in words', ['The Council should pay two hundred pounds to Mrs X for her time and trouble.'], [[20000, 'recommended', 'Mrs X']]],
    ['a named payee', ['Pay Ms E a symbolic payment of £250 to recognise the uncertainty.'], [[25000, 'recommended', 'Ms E']]],
    ['the estate', ['The care home should pay the estate £1,000 to recognise the injustice to Mrs Y.'], [[100000, 'recommended', 'the estate']]],
    ['a sum already paid', ['The Council has already paid Mrs X £200, which we consider a suitable remedy for her time and trouble.'], [[20000, 'prior', 'Mrs X']]],
    [
      'a total comprising parts over several list items',
      ['pays Mrs X a total of £2,600 comprising of:', '£2,100 to recognise the avoidable distress;', '£400 to recognise the distress of living outside the area; and', '£100 to recognise her time and trouble.'],
      [[210000, 'recommended', 'Mrs X'], [40000, 'recommended', 'Mrs X'], [10000, 'recommended', 'Mrs X']],
    ],
    [
      'a breakdown whose first part is half the whole',
      ['Pay Mrs X £1,800 (£900 for the lost respite, £600 for her distress and £300 for her time and trouble).'],
      [[90000, 'recommended', 'Mrs X'], [60000, 'recommended', 'Mrs X'], [30000, 'recommended', 'Mrs X']],
    ],
    ['a list of separate sums', ['The Council should pay her £500 for the uncertainty, £3,000 for her child’s missed education and £100 for the frustration caused.'], [[50000, 'recommended', 'Mrs X'], [300000, 'recommended', 'Mrs X'], [10000, 'recommended', 'Mrs X']]],
  ])('%s', (_name, agreed, want) => {
    expect(brief(remedyOf(agreed))).toEqual(want);
  });

  it('a further sum bringing the total to a stated figure: the earlier offers are prior', () => {
    const r = remedyOf(['The Council has agreed to pay Mrs X a further £200, bringing the total to £1,800 after previous offers.']);
    expect(brief(r)).toEqual([[20000, 'recommended', 'Mrs X'], [160000, 'prior', 'Mrs X']]);
    expect([r.totalPence, r.recommendedPence]).toEqual([180000, 20000]);
  });

  it('an additional sum on top of an existing offer: both counted, one prior', () => {
    const r = remedyOf(['pay Mrs X an additional £500, to the £500 it has already offered, to acknowledge the distress and uncertainty caused;']);
    expect(brief(r)).toEqual([[50000, 'recommended', 'Mrs X'], [50000, 'prior', 'Mrs X']]);
    expect([r.totalPence, r.recommendedPence]).toEqual([100000, 50000]);
  });

  it('pay each of the neighbours: as many payments as complainants', () => {
    const r = remedyOf(['The council should apologise and pay each of the neighbours £250 for their time and trouble.'], {
      summary: 'Complaint from two men that the council allowed a large house next door.',
    });
    expect(r.payments.map((p) => [p.amountPence, p.payee])).toEqual([
      [25000, 'neighbour (1 of 2)'],
      [25000, 'neighbour (2 of 2)'],
    ]);
  });

  it('the same payment in the Summary and the Agreed action counts once, and a Summary whole gives way to its parts', () => {
    const r = remedyOf(['Pay Mrs X £600 for the delay and £400 for the poor communication.', 'Pay Mr Z £235 for his time and trouble.'], {
      summary: 'The Council has agreed to pay Mrs X £1,000 and Mr Z £235.',
    });
    expect(r.payments.map((p) => p.amountPence)).toEqual([60000, 40000, 23500]);
  });

  it('several bodies: each payment attributed to the body that pays it', () => {
    const r = remedyOf(['The County Council should pay Mrs X £2,000 and the Borough Council should pay her £300.'], {
      organisations: ['Demoshire County Council', 'Demoford Borough Council'],
    });
    expect(r.payments.map((p) => [p.amountPence, p.payer])).toEqual([
      [200000, 'Demoshire County Council'],
      [30000, 'Demoford Borough Council'],
    ]);
  });

  it('the purpose is normalised and its words kept', () => {
    const r = remedyOf([
      'Pay Mrs X £100 for her time and trouble.',
      'Pay Mrs X £250 to acknowledge the distress caused.',
      'Pay Mrs X £1,500 for the education her son missed.',
      'Refund Mrs X the £320 she paid for respite care.',
      'Pay Mrs X a symbolic payment of £50.',
    ]);
    expect(r.payments.map((p) => [p.purpose, p.purposeText])).toEqual([
      ['time_and_trouble', 'her time and trouble'],
      ['distress', 'the distress caused'],
      ['missed_provision', 'the education her son missed'],
      ['financial_loss', null],
      ['symbolic', 'symbolic payment'],
    ]);
  });

  it('every payment carries its evidence: section, paragraph and the sentence', () => {
    const r = remedyOf(['The Council should apologise to Mrs X.', 'Pay Mrs X £100 for her time and trouble. It should also review its procedures.']);
    expect(r.payments[0]!.evidence).toEqual({ section: 'Agreed action', paragraph: 21, quote: 'Pay Mrs X £100 for her time and trouble.' });
  });
});

describe('amounts that are not remedies are never counted', () => {
  it.each([
    ['a claim', 'Mrs X wants £5,000 compensation for the stress.'],
    ['a fee charged', 'The Council charged fees of £310 for the application.'],
    ['a fee paid by the complainant', 'Mr X started the application process and paid a £400 fee.'],
    ['what the complainant paid', 'In total he has paid £240 in charges.'],
    ['a percentage', 'The Council applied a 10% fee increase.'],
    ['a malformed figure', 'The Council offered the land to Mr Y for £200.000 without restriction of use.'],
    ['a refused grant', 'Miss X complains the Council refused her application for a £500 test and trace support payment.'],
    ['a benefit award', 'The bill showed the Council had awarded CTS of £939 and discretionary support of £117.'],
    ['a quoted cost', 'The builder quoted £3,500 for the repairs.'],
    ['a claimed loss', 'Mr X says his business lost out on £17,000 of rates relief.'],
    ['a range in guidance', 'Our guidance suggests a payment of between £100 and £300 for distress.'],
    ['a refund the complainant says is owed', 'Mr X complained the Council refunded £505.84 instead of the £577.84 overpayment he was due.'],
    ['a credit balance', 'The Council refunded the money it owed Miss X, leaving her account £399.17 in credit.'],
    ['a representative’s view', 'While Mr Y believes the Council should pay him £100 I am satisfied no more is needed.'],
  ])('%s', (_name, sentence) => {
    const r = remedyOf([], { extra: [{ heading: 'My assessment', paragraphs: [{ n: 5, text: sentence }] }], summary: `Mrs X complained. ${sentence}` });
    expect(r.payments).toEqual([]);
    expect(r.totalPence).toBe(0);
  });

  it('a waiver is reported apart, never as a payment', () => {
    const r = remedyOf(['The Council should waive outstanding fees of £181 and pay Mrs X £100 for her time and trouble.']);
    expect(brief(r)).toEqual([[10000, 'recommended', 'Mrs X']]);
    expect(r.waivedPence).toBe(18100);
  });
});

describe('money remedies with no amount', () => {
  it.each([
    ['reasonable legal costs', 'The Council should pay her reasonable legal costs.', 'pay her reasonable legal costs'],
    ['backdated payments', 'The Council will backdate its payments to March 2023.', 'backdate its payments to March 2023'],
    ['a symbolic payment with no figure', 'The Council agreed to make a symbolic payment to Mrs X.', 'make a symbolic payment to Mrs X'],
    ['an open-ended rate', 'The Council will pay her £150 a month from March 2023.', 'The Council will pay her £150 a month from March 2023.'],
  ])('%s', (_name, sentence, text) => {
    const r = remedyOf([sentence]);
    expect(r.payments).toEqual([]);
    expect(r.unquantified.map((u) => u.text)).toEqual([text]);
  });

  it('a generic "symbolic payment" in the Summary is the quantified one in the Agreed action, not another remedy', () => {
    const r = remedyOf(['Pay Mrs X £100 for the distress caused.'], { summary: 'The Council has agreed to apologise and make a symbolic payment to recognise Mrs X’s distress.' });
    expect(r.unquantified).toEqual([]);
    expect(r.totalPence).toBe(10000);
  });

  it('a refund that refers to a sum stated elsewhere is a payment of that sum', () => {
    const r = remedyOf([], {
      outcome: 'closed_after_initial_enquiries',
      summary: 'We will not investigate this complaint because the Council has agreed to refund Mr X’s payments.',
      extra: [{ heading: 'My assessment', paragraphs: [{ n: 4, text: 'In total he has paid £240.' }, { n: 5, text: 'The Council has agreed to refund the charges he paid.' }] }],
    });
    expect(r.payments.map((p) => [p.amountPence, p.status, p.purpose])).toEqual([[24000, 'prior', 'financial_loss']]);
    expect(r.unquantified).toEqual([]);
  });
});

describe('payees as the decision names them, in any word order', () => {
  const summaries = {
    letter: 'Mrs X complained about the Council. We found fault.',
    party: 'The woman complained the Council delayed her son’s support. We found fault.',
  };
  it.each([
    ['the teenager', ['The Council should pay the teenager £550 for the education he missed.', 'The Council should pay £550 to the teenager for the education he missed.'], [[55000, 'the teenager']]],
    ['the aunt and uncle', ['The Council will pay the aunt and uncle £850 to acknowledge their distress.', 'The Council will pay £850 to the aunt and uncle to acknowledge their distress.'], [[85000, 'the aunt and uncle']]],
    [
      'the first family, the second',
      ['The Council should pay the first family £300, the second £100 for their time and trouble.', 'The Council should pay the first family £300 and the second family £100 for their time and trouble.'],
      [[30000, 'the first family'], [10000, 'the second family']],
    ],
    ['the grandparents', ['Within one month, pay the grandparents £400 for the distress caused.', 'Within one month, pay £400 to the grandparents for the distress caused.'], [[40000, 'the grandparents']]],
  ])('%s', (_name, wordings, want) => {
    for (const w of wordings) {
      const r = remedyOf([w]);
      expect(r.payments.map((p) => [p.amountPence, p.payee]), w).toEqual(want);
    }
  });

  it('a pronoun is never the payee: the complainant as the decision names them', () => {
    const named = remedyOf(['The Council should pay her £250 for her distress.'], { summary: summaries.letter });
    expect(named.payments.map((p) => p.payee)).toEqual(['Mrs X']);
    const party = remedyOf(['The Council should pay her £250 for her distress.'], { summary: summaries.party });
    expect(party.payments.map((p) => p.payee)).toEqual(['the woman']);
    const nobody = remedyOf(['The Council should pay her £250 for her distress.'], { summary: 'The Council delayed a review. We found fault.' });
    expect(nobody.payments.map((p) => p.payee)).toEqual(['the complainant']);
  });
});

describe('wordings of money that is (and is not) a remedy, each in several forms', () => {
  const amounts = (agreed: string[]) => remedyOf(agreed).payments.map((p) => [p.amountPence, p.status]);
  it.each([
    ['back payments already made', ['The Council has already made £1,200 in back payments to Mrs X.', 'The Council has made back payments to Mrs X. It has already paid £1,200 in back payments.'], [[120000, 'prior']]],
    ['an invoice settled, its sum in the next sentence', ['The Council has agreed to settle the care home invoice for Mrs X’s respite. This is £2,345.', 'The Council should settle the care home’s invoice for Mrs X’s respite. The invoice comes to £2,345.'], [[234500, 'recommended']]],
    ['a refund of costs', ['The Council should refund Mrs X’s legal costs of £640.', 'The Council will refund the £640 legal costs Mrs X incurred.', 'The Council should reimburse Mrs X’s legal costs of £640.00.'], [[64000, 'recommended']]],
    ['a deposit returned', ['The Council should return Mrs X’s deposit of £500.', 'The Council should return the £500 deposit to Mrs X.', 'The Council will repay Mrs X’s £500 deposit.'], [[50000, 'recommended']]],
    ['a refund of fees paid to date', ['The Council should refund the fees paid to date (£780) within one month.', 'Within one month the Council should refund the £780 of fees paid to date.'], [[78000, 'recommended']]],
  ])('%s', (_name, wordings, want) => {
    for (const w of wordings) expect(amounts([w]), w).toEqual(want);
  });

  it.each([
    ['an offer used against arrears', 'The Council offered Mrs X £200 but used it to reduce her rent arrears.'],
    ['an offer set against a debt', 'The Council offered £200, which it then set against Mrs X’s council tax debt.'],
    ['instalments the complainant pays', 'Mrs X pays the Council instalments of £50 towards the debt.'],
    ['instalments agreed', 'The Council agreed that Mrs X could repay the overpayment in instalments of £50.'],
    ['a grant she missed out on', 'Mrs X says she missed out on a grant of £1,000.'],
    ['money she wants back', 'Mrs X wants the Council to give her back the £300 she paid.'],
  ])('not a remedy: %s', (_name, sentence) => {
    expect(amounts([sentence, 'The Council should pay Mrs X £100 for her distress.'])).toEqual([[10000, 'recommended']]);
  });
});

describe('confidence: certain, or what to check', () => {
  const confidenceOf = (agreed: string[], summary?: string) => remedyOf(agreed, summary ? { summary } : {}).payments.map((p) => [p.amountPence, p.confidence, p.checkReason]);
  it.each([
    ['a payment settled in its own sentence', ['The Council should pay Mrs X £250 for her distress.'], [[25000, 'certain', null]]],
    ['a payee named by the lead-in', ['Within one month the Council should apologise to Mrs X and pay £250 for her distress.'], [[25000, 'certain', null]]],
    ['a sum in the next sentence', ['The Council has agreed to settle the care home invoice for Mrs X’s respite. This is £2,345.'], [[234500, 'check', 'amount stated in the sentence after the payment']]],
    ['a rate times a period', ['The Council should pay Mrs X £50 a month for 6 months to recognise her lost respite.'], [[30000, 'check', 'amount worked out from a rate and a period']]],
  ])('%s', (_name, agreed, want) => {
    expect(confidenceOf(agreed)).toEqual(want);
  });

  it('no payee anywhere: the complainant is assumed, to check', () => {
    expect(confidenceOf(['The Council should pay £250 for the distress caused.'], 'The Council delayed a review. We found fault.')).toEqual([[25000, 'check', 'no payee named: the complainant assumed']]);
  });

  it('a payment read from the body, not the remedy statement, is to check', () => {
    const sections: Section[] = [
      { heading: 'Summary', paragraphs: [{ n: null, text: 'Mrs X complained about the Council. We found fault.' }] },
      { heading: 'What I found', paragraphs: [{ n: 5, text: 'In 2023 the Council paid Mrs X £200 to acknowledge her distress, which is a suitable remedy.' }] },
    ];
    const r = extractRemedy(sections, { outcome: 'upheld', organisations: ['Exampleton Borough Council'] });
    expect(r.payments.map((p) => [p.amountPence, p.status, p.confidence, p.checkReason])).toEqual([
      [20000, 'prior', 'check', 'read from the body text, not the remedy statement'],
    ]);
  });
});
