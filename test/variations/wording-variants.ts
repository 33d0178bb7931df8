// Wording variants (issue 14, variation tests): the same remedy said with another verb form of the same status, or
// with the payee on the other side of the amount. Each is a pure function of the sentence: the new sentence, or null
// when the sentence has no such wording (or already says it that way).

/**
 * A verb phrase that puts a payment in the future: "should", "will", "must", "(has) agreed to" before the verbs of the
 * remedy. Not "will not", "should have" (what ought to have happened), "will be" or "had agreed to" (an earlier past).
 */
const RECOMMENDED_VERB_RE =
  /\b(?:(?:has|have)\s+(?:(?:now|also|since|already|therefore)\s+)?agreed to|(?<!\bhad\s+(?:\w+\s+)?)agreed to|agrees to|should|will|must)(?=,?\s+(?!not\b|have\b|be\b)[a-z])/gi;
/** A verb that makes or gives a payment, between the phrase above and the amount. */
const PAY_WORD_RE = /\b(?:pay|pays|refund|repay|reimburse|make|give|award|offer|settle|return|provide)\b/i;
/** The next amount: in figures or in words. */
const AMOUNT_AHEAD_RE = /£|\bpounds?\b/i;

/** The recommended-status forms swapped with each other. */
export const RECOMMENDED_FORMS = ['should', 'will', 'has agreed to', 'agreed to', 'must'] as const;
export type RecommendedForm = (typeof RECOMMENDED_FORMS)[number];

const matchCase = (original: string, replacement: string): string =>
  /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;

/** Every recommended verb phrase that governs an amount: it is followed by a pay verb and then the amount, with no other such phrase between. */
function recommendedPhrases(sentence: string): RegExpExecArray[] {
  const all = [...sentence.matchAll(RECOMMENDED_VERB_RE)];
  return all.filter((m, i) => {
    const from = m.index + m[0].length;
    const amount = sentence.slice(from).search(AMOUNT_AHEAD_RE);
    if (amount < 0) return false;
    const next = all[i + 1];
    if (next && next.index < from + amount) return false;
    return PAY_WORD_RE.test(sentence.slice(from, from + amount));
  });
}

/** "should pay" / "will pay" / "has agreed to pay" / "agreed to pay" / "must pay" → the `form` given. */
export function toRecommendedForm(sentence: string, form: RecommendedForm): string | null {
  const phrases = recommendedPhrases(sentence);
  if (!phrases.length) return null;
  let out = '';
  let at = 0;
  for (const m of phrases) {
    out += sentence.slice(at, m.index) + matchCase(m[0], form);
    at = m.index + m[0].length;
  }
  out += sentence.slice(at);
  return out === sentence ? null : out;
}

/**
 * A past payment or offer: "has (already) paid", "had offered", "have now refunded", or a bare "paid"/"offered"/
 * "refunded" after its subject ("it", "he", "the Council", "and"), with an adverb before it or not ("It therefore
 * offered"). Not the participle of a noun phrase ("the fees paid to date", "offered by the Council").
 */
const PRIOR_VERB_RE =
  /\b(?:(has|have|had)\s+(?:(?:already|now|also|previously|since|therefore)\s+)?|(therefore|already|now|also|then|previously|subsequently|later)\s+)?(paid|offered|refunded)\b(?!\s+(?:by|to date)\b)/gi;
/** What stands before a bare past verb (or its adverb) for it to be a verb with a subject. */
const SUBJECT_BEFORE_RE = /\b(it|he|she|they|we|i|you|which|that|and|[A-Z][A-Za-z]*)\s+$/;
/** Subjects that take "have". */
const PLURAL_SUBJECT_RE = /^(?:they|we|i|you)$/i;

/** The prior-status forms of one verb: "paid" ⇄ "has paid" ⇄ "has already paid" (and the same for offered, refunded). */
export const PRIOR_FORMS = ['simple past', 'has …', 'has already …'] as const;
export type PriorForm = (typeof PRIOR_FORMS)[number];

/**
 * "has paid" / "paid" / "has already paid" (and offered, refunded) → the `form` given, keeping the verb and an adverb
 * that stood before a bare verb ("It therefore offered" → "It has therefore offered").
 */
export function toPriorForm(sentence: string, form: PriorForm): string | null {
  let changed = false;
  const out = sentence.replace(PRIOR_VERB_RE, (whole, aux: string | undefined, adverb: string | undefined, verb: string, offset: number) => {
    const subject = SUBJECT_BEFORE_RE.exec(sentence.slice(0, offset));
    if (!aux && !subject) return whole;
    const have = subject && PLURAL_SUBJECT_RE.test(subject[1]!) ? 'have' : 'has';
    const kept = adverb ? `${adverb} ` : '';
    const already = adverb?.toLowerCase() === 'already' ? '' : 'already ';
    const next = form === 'simple past' ? `${kept}${verb}` : form === 'has …' ? `${have} ${kept}${verb}` : `${have} ${kept}${already}${verb}`;
    if (next !== whole) changed = true;
    return matchCase(whole, next);
  });
  return changed ? out : null;
}

/** Who is paid, as written next to the amount: "Mrs X", "Mr and Mrs X", "her", "the family", "each of the neighbours". */
const PAYEE = String.raw`(?:(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?: [A-Z])? and )?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]\b|her|him|them|the (?:family|complainants?|neighbours|resident|parents)|each of (?:the \w+|them))`;
/** What may stand between the payee and the figure: "an additional", "a symbolic payment of". */
const LEAD = String.raw`(?:an additional |a further |a symbolic payment of |a payment of |a total of |the sum of )?`;
const FIGURE = String.raw`£\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?(?![\d,.]?\d)`;
/** The verbs that take a payee and an amount, lower case or starting a sentence. */
const GIVE_VERB = String.raw`\b(?:${['pay', 'pays', 'paid', 'paying', 'repay', 'repays', 'repaid', 'refund', 'refunds', 'refunded', 'give', 'gives', 'make', 'makes', 'offer', 'offers', 'offered']
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
/** "pay Mrs X £250" (verb, payee, amount). */
const PAYEE_FIRST_RE = new RegExp(String.raw`(${GIVE_VERB}) (${PAYEE}) (${LEAD}${FIGURE})`, 'g');
/** "pay £250 to Mrs X" (verb, amount, "to" payee). */
const AMOUNT_FIRST_RE = new RegExp(String.raw`(${GIVE_VERB}) (${LEAD}${FIGURE}) to (${PAYEE})\b`, 'g');

/** "pay Mrs X £250" → "pay £250 to Mrs X". */
export function payeeAfterAmount(sentence: string): string | null {
  const out = sentence.replace(PAYEE_FIRST_RE, (_w, verb: string, payee: string, amount: string) => `${verb} ${amount} to ${payee}`);
  return out === sentence ? null : out;
}

/** "pay £250 to Mrs X" → "pay Mrs X £250". */
export function payeeBeforeAmount(sentence: string): string | null {
  const out = sentence.replace(AMOUNT_FIRST_RE, (_w, verb: string, amount: string, payee: string) => `${verb} ${payee} ${amount}`);
  return out === sentence ? null : out;
}
