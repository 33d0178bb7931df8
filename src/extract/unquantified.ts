import type { Payment, UnquantifiedRemedy } from '../../schemas/remedy.js';
import { compileNow } from './compile-now.js';
import { findMoney } from './money.js';
import { PAYEE_RE, resolvePayee } from './payees.js';
import type { Sentence } from './sentences.js';

/** Money remedies by verb or noun: "pay her reasonable legal costs", "backdate its payments", "make (him) a symbolic payment". */
const MONEY_REMEDY_RE =
  /\b(?:pay|pays|paying|repay|repays|repaid|refund|refunds|refunded|refunding|reimburse|reimburses|reimbursed|reimbursing|backdate|backdates|backdating|compensate|compensates|(?:make|makes|making) (?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]) )?(?:a|an) (?:\w+ ){0,3}payment|(?:symbolic|financial|goodwill) payment|consider(?:ation of)? (?:a|any|her|his|their) claim for|cover (?:the|her|his|their) (?:costs?|fees|expenses)|return (?:the|her|his|their) (?:deposit|money|fees?))\b/i;
/** A generic payment that a quantified payment elsewhere already accounts for. */
const GENERIC_RE = /\b(?:make|makes|making) (?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]) )?(?:a|an) (?:\w+ ){0,2}payment\b|\bpay (?:her|him|them|Mr|Mrs|Ms|Miss)\b(?: \w)?(?: (?:a|an) (?:\w+ )?(?:sum|payment|amount))?\s*(?:to|for|in|$)/i;
/** Only a remedy when someone is told, asked, proposes or agrees to do it ("I proposed to the Council that it …"). */
const REMEDY_CUE_RE = /\b(?:should|will|would|must|agree[sd]?|agrees|agreeing|recommend\w*|asked|to remedy|has now|have now|offered|invitation|in recognition|remedy|propos(?:e|es|ed|al))\b/i;
const NOT_REMEDY_RE =
  /\b(?:complaints? (?:about|that)|missed out on|delay(?:ed|s)? in|failure to|failing to|complain(?:s|ed)?|says?|said|wants?|wanted|would like|seeks?|sought|asks? for|claims?|claimed|refused|declined|not (?:to )?(?:pay|refund)|did not|does not|failed to|should have|could have|would have|has not|had not)\b/i;
const WAIVE_RE = /\b(?:waive|write off|written off|cancel|remov(?:e|al)|not pursue|not recover)\b/i;
/** "direct payments", "housing benefit payments": service names, not remedies. */
const SERVICE_PAYMENT_RE = /\b(?:direct|housing benefit|benefit|support|discretionary|grant|council tax|care)\s+payments?\b/gi;
/** In the body of a closure, only what the body agreed or did counts. */
const AGREED_RE = /\b(?:has|have|had) (?:now |also |already |therefore )?(?:agreed|offered|refunded|paid|repaid)|\bagreed to\b|\boffered to\b/i;
/**
 * What the body did, in the simple past, with the body as subject ("The Council refunded the money it owed Miss X",
 * "it then repaid the charges"): a remedy already made. Not "was not refunded", "Mr X refunded", "She refunded".
 */
const DONE_REFUND_RE = /\b(?!(?:He|She|They|We|I)\b)(?:it|[A-Z][A-Za-z]+) (?:(?:then|later|subsequently|since|also) )?(?:refunded|repaid|reimbursed)\b/;
/** Interest on a sum, paid with it: "… and pay him the interest that has accrued on this amount". */
const INTEREST_RE = /^pay(?:s|ing)?\s+(?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx) [A-Z])\s+)?(?:the\s+|any\s+)?interest\b/i;
/** General statements of law or practice ("If a council pays too much …"). */
const GENERAL_RE = /^(?:if|where|when|although|councils?|a council|the law|guidance)\b/i;
/** Where an unquantified remedy's wording ends. */
const TEXT_END_RE = /\s+and (?:it|this|that|we|there|further|once)\b|,\s*(?:and )?once\b|\.\s.*$/i;

/**
 * Clause breaks: ";" and " and " before another action verb, bare or after an auxiliary ("and paid", "and has paid",
 * "and has already paid", "and will pay"), so an amount-less refund is read apart from the payment beside it; and a
 * result clause (", leaving her account £399.17 in credit"), whose amount is a balance, not the refund's; and ", but", so a
 * waiver before it ("has written off the debt, but … making a symbolic payment") does not reach the remedy after it.
 */
const CLAUSE_SPLIT_RE = compileNow(
  /;|,?\s+(?:and|as well as)\s+(?=(?:(?:has|have|had|will|would|should|must)\s+(?:(?:now|also|already|then|since|therefore|subsequently)\s+)?)?(?:to\s+)?(?:pay|pays|paid|repay|repaid|refund|refunds|refunded|reimburse|reimburses|reimbursed|sent|offered|agreed|this provides|backdate|apologis\w*|provide\w*|review\w*|make|makes|remove\w*|waive\w*|consider\w*|issue\w*|ensure\w*|remind\w*|cancel\w*|return\w*|change\w*|implement\w*|send\w*|share\w*|arrange\w*|complete\w*|write\w*|offer\w*|train\w*|update\w*)\b)|,\s+(?=(?:consideration|removal|review|an apology|a payment|offer|write|reimburse|refund|pay|change|provide|apologise|remind|issue|ensure|make|assess|arrange)\b)|,\s+(?=(?:leaving|which left)\b)|,\s+but\s+/i,
);
/** Refund-type remedies: a refund with an amount elsewhere accounts for them. */
export const REFUND_TYPE_RE = /\b(?:refund|repa(?:y|id)|reimburse|return|backdate)/i;

