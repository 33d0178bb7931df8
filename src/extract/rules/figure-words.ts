/**
 * Figures named by their words: an amount right after "fees of", "costs", "a grant of", "arrears of", "up to",
 * "worth" … (or right before "fees", "deposit", "in rent" …) is a charge, a claim, a threshold or a figure quoted, not a
 * remedy. One rule per verdict, each built from its word list in vocabulary.ts; payments.ts reads their union.
 */
import { anyOf, FIGURE_WORDS, type FigureVerdict } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

/** What may stand between a figure word and the amount: "fees of the £…", "a grant of a £…". */
const FIGURE_TAIL = '\\s*(?:of\\s+)?(?:the |a |an |her |his |its |their )?$';
const wordsOf = (verdict: FigureVerdict): readonly string[] => FIGURE_WORDS.find(([v]) => v === verdict)![1];
/** The words of one verdict, right before the amount. */
const before = (verdict: FigureVerdict): RegExp => new RegExp(`\\b${anyOf(wordsOf(verdict))}${FIGURE_TAIL}`, 'i');

/** Figure words that reach through "a total of": every group but thresholds, and the figures quoted that name money. */
const THROUGH_TOTAL_WORDS = [
  ...(['fee', 'cost', 'grant', 'benefit', 'arrears'] as const).flatMap((v) => wordsOf(v)),
  ...['worth', 'valued?', 'salary', 'income', 'deposit', 'loan', 'spent', 'earn(?:s|ed)?'],
];

