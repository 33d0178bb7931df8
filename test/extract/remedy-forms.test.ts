// One meaning, many forms (issue 14): each remedy rule learnt from a real decision is checked on invented decisions
// that say the same thing in other words, another number format, bullet or prose, the payee before or after the
// amount — and every form must give the same payments. A form that means something else is checked beside them.
import { describe, expect, it } from 'vitest';
import { parseInvented, paymentsOf, type InventedDecision } from './invented-decision.js';

type Payments = [number, string, string | null][];

/** Every form must give `want`. */
function forms(name: string, want: Payments, cases: Readonly<Record<string, InventedDecision>>): void {
  describe(name, () => {
    it.each(Object.entries(cases))('%s', async (_form, d) => {
      expect(paymentsOf(await parseInvented(d))).toEqual(want);
    });
  });
}

const FOUND = 'What I found';
const AGREED = 'Agreed action';
const CLOSURE = 'Closed after initial enquiries';

forms('a lead-in paragraph’s agreement carries to the list items after it', [[100000, 'recommended', 'Mrs X']], {
  'prose, one paragraph': {
    summary: 'Mrs X complained about the Council’s delay. We found fault. The Council agreed to our recommendations. This included an apology and a £1,000 payment to Mrs X for her distress.',
    sections: {},
  },
  'the item as a bullet after the Summary': {
    summary: 'Mrs X complained about the Council’s delay. We found fault. The Council agreed to our recommendations.\n- This included an apology and a £1,000 payment to Mrs X for her distress.',
    sections: {},
  },
  'numbered paragraphs in the body, amount in words': {
    summary: 'Mrs X complained about the Council’s delay. We found fault.',
    sections: { [FOUND]: ['The Council accepted our recommendations.', 'These included an apology and one thousand pounds to recognise the distress Mrs X suffered.'] },
  },
  'the cue in the lead-in, payee named before': {
    summary: 'Mrs X complained about the Council’s delay. We found fault. To remedy the injustice to Mrs X, the Council accepted our recommendations.\n- It included a payment of £1000.00 for her distress.',
    sections: {},
  },
});

forms('an additional sum after a pay verb in the simple past stays prior', [[3000, 'prior', 'Mr Y'], [8000, 'prior', 'Mr Y']], {
  'simple past, payee first': {
    summary: 'We will not investigate Mr Y’s complaint about a parking penalty. This is because the Council refunded the £80 payment and paid Mr Y an additional £30 and this provides a suitable remedy.',
    sections: {},
    outcome: CLOSURE,
  },
  'has … and has …': {
    summary: 'We will not investigate Mr Y’s complaint about a parking penalty. This is because the Council has refunded the £80 payment and has paid Mr Y an additional £30 and this provides a suitable remedy.',
    sections: {},
    outcome: CLOSURE,
  },
  'simple past, payee after, pence': {
    summary: 'We will not investigate Mr Y’s complaint about a parking penalty. This is because the Council refunded the £80.00 payment and paid an additional £30.00 to Mr Y, which provides a suitable remedy.',
    sections: {},
    outcome: CLOSURE,
  },
  'two sentences, "also paid", "extra"': {
    summary: 'We will not investigate Mr Y’s complaint about a parking penalty. The Council refunded the £80 payment. It also paid Mr Y an extra £30 and this provides a suitable remedy.',
    sections: {},
    outcome: CLOSURE,
  },
});

forms('… and a new additional sum agreed now is recommended', [[3000, 'recommended', 'Mr Y']], {
  'will pay an additional': {
    summary: 'Mr Y complained about a parking penalty. We found fault.',
    sections: { [AGREED]: ['The Council will refund the penalty and pay Mr Y an additional £30 for his time and trouble.'] },
  },
  'agreed to pay an additional, payee after': {
    summary: 'Mr Y complained about a parking penalty. We found fault.',
    sections: { [AGREED]: ['The Council has agreed to pay an additional £30 to Mr Y for his time and trouble.'] },
  },
});

