/**
 * What a payment is for: the purpose words ("for the distress …", "to recognise …", "a symbolic payment") and the
 * category they name. The category whose word comes first in the purpose wins; a refund is always financial loss.
 */
import { anyOf, TITLES } from './vocabulary.js';
import { tableOf, type Rule } from './rule.js';

const T = anyOf(TITLES);

/** The purpose categories, in the order they are tried. */
const CATEGORIES = [
  {
    name: 'purpose-financial-loss',
    pattern: /\b(?:refund|reimburs|repay|costs?\b|fees?\b|deposit|arrears|backdat|loss of (?:income|earnings|benefit)|lost (?:income|earnings)|expenses|overpa|charges?\b|invoice|rent\b|travel|legal|PCN|penalty|incorrectly demanded|amount (?:due|owed)|money (?:owed|due)|paid for)/i,
    purpose: 'financial_loss',
    why: 'money the complainant lost or paid out: fees, costs, travel, lost income, a refund',
    examples: [
      { text: 'The Council should pay Mrs X £180 for the travel costs she incurred.', amount: '£180', verdict: 'counted', purpose: 'financial_loss' },
      { text: 'The Council should pay Mr Y £2,400 for his lost earnings.', amount: '£2,400', verdict: 'counted', purpose: 'financial_loss' },
    ],
  },
  {
    name: 'purpose-missed-provision',
    pattern:
      /\b(?:missed|loss of (?:education|provision|service|support|care|respite|tuition|therapy)|lost (?:education|provision|support|care|respite|tuition|therapy)|education|provision|respite|therapy|tuition|care (?:and support )?(?:he|she|they) (?:did not|didn't) (?:receive|get)|support (?:he|she|they) (?:did not|didn't) (?:receive|get)|additional care|family break)/i,
    purpose: 'missed_provision',
    why: 'a service the person should have had and did not: education, respite, therapy, care',
    examples: [
      { text: 'The Council should pay Mrs X £1,800 for the education her son missed.', amount: '£1,800', verdict: 'counted', purpose: 'missed_provision' },
      { text: 'The Council should pay Mr Y £600 to recognise the lost respite.', amount: '£600', verdict: 'counted', purpose: 'missed_provision' },
    ],
  },
  {
    name: 'purpose-time-and-trouble',
    pattern: /\b(?:time and trouble|time,? trouble|time of trouble|trouble|time (?:spent|and effort)|pursuing (?:her|his|their|the) complaint|complaint[- ]handling)/i,
    purpose: 'time_and_trouble',
    why: 'the complainant’s time and trouble in pursuing the complaint',
    examples: [
      { text: 'The Council should pay Mrs X £150 for her time and trouble.', amount: '£150', verdict: 'counted', purpose: 'time_and_trouble' },
      { text: 'The Council should pay Mr Y £100 to acknowledge the time spent pursuing his complaint.', amount: '£100', verdict: 'counted', purpose: 'time_and_trouble' },
    ],
  },
  {
    name: 'purpose-distress',
    pattern: /\b(?:distress|uncertainty|frustration|anxiety|upset|stress|inconvenience|injustice|worry|outrage|harm|unsuitable|living in|opportunity|impact|confidence|hurt|disappointment|delay)/i,
    purpose: 'distress',
    why: 'distress, uncertainty, frustration, a lost opportunity: the injustice to the person',
    examples: [
      { text: 'The Council should pay Mrs X £250 to acknowledge her distress.', amount: '£250', verdict: 'counted', purpose: 'distress' },
      { text: 'The Council should pay Mr Y £500 for the uncertainty about his care.', amount: '£500', verdict: 'counted', purpose: 'distress' },
    ],
  },
  {
    name: 'purpose-symbolic',
    pattern: /\bsymbolic\b/i,
    purpose: 'symbolic',
    why: 'a payment the decision calls symbolic and gives no other purpose',
    examples: [
      { text: 'The Council should make Mrs X a symbolic payment of £200.', amount: '£200', verdict: 'counted', purpose: 'symbolic' },
      { text: 'The Council should send Mr Y a symbolic payment of two hundred pounds.', amount: 'two hundred pounds', verdict: 'counted', purpose: 'symbolic' },
    ],
  },
] as const satisfies readonly Rule[];

