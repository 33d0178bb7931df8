/**
 * The outputs of `lgsco export` for other tools: `--parquet DIR` (DuckDB, pandas, Spark) and `--datasette-metadata
 * FILE` (Datasette). Each stands alone: the row options of export (--format, --payments, --out, --bom) do not apply.
 */
import { UsageError } from '../../errors.js';
import { writeFileAtomically } from '../../format/atomic-file.js';
import { openCommandDataset } from '../db-path.js';
import type { Io } from '../output.js';

/** The export options these outputs look at. */
export interface OtherFormatOptions {
  format: 'csv' | 'jsonl';
  out?: string;
  payments?: boolean;
  bom?: boolean;
  datapackage?: string;
  parquet?: string;
  datasetteMetadata?: string;
  db?: string;
}

/** One of the standalone outputs at a time, and none of the row options with it. */
function checkAlone(opts: OtherFormatOptions, flag: string, value: string): void {
  const given = [opts.datapackage !== undefined && '--datapackage', opts.parquet !== undefined && '--parquet', opts.datasetteMetadata !== undefined && '--datasette-metadata'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`give one of ${given.join(', ')} at a time`);
  if (opts.format === 'jsonl') throw new UsageError(`${flag} cannot be combined with --format jsonl`);
  if (opts.payments) throw new UsageError(`${flag} cannot be combined with --payments`);
  if (opts.out !== undefined) throw new UsageError(`${flag} names its own output: leave out --out`);
  if (opts.bom) throw new UsageError(`--bom is for a CSV opened in Excel: leave it out with ${flag}`);
  if (value.trim() === '') throw new UsageError(`${flag} needs a name`);
}

/** `--parquet DIR` or `--datasette-metadata FILE`: null when neither is asked for. */
export async function runOtherFormat(opts: OtherFormatOptions, io: Io): Promise<number | null> {
  if (opts.parquet === undefined && opts.datasetteMetadata === undefined) return null;
  if (opts.parquet !== undefined) checkAlone(opts, '--parquet', opts.parquet);
  else checkAlone(opts, '--datasette-metadata', opts.datasetteMetadata!);
  const dataset = await openCommandDataset(opts.db, io);
  try {
    if (opts.parquet !== undefined) {
      const { rows, sample } = dataset.exportParquet(opts.parquet);
      if (sample) io.stderr.write(`${sample.line}\n`);
      io.stderr.write(`wrote ${rows.decisions} decisions, ${rows.payments} payments, ${rows.actions} actions, ${rows.faults} faults as Parquet to ${opts.parquet}\n`);
      return 0;
    }
    const file = opts.datasetteMetadata!;
    const { metadata, sample } = dataset.datasetteMetadata();
    await writeFileAtomically(file, '--datasette-metadata', (f) => f.write(`${JSON.stringify(metadata, null, 2)}\n`));
    if (sample) io.stderr.write(`${sample.line}\n`);
    io.stderr.write(`wrote Datasette metadata to ${file} (datasette ${dataset.path} -m ${file})\n`);
    return 0;
  } finally {
    dataset.close();
  }
}