const NEIGHBOURS = 'Mr Y and Mr Z, two neighbours, complained the Council allowed a large extension next door. We found fault.';
forms('"each of the neighbours": one payment per neighbour, the payee before or after the amount', [
  [25000, 'recommended', 'neighbour (1 of 2)'],
  [25000, 'recommended', 'neighbour (2 of 2)'],
], {
  'pay each of the neighbours £250': { summary: NEIGHBOURS, sections: { [AGREED]: ['The Council should pay each of the neighbours £250 for their time and trouble.'] } },
  'pay £250 to each of the neighbours': { summary: NEIGHBOURS, sections: { [AGREED]: ['The Council should pay £250 to each of the neighbours for their time and trouble.'] } },
  'pay £250.00 to each of the two neighbours, bullet': {
    summary: NEIGHBOURS,
    sections: { [AGREED]: ['Within one month the Council should:\n- apologise; and\n- pay £250.00 to each of the two neighbours for their time and trouble.'] },
  },
  'pay each of the neighbours two hundred and fifty pounds': {
    summary: NEIGHBOURS,
    sections: { [AGREED]: ['The Council should pay each of the neighbours two hundred and fifty pounds for their time and trouble.'] },
  },
});

/** A closure whose own remedy names no sum, so its body is read (where money the complainant paid was once counted). */
const closureWith = (body: string): InventedDecision => ({
  summary: 'We will not investigate Mr X’s complaint about enforcement action for council tax. This is because the Council has agreed to apologise and this is a suitable remedy.',
  sections: { 'The complaint': ['Mr X complained the Council passed his council tax debt to enforcement agents.'], 'My assessment': [body] },
  outcome: CLOSURE,
});
forms('money the complainant paid or was charged is never a remedy, in any wording', [], {
  'had to pay': closureWith('Mr X had to pay £130 because of this, which is a suitable remedy to consider.'),
  'had to pay, words, a noun after': closureWith('He says the Council’s actions caused him stress and he had to pay one hundred and seventeen pounds and fifty pence summons costs.'),
  'was required to pay, pence': closureWith('Mr X was required to pay £130.00 before the remedy was agreed.'),
  'a verb joined by "and paid"': closureWith('Mr X set up a payment plan and paid £270 in January, which the Council accepts is a suitable remedy.'),
  '"She" at the sentence start': closureWith('She paid £400 for a private report. The apology is a suitable remedy.'),
  '"He has already paid a total of"': closureWith('He has already paid a total of £240. The apology is a suitable remedy.'),
  '"was charged a total of"': closureWith('Mr X was charged a total of £310 in enforcement fees. The apology is a suitable remedy.'),
});

forms('"£80 of the £160": the second amount is the sum the first is part of', [[8000, 'prior', 'Mr X']], {
  'refunded £80 of the £160 penalty charge': closureWith('In response to our enquiries, the Council confirmed it has already refunded £80 of the £160 penalty charge Mr X had paid, a suitable remedy.'),
  'out of, pence': closureWith('The Council has already refunded £80.00 out of the £160.00 Mr X paid, a suitable remedy.'),
  'payee first, possessive': closureWith('The Council has already refunded Mr X £80 of his £160 penalty charge, which is a suitable remedy.'),
});

forms('… while money the body paid, in the same place, is counted (the body is read)', [[13000, 'prior', 'Mr X']], {
  'the Council paid': closureWith('The Council paid Mr X £130 to remedy the distress, which is a suitable remedy.'),
  'it has paid, words': closureWith('It has paid Mr X one hundred and thirty pounds to remedy the distress.'),
});

/** A decision whose Agreed action is the given paragraph. */
const agreed = (summary: string, paragraph: string): InventedDecision => ({ summary, sections: { [AGREED]: [paragraph] } });
const MOTHER = 'Mrs X complained about the Council’s delay in arranging her mother’s care. We found fault.';
const ESTATE = 'Mrs X complained about the care the Council arranged for her late mother, Mrs Y. We found fault.';
const COUPLE = 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.';

