/**
 * Steps after each sentence is read (remedy.ts): rates become totals or rate × period, wholes give way to their parts,
 * the same payment named twice counts once, the Summary adds only what the remedy statement lacks, the body is read
 * only when nothing else names a payment. Most compare amounts rather than read words, so their pattern is null.
 */
import { NUMBER_WORDS } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const RULES = [
  {
    name: 'rate-behind-total',
    pattern: null,
    verdict: 'rate_behind_total',
    why: 'a rate ("£50 a month") with a payment in its own sentence or a "total of" in its paragraph: the total is counted, not the rate',
    examples: [
      { text: 'The Council should pay Mrs X £4,650 (£10 an hour for 465 hours) for the care she arranged herself.', amount: '£10', verdict: 'rate_behind_total' },
      { text: 'Pay Mr Y £25 a week for the missed sessions. A total of £300.', amount: '£25', verdict: 'rate_behind_total' },
    ],
  },
  {
    name: 'rate-times-period',
    pattern: new RegExp(`^\\s*(?:\\w+\\s+){0,3}?for\\s+(?:the\\s+|a\\s+period\\s+of\\s+)?(\\d+|${NUMBER_WORDS.join('|')})\\s+(hours?|days?|nights?|weeks?|months?|years?)\\b`, 'i'),
    verdict: 'rate_times_period',
    why: '"£50 a month for 6 months": a rate for a stated period is counted as rate × period (marked to check)',
    examples: [
      { text: 'The Council should pay Mrs X £50 a month for 6 months to recognise her lost respite.', amount: '£50', verdict: 'rate_times_period' },
      { text: 'The Council should pay Mr Y £25 per week for twelve weeks for the missed support.', amount: '£25', verdict: 'rate_times_period' },
    ],
  },
  {
    name: 'open-rate',
    pattern: null,
    verdict: 'open_rate',
    why: 'a rate with no total and no period is an unquantified remedy: recorded, never given an invented value',
    examples: [
      { text: 'The Council should pay Mrs X £50 a month from March until her care plan is reviewed.', amount: '£50', verdict: 'open_rate' },
      { text: 'The Council should pay Mr Y £15 per week until it finds him a suitable placement.', amount: '£15', verdict: 'open_rate' },
    ],
  },
  {
    name: 'whole-of-parts',
    pattern: null,
    verdict: 'whole_of_parts',
    why: 'an amount equal to the sum of two or more payments next to it is their whole: the parts are counted (the largest amounts are tried first)',
    examples: [
      { text: 'The Council will pay her £1300 (£600 for the delay, £400 for the lack of communication and £300 for the poor complaint handling).', amount: '£1300', verdict: 'whole_of_parts' },
      { text: 'Pay Mr Y £600 for the delay and £400 for his distress. That means £1,000 paid to Mr Y.', amount: '£1,000', verdict: 'whole_of_parts' },
    ],
  },
  {
    name: 'restated-whole',
    pattern: null,
    verdict: 'restated_total',
    why: 'a whole already split into parts elsewhere, named again: not a new payment',
    examples: [
      { text: 'Pay Mrs X £1,000 (£600 for the delay and £400 for her distress).\n\nWithin one month, pay Mrs X the £1,000 for the delay and her distress.', amount: '£1,000', nth: 2, verdict: 'restated_total' },
      { text: 'The Council should pay Mr Y £800 (£500 for his distress and £300 for his time and trouble).\n\nWithin one month, pay Mr Y the £800.', amount: '£800', nth: 2, verdict: 'restated_total' },
    ],
  },
  {
    name: 'duplicate',
    pattern: null,
    verdict: 'duplicate',
    why: 'the same amount, status and payee in another sentence of the same part (an Overview and its Recommendations): counted once',
    examples: [
      { text: 'The Council should pay Mrs X £250 for her distress.\n\nPay Mrs X £250 within one month.', amount: '£250', nth: 2, verdict: 'duplicate' },
      { text: 'Pay Mr Y £125 for his time and trouble.\n\nThe Council should pay Mr Y £125 for his time and trouble.', amount: '£125', nth: 2, verdict: 'duplicate' },
    ],
  },
  {
    name: 'summary-repeat',
    pattern: null,
    verdict: 'summary_repeat',
    why: 'the Summary restating an amount the remedy statement names: not counted again',
    examples: [
      { text: 'The Council agreed to pay her £250.', amount: '£250', verdict: 'summary_repeat', in: 'summary', remedy: 'The Council should pay Mrs X £250 to acknowledge her distress.' },
      { text: 'The Council will pay Mrs X two hundred and fifty pounds.', amount: 'two hundred and fifty pounds', verdict: 'summary_repeat', in: 'summary', remedy: 'The Council should pay Mrs X £250 to acknowledge her distress.' },
    ],
  },
  {
    name: 'summary-restated-sum',
    pattern: null,
    verdict: 'restated_total',
    why: 'a Summary amount equal to a sum of remedy-statement payments (their whole, or the recommended or prior ones): not counted again',
    examples: [
      { text: 'The Council agreed to pay Mrs X £1,000.', amount: '£1,000', verdict: 'restated_total', in: 'summary', remedy: 'Pay Mrs X £600 for the delay.\n\nPay Mrs X £400 for her distress.' },
      { text: 'The Council will pay Mr Y £350 in all.', amount: '£350', verdict: 'restated_total', in: 'summary', remedy: 'Pay Mr Y £200 for his distress.\n\nPay Mr Y £150 for his time and trouble.' },
    ],
  },
  {
    name: 'earlier-offers',
    pattern: null,
    verdict: 'counted',
    why: '"a further £200, bringing the total to £1,800": the total less the payments counted is earlier offers, a prior payment worked out (marked to check)',
    examples: [
      { text: 'The Council has agreed to pay Mrs X a further £200, bringing the total to £1,800 after previous offers.', amount: '(derived)', verdict: 'counted', status: 'prior' },
      { text: 'The Council will pay Mr Y an extra £100, bringing his total to £400.', amount: '(derived)', verdict: 'counted', status: 'prior' },
    ],
  },
  {
    name: 'referred-sum',
    pattern: null,
    verdict: 'counted',
    why: 'an amount-less refund that plainly refers to a figure stated elsewhere ("refund the charges she paid" … "In total she has paid £240") is a payment of that figure (referral.ts; marked to check)',
    examples: [
      { text: 'In total she has paid £240.', amount: '£240', verdict: 'counted', status: 'recommended', in: 'body', remedy: 'The Council should refund the charges Mrs X paid.' },
      { text: 'Mr Y has paid £95 so far.', amount: '£95', verdict: 'counted', status: 'recommended', in: 'body', remedy: 'The Council should refund the charges Mr Y paid.' },
    ],
  },
  {
    name: 'prior-whole',
    pattern: null,
    verdict: 'counted',
    why: 'the parts of a whole paid before are prior too',
    examples: [
      { text: 'The Council has already paid Mrs X a total of £500, made up of:\n£300 for the delay;\n£200 for her distress.', amount: '£300', verdict: 'counted', status: 'prior' },
      { text: 'In its complaint response the Council paid Mr Y £450, made up of:\n£300 for the delay;\n£150 for his time and trouble.', amount: '£150', verdict: 'counted', status: 'prior' },
    ],
  },
  {
    name: 'closure-body',
    pattern: null,
    verdict: 'counted',
    why: 'a closure’s body is read when nothing else names a payment: what the body did or agreed there is prior',
    examples: [
      { text: 'In response to our enquiries the Council now pays Mrs X £150 to remedy her distress.', amount: '£150', verdict: 'counted', status: 'prior', in: 'body', closure: true },
      { text: 'Following our enquiries, a payment of £80 will go to Mr Y as a remedy for the delay.', amount: '£80', verdict: 'counted', status: 'prior', in: 'body', closure: true },
    ],
  },
  {
    name: 'body-no-remedy-word',
    pattern: /\b(?:remed(?:y|ies)|symbolic|to acknowledge|to recognise|injustice|suitable|redress|time and trouble|apologis)/i,
    verdict: 'body_no_remedy_word',
    why: 'read from the body (nothing else names a payment), an amount needs a remedy word in its sentence or the next',
    examples: [
      { text: 'The Council paid Mrs X £90 for the taxi in May.', amount: '£90', verdict: 'body_no_remedy_word', in: 'body' },
      { text: 'Mr Y was sent a cheque for £60 in 2022.', amount: '£60', verdict: 'body_no_remedy_word', in: 'body' },
    ],
  },
  {
    name: 'no-remedy-basis',
    pattern:
      /\b(?:insufficient|not enough|no) (?:remaining )?evidence of (?:fault|injustice|council actions directly causing injustice)|\binsufficient (?:remaining )?injustice\b|\bfound no fault\b|\b(?:was|were) not at fault\b|\bthere (?:was|is) no fault\b|\bno fault (?:by|in)\b|\binjustice is not significant enough\b/i,
    also: /\b(?:suitable remedy|remed(?:y|ied)|agreed|agrees|offered|refunded|repaid|paid|cancelled|put (?:things|matters|this) right|taken (?:appropriate|satisfactory|suitable) action|resolved?)\b/i,
    verdict: 'no_remedy_basis',
    why: 'a decision whose Summary rests on the absence of fault or of injustice ("insufficient evidence of fault", "found no fault") and names no remedy, refund or resolution (`also`) has no remedy: money the body paid or refunded, read from its body, is an account correction (as the label of 25-001-177 treats "the Council refunded £505.84 after it revised his council tax bill")',
    examples: [
      { text: 'The Council refunded £92 which was the amount due after the council tax had been revised.', amount: '£92', verdict: 'no_remedy_basis', in: 'body', closure: true, summary: 'We will not investigate this complaint about a disputed council tax charge. This is because there is insufficient evidence of injustice.' },
      { text: 'It confirms it has refunded Mr Y £139 for the penalty charge that was revoked.', amount: '£139', verdict: 'no_remedy_basis', in: 'body', closure: true, summary: 'We will not investigate this complaint about a penalty charge notice. This is because there is insufficient evidence of fault by the Council.' },
      { text: 'TfL confirms it has refunded Mrs X’s payment of £240.', amount: '£240', verdict: 'counted', status: 'prior', in: 'body', closure: true, rule: 'refund-verb', summary: 'We will not investigate this complaint about a penalty charge notice. This is because TfL has refunded the payment and this provides a suitable remedy.' },
    ],
  },
  {
    name: 'body-context',
    pattern: null,
    verdict: 'context',
    why: 'a payment-shaped amount in the body when the remedy statement or Summary names the payments: context, not counted',
    examples: [
      { text: 'In 2023 the Council paid Mrs X £90 to remedy an earlier complaint.', amount: '£90', verdict: 'context', in: 'body', remedy: 'The Council should pay Mrs X £250 for her distress.' },
      { text: 'In a similar case the Council paid £400 to remedy the injustice.', amount: '£400', verdict: 'context', in: 'body', remedy: 'The Council should pay Mrs X £250 for her distress.' },
    ],
  },
  {
    name: 'boilerplate',
    pattern: null,
    verdict: 'boilerplate',
    why: 'standard text (the Ombudsman’s role, guidance quoted, the law): its amounts are never a finding',
    examples: [
      { text: 'We may recommend a symbolic payment of £300 or more for distress.', amount: '£300', verdict: 'boilerplate', in: 'boilerplate', remedy: 'The Council should pay Mrs X £250 for her distress.' },
      { text: 'Our guidance says payments of £100 to £300 are usual for time and trouble.', amount: '£100', verdict: 'boilerplate', in: 'boilerplate', remedy: 'The Council should pay Mrs X £250 for her distress.' },
    ],
  },
  {
    name: 'not-used',
    pattern: null,
    verdict: 'not_used',
    why: 'an amount no payment and no rule claims: today, the second of two equal amounts in one sentence (explain gives both payments to the first)',
    examples: [
      { text: 'The Council should pay Mrs X £100 for her time and trouble and £100 for her lost opportunity.', amount: '£100', nth: 2, verdict: 'not_used' },
      { text: 'Pay Mr Y £50 for the delay, £50 for his distress and £75 for his time and trouble.', amount: '£50', nth: 2, verdict: 'not_used' },
    ],
  },
] as const satisfies readonly Rule[];

/** The steps, by name. */
export const STEPS = tableOf(RULES);
export const STEP_RULES: readonly Rule[] = RULES;
