/** lgsco library: parse LGSCO decisions into validated records. */
export { parseDecision, readDocument, DEFAULT_MAX_BYTES, type ParseOptions } from './parse.js';
export { extractDecision } from './extract/index.js';
export { explainRemedy, type MoneyVerdict } from './extract/explain.js';
export { VERDICTS, type VerdictName } from './extract/verdicts.js';
export { readHtml, readText, readPdf, sniffFormat, type DecisionDocument } from './read/index.js';
export { canonicaliseUrl } from './extract/url.js';
export { normaliseCaseRef, extractCaseRef, caseRefFromUrl } from './extract/case-ref.js';
export { parseDate } from './extract/decision-date.js';
export { LgscoError, ParseError, FetchError, UsageError } from './errors.js';
export { PARSER_VERSION } from './version.js';
export { lookupAuthority, matchAuthority, normaliseAuthorityName, type Authority } from './authorities/index.js';
export * from '../schemas/index.js';
