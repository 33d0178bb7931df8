// An INVENTED decision as published plain text (title line, header fields, Summary, numbered sections), parsed whole
// by parseDecision, so the reader's layout (bullets, line breaks) is exercised as well as the remedy rules. Bodies and
// people are invented: Exampleton Borough Council, Mrs X, Mr Y.
import { parseDecision, type Decision } from '../../src/index.js';

export interface InventedDecision {
  /** What the Summary says. */
  summary: string;
  /** Sections after the Summary, by heading; a paragraph's "\n- " lines are its bullet items. */
  sections: Readonly<Record<string, readonly string[]>>;
  /** The Decision header field ("Upheld" unless said; "Closed after initial enquiries" for a closure). */
  outcome?: string;
  /** The body in the title line. */
  body?: string;
  /** Case reference digits ("99 000 001"). */
  ref?: string;
}

/** The decision as a plain-text page. */
export function inventedText(d: InventedDecision): string {
  let n = 0;
  const para = (text: string): string => {
    const [first, ...items] = text.split('\n- ');
    return [`  ${++n}. ${first}`, ...items.map((item) => `    • ${item}`)].join('\n');
  };
  return [
    `${d.body ?? 'Exampleton Borough Council'} (${d.ref ?? '99 000 001'})`,
    '',
    'Category : Adult care services > Other',
    '',
    `Decision : ${d.outcome ?? 'Upheld'}`,
    '',
    'Decision date : 14 Mar 2025',
    '',
    "The Ombudsman's final decision:",
    '',
    `Summary: ${d.summary}`,
    '',
    ...Object.entries(d.sections).flatMap(([heading, paragraphs]) => [heading, '', ...paragraphs.map(para), '']),
  ].join('\n');
}

/** Parse an invented decision. */
export function parseInvented(d: InventedDecision, filename = 'invented.txt'): Promise<Decision> {
  return parseDecision(inventedText(d), { filename });
}

/** A decision's payments as [pence, status, payee], sorted, for comparing forms of one meaning. */
export function paymentsOf(d: Decision): [number, string, string | null][] {
  return d.remedy.payments
    .map((p) => [p.amountPence, p.status, p.payee] as [number, string, string | null])
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || String(a[2]).localeCompare(String(b[2])));
}
