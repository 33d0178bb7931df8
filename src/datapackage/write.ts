/**
 * Write a Frictionless Tabular Data Package: decisions.csv, payments.csv, actions.csv, faults.csv and datapackage.json.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DataPackage } from '../../schemas/datapackage.js';
import { csvLine } from '../cli/csv.js';
import { LgscoError } from '../errors.js';
import type { Db } from '../store/db.js';
import { iteratePackageRows, packageColumns, packageCoverage, type PackageTable } from '../store/datapackage.js';
import { RESOURCES, type ResourceSpec } from './columns.js';
import { buildDescriptor, DESCRIPTOR_FILE, type WrittenResource } from './descriptor.js';

/** What was written. */
export interface DataPackageResult {
  dir: string;
  rows: Record<PackageTable, number>;
  descriptor: DataPackage;
}

// Rows are gathered into chunks of about this size before each write: one syscall per row is slow at archive scale.
const CHUNK_BYTES = 1 << 16;

/** An error writing the package, naming the file and the system's reason. */
function outputError(path: string, err: unknown): LgscoError {
  const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new LgscoError(`--datapackage: cannot write ${path} (${reason})`, 'OUTPUT', 1);
}

/** The query's columns must be the resource's, in order: the header and the descriptor come from the spec. */
function checkColumns(db: Db, spec: ResourceSpec): void {
  const got = packageColumns(db, spec.name);
  const want = spec.columns.map((c) => c.name);
  if (got.join(',') !== want.join(',')) {
    throw new Error(`data package ${spec.name}: the query returns [${got.join(', ')}] but the column mapping lists [${want.join(', ')}]`);
  }
}

/** Stream one table to a CSV file, hashing and counting the bytes as they are written. */
function writeCsv(db: Db, spec: ResourceSpec, file: string): { rows: number; bytes: number; sha256: string } {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (err) {
    throw outputError(file, err);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    hash.update(chunk);
    bytes += chunk.length;
    try {
      for (let off = 0; off < chunk.length; ) off += writeSync(fd, chunk, off);
    } catch (err) {
      throw outputError(file, err);
    }
  };
  const columns = spec.columns.map((c) => c.name);
  let rows = 0;
  try {
    pending.push(csvLine(columns));
    for (const row of iteratePackageRows(db, spec.name)) {
      const line = csvLine(columns.map((c) => row[c]));
      pending.push(line);
      pendingLength += line.length;
      rows++;
      if (pendingLength >= CHUNK_BYTES) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { rows, bytes, sha256: hash.digest('hex') };
}

/**
 * Write the package into `dir` (created if missing). Files are written under temporary names and renamed only when
 * all are complete, so an interrupted export never leaves a descriptor whose sizes and hashes disagree with its CSVs.
 */
export function writeDataPackage(db: Db, dir: string, options: { created?: Date } = {}): DataPackageResult {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new LgscoError(`--datapackage ${dir}: not a folder`, 'OUTPUT', 1);
    throw outputError(dir, err);
  }
  const tmp = (name: string): string => join(dir, `.${name}.${process.pid}.tmp`);
  const temporaries: string[] = [];
  try {
    const written: WrittenResource[] = [];
    for (const spec of RESOURCES) {
      checkColumns(db, spec);
      const path = `${spec.name}.csv`;
      temporaries.push(tmp(path));
      written.push({ spec, path, ...writeCsv(db, spec, tmp(path)) });
    }
    const descriptor = buildDescriptor(written, packageCoverage(db), options.created);
    temporaries.push(tmp(DESCRIPTOR_FILE));
    try {
      writeFileSync(tmp(DESCRIPTOR_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
      for (const r of written) renameSync(tmp(r.path), join(dir, r.path));
      renameSync(tmp(DESCRIPTOR_FILE), join(dir, DESCRIPTOR_FILE));
    } catch (err) {
      throw outputError(dir, err);
    }
    const rows = Object.fromEntries(written.map((r) => [r.spec.name, r.rows])) as Record<PackageTable, number>;
    return { dir, rows, descriptor };
  } catch (err) {
    for (const t of temporaries) rmSync(t, { force: true });
    throw err;
  }
}
