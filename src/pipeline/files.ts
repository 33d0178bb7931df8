import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File extensions the readers take when walking a folder (single files are read whatever their name). */
export const DECISION_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.pdf']);

/** What walking the paths found: decision files, paths that do not exist, raw crawl pages, and notes for the user. */
export interface ExpandedPaths {
  files: string[];
  missing: string[];
  rawPages: number;
  /** One line each (a link that loops, not followed), for the caller to print as a note. */
  notes: string[];
}

/**
 * Expand paths: files as given, folders walked recursively (sorted, so runs are repeatable) for decision files.
 * Links are followed (a folder of links to raw pages is a common way to pick a sample), except one that leads back to
 * a folder being walked, or into a loop of links: it is noted once and not followed (it was followed until the path
 * grew too long, 40 levels, each a copy of the files). Missing paths are returned in `missing` for the caller to report.
 */
export async function expandPaths(paths: string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  let rawPages = 0; // gzip pages of a crawl's raw archive: `lgsco reparse` reads them (it knows their addresses)
  // The folders on the way down, by device and inode: a link to one of them is a loop.
  const above = new Set<string>();
  const walk = async (dir: string, id: string): Promise<void> => {
    above.add(id);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let target = isDir ? await stat(p).catch(() => null) : null;
      if (e.isSymbolicLink()) {
        target = await stat(p).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ELOOP') notes.push(`${p}: a loop of links (each leads to the next and back): not followed`);
          return null; // broken links are skipped
        });
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir && target) {
        const key = `${target.dev}:${target.ino}`;
        if (above.has(key)) {
          const real = await realpath(p).catch(() => p);
          notes.push(`${p}: links back to ${real}, a folder it is in: a loop, not followed`);
        } else await walk(p, key);
      } else if (isFile && DECISION_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
      else if (isFile && /\.(?:html|pdf|txt)\.gz$/i.test(e.name)) rawPages++;
    }
    above.delete(id);
  };
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, `${s.dev}:${s.ino}`);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files, missing, rawPages, notes };
}
