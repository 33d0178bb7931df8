/**
 * The remedy rules' vocabulary: every word list the money rules share is written here once, and the detection
 * patterns (rules/*.ts) and the verdict names (verdicts.ts) are built from it. Entries are regex source fragments.
 */
import type { VerdictName } from '../verdicts.js';

/** "a|b|c" as one group, for building a pattern from a list. */
export const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** Titles a decision names people by: "Mr X", "Mrs B", "Dr Y". */
export const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'] as const;
/**
 * People and parties a decision pays, as it names them when it gives no letter name: one vocabulary for payees,
 * complainants and "each" splits ("the teenager", "the aunt and uncle", "the first family", "her late mother's estate").
 */
export const PARTY_NOUNS = [
  'family', 'families', 'estate', 'care home', 'nursing home', 'care provider', 'providers?', 'care agency', 'complainants?', 'residents?', 'tenants?', 'leaseholders?', 'parents?', 'neighbours?', 'couple', 'carers?', 'guardians?',
  'son', 'daughter', 'mother', 'father', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandparents?', 'child', 'children', 'teenager', 'young (?:person|man|woman)',
  'boy', 'girl', 'man', 'woman', 'men', 'women', 'husband', 'wife', 'partner', 'widow', 'widower', 'sister', 'brother', 'siblings?', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'landlord', 'household', 'owners?', 'applicant', 'claimant', 'student', 'pupil', 'resident', 'occupiers?',
] as const;
/** The four titles two older rules know (they never learnt "Mx" and "Dr"; kept so their behaviour is unchanged). */
export const COMMON_TITLES = TITLES.slice(0, 4);

/** Verbs that hand money over, by lemma, with the forms the rules read (order: as the rules were first written). */
export const PAY_VERBS = {
  pay: ['pay', 'pays', 'paying', 'paid'],
  repay: ['repay', 'repays', 'repaid', 'repaying'],
  refund: ['refund', 'refunds', 'refunded', 'refunding'],
  reimburse: ['reimburse', 'reimburses', 'reimbursed', 'reimbursing'],
  return: ['return', 'returns', 'returned', 'returning'],
  settle: ['settle', 'settles', 'settled', 'settling'],
  compensate: ['compensate', 'compensates'],
  offer: ['offer', 'offers', 'offered', 'offering'],
  award: ['award', 'awards'],
  give: ['give', 'gives', 'giving'],
  make: ['make', 'makes', 'making'],
  send: ['sent', 'send', 'sends'],
  increase: ['increase', 'increases'],
} as const satisfies Record<string, readonly string[]>;
export type PayLemma = keyof typeof PAY_VERBS;

/** Verbs that give back (or settle) a known sum. */
export const REFUND_LEMMAS = ['repay', 'refund', 'reimburse', 'return', 'settle'] as const satisfies readonly PayLemma[];
/** Verbs that plainly hand money to the complainant (a waiver followed by one of them pays, it does not waive). */
export const HAND_OVER_LEMMAS = ['pay', 'refund', 'repay', 'reimburse'] as const satisfies readonly PayLemma[];

/** Every form of the given lemmas, in table order. */
export function formsOf(lemmas: readonly PayLemma[] = Object.keys(PAY_VERBS) as PayLemma[]): string[] {
  return lemmas.flatMap((l) => PAY_VERBS[l]);
}

/** The "instalments" word (a debt's instalment): an arrears word, and the whole of the instalment rule. */
export const INSTALMENT_WORD = 'instal(?:l)?ments?';

/**
 * Words just before an amount that make it a figure, not a remedy, by the verdict they give. Order matters for the
 * verdict only: the first group whose word the matched text holds names it; `other_figure` is the rest.
 */
export const FIGURE_WORDS = [
  ['fee', ['fees?', 'charges?', 'charged', 'charging', 'invoice[sd]?', 'bill(?:ed|s)?', 'surcharge', 'fine', 'penalty', 'price[sd]?']],
  ['cost', ['costs?', 'costing', 'cost (?:him|her)']],
  ['grant', ['grants?']],
  ['benefit', ['benefits?', 'allowance', 'relief', 'rebate', 'tax', 'support(?: payment)? of']],
  ['arrears', ['owe[sd]?', 'owing', 'debt', 'arrears', 'rent', 'overpayment', 'balance of', 'credit of', 'shortfall of', INSTALMENT_WORD]],
  ['threshold', ['threshold', 'limit', 'budget', 'up to', 'over', 'more than', 'less than', 'at least', 'exceed(?:s|ed|ing)?', 'under', 'approximately', 'about', 'around', 'maximum', 'minimum', 'rate of']],
  // Figures quoted: nothing in the words above names them, so they are "another figure".
  ['other_figure', ['worth', 'valued?', 'salary', 'income', 'deposit', 'loan', 'of about', 'totalled', 'spent', 'lost out on', 'lose', 'lost', 'earn(?:s|ed)?', 'awarded (?:\\w+ )?(?:of)?', 'payment for', 'account', 'for']],
] as const satisfies ReadonlyArray<readonly [VerdictName, readonly string[]]>;
export type FigureVerdict = (typeof FIGURE_WORDS)[number][0];

/** What an amount's harm words are: "for the distress", "for her time and trouble", "for the delay". */
export const HARM_WORDS = ['distress', 'time', 'trouble', 'frustration', 'uncertainty', 'inconvenience', 'anxiety', 'injustice', 'upset', 'stress', 'missed', 'loss', 'lost', 'delay', 'fault', 'impact', 'harm', 'worry'] as const;

/** Numbers in words a period is counted in ("for twelve weeks"); a word's index + 1 is its value. */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;
