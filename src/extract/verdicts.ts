/**
 * The verdict vocabulary: for every £ in a decision, whether it is counted as remedy money and, when it is not, why.
 * One table, so `lgsco explain`, the tests and the README use the same names and the same words.
 */
import { anyOf, FIGURE_WORDS } from './rules/vocabulary.js';
import type { Sentence } from './sentences.js';

/** Why an amount is counted, or is not. */
export const VERDICTS = {
  // Counted: the amount is (part of) the remedy.
  counted: 'counted: a remedy payment',
  rate_times_period: 'counted: a rate for a stated period ("£25 a week for 12 weeks")',
  // Counted elsewhere: the money is in the total once, under another mention.
  whole_of_parts: 'not counted itself: a stated whole whose parts are counted',
  rate_behind_total: 'not counted itself: a rate behind a stated total, which is counted',
  restated_total: 'not counted itself: a total restating payments already counted',
  duplicate: 'not counted again: the same payment counted from another sentence',
  summary_repeat: 'not counted again: the Summary restates a payment of the remedy statement',
  // Not remedy money.
  open_rate: 'not counted: a rate with no total or period (an unquantified remedy)',
  claim: 'not counted: a claim — what the complainant asked for, wanted or says is owed',
  complainant_paid: 'not counted: money the complainant paid',
  negated: 'not counted: negated ("would not recommend", "did not pay")',
  fee: 'not counted: a fee, charge, bill or invoice',
  cost: 'not counted: the cost of a service or of works',
  grant: 'not counted: a grant',
  benefit: 'not counted: a benefit, allowance, relief or tax',
  arrears: 'not counted: a debt, arrears, rent or an overpayment',
  threshold: 'not counted: a limit, threshold or approximate figure',
  other_figure: 'not counted: a figure quoted (salary, deposit, loan, value, money spent or lost)',
  waiver: 'not counted: waived, cancelled or written off (reported apart as waived)',
  range: 'not counted: a range ("£100 to £300"), not a sum',
  zero: 'not counted: a zero amount',
  grand_total: 'not counted: a running total ("bringing the total to …"); its parts are counted',
  replaced_offer: 'not counted: an offer replaced by a higher one ("from £250 to £500")',
  no_cue: 'not counted: no pay verb or payment noun governs the amount',
  boilerplate: 'not counted: standard text (the Ombudsman’s role, guidance quoted)',
  context: 'not counted: in the body; the remedy statement and Summary name the payments',
  body_no_remedy_word: 'not counted: in the body with no remedy word near it',
  no_remedy_basis: 'not counted: the decision rests on no fault or no injustice, so money the body paid or refunded is an account correction, not a remedy',
  not_used: 'not counted: a payment-shaped amount outside the parts of the decision the remedy is read from',
  unreadable: 'not counted: no amount could be read',
} as const;

export type VerdictName = keyof typeof VERDICTS;

/** Verdicts that put the mention's money in the total. */
export const COUNTED_VERDICTS: ReadonlySet<VerdictName> = new Set(['counted', 'rate_times_period']);

/** What a rule decided about one mention; `rule` is the name of the rule that decided (src/extract/rules/). */
export interface TraceNote {
  verdict: VerdictName;
  rule: string;
}

/** Collects notes on mentions as the extractor decides them (absent in normal parsing: no cost). */
export type RemedyTrace = (sentence: Sentence, start: number, note: TraceNote) => void;

/**
 * The words before an amount that make it a figure, not a remedy, mapped to their verdict (first match wins). Built
 * from the one word list (rules/vocabulary.ts) that the figure rules' patterns are built from too.
 */
export const NON_REMEDY_WORDS: ReadonlyArray<readonly [VerdictName, RegExp]> = FIGURE_WORDS.filter(([verdict]) => verdict !== 'other_figure').map(
  ([verdict, words]) => [verdict, new RegExp(`\\b${anyOf(words)}\\b`, 'i')] as const,
);

/** The verdict for an amount named as a figure by `words` (the words just before or after it). */
export function nonRemedyVerdict(words: string): VerdictName {
  for (const [verdict, re] of NON_REMEDY_WORDS) if (re.test(words)) return verdict;
  return 'other_figure';
}