/** Where the purpose words are found, tried in this order. */
const TEXT_RULES = [
  {
    name: 'purpose-after',
    pattern: new RegExp(
      `^\\s*(?:\\(|,)?\\s*(?:each\\s+)?(?:(?:symbolic |time and trouble |goodwill )?payment\\s+)?(?:(?:it |which |that )?(?:has |had )?(?:already |previously )?(?:offered|paid)(?: (?:by|to) (?:the )?[A-Z]\\w*(?: [A-Z]\\w*)?)?\\s+)?` +
        `(?:to ${T}\\.? (?:and ${T}\\.? )?[A-Z]\\s+|to (?:her|him|them)\\s+)?` +
        `(?:to (?:recognise|recognize|acknowledge|reflect|remedy|recompense|compensate (?:her |him |them )?for|make up for|account for|mark)|for|in recognition of|as (?:a )?(?:symbolic )?(?:payment|recognition|remedy) (?:for|of))\\s+` +
        `([^;()]*?)(?=\\s*(?:[;)]|,?\\s+and (?:to )?(?:pay|apologis|provid|review|make|refund|remind|ensure|£)|,\\s*£|\\.\\s|\\.$|$))`,
      'i',
    ),
    why: '"£250 for the distress caused", "£300 to recognise …", "£100 in recognition of …": the purpose right after the amount, to the clause’s end',
    examples: [
      { text: 'The Council should pay Mrs X £250 to recognise the distress caused by the delay.', amount: '£250', verdict: 'counted', purposeText: 'the distress caused by the delay', purpose: 'distress' },
      { text: 'The Council should pay £150 to Mr Y for his time and trouble; and review its policy.', amount: '£150', verdict: 'counted', purposeText: 'his time and trouble', purpose: 'time_and_trouble' },
    ],
  },
  {
    name: 'purpose-later',
    pattern: /\b(?:to (?:recognise|recognize|acknowledge|reflect|remedy)|in recognition of)\b/i,
    why: '"an additional £500, to the £500 it has already offered, to acknowledge …": a purpose further on in the clause, with no amount after it',
    examples: [
      { text: 'The Council should pay Mrs X an additional £400, on top of its earlier offer, to acknowledge her uncertainty.', amount: '£400', verdict: 'counted', purposeText: 'her uncertainty', purpose: 'distress' },
      { text: 'The Council should pay Mr Y £220 within one month to reflect the missed respite.', amount: '£220', verdict: 'counted', purposeText: 'the missed respite', purpose: 'missed_provision' },
    ],
  },
  {
    name: 'purpose-noun',
    pattern: /\b((?:symbolic|time and trouble|time of trouble|goodwill|distress|financial redress|compensation)\s+payment)\s+of\s*$/i,
    why: '"a symbolic payment of £…", "a time and trouble payment of £…": the noun phrase before the amount names the purpose',
    examples: [
      { text: 'The Council should make a time and trouble payment of £100 to Mrs X.', amount: '£100', verdict: 'counted', purposeText: 'time and trouble payment', purpose: 'time_and_trouble' },
      { text: 'The Council should make a goodwill payment of £75 to Mr Y.', amount: '£75', verdict: 'counted', purposeText: 'goodwill payment', purpose: 'other' },
    ],
  },
  {
    name: 'purpose-lead',
    pattern: /^\s*(?:in recognition of|to remedy|to recognise|to acknowledge)\s+([^,;]{3,120}?),/i,
    why: '"In recognition of the injustice caused by these faults, the Council has agreed to pay …": the purpose leads the sentence',
    examples: [
      { text: 'In recognition of the injustice caused by the delay, the Council will pay Mrs X £350.', amount: '£350', verdict: 'counted', purposeText: 'the injustice caused by the delay', purpose: 'distress' },
      { text: 'To acknowledge the frustration Mr Y experienced, the Council should pay him £125.', amount: '£125', verdict: 'counted', purposeText: 'the frustration Mr Y experienced', purpose: 'distress' },
    ],
  },
] as const satisfies readonly Rule[];

/** The purpose rules, by name. */
export const PURPOSE = tableOf([...CATEGORIES, ...TEXT_RULES]);
export const PURPOSE_RULES: readonly Rule[] = [...CATEGORIES, ...TEXT_RULES];
/** The categories in the order they are tried. */
export const PURPOSE_CATEGORIES: readonly Rule[] = CATEGORIES;