const RULES = [
  {
    name: 'fee-before',
    pattern: before('fee'),
    verdict: 'fee',
    why: '"fees of £310", "a bill of £85", "the £70 penalty": a fee, charge, bill or invoice is what the body asks for, not a remedy',
    examples: [
      { text: 'The Council charged fees of £310 for the service. The Council should pay Mrs X £250 for her distress.', amount: '£310', verdict: 'fee' },
      { text: 'Mr Y received a bill of £85.50 in March. The Council should pay Mr Y £250 for his distress.', amount: '£85.50', verdict: 'fee' },
    ],
  },
  {
    name: 'cost-before',
    pattern: before('cost'),
    verdict: 'cost',
    why: '"the works cost £4,000", "it would cost her £650": the cost of a service or of works',
    examples: [
      { text: 'The repairs cost £4,000. The Council should pay Mrs X £250 for her distress.', amount: '£4,000', verdict: 'cost' },
      { text: 'A private assessment would cost her £650. The Council should pay Mrs X £250 for her distress.', amount: '£650', verdict: 'cost' },
    ],
  },
  {
    name: 'grant-before',
    pattern: before('grant'),
    verdict: 'grant',
    why: '"a grant of £5,000": a grant the body gives under a scheme, not a remedy',
    examples: [
      { text: 'Mrs X applied for a grant of £5,000 for the adaptations. The Council should pay Mrs X £250 for her distress.', amount: '£5,000', verdict: 'grant' },
      { text: 'The business received grants of £10k in 2021. The Council should pay Mr Y £250 for his distress.', amount: '£10k', verdict: 'grant' },
    ],
  },
  {
    name: 'benefit-before',
    pattern: before('benefit'),
    verdict: 'benefit',
    why: '"housing benefit of £120", "relief of £300", "an allowance of £60": a benefit, allowance, relief or tax',
    examples: [
      { text: 'Mr Y received an allowance of £60 each week. The Council should pay Mr Y £250 for his distress.', amount: '£60', verdict: 'benefit' },
      { text: 'The Council awarded small business rate relief of £3,000. It should pay Mrs X £250 for her distress.', amount: '£3,000', verdict: 'benefit' },
    ],
  },
  {
    name: 'arrears-before',
    pattern: before('arrears'),
    verdict: 'arrears',
    why: '"rent arrears of £1,900", "Mr Y owed £640": a debt, arrears, rent or an overpayment',
    examples: [
      { text: 'Mrs X had rent arrears of £1,900 when she moved. The Council should pay Mrs X £250 for her distress.', amount: '£1,900', verdict: 'arrears' },
      { text: 'The Council said Mr Y owed £640. The Council should pay Mr Y £250 for his distress.', amount: '£640', verdict: 'arrears' },
    ],
  },
  {
    name: 'threshold-before',
    pattern: before('threshold'),
    verdict: 'threshold',
    why: '"savings over £23,250", "up to £500", "about £2,000": a limit, threshold or approximate figure',
    examples: [
      { text: 'People with savings over £23,250 pay the full cost. The Council should pay Mrs X £250 for her distress.', amount: '£23,250', verdict: 'threshold' },
      { text: 'The scheme pays up to £500 towards moving costs. The Council should pay Mr Y £250 for his distress.', amount: '£500', verdict: 'threshold' },
    ],
  },
  {
    name: 'figure-before',
    pattern: before('other_figure'),
    verdict: 'other_figure',
    why: '"worth £250,000", "earns £1,800", "a loan of £2,000": a figure quoted (salary, deposit, loan, value, money spent or lost)',
    examples: [
      { text: 'The house is worth £250,000. The Council should pay Mrs X £250 for her distress.', amount: '£250,000', verdict: 'other_figure' },
      { text: 'Mr Y earns one thousand eight hundred pounds a month. The Council should pay Mr Y £250 for his distress.', amount: 'one thousand eight hundred pounds', verdict: 'other_figure' },
    ],
  },
  {
    name: 'figure-through-total',
    pattern: new RegExp(`\\b${anyOf(THROUGH_TOTAL_WORDS)}\\s+(?:a total of|in total|totall?ing)\\s*$`, 'i'),
    why: '"Mr X was charged a total of £310", "invoices totalling £1,240", "he owed a total of £640": a fee, cost, grant, benefit or debt word (or money spent, earned, lent) before "a total of" or "totalling" names the total as that figure — not a payment noun there',
    examples: [
      { text: 'Mr X was charged a total of £310 in enforcement fees.', amount: '£310', verdict: 'fee', in: 'body', closure: true },
      { text: 'Mr Y owed a total of £640 by March. The Council should pay Mr Y £250 for his distress.', amount: '£640', verdict: 'arrears' },
      { text: 'Mrs X received housing benefit totalling £900 that year. The Council should pay Mrs X £250 for her distress.', amount: '£900', verdict: 'benefit' },
      { text: 'The Council should pay Mrs X a total of £500 for her distress.', amount: '£500', verdict: 'counted', status: 'recommended', rule: 'pay-verb' },
    ],
  },
  {
    name: 'figure-after',
    pattern:
      /^\s*(?:fees?\b|deposit|charges?\b|bill\b|invoice|of (?:rates |business )?relief|test and trace|(?:support |grant |discretionary )payment|overpayment|rebate|refund\b|short\b|in (?:rent|arrears|council tax|cred)|penalty|PCN|surcharge|grant|fine\b|per cent|%|of (?:council tax|rent|arrears|debt|benefit)|(?:of )?debt|(?:of )?arrears|budget|which (?:he|she|they|Mr|Mrs|Ms|Miss) paid|plus|threshold|limit|a (?:week|month|year) in|(?:of )?(?:housing|council tax) benefit|was paid|were paid|(?:for|of) (?:the )?(?:land|property|works?|repairs?|building|extension|house|scheme))/i,
    why: '"a £400 deposit", "£50 in rent", "£1,200 of arrears", "the £70 PCN": the words right after the amount name it as a figure; the verdict is named from those words as for the words before',
    examples: [
      { text: 'The landlord kept a £400 deposit. The Council should pay Mrs X £250 for her distress.', amount: '£400', verdict: 'other_figure' },
      { text: 'Mr Y fell £1,200 behind, £600 in rent and the rest in council tax. The Council should pay Mr Y £250 for his distress.', amount: '£600', verdict: 'arrears' },
      { text: 'The £35 fee was not refunded. The Council should pay Mrs X £250 for her distress.', amount: '£35', verdict: 'fee' },
    ],
  },
] as const satisfies readonly Rule[];

/** The figure rules, by name. */
export const FIGURES = tableOf(RULES);
export const FIGURE_RULES: readonly Rule[] = RULES;

/** Every figure word before an amount, in one pattern: the union of the `-before` rules. */
export const FIGURE_BEFORE_RE = new RegExp(`\\b${anyOf(FIGURE_WORDS.flatMap(([, words]) => words))}${FIGURE_TAIL}`, 'i');

/** The `-before` rule that names a verdict. */
export const FIGURE_RULE_OF: Readonly<Record<FigureVerdict, (typeof RULES)[number]['name']>> = {
  fee: 'fee-before',
  cost: 'cost-before',
  grant: 'grant-before',
  benefit: 'benefit-before',
  arrears: 'arrears-before',
  threshold: 'threshold-before',
  other_figure: 'figure-before',
};
