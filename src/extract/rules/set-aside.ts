/**
 * Cues that set money aside: the amount is somebody's claim, money the complainant paid, negated, a debt's
 * instalment, set against a debt, waived, a running total, a replaced offer, or not a sum at all. The first rule that
 * holds decides (payments.ts `candidatesIn` reads them in this order). Figures named by their words (fees, costs,
 * arrears, thresholds …) are in figure-words.ts.
 */
import { anyOf, HAND_OVER_LEMMAS, INSTALMENT_WORD, PAY_VERBS, TITLES } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const RULES = [
  {
    name: 'unreadable-amount',
    pattern: null,
    verdict: 'unreadable',
    why: 'money.ts findMoney could not read a sum: "£200.000" is £200,000 or £200.00, and we cannot know which',
    examples: [
      { text: 'The Council should pay Mrs X £200.000 for her distress.', amount: '£200.000', verdict: 'unreadable' },
      { text: 'The Council should pay Mrs X £1,25 for her distress.', amount: '£1,25', verdict: 'unreadable' },
    ],
  },
  {
    name: 'range',
    pattern: null,
    verdict: 'range',
    why: 'findMoney marks both ends of a range ("between £100 and £300", "£200-£500"): a range is guidance, not a sum',
    examples: [
      { text: 'Our guidance suggests between £100 and £300. The Council should pay Mrs X £250 for her distress.', amount: '£100', verdict: 'range' },
      { text: 'Payments of £200-£500 are usual. The Council should pay Mrs X £250 for her distress.', amount: '£500', verdict: 'range' },
    ],
  },
  {
    name: 'zero-amount',
    pattern: null,
    verdict: 'zero',
    why: 'a zero amount ("£0") adds nothing and pays nobody',
    examples: [
      { text: 'The Council reduced the charge to £0 and should pay Mrs X £250 for her distress.', amount: '£0', verdict: 'zero' },
      { text: 'The balance is now £0.00. The Council should pay Mrs X £250 for her distress.', amount: '£0.00', verdict: 'zero' },
    ],
  },
  {
    name: 'grand-total',
    pattern: /\bbring(?:s|ing)? (?:the|her|his|their|its) total(?: \w+)? to\s*$/i,
    verdict: 'grand_total',
    why: '"a further £250, bringing the total to £750": the running total is not another payment (remedy.ts adds the earlier offers it implies)',
    examples: [
      { text: 'The Council should pay Mrs X a further £250, bringing the total to £750.', amount: '£750', verdict: 'grand_total' },
      { text: 'The Council agreed to pay Mr Y an extra £100, which brings his total payment to £400.', amount: '£400', verdict: 'grand_total' },
    ],
  },
  {
    name: 'replaced-offer',
    pattern: /\bfrom\s*$/i,
    also: /^\s*to\s+£/i,
    verdict: 'replaced_offer',
    why: '"increase its offer from £250 to £500": the old figure (right after "from", right before "to £") is replaced, not added',
    examples: [
      { text: 'The Council should increase its offer from £250 to £500 to recognise Mrs X’s distress.', amount: '£250', verdict: 'replaced_offer' },
      { text: 'The Council agreed to raise the payment to Mr Y from £1,000 to £1,500 for the lost provision.', amount: '£1,000', verdict: 'replaced_offer' },
    ],
  },
  {
    name: 'complainant-paid',
    pattern: new RegExp(
      `\\b(?:he|she|they|I|${anyOf(TITLES)}\\.? [A-Z]|the complainant|(?:her|his|their) (?:late )?(?:mother|father|son|daughter|husband|wife|family))\\s+(?:(?:has|had|have|already|then|also|originally|previously|now)\\s+)*$`,
    ),
    also: new RegExp(`^${anyOf(PAY_VERBS.pay.filter((f) => f !== 'paying'))}$`, 'i'),
    verdict: 'complainant_paid',
    why: '"Mrs B paid £400", "he has paid £240": the complainant (or their family) as the subject of "pay" — a figure, not a remedy',
    examples: [
      { text: 'Mrs X paid £400 for a private assessment. The Council should pay Mrs X £250 for her distress.', amount: '£400', verdict: 'complainant_paid' },
      { text: 'Mr Y says he has already paid two hundred and forty pounds. The Council should pay Mr Y £250 for his distress.', amount: 'two hundred and forty pounds', verdict: 'complainant_paid' },
      { text: 'The home confirmed that her late mother paid £85 towards her care. The Council should pay Mrs X £250 for her distress.', amount: '£85', verdict: 'complainant_paid' },
    ],
  },
  {
    name: 'negated',
    pattern: /\b(?:(?:would|will|could|should|did|does|do|has|have|had|is|was|were) not|(?:would|could|should|did|does|do|has|have|had|is|was|were)n['’]t|cannot|can['’]t|not (?:recommend|ask|pay|award|order|seek|consider)|no longer)\b[^.;£]{0,90}$/i,
    also: /\b(?:but|however|although|instead|should|will|must|agreed?|agrees)\b/i,
    verdict: 'negated',
    why: '"we would not recommend a payment of £750", "it did not pay the £200": a negation before the amount, unless a new clause (`also`: "but", "should" …) starts after it',
    examples: [
      { text: 'We would not recommend a payment of £750. The Council should pay Mrs X £250 for her distress.', amount: '£750', verdict: 'negated' },
      { text: 'The Council didn’t pay the £200 it had promised. The Council should pay Mrs X £250 for her distress.', amount: '£200', verdict: 'negated' },
      { text: 'We cannot question the care plan, but the Council should pay Mrs X £300 for her distress.', amount: '£300', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
    ],
  },
  {
    name: 'claim',
    pattern:
      /\b(?:complain(?:s|ed)?|failed to|fails to|refused to|refuses to|wants?|wanted|would like|wishes|asks?|asked|seeks?|sought|seeking|claims?|claimed|claiming|believes?|believed|thinks?|felt|feels|requests?|requested|requesting|demand(?:s|ed)?|hoped|expects?|says? (?:she|he|they) (?:is|was|are|were) (?:owed|due|entitled)|is owed|was owed|entitled to|appeal(?:ed)? for|refused|declined|rejected|would not|did not (?:pay|offer|refund)|not (?:to )?(?:pay|refund|offer))\b/i,
    verdict: 'claim',
    why: 'somebody asking for money ("Mrs X wants £2,000", "he claims he is owed") is not a remedy, nor money a body failed or refused to pay; read before the pay verb',
    examples: [
      { text: 'Mrs X wants the Council to pay her £2,000. The Council should pay Mrs X £250 for her distress.', amount: '£2,000', verdict: 'claim' },
      { text: 'Mr Y says he is owed two thousand pounds. The Council should pay Mr Y £250 for his distress.', amount: 'two thousand pounds', verdict: 'claim' },
      { text: 'The Council refused to refund the £95 she asked for. The Council should pay Mrs X £250 for her distress.', amount: '£95', verdict: 'claim' },
    ],
  },
  {
    name: 'ombudsman-asked',
    pattern: /\b(?:I|we)\b(?:(?!\bnot\b|n't)[^.;]){0,25}\b(?:asked|invited|recommend(?:ed)?|suggested|proposed)\b|\bat (?:our|my) (?:invitation|request|suggestion)\b|\bthe ombudsm[ae]n recommend/i,
    why: '"I asked the Council to pay…", "at our invitation": the Ombudsman asking is a remedy, not a claim (and in a closure, not something the body did itself)',
    examples: [
      { text: 'We asked the Council to pay Mrs X £300 for her distress.', amount: '£300', verdict: 'counted', status: 'recommended' },
      { text: 'Mr Y asked for his fees back and, at our invitation, the Council agreed to refund him £150.', amount: '£150', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'time-clause',
    pattern: /^\s*(?:when|after|once|since|before|following|in response to)\b[^,]{0,80},/i,
    why: '"When Mr X complained, the Council refunded …": a leading time clause is not the complainant’s claim, so the claim rule does not read it',
    examples: [
      { text: 'When Mrs X complained, the Council agreed to pay her £120 for the missed service.', amount: '£120', verdict: 'counted', status: 'recommended' },
      { text: 'After Mr Y asked for a review, the Council agreed to pay him £175 for his time and trouble.', amount: '£175', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'instalment',
    pattern: new RegExp(`\\b${INSTALMENT_WORD}\\s+of\\s*$`, 'i'),
    verdict: 'arrears',
    why: '"repay the overpayment in instalments of £50": an instalment of a debt, whoever pays it',
    examples: [
      { text: 'Mrs X agreed to repay the overpayment in instalments of £50. The Council should pay Mrs X £250 for her distress.', amount: '£50', verdict: 'arrears' },
      { text: 'The Council will accept monthly installments of £25. It should also pay Mr Y £150 for his time and trouble.', amount: '£25', verdict: 'arrears' },
    ],
  },
  {
    name: 'offset-against-debt',
    pattern: /^[^.;]{0,60}\b(?:used|offset|set|applied|put|credited)\b[^.;]{0,30}\b(?:against|to (?:reduce|clear|pay off)|towards|off)\b[^.;]{0,40}\b(?:arrears|debt|rent|account|balance|council tax|overpayment)/i,
    verdict: 'arrears',
    why: '"offered £200 but used it to reduce her rent arrears": money set against a debt (read after the amount) is not paid to anyone',
    examples: [
      { text: 'The Council offered Mrs X £200 but used it to reduce her rent arrears. It should pay Mrs X £250 for her distress.', amount: '£200', verdict: 'arrears' },
      { text: 'The Council agreed to pay £300, which it credited against Mr Y’s council tax account. It should also pay Mr Y £100 for his time and trouble.', amount: '£300', verdict: 'arrears' },
    ],
  },
  {
    name: 'waiver',
    pattern:
      /\b(?:waive[sd]?|waiving|write[s]? off|written off|writing off|wipe[sd]? out|cancel(?:s|led|ling)?|remove[sd]?|removing|removal of|not (?:to )?(?:pursue|recover|collect|charge|seek)|reduc(?:e|es|ed|ing) (?:the|its|her|his|their) (?:[\w-]+ ){0,3}(?:invoice|bill|charges?|debt|fees?|account|arrears|liability|balance) by|credit (?:her|his|their|the) account with)\b[^£;]{0,60}$/i,
    also: new RegExp(`\\b${anyOf(HAND_OVER_LEMMAS)}\\b[^£]*$`, 'i'),
    verdict: 'waiver',
    why: '"waive the outstanding charge of £181": waived, cancelled or written off money is reported apart as waived, never paid — unless a pay verb (`also`) follows the waiver word',
    examples: [
      { text: 'The Council will waive the outstanding charge of £181 and pay Mrs X £250 for her distress.', amount: '£181', verdict: 'waiver' },
      { text: 'The Council should write off the £1,450 invoice and pay Mr Y £200 for his time and trouble.', amount: '£1,450', verdict: 'waiver' },
      { text: 'The Council should cancel the penalty and pay Mrs X £150 for her time and trouble.', amount: '£150', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
    ],
  },
  {
    name: 'no-cue',
    pattern: null,
    verdict: 'no_cue',
    why: 'no pay verb governs the amount and no payment noun names it (count.ts): a figure the sentence only mentions',
    examples: [
      { text: 'The report was sent on 3 May. The care package was worth considering at £90 in 2023. The Council should pay Mrs X £250 for her distress.', amount: '£90', verdict: 'no_cue' },
      { text: 'The home’s weekly fee rose by £40 in April. The Council should pay Mrs X £250 for her distress.', amount: '£40', verdict: 'no_cue' },
    ],
  },
] as const satisfies readonly Rule[];

/** The rules that set money aside, by name. */
export const SET_ASIDE = tableOf(RULES);
/** The same rules as a list, in the order they are read. */
export const SET_ASIDE_RULES: readonly Rule[] = RULES;
