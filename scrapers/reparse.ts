import type { Db } from '../src/store/db.js';
import { DecisionWriter, prepareRows, type UpsertStatus } from '../src/store/decisions.js';
import { buildRecord } from './decision-pages.js';
import { CrawlState } from './crawl-state.js';
import type { RawArchive } from './raw-archive.js';

export interface ReparseSummary {
  counts: Record<UpsertStatus, number>;
  failures: { url: string; reason: string }[];
  /** Listed decisions with no fetched page in the archive (never fetched, or the raw copy is gone). */
  missing: number;
}

/**
 * Re-parse every crawled decision from the raw archive, offline: after a parser upgrade, or to rebuild a store.
 * Unchanged pages parsed by the same parser version change nothing.
 */
export async function reparseArchive(db: Db, archive: RawArchive, onEach?: (done: number, total: number) => void): Promise<ReparseSummary> {
  const state = new CrawlState(db);
  const writer = new DecisionWriter(db);
  const summary: ReparseSummary = { counts: { imported: 0, updated: 0, unchanged: 0 }, failures: [], missing: 0 };
  const items = state.allItems();
  for (const [i, item] of items.entries()) {
    onEach?.(i + 1, items.length);
    const pages = state.pagesOf(item.url).filter((p) => p.status === 'fetched' && p.sha256);
    if (pages.length === 0 || pages[0]!.chapter !== 1) {
      summary.missing++;
      continue;
    }
    const chapters: Buffer[] = [];
    for (const p of pages) {
      if (p.chapter !== chapters.length + 1) break; // chapters run 1..N without a gap
      const bytes = archive.get(p.sha256!);
      if (!bytes) break;
      chapters.push(bytes);
    }
    if (chapters.length === 0) {
      summary.missing++;
      continue;
    }
    try {
      const record = await buildRecord(chapters, item, pages[0]!.url);
      summary.counts[state.storeDecision(writer, prepareRows(record), pages[0]!.url, item.url, chapters.length)]++;
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0]!;
      summary.failures.push({ url: item.url, reason });
    }
  }
  return summary;
}
