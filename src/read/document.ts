import type { Section } from '../../schemas/decision.js';

/** Input formats the readers understand. */
export type SourceFormat = 'html' | 'text' | 'pdf';

/**
 * The one intermediate model every reader produces and every extractor reads:
 * the title line, the header fields and the body as sections of numbered paragraphs.
 */
export interface DecisionDocument {
  format: SourceFormat;
  /** Page address the document itself carries (canonical link, og:url, a `URL:` line), not yet canonicalised. */
  url: string | null;
  /** The title line, "Organisation (NN NNN NNN)" or a bare reference; null when the page has none. */
  title: string | null;
  /** Header fields by lower-case label: "category", "decision", "decision date". */
  fields: Record<string, string>;
  /** Addresses linked from the Category value (HTML pages), in order. */
  categoryLinks: string[];
  /** Body sections in reading order (empty sections dropped). */
  sections: Section[];
  /** True when the page carries "The Ombudsman's final decision:" (or a letter's "draft decision"): decision statements. */
  finalDecisionLine: boolean;
  /** "draft" when the document says it is a draft decision ("The Ombudsman's draft decision"), else "final". */
  stage: 'final' | 'draft';
  /** True when the page carries report furniture: "Overview:", "Key to names used", "Finding", a satisfied-with-response line. */
  reportMarkers: boolean;
  /** How many pages (report chapters) were joined into this document. */
  chapters: number;
}

/** A unit of body text as a reader sees it, before sections are built. */
export type Block =
  | { kind: 'heading'; text: string }
  | {
      kind: 'para';
      text: string;
      /** Printed number (ordered-list position or "12." prefix); null when unnumbered. */
      n: number | null;
      /** 0 for a body paragraph, 1+ for an item of a sub-list inside the previous paragraph. */
      depth: number;
      /** True when the paragraph is an item of a numbered list (counted even when no number is printed). */
      numbered: boolean;
    };
