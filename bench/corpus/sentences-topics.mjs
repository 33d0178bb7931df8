/**
 * Category-specific sentences: what the complaint is about, the law and guidance, what happened, the fault found, a
 * reason to close, and the remedy wording (purposes, lost provision, refunds, waivers, service improvements).
 * Keyed by category slug; `topics` by subcategory slug (a missing subcategory falls back to `other`/the first).
 */

import { PEOPLE_TOPICS } from './sentences-topics-people.mjs';
import { PLACE_TOPICS } from './sentences-topics-places.mjs';

/** Every category's sentences, keyed by category slug. */
export const TOPICS = { ...PEOPLE_TOPICS, ...PLACE_TOPICS };

/** The pack for a category, and one complaint topic for its subcategory. */
export function topicPack(catSlug, subSlug) {
  const pack = TOPICS[catSlug];
  const topics = pack.topics[subSlug] ?? pack.topics.other ?? Object.values(pack.topics)[0];
  return { pack, topics };
}
