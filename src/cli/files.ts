import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File extensions the readers take when walking a folder (single files are read whatever their name). */
export const DECISION_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.pdf']);

/**
 * Expand paths: files as given, folders walked recursively (sorted, so runs are repeatable) for decision files.
 * Missing paths are returned in `missing` for the caller to report.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[]; rawPages: number }> {
  const files: string[] = [];
  const missing: string[] = [];
  let rawPages = 0; // gzip pages of a crawl's raw archive: `lgsco reparse` reads them (it knows their addresses)
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Follow links (a folder of links to raw pages is a common way to pick a sample); skip broken ones.
        const target = await stat(p).catch(() => null);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) await walk(p);
      else if (isFile && DECISION_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
      else if (isFile && /\.(?:html|pdf|txt)\.gz$/i.test(e.name)) rawPages++;
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files, missing, rawPages };
}
