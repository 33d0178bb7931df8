import { parentPort, workerData } from 'node:worker_threads';
import { parseOneFile, type ParseJobOptions, type ParseResult } from './parse-files.js';

/** Worker thread for `lgsco parse`: parses the batches of files it is sent and posts back rendered results. */
const opts = workerData as ParseJobOptions;
parentPort!.on('message', async (msg: { start: number; files: string[] }) => {
  const results: ParseResult[] = [];
  for (const f of msg.files) results.push(await parseOneFile(f, opts));
  parentPort!.postMessage({ start: msg.start, results });
});
