import { resolve } from 'node:path';
import { LgscoError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { expandPaths } from '../pipeline/files.js';
import { parseFiles } from '../pipeline/parse-files.js';
import type { SampleKind } from '../sample.js';
import { Checkpointer } from '../store/checkpointer.js';
import { beginWrite, type Db } from '../store/db.js';
import { DecisionBatch, DecisionWriter } from '../store/decisions.js';
import type { PreparedRows } from '../store/rows.js';
import { recordSampleSources, sampleNoticesOf, type SampleSource } from '../store/sample.js';
import { joinChapters, type ReportPart } from './chapters.js';
import { emptySummary, type ImportOptions, type ImportSummary } from './import-types.js';

/** Records stored per transaction (or a second's worth, whichever comes first): fast, and a kill loses little work. */
const BATCH = 400;
const BATCH_MS = 1000;

/** Errors that end the import (the database cannot be written at all), rather than failing one record. */
const isFatal = (err: unknown): boolean => !(err instanceof LgscoError) && /SQLITE_(?:READONLY|FULL|IOERR|CORRUPT|NOTADB|BUSY|LOCKED)|readonly|disk|locked/i.test(String(err));

/**
 * Parse files and folders and store them in `db` (the dataset at `dbPath`): idempotent, a bad file reported through
 * `onError` and skipped, stopped by `signal` after the record under way (what was read is committed).
 */
export async function importPaths(db: Db, dbPath: string, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { onNote = () => {}, onError = () => {}, onProgress, onWait, signal } = options;
  const stopped = (): boolean => signal?.aborted === true;
  const { files, missing, rawPages, notes } = await expandPaths(paths);
  for (const n of notes) await onNote(n);
  if (rawPages > 0) {
    await onNote(`skipped ${rawPages} raw crawl pages (*.gz): \`lgsco reparse --raw-dir DIR\` re-parses them with their addresses and report chapters`);
  }
  const summary = emptySummary(files.length);
  for (const m of missing) {
    summary.failed++;
    await onError(`${m}: no such file or directory`);
  }
  // The importer writes each decision's rows itself, every child with the id it has just stored: having SQLite look up
  // the parent of each child row (about 30 a decision) is a large share of the store's time. Only this connection,
  // only while it imports; the tests check the result with PRAGMA foreign_key_check.
  db.pragma('foreign_keys = OFF');
  // Rows come from records that parseDecision validated with DecisionSchema (in the worker that flattened them).
  // Each record is stored as it arrives, in a transaction committed every BATCH records (or BATCH_MS): storing a
  // whole batch at once would keep the main thread from handing out work while it stored, and the workers would idle.
  const batch = new DecisionBatch(db, new DecisionWriter(db), isFatal);
  // The WAL is checkpointed on a thread of its own after each commit. Records that arrive while it works wait here
  // (usually a few dozen, never more than a batch) so the next transaction starts on a checkpointed WAL, whose commit
  // then rewinds the WAL instead of growing it.
  const checkpointer = Checkpointer.start(db);
  let held: { rows: PreparedRows; location: string }[] = [];
  const release = (): void => {
    for (const h of held) batch.add(h.rows, h.location);
    held = [];
  };
  // One writer at a time: a batch waits here while another process (an import into the same database) holds the
  // write lock, saying so once; the signal ends the wait. SQLite's own busy timeout would have failed each record.
  let waited = false;
  const begin = (): Promise<boolean> =>
    beginWrite(db, {
      signal,
      onWait: () => {
        if (waited) return;
        waited = true;
        onWait?.(`waiting for another import into ${dbPath}… (one process writes at a time; this one goes on when it can)`);
      },
    });
  const store = async (rows: PreparedRows, location: string): Promise<void> => {
    if (batch.size === 0 && checkpointer?.busy && held.length < BATCH) {
      held.push({ rows, location });
      return;
    }
    if (!(await begin())) return; // stopped while waiting: this record is not stored
    release();
    batch.add(rows, location);
  };
  // Files of the bundled demo sample (they carry its marker) stored since the last commit: recorded in the batch's
  // transaction just before it commits, so a record replayed after another's failure cannot lose its mark.
  let samples: SampleSource[] = [];
  const markSample = (rows: PreparedRows, kind: SampleKind | null, location: string): void => {
    if (kind) samples.push({ sha256: rows.decision.source_sha256, decisionKey: rows.decision.key, kind, location });
  };
  const storeHeld = async (): Promise<void> => {
    await checkpointer?.idle();
    if (held.length > 0 && (await begin())) release();
  };
  let lastFlush = Date.now();
  const flush = async (): Promise<void> => {
    lastFlush = Date.now();
    if (batch.size === 0) return;
    recordSampleSources(db, samples);
    samples = [];
    const outcomes = batch.commit();
    checkpointer?.checkpoint();
    for (const { location, status, detail } of outcomes) {
      if (typeof status === 'string') {
        summary[status]++;
        if (detail) summary.details[detail]++;
      } else {
        summary.failed++;
        await onError(`${location}: store: ${status.message.split('\n')[0]}`);
      }
    }
  };
  // A page seen twice in one run (the same decision as text and HTML, say) is stored from its first file only, so a
  // re-run stores the same thing; reports wait to the end, so their chapters (?chapter=2..N) are joined first. A draft
  // and the final letter of one reference share a key but not a stage: both go to the store, which keeps the final.
  const firstFile = new Map<string, string>();
  const reports = new Map<string, ReportPart[]>();
  try {
    for await (const r of parseFiles(files, { format: 'rows', sections: true, url: null, type: null, maxBytes: DEFAULT_MAX_BYTES })) {
      if (stopped()) break; // stopped: the files not yet read are left for a re-run
      summary.read++;
      if (r.error !== undefined || !r.rows) {
        summary.failed++;
        await onError(r.error ?? `${r.file}: no record`);
      } else {
        const key = `${r.rows.decision.key} ${r.rows.decision.stage}`;
        const chapter = r.chapter ?? 1;
        if (r.rows.decision.document_type === 'report' || chapter > 1) {
          reports.set(key, [...(reports.get(key) ?? []), { file: r.file, chapter, rows: r.rows, sample: r.sample ?? null }]);
        } else if (firstFile.has(key)) {
          summary.duplicates++;
          summary.unchanged++;
        } else {
          firstFile.set(key, r.file);
          await store(r.rows, resolve(r.file));
          markSample(r.rows, r.sample ?? null, resolve(r.file));
          if (batch.size >= BATCH || Date.now() - lastFlush >= BATCH_MS) await flush();
        }
      }
      onProgress?.({ done: summary.read, total: files.length, failed: summary.failed });
      // Parsing in-process never leaves the microtask queue: let a Ctrl-C (the signal's abort) in now and then.
      if (summary.read % 16 === 0) await new Promise<void>((go) => setImmediate(go));
    }
    await storeHeld();
    for (const [, parts] of reports) {
      if (stopped()) break;
      const joined = await joinChapters(parts);
      if ('error' in joined) {
        summary.failed++;
        await onError(joined.error);
      } else {
        await store(joined.rows, joined.location);
        const kinds = parts.map((p) => p.sample);
        markSample(joined.rows, kinds.includes('invented') ? 'invented' : kinds.includes('real') ? 'real' : null, joined.location);
      }
      if (batch.size >= BATCH) await flush();
    }
    await storeHeld();
    await flush();
    summary.sampleNotice = sampleNoticesOf(db)?.line ?? null;
  } finally {
    await checkpointer?.close();
    batch.rollback(); // only after a failure: an unfinished batch is not kept
    if (!db.inTransaction) db.pragma('foreign_keys = ON');
  }
  summary.interrupted = stopped();
  return summary;
}
