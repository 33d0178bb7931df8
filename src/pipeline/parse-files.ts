import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseOneFile, type ParseJobOptions, type ParseResult } from './parse-one.js';
import { shareNames, type SharedNames } from './shared-names.js';

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
 * a young generation much smaller than that is scavenged every few pages and promotes whatever lives across them,
 * which then needs full collections; one large enough to hold several pages' garbage lets most of it die young.
 * Split over several workers, so more cores do not multiply the memory. (Measurements: bench/RESULTS.md, "Figures
 * moved from source comments".)
 */
const YOUNG_GENERATION_BUDGET_MB = 48;
const YOUNG_GENERATION_MIN_MB = 12;

/** Young-generation size of each of `workers` parse workers (MB). */
export function youngGenerationMb(workers: number): number {
  return Math.max(YOUNG_GENERATION_MIN_MB, Math.floor(YOUNG_GENERATION_BUDGET_MB / Math.max(1, workers)));
}

/** Files handed to a worker per message. */
const BATCH = 16;

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
 * between threads, and one thread fewer contends for the cores. A reorder buffer keeps the output in the order the
 * files were given.
 *
 * Every thread takes the next batch from a counter they share (Atomics), so each batch taken is the earliest left:
 * a worker never waits for the main thread's event loop to be handed work, and what the main thread parses is due
 * soon. (Paired runs against the earlier designs: bench/RESULTS.md, "Figures moved from source comments".)
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
