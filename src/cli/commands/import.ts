import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { LgscoError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../limits.js';
import type { SampleKind } from '../../sample.js';
import type { UpsertDetail, UpsertStatus } from '../../store/decisions.js';
import type { SampleSource } from '../../store/sample.js';
import { prepareRows, type PreparedRows } from '../../store/rows.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { expandPaths } from '../../pipeline/files.js';
import { write, type Io } from '../output.js';
import { parseFiles } from '../../pipeline/parse-files.js';
import { Progress } from '../progress.js';

/** Records stored per transaction (or a second's worth, whichever comes first): fast, and a kill loses little work. */
const BATCH = 400;
const BATCH_MS = 1000;

/** One chapter of a report, as parsed. */
interface ReportPart {
  file: string;
  chapter: number;
  rows: PreparedRows;
  sample: SampleKind | null;
}

/** A report's chapters read together (chapter 1 first), or the single page when there is one. */
async function joinChapters(parts: ReportPart[], io: Io): Promise<{ rows: PreparedRows; location: string } | null> {
  const sorted = [...parts].sort((a, b) => a.chapter - b.chapter || (a.file < b.file ? -1 : 1));
  const unique = sorted.filter((p, i) => i === 0 || p.chapter !== sorted[i - 1]!.chapter);
  const first = unique[0]!;
  if (unique.length === 1) return { rows: first.rows, location: resolve(first.file) };
  try {
    const { parseDecision } = await import('../../parse.js');
    const record = await parseDecision(unique.map((p) => readFileSync(p.file)), { filename: first.file });
    return { rows: prepareRows(record), location: resolve(first.file) };
  } catch (err) {
    await write(io.stderr, `Error: ${err instanceof LgscoError ? err.message : `${first.file}: ${(err as Error).message}`}\n`);
    return null;
  }
}

/** Exit status of an import stopped by Ctrl-C (128 + SIGINT, as a shell reports it). */
export const INTERRUPTED_EXIT = 130;

/**
 * Ctrl-C during an import: the first stops it after the record under way (what is stored so far is committed and the
 * summary printed); a second quits at once (the batch under way is not kept; nothing committed is lost).
 */
function interruptOnSigint(io: Io): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT);
    controller.abort();
    io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}stopping: storing what has been read so far (Ctrl-C again to quit at once)\n`);
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}

/** `lgsco import PATH...`: parse and store; bad files reported and skipped; exit 1 if any failed, 130 if stopped. */
export async function runImport(paths: string[], opts: { db?: string }, io: Io): Promise<number> {
  const interrupt = interruptOnSigint(io);
  try {
    return await importPaths(paths, opts, io, interrupt.signal);
  } finally {
    interrupt.dispose();
  }
}

async function importPaths(paths: string[], opts: { db?: string }, io: Io, stop: AbortSignal): Promise<number> {
  // Loaded here, not at start-up: `lgsco --help` and the other commands should not pay for the store and the parser.
  const [{ beginWrite, closeDatabase, openDatabase }, { DecisionBatch, DecisionWriter }, { Checkpointer }, { recordSampleSources, sampleNoticesOf }] = await Promise.all([
    import('../../store/db.js'),
    import('../../store/decisions.js'),
    import('../../store/checkpointer.js'),
    import('../../store/sample.js'),
  ]);
  const { files, missing, rawPages, notes } = await expandPaths(paths);
  for (const n of notes) await write(io.stderr, `note: ${n}\n`);
  if (rawPages > 0) {
    await write(io.stderr, `note: skipped ${rawPages} raw crawl pages (*.gz): \`lgsco reparse --raw-dir DIR\` re-parses them with their addresses and report chapters\n`);
  }
  const dbPath = resolveDbPath(opts.db);
  const db = openDatabase(dbPath, { note: (m) => io.stderr.write(`note: ${m}\n`) });
  // The importer writes each decision's rows itself, every child with the id it has just stored: having SQLite look up
  // the parent of each child row (about 30 a decision) cost a quarter of the store's time. Only this connection, only
  // while it imports; the tests check the result with PRAGMA foreign_key_check.
  db.pragma('foreign_keys = OFF');
  const writer = new DecisionWriter(db);
  const counts: Record<UpsertStatus | 'failed', number> = { imported: 0, updated: 0, unchanged: 0, failed: 0 };
  const details: Record<UpsertDetail, number> = { joined: 0, 'draft-superseded': 0, 'draft-replaced': 0 };
  for (const m of missing) {
    counts.failed++;
    await write(io.stderr, `Error: ${m}: no such file or directory\n`);
  }
  // Rows come from records that parseDecision validated with DecisionSchema (in the worker that flattened them).
  // Each record is stored as it arrives, in a transaction committed every BATCH records (or BATCH_MS): storing a
  // whole batch at once kept the main thread from handing out work for a quarter of a second, and the workers idled.
  const isFatal = (err: unknown): boolean => !(err instanceof LgscoError) && /SQLITE_(?:READONLY|FULL|IOERR|CORRUPT|NOTADB|BUSY|LOCKED)|readonly|disk|locked/i.test(String(err));
  const batch = new DecisionBatch(db, writer, isFatal);
  // The WAL is checkpointed on a thread of its own after each commit. Records that arrive while it works wait here
  // (usually a few dozen, never more than a batch) so the next transaction starts on a checkpointed WAL, whose commit
  // then rewinds the WAL instead of growing it.
  const checkpointer = Checkpointer.start(db);
  let held: { rows: PreparedRows; location: string }[] = [];
  const release = (): void => {
    if (held.length === 0) return;
    for (const h of held) batch.add(h.rows, h.location);
    held = [];
  };
  // One writer at a time: a batch waits here while another process (an import into the same database) holds the
  // write lock, saying so once; Ctrl-C ends the wait. SQLite's own busy timeout would have failed each record in turn.
  let waited = false;
  const begin = (): Promise<boolean> =>
    beginWrite(db, {
      signal: stop,
      onWait: () => {
        if (waited) return;
        waited = true;
        progress.done();
        io.stderr.write(`waiting for another import into ${dbPath}… (one process writes at a time; this one goes on when it can)\n`);
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
  // A page seen twice in one run (the same decision as text and HTML, say) is stored from its first file only, so a
  // re-run stores the same thing; reports wait to the end, so their chapters (?chapter=2..N) are joined first. A draft
  // and the final letter of one reference share a key but not a stage: both go to the store, which keeps the final.
  const firstFile = new Map<string, string>();
  const reports = new Map<string, ReportPart[]>();
  let duplicates = 0;
  const progress = new Progress(io, files.length, 'importing');
  let seen = 0;
  let lastFlush = Date.now();
  let notice: string | null = null;
  const flush = async (): Promise<void> => {
    lastFlush = Date.now();
    if (batch.size === 0) return;
    recordSampleSources(db, samples);
    samples = [];
    const outcomes = batch.commit();
    checkpointer?.checkpoint();
    for (const { location, status, detail } of outcomes) {
      if (typeof status === 'string') {
        counts[status]++;
        if (detail) details[detail]++;
      } else {
        counts.failed++;
        await write(io.stderr, `Error: ${location}: store: ${status.message.split('\n')[0]}\n`);
      }
    }
  };
  try {
    for await (const r of parseFiles(files, { format: 'rows', sections: true, url: null, type: null, maxBytes: DEFAULT_MAX_BYTES })) {
      if (stop.aborted) break; // Ctrl-C: the files not yet read are left for a re-run
      seen++;
      if (r.error !== undefined || !r.rows) {
        counts.failed++;
        progress.done();
        await write(io.stderr, `Error: ${r.error}\n`);
      } else {
        const key = `${r.rows.decision.key} ${r.rows.decision.stage}`;
        const chapter = r.chapter ?? 1;
        if (r.rows.decision.document_type === 'report' || chapter > 1) {
          reports.set(key, [...(reports.get(key) ?? []), { file: r.file, chapter, rows: r.rows, sample: r.sample ?? null }]);
        } else if (firstFile.has(key)) {
          duplicates++;
          counts.unchanged++;
        } else {
          firstFile.set(key, r.file);
          await store(r.rows, resolve(r.file));
          markSample(r.rows, r.sample ?? null, resolve(r.file));
          if (batch.size >= BATCH || Date.now() - lastFlush >= BATCH_MS) await flush();
        }
      }
      progress.tick(seen, `failed ${counts.failed}`);
      // Parsing in-process never leaves the microtask queue: let a Ctrl-C in now and then.
      if (seen % 16 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await storeHeld();
    for (const [, parts] of reports) {
      if (stop.aborted) break;
      const joined = await joinChapters(parts, io);
      if (joined) {
        await store(joined.rows, joined.location);
        const kinds = parts.map((p) => p.sample);
        markSample(joined.rows, kinds.includes('invented') ? 'invented' : kinds.includes('real') ? 'real' : null, joined.location);
      } else counts.failed++;
      if (batch.size >= BATCH) await flush();
    }
    await storeHeld();
    await flush();
    notice = sampleNoticesOf(db)?.line ?? null;
  } finally {
    progress.done();
    await checkpointer?.close();
    batch.rollback(); // only after a failure: as before, an unfinished batch is not kept
    closeDatabase(db);
  }
  if (duplicates > 0) await write(io.stderr, `(${duplicates} files held a decision already read from an earlier file in this run and were skipped)\n`);
  if (counts.updated > 0) await write(io.stderr, `(${counts.updated} of them updated in place, previous versions kept in decision_history)\n`);
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  if (details.joined > 0) {
    const what = count(details.joined, 'file joined a decision', 'files joined decisions');
    await write(io.stderr, `(${what} stored from another source: a decision letter and the web page of one decision are one decision)\n`);
  }
  if (details['draft-replaced'] > 0) {
    const what = count(details['draft-replaced'], 'final decision took the place of its stored draft', 'final decisions took the place of their stored drafts');
    await write(io.stderr, `(${what}, kept in decision_history)\n`);
  }
  if (details['draft-superseded'] > 0) {
    const what = count(details['draft-superseded'], 'draft was', 'drafts were');
    await write(io.stderr, `(${what} not stored as a decision: the final decision of its reference is stored; the draft is kept in decision_history)\n`);
  }
  if (stop.aborted) {
    const unread = files.length - seen;
    await write(io.stderr, `interrupted: ${unread > 0 ? `${unread} of ${files.length} files not read` : 'every file read'}; the decisions counted below are stored, and the same command run again finishes the import\n`);
  }
  // The database now holds decisions of the bundled demo sample: said here, and by every output made from it.
  if (notice) await write(io.stderr, `${notice}\n`);
  await write(io.stderr, `imported ${counts.imported + counts.updated}, unchanged ${counts.unchanged}, failed ${counts.failed}\n`);
  if (stop.aborted) return INTERRUPTED_EXIT;
  return counts.failed > 0 ? 1 : 0;
}

/** Register `import`. */
export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('parse decision files and folders and store them in the SQLite dataset (idempotent)')
    .argument('<path...>', 'files and folders (walked for .html/.htm/.txt/.pdf)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
Re-importing the same files changes nothing; a page whose content changed is updated in place and its previous
version kept. A bad file is reported (file and reason) and skipped; the others are stored.

Ctrl-C stops after the record under way: what has been read is stored and the summary printed (exit 130); the same
command run again finishes the import. Two imports into one database take turns: one that finds the other writing
says "waiting for another import into FILE…" once and goes on when it can. A link that leads back to a folder being
walked (a loop) is noted and not followed. An empty --db file becomes a new database; another program's SQLite
database is refused.

One decision, whatever it came as: a decision letter (PDF or text, no address) and the web page of the same decision
(same reference and decision date) are stored as one decision, whichever is imported first; the page's fields win and
the letter fills what the page lacks. A draft decision is stored and shown but never counted; it never replaces the
final decision of its reference (it is kept in decision_history and reported as unchanged), and a final replaces it.

The files of lgsco's bundled demo sample (data/sample: invented councils and decisions, and two real ones) carry a
marker; the import records them, and the database then says it holds demo data in every output (here too, on the
line before the last). Keep your own decisions in a database of their own (--db).

Examples:
  $ lgsco import data/sample
  $ lgsco import data/raw --db archive.db

Exit status: 0 all stored, 1 some input failed, 2 usage error, 130 stopped by Ctrl-C.`,
    )
    .action(async (paths: string[], opts: { db?: string }) => {
      process.exitCode = await runImport(paths, opts, io);
    });
}
