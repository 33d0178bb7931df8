import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { chapterOf, describeFailure, parseOneFile, youngGenerationMb } from '../src/cli/parse-files.js';
import { csvField, csvLine } from '../src/cli/csv.js';
import { formatPounds } from '../src/cli/output.js';
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
    ['<link rel="canonical" href="https://www.lgo.org.uk/decisions/housing/homelessness/25-003-118?chapter=2">', 2],
    ['<meta property="og:url" content="https://www.lgo.org.uk/decisions/a/b/25-003-118?displaypref=0&chapter=3">', 3],
    ['<link rel="canonical" href="https://www.lgo.org.uk/decisions/a/b/25-003-118">', null],
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
  // A FIFO blocks whoever opens it for reading until a writer comes: a batch that starts on it stalls the worker.
  const fifoOk = process.platform !== 'win32' && spawnSync('mkfifo', ['--help'], { stdio: 'ignore' }).error === undefined;
  it.skipIf(!fifoOk)('works through its batches one after another, sending each back when it is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-worker-'));
    const page = join(dir, 'a.txt');
    writeFileSync(page, 'not a decision');
    const fifo = join(dir, 'stall.txt');
    execFileSync('mkfifo', [fifo]);
    const worker = new Worker(join(ROOT, 'dist', 'src', 'cli', 'parse-worker.js'), { workerData: opts });
    try {
      const messages: { start: number; results: { file: string }[] }[] = [];
      const next = () => new Promise<(typeof messages)[number]>((resolve) => worker.once('message', resolve));
      const first = next();
      // Both batches are queued at once. Batch 0 must come back although batch 16 is then stuck on the FIFO: a worker
      // that started every queued batch at once would be stuck on it before finishing batch 0.
      worker.postMessage({ start: 0, files: [page, page] });
      worker.postMessage({ start: 16, files: [fifo] });
      messages.push(await first);
      expect(messages[0]!.start).toBe(0);
      expect(messages[0]!.results.map((r) => r.file)).toEqual([page, page]);
      const second = next();
      writeFileSync(fifo, 'still not a decision'); // lets batch 16 go on
      expect((await second).start).toBe(16);
    } finally {
      await worker.terminate();
    }
  });
});
