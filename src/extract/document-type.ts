import type { DocumentType } from '../../schemas/enums.js';
import type { DecisionDocument } from '../read/document.js';

/**
 * Statement or report. Source precedence: a caller's hint (the search listing says "Statement"/"Report"), then
 * "The Ombudsman's final decision:" (statements), then report furniture (Overview, Key to names used, Finding,
 * a satisfied-with-response line, several chapters); statements are the default.
 */
export function extractDocumentType(doc: DecisionDocument, hint?: DocumentType | null): DocumentType {
  if (hint) return hint;
  if (doc.finalDecisionLine) return 'statement';
  if (doc.reportMarkers || doc.chapters > 1) return 'report';
  return 'statement';
}
