// Guidance wordings, part 2: money returned or owed (refunds, backdating, estates, third parties, rates with totals,
// earlier offers, money already paid, waivers, ranges quoted) and several payees.
import { EDU, ESTATE, X, Y, type Shapes } from './case.js';

export const MONEY_SHAPES: Shapes = {
  'refund and reimbursement': {
    'refund Mrs X the £N she paid': {
      summary: X,
      remedy: ['The Council will refund Mrs X the £640 she paid for home care visits that did not take place.'],
      pay: [[64000, 'Mrs X', 'recommended']],
    },
    'reimburse, pence': {
      summary: Y,
      remedy: ['The Council will reimburse Mr Y £85.50 for the replacement bin he had to buy.'],
      pay: [[8550, 'Mr Y', 'recommended']],
    },
    'repay, no comma, payee after': {
      summary: X,
      remedy: ['The Council will repay the £1250 in respite charges to Mrs X.'],
      pay: [[125000, 'Mrs X', 'recommended']],
    },
  },
  'backdating': {
    'the sum the backdated claim would have paid': {
      summary: Y,
      remedy: ['The Council will pay Mr Y £912, the housing benefit he would have received had his claim been backdated to June 2023.'],
      pay: [[91200, 'Mr Y', 'recommended']],
    },
    'backdating with no amount': {
      summary: X,
      remedy: ['The Council will backdate the disability-related expenditure allowance to March 2023 and refund any charges Mrs X overpaid.'],
      pay: [],
      unquantified: 1,
    },
    'backdate, then pay her the arrears of £N': {
      summary: X,
      remedy: ['The Council will backdate Mrs X’s direct payments to 1 April 2024 and pay her the arrears of £1,820.'],
      pay: [[182000, 'Mrs X', 'recommended']],
    },
    'pay the person £N in arrears, words': {
      summary: Y,
      remedy: ['Within one month the Council will:\n- backdate Mr Y’s direct payments to April 2024; and\n- pay Mr Y one thousand eight hundred and twenty pounds in arrears.'],
      pay: [[182000, 'Mr Y', 'recommended']],
    },
    'rent arrears she owes are not a payment': {
      summary: X,
      found: ['Mrs X had rent arrears of £1,820 when she moved, which she is repaying.'],
      remedy: ['The Council will pay Mrs X £250 for her distress.'],
      pay: [[25000, 'Mrs X', 'recommended']],
      not: [182000],
    },
  },
  'payment to an estate': {
    'amount first, to Mrs Y’s estate': {
      summary: ESTATE,
      remedy: ['The Council will pay £500 to Mrs Y’s estate to acknowledge the distress Mrs Y suffered before her death.'],
      pay: [[50000, /estate/, 'recommended']],
    },
    'the estate of the late Mr Z, payee first': {
      summary: 'Ms W complained about the care the Council arranged for her late father, Mr Z. We found fault.',
      remedy: ['The Council will pay the estate of the late Mr Z £750 in recognition of the injustice he suffered.'],
      pay: [[75000, /estate/, 'recommended']],
    },
    'refund to the estate of Mrs Y, amount first': {
      summary: ESTATE,
      remedy: ['The Council will refund £2,400 to the estate of Mrs Y.'],
      pay: [[240000, /estate/, 'recommended']],
    },
    'refund the estate the sum (possessive payee first)': {
      summary: ESTATE,
      remedy: ['The Council will refund Mrs Y’s estate the £2,400 in care charges.'],
      pay: [[240000, 'Mrs Y’s estate', 'recommended']],
    },
    'bullets: to the estate after "in care charges", and to Mrs X': {
      summary: ESTATE,
      remedy: ['Within one month the Council will:\n- refund the £2,400 in care charges to Mrs Y’s estate; and\n- pay Mrs X £250 for her distress.'],
      pay: [[240000, 'Mrs Y’s estate', 'recommended'], [25000, 'Mrs X', 'recommended']],
    },
  },
  'payment to a third party (care provider)': {
    'payee first, "the care home"': {
      summary: X,
      remedy: ['The Council will pay the care home £900 to clear the top-up fees for Mrs X’s mother.'],
      pay: [[90000, 'the care home', 'recommended']],
    },
    'amount first, to "the care home"': {
      summary: X,
      remedy: ['Within one month, the Council will pay £1,350 to the care home for Mrs X’s mother’s respite stay, so Mrs X does not have to pay the invoice.'],
      pay: [[135000, 'the care home', 'recommended']],
    },
    'the care provider named in apposition': {
      summary: X,
      remedy: ['The Council will pay the care provider, Samplebank Care Ltd, £2,100 for the care it gave Mrs X’s mother between May and July 2024.'],
      pay: [[210000, 'Samplebank Care Ltd', 'recommended']],
    },
    'the provider by its name, payee first': {
      summary: X,
      remedy: ['The Council will pay Samplebank Care Ltd £2,100 for the care it gave Mrs X’s mother.'],
      pay: [[210000, 'Samplebank Care Ltd', 'recommended']],
    },
    'directly to the home by its name': {
      summary: X,
      remedy: ['The Council will pay £900 directly to Sunnyside Lodge to clear the top-up fees for Mrs X’s mother.'],
      pay: [[90000, 'Sunnyside Lodge', 'recommended']],
    },
    'settle the invoice from the care home': {
      summary: X,
      remedy: ['The Council will settle the £1,350 invoice from the care home for Mrs X’s mother’s respite stay, so Mrs X does not have to pay it.'],
      pay: [[135000, 'the care home', 'recommended']],
    },
  },
  'a rate per week or month with its total': {
    'weekly rate, then "£N in total"': {
      summary: X,
      remedy: ['The Council will pay Mrs X £25 a week for the 12 weeks she was without a working hoist, £300 in total.'],
      pay: [[30000, 'Mrs X', 'recommended']],
      not: [2500],
    },
    'total first, rate and months in brackets': {
      summary: Y,
      remedy: ['The Council will pay Mr Y £600 (£150 per month for four months) for the lost use of his garden.'],
      pay: [[60000, 'Mr Y', 'recommended']],
      not: [15000],
    },
    'weekly rate for a number of weeks, no total': {
      summary: 'Ms W complained the Council cut her respite without reassessing her. We found fault.',
      remedy: ['The Council will pay Ms W £40 per week for 10 weeks for the respite she missed.'],
      pay: [[40000, 'Ms W', 'recommended']],
      not: [4000],
    },
    '"each week", then "totalling"': {
      summary: X,
      remedy: ['The Council will pay Mrs X £60 each week for the six weeks the adaptation was delayed, totalling £360.'],
      pay: [[36000, 'Mrs X', 'recommended']],
      not: [6000],
    },
    '"each week" for a number of weeks, no total': {
      summary: X,
      remedy: ['The Council will pay Mrs X £60.00 each week for 6 weeks because the adaptation was delayed.'],
      pay: [[36000, 'Mrs X', 'recommended']],
      not: [6000],
    },
  },
  '"in addition to" an earlier offer': {
    'next sentence: in addition to the £N offered at stage two': {
      summary: X,
      remedy: ['The Council will pay Mrs X £200 for her distress. This is in addition to the £150 it offered at stage two of its complaints procedure.'],
      pay: [[20000, 'Mrs X', 'recommended'], [15000, 'Mrs X', 'prior']],
    },
    'a further £N, on top of the £N already offered': {
      summary: X,
      remedy: ['The Council will pay Mrs X a further £200, on top of the £150 it has already offered her.'],
      pay: [[20000, 'Mrs X', 'recommended'], [15000, 'Mrs X', 'prior']],
    },
    'in addition to the £N already paid': {
      summary: Y,
      remedy: ['The Council will pay Mr Y £300, in addition to the £100 it has already paid him for his time and trouble.'],
      pay: [[30000, 'Mr Y', 'recommended'], [10000, 'Mr Y', 'prior']],
    },
  },
  'an amount the body already paid': {
    'already paid, a suitable remedy, no more recommended': {
      summary: X,
      found: ['The Council has already paid Mrs X £250 for her time and trouble. That is a suitable remedy, so I have not recommended a further payment.'],
      remedy: ['Within one month the Council will apologise to Mrs X.'],
      pay: [[25000, 'Mrs X', 'prior']],
    },
    'paid in its stage two response, in line with our guidance': {
      summary: Y,
      found: ['In its stage two response the Council paid Mr Y £400 to acknowledge his distress. This is in line with our guidance.'],
      remedy: ['Within one month the Council will apologise to Mr Y.'],
      pay: [[40000, 'Mr Y', 'prior']],
    },
    'paid before, and a further sum now': {
      summary: 'Ms W complained the Council lost her housing application. We found fault.',
      remedy: ['The Council has paid Ms W £100. It has agreed to pay her a further £150 for her distress.'],
      pay: [[10000, 'Ms W', 'prior'], [15000, 'Ms W', 'recommended']],
    },
  },
  'a waived charge (not a payment)': {
    'waive a charge and pay': {
      summary: X,
      remedy: ['The Council will waive the £480 charge for Mrs X’s mother’s respite stay and pay Mrs X £150 for her time and trouble.'],
      pay: [[15000, 'Mrs X', 'recommended']],
      waived: 48000,
    },
    'write off outstanding charges': {
      summary: Y,
      remedy: ['The Council will write off the £2,300 of outstanding care charges on Mr Y’s account.'],
      pay: [],
      waived: 230000,
    },
    'cancel an invoice for a service "that did not take place", and pay': {
      summary: Y,
      remedy: ['The Council will cancel the £75 invoice for the bulky waste collection that did not take place, and pay Mr Y £100 for his time and trouble.'],
      pay: [[10000, 'Mr Y', 'recommended']],
      waived: 7500,
    },
    'the same in bullets': {
      summary: Y,
      remedy: ['Within one month the Council will:\n- cancel the £75.00 invoice for the collection that did not happen; and\n- pay Mr Y one hundred pounds for his time and trouble.'],
      pay: [[10000, 'Mr Y', 'recommended']],
      waived: 7500,
    },
  },
  'a range quoted from guidance (not a remedy)': {
    '"usually between £N and £N", then a sum': {
      summary: X,
      found: ['Our guidance on remedies says a symbolic payment for distress is usually between £100 and £300.'],
      remedy: ['The Council will pay Mrs X £250 for her distress.'],
      pay: [[25000, 'Mrs X', 'recommended']],
      not: [10000, 30000],
    },
    '"£N to £N a month", then a total from a rate': {
      summary: EDU,
      found: ['Our guidance suggests a payment of £200 to £400 a month for lost education, depending on its impact.'],
      remedy: ['The Council will pay Mrs X £1,500 (£300 a month for five months) for the education Y missed.'],
      pay: [[150000, 'Mrs X', 'recommended']],
      not: [20000, 40000, 30000],
    },
    '"up to £N", then a smaller sum': {
      summary: Y,
      found: ['We may recommend up to £500 for time and trouble, but here £150 is proportionate.'],
      remedy: ['The Council will pay Mr Y £150 for his time and trouble.'],
      pay: [[15000, 'Mr Y', 'recommended']],
      not: [50000],
    },
  },
  'several payees': {
    'two people, two sentences': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['The Council will pay Mrs X £300 for her distress. It will also pay Mr X £200 for his time and trouble.'],
      pay: [[30000, 'Mrs X', 'recommended'], [20000, 'Mr X', 'recommended']],
    },
    'two people, one bullet each': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['Within one month the Council will:\n- pay Mrs X £300 for her distress; and\n- pay Mr X £200 for his time and trouble.'],
      pay: [[30000, 'Mrs X', 'recommended'], [20000, 'Mr X', 'recommended']],
    },
    'two people, one sentence, payee before each amount': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['The Council will pay Mrs X £300 for her distress and Mr X £200 for his time and trouble.'],
      pay: [[30000, 'Mrs X', 'recommended'], [20000, 'Mr X', 'recommended']],
    },
    'two people, one sentence, payee after each amount': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['The Council will pay £300 to Mrs X and £200 to Mr X for their distress.'],
      pay: [[30000, 'Mrs X', 'recommended'], [20000, 'Mr X', 'recommended']],
    },
    'two people, £N each, amount first': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['The Council will pay £250 each to Mr and Mrs X to acknowledge their distress.'],
      pay: [[25000, 'Mr X', 'recommended'], [25000, 'Mrs X', 'recommended']],
    },
    'two people, each': {
      summary: 'Mr and Mrs X complained about the Council’s handling of their son’s care. We found fault.',
      remedy: ['The Council will pay Mr and Mrs X £250 each to acknowledge their distress.'],
      pay: [[25000, 'Mr X', 'recommended'], [25000, 'Mrs X', 'recommended']],
    },
  },
};
