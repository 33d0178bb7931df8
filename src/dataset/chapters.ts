import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LgscoError } from '../errors.js';
import type { SampleKind } from '../sample.js';
import { prepareRows, type PreparedRows } from '../store/rows.js';

/** One chapter of a report, as parsed. */
export interface ReportPart {
  file: string;
  chapter: number;
  rows: PreparedRows;
  sample: SampleKind | null;
}

/**
 * A report's chapters read together (chapter 1 first; a chapter met twice is read once), or the single page when
 * there is one; a one-line error when the joined text cannot be parsed.
 */
export async function joinChapters(parts: ReportPart[]): Promise<{ rows: PreparedRows; location: string } | { error: string }> {
  const sorted = [...parts].sort((a, b) => a.chapter - b.chapter || (a.file < b.file ? -1 : 1));
  const unique = sorted.filter((p, i) => i === 0 || p.chapter !== sorted[i - 1]!.chapter);
  const first = unique[0]!;
  if (unique.length === 1) return { rows: first.rows, location: resolve(first.file) };
  try {
    const { parseDecision } = await import('../parse.js');
    const record = await parseDecision(unique.map((p) => readFileSync(p.file)), { filename: first.file });
    return { rows: prepareRows(record), location: resolve(first.file) };
  } catch (err) {
    return { error: err instanceof LgscoError ? err.message : `${first.file}: ${(err as Error).message}` };
  }
}