forms('a party named through a person is the payee: "Miss X’s son"', [[100000, 'recommended', 'Miss X’s son']], {
  'payee first': agreed('Miss X complained about her son’s school transport. We found fault.', 'The Council should also pay Miss X’s son £1000 to recognise the uncertainty he has been caused.'),
  'payee after, pence': agreed('Miss X complained about her son’s school transport. We found fault.', 'The Council should pay £1,000.00 to Miss X’s son to recognise the uncertainty he has been caused.'),
  'bullet, words': agreed('Miss X complained about her son’s school transport. We found fault.', 'The Council should:\n- apologise to Miss X; and\n- pay Miss X’s son one thousand pounds to recognise his uncertainty.'),
});

forms('"Mr X and Y £200 each": one payment to each', [[20000, 'recommended', 'Mr X'], [20000, 'recommended', 'Y']], {
  'payees first': agreed('Mr X complained for himself and his son Y about school transport. We found fault.', 'The Council should pay Mr X and Y £200 each for their avoidable distress.'),
  'each to, after': agreed('Mr X complained for himself and his son Y about school transport. We found fault.', 'The Council should pay £200 each to Mr X and Y for their avoidable distress.'),
  'words': agreed('Mr X complained for himself and his son Y about school transport. We found fault.', 'The Council should pay Mr X and Y two hundred pounds each for their avoidable distress.'),
});

forms('money for an estate goes to the estate, however it is worded', [[240000, 'recommended', 'Mrs Y’s estate']], {
  'refund the estate the sum': agreed(ESTATE, 'The Council will refund Mrs Y’s estate the £2,400 in care charges.'),
  'the sum in charges to the estate': agreed(ESTATE, 'The Council will refund the £2,400 in care charges to Mrs Y’s estate.'),
  'to the estate, no comma': agreed(ESTATE, 'Within one month the Council will:\n- apologise to Mrs X; and\n- refund £2400 to Mrs Y’s estate.'),
  'pay the estate, pence': agreed(ESTATE, 'The Council will pay Mrs Y’s estate £2,400.00 for the care charges it should not have made.'),
});

forms('a provider paid on the complainant’s behalf is the payee, by its name', [[210000, 'recommended', 'Samplebank Care Ltd']], {
  'in apposition': agreed(MOTHER, 'The Council will pay the care provider, Samplebank Care Ltd, £2,100 for the care it gave Mrs X’s mother.'),
  'by name, payee first': agreed(MOTHER, 'The Council will pay Samplebank Care Ltd £2,100 for the care it gave Mrs X’s mother.'),
  'by name, after': agreed(MOTHER, 'The Council will pay £2,100 to Samplebank Care Ltd for the care it gave Mrs X’s mother.'),
  'directly, no comma': agreed(MOTHER, 'The Council will pay £2100 directly to Samplebank Care Ltd for the care it gave Mrs X’s mother.'),
});

forms('a care home whose invoice is settled is the payee', [[135000, 'recommended', 'the care home']], {
  'settle the invoice from the care home': agreed(MOTHER, 'The Council will settle the £1,350 invoice from the care home for Mrs X’s mother’s respite stay, so Mrs X does not have to pay it.'),
  'pay to the care home': agreed(MOTHER, 'Within one month, the Council will pay £1,350 to the care home for Mrs X’s mother’s respite stay, so Mrs X does not have to pay the invoice.'),
  'pay the care home, words': agreed(MOTHER, 'The Council will pay the care home one thousand three hundred and fifty pounds for Mrs X’s mother’s respite stay.'),
  'settle the care home’s invoice of': agreed(MOTHER, 'The Council will settle the care home’s invoice of £1350 for Mrs X’s mother’s respite stay.'),
});

