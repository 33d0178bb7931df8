/**
 * Who is paid: the payee named after the pay verb, by a possessive, after the amount, by a list's ordinal, or the last
 * person named before; "each" makes one payment per payee. Tried in the order payments.ts reads them; none at all is
 * the complainant (and the payment is marked to check). The people and parties are payees.ts's vocabulary.
 */
import { BODY_NAME_SOURCE, PARTY_SOURCE, PAYEE_RE, PERSON_RE, POSSESSED_PARTY_SOURCE, TWO_PEOPLE_SOURCE } from '../payees.js';
import { anyOf, TITLES } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const T = anyOf(TITLES);

const RULES = [
  {
    name: 'payee-list-ordinal',
    pattern: /\bthe (second|third|fourth|fifth|other|last)(?: (\w+))?\s*$/i,
    why: '"the first family £300, the second £100": a list item that names its own party by its place',
    examples: [
      { text: 'The Council should pay the first family £300 and the second £100 for their distress.', amount: '£100', verdict: 'counted', payee: 'the second family' },
      { text: 'The Council should pay the eldest son £400, the other £250, for their lost education.', amount: '£250', verdict: 'counted', payee: 'the other son' },
    ],
  },
  {
    name: 'payee-after-verb',
    pattern: PAYEE_RE,
    why: '"pay Mrs B £250", "pay the estate £1,000", "pay Miss X’s son £1000", "pay Mr X and Y £200 each", "pay Meadowbank Care Ltd £2,100", "pay the care provider, Meadowbank Care Ltd, £2,100", "pay her £100": the payee between the pay verb and the amount (a pronoun is the complainant; a provider in apposition is named)',
    examples: [
      { text: 'The care home should pay the estate £1,000 to recognise the injustice to Mrs Y.', amount: '£1,000', verdict: 'counted', payee: 'the estate' },
      { text: 'The Council should pay Ms E a symbolic payment of £250 to recognise the uncertainty.', amount: '£250', verdict: 'counted', payee: 'Ms E' },
      { text: 'The Council should also pay Miss Z’s son £1000 to recognise the uncertainty he has been caused.', amount: '£1000', verdict: 'counted', payee: 'Miss Z’s son' },
      { text: 'The Council will refund Mrs Y’s estate the £2,400 in care charges.', amount: '£2,400', verdict: 'counted', payee: 'Mrs Y’s estate' },
      { text: 'The Council will pay the care provider, Meadowbank Care Ltd, £2,100 for the care it gave Mrs X’s mother.', amount: '£2,100', verdict: 'counted', payee: 'Meadowbank Care Ltd' },
      { text: 'The Council will pay Oakfield Nursing Home £2,100 for the care it gave Mrs X’s mother.', amount: '£2,100', verdict: 'counted', payee: 'Oakfield Nursing Home' },
    ],
  },
  {
    name: 'payee-possessive',
    pattern: /^([A-Z][a-z]{0,3}\.? [A-Z])['’]s\b/,
    why: '"refund Ms X’s payment of £240": the possessive after the verb names the payee (a party through a person, "Miss X’s son", is that party: payee-after-verb)',
    examples: [
      { text: 'The Council should refund Ms Z’s payment of £240.', amount: '£240', verdict: 'counted', payee: 'Ms Z' },
      { text: 'The Council should reimburse Mr. Q’s fees of £95.', amount: '£95', verdict: 'counted', payee: 'Mr. Q' },
    ],
  },
  {
    name: 'payee-after',
    pattern: new RegExp(
      `^\\s*(?:each\\s+)?(?:(?:in [\\w-]+(?: [\\w-]+){0,2}|directly|in full|(?:[\\w-]+ )?payment)\\s+)?to\\s+(${TWO_PEOPLE_SOURCE}|${POSSESSED_PARTY_SOURCE}|${T}\\.? (?:and ${T}\\.? )?[A-Z]\\b(?:['’]s (?:estate|family))?|${PARTY_SOURCE}|${BODY_NAME_SOURCE}|each of (?:the (?:(?:two|three|four|five|six|[2-6]) )?\\w+|them)|both of them)`,
    ),
    why: '"£300 to Mr X", "£550 to the teenager", "£250 to each of the neighbours", "£2,400 in care charges to Mrs Y’s estate", "£900 directly to Sunnyside Lodge": the payee named after the amount (after an "in …" phrase, "directly" or "payment" at most: "a £1,000 payment to Mr X")',
    examples: [
      { text: 'The Council should pay £550 to the teenager for the education he missed.', amount: '£550', verdict: 'counted', payee: 'the teenager' },
      { text: 'We recommended the Council pay £300 to Mr W’s estate for the distress caused.', amount: '£300', verdict: 'counted', payee: 'Mr W’s estate' },
      { text: 'The Council will refund the £2,400 in care charges to Mrs Y’s estate.', amount: '£2,400', verdict: 'counted', payee: 'Mrs Y’s estate' },
      { text: 'The Council will pay £900 directly to Sunnyside Lodge to clear the top-up fees for Mrs X’s mother.', amount: '£900', verdict: 'counted', payee: 'Sunnyside Lodge' },
      { text: 'Mr Y complained to us.\n\nThe Council agreed to our recommendations, including a £1,000 symbolic payment to Mrs W for her distress.', amount: '£1,000', verdict: 'counted', payee: 'Mrs W' },
    ],
  },
  {
    name: 'payee-invoice-from',
    pattern: new RegExp(`^\\s*(?:invoice|bill|fees?|charges?|account)\\s+(?:from|of|with)\\s+(${PARTY_SOURCE}|${BODY_NAME_SOURCE})`),
    also: /^(?:pay|pays|paying|settle|settles|settling)$/i,
    why: '"settle the £1,350 invoice from the care home": paying or settling (`also`) a body’s invoice pays that body, not the complainant (a refund of such a fee goes to the complainant)',
    examples: [
      { text: 'The Council will settle the £1,350 invoice from the care home for Mrs X’s mother’s respite stay.', amount: '£1,350', verdict: 'counted', payee: 'the care home' },
      { text: 'The Council will settle the £480 bill from Sunnyside Lodge so that Mrs X does not have to.', amount: '£480', verdict: 'counted', payee: 'Sunnyside Lodge' },
      { text: 'The Council will refund the £480 fee from the care home to Mrs X.', amount: '£480', verdict: 'counted', payee: 'Mrs X' },
    ],
  },
  {
    name: 'payee-in-list',
    pattern: new RegExp(`(?:,|\\band|\\bplus)\\s+(?:to\\s+)?(${TWO_PEOPLE_SOURCE}|${POSSESSED_PARTY_SOURCE}|${PERSON_RE.source}|${PARTY_SOURCE}|${BODY_NAME_SOURCE})\\s*$`),
    why: '"pay Mrs X £300 for her distress and Mr X £200 for his time": a payee named right before a later amount of the sentence is that amount’s own',
    examples: [
      { text: 'The Council will pay Mrs X £300 for her distress and Mr X £200 for his time and trouble.', amount: '£200', verdict: 'counted', payee: 'Mr X' },
      { text: 'The Council will pay £300 to Mrs X and £200 to Mr X for their distress.', amount: '£200', verdict: 'counted', payee: 'Mr X' },
      { text: 'The Council will pay Mrs X £300 for her distress, and the care home £450 for the unpaid fees.', amount: '£450', verdict: 'counted', payee: 'the care home' },
    ],
  },
  {
    name: 'payee-named-before',
    pattern: PERSON_RE,
    why: 'the last person named before the amount, in the sentence, the paragraph or the lead-in ("The Council offered Mr X £200 … pays a further £300")',
    examples: [
      { text: 'Mrs V has waited a year for the review. The Council should make a payment of £275 for the delay.', amount: '£275', verdict: 'counted', payee: 'Mrs V' },
      { text: 'For Mr U, the Council should:\nmake a payment of £90 for his time and trouble.', amount: '£90', verdict: 'counted', payee: 'Mr U' },
    ],
  },
  {
    name: 'each',
    pattern: /^\s*(?:each\b(?!\s+(?:week|month|year|day|night|fortnight|hour|term|visit|session|occasion)s?\b)|to each of\b)/i,
    also: /\beach of (?:the|them)\b[^£]*$/i,
    why: '"£300 each", "each of the neighbours £250", "£250 to each of the neighbours", "Mr and Mrs Y £300 each": one payment per payee (payees.ts eachPayees); "£60 each week" is a rate, not each person',
    examples: [
      { text: 'The Council should pay £300 each to Mr and Mrs Y for their distress.', amount: '£300', verdict: 'counted', payee: 'Mr Y' },
      { text: 'The Council should pay Mr and Mrs T £150 each to acknowledge their distress.', amount: '£150', verdict: 'counted', payee: 'Mr T' },
      { text: 'The Council should pay £250 to each of the two neighbours for their time and trouble.', amount: '£250', verdict: 'counted', payee: 'neighbour (1 of 2)' },
      { text: 'The Council will pay Mrs X £60 each week for six weeks for the delayed adaptation.', amount: '£60', verdict: 'rate_times_period', payee: 'Mrs X' },
    ],
  },
] as const satisfies readonly Rule[];

/** The payee rules, by name. */
export const PAYEE = tableOf(RULES);
export const PAYEE_RULES: readonly Rule[] = RULES;
