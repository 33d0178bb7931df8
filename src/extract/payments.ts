import type { Evidence, Payment, PaymentPurpose, PaymentStatus } from '../../schemas/index.js';
import { findMoney, type MoneyMention } from './money.js';
import { findPayer } from './payers.js';
import { pastTenseBefore } from './tense.js';
import { PARTY_SOURCE, PAYEE_RE, PERSON_RE } from './payees.js';
import type { Sentence } from './sentences.js';
import { nonRemedyVerdict, type RemedyTrace, type VerdictName } from './verdicts.js';

/** A remedy-shaped amount found in one sentence, before breakdowns, duplicates and tiers are resolved. */
export interface Candidate {
  kind: 'payment' | 'waived' | 'rate' | 'total';
  pence: number;
  status: PaymentStatus;
  /** Payee as written ("Mrs B", "her", "each of the neighbours"), null when not named. */
  payee: string | null;
  /** True for "£300 each" / "each of the neighbours £250". */
  each: boolean;
  purposeText: string | null;
  purpose: PaymentPurpose;
  /** The body that pays, when the decision names several and the sentence says which. */
  payer: string | null;
  /** Verb family that governs the amount: refunds are financial loss whatever the words after them. */
  verb: 'refund' | 'pay' | 'offer' | 'none';
  rate: MoneyMention['per'];
  /** Index of the mention among the sentence's amounts and where it sits, to find breakdowns. */
  mention: MoneyMention;
  sentence: Sentence;
  evidence: Evidence;
  /** What a person should check about this payment (something was inferred), or null when a rule settled it all. */
  check: string | null;
}

/** A payment from its candidate: certain unless something about it was inferred (`check` says what). */
export function paymentOf(c: Candidate, payee: string | null, check: string | null, overrides: Partial<Payment> = {}): Payment {
  const reason = check ?? (payee === 'the complainant' ? 'no payee named: the complainant assumed' : null);
  return {
    amountPence: c.pence,
    payee,
    payer: c.payer,
    purpose: c.purpose,
    purposeText: c.purposeText,
    status: c.status,
    confidence: reason === null ? 'certain' : 'check',
    checkReason: reason,
    evidence: c.evidence,
    ...overrides,
  };
}

/** Verbs that hand money over. */
const PAY_VERB_RE = /\b(?:pay|pays|paying|paid|repay|repays|repaid|repaying|refund|refunds|refunded|refunding|reimburse|reimburses|reimbursed|reimbursing|return|returns|returned|returning|settle|settles|settled|settling|compensate|compensates|offer|offers|offered|offering|award|awards|give|gives|giving|make|makes|making|sent|send|sends|increase|increases)\b/gi;
/** Verbs that give back (or settle) a known sum: they govern the amount even when a fee, deposit or invoice names it. */
const REFUND_VERB_RE = /^(?:repay|repays|repaid|repaying|refund|refunds|refunded|refunding|reimburse|reimburses|reimbursed|reimbursing|return|returns|returned|returning|settle|settles|settled|settling)$/i;
/** A refund verb in the past: the refund was made (its object's "paid to date" is the money refunded, not a cue). */
const PAST_REFUND_RE = /(?:ed|repaid)$/i;
/** "This is £2,345.", "The amount comes to £640": a sentence that gives the sum the sentence before it pays. */
const REFER_BACK_RE = /^\s*(?:this|that|which|it|the (?:amount|sum|cost|total|invoice|bill|figure))\s+(?:is|was|will be|comes to|came to|amounts? to|amounted to|totals?|totalled)\s*(?:a total of\s*)?(?:about\s*)?$/i;
/** The sentence before a REFER_BACK_RE one hands money over without saying how much. */
const SETTLE_BEFORE_RE = /\b(?:pay|settle|refund|reimburse|repay|return|meet the (?:cost|costs|invoice|bill)|cover the (?:cost|costs))\b[^£.]*[.!]?\s*$/i;
/** "in instalments of £50", "monthly instalments of": a debt's instalment, never a remedy. */
const INSTALMENT_BEFORE_RE = /\binstal(?:l)?ments?\s+of\s*$/i;
/** An amount offered and then used against a debt: "offered £200 but used it to reduce her rent arrears". */
const OFFSET_AFTER_RE =
  /^[^.;]{0,60}\b(?:used|offset|set|applied|put|credited)\b[^.;]{0,30}\b(?:against|to (?:reduce|clear|pay off)|towards|off)\b[^.;]{0,40}\b(?:arrears|debt|rent|account|balance|council tax|overpayment)/i;
