import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Decision } from '../../schemas/decision.js';
import type { DocumentType } from '../../schemas/enums.js';
import { LgscoError } from '../errors.js';
import { checkSize } from '../limits.js';
import { readSampleMarker, type SampleKind } from '../sample.js';
import { clip, formatPounds } from './output.js';
import { prepareRows, type PreparedRows } from '../store/rows.js';

/** How `lgsco parse` renders each record. */
export interface RenderOptions {
  /** "record": the record itself, for the importer. */
  format: 'jsonl' | 'json' | 'table' | 'record' | 'rows';
  sections: boolean;
}

export interface ParseJobOptions extends RenderOptions {
  url: string | null;
  type: DocumentType | null;
  maxBytes: number;
}

/** One input's outcome: the rendered record (a JSON text or a table row) or a one-line error. */
export type ParseResult = {
  file: string;
  json?: string;
  row?: string[];
  record?: Decision;
  /** Store rows for the record (format "rows"): flattened in the worker so the writer only runs SQL. */
  rows?: PreparedRows;
  /** Report chapter number from the page's own address (?chapter=N), for the importer to join chapters. */
  chapter?: number | null;
  /** The file's bundled-sample marker (src/sample.ts), read from its bytes for the importer: null when it has none. */
  sample?: SampleKind | null;
  error?: string;
};

/** "?chapter=3" in a page's canonical link or og:url (report chapters 2..N); null when the page does not say. */
const CHAPTER_RE = /<(?:link|meta)\b[^>]*(?:canonical|og:url)[^>]*[?&]chapter=(\d+)|<(?:link|meta)\b[^>]*[?&]chapter=(\d+)[^>]*(?:canonical|og:url)/i;

/** The report chapter a page says it is, from its head. */
export function chapterOf(data: Uint8Array): number | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 32768));
  // Nearly every page: a search of the bytes, without decoding them into a string (26 KB a page) for the pattern.
  if (bytes.indexOf('chapter=') === -1) return null;
  const m = CHAPTER_RE.exec(bytes.toString('latin1'));
  return m ? Number(m[1] ?? m[2]) : null;
}

/** Below this many files the work is done in-process: starting workers costs more than it saves. */
const POOL_THRESHOLD = 48;
/** Parsing threads to use, the main thread included: $LGSCO_WORKERS when set (0 or 1: parse in-process), else one per core up to four. */
export function parsingThreads(): number {
  const env = Number.parseInt(process.env.LGSCO_WORKERS ?? '', 10);
  return Number.isInteger(env) && env >= 0 ? env : Math.min(availableParallelism(), 4);
}

/**
 * Pages parsed ahead of the consumer, at most (per worker). Workers take their batches themselves (see parseFiles), so
 * they go on while the main thread is busy (an import's commits hold it for a tenth of a second at a time); this caps
 * the results waiting for it, so memory stays flat when the consumer is the slower side.
 */
const AHEAD_PER_WORKER = 192;

/**
 * Young generation shared by the parse workers (MB), and the least each gets. A page's parse makes 1–2 MB of garbage:
 * with 12 MB (4 MB semi-spaces) a worker scavenged every two or three pages and promoted whatever lived across them
 * (about 12 KB a page), which then needed full collections. One worker with 48 MB: its scavenge pauses over a
 * 20,000-page import went from 2.1 s to 1.2–1.3 s (GC traces, two rounds), for about 30 MB more peak memory.
 * Split over several workers, so more cores do not multiply the memory.
 */
const YOUNG_GENERATION_BUDGET_MB = 48;
const YOUNG_GENERATION_MIN_MB = 12;

/** Young-generation size of each of `workers` parse workers (MB). */
export function youngGenerationMb(workers: number): number {
  return Math.max(YOUNG_GENERATION_MIN_MB, Math.floor(YOUNG_GENERATION_BUDGET_MB / Math.max(1, workers)));
}

/** Files handed to a worker per message. */
const BATCH = 16;

