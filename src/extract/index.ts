import { createHash } from 'node:crypto';
import type { Decision } from '../../schemas/decision.js';
import type { DocumentType } from '../../schemas/enums.js';
import type { DecisionDocument } from '../read/document.js';
import { PARSER_VERSION } from '../version.js';
import { caseRefFromUrl, extractCaseRef, normaliseCaseRef, organisationFromUrl } from './case-ref.js';
import { extractCategory } from './category.js';
import { parseDate } from './decision-date.js';
import { extractDocumentType } from './document-type.js';
import { extractOrganisations, splitOrganisationNames } from './organisation.js';
import { extractOutcome } from './outcome.js';
import { extractRemedy } from './remedy.js';
import { extractActions } from './actions.js';
import { extractFaults } from './faults.js';
import { extractSatisfiedDate, extractSummary } from './summary.js';
import { canonicaliseUrl } from './url.js';

export interface ExtractOptions {
  /** Page address supplied by the caller (scraper, --url); wins over an address found in the document. */
  url?: string | null;
  /** Statement/Report as given by a search listing. */
  documentType?: DocumentType | null;
  /** The source bytes, for sourceSha256. */
  source: Uint8Array;
  /** Local authority lookup for organisation names (the caller supplies it: extraction does no I/O). */
  authority?: (name: string) => { code: string; gss: string | null } | null;
}

/** Organisations. Source precedence: the title, then a letter's "Complaint against:", then a name in the address. */
function organisationsOf(doc: DecisionDocument, url: string | null): Decision['organisations'] {
  const fromTitle = extractOrganisations(doc.title);
  if (fromTitle.length > 0) return fromTitle;
  const against = doc.fields['complaint against'];
  const name = against ?? organisationFromUrl(url) ?? organisationFromUrl(doc.url);
  return name ? splitOrganisationNames(name).map((n) => ({ name: n, authorityCode: null, gssCode: null })) : [];
}

/** Decision header and body fields from a DecisionDocument, each from its sources in the documented order. */
export function extractDecision(doc: DecisionDocument, options: ExtractOptions): Decision {
  // url: caller's address, then the document's own (canonical link, og:url, "URL:" line); canonicalised.
  const url = canonicaliseUrl(options.url) ?? canonicaliseUrl(doc.url);
  // caseRef: the title's last bracketed group (or a bare-reference title), then a letter's "Complaint reference:",
  // then the address: canonical, then the caller's, then the document's own (any address that contains a reference).
  const caseRef =
    extractCaseRef(doc.title) ??
    normaliseCaseRef(doc.fields['complaint reference'] ?? '') ??
    caseRefFromUrl(url) ??
    caseRefFromUrl(options.url ?? null) ??
    caseRefFromUrl(doc.url);
  // outcome and decision date: header fields only; pages with no header leave them null rather than guess.
  const outcomeLabel = doc.fields.decision?.trim() || null;
  const outcome = extractOutcome(outcomeLabel);
  const organisations = organisationsOf(doc, options.url ?? null).map((o) => {
    const la = options.authority?.(o.name) ?? null;
    return la ? { ...o, authorityCode: la.code, gssCode: la.gss } : o;
  });
  const remedy = extractRemedy(doc.sections, { outcome, organisations: organisations.map((o) => o.name) });
  const { faultFound, faults } = extractFaults(doc.sections, outcome);
  return {
    caseRef: caseRef ?? '',
    url,
    title: doc.title,
    organisations,
    ...extractCategory(doc, url),
    outcome,
    outcomeLabel,
    // decisionDate: the "Decision date" field, then a letter's date line (a letter is dated the day it decides).
    decisionDate: parseDate(doc.fields['decision date']) ?? parseDate(doc.fields['letter date']),
    satisfiedDate: extractSatisfiedDate(doc),
    documentType: extractDocumentType(doc, options.documentType),
    // stage: the document's own marker line ("The Ombudsman's draft decision"); web pages are always final.
    stage: doc.stage,
    summary: extractSummary(doc),
    faultFound,
    faults,
    remedy: { ...remedy, actions: extractActions(doc.sections) },
    sections: doc.sections,
    sourceFormat: doc.format,
    parserVersion: PARSER_VERSION,
    sourceSha256: createHash('sha256').update(options.source).digest('hex'),
  };
}