/** Words that make a sentence a recommendation or an agreement in response to the decision. */
const RECOMMEND_CUE_RE = /\b(?:should|will|must|shall|would|agree[sd]?|agrees|agreeing|recommend\w*|asked|invit\w+|to remedy|propos\w+|accepted (?:our|my|the) recommendations?)\b/i;

/** A negation governing the amount. */
const NEGATED_RE = /\b(?:(?:would|will|could|should|did|does|do|has|have|had|is|was|were) not|(?:would|could|should|did|does|do|has|have|had|is|was|were)n['’]t|cannot|can['’]t|not (?:recommend|ask|pay|award|order|seek|consider)|no longer)\b[^.;£]{0,90}$/i;

/** A negation governs the amount unless a new clause starts after it ("We cannot question …, but the Council should pay"). */
function isNegated(near: string): boolean {
  const m = NEGATED_RE.exec(near);
  if (!m) return false;
  const rest = near.slice(m.index).replace(/^\S+(?:\s+not)?\s+\S+/, '');
  return !/\b(?:but|however|although|instead|should|will|must|agreed?|agrees)\b/i.test(rest);
}

/** A complainant as the subject of "paid". */
const COMPLAINANT_SUBJECT_RE =
  /\b(?:he|she|they|I|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]|the complainant|(?:her|his|their) (?:late )?(?:mother|father|son|daughter|husband|wife|family))\s+(?:(?:has|had|have|already|then|also|originally|previously|now)\s+)*$/;

/** Between two items of a payment list: "for the delay, " / " and " / "; " with no new clause. */
const LIST_GAP_RE = /^[^£;]{0,160}?(?:,|\band\b|\bplus\b)\s*$/i;

/** A new clause between two amounts: the second is not an item of the first one's list. */
const LIST_BREAK_RE = /\b(?:leaving|which|whereas|because|after|before|when|while|instead|but|although|if|unless|than)\b/i;

/** Words that end a verb's object: the amount after them belongs to another clause. */
const GAP_BREAK_RE = /,\s*(?:\w+ing|which|that|and|but|so|leaving)\b|\b(?:leaving|which|that (?:it|he|she|they)|after|before|because|when|while|instead|but|although|whereas|if)\b/i;

