// Guidance wordings, part 1: the remedy section's shapes and the symbolic payments (distress, time and trouble,
// uncertainty, lost opportunity, missed provision by the month).
import { EDU, X, Y, type Shapes } from './case.js';

export const CARE_SHAPES: Shapes = {
  'remedy section: "Within one month … the Council will:" then items': {
    'bullets, payee before the amount, Summary restates the sum': {
      summary: 'Mrs X complained about the Council’s delay in arranging her mother’s care. We found fault. The Council has agreed to apologise and pay Mrs X £300.',
      remedy: ['Within one month of the date of my final decision, the Council will:\n- apologise to Mrs X for the delay;\n- pay Mrs X £300 to acknowledge the distress the delay caused; and\n- remind its staff of the timescales for reviews.'],
      pay: [[30000, 'Mrs X', 'recommended']],
    },
    'prose, pronoun payee': {
      summary: X,
      remedy: ['Within one month of my final decision, the Council has agreed to apologise to Mrs X and pay her £300 for the distress its delay caused.'],
      pay: [[30000, 'Mrs X', 'recommended']],
    },
    'bullets, amount before the payee': {
      summary: Y,
      remedy: ['Within four weeks of my final decision, the Council should:\n- apologise to Mr Y;\n- pay £300 to Mr Y for the avoidable distress; and\n- review how it logs reports.'],
      pay: [[30000, 'Mr Y', 'recommended']],
    },
  },
  'Recommendations section of a report': {
    'I recommend … the Council: items': {
      summary: X,
      heading: 'Recommendations',
      remedy: ['To remedy the injustice caused, I recommend that within one month of the date of this report the Council:\n- apologises to Mrs X; and\n- pays Mrs X £500 to recognise her distress and uncertainty.'],
      pay: [[50000, 'Mrs X', 'recommended']],
    },
    'the Council should … within three months, one sentence': {
      summary: 'Miss Z complained the Council failed to assess her needs. We found fault.',
      heading: 'Recommended action',
      remedy: ['The Council should pay Miss Z £750 within three months of the date of this report to acknowledge the impact of the delay on her.'],
      pay: [[75000, 'Miss Z', 'recommended']],
    },
  },
  'symbolic payment for distress': {
    'a symbolic payment of £N to acknowledge': {
      summary: X,
      remedy: ['Within one month, pay Mrs X a symbolic payment of £200 to acknowledge the avoidable distress caused.'],
      pay: [[20000, 'Mrs X', 'recommended']],
    },
    'make a symbolic payment … to Mrs X in recognition': {
      summary: X,
      remedy: ['Within one month, the Council will make a symbolic payment of £200 to Mrs X in recognition of her distress.'],
      pay: [[20000, 'Mrs X', 'recommended']],
    },
    'pence shown, frustration and distress': {
      summary: X,
      remedy: ['The Council has agreed to pay Mrs X £200.00 for the frustration and distress the delay caused her.'],
      pay: [[20000, 'Mrs X', 'recommended']],
    },
  },
  'time and trouble': {
    'payee first, pursuing the complaint': {
      summary: Y,
      remedy: ['The Council will pay Mr Y £150 for the time and trouble he was put to in pursuing his complaint.'],
      pay: [[15000, 'Mr Y', 'recommended']],
    },
    'amount first, bringing the complaint to us': {
      summary: Y,
      remedy: ['The Council will pay £150 to Mr Y to acknowledge his time and trouble in bringing the complaint to us.'],
      pay: [[15000, 'Mr Y', 'recommended']],
    },
    'one sum broken down after a colon': {
      summary: Y,
      remedy: ['The Council will pay Mr Y £350: £250 for his distress and £100 for his time and trouble.'],
      pay: [[25000, 'Mr Y', 'recommended'], [10000, 'Mr Y', 'recommended']],
      not: [35000],
    },
  },
  'uncertainty and lost opportunity': {
    'uncertainty about what would have happened': {
      summary: X,
      remedy: ['The Council will pay Mrs X £500 to acknowledge the uncertainty about whether her mother would have had the care sooner without the fault.'],
      pay: [[50000, 'Mrs X', 'recommended']],
    },
    'lost opportunity, money in words': {
      summary: Y,
      remedy: ['The Council will pay Mr Y one thousand pounds for the lost opportunity to have his application decided properly.'],
      pay: [[100000, 'Mr Y', 'recommended']],
    },
    'amount first, uncertainty': {
      summary: 'Ms W complained the Council lost her housing application. We found fault.',
      remedy: ['The Council will pay £400 to Ms W to recognise the uncertainty she has been left with.'],
      pay: [[40000, 'Ms W', 'recommended']],
    },
  },
  'missed provision by the month': {
    'total first, monthly rate in brackets': {
      summary: EDU,
      remedy: ['The Council will pay Mrs X £2,400 for the six months of education Y missed (£400 a month). Mrs X should use this for Y’s educational benefit.'],
      pay: [[240000, 'Mrs X', 'recommended']],
      not: [40000],
    },
    'rate first, then "a total of"': {
      summary: EDU,
      remedy: ['The Council will pay Mrs X £350 a month for the eight months Y was without a suitable school place, a total of £2,800.'],
      pay: [[280000, 'Mrs X', 'recommended']],
      not: [35000],
    },
    'one sum for a stated period, no rate': {
      summary: EDU,
      remedy: ['The Council will pay Mrs X £1,800 to acknowledge the loss of the special educational provision in Y’s plan between September 2024 and February 2025.'],
      pay: [[180000, 'Mrs X', 'recommended']],
    },
    'a rate for a number of months, no total': {
      summary: EDU,
      remedy: ['The Council will pay Mrs X £300 per month for the 5 months of speech and language therapy Y missed.'],
      pay: [[150000, 'Mrs X', 'recommended']],
      not: [30000],
    },
  },
};
