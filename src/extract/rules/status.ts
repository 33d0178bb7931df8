/**
 * Status: whether a counted amount is recommended (or agreed) now, or was paid or offered before ("prior"). Read in
 * this order: a prior cue before or after the amount; "further"/"additional" or a raised offer makes it new again;
 * the remedy statement and a recommendation word make it recommended; else the verb's tense decides.
 */
import { COMMON_TITLES } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const RULES = [
  {
    name: 'prior-before',
    pattern: new RegExp(
      `\\b(?:already|previously|earlier|originally|initially|had (?:\\w+ )?(?:paid|offered|made|agreed|refunded|sent)|has (?:now |also |since |already |therefore )?(?:paid|refunded|sent|made|offered|reimbursed|credited)|have (?:now |also |since |already )?(?:paid|refunded|offered|sent|made)|offered|paid|refunded|sent|its offer|existing offer|(?:'s|’s) offer|keeps? (?:its|the) offer|stage (?:one|two|1|2)|complaint response|in response to (?:her|his|their|the|${COMMON_TITLES.join('|')})\\b[^.;]{0,30}complaint)\\b`,
      'i',
    ),
    also: /(?:ed|repaid)$/i,
    verdict: 'counted',
    why: '"has already paid", "offered £150 at stage two", "its offer of": money paid or offered before; after a refund verb not in the past (`also`), "paid" describes the money refunded, not a payment made',
    examples: [
      { text: 'The Council has already paid Mrs X £200, which we consider a suitable remedy for her time and trouble.', amount: '£200', verdict: 'counted', status: 'prior' },
      { text: 'In its stage two response the Council offered Mr Y £150 for his time and trouble.', amount: '£150', verdict: 'counted', status: 'prior' },
      { text: 'The Council should refund the fees paid of £75.', amount: '£75', verdict: 'counted', status: 'recommended', rule: 'remedy-statement' },
    ],
  },
  {
    name: 'prior-after',
    pattern:
      /^\s*(?:\(|,)?\s*(?:which |that )?(?:(?:it|the \w+(?: \w+)?|tfl) )?(?:has |had |have )(?:already |previously |now |also )?(?:offered|paid|made|refunded|sent)\b|^\s*(?:\(|,)?\s*(?:already |previously )?(?:offered|paid) by\b|^\s*(?:\(|,)?\s*(?:it|which|that) (?:already |previously )?(?:offered|paid)\b/i,
    verdict: 'counted',
    why: '"£50 offered by the Council", "the £100 it has already paid": the words after the amount say it was given before',
    examples: [
      { text: 'Pay Mrs X £100 for her distress. This is in addition to £50 offered by the Council for her time and trouble.', amount: '£50', verdict: 'counted', status: 'prior' },
      { text: 'The Council should pay Mr Y £100 for his distress, in addition to £120 which it has already paid for his time and trouble.', amount: '£120', verdict: 'counted', status: 'prior' },
    ],
  },
  {
    name: 'closure-agreed',
    pattern: /\bagree[sd]? to\b|\bhas agreed\b/i,
    also: /\b(?:will not investigate|not investigate (?:this|further)|discontinued (?:our|the|this|my) investigation|ended (?:our|the|this|my) investigation|decided not to (?:investigate|continue))\b/i,
    verdict: 'counted',
    why: 'in a decision that closes without investigating (`also`, or the outcome), a refund the body agreed to make itself (a charge reversed: "TfL has agreed to refund Mr X’s payments") is prior, as the labels record it. A sum the body agreed to pay for the injustice ("has agreed to apologise to Mr X and pay him £100 and this provides a suitable remedy") is agreed in response to us, so recommended, like any agreement (recommend-cue); so is anything we asked for',
    examples: [
      { text: 'The Council has agreed to refund the £300 charge to Mrs X.', amount: '£300', verdict: 'counted', status: 'prior', closure: true },
      { text: 'The Council agreed to refund the £45 fee to Mr Y.', amount: '£45', verdict: 'counted', status: 'prior', closure: true },
      { text: 'This is because the Council has agreed to apologise to Mr Y and pay him £100 and this provides a suitable remedy.', amount: '£100', verdict: 'counted', status: 'recommended', closure: true, in: 'summary', rule: 'recommend-cue' },
    ],
  },
  {
    name: 'additional',
    pattern: /\b(?:further|additional|extra|increase[sd]?)\b[^£]{0,20}$/i,
    also: /\b(?:has|have|had)\b[^£]{0,40}(?:paid|sent)\b/i,
    verdict: 'counted',
    why: '"a further £100", "an additional £500": a new sum on top of an earlier one is recommended even beside a prior cue — unless "has/have/had … paid" says it too was paid (`also`)',
    examples: [
      { text: 'The Council has offered Mrs X an additional £150 for her distress.', amount: '£150', verdict: 'counted', status: 'recommended' },
      { text: 'The Council will make Mr Y an additional payment of £300 for his distress.', amount: '£300', verdict: 'counted', status: 'recommended', in: 'summary' },
      { text: 'The Council has now paid Mrs X an extra £60 for her time and trouble.', amount: '£60', verdict: 'counted', status: 'prior', rule: 'prior-before' },
    ],
  },
  {
    name: 'additional-paid',
    pattern: /^(?:paid|sent|refunded|repaid|reimbursed)$/i,
    also: /\b(?:be|being|will|would|should|must|shall|can|could|may|might|to)\s+(?:\w+\s+)?$/i,
    verdict: 'counted',
    why: '"TfL refunded the payment and paid Mr X an additional £30": a further sum whose own pay verb is in the simple past (not after a modal, "be" or "to": `also`) was paid, so it stays prior — like "has … paid" before it',
    examples: [
      { text: 'TfL refunded the payment and paid Mr X an additional £30 for his time and trouble.', amount: '£30', verdict: 'counted', status: 'prior', in: 'summary' },
      { text: 'The Council apologised and sent Mrs X a cheque for a further £75 for the delay.', amount: '£75', verdict: 'counted', status: 'prior', in: 'summary' },
      { text: 'The Council agreed to pay Mr X an additional £30 for his time and trouble.', amount: '£30', verdict: 'counted', status: 'recommended', in: 'summary', rule: 'additional' },
    ],
  },
  {
    name: 'increased-offer',
    pattern: /\bfrom £[\d,.]+\s+to\s*$/i,
    verdict: 'counted',
    why: '"increase its offer from £250 to £500": the new figure is recommended, though "offer" names an earlier one',
    examples: [
      { text: 'The Council should increase its offer from £250 to £500 to recognise Mrs X’s distress.', amount: '£500', verdict: 'counted', status: 'recommended' },
      { text: 'The Council agreed to raise its offer to Mr Y from £1,000 to £1,500 for the lost provision.', amount: '£1,500', verdict: 'counted', status: 'recommended' },
    ],
  },
  {
    name: 'remedy-statement',
    pattern:
      /^(?:to remedy|to put (?:this|things|matters) right|in recognition of the injustice|in recognition of|the ombudsman recommended|(?:we|i) (?:have )?recommend(?:ed)?|(?:we|i) (?:therefore )?asked|(?:the )?(?:council|care home|care provider|provider|trust|school|authority|body|tfl|transport for london)\b[^.]{0,60}\b(?:should|will|must|has agreed|agreed|agrees)\b(?! have)(?! not))/i,
    verdict: 'counted',
    why: 'the remedy statement (an "Agreed action" or "Recommendations" section, or a paragraph that opens a remedy: this pattern) lists what is to be done: its payments are recommended whatever their tense',
    examples: [
      { text: 'Pay Mrs X £250 for her distress.', amount: '£250', verdict: 'counted', status: 'recommended' },
      { text: 'To put things right, the Council will pay Mr Y £400 for his time and trouble.', amount: '£400', verdict: 'counted', status: 'recommended', in: 'body' },
    ],
  },
  {
    name: 'recommend-cue',
    pattern: /\b(?:should|will|must|shall|would|agree[sd]?|agrees|agreeing|recommend\w*|asked|invit\w+|to remedy|propos\w+|accepted (?:our|my|the) recommendations?)\b/i,
    verdict: 'counted',
    why: 'outside the remedy statement, a recommendation or agreement word makes the payment recommended: in the sentence, earlier in its paragraph, in its lead-in, or ending the paragraph before it (a list whose items are paragraphs: "The Council agreed to our recommendations." / "- This included … £1,000 payment")',
    examples: [
      { text: 'The Council agreed to our recommendations.\n\nThis included an apology and a £1,000 payment to Mrs X to recognise her distress.', amount: '£1,000', verdict: 'counted', status: 'recommended', in: 'body' },
      { text: 'The Council accepted our findings and proposed to pay Mrs X £250 for her distress.', amount: '£250', verdict: 'counted', status: 'recommended', in: 'summary' },
      { text: 'The Council must pay Mr Y £300 to recognise his distress.', amount: '£300', verdict: 'counted', status: 'recommended', in: 'summary' },
    ],
  },
  {
    name: 'verb-tense',
    pattern: null,
    verdict: 'counted',
    why: 'outside the remedy statement with no cue either way, the tense of the sentence’s first verb decides (compromise): money already given is prior; the payment is marked to check',
    examples: [
      { text: 'The Council gave Mrs X £200 for her distress.', amount: '£200', verdict: 'counted', status: 'prior', in: 'summary' },
      { text: 'The Council pays Mr Y £300 for his time and trouble.', amount: '£300', verdict: 'counted', status: 'recommended', in: 'summary' },
    ],
  },
] as const satisfies readonly Rule[];

/** The status rules, by name. */
export const STATUS = tableOf(RULES);
export const STATUS_RULES: readonly Rule[] = RULES;
