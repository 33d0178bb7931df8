/** Remedy sections written inline for the action tests, and a compact view of the actions read from them. */
import type { Section } from '../../schemas/decision.js';
import { extractActions } from '../../src/extract/actions.js';

/** A section of numbered paragraphs; "\n" inside a paragraph starts a sub-list item. */
export const section = (heading: string | null, ...paragraphs: string[]): Section => ({
  heading,
  paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
});
export const agreed = (...paragraphs: string[]): Section[] => [section('Agreed action', ...paragraphs)];
/** [kind, text, deadline amount+unit or null] of every action, for compact tables. */
export const brief = (sections: Section[]) =>
  extractActions(sections).map((a) => [a.kind, a.text, a.deadline ? `${a.deadline.amount} ${a.deadline.unit}` : null]);
