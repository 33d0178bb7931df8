// What a decision letter says, made from the page (lgsco-site.md 4.5, and the three real letters in
// ../shared/fixtures/pdf): a date line, "Complaint reference:" / the reference, "Complaint against:" / the body,
// "The Ombudsman’s final decision" (or draft), "Summary: …", headed sections of paragraphs numbered through the whole
// letter, and the sign-off. The web page's furniture (cookie banner, Category/Decision lines, "Back to top",
// "Print this page") is not in a letter; neither is the address.
import { caseRefFromAddress, longDate, readPage, type SubItem } from './fixture-lines.js';

/** One piece of the letter, before it is set on pages. */
export type LetterItem =
  | { kind: 'line'; text: string; bold?: boolean }
  | { kind: 'gap' }
  | { kind: 'heading'; text: string }
  /** A paragraph: `number` drawn in its own column; null: unnumbered text (bullet: a "•" item). */
  | { kind: 'para'; number: number | null; bullet?: boolean; text: string; subs: SubItem[] };

export type Stage = 'final' | 'draft';

const SIGN_OFF_RE = /decision on behalf of the Ombudsman/i;
const WEB_FURNITURE_RE = /^(?:Print this page|Back to top)$/i;

/** The marker, footer and sign-off wording of a final decision and of a draft. */
export const STAGE_WORDS: Record<Stage, { marker: string; footer: string; signOff: string; heading: string }> = {
  final: {
    marker: 'The Ombudsman’s final decision',
    footer: 'Final decision',
    signOff: 'Investigator’s decision on behalf of the Ombudsman',
    heading: 'Final decision',
  },
  draft: {
    marker: 'The Ombudsman’s draft decision',
    footer: 'Draft decision for your comments',
    signOff: 'Investigator’s draft decision on behalf of the Ombudsman',
    heading: 'Draft decision',
  },
};

/** What the letter carries from the page, for the test to know what it can compare. */
export interface LetterFacts {
  caseRef: string | null;
  organisation: string | null;
  /** The letter's date line; null when the page states no decision date (then the letter has no date line). */
  dateLine: string | null;
}

/** The letter's items and the facts it carries. */
export function letterContent(text: string, stage: Stage): { items: LetterItem[]; facts: LetterFacts } {
  const page = readPage(text);
  const words = STAGE_WORDS[stage];
  const facts: LetterFacts = {
    caseRef: page.caseRef ?? caseRefFromAddress(page.url),
    organisation: page.organisation,
    dateLine: page.date ? longDate(page.date) : null,
  };
  const items: LetterItem[] = [];
  if (facts.dateLine) items.push({ kind: 'line', text: facts.dateLine }, { kind: 'gap' });
  if (facts.caseRef) items.push({ kind: 'line', text: 'Complaint reference:', bold: true }, { kind: 'line', text: facts.caseRef });
  if (facts.organisation) items.push({ kind: 'line', text: 'Complaint against:', bold: true }, { kind: 'line', text: facts.organisation });
  items.push({ kind: 'gap' }, { kind: 'line', text: words.marker, bold: true });
  let n = 0;
  let signedOff = false;
  for (const block of page.blocks) {
    switch (block.kind) {
      case 'marker':
      case 'back':
        break;
      case 'summary':
        items.push({ kind: 'line', text: `Summary: ${block.text}` });
        break;
      case 'heading':
      case 'text': {
        if (WEB_FURNITURE_RE.test(block.text)) break;
        if (SIGN_OFF_RE.test(block.text)) {
          items.push({ kind: 'line', text: words.signOff });
          signedOff = true;
        } else if (block.kind === 'heading') {
          items.push({ kind: 'heading', text: block.text === STAGE_WORDS.final.heading ? words.heading : block.text });
        } else {
          items.push({ kind: 'para', number: null, text: block.text, subs: [] });
        }
        break;
      }
      case 'para':
        // A letter numbers its paragraphs through the whole letter; the page's "•" items stay bullets.
        if (block.marker === 'bullet') items.push({ kind: 'para', number: null, bullet: true, text: block.text, subs: block.subs });
        else items.push({ kind: 'para', number: ++n, text: block.text, subs: block.subs });
        break;
    }
  }
  if (!signedOff) items.push({ kind: 'gap' }, { kind: 'line', text: words.signOff });
  return { items, facts };
}
