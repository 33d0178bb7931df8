/** The dataset layer: what the commands, the explorer and library users build and query lgsco datasets with. */
export { Dataset, openDataset, type OpenDatasetOptions } from './dataset.js';
export { explainFile, explainRecord, type ExplainedDecision } from './explain.js';
export type { CsvExportOptions, ExportResult, ExportTarget } from './export.js';
export type { ImportOptions, ImportProgress, ImportSummary } from './import-types.js';
export type { SqlResult } from './sql.js';
export type { TotalsQuery, TotalsResult } from './totals.js';
export type { DecisionLookup, StoredDecision } from './types.js';
export { parseDateFilter } from './dates.js';
