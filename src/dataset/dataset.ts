import { datasetteMetadata, type DatasetteMetadata } from '../datapackage/datasette.js';
import { writeParquetFiles, type ParquetResult } from '../datapackage/parquet.js';
import { writeDataPackage, type DataPackageResult } from '../datapackage/write.js';
import { queryDigest, type DigestEntry, type DigestOptions } from '../store/digest.js';
import { UsageError } from '../errors.js';
import { closeDatabase, openDatabase, type Db } from '../store/db.js';
import { creditsOf, findDecisionIds, loadRecord, searchDecisions, type SearchHit } from '../store/queries.js';
import { sampleKindOf, sampleNoticesOf, type SampleNotices } from '../store/sample.js';
import { listSources } from '../store/sources.js';
import { explainRecord, type ExplainedDecision } from './explain.js';
import { exportCsv, exportJsonl, type CsvExportOptions, type ExportResult, type ExportTarget } from './export.js';
import type { ImportOptions, ImportSummary } from './import-types.js';
import { runSql, type SqlResult } from './sql.js';
import { queryDatasetTotals, type TotalsQuery, type TotalsResult } from './totals.js';
import type { DecisionLookup } from './types.js';

/** How to open a dataset. */
export interface OpenDatasetOptions {
  /**
   * Open for reading only: writes refused, no lock that keeps a writer waiting, a database in a read-only folder still
   * read. Without it the file is made (and upgraded) as needed.
   */
  readonly?: boolean;
  /** Told what the user may want to know about how the database was opened (read from a copy, made new). */
  onNote?: (message: string) => void;
}

/**
 * An lgsco dataset: the SQLite database that `lgsco import` builds and every other command reads. Each query result
 * carries `sample`, the notice every output of a database holding lgsco's bundled demo sample must show (or null).
 */
export class Dataset {
  /** The connection (better-sqlite3). Queries of your own go through `sql`, read-only, as `lgsco sql` runs them. */
  private readonly db: Db;

  constructor(
    /** The database file (":memory:" for one that lives only as long as this object). */
    readonly path: string,
    readonly options: OpenDatasetOptions = {},
  ) {
    this.db = openDatabase(path, { readonly: options.readonly === true, note: options.onNote });
  }

  /** Parse decision files and folders and store them (idempotent: re-importing the same files changes nothing). */
  async import(paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
    if (this.db.readonly) throw new UsageError(`${this.path}: opened read-only: open it with { readonly: false } to import`);
    // Loaded on first use: readers never pay for the parse pool and the writer.
    const { importPaths } = await import('./import.js');
    return importPaths(this.db, this.path, paths, options);
  }

  /** Remedy money grouped by council, category, subcategory, year, outcome or nation (as `lgsco totals`). */
  totals(query: TotalsQuery = {}): TotalsResult {
    return { ...queryDatasetTotals(this.db, query), sample: this.sampleNotice() };
  }

  /** Full-text search of titles, summaries and decision text, best matches first (words and "quoted phrases"). */
  search(text: string, options: { limit?: number } = {}): { hits: SearchHit[]; sample: SampleNotices | null } {
    return { hits: searchDecisions(this.db, text, { limit: options.limit ?? 20 }), sample: this.sampleNotice() };
  }

  /**
   * Every stored decision with this reference ("22 001 239", 22-001-239) or page address, as `lgsco show` prints it:
   * the record with its evidence, the files it was read from, how totals credit its money, and its demo-sample kind.
   */
  decision(ref: string): DecisionLookup {
    const decisions = findDecisionIds(this.db, ref).map((id) => ({
      record: loadRecord(this.db, id),
      sources: listSources(this.db, id),
      credits: creditsOf(this.db, id),
      sampleKind: sampleKindOf(this.db, id),
    }));
    return { decisions, sample: this.sampleNotice() };
  }

  /** Every £ in the stored decisions of a reference or address, with its verdict, by this version of lgsco. */
  explain(ref: string): ExplainedDecision[] {
    return findDecisionIds(this.db, ref).map((id) => explainRecord(loadRecord(this.db, id)));
  }

  /** One CSV row per decision (or per payment, with `payments`) into a file (written whole or not at all) or a sink. */
  exportCsv(to: ExportTarget, options: CsvExportOptions = {}): Promise<ExportResult> {
    return exportCsv(this.db, to, options).then((rows) => ({ rows, sample: this.sampleNotice() }));
  }

  /** One full record per line (JSON Lines) into a file (written whole or not at all) or a sink. */
  exportJsonl(to: ExportTarget, options: { label?: string } = {}): Promise<ExportResult> {
    return exportJsonl(this.db, to, options).then((rows) => ({ rows, sample: this.sampleNotice() }));
  }

  /** Decisions, payments, actions and faults as CSVs with a Frictionless datapackage.json, into `dir`. */
  exportDataPackage(dir: string): DataPackageResult & { sample: SampleNotices | null } {
    return { ...writeDataPackage(this.db, dir), sample: this.sampleNotice() };
  }

  /** Decisions, payments, actions and faults as Parquet files (typed: DATE, INT64 pence, BOOLEAN, UTF-8), into `dir`. */
  exportParquet(dir: string): ParquetResult & { sample: SampleNotices | null } {
    return { ...writeParquetFiles(this.db, dir), sample: this.sampleNotice() };
  }

  /** Datasette's metadata.json for this database: title, licence, source, every column described from the zod schema. */
  datasetteMetadata(): { metadata: DatasetteMetadata; sample: SampleNotices | null } {
    const sample = this.sampleNotice();
    return { metadata: datasetteMetadata(this.db, this.path, sample?.line ?? null), sample };
  }

  /** The decisions first stored since a day (all, without `since`), newest first, with their payments and actions. */
  digest(options: DigestOptions): { entries: DigestEntry[]; sample: SampleNotices | null } {
    return { entries: queryDigest(this.db, options), sample: this.sampleNotice() };
  }

  /** One read-only SQL statement (anything that writes is refused with an LgscoError); its columns and rows. */
  sql(query: string): SqlResult {
    return { ...runSql(this.db, this.path, query), sample: this.sampleNotice() };
  }

  /** The notice for a database holding decisions of lgsco's bundled demo sample (a full line and a short form), or null. */
  sampleNotice(): SampleNotices | null {
    return sampleNoticesOf(this.db);
  }

  /** Close the database (a writer leaves it as one self-contained file when no other connection has it open). */
  close(): void {
    closeDatabase(this.db);
  }
}

/** Open (creating when needed, unless read-only) the lgsco dataset at `path`. */
export function openDataset(path: string, options: OpenDatasetOptions = {}): Dataset {
  return new Dataset(path, options);
}
