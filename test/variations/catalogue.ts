// The variants the variation suite makes, by kind. A sentence variant rewrites the evidence sentence wherever it
// appears; a text variant rewrites the decision text around one occurrence of it (bullet ⇄ prose).
import { amountInWords, amountWithCommas, amountWithoutCommas, amountWithPence } from './amount-variants.js';
import { curlyApostrophes, nbspBeforeAmount, splitBeforeAmount, splitMidSentence, straightApostrophes, toggleBullet } from './layout-variants.js';
import { payeeAfterAmount, payeeBeforeAmount, PRIOR_FORMS, RECOMMENDED_FORMS, toPriorForm, toRecommendedForm } from './wording-variants.js';

export type Status = 'recommended' | 'prior';

/** Kinds whose variants must all keep the payments, and kinds measured against a floor (the rule engineer's work list). */
export const EXACT_KINDS = ['amount format', 'amount in words', 'line break', 'bullet ⇄ prose', 'apostrophes', 'no-break space'] as const;
export const WORDING_KINDS = ['verb form (recommended)', 'verb form (prior)', 'payee order'] as const;
export type Kind = (typeof EXACT_KINDS)[number] | (typeof WORDING_KINDS)[number];

interface Base {
  kind: Kind;
  /** What the variant does, for the report ("→ has agreed to", "£1000"). */
  name: string;
  /** Only for sentences that evidence a payment of this status (verb forms stay within their status). */
  status?: Status;
}
export interface SentenceVariant extends Base {
  make: (sentence: string) => string | null;
}
export interface TextVariant extends Base {
  make: (text: string, start: number, sentence: string) => string | null;
}

export const SENTENCE_VARIANTS: readonly SentenceVariant[] = [
  { kind: 'amount format', name: '£1,000', make: amountWithCommas },
  { kind: 'amount format', name: '£1000', make: amountWithoutCommas },
  { kind: 'amount format', name: '£1,000.00 / £250.00', make: amountWithPence },
  { kind: 'amount in words', name: 'one thousand pounds', make: amountInWords },
  ...RECOMMENDED_FORMS.map((form): SentenceVariant => ({ kind: 'verb form (recommended)', name: `→ ${form}`, status: 'recommended', make: (s) => toRecommendedForm(s, form) })),
  ...PRIOR_FORMS.map((form): SentenceVariant => ({ kind: 'verb form (prior)', name: `→ ${form}`, status: 'prior', make: (s) => toPriorForm(s, form) })),
  { kind: 'payee order', name: 'pay £250 to Mrs X', make: payeeAfterAmount },
  { kind: 'payee order', name: 'pay Mrs X £250', make: payeeBeforeAmount },
  { kind: 'line break', name: 'split in the middle', make: splitMidSentence },
  { kind: 'line break', name: 'split before the amount', make: splitBeforeAmount },
  { kind: 'apostrophes', name: 'straight', make: straightApostrophes },
  { kind: 'apostrophes', name: 'curly', make: curlyApostrophes },
  { kind: 'no-break space', name: 'NBSP before £', make: nbspBeforeAmount },
];

export const TEXT_VARIANTS: readonly TextVariant[] = [{ kind: 'bullet ⇄ prose', name: 'bullet item ⇄ prose', make: toggleBullet }];
