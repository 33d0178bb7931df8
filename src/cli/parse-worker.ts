import { parentPort, workerData } from 'node:worker_threads';
import { parseOneFile, type ParseJobOptions, type ParseResult } from './parse-files.js';

/**
 * Worker thread for `lgsco parse`: parses the batches of files it is sent, one batch after another, and posts back
 * each batch's results as soon as it is done. Batches are queued here and worked through in turn: an async handler
 * per message would let every queued batch start at once (each one waits at its first await) and interleave page by
 * page, so the first results came back only when all of them were done (96 pages in, 1.6 s after start).
 */
const opts = workerData as ParseJobOptions;
const queue: { start: number; files: string[] }[] = [];
let working = false;

async function work(): Promise<void> {
  working = true;
  for (let msg = queue.shift(); msg; msg = queue.shift()) {
    const results: ParseResult[] = [];
    for (const f of msg.files) results.push(await parseOneFile(f, opts));
    parentPort!.postMessage({ start: msg.start, results });
  }
  working = false;
}

parentPort!.on('message', (msg: { start: number; files: string[] }) => {
  queue.push(msg);
  if (!working) void work();
});
