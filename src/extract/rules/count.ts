/**
 * Cues that count money: a pay or refund verb that governs the amount, a payment noun before it or a purpose after
 * it, a sum the sentence before pays, an item of a parts list or of a payment list. One of them must hold for an
 * amount to be a payment (else `no-cue`); `lgsco explain` names the one that did, then the status rule (status.ts).
 * Also here: the cues that make an amount a stated whole (a total whose parts follow).
 */
import { anyOf, COMMON_TITLES, formsOf, HARM_WORDS, REFUND_LEMMAS } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const HARM = HARM_WORDS.join('|');

const RULES = [
  {
    name: 'pay-verb',
    pattern: new RegExp(`\\b${anyOf(formsOf())}\\b`, 'gi'),
    also: /,\s*(?:\w+ing|which|that|and|but|so|leaving)\b|\b(?:leaving|which|that (?:it|he|she|they)|after|before|because|when|while|instead|but|although|whereas|if)\b/i,
    verdict: 'counted',
    why: 'the nearest pay verb before the amount governs it when only its object stands between them (at most 70 characters, no new clause: `also`) and no figure word does',
    examples: [
      { text: 'The Council should pay Mrs X £250 to acknowledge her distress.', amount: '£250', verdict: 'counted', status: 'recommended' },
      { text: 'Within one month, the Council will give Mr Y three hundred pounds for the upset caused.', amount: 'three hundred pounds', verdict: 'counted', status: 'recommended' },
      { text: 'The Council should offer Mrs X £1,000.50 in recognition of the harm.', amount: '£1,000.50', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'refund-verb',
    pattern: new RegExp(`^${anyOf(formsOf(REFUND_LEMMAS))}$`, 'i'),
    also: /\b(?:fees?|charges?|money|amounts?|sums?|costs?|rent|deposit|contributions?|bills?|invoices?|premiums?)\s+$/i,
    verdict: 'counted',
    why: 'a refund verb governs a known sum even when a fee, deposit or invoice names it ("refund the £1,200 charged"); a "paid" after a money noun (`also`: "the fees paid") describes the money, the refund verb before it governs',
    examples: [
      { text: 'Within one month the Council should refund the £1,200 charged for care she did not receive.', amount: '£1,200', verdict: 'counted', status: 'recommended', purpose: 'financial_loss' },
      { text: 'The Council should reimburse Mr Y’s fees of £480.', amount: '£480', verdict: 'counted', status: 'recommended', purpose: 'financial_loss' },
      { text: 'The Council should repay the fees paid of £75.', amount: '£75', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'arrears-paid-to',
    pattern: /^\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:arrears|back ?pay|backdated (?:payments?|amount|sum))(?:\s+(?:of|due|owed))?\s*$/i,
    also: /^\s*(?:in\s+)?(?:arrears|back ?pay|backdated (?:payments?|benefits?))\b/i,
    verdict: 'counted',
    why: '"pay her the arrears of £1,820", "pay Mrs X £1,820 in arrears": arrears a pay verb hands TO a named payee (after the payee: "the arrears of"; a pronoun payee needs "the"; or after the amount: `also`) are a remedy, a financial loss made good like a refund (so the backdating they pay is no further remedy) — unlike "her rent arrears of £1,820", a debt she owes',
    examples: [
      { text: 'The Council will backdate Mrs X’s direct payments to 1 April 2024 and pay her the arrears of £1,820.', amount: '£1,820', verdict: 'counted', status: 'recommended', payee: 'Mrs X', purpose: 'financial_loss' },
      { text: 'The Council will pay Mr Y £1,820.00 in arrears of his direct payments.', amount: '£1,820.00', verdict: 'counted', status: 'recommended', payee: 'Mr Y' },
      { text: 'Mrs X had rent arrears of £1,820 when she moved. The Council should pay Mrs X £250 for her distress.', amount: '£1,820', verdict: 'arrears', rule: 'arrears-before' },
      { text: 'The Council should pay her rent arrears of £1,820 and £250 for her distress.', amount: '£1,820', verdict: 'arrears', rule: 'arrears-before' },
    ],
  },
  {
    name: 'payment-noun-before',
    pattern: /\b(?:payments? of|cheque for|sum of|remedy of|(?:a |an )?(?:further|additional|extra)|total of|totall?ing|compensation of|redress of|offer of|in addition to(?: the)?)\s*$/i,
    verdict: 'counted',
    why: '"a payment of £250", "a further £100", "a cheque for £90", "totalling £360": a payment noun right before the amount makes it a remedy, whatever the verb (a figure word before "totalling" makes it that figure: figure-through-total)',
    examples: [
      { text: 'To remedy the injustice, we recommended a symbolic payment of £250 to Mrs X.', amount: '£250', verdict: 'counted', status: 'recommended' },
      { text: 'The Council has agreed to our recommendations, including a sum of £600 for Mr Y.', amount: '£600', verdict: 'counted', status: 'recommended' },
      { text: 'The Council will pay Mrs X £60 a week for the six weeks the adaptation was delayed, totalling £360.', amount: '£360', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'payment-after',
    pattern: new RegExp(
      `^\\s*in (?:back|backdated) (?:payments?|pay|benefits?|allowance)\\b|^\\s*(?:(?:it |which |that )?(?:has |had )?(?:already )?(?:offered|paid) (?:by|to|it|the)\\b)|^\\s*for\\b[^;.£]{0,40}\\b(?:${HARM}|education|provision|support|care)|` +
        `^\\s*(?:\\(|,)?\\s*(?:each\\s+)?(?:(?:symbolic|time and trouble|goodwill|financial|remedy|redress|compensation)\\s+)?(?:payment|to (?:recognise|recognize|acknowledge|reflect|remedy|recompense|compensate|make up|account|mark)|` +
        `for (?:the |her |his |their |its |any |${COMMON_TITLES.map((t) => `${t} `).join('|')})?(?:avoidable |significant |unnecessary |considerable )?(?:${HARM}|poor|lack|additional|extra|them to spend|him to spend|her to spend)|in recognition|as (?:a )?(?:symbolic|remedy|recognition|financial))`,
      'i',
    ),
    verdict: 'counted',
    why: '"£250 for her distress", "£300 to recognise …", "£500 in backdated payments", "£50 offered by the Council": what follows the amount says it is a remedy',
    examples: [
      { text: 'Our recommendation is £250 for the distress caused by the delay.', amount: '£250', verdict: 'counted', status: 'recommended' },
      { text: 'In my view, £300 to acknowledge Mrs X’s frustration would be suitable.', amount: '£300', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'refer-back',
    pattern: /^\s*(?:this|that|which|it|the (?:amount|sum|cost|total|invoice|bill|figure))\s+(?:is|was|will be|comes to|came to|amounts? to|amounted to|totals?|totalled)\s*(?:a total of\s*)?(?:about\s*)?$/i,
    also: /\b(?:pay|settle|refund|reimburse|repay|return|meet the (?:cost|costs|invoice|bill)|cover the (?:cost|costs))\b[^£.]*[.!]?\s*$/i,
    verdict: 'counted',
    why: '"…settle the care home’s invoice. This is £2,345.": the sentence before (`also`) pays without saying how much; this one gives the sum',
    examples: [
      { text: 'The Council should settle the care home’s invoice for Mrs X’s respite. This is £2,345.', amount: '£2,345', verdict: 'counted', status: 'recommended' },
      { text: 'The Council will meet the cost of Mr Y’s private tuition. The amount comes to £1,150.', amount: '£1,150', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'part-item',
    pattern: /(?:made up of|comprising(?: of)?|comprised of|consisting of|as follows|broken down as follows|split as follows|total of £[\d,.]+)\s*:?\s*$/i,
    verdict: 'counted',
    why: 'an item that starts with its amount, under a lead-in whose items are the parts of a stated whole ("a total of £2,350, made up of:")',
    examples: [
      { text: 'The Council should pay Mrs X as follows:\n£700 towards the school transport she arranged;\n£150 because she had to chase the Council.', amount: '£700', verdict: 'counted', status: 'recommended' },
      { text: 'The Council should pay Mr Y a total of £900 made up of:\n£600 whilst his son had no school place;\n£300 because he had to chase the Council.', amount: '£600', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'list-item',
    pattern: /^[^£;]{0,160}?(?:,|\band\b|\bplus\b)\s*$/i,
    also: /\b(?:leaving|which|whereas|because|after|before|when|while|instead|but|although|if|unless|than)\b/i,
    verdict: 'counted',
    why: '"£500 for …, £3,000 for … and £100 for …": an item of a payment list shares its first item’s verb, payee and status; the words between are the first item’s purpose, not a new clause (`also` is one)',
    examples: [
      { text: 'The Council should pay her £500 for the uncertainty, £3,000 for her child’s missed education and £100 for the frustration caused.', amount: '£3,000', verdict: 'counted', status: 'recommended' },
      { text: 'The Council has already paid Mr Y £200 for the delay, plus £75 for his time and trouble.', amount: '£75', verdict: 'counted', status: 'prior' },
    ],
  },
  {
    name: 'total-before',
    pattern: /\b(?:a |in |the )?total(?:ling| of)?\s*(?:of\s*)?$/i,
    why: '"a total of £1,000": a stated whole; when payments next to it add up to it, they are counted and it is not',
    examples: [
      { text: 'The Council should pay Mrs X a total of £1,000. This is £600 for the delay and £400 for her distress.', amount: '£1,000', verdict: 'whole_of_parts' },
      { text: 'Make a payment of £50 per month to recognise the frustration caused by the delay. A total of £100.', amount: '£50', verdict: 'rate_behind_total' },
    ],
  },
  {
    name: 'whole-after',
    pattern: /^\s*(?:,\s*)?(?:in total\s*)?(?:comprising|comprised of|made up of|consisting of|which (?:comprises|includes|is made up of|consists of)|broken down|as follows|split (?:as|into)|being)\b|^\s*\(/i,
    why: '"£1,500 made up of …", "£1,300 (£600 for …)": a whole whose parts follow it',
    examples: [
      { text: 'The Council will pay her £1300 (£600 for the delay, £400 for the lack of communication and £300 for the poor complaint handling).', amount: '£1300', verdict: 'whole_of_parts' },
      { text: 'The Council should pay Mr Y £750, made up of £500 for his distress and £250 for his time and trouble.', amount: '£750', verdict: 'whole_of_parts' },
    ],
  },
] as const satisfies readonly Rule[];

/** The cues that count money, by name. */
export const COUNT = tableOf(RULES);
export const COUNT_RULES: readonly Rule[] = RULES;
