import type { Section } from '../../schemas/decision.js';
import { headingKey, isKnownHeading } from '../read/patterns.js';
import { LastDocumentCache } from './document-cache.js';

/** Headings of the sections that state the remedy. */
const REMEDY_HEADING_RE =
  /^(?:agreed actions?|agred actions?|recommended (?:and agreed )?actions?|recommendations?|actions?|remed(?:y|ies)|what (?:we|i) (?:recommend|asked)|to remedy the injustice|further report)$/;
/** Boilerplate sections whose wording about "fault" and "remedy" is generic, never a finding. */
const BOILERPLATE_HEADING_RE =
  /^(?:the ombudsm[ae]n's role and powers|how (?:i|we) considered (?:this|the) complaint|how i considered this|what (?:i|we) (?:have )?(?:and have not )?investigated.*|key to names used|legal and administrative background|relevant (?:law|legislation).*|law,? guidance.*|.*law and guidance|contents)$/;
const SUMMARY_HEADING_RE = /^summary$/;

/** Zones of the document read last: the remedy, fault and action extractors all ask for the same document's zones. */
const ZONE_CACHE = new LastDocumentCache<Zone[]>();

/** Where each section sits: the remedy statement, the summary, boilerplate, or the rest of the body. */
export type Zone = 'remedy' | 'summary' | 'boilerplate' | 'complaint' | 'body';

/**
 * Zone of every section. The remedy zone runs from a remedy heading ("Agreed action", "Recommendations", …) until the
 * next heading we know that is not a remedy heading, so per-person sub-headings ("Ms X", "Ms Y") stay inside it.
 * A report summary page with no headings is its own summary.
 */
export function sectionZones(sections: readonly Section[]): Zone[] {
  const cached = ZONE_CACHE.get(sections);
  if (cached) return cached;
  const zones: Zone[] = [];
  let inRemedy = false;
  for (const s of sections) {
    const key = s.heading === null ? '' : headingKey(s.heading);
    if (REMEDY_HEADING_RE.test(key)) inRemedy = true;
    else if (s.heading !== null && isKnownHeading(s.heading)) inRemedy = false;
    if (inRemedy) zones.push('remedy');
    else if (SUMMARY_HEADING_RE.test(key) || (s.heading === null && zones.length === 0)) zones.push('summary');
    else if (BOILERPLATE_HEADING_RE.test(key)) zones.push('boilerplate');
    else if (key === 'the complaint' || key === 'complaint') zones.push('complaint');
    else zones.push('body');
  }
  ZONE_CACHE.set(sections, zones);
  return zones;
}