function render(record: Decision, opts: RenderOptions): { json?: string; row?: string[]; record?: Decision; rows?: PreparedRows } {
  if (opts.format === 'record') return { record };
  if (opts.format === 'rows') return { rows: prepareRows(record) };
  if (opts.format === 'table') {
    return {
      row: [
        record.caseRef,
        clip(record.organisations.map((o) => o.name).join('; ') || '—', 48),
        clip([record.category, record.subcategory].filter(Boolean).join(' > ') || '—', 44),
        record.outcomeLabel ?? '—',
        record.decisionDate ?? '—',
        record.remedy.totalPence ? formatPounds(record.remedy.totalPence) : '—',
      ],
    };
  }
  const out = opts.sections ? record : { ...record, sections: undefined };
  return { json: opts.format === 'json' ? JSON.stringify(out, null, 2) : JSON.stringify(out) };
}

/** Read one input (a path or "-" for stdin), refusing oversized files before reading them. */
async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  // Synchronous reads: for local files they cost a fraction of the promise round trips, and the parse is CPU-bound.
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    checkSize(path, size, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Parse and render one file; never throws. */
export async function parseOneFile(file: string, opts: ParseJobOptions): Promise<ParseResult> {
  try {
    const data = await readInput(file, opts.maxBytes);
    // Imported on first use, so a worker pool starts before the main thread loads the parser.
    const { parseDecision } = await import('../parse.js');
    const record = await parseDecision(data, {
      filename: file === '-' ? '<stdin>' : file,
      url: opts.url,
      documentType: opts.type,
      maxBytes: opts.maxBytes,
    });
    return { file, ...render(record, opts), ...(opts.format === 'record' || opts.format === 'rows' ? { chapter: chapterOf(data), sample: readSampleMarker(data) } : {}) };
  } catch (err) {
    return { file, error: describeFailure(file, err) };
  }
}

/**
 * One line for a file that failed. A file-system error about the input itself says what happened to it; one about
 * any other path (a data file of a broken install, say) keeps its own message, which names that path.
 */
export function describeFailure(file: string, err: unknown): string {
  if (err instanceof LgscoError) return err.message;
  const { code, path } = (err ?? {}) as NodeJS.ErrnoException;
  if (path === undefined || path === file) {
    if (code === 'ENOENT') return `${file}: input: the file is gone (deleted or moved before it could be read)`;
    if (code === 'EACCES') return `${file}: input: permission denied`;
    if (code === 'EISDIR') return `${file}: input: is a folder`;
  }
  return `${file}: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * A list of file names in shared memory: their UTF-8 bytes end to end, and where each ends. Workers read names from it
 * rather than each holding a copy of the list (an import of 150,000 pages peaked at 383 MB with the copy, 375 MB
 * without).
 */
export interface SharedNames {
  bytes: SharedArrayBuffer;
  ends: SharedArrayBuffer;
}

/** Put file names in shared memory. */
export function shareNames(names: readonly string[]): SharedNames {
  const encoded = names.map((n) => Buffer.from(n, 'utf8'));
  const bytes = new SharedArrayBuffer(encoded.reduce((sum, b) => sum + b.length, 0));
  const ends = new Float64Array(new SharedArrayBuffer(8 * names.length));
  const view = Buffer.from(bytes);
  let at = 0;
  encoded.forEach((b, i) => {
    view.set(b, at);
    at += b.length;
    ends[i] = at;
  });
  return { bytes, ends: ends.buffer as SharedArrayBuffer };
}

/** Read names from shared memory: the count and name k. */
export function readNames(shared: SharedNames): { count: number; name: (k: number) => string } {
  const ends = new Float64Array(shared.ends);
  return {
    count: ends.length,
    name: (k) => {
      const start = k === 0 ? 0 : ends[k - 1]!;
      return Buffer.from(shared.bytes, start, ends[k]! - start).toString('utf8');
    },
  };
}

/** What a parse worker is given: the job, every file, and the counters it shares with the other parsing threads. */
export interface PoolWorkerData {
  opts: ParseJobOptions;
  files: SharedNames;
  /** Int32 counters: [CLAIMED] start of the next batch nobody has taken, [CONSUMED] results the consumer has taken. */
  counters: SharedArrayBuffer;
  batch: number;
  /** Claimed pages may run this far ahead of the consumed ones. */
  ahead: number;
}
export const CLAIMED = 0;
export const CONSUMED = 1;

/**
 * Parse files and yield results in input order. Large batches are spread over worker threads, and the main thread
 * counts as one of the parsing threads (one per core, up to four, in all): it starts one worker fewer and, whenever
 * the result it needs next is not ready, parses a batch itself instead of waiting. A consumer busy with its own work
 * (the importer stores each record) takes fewer batches, so the split settles by itself. One isolate fewer compiles
 * the parser (each optimises its own code: about a second of CPU), the pages the main thread reads are not copied
 * between threads, and one thread fewer contends for the cores: in six paired runs of `lgsco parse` over 20,000 pages
 * on two cores, 12.6–15.0 s against 13.2–16.0 s with two workers. A reorder buffer keeps the output in the order the
 * files were given.
 *
 * Every thread takes the next batch from a counter they share (Atomics), so each batch taken is the earliest left:
 * a worker never waits for the main thread's event loop to be handed work, and what the main thread parses is due
 * soon. (Batches used to be handed out by message, six queued per worker, and the main thread parsed the batch after
 * all of those.) Three paired runs each on 20,000 pages: `lgsco parse` 11.8–12.6 s against 12.0–12.8 s, `lgsco import`
 * 16.9–17.3 s against 17.1–17.7 s, each run's peak memory a few MB lower.
 */
export async function* parseFiles(files: string[], opts: ParseJobOptions): AsyncGenerator<ParseResult> {
  const threads = parsingThreads();
  if (files.length < POOL_THRESHOLD || threads < 2 || files.includes('-')) {
    for (const f of files) yield await parseOneFile(f, opts);
    return;
  }
  const workers = threads - 1;
  const done = new Map<number, ParseResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const ahead = AHEAD_PER_WORKER * workers;
  const workerData: PoolWorkerData = { opts, files: shareNames(files), counters: counters.buffer as SharedArrayBuffer, batch: BATCH, ahead };
  const resourceLimits = { maxYoungGenerationSizeMb: youngGenerationMb(workers) };
  const pool: Worker[] = [];
  for (let k = 0; k < workers; k++) {
    const w = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData, resourceLimits });
    w.on('message', (msg: { start: number; results: ParseResult[] }) => {
      msg.results.forEach((r, j) => done.set(msg.start + j, r));
      notify();
    });
    w.on('error', (err) => {
      failure = err;
      notify();
    });
    pool.push(w);
  }
  const consumed = (n: number): void => {
    Atomics.store(counters, CONSUMED, n);
    Atomics.notify(counters, CONSUMED); // a worker waiting for the consumer to catch up
  };
  try {
    for (let i = 0; i < files.length; i++) {
      while (!done.has(i)) {
        if (failure) throw failure;
        if (Atomics.load(counters, CLAIMED) - i < ahead) {
          const start = Atomics.add(counters, CLAIMED, BATCH);
          if (start < files.length) {
            // The result due next is not ready: parse the earliest batch nobody has taken rather than wait.
            const end = Math.min(start + BATCH, files.length);
            for (let k = start; k < end; k++) done.set(k, await parseOneFile(files[k]!, opts));
            // Let the workers' messages in, then look again.
            await new Promise<void>((resolve) => setImmediate(resolve));
            continue;
          }
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const r = done.get(i)!;
      done.delete(i);
      yield r;
      // Results already waiting are handed out as microtasks, which never let the workers' messages in: yield to the
      // event loop once a batch (and say how far the consumer has got).
      if (i % BATCH === BATCH - 1) {
        consumed(i + 1);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    consumed(files.length); // nothing more is wanted: no worker waits for the consumer
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
