import { parentPort, workerData } from 'node:worker_threads';
import { CLAIMED, CONSUMED, type PoolWorkerData } from './parse-files.js';
import { parseOneFile, type ParseResult } from './parse-one.js';
import { readNames } from './shared-names.js';

/**
 * Worker thread of the parse pool (parseFiles): takes the next batch nobody has taken from the counter the parsing
 * threads share, parses it and posts the results back, until every file is taken. It waits while the results run
 * `ahead` pages past what the consumer has taken (the importer's store can be the slower side).
 */
const { opts, files: names, counters: shared, batch, ahead } = workerData as PoolWorkerData;
const counters = new Int32Array(shared);
const files = readNames(names);

async function run(): Promise<void> {
  for (;;) {
    for (let seen = Atomics.load(counters, CONSUMED); Atomics.load(counters, CLAIMED) - seen >= ahead; seen = Atomics.load(counters, CONSUMED)) {
      Atomics.wait(counters, CONSUMED, seen, 100);
    }
    const start = Atomics.add(counters, CLAIMED, batch);
    if (start >= files.count) return;
    const results: ParseResult[] = [];
    for (let k = start; k < Math.min(start + batch, files.count); k++) results.push(await parseOneFile(files.name(k), opts));
    parentPort!.postMessage({ start, results });
  }
}

void run();
