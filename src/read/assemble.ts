import type { Paragraph, Section } from '../../schemas/decision.js';
import type { Block, DecisionDocument, SourceFormat } from './document.js';
import {
  BARE_REF_TITLE_RE,
  DRAFT_CUE_RE,
  END_OF_CONTENT_RE,
  FIELD_LINE_RE,
  FINAL_DECISION_RE,
  headingKey,
  isNoise,
  OVERVIEW_RE,
  REPORT_FINDING_RE,
  SATISFIED_RE,
  SUMMARY_INLINE_RE,
  TITLE_RE,
} from './patterns.js';

/** What a reader already knows from the page structure; the assembler finds the rest in the blocks. */
export interface AssembleInput {
  format: SourceFormat;
  url: string | null;
  /** Title found by structure (HTML); when absent the first title-shaped block is used. */
  title: string | null;
  /** Fields found by structure (HTML label/value pairs); "Label : value" blocks after the title add to them. */
  fields: Record<string, string>;
  categoryLinks: string[];
  blocks: Block[];
  chapters?: number;
  /** Stage found by the reader's head (a letter's marker line); else the marker lines in the blocks decide. */
  stage?: 'final' | 'draft';
  /** The reader already found the "The Ombudsman's final/draft decision" line in the head. */
  finalDecisionLine?: boolean;
}

const REPORT_HEADINGS = new Set(['key to names used', 'finding', 'findings', 'further report']);

/** Normalise a field label: "Decision date :" → "decision date"; "date of decision" → "decision date". */
export function fieldKey(label: string): string {
  const key = label.toLowerCase().replace(/[:\s]+$/, '').replace(/\s+/g, ' ').trim();
  if (key === 'date of decision' || key === 'date') return 'decision date';
  if (key === 'outcome') return 'decision';
  return key;
}

/** True when a line is a title line: "Org (NN NNN NNN)" or a bare reference. */
export function isTitleLine(text: string): boolean {
  return text.length < 400 && (TITLE_RE.test(text) || BARE_REF_TITLE_RE.test(text));
}

/**
 * Build a DecisionDocument from a reader's blocks: find the title (dropping any preamble such as a cookie banner
 * before it), lift header fields, recognise marker lines, number paragraphs and group them under headings.
 */
export function assembleDocument(input: AssembleInput): DecisionDocument {
  let blocks = input.blocks;
  let title = input.title;
  const fields = { ...input.fields };

  // Title precedence: structure (reader) first, else the first title-shaped block; anything before it is preamble.
  if (title === null) {
    const at = blocks.findIndex((b) => isTitleLine(b.text));
    if (at >= 0) {
      title = blocks[at]!.text;
      blocks = blocks.slice(at + 1);
    }
  } else {
    const at = blocks.findIndex((b) => b.text === title);
    if (at >= 0 && at < 40) blocks = blocks.slice(at + 1);
  }

  // Header fields sit right after the title (or, on a page without one, near the top): lift the run of field lines.
  const first = blocks.slice(0, title === null ? 10 : 3).findIndex((b) => FIELD_LINE_RE.test(b.text));
  if (first >= 0) {
    let end = first;
    for (let i = first; i < Math.min(blocks.length, first + 6); i++) {
      const m = FIELD_LINE_RE.exec(blocks[i]!.text);
      if (!m) break;
      const key = fieldKey(m[1]!);
      if (!(key in fields) && m[2]!.trim() !== '') fields[key] = m[2]!.trim();
      end = i + 1;
    }
    blocks = [...blocks.slice(0, first), ...blocks.slice(end)];
  }

  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  let finalDecisionLine = input.finalDecisionLine ?? false;
  let stage = input.stage ?? 'final';
  let reportMarkers = false;
  let counter = 0;
  let inContents = false;
  let lastPara: Paragraph | null = null;

  const openSection = (heading: string | null): void => {
    if (current.paragraphs.length > 0) sections.push(current);
    current = { heading, paragraphs: [] };
    lastPara = null;
  };

  for (const b of blocks) {
    const text = b.text;
    if (END_OF_CONTENT_RE.test(text) && (sections.length > 0 || current.paragraphs.length > 0)) break;
    if (DRAFT_CUE_RE.test(text)) stage = 'draft';
    if (isNoise(text)) continue;
    const marker = FINAL_DECISION_RE.exec(text);
    if (marker) {
      finalDecisionLine = true;
      if (marker[1]!.toLowerCase() === 'draft') stage = 'draft';
      continue;
    }
    if (OVERVIEW_RE.test(text)) {
      reportMarkers = true;
      continue;
    }
    if (b.kind === 'heading') {
      const key = headingKey(text);
      inContents = key === 'contents' || key === 'on this page';
      if (REPORT_HEADINGS.has(key)) reportMarkers = true;
      // A repeated heading (report chapters repeat the header block) continues its section.
      openSection(text);
      continue;
    }
    if (inContents) continue; // a chapter list, not content
    const inline = SUMMARY_INLINE_RE.exec(text);
    if (inline && b.depth === 0 && current.heading === null) {
      openSection('Summary');
      lastPara = { n: null, text: inline[1]!.replace(/\s+/g, ' ').trim() };
      current.paragraphs.push(lastPara);
      continue;
    }
    if (SATISFIED_RE.test(text) || REPORT_FINDING_RE.test(text)) reportMarkers = true;
    if (b.depth > 0 && lastPara !== null) {
      const prev: Paragraph = lastPara;
      prev.text = `${prev.text}\n${text}`;
      continue;
    }
    let n: number | null = null;
    if (b.numbered) {
      // Browser text restarts each section's list at 1; the published numbering runs on through the decision.
      n = b.n !== null && b.n > counter ? b.n : counter + 1;
      counter = n;
    }
    lastPara = { n, text };
    current.paragraphs.push(lastPara);
  }
  openSection(null);

  return {
    format: input.format,
    url: input.url,
    title,
    fields,
    categoryLinks: input.categoryLinks,
    sections: mergeRepeatedSections(sections),
    finalDecisionLine,
    stage,
    reportMarkers,
    chapters: input.chapters ?? 1,
  };
}

/** Join consecutive sections with the same heading (chapters repeat headings). */
function mergeRepeatedSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    const prev = out[out.length - 1];
    if (prev && prev.heading !== null && s.heading !== null && headingKey(prev.heading) === headingKey(s.heading)) {
      prev.paragraphs.push(...s.paragraphs);
    } else {
      out.push(s);
    }
  }
  return out;
}
