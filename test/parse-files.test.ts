import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { chapterOf } from '../src/pipeline/chapter.js';
import { CLAIMED, CONSUMED, youngGenerationMb, type PoolWorkerData } from '../src/pipeline/parse-files.js';
import { describeFailure, parseOneFile } from '../src/pipeline/parse-one.js';
import { readNames, shareNames } from '../src/pipeline/shared-names.js';
import { csvField, csvLine } from '../src/format/csv.js';
import { formatPounds } from '../src/format/money.js';
import { ROOT } from './helpers.js';

const opts = { format: 'record' as const, sections: false, url: null, type: null, maxBytes: 1_000_000 };

describe('reading input files', () => {
  it('a file deleted before it is read gives a clear one-line error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-gone-'));
    const file = join(dir, 'gone.html');
    writeFileSync(file, '<html></html>');
    rmSync(file);
    const r = await parseOneFile(file, opts);
    expect(r.error).toBe(`${file}: input: the file is gone (deleted or moved before it could be read)`);
  });

  it('a missing file other than the input (a broken install) is named, not reported as the input gone', () => {
    const err = Object.assign(new Error("ENOENT: no such file or directory, open '/opt/lgsco/data/authorities/authorities.csv'"), {
      code: 'ENOENT',
      path: '/opt/lgsco/data/authorities/authorities.csv',
    });
    expect(describeFailure('/data/a.html', err)).toBe(`/data/a.html: ${err.message}`);
    expect(describeFailure('/data/a.html', Object.assign(new Error('x'), { code: 'ENOENT', path: '/data/a.html' }))).toBe(
      '/data/a.html: input: the file is gone (deleted or moved before it could be read)',
    );
    expect(describeFailure('/data/a.html', Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('/data/a.html: input: permission denied');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-big-'));
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2_000_000));
    expect((await parseOneFile(file, opts)).error).toMatch(/big\.txt: input: 1\.9 MB is over the 1 MB limit/);
  });

  it.each([
    ['<link rel="canonical" href="https://www.lgo.org.uk/decisions/housing/homelessness/00-003-118?chapter=2">', 2],
    ['<meta property="og:url" content="https://www.lgo.org.uk/decisions/a/b/00-003-118?displaypref=0&chapter=3">', 3],
    ['<link rel="canonical" href="https://www.lgo.org.uk/decisions/a/b/00-003-118">', null],
  ])('chapterOf(%s) = %j', (head, n) => {
    expect(chapterOf(Buffer.from(`<html><head>${head}</head></html>`))).toBe(n);
  });
});

describe('parse workers', () => {
  it('share one young-generation budget, so more cores do not multiply the memory (12 MB each at least)', () => {
    expect([1, 2, 3, 4, 8].map(youngGenerationMb)).toEqual([48, 24, 16, 12, 12]);
  });
});

describe('output helpers', () => {
  it.each([
    [130000, '£1,300'],
    [125050, '£1,250.50'],
    [5, '£0.05'],
    [0, '£0'],
    [-2500, '-£25'],
  ])('formatPounds(%i) = %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [42, '42'],
  ])('csvField(%j) = %j', (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it('csvLine joins fields and ends the line', () => {
    expect(csvLine(['x', 1, null, 'a,b'])).toBe('x,1,,"a,b"\n');
  });
});

describe('a parse worker', () => {
  it('reads the file names from shared memory as they were given', () => {
    const names = ['/data/a.html', '/data/Café – “notes”/00 000 123.html', '', 'relative/b.txt', '/données/😀.pdf'];
    const shared = readNames(shareNames(names));
    expect(shared.count).toBe(names.length);
    expect(names.map((_, k) => shared.name(k))).toEqual(names);
    expect(readNames(shareNames([])).count).toBe(0);
  });

  const WORKER = join(ROOT, 'dist', 'src', 'pipeline', 'parse-worker.js');

  it('takes the batches nobody has taken, in order, and waits while it is too far ahead of the consumer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-worker-'));
    const files = Array.from({ length: 40 }, (_, i) => {
      const f = join(dir, `${String(i).padStart(2, '0')}.txt`);
      writeFileSync(f, `not a decision ${i}`);
      return f;
    });
    const counters = new Int32Array(new SharedArrayBuffer(8));
    counters[CLAIMED] = 8; // another thread took the first batch
    const data: PoolWorkerData = { opts, files: shareNames(files), counters: counters.buffer as SharedArrayBuffer, batch: 8, ahead: 24 };
    const worker = new Worker(WORKER, { workerData: data });
    const got: { start: number; results: { file: string; error?: string }[] }[] = [];
    let arrived: () => void = () => {};
    worker.on('message', (m: (typeof got)[number]) => {
      got.push(m);
      arrived();
    });
    const until = (n: number) =>
      new Promise<void>((resolve) => {
        arrived = () => {
          if (got.length >= n) resolve();
        };
        arrived();
      });
    try {
      await until(2);
      // Batches 8 and 16 taken: 24 pages claimed while the consumer has none, so it waits.
      expect(got.map((m) => m.start)).toEqual([8, 16]);
      expect(got[0]!.results.map((r) => r.file)).toEqual(files.slice(8, 16));
      // Each file read and reported: not a decision (an error naming the file, as for any bad input).
      expect(got[0]!.results.map((r) => r.error?.split(': title: ')[0])).toEqual(files.slice(8, 16));
      expect(got[0]!.results.every((r) => r.error?.includes('title: not an LGSCO decision'))).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(got).toHaveLength(2);
      expect(Atomics.load(counters, CLAIMED)).toBe(24);
      // The consumer catches up: the worker goes on to the end.
      const rest = until(4);
      Atomics.store(counters, CONSUMED, 16);
      Atomics.notify(counters, CONSUMED);
      await rest;
      expect(got.map((m) => m.start)).toEqual([8, 16, 24, 32]);
      expect(got[3]!.results.map((r) => r.file)).toEqual(files.slice(32));
    } finally {
      await worker.terminate();
    }
  });
});
