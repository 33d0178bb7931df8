import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** File extension for the raw bytes, from the response's content type (decision pages are HTML; a few may be PDF). */
export function rawExtension(contentType: string | null): string {
  if (contentType && /pdf/i.test(contentType)) return 'pdf';
  if (contentType && /text\/plain/i.test(contentType)) return 'txt';
  return 'html';
}

/**
 * Every fetched page kept as fetched, gzip-compressed and named by the sha256 of its bytes
 * (`<dir>/<first two hex>/<sha256>.<ext>.gz`), so the whole dataset can be re-parsed offline and a page that did not
 * change is stored once.
 */
export class RawArchive {
  constructor(readonly dir: string) {}

  /** Where the bytes with this hash live. */
  pathOf(sha256: string, ext = 'html'): string {
    return join(this.dir, sha256.slice(0, 2), `${sha256}.${ext}.gz`);
  }

  /** Keep bytes; returns their sha256 and path. Written to a temporary name then renamed, so a kill never leaves half a file. */
  put(bytes: Uint8Array, ext = 'html'): { sha256: string; path: string } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256, ext);
    if (!existsSync(path)) {
      mkdirSync(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, gzipSync(bytes));
      renameSync(tmp, path);
    }
    return { sha256, path };
  }

  /** The bytes with this hash, or null when they are not in the archive (or the copy is damaged). */
  get(sha256: string, ext = 'html'): Buffer | null {
    for (const e of [ext, 'html', 'pdf', 'txt']) {
      const path = this.pathOf(sha256, e);
      if (!existsSync(path)) continue;
      try {
        const bytes = gunzipSync(readFileSync(path));
        if (createHash('sha256').update(bytes).digest('hex') === sha256) return bytes;
      } catch {
        /* a damaged copy counts as missing: the page is fetched again */
      }
    }
    return null;
  }
}
