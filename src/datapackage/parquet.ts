/**
 * `lgsco export --parquet DIR`: the data package's four tables (decisions, payments, actions, faults) as Parquet files,
 * for DuckDB, pandas, Spark or BigQuery. Same rows, order and keys as the CSVs (decision_key joins them); the columns
 * are the store's, typed: dates as DATE, money as whole pence in INT64, booleans as BOOLEAN, enums and text as UTF-8
 * strings. The *_pounds columns of the CSVs are left out: they exist for spreadsheets, and pence / 100 gives them.
 *
 * Written with hyparquet-writer (pure JavaScript, one dependency, no native build): rows are streamed from SQLite and
 * written a row group at a time, so memory stays bounded by one group whatever the size of the archive.
 */
import { ByteWriter, ParquetWriter, type SchemaElement, type Writer } from 'hyparquet-writer';
import { writeFolderAtomically, type AtomicFile } from '../format/atomic-file.js';
import type { Db } from '../store/db.js';
import { iteratePackageRows, packageColumns, PACKAGE_TABLES, type PackageTable } from '../store/datapackage.js';
import { PARSER_VERSION } from '../version.js';
import { fieldOf, RESOURCES } from './columns.js';

/** Rows per row group: big enough for good compression and few groups, small enough to hold in memory at once. */
const ROW_GROUP_ROWS = 50_000;
const DAY_MS = 86_400_000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One column as written: its Parquet schema element and how a SQLite value becomes a Parquet value. */
interface ParquetColumn {
  name: string;
  element: SchemaElement;
  convert: (value: unknown) => unknown;
}

/** Days since 1970-01-01 (Parquet's DATE) of a stored YYYY-MM-DD. */
export function isoDateToDays(value: string): number {
  const m = ISO_DATE_RE.exec(value);
  if (!m) throw new Error(`parquet export: "${value}" is not a YYYY-MM-DD date`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

const nullable = (f: (v: unknown) => unknown) => (v: unknown) => (v === null || v === undefined ? null : f(v));

/** The Parquet columns of one table: the store query's columns (no pounds), typed from the data package's fields. */
export function parquetColumns(db: Db, table: PackageTable): ParquetColumn[] {
  const spec = RESOURCES.find((r) => r.name === table)!;
  return packageColumns(db, table).map((name) => {
    const column = spec.columns.find((c) => c.name === name);
    if (!column) throw new Error(`parquet export ${table}: the query's column ${name} is not in the data package's column mapping`);
    const field = fieldOf(column);
    const repetition_type = field.constraints?.required ? 'REQUIRED' : 'OPTIONAL';
    switch (field.type) {
      case 'date':
        return { name, element: { name, type: 'INT32', converted_type: 'DATE', repetition_type }, convert: nullable((v) => isoDateToDays(String(v))) };
      case 'integer':
        // Pence and counts alike: INT64 holds any sum of money, and readers widen nothing.
        return { name, element: { name, type: 'INT64', converted_type: 'INT_64', repetition_type }, convert: nullable((v) => BigInt(v as number)) };
      case 'boolean':
        return { name, element: { name, type: 'BOOLEAN', repetition_type }, convert: nullable((v) => v === 1 || v === true) };
      case 'string':
        return { name, element: { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }, convert: nullable((v) => String(v)) };
      default:
        throw new Error(`parquet export ${table}.${name}: no Parquet type for a ${field.type} column`);
    }
  });
}

/** A hyparquet Writer that hands its bytes to an AtomicFile as it goes (the file is renamed into place at the end). */
function atomicWriter(file: AtomicFile): Writer {
  const writer = new ByteWriter(1 << 20);
  const flush = (): void => {
    if (writer.index === 0) return;
    file.write(Buffer.from(new Uint8Array(writer.buffer, 0, writer.index))); // a copy: the buffer is reused
    writer.index = 0;
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number) => {
    if (writer.index > 1 << 20) flush();
    grow(size);
  };
  writer.finish = () => {
    flush();
    file.close();
  };
  return writer;
}

/** Stream one table into a Parquet file; returns its row count. */
export function writeParquetTable(db: Db, table: PackageTable, file: AtomicFile): number {
  const columns = parquetColumns(db, table);
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => c.element)];
  const writer = new ParquetWriter({
    writer: atomicWriter(file),
    schema,
    createdBy: `lgsco ${PARSER_VERSION}`,
    kvMetadata: [{ key: 'lgsco.table', value: table }],
  });
  let buffers = columns.map(() => [] as unknown[]);
  let rows = 0;
  const writeGroup = (): void => {
    if (buffers[0]!.length === 0) return;
    void writer.write({ columnData: columns.map((c, i) => ({ name: c.name, data: buffers[i]! })), rowGroupSize: ROW_GROUP_ROWS });
    buffers = columns.map(() => []);
  };
  for (const row of iteratePackageRows(db, table)) {
    columns.forEach((c, i) => buffers[i]!.push(c.convert(row[c.name])));
    rows++;
    if (rows % ROW_GROUP_ROWS === 0) writeGroup();
  }
  writeGroup();
  void writer.finish();
  return rows;
}

/** What --parquet wrote: rows per table. */
export interface ParquetResult {
  dir: string;
  rows: Record<PackageTable, number>;
}

/**
 * Write decisions.parquet, payments.parquet, actions.parquet and faults.parquet into `dir` (created if missing). Each
 * is written under a temporary name and all are renamed only when every one is complete: an interrupted export leaves
 * the folder as it was.
 */
export function writeParquetFiles(db: Db, dir: string): ParquetResult {
  return writeFolderAtomically(dir, '--parquet', (open) => {
    const rows = {} as Record<PackageTable, number>;
    for (const table of PACKAGE_TABLES) rows[table] = writeParquetTable(db, table, open(`${table}.parquet`));
    return { dir, rows };
  });
}
