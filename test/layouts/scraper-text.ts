// Layout (a): the page text as a scraper's HTML-to-text step stores it, one element per line (as in a public scraper's
// stored samples, lgsco-site.md 4.5): "Category :" / top label / ">" / sublabel, "Decision :" / outcome,
// "Decision date :" / date, ordered-list numbers gone, and in some variants no title line and a bare "Summary" heading.
import { classifyLines, splitFixture, type Line } from './fixture-lines.js';

export interface ScraperTextOptions {
  /** Keep the "Organisation (NN NNN NNN)" title line (without it the reference comes only from the address). */
  title: boolean;
  /** "Summary: text" kept on one line, or a bare "Summary" heading with the text on the next line. */
  summary: 'inline' | 'heading';
  /** "Category :" (as the site prints it) or a bare "Category". */
  labels: 'colon' | 'bare';
  /** The header fields in the page's order, or date, decision, category. */
  order: 'page' | 'date-first';
  /** A blank line between elements (some HTML-to-text steps end every block element with one), or none. */
  blankLines?: boolean;
}

type HeaderLine = Extract<Line, { kind: 'category' | 'outcome' | 'date' }>;

function headerLines(line: HeaderLine, labels: ScraperTextOptions['labels']): string[] {
  const label = (name: string): string => (labels === 'colon' ? `${name} :` : name);
  switch (line.kind) {
    case 'category':
      return [label('Category'), line.top, '>', line.sub];
    case 'outcome':
      return [label('Decision'), line.value];
    case 'date':
      return [label('Decision date'), line.value];
  }
}

const ORDER: Record<HeaderLine['kind'], number> = { date: 0, outcome: 1, category: 2 };

/** Re-lay out a fixture text ("URL: …", blank, page text) as scraper text; the URL line is kept. */
export function toScraperText(text: string, options: ScraperTextOptions): string {
  const { url, lines } = splitFixture(text);
  const classified = classifyLines(lines);
  const header = classified.filter((l): l is HeaderLine => l.kind === 'category' || l.kind === 'outcome' || l.kind === 'date');
  if (options.order === 'date-first') header.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const out: string[] = [];
  let headerDone = false;
  for (const line of classified) {
    switch (line.kind) {
      case 'blank':
        break; // one element per line; blank lines only as `blankLines` puts them
      case 'title':
        if (options.title) out.push(line.text);
        break;
      case 'category':
      case 'outcome':
      case 'date':
        if (!headerDone) for (const h of header) out.push(...headerLines(h, options.labels));
        headerDone = true;
        break;
      case 'summary':
        if (options.summary === 'inline') out.push(`Summary: ${line.text}`);
        else out.push('Summary', line.text);
        break;
      case 'item':
        out.push(line.text.trim()); // <li> text: the list number or bullet was the browser's, not the text's
        break;
      case 'back':
        out.push('Back to top');
        break;
      case 'preamble':
      case 'marker':
      case 'text':
        out.push(line.text);
        break;
    }
  }
  return `${url ? `URL: ${url}\n\n` : ''}${out.join(options.blankLines ? '\n\n' : '\n')}\n`;
}
