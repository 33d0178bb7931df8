/** lgsco library: parse LGSCO decisions into validated records, and build and query the dataset (openDataset). */
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
export {
  Dataset,
  openDataset,
  explainFile,
  type OpenDatasetOptions,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
  type TotalsQuery,
  type TotalsResult,
  type DecisionLookup,
  type StoredDecision,
  type ExplainedDecision,
  type CsvExportOptions,
  type ExportResult,
  type ExportTarget,
  type SqlResult,
} from './dataset/index.js';
export type { TotalsBy, TotalsRow, TotalsSort } from './store/totals.js';
export type { SearchHit, Credit } from './store/queries.js';
export type { SampleNotices } from './store/sample.js';
export type { DecisionSource, SourceRole } from './store/sources.js';
export type { DataPackageResult } from './datapackage/write.js';