forms('two people paid in one sentence: each amount to its own payee', [[20000, 'recommended', 'Mr X'], [30000, 'recommended', 'Mrs X']], {
  'payees first, purposes between': agreed(COUPLE, 'The Council will pay Mrs X £300 for her distress and Mr X £200 for his time and trouble.'),
  'payees after': agreed(COUPLE, 'The Council will pay £300 to Mrs X and £200 to Mr X for their distress.'),
  'payees first, comma': agreed(COUPLE, 'The Council will pay Mrs X £300.00 for her distress, and Mr X £200.00 for his time and trouble.'),
  'one bullet each': agreed(COUPLE, 'Within one month the Council will:\n- pay Mrs X £300 for her distress; and\n- pay Mr X £200 for his time and trouble.'),
});

/** Every form must give `payments` and exactly the unquantified remedies matching `unquantified`, each to its payee. */
function unquantifiedForms(name: string, want: { payments: Payments; unquantified: readonly [RegExp, string][] }, cases: Readonly<Record<string, InventedDecision>>): void {
  describe(name, () => {
    it.each(Object.entries(cases))('%s', async (_form, d) => {
      const decision = await parseInvented(d);
      expect(paymentsOf(decision)).toEqual(want.payments);
      const got = decision.remedy.unquantified;
      expect(got.length, got.map((u) => u.text).join(' | ')).toBe(want.unquantified.length);
      want.unquantified.forEach(([text, payee], k) => {
        expect(got[k]!.text).toMatch(text);
        expect(got[k]!.payee).toBe(payee);
      });
    });
  });
}

const MR_D = 'Mr D complained the Council delayed assessing his needs. We found fault.';
unquantifiedForms('"make him a symbolic payment": an unquantified remedy, whoever stands between verb and noun', { payments: [], unquantified: [[/symbolic payment/, 'Mr D']] }, {
  'pronoun, in a list of actions': agreed(MR_D, 'The Council has agreed to apologise to Mr D, make him a symbolic payment, assess his needs; and provide him with a personal budget.'),
  'the person by name': agreed(MR_D, 'The Council has agreed to make Mr D a symbolic payment and assess his needs.'),
  'bullets': agreed(MR_D, 'The Council has agreed to:\n- apologise to Mr D;\n- make him a symbolic payment; and\n- assess his needs.'),
  'payee after the noun': agreed(MR_D, 'The Council has agreed to make a symbolic payment to Mr D and assess his needs.'),
});

const FAMILY = 'Mrs X complained the care home charged her family for her mother’s care when the NHS was funding it. We found fault.';
unquantifiedForms('another item of the same list is a separate refund, though a refund beside it has a figure', {
  payments: [[50000, 'recommended', 'Mrs X'], [650000, 'recommended', 'Mrs X']],
  unquantified: [[/^repay the amount due/, 'Mrs X']],
}, {
  'bullets': agreed(FAMILY, 'The Council should:\n- repay Mrs X the £6,500 which was wrongly demanded;\n- repay the amount due for the period she paid fees while her mother was also funded by the NHS; and\n- pay Mrs X £500 for her distress.'),
  'one sentence, items apart by ";"': agreed(FAMILY, 'The Council should repay Mrs X the £6,500 which was wrongly demanded; repay the amount due for the period she paid fees while her mother was also funded by the NHS; and pay Mrs X £500 for her distress.'),
  'bullets, words and no comma': agreed(FAMILY, 'The Council should:\n- repay Mrs X six thousand five hundred pounds which was wrongly demanded;\n- repay the amount due for the period she paid fees while her mother was also funded by the NHS; and\n- pay Mrs X £500.00 for her distress.'),
});

unquantifiedForms('… while another wording of the same refund is not a second remedy', { payments: [[24000, 'recommended', 'Mrs X']], unquantified: [] }, {
  'Summary and Agreed action': {
    summary: 'Mrs X complained the Council charged her for care she did not receive. We found fault. The Council agreed to refund the charges.',
    sections: { [AGREED]: ['The Council will refund Mrs X the £240 she paid for care she did not receive.'] },
  },
});

