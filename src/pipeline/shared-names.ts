/**
 * A list of file names in shared memory: their UTF-8 bytes end to end, and where each ends. Workers read names from it
 * rather than each holding a copy of the list, so a long list costs its memory once, not once per worker
 * (bench/RESULTS.md, "Figures moved from source comments").
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
