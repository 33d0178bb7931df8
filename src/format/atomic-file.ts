/**
 * Output files written whole or not at all: the content goes to a temporary file beside the target (same folder, so
 * the rename cannot cross file systems) and is renamed over the target only when it is complete. A failure half-way
 * (a database that is not lgsco's, a query that breaks, a full disk) leaves the existing file as it was and removes
 * the temporary one.
 */
import { closeSync, existsSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LgscoError } from '../errors.js';

// Chunks gathered before each write: one syscall per row is slow at archive scale.
const CHUNK_BYTES = 1 << 16;
let counter = 0;

/** The temporary name beside `path`: hidden, and unique to this process and file. */
export function temporaryPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

/** An error writing an output, naming the option, the file and the system's reason, in one line. */
export function outputError(label: string, path: string, err: unknown): LgscoError {
  const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new LgscoError(`${label} ${path}: cannot write the file (${reason})`, 'OUTPUT', 1);
}

/** A file being written under a temporary name; `commit()` puts it in place, `abort()` throws it away. */
export class AtomicFile {
  readonly temporary: string;
  private fd: number | null;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** Open the temporary file; `label` names the output in errors ("--out", "--chart", "--datapackage"). */
  constructor(
    readonly path: string,
    readonly label: string,
  ) {
    let existing: Stats | undefined;
    try {
      existing = statSync(path);
    } catch {
      // no file there yet
    }
    if (existing?.isDirectory()) throw outputError(label, path, Object.assign(new Error('a folder'), { code: 'EISDIR' }));
    this.temporary = temporaryPathFor(path);
    try {
      this.fd = openSync(this.temporary, 'wx');
    } catch (err) {
      throw outputError(label, path, err);
    }
    // The file keeps the permissions it had (a shared folder's group-writable CSV stays so).
    if (existing) {
      try {
        fchmodSync(this.fd, existing.mode & 0o7777);
      } catch {
        // not ours to change: the new file keeps the default permissions
      }
    }
  }

  /** Add text (or bytes) to the file. */
  write(chunk: string | Buffer): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes >= CHUNK_BYTES) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      for (let off = 0; off < chunk.length; ) off += writeSync(this.fd, chunk, off);
    } catch (err) {
      throw outputError(this.label, this.path, err);
    }
  }

  /** Finish writing and close the temporary file (it is renamed by `rename()`); after a failure, call abort(). */
  close(): void {
    if (this.fd === null) return;
    this.flush();
    try {
      fsyncSync(this.fd);
    } catch {
      // Not every file system can sync (some FUSE mounts, /dev/shm): the rename still happens after the data is written.
    }
    closeSync(this.fd);
    this.fd = null;
  }

  /** Put the complete file in place of the target. */
  rename(): void {
    try {
      renameSync(this.temporary, this.path);
    } catch (err) {
      throw outputError(this.label, this.path, err);
    }
  }

  /** Close, then rename over the target. On failure the temporary file is removed and the error thrown. */
  commit(): void {
    try {
      this.close();
      this.rename();
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Throw the temporary file away; the target is untouched. Safe to call more than once. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed by the system: nothing to release
      }
      this.fd = null;
    }
    this.pending = [];
    this.pendingBytes = 0;
    rmSync(this.temporary, { force: true });
  }
}

/**
 * Write `path` through `fill`, whole or not at all: `fill` writes into a temporary file that replaces `path` only when
 * `fill` returns; if it throws, `path` is left as it was and the temporary file removed.
 */
export async function writeFileAtomically<T>(path: string, label: string, fill: (file: AtomicFile) => T | Promise<T>): Promise<T> {
  const file = new AtomicFile(path, label);
  try {
    const result = await fill(file);
    file.commit();
    return result;
  } catch (err) {
    file.abort();
    throw err;
  }
}

/** writeFileAtomically for a string already in memory. */
export function writeTextAtomically(path: string, label: string, text: string): void {
  const file = new AtomicFile(path, label);
  try {
    file.write(text);
    file.commit();
  } catch (err) {
    file.abort();
    throw err;
  }
}

/**
 * Write several files into `dir` (made if missing), all or none: `fill` writes each through `open(name)`, and they are
 * put in place, in the order opened, only when `fill` returns. If it throws, every temporary file is removed, and so is
 * the folder when this call made it: a failed export leaves nothing behind.
 */
export function writeFolderAtomically<T>(dir: string, label: string, fill: (open: (name: string) => AtomicFile) => T): T {
  const made = !existsSync(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new LgscoError(`${label} ${dir}: not a folder`, 'OUTPUT', 1);
    throw new LgscoError(`${label}: cannot write ${dir} (${code ?? (err as Error).message})`, 'OUTPUT', 1);
  }
  const files: AtomicFile[] = [];
  const open = (name: string): AtomicFile => {
    const file = new AtomicFile(join(dir, name), label);
    files.push(file);
    return file;
  };
  try {
    const result = fill(open);
    for (const file of files) file.rename();
    return result;
  } catch (err) {
    for (const file of files) file.abort();
    if (made) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty (or already gone): leave it
      }
    }
    throw err;
  }
}