/**
 * Whether a refund with an amount accounts for an amount-less refund-type remedy (`words`) of sentence `s`: another
 * wording of the same refund, unless it is another item of the same list — a list item of its own, or a part of the
 * same sentence set apart by ";" that names no sum ("repay the family the £6,500 …; repay the amount due for …").
 */
export function refundAccountsFor(payments: readonly Payment[], s: Sentence, sentences: readonly Sentence[], words: string): boolean {
  const part = s.text.includes(';') ? s.text.split(';').find((x) => x.includes(words.slice(0, 40))) : undefined;
  const ownItem = part !== undefined && findMoney(part).length === 0;
  return payments.some((p) => p.purpose === 'financial_loss' && !listSibling(p, s, sentences) && !(ownItem && p.evidence.quote === s.text));
}

/**
 * Another item of the same list as the sentence (same section and lead-in line, another line): "The Ombudsman
 * recommended that it: - repay the family the £6,500 …; - repay the amount due for the period …" are two remedies.
 */
function listSibling(p: Payment, s: Sentence, sentences: readonly Sentence[]): boolean {
  if (s.leadIn === null) return false;
  const at = sentences.find((x) => x.text === p.evidence.quote && x.section === p.evidence.section);
  return at !== undefined && at.sectionIndex === s.sectionIndex && at.leadIn === s.leadIn && (at.paragraphIndex !== s.paragraphIndex || at.line !== s.line);
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[^a-z ]+/g, ' ').split(/\s+/).filter((w) => w.length > 2));
}

function similar(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

/**
 * Money remedies with no stated amount: recorded, never given an invented value. A generic "make a symbolic
 * payment" is dropped when the decision states a payment elsewhere; a refund is dropped when a refund with an amount
 * is recorded.
 */
export function extractUnquantified(
  sentences: readonly Sentence[],
  payments: readonly Payment[],
  complainant: string | null,
  isBody: (s: Sentence) => boolean = () => false,
): UnquantifiedRemedy[] {
  const out: UnquantifiedRemedy[] = [];
  for (const s of sentences) {
    const context = `${s.leadIn ?? ''} ${s.text}`;
    const body = isBody(s);
    const done = body && DONE_REFUND_RE.test(s.text);
    if ((!REMEDY_CUE_RE.test(context) && !done) || GENERAL_RE.test(s.text)) continue;
    if (body && !AGREED_RE.test(s.text) && !done) continue;
    let offset = 0;
    for (const raw of s.text.split(CLAUSE_SPLIT_RE)) {
      const clauseStart = s.text.indexOf(raw, offset);
      offset = clauseStart + raw.length;
      const clause = raw.trim();
      if (!clause || findMoney(clause).length > 0) continue;
      const tested = clause.replace(SERVICE_PAYMENT_RE, ' ');
      const m = MONEY_REMEDY_RE.exec(tested);
      if (!m || /\b(?:its|their|the|a|our)\s+$/i.test(tested.slice(0, m.index))) continue; // "its refund processes": a noun
      // "they may have to pay": somebody's liability, not a remedy; a verb with no object is not a remedy either (a
      // payment named as a noun, "make a symbolic payment", needs none).
      const noun = /payment$/i.test(m[0]);
      if (/\b(?:have|has|had|need|needs|needed|required|liable) to\s*$/i.test(tested.slice(0, m.index)) || (!noun && !/\w/.test(tested.slice(m.index + m[0].length)))) continue;
      // Who wants or failed to pay is in the sentence before the verb, even when it sits in an earlier clause.
      const lead = s.text.slice(0, Math.max(0, clauseStart)) + tested.slice(0, m.index);
      if (NOT_REMEDY_RE.test(lead) || WAIVE_RE.test(tested.slice(0, m.index + m[0].length))) continue;
      if (GENERIC_RE.test(clause) && payments.length > 0) continue;
      if (REFUND_TYPE_RE.test(m[0]) && refundAccountsFor(payments, s, sentences, clause.slice(m.index))) continue;
      const text = clause.slice(m.index).replace(TEXT_END_RE, '').replace(/[.;,]\s*$/, '');
      // The interest on a refund is part of the refund ("refund the costs … and pay him the interest accrued on them").
      const refund = out.at(-1);
      if (INTEREST_RE.test(text) && refund && refund.evidence.quote === s.text && REFUND_TYPE_RE.test(refund.text)) {
        refund.text = `${refund.text} and ${text}`;
        continue;
      }
      if (out.some((u) => similar(u.text, text))) continue;
      // The payee after the verb, or inside the noun phrase ("make Mr D a symbolic payment").
      const who = PAYEE_RE.exec(text.slice(m[0].length).trim()) ?? /^(?:make|makes|making) ((?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]) /.exec(text);
      out.push({ text, payee: resolvePayee(who ? (who[1] ?? who[0]) : null, complainant), evidence: { section: s.section, paragraph: s.paragraph, quote: s.text } });
    }
  }
  return out;
}