/** Noun cues that make an amount a remedy payment. */
const PAYMENT_NOUN_BEFORE_RE = /\b(?:payments? of|cheque for|sum of|remedy of|(?:a |an )?(?:further|additional|extra)|total of|compensation of|redress of|offer of|in addition to(?: the)?)\s*$/i;
const PAYMENT_AFTER_RE =
  /^\s*in (?:back|backdated) (?:payments?|pay|benefits?|allowance)\b|^\s*(?:(?:it |which |that )?(?:has |had )?(?:already )?(?:offered|paid) (?:by|to|it|the)\b)|^\s*for\b[^;.£]{0,40}\b(?:distress|time|trouble|frustration|uncertainty|inconvenience|anxiety|injustice|upset|stress|missed|loss|lost|delay|education|provision|support|care|fault|impact|harm|worry)|^\s*(?:\(|,)?\s*(?:each\s+)?(?:(?:symbolic|time and trouble|goodwill|financial|remedy|redress|compensation)\s+)?(?:payment|to (?:recognise|recognize|acknowledge|reflect|remedy|recompense|compensate|make up|account|mark)|for (?:the |her |his |their |its |any |Mr |Mrs |Ms |Miss )?(?:avoidable |significant |unnecessary |considerable )?(?:distress|time|trouble|frustration|uncertainty|inconvenience|anxiety|injustice|upset|stress|missed|loss|lost|delay|poor|lack|fault|impact|harm|worry|additional|extra|them to spend|him to spend|her to spend)|in recognition|as (?:a )?(?:symbolic|remedy|recognition|financial))/i;
/** Amounts that are charges, claims, thresholds or figures quoted, named by the words just before them. */
const NONREMEDY_BEFORE_RE =
  /\b(?:fees?|charges?|charged|charging|invoice[sd]?|bill(?:ed|s)?|instal(?:l)?ments?|costs?|costing|cost him|cost her|price[sd]?|worth|valued?|owe[sd]?|owing|debt|arrears|rent|overpayment|grants?|allowance|relief|benefits?|rebate|tax|threshold|limit|budget|salary|income|deposit|loan|fine|penalty|surcharge|rate of|up to|over|more than|less than|at least|exceed(?:s|ed|ing)?|under|approximately|about|around|of about|maximum|minimum|totalled|balance of|credit of|shortfall of|spent|lost out on|lose|lost|earn(?:s|ed)?|awarded (?:\w+ )?(?:of)?|support of|support payment of|payment for|account|for)\s*(?:of\s+)?(?:the |a |an |her |his |its |their )?$/i;
const NONREMEDY_AFTER_RE =
  /^\s*(?:fees?\b|deposit|charges?\b|bill\b|invoice|of (?:rates |business )?relief|test and trace|(?:support |grant |discretionary )payment|overpayment|rebate|refund\b|short\b|in (?:rent|arrears|council tax|cred)|penalty|PCN|surcharge|grant|fine\b|per cent|%|of (?:council tax|rent|arrears|debt|benefit)|(?:of )?debt|(?:of )?arrears|budget|which (?:he|she|they|Mr|Mrs|Ms|Miss) paid|plus|threshold|limit|a (?:week|month|year) in|(?:of )?(?:housing|council tax) benefit|was paid|were paid|(?:for|of) (?:the )?(?:land|property|works?|repairs?|building|extension|house|scheme))/i;
/** "£300 to Mr X", "£550 to the teenager", "£850 to the aunt and uncle": the payee named after the amount. */
const PAYEE_AFTER_RE = new RegExp(`^\\s*(?:each\\s+)?to\\s+((?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? (?:and (?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? )?[A-Z]\\b(?:['’]s (?:estate|family))?|${PARTY_SOURCE})`);
/** "…, the second £100", "and the third family £50": the next item of a list paid to another party. */
const LIST_ORDINAL_RE = /\bthe (second|third|fourth|fifth|other|last)(?: (\w+))?\s*$/i;
/** A leading time clause: "When Mr X complained, …", "After she asked for a review, …". */
const TIME_CLAUSE_RE = /^\s*(?:when|after|once|since|before|following|in response to)\b[^,]{0,80},/i;

/** Somebody asking for money is not a remedy, nor money a body failed or refused to pay. */
const CLAIM_RE =
  /\b(?:complain(?:s|ed)?|failed to|fails to|refused to|refuses to|wants?|wanted|would like|wishes|asks?|asked|seeks?|sought|seeking|claims?|claimed|claiming|believes?|believed|thinks?|felt|feels|requests?|requested|requesting|demand(?:s|ed)?|hoped|expects?|says? (?:she|he|they) (?:is|was|are|were) (?:owed|due|entitled)|is owed|was owed|entitled to|appeal(?:ed)? for|refused|declined|rejected|would not|did not (?:pay|offer|refund)|not (?:to )?(?:pay|refund|offer))\b/i;
/** The Ombudsman asking, not the complainant: "I asked the Council to…", "we asked…". */
const OMBUDSMAN_ASK_RE = /\b(?:I|we)\b(?:(?!\bnot\b|n't)[^.;]){0,25}\b(?:asked|invited|recommend(?:ed)?|suggested|proposed)\b|\bat (?:our|my) (?:invitation|request|suggestion)\b|\bthe ombudsm[ae]n recommend/i;
const WAIVE_BEFORE_RE = /\b(?:waive[sd]?|waiving|write[s]? off|written off|writing off|wipe[sd]? out|cancel(?:s|led|ling)?|remove[sd]?|removing|removal of|not (?:to )?(?:pursue|recover|collect|charge|seek)|reduc(?:e|es|ed|ing) (?:the|its|her|his|their) (?:[\w-]+ ){0,3}(?:invoice|bill|charges?|debt|fees?|account|arrears|liability|balance) by|credit (?:her|his|their|the) account with)\b[^£;]{0,60}$/i;
/** Prior: already paid or offered by the body ("has already offered", "offered by the Council", "has now refunded"). */
const PRIOR_BEFORE_RE =
  /\b(?:already|previously|earlier|originally|initially|had (?:\w+ )?(?:paid|offered|made|agreed|refunded|sent)|has (?:now |also |since |already |therefore )?(?:paid|refunded|sent|made|offered|reimbursed|credited)|have (?:now |also |since |already )?(?:paid|refunded|offered|sent|made)|offered|paid|refunded|sent|its offer|existing offer|(?:'s|’s) offer|keeps? (?:its|the) offer|stage (?:one|two|1|2)|complaint response|in response to (?:her|his|their|the|Mr|Mrs|Ms|Miss)\b[^.;]{0,30}complaint)\b/i;
const PRIOR_AFTER_RE =
  /^\s*(?:\(|,)?\s*(?:which |that )?(?:(?:it|the \w+(?: \w+)?|tfl) )?(?:has |had |have )(?:already |previously |now |also )?(?:offered|paid|made|refunded|sent)\b|^\s*(?:\(|,)?\s*(?:already |previously )?(?:offered|paid) by\b|^\s*(?:\(|,)?\s*(?:it|which|that) (?:already |previously )?(?:offered|paid)\b/i;
/** A lead-in whose items are the parts of a stated whole. */
const PARTS_LEAD_RE = /(?:made up of|comprising(?: of)?|comprised of|consisting of|as follows|broken down as follows|split as follows|total of £[\d,.]+)\s*:?\s*$/i;
/** "bringing the total to £750". */
const GRAND_TOTAL_BEFORE_RE = /\bbring(?:s|ing)? (?:the|her|his|their|its) total(?: \w+)? to\s*$/i;

/** "A total of £2,600 comprising…", "£1,500 made up of…": a whole whose parts follow. */
const WHOLE_AFTER_RE = /^\s*(?:,\s*)?(?:in total\s*)?(?:comprising|comprised of|made up of|consisting of|which (?:comprises|includes|is made up of|consists of)|broken down|as follows|split (?:as|into)|being)\b|^\s*\(/i;
const TOTAL_BEFORE_RE = /\b(?:a |in |the )?total(?:ling| of)?\s*(?:of\s*)?$/i;

/** Purpose keywords by category; the category whose word comes first in the purpose wins (refunds are financial). */
const PURPOSE_WORDS: ReadonlyArray<[PaymentPurpose, RegExp]> = [
  ['financial_loss', /\b(?:refund|reimburs|repay|costs?\b|fees?\b|deposit|arrears|backdat|loss of (?:income|earnings|benefit)|lost (?:income|earnings)|expenses|overpa|charges?\b|invoice|rent\b|travel|legal|PCN|penalty|incorrectly demanded|amount (?:due|owed)|money (?:owed|due)|paid for)/i],
  ['missed_provision', /\b(?:missed|loss of (?:education|provision|service|support|care|respite|tuition|therapy)|lost (?:education|provision|support|care|respite|tuition|therapy)|education|provision|respite|therapy|tuition|care (?:and support )?(?:he|she|they) (?:did not|didn't) (?:receive|get)|support (?:he|she|they) (?:did not|didn't) (?:receive|get)|additional care|family break)/i],
  ['time_and_trouble', /\b(?:time and trouble|time,? trouble|time of trouble|trouble|time (?:spent|and effort)|pursuing (?:her|his|their|the) complaint|complaint[- ]handling)/i],
  ['distress', /\b(?:distress|uncertainty|frustration|anxiety|upset|stress|inconvenience|injustice|worry|outrage|harm|unsuitable|living in|opportunity|impact|confidence|hurt|disappointment|delay)/i],
  ['symbolic', /\bsymbolic\b/i],
];

/** Normalise a purpose text to a category. */
export function classifyPurpose(text: string | null, verb: Candidate['verb']): PaymentPurpose {
  if (verb === 'refund') return 'financial_loss';
  if (!text) return 'other';
  let best: [PaymentPurpose, number] | null = null;
  for (const [purpose, re] of PURPOSE_WORDS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best[1])) best = [purpose, m.index];
  }
  return best ? best[0] : 'other';
}

/** The clause around a mention: from the last ";" or ":" (or sentence start) to the next one. */
function clauseBounds(text: string, at: number, end: number): [number, number] {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('⏎')) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/[;:]/);
  return [start, stop < 0 ? text.length : end + stop];
}

/** What the money is for: "for the distress …", "to recognise …", "in recognition of …", up to the clause's end. */
function purposeAfter(text: string, from: number, limit: number): string | null {
  const tail = text.slice(from, limit);
  const m =
    /^\s*(?:\(|,)?\s*(?:each\s+)?(?:(?:symbolic |time and trouble |goodwill )?payment\s+)?(?:(?:it |which |that )?(?:has |had )?(?:already |previously )?(?:offered|paid)(?: (?:by|to) (?:the )?[A-Z]\w*(?: [A-Z]\w*)?)?\s+)?(?:to (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?:and (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z]\s+|to (?:her|him|them)\s+)?(?:to (?:recognise|recognize|acknowledge|reflect|remedy|recompense|compensate (?:her |him |them )?for|make up for|account for|mark)|for|in recognition of|as (?:a )?(?:symbolic )?(?:payment|recognition|remedy) (?:for|of))\s+([^;()]*?)(?=\s*(?:[;)]|,?\s+and (?:to )?(?:pay|apologis|provid|review|make|refund|remind|ensure|£)|,\s*£|\.\s|\.$|$))/i.exec(
      tail,
    );
  if (!m) return null;
  const words = m[1]!.replace(/\s+/g, ' ').trim().replace(/[.,]$/, '');
  return words.length >= 3 ? words : null;
}

/** Nearest pay verb before the amount in the clause, and the payee written between them. */
function verbBefore(window: string): { verb: string; index: number; payee: string | null } | null {
  let last: RegExpExecArray | null = null;
  let earlier: RegExpExecArray | null = null;
  PAY_VERB_RE.lastIndex = 0;
  for (let m = PAY_VERB_RE.exec(window); m; m = PAY_VERB_RE.exec(window)) {
    earlier = last;
    last = m;
  }
  if (!last) return null;
  // "refund the fees paid to date": "paid" after a noun describes the money; the verb is the one before it.
  if (earlier && /^paid$/i.test(last[0]) && PAID_NOUN_RE.test(window.slice(0, last.index))) last = earlier;
  const between = window.slice(last.index + last[0].length).trim();
  const who = PAYEE_RE.exec(between.replace(/^(?:to\s+)/, ''));
  // "refund Ms X's payment of £240": the possessive names the payee.
  const possessive = /^([A-Z][a-z]{0,3}\.? [A-Z])['’]s\b/.exec(between);
  return { verb: last[0], index: last.index, payee: possessive ? possessive[1]! : who ? who[0] : null };
}

export interface SentenceContext {
  /** The decision is a closure ("We will not investigate…"): what the body agreed to itself is prior. */
  closure: boolean;
  /** The sentence is in the remedy statement, where list items are recommendations whatever their tense. */
  remedyZone?: boolean;
  /** Bodies named by the title, to say which one pays when there are several. */
  organisations?: readonly string[];
  /** Told why each amount that is not a candidate was dropped (`lgsco explain`). */
  trace?: RemedyTrace;
}

/** Read every amount of one sentence as a remedy candidate (or drop it as a charge, claim or figure quoted). */
export function candidatesIn(sentence: Sentence, ctx: SentenceContext): Candidate[] {
  const text = sentence.text;
  const mentions = findMoney(text);
  const out: Candidate[] = [];
  if (mentions.length === 0) return out;
  const whole = `${sentence.leadIn ?? ''} ${text}`;
  const ombudsmanAsked = OMBUDSMAN_ASK_RE.test(whole);
  let previous: Candidate | null = null; // the last payment in this sentence, for lists ("£500 for …, £3,000 for …")
  mentions.forEach((m, i) => {
    const drop = (verdict: VerdictName, rule: string): void => ctx.trace?.(sentence, m.start, { verdict, rule });
    if (m.pence === null) return drop('unreadable', 'findMoney');
    if (m.range) return drop('range', 'findMoney.range');
    if (m.pence === 0) return drop('zero', 'findMoney');
    // "a further £250, bringing the total to £750": the grand total is not another payment.
    if (GRAND_TOTAL_BEFORE_RE.test(text.slice(0, m.start))) return drop('grand_total', 'GRAND_TOTAL_BEFORE_RE');
    // "increase its offer from £250 to £500": the old figure is replaced, not added.
    if (/\bfrom\s*$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && /^\s*to\s+£/i.test(text.slice(m.end, m.end + 8))) return drop('replaced_offer', 'from £X to £Y');
    const [cs, ce] = clauseBounds(text, m.start, m.end);
    const before = text.slice(cs, m.start);
    const near = before.slice(-90);
    const after = text.slice(m.end, Math.min(ce, mentions[i + 1]?.start ?? ce));
    const evidence: Evidence = { section: sentence.section, paragraph: sentence.paragraph, quote: text };
    // The payer is named before the amount, back to the previous amount ("the County Council should pay … and the Borough Council should pay …").
    const payer = findPayer(text.slice(mentions[i - 1]?.end ?? 0, m.start), ctx.organisations ?? []) ?? findPayer(text.slice(0, m.start), ctx.organisations ?? []);
    const base = { pence: m.pence, mention: m, sentence, evidence, rate: m.per, payer, check: null as string | null };

    // An item of a list ("£400 for …, and £100 for …") shares its first item's verb, payee and status: the words
    // between them are the first item's purpose, not a new clause (a "seek" there is not a claim).
    const between = previous === null ? '' : text.slice(previous.mention.end, m.start);
    const listed = previous !== null && (previous.kind === 'payment' || previous.kind === 'total') && LIST_GAP_RE.test(between) && !LIST_BREAK_RE.test(between);
    const v = verbBefore(near);
    const verb: Candidate['verb'] = v ? (REFUND_VERB_RE.test(v.verb) ? 'refund' : /^offer/i.test(v.verb) ? 'offer' : 'pay') : 'none';
    if (!listed) {
      // "he has paid £240", "Mrs B paid £400": money the complainant paid is a figure, not a remedy.
      if (v && /^pa(?:y|ys|id)$/i.test(v.verb) && COMPLAINANT_SUBJECT_RE.test(near.slice(0, v.index))) return drop('complainant_paid', 'COMPLAINANT_SUBJECT_RE');
      // "we would not recommend a payment of £750", "it did not pay the £200": negated, so not a remedy.
      if (isNegated(near)) return drop('negated', 'NEGATED_RE');
      // A leading time clause ("When Mr X complained, the Council … cancelled …") is not the complainant's claim.
      const claimScope = before.slice(0, v ? v.index + (before.length - near.length) : before.length).replace(TIME_CLAUSE_RE, '');
      if (CLAIM_RE.test(claimScope) && !ombudsmanAsked) return drop('claim', 'CLAIM_RE');
      // "repay the overpayment in instalments of £50": an instalment of a debt, whoever pays it.
      if (INSTALMENT_BEFORE_RE.test(near)) return drop('arrears', 'INSTALMENT_BEFORE_RE');
      // "offered £200 but used it to reduce her rent arrears": money set against a debt is not paid to anyone.
      if (OFFSET_AFTER_RE.test(text.slice(m.end))) return drop('arrears', 'OFFSET_AFTER_RE');
    }
    if (WAIVE_BEFORE_RE.test(near) && !/\b(?:pay|refund|repay|reimburse)\b[^£]*$/i.test(near.slice(near.search(WAIVE_BEFORE_RE)))) {
      out.push({ ...base, kind: 'waived', status: 'recommended', payee: null, each: false, purposeText: null, purpose: 'other', verb: 'none' });
      return drop('waiver', 'WAIVE_BEFORE_RE');
    }
    // "…settle the care home's invoice. This is £2,345.": the sentence before pays it, this one gives the sum.
    const previousSentence = lastSentenceOf(sentence.before);
    const referBack = REFER_BACK_RE.test(before) && SETTLE_BEFORE_RE.test(previousSentence) && !NEGATED_RE.test(previousSentence) && !CLAIM_RE.test(previousSentence);
    const nounCue = PAYMENT_NOUN_BEFORE_RE.test(near) || PAYMENT_AFTER_RE.test(after) || referBack;
    // The verb governs the amount only when nothing but its object stands between them ("pay Mrs B a symbolic
    // payment of", "refund Ms X's payment of"), not another clause ("refunded the money it owed, leaving … £399").
    const gap = v === null ? '' : near.slice(v.index + v.verb.length);
    const openGap = v !== null && gap.length <= 70 && !GAP_BREAK_RE.test(gap);
    const verbGoverns = (openGap && (verb === 'refund' || !NONREMEDY_BEFORE_RE.test(gap))) || listed;
    const nonRemedy = !referBack && ((NONREMEDY_BEFORE_RE.test(near) && !PAYMENT_NOUN_BEFORE_RE.test(near)) || (NONREMEDY_AFTER_RE.test(after) && verb !== 'refund'));
    if (nonRemedy && !(verb === 'refund' && verbGoverns && gap.length <= 40)) {
      if (!(nounCue && PAYMENT_AFTER_RE.test(after) && !NONREMEDY_AFTER_RE.test(after))) {
        const words = NONREMEDY_BEFORE_RE.exec(near)?.[0] ?? NONREMEDY_AFTER_RE.exec(after)?.[0] ?? '';
        return drop(nonRemedyVerdict(words), NONREMEDY_BEFORE_RE.test(near) ? 'NONREMEDY_BEFORE_RE' : 'NONREMEDY_AFTER_RE');
      }
    }
    // An item under "a total of £2,350, made up of:" that starts with its amount is one of the parts.
    const partItem = sentence.leadIn !== null && PARTS_LEAD_RE.test(sentence.leadIn) && before.trim().length <= 3;
    if (!verbGoverns && !nounCue && !partItem) return drop('no_cue', 'PAY_VERB_RE / PAYMENT_NOUN_BEFORE_RE / PAYMENT_AFTER_RE');

    let kind: Candidate['kind'] = m.per ? 'rate' : 'payment';
    if (TOTAL_BEFORE_RE.test(near) || WHOLE_AFTER_RE.test(after)) kind = m.per ? 'rate' : 'total';
    // "refund the fees paid to date": after a refund verb not in the past, "paid" describes the money refunded.
    const priorScope = v && verb === 'refund' && !PAST_REFUND_RE.test(v.verb) ? near.slice(Math.max(0, v.index - 12), v.index + v.verb.length) : near.slice(v ? Math.max(0, v.index - 12) : 0);
    const prior = (referBack ? PRIOR_BEFORE_RE.test(previousSentence) : PRIOR_BEFORE_RE.test(priorScope)) || PRIOR_AFTER_RE.test(after) || (ctx.closure && !ombudsmanAsked && /\bagree[sd]? to\b|\bhas agreed\b/i.test(before));
    const additional = /\b(?:further|additional|extra|increase[sd]?)\b[^£]{0,20}$/i.test(near) || /\bfrom £[\d,.]+\s+to\s*$/i.test(near);
    let status: PaymentStatus = prior && !(additional && !/\b(?:has|have|had)\b[^£]{0,40}(?:paid|sent)\b/i.test(near)) ? 'prior' : 'recommended';
    // Outside the remedy statement, a sentence with no cue either way ("Mrs X received £200 from the Council in 2023")
    // is read by its verb's tense: money already given is prior.
    let check: string | null = referBack ? 'amount stated in the sentence after the payment' : null;
    if (status === 'recommended' && !ctx.remedyZone && !additional && !RECOMMEND_CUE_RE.test(`${sentence.before} ${whole}`)) {
      check ??= 'status read from the verb’s tense';
      if (pastTenseBefore(text, m.start)) status = 'prior';
    }
    const payeeAfter = PAYEE_AFTER_RE.exec(after);
    // "the first family £300, the second £100": a list item that names its own party.
    const ordinal = previous?.payee && between.length <= 60 && !LIST_BREAK_RE.test(between) ? LIST_ORDINAL_RE.exec(between) : null;
    const listPayee = ordinal ? `the ${ordinal[1]!.toLowerCase()} ${ordinal[2] ?? previous!.payee!.replace(/^the (?:first |eldest |elder )?/, '')}` : null;
    const payee =
      listPayee ?? (listed && previous ? previous.payee : null) ?? v?.payee ?? (payeeAfter ? payeeAfter[1]! : null) ?? lastPerson(text.slice(0, m.start)) ?? lastPerson(sentence.before) ?? lastPerson(sentence.leadIn ?? '');
    // A payee named earlier in the paragraph or by its lead-in ("…, the Council should: pay £300 …") is the one meant;
    // none at all is to check.
    if (payee === null) check ??= 'no payee named: the complainant assumed';
    const each = /^\s*each\b/i.test(after) || /\beach\b/i.test(payee ?? '') || /\beach of (?:the|them)\b[^£]*$/i.test(near) || (listed && previous !== null && previous.each);
    const purposeText = purposeAfter(text, m.end, ce) ?? laterPurpose(text, m.end, ce) ?? nounPurpose(near) ?? leadPurpose(text);
    const candidate: Candidate = {
      ...base,
      kind,
      status: listed && previous ? previous.status : status,
      payee: payee ?? (listed && previous ? previous.payee : null),
      each,
      purposeText,
      purpose: classifyPurpose(purposeText, verb),
      verb,
      check,
    };
    out.push(candidate);
    previous = candidate;
  });
  return out;
}

/** A noun that "paid" describes ("the fees paid", "the money paid"), not a subject paying. */
const PAID_NOUN_RE = /\b(?:fees?|charges?|money|amounts?|sums?|costs?|rent|deposit|contributions?|bills?|invoices?|premiums?)\s+$/i;

/** The last sentence of a paragraph's text so far (what a "This is £X" sentence refers back to). */
function lastSentenceOf(text: string): string {
  const t = text.trim();
  const at = Math.max(t.lastIndexOf('. ', t.length - 2), t.lastIndexOf('; '));
  return at < 0 ? t : t.slice(at + 2);
}

/** The last person named in a stretch of text ("The Council offered Mr X £200 … pays a further £300" → Mr X). */
function lastPerson(text: string): string | null {
  const all = text.match(new RegExp(PERSON_RE.source, 'g'));
  return all ? all[all.length - 1]! : null;
}

/** "In recognition of the injustice caused by these faults, the Council has agreed to pay …". */
function leadPurpose(sentence: string): string | null {
  const m = /^\s*(?:in recognition of|to remedy|to recognise|to acknowledge)\s+([^,;]{3,120}?),/i.exec(sentence.trim());
  return m ? m[1]!.trim() : null;
}

/** A purpose phrase further on in the clause ("an additional £500, to the £500 it has already offered, to acknowledge …"). */
function laterPurpose(text: string, from: number, limit: number): string | null {
  const rest = text.slice(from, limit);
  const at = rest.search(/\b(?:to (?:recognise|recognize|acknowledge|reflect|remedy)|in recognition of)\b/i);
  if (at < 0 || findMoney(rest.slice(at)).length > 0) return null;
  return purposeAfter(text, from + at, limit);
}

/** "a symbolic payment of £…", "a time and trouble payment of £…": the noun phrase names the purpose. */
function nounPurpose(near: string): string | null {
  const m = /\b((?:symbolic|time and trouble|time of trouble|goodwill|distress|financial redress|compensation)\s+payment)\s+of\s*$/i.exec(near);
  return m ? m[1]! : null;
}
