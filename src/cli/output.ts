import type { Writable } from 'node:stream';

/** Where a command writes: data to stdout, progress/warnings/errors to stderr. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

export { formatPounds, wholePounds } from '../format/money.js';
export { clip, renderTable } from '../format/table.js';

/** Write and wait for the stream to drain when it asks us to, so long outputs do not pile up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
