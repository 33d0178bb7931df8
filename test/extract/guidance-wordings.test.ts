// Wordings of money remedies (issue 14), in the shapes LGSCO's own staff guidance tells investigators to use: the
// "Guidance on remedies" (symbolic payments for distress, time and trouble, uncertainty and lost opportunity; missed
// provision by the month; refunds, backdating, estates, care providers; amounts already paid or offered) and the
// Decision Statements Manual (the Agreed action / Recommendations section: "Within one month of my final decision,
// the Council will: apologise…; pay Mrs X £300 to acknowledge…"). Each case is a short INVENTED decision — invented
// bodies, people and references, never a real decision or the guidance's own words — parsed whole by parseDecision,
// with the payments (amount, payee, status), the total, and the amounts that must not be counted (a range quoted from
// the guidance, a rate behind its total, a waived charge). Every shape is written in at least two forms: another
// wording, another number format, bullet or prose, payee before or after the amount.
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/index.js';

type Status = 'recommended' | 'prior';
type Want = readonly [pence: number, payee: string | RegExp, status: Status];

interface Case {
  /** What the Summary says (the complainant is named here, as real summaries do). */
  summary: string;
  /** Paragraphs of "What I found" (background, guidance quoted, money already paid). */
  found?: readonly string[];
  /** Paragraphs of the remedy section; a paragraph's "\n- " lines are its bullet items. */
  remedy: readonly string[];
  /** Heading of the remedy section ("Agreed action" unless said). */
  heading?: string;
  /** The payments, in any order. */
  pay: readonly Want[];
  /** Amounts (pence) that appear in the text and must not be counted as a payment. */
  not?: readonly number[];
  /** Waived or written-off charges (pence), reported apart from payments. */
  waived?: number;
  /** At least this many money remedies with no amount. */
  unquantified?: number;
}

const BODIES = ['Exampleton Borough Council', 'Newtown County Council', 'Westvale District Council'];

/** An invented decision as a plain-text page: title line, header fields, numbered sections, as published text reads. */
function decisionText(c: Case, i: number): string {
  const ref = `99 000 ${String(i + 1).padStart(3, '0')}`;
  let n = 0;
  const para = (text: string): string => {
    const [first, ...items] = text.split('\n- ');
    return [`  ${++n}. ${first}`, ...items.map((item) => `    • ${item}`)].join('\n');
  };
  return [
    `${BODIES[i % BODIES.length]} (${ref})`,
    '',
    'Category : Adult care services > Other',
    '',
    'Decision : Upheld',
    '',
    'Decision date : 14 Mar 2025',
    '',
    "The Ombudsman's final decision:",
    '',
    `Summary: ${c.summary}`,
    '',
    'The complaint',
    '',
    para('The complainant says the Council’s delays caused the family distress and wants it to put things right.'),
    '',
    'What I found',
    '',
    ...(c.found ?? ['The Council accepted it had not acted as its own procedure required, and this was fault.']).map(para),
    '',
    c.heading ?? 'Agreed action',
    '',
    ...c.remedy.map(para),
    para('The Council will provide us with evidence it has complied with the above actions.'),
    '',
    'Final decision',
    '',
    para('I have found fault causing injustice and the Council has agreed action to remedy it, so I have completed my investigation.'),
    '',
    "Investigator's decision on behalf of the Ombudsman",
    '',
  ].join('\n');
}

const X = 'Mrs X complained about the Council’s delay in arranging her mother’s care. We found fault.';
const Y = 'Mr Y complained the Council did not deal properly with his reports. We found fault.';
const EDU = 'Mrs X complained the Council did not secure the provision in her son Y’s Education, Health and Care plan. We found fault.';
const ESTATE = 'Mrs X complained about the care the Council arranged for her late mother, Mrs Y. We found fault.';

/** Shape → its forms. A case name is "shape: form". */
const SHAPES: Readonly<Record<string, Readonly<Record<string, Case>>>> = {
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

const CASES = Object.entries(SHAPES).flatMap(([shape, forms]) => Object.entries(forms).map(([form, c]) => ({ name: `${shape}: ${form}`, c })));

const byAmount = <T extends readonly [number, unknown, string]>(a: T, b: T): number => a[0] - b[0] || a[2].localeCompare(b[2]) || String(a[1]).localeCompare(String(b[1]));

describe('guidance wordings: each shape of money remedy, in several forms, gives its payments and total', () => {
  it.each(CASES.map(({ name, c }, i) => [name, c, i] as const))('%s', async (_name, c, i) => {
    const d = await parseDecision(decisionText(c, i), { filename: `guidance-${i + 1}.txt` });
    const got = d.remedy.payments.map((p) => [p.amountPence, p.payee, p.status] as const).sort(byAmount);
    const want = [...c.pay].sort(byAmount);
    expect(got.map(([pence, , status]) => [pence, status])).toEqual(want.map(([pence, , status]) => [pence, status]));
    got.forEach(([, payee], k) => {
      const w = want[k]![1];
      if (typeof w === 'string') expect(payee).toBe(w);
      else expect(payee ?? '').toMatch(w);
    });
    expect(d.remedy.totalPence).toBe(c.pay.reduce((s, [pence]) => s + pence, 0));
    expect(d.remedy.recommendedPence).toBe(c.pay.filter(([, , s]) => s === 'recommended').reduce((s, [pence]) => s + pence, 0));
    for (const pence of c.not ?? []) expect(got.map(([p]) => p)).not.toContain(pence);
    expect(d.remedy.waivedPence).toBe(c.waived ?? 0);
    if (c.unquantified) expect(d.remedy.unquantified.length).toBeGreaterThanOrEqual(c.unquantified);
  });
});

