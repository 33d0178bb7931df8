/**
 * Cues that set money aside: the amount is somebody's claim, money the complainant paid, negated, a debt's
 * instalment, set against a debt, waived, a running total, a replaced offer, or not a sum at all. The first rule that
 * holds decides (payments.ts `candidatesIn` reads them in this order). Figures named by their words (fees, costs,
 * arrears, thresholds …) are in figure-words.ts.
 */
import { anyOf, HAND_OVER_LEMMAS, INSTALMENT_WORD, PAY_VERBS, TITLES } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

/** The base forms of the verbs that hand money over ("pay", "refund", "repay", "reimburse"): a new action after ", and". */
const HAND_OVER_VERBS = HAND_OVER_LEMMAS.map((l) => PAY_VERBS[l][0]);
/** The complainant or their family, as the subject of a verb ("Mrs X", "She", "his late mother"). */
const COMPLAINANT = `(?:[Hh]e|[Ss]he|[Tt]hey|I|${anyOf(TITLES)}\\.? [A-Z]|[Tt]he complainant|(?:[Hh]er|[Hh]is|[Tt]heir) (?:late )?(?:mother|father|son|daughter|husband|wife|family))`;
/** What may stand between that subject and its verb: "has already", "had to", "was required to". */
const AUXILIARIES = `(?:(?:has|had|have|already|then|also|originally|previously|now|later|eventually|subsequently)\\s+|(?:had|has|have|needed|was (?:required|made|ordered|forced|asked)|were (?:required|made|ordered|forced|asked)) to\\s+)*`;
/** The subject's earlier verb, in the past, before "and paid" ("set up a payment plan and paid"): a verb, not "and his wife". */
const EARLIER_VERB = `(?:\\w+ed|set|made|took|went|got|had|was|were|found|gave|sent|rang|spoke|wrote|came|chose|paid)\\b`;

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
    name: 'whole-of-part',
    pattern: /^\s*(?:of|out of)\s+(?:the|a|an|her|his|their|its|this|that|[A-Z][a-z]{1,3}\.? [A-Z]['’]s)?\s*$/,
    why: '"refunded £80 of the £160 penalty charge": the second amount is the sum the first is part of, not a second payment; its verdict is named by the words after it (a fee here), else a figure quoted',
    examples: [
      { text: 'The Council has already refunded £80 of the £160 penalty charge Mr Y had paid. The Council should pay Mr Y £100 for his time and trouble.', amount: '£160', verdict: 'fee' },
      { text: 'The Council will repay £1,200 out of the £2,000 Mrs X paid for the works.', amount: '£2,000', verdict: 'other_figure' },
      { text: 'The Council will repay £1,200 out of the £2,000 Mrs X paid for the works.', amount: '£1,200', verdict: 'counted', status: 'recommended', rule: 'refund-verb' },
    ],
  },
  {
    name: 'complainant-paid',
    pattern: new RegExp(
      `\\b${COMPLAINANT}\\s+(?:${AUXILIARIES}${anyOf(PAY_VERBS.pay.filter((f) => f !== 'paying'))}|${EARLIER_VERB}(?:(?!\\b(?:which|who|that|it|council|but|so)\\b)[^,;.£]){0,60}?\\s+and\\s+${AUXILIARIES}(?:paid|(?<=\\bto )pay))$`,
    ),
    verdict: 'complainant_paid',
    why: '"Mrs B paid £400", "She paid £400", "he has paid £240", "Mr X had to pay £130", "Ms X set up a payment plan and paid £270": the complainant (or their family) as the subject of "pay" — after auxiliaries ("had to"), or of an earlier past verb joined by "and paid" — is a figure, not a remedy (read on the words up to the pay verb)',
    examples: [
      { text: 'Mrs X paid £400 for a private assessment. The Council should pay Mrs X £250 for her distress.', amount: '£400', verdict: 'complainant_paid' },
      { text: 'Mr Y says he has already paid two hundred and forty pounds. The Council should pay Mr Y £250 for his distress.', amount: 'two hundred and forty pounds', verdict: 'complainant_paid' },
      { text: 'The home confirmed that her late mother paid £85 towards her care. The Council should pay Mrs X £250 for her distress.', amount: '£85', verdict: 'complainant_paid' },
      { text: 'Mr Y had to pay £130 because of this. The Council should pay Mr Y £250 for his distress.', amount: '£130', verdict: 'complainant_paid' },
      { text: 'Mrs X set up a payment plan and paid £270 in January. The Council should pay Mrs X £250 for her distress.', amount: '£270', verdict: 'complainant_paid' },
      { text: 'She paid £400 for a private assessment. The Council should pay Mrs X £250 for her distress.', amount: '£400', verdict: 'complainant_paid' },
      { text: 'He has already paid a total of £240.', amount: '£240', verdict: 'complainant_paid', in: 'body', closure: true },
      { text: 'The Council should apologise to Mr Y and his wife and pay them £250 for their distress.', amount: '£250', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
      { text: 'The Council will reimburse the bank charges she incurred and pay her £500 for her distress.', amount: '£500', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
    ],
  },
  {
    name: 'negated',
    pattern: /\b(?:(?:would|will|could|should|did|does|do|has|have|had|is|was|were) not|(?:would|could|should|did|does|do|has|have|had|is|was|were)n['’]t|cannot|can['’]t|not (?:recommend|ask|pay|award|order|seek|consider)|no longer)\b[^.;£]{0,90}$/i,
    also: new RegExp(`\\b(?:but|however|although|instead|should|will|must|agreed?|agrees)\\b|,\\s*and\\s+(?:(?:then|also|to)\\s+)*${anyOf(HAND_OVER_VERBS)}\\b`, 'i'),
    verdict: 'negated',
    why: '"we would not recommend a payment of £750", "it did not pay the £200": a negation before the amount, unless a new clause (`also`: "but", "should" …, or ", and pay") starts after it ("cancel the £75 invoice for the collection that did not take place, and pay Mr Y £100")',
    examples: [
      { text: 'We would not recommend a payment of £750. The Council should pay Mrs X £250 for her distress.', amount: '£750', verdict: 'negated' },
      { text: 'The Council didn’t pay the £200 it had promised. The Council should pay Mrs X £250 for her distress.', amount: '£200', verdict: 'negated' },
      { text: 'We cannot question the care plan, but the Council should pay Mrs X £300 for her distress.', amount: '£300', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
      { text: 'The Council will cancel the £75 invoice for the bulky waste collection that did not take place, and pay Mr Y £100 for his time and trouble.', amount: '£100', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
      { text: 'The Council did not pay the invoice, and Mrs X paid the £90 herself. The Council should pay Mrs X £250 for her distress.', amount: '£90', verdict: 'complainant_paid', rule: 'complainant-paid' },
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
