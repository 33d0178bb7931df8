import type { Section } from '../../schemas/decision.js';
import { LastDocumentCache } from './document-cache.js';

/** A sentence (or a sub-list item) of the body, with where it sits, for evidence. */
export interface Sentence {
  text: string;
  /** Section heading (null before the first heading). */
  section: string | null;
  /** Index of the section in the document. */
  sectionIndex: number;
  /** Published paragraph number (null when unnumbered). */
  paragraph: number | null;
  /** Index of the paragraph within its section. */
  paragraphIndex: number;
  /** Line of the paragraph (0: the paragraph's own text; 1+: sub-list items). */
  line: number;
  /** The paragraph's text before this sentence (earlier sentences name who "her" or "a further £300" is for). */
  before: string;
  /** The line this item hangs from when it is a sub-list item or follows a lead-in ending in ":" (its context). */
  leadIn: string | null;
  /**
   * The last sentence of the paragraph before, in the same section ('' for a section's first paragraph): the lead-in
   * of a list whose items are paragraphs ("The Council agreed to our recommendations." / "- This included … £1,000").
   */
  paragraphBefore: string;
}

/** Abbreviations whose full stop does not end a sentence. */
// A lone capital is not treated as an initial: "… caused injustice to Mr X." ends a sentence in nearly every decision.
const ABBREVIATION_RE = /\b(?:Mr|Mrs|Ms|Mx|Dr|Miss|St|Cllr|No|Nos|para|paras|e\.g|i\.e|etc|approx|vs|cf|Ltd|Co|Rev|Prof|Sgt|Insp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** A candidate sentence end: ".", "!" or "?" (with closing quotes/brackets) then space and a capital, digit, £ or quote. */
const END_RE = /[.!?][”’"')\]]*\s+(?=[A-Z0-9£“‘"'(])/g;

/** Split one line of text into sentences (keeps abbreviations such as "Mr." and initials together). */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(line); m; m = END_RE.exec(line)) {
    const candidate = line.slice(start, m.index + 1);
    if (ABBREVIATION_RE.test(candidate)) continue;
    out.push(line.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const last = line.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Sentences of the document read last (several extractors read the same document). */
const SENTENCE_CACHE = new LastDocumentCache<Sentence[]>();

/** Every sentence of the given sections, sub-list items kept apart and tied to their lead-in line. */
export function sentencesOf(sections: readonly Section[], sectionIndexes?: readonly number[]): Sentence[] {
  if (!sectionIndexes) {
    const cached = SENTENCE_CACHE.get(sections);
    if (cached) return cached;
    const all = sentencesOf(sections, sections.map((_, i) => i));
    SENTENCE_CACHE.set(sections, all);
    return all;
  }
  const out: Sentence[] = [];
  const indexes = sectionIndexes ?? sections.map((_, i) => i);
  for (const si of indexes) {
    const s = sections[si]!;
    let lead: string | null = null; // a paragraph ending in ":" introduces the items that follow it
    let paragraphBefore = '';
    s.paragraphs.forEach((p, pi) => {
      const lines = p.text.split('\n');
      const paraLead = lead;
      lines.forEach((line, li) => {
        // A sub-item hangs from the nearest line above it that ends in ":" (else the paragraph's first line).
        let context = li === 0 ? paraLead : lines[0]!;
        for (let k = li - 1; k > 0; k--) {
          if (/:\s*$/.test(lines[k]!)) {
            context = lines[k]!;
            break;
          }
        }
        let before = lines.slice(0, li).join(' ');
        for (const text of splitSentences(line)) {
          out.push({ text, section: s.heading, sectionIndex: si, paragraph: p.n, paragraphIndex: pi, line: li, leadIn: context, before, paragraphBefore });
          before = `${before} ${text}`;
        }
      });
      paragraphBefore = out.at(-1)?.sectionIndex === si ? out.at(-1)!.text : '';
      // A one-line paragraph ending in ":" introduces the paragraphs after it (the compact template flattens lists).
      if (lines.length === 1 && /:$/.test(lines[0]!.trim())) lead = lines[0]!.trim();
    });
  }
  return out;
}
