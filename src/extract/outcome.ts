import type { Outcome } from '../../schemas/enums.js';

/** Map the page's decision words to a code; null for words we do not recognise (the label is kept). */
export function extractOutcome(label: string | null | undefined): Outcome | null {
  if (!label) return null;
  const key = label.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^not upheld\b/.test(key)) return 'not_upheld';
  if (/^upheld\b/.test(key) || /^partly upheld\b/.test(key)) return 'upheld';
  if (/^closed after initial enquiries\b/.test(key) || /^closed after initial enquiry\b/.test(key)) return 'closed_after_initial_enquiries';
  return null;
}
