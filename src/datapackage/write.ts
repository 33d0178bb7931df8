/**
 * Write a Frictionless Tabular Data Package: decisions.csv, payments.csv, actions.csv, faults.csv and datapackage.json.
 */
import { createHash } from 'node:crypto';
import type { DataPackage } from '../../schemas/datapackage.js';
import { writeFolderAtomically, type AtomicFile } from '../format/atomic-file.js';
import { csvTable, withPoundsColumns } from '../format/csv.js';
import type { Db } from '../store/db.js';
import { iteratePackageRows, packageColumns, packageCoverage, type PackageTable } from '../store/datapackage.js';
import { sampleStatus } from '../store/sample.js';
import { RESOURCES, type ResourceSpec } from './columns.js';
import { buildDescriptor, DESCRIPTOR_FILE, type WrittenResource } from './descriptor.js';

/** What was written. */
export interface DataPackageResult {
  dir: string;
  rows: Record<PackageTable, number>;
  descriptor: DataPackage;
}

/** The query's columns (with the pounds columns the writer adds) must be the resource's, in order: the header and the descriptor come from the spec. */
function checkColumns(db: Db, spec: ResourceSpec): void {
  const got = withPoundsColumns(packageColumns(db, spec.name));
  const want = spec.columns.map((c) => c.name);
  if (got.join(',') !== want.join(',')) {
    throw new Error(`data package ${spec.name}: the query returns [${got.join(', ')}] but the column mapping lists [${want.join(', ')}]`);
  }
}

/** Stream one table into a temporary file beside its CSV, hashing and counting the bytes as they are written. */
function writeCsv(db: Db, spec: ResourceSpec, file: AtomicFile): { rows: number; bytes: number; sha256: string } {
  const hash = createHash('sha256');
  let bytes = 0;
  const emit = (text: string): void => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    bytes += chunk.length;
    file.write(chunk);
  };
  const table = csvTable(packageColumns(db, spec.name));
  let rows = 0;
  emit(table.header());
  for (const row of iteratePackageRows(db, spec.name)) {
    emit(table.line(row));
    rows++;
  }
  file.close();
  return { rows, bytes, sha256: hash.digest('hex') };
}

/**
 * Write the package into `dir` (created if missing). Files are written under temporary names and renamed only when
 * all are complete, so an interrupted export never leaves a descriptor whose sizes and hashes disagree with its CSVs.
 */
export function writeDataPackage(db: Db, dir: string, options: { created?: Date } = {}): DataPackageResult {
  // The descriptor is opened last, so it is put in place last.
  return writeFolderAtomically(dir, '--datapackage', (open) => {
    const written: WrittenResource[] = [];
    for (const spec of RESOURCES) {
      checkColumns(db, spec);
      const path = `${spec.name}.csv`;
      written.push({ spec, path, ...writeCsv(db, spec, open(path)) });
    }
    const descriptor = buildDescriptor(written, packageCoverage(db), options.created, sampleStatus(db));
    const descriptorFile = open(DESCRIPTOR_FILE);
    descriptorFile.write(`${JSON.stringify(descriptor, null, 2)}\n`);
    descriptorFile.close();
    const rows = Object.fromEntries(written.map((r) => [r.spec.name, r.rows])) as Record<PackageTable, number>;
    return { dir, rows, descriptor };
  });
}
