import type { DecisionDocument } from '../read/document.js';
import { headingKey, REPORT_FINDING_RE, SATISFIED_RE } from '../read/patterns.js';
import { parseDate } from './decision-date.js';

/**
 * The Summary. Source precedence: the inline "Summary:" / "Summary" section, then (older report summaries with no
 * heading) the first paragraph before any heading, then the paragraph under "The complaint" on report summaries.
 */
export function extractSummary(doc: DecisionDocument): string | null {
  const summary = doc.sections.find((s) => s.heading !== null && headingKey(s.heading) === 'summary');
  if (summary && summary.paragraphs.length > 0) return summary.paragraphs.map((p) => p.text).join('\n');
  if (doc.finalDecisionLine) return null;
  const lead = doc.sections[0];
  if (lead && lead.heading === null && lead.paragraphs[0]) return lead.paragraphs[0].text;
  if (doc.reportMarkers) {
    const complaint = doc.sections.find((s) => s.heading !== null && headingKey(s.heading) === 'the complaint');
    if (complaint?.paragraphs[0]) {
      const end = complaint.paragraphs.findIndex((p) => REPORT_FINDING_RE.test(p.text));
      return complaint.paragraphs
        .slice(0, end < 0 ? undefined : Math.max(end, 1))
        .map((p) => p.text)
        .join('\n');
    }
  }
  return null;
}

/** Older report summaries: "Ombudsman satisfied with council's response: 23 September 2016" → ISO date. */
export function extractSatisfiedDate(doc: DecisionDocument): string | null {
  for (const s of doc.sections) {
    for (const p of s.paragraphs) {
      const m = SATISFIED_RE.exec(p.text);
      if (m) return parseDate(m[1]);
    }
  }
  return null;
}
