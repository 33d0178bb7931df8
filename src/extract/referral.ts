import type { Payment, UnquantifiedRemedy } from '../../schemas/remedy.js';
import { AMOUNT_SOURCE, findMoney } from './money.js';
import { resolvePayee } from './payees.js';
import { paymentOf, type Candidate } from './candidate.js';
import type { Sentence } from './sentences.js';
import { REFUND_TYPE_RE } from './unquantified.js';

/** Refunds that point to a figure stated elsewhere ("refund the charges he paid" … "In total he has paid £240"). */
/** The thing a refund returns: "refund the enforcement fees Mr X paid" → modifier "enforcement", noun "fee". */
const REFUND_OBJECT_RE = /\b(?:refund|repay|reimburse|return)\b(?:\s+(?:Mr|Mrs|Ms|Miss|Mx) [A-Z])?\s+(?:the|her|his|their|any)\s+(?:([\w-]+)\s+)?(fee|charge|cost|deposit|payment|fine|penalt)(?:s|ies|y)?\b/i;

/**
 * Figures for a refunded thing named by its noun: "a total of £310 in fees" first, else the one "<modifier> fee of £X"
 * (or "£X <modifier> fee") the text gives.
 */
function nounFigures(text: string, sentences: readonly Sentence[]): Map<number, Sentence> {
  const out = new Map<number, Sentence>();
  const m = REFUND_OBJECT_RE.exec(text);
  if (!m) return out;
  const modifier = m[1] && !/^(?:full|total|whole|outstanding)$/i.test(m[1]) ? m[1] : null;
  const noun = `${m[2]}(?:s|es|ies|y)?`;
  const total = new RegExp(`\\btotal of (${AMOUNT_SOURCE}) in (?:${modifier ?? '\\w+'} )?${noun}\\b`, 'i');
  const named = new RegExp(`\\b${modifier ? `${modifier}\\s+` : ''}${noun}\\s+of\\s+(${AMOUNT_SOURCE})|(${AMOUNT_SOURCE})\\s+${modifier ? `${modifier}\\s+` : ''}${noun}\\b`, 'gi');
  for (const re of [total, named]) {
    for (const s of sentences) {
      re.lastIndex = 0;
      for (let f = re.exec(s.text); f; f = re.global ? re.exec(s.text) : null) {
        const pence = findMoney(f[1] ?? f[2] ?? '')[0]?.pence;
        if (pence) out.set(pence, s);
        if (!re.global) break;
      }
    }
    if (out.size > 0) return out;
  }
  return out;
}

/**
 * A payment figure stated elsewhere, in any amount format: "In total he has paid £240", "Mr X had paid 240 pounds",
 * "In total he has paid two hundred and forty pounds".
 */
export const PAID_FIGURE_RE = new RegExp(
  `\\b(?:in total,? )?(?:he|she|they|(?:Mr|Mrs|Ms|Miss|Mx) [A-Z]) (?:has |had |have )?(?:already )?paid (?:a total of |in total )?(${AMOUNT_SOURCE})`,
  'gi',
);
/** Part of the sum was already returned: the outstanding refund is not stated. */
const PARTLY_RETURNED_RE = /\b(?:only |already )?(?:refunded|repaid|returned|reimbursed) (?:\d+%|half|part|some|a portion)/i;
/** A sum by its owner and noun: "the charges", "her deposit", "Mr X’s payments", "the enforcement fees". */
const SUM_SOURCE = "(?:the|her|his|their|[A-Z][a-z]{1,3} [A-Z]['’]s) (?:\\w+ ){0,2}(?:payments?|charges?|deposit|fees?|money|sum|amount|PCN)\\b";
/** The thing refunded, when it is a sum named elsewhere ("refund the charges he paid", "return the deposit"). */
export const REFERRED_SUM_RE = new RegExp(`\\b${SUM_SOURCE}`);
/**
 * Such a sum as the refund's own object, right after the verb and any payee: "refund the charges he paid", "refunded
 * Mr X’s payments". Not a sum named further on ("refund the bailiff (and storage) costs deducted from his
 * compensation payment": the payment is where the costs came from, not what is refunded).
 */
const REFUNDED_SUM_RE = new RegExp(`\\b(?:[Rr]efund|[Rr]epa(?:y|id)|[Rr]eimburse|[Rr]eturn)\\w*\\s+(?:(?:Mr|Mrs|Ms|Miss|Mx) [A-Z]\\s+)?${SUM_SOURCE}`);

/**
 * A refund with no amount that plainly refers to a figure stated elsewhere is a payment of that figure: the refund
 * the body text records with an amount, or the sum the complainant is said to have paid. Returns true when the
 * unquantified remedy became a payment (pushed onto `payments`).
 */
export function quantifyByReference(
  u: UnquantifiedRemedy,
  payments: Payment[],
  bodyRefunds: () => Candidate[],
  sentences: readonly Sentence[],
  wholeText: () => string,
  closure: boolean,
  complainant: string | null,
): boolean {
  if (!REFUND_TYPE_RE.test(u.text) || !REFUNDED_SUM_RE.test(u.text) || PARTLY_RETURNED_RE.test(wholeText())) return false;
  const status = closure || /\b(?:has|have|had) (?:now |already )?(?:refunded|repaid|returned)|\brefunded\b/i.test(u.text) ? 'prior' : 'recommended';
  const fresh = bodyRefunds().filter((c) => !payments.some((p) => p.amountPence === c.pence));
  const amounts = new Set(fresh.map((c) => c.pence));
  if (amounts.size === 1) {
    const c = fresh[0]!;
    payments.push(paymentOf(c, resolvePayee(c.payee, complainant), 'amount stated elsewhere in the decision', { purpose: 'financial_loss', purposeText: u.text, status }));
    return true;
  }
  const figures = new Map<number, Sentence>();
  for (const s of sentences) {
    PAID_FIGURE_RE.lastIndex = 0;
    for (let m = PAID_FIGURE_RE.exec(s.text); m; m = PAID_FIGURE_RE.exec(s.text)) {
      const pence = findMoney(m[1]!)[0]?.pence;
      if (pence) figures.set(pence, s);
    }
  }
  if (figures.size === 0) nounFigures(u.text, sentences).forEach((where, pence) => figures.set(pence, where));
  if (figures.size !== 1 || payments.some((p) => figures.has(p.amountPence))) return false;
  const [pence, where] = [...figures][0]!;
  // The evidence is the sentence that states the figure; the refund's own wording is the purpose.
  payments.push({
    amountPence: pence,
    payee: u.payee,
    payer: null,
    purpose: 'financial_loss',
    purposeText: u.text,
    status,
    confidence: 'check',
    checkReason: 'amount stated elsewhere in the decision',
    evidence: { section: where.section, paragraph: where.paragraph, quote: where.text },
  });
  return true;
}