/** A closure whose Summary gives the body's agreement. */
const closedBecause = (because: string): InventedDecision => ({
  summary: `We will not investigate Mr X’s complaint about a penalty charge notice. This is because ${because}`,
  sections: { 'The complaint': ['Mr X complains the Council failed to refund his payment for a penalty charge notice.'] },
  outcome: 'Upheld',
});
forms('in a closure, a sum the body agreed to pay for the injustice is agreed in response to us: recommended', [[10000, 'recommended', 'Mr X']], {
  'agreed to apologise and pay him': closedBecause('the Council has agreed to apologise to Mr X and pay him £100 and this provides a suitable remedy for his injustice.'),
  'agreed to pay, payee after, pence': closedBecause('the Council has agreed to pay £100.00 to Mr X, which is a suitable remedy.'),
  'agreed to make a payment, words': closedBecause('the Council agreed to make a payment of one hundred pounds to Mr X and this is a suitable remedy.'),
});
forms('… while a refund it agreed to make itself is prior (the labels’ refund convention)', [[24000, 'prior', 'Mr X']], {
  'agreed to refund his payment of': closedBecause('the Council has agreed to refund Mr X’s payment of £240 and this is a suitable remedy.'),
  'agreed to cancel and refund, payee after': closedBecause('the Council has agreed to cancel the notice and refund £240.00 to Mr X, which is a suitable remedy.'),
});

/** A closure for the given reason, whose assessment tells of a refund the body made. */
const closedFor = (reason: string, refund: string): InventedDecision => ({
  summary: `We will not investigate this complaint about a council tax charge. This is because ${reason}`,
  sections: { 'The complaint': ['Mr X complained the Council charged him council tax he did not owe.'], 'My assessment': [refund] },
  outcome: CLOSURE,
});
forms('in a decision resting on no fault or no injustice, a refund the body made is an account correction, not a remedy', [], {
  'insufficient evidence of injustice': closedFor('there is insufficient evidence of injustice.', 'The Council refunded £92 which was the amount due after the council tax had been revised.'),
  'insufficient evidence of fault, payee first, pence': closedFor('there is insufficient evidence of fault by the Council.', 'It confirms it has refunded Mr X £139.00 for the charge that was revoked, this being the difference.'),
  'the evidence shows no fault, words': closedFor('the evidence shows the Council was not at fault.', 'The Council repaid ninety-two pounds to Mr X once it revised the bill.'),
});
forms('… while a refund that is the reason the complaint is closed stays a prior payment', [[9200, 'prior', 'Mr X']], {
  'refunded, a suitable remedy': closedFor('the Council has refunded the £92 it owed Mr X and this provides a suitable remedy.', 'The Council revised the bill in May.'),
});

const closedOffered = (complaint: string): InventedDecision => ({
  summary: `We will not investigate Mr X’s complaint that ${complaint}. This is because the Council has offered to refund Mr X the extra amount he paid and we cannot add to this.`,
  sections: {},
  outcome: CLOSURE,
});
unquantifiedForms('what a complaint says was paid is not a remedy; the refund offered is', { payments: [], unquantified: [[/^refund Mr X the extra amount/, 'Mr X']] }, {
  'missed out on paying': closedOffered('he missed out on paying a reduced penalty charge due to a delay in him receiving a notice'),
  'made him pay': closedOffered('the Council made him pay the full penalty charge because its notice was late'),
});

unquantifiedForms('arrears paid after backdating are the backdating’s amount: one payment, no further remedy', { payments: [[182000, 'recommended', 'Mrs X']], unquantified: [] }, {
  'backdate, then pay her the arrears of': agreed(MOTHER, 'The Council will backdate Mrs X’s direct payments to 1 April 2024 and pay her the arrears of £1,820.'),
  'pay the person the arrears, words': agreed(MOTHER, 'The Council will backdate Mrs X’s direct payments to April 2024 and pay Mrs X the arrears of one thousand eight hundred and twenty pounds.'),
});
