/**
 * Where each sentence stands for the remedy: the remedy statement (an "Agreed action" section, or a paragraph that opens
 * a remedy wherever it sits), the Summary, or the body — the source precedence remedy.ts reads them in.
 */
import type { Section } from '../../schemas/decision.js';
import { STATUS } from './rules/index.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { sectionZones } from './zones.js';

/** Paragraphs that open a remedy wherever they sit ("To remedy the injustice…, the council should:"). */
const REMEDY_LEAD_RE = STATUS['remedy-statement'].pattern;

/** A sentence and the tier it belongs to. */
export interface Tiered {
  sentence: Sentence;
  tier: Tier;
}

export type Tier = 'remedy' | 'summary' | 'body';

/** Which tier a sentence belongs to: the remedy statement first, the Summary next, the body only for context. */
export function tiersOf(sections: readonly Section[]): Tiered[] {
  const zones = sectionZones(sections);
  return sentencesOf(sections)
    .filter((s) => zones[s.sectionIndex] !== 'boilerplate')
    .map((sentence) => {
      const zone = zones[sentence.sectionIndex]!;
      const opens = REMEDY_LEAD_RE.test(sentence.text) || (sentence.leadIn !== null && REMEDY_LEAD_RE.test(sentence.leadIn));
      const tier: Tier = zone === 'remedy' || (opens && zone !== 'summary') ? 'remedy' : zone === 'summary' ? 'summary' : 'body';
      return { sentence, tier };
    });
}
