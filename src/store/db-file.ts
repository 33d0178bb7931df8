import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StoreError } from './store-error.js';

/** The first bytes of every SQLite database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** SQLite's file header: the page size, the change counter and the page count it vouches for are read from it. */
const HEADER_BYTES = 100;

/** What a database file is, read from its header before SQLite opens it. */
export interface DatabaseFile {
  /** Size in bytes (0: an empty file, which SQLite treats as a new database). */
  size: number;
  /** The header says WAL mode (file format 2): SQLite needs the -shm file beside it to read it. */
  wal: boolean;
}

/** A few bytes for an error message: the text when they are text, else their hex. */
function startOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 24);
  const text = head.toString('latin1');
  if (/^[\x20-\x7e\t\r\n]+$/.test(text)) return `"${text.replace(/\s+/g, ' ').trim()}${bytes.length > head.length ? '…' : ''}"`;
  return `bytes ${[...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

/** Size of the -wal file beside a database (0 when there is none). */
export function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * Look at a database file before SQLite opens it, so what is not an lgsco database is refused with a reason and left
 * as it was: a folder, a file that is not SQLite at all, a database cut short (its header counts more pages than the
 * file holds). Returns null when the file does not exist.
 */
export function inspectDatabaseFile(path: string): DatabaseFile | null {
  let size: number;
  try {
    const s = statSync(path);
    if (s.isDirectory()) throw new StoreError(path, 'is a folder, not a database file');
    size = s.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError(path, `cannot open the database (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (size === 0) return { size, wal: false };
  const header = Buffer.alloc(Math.min(size, HEADER_BYTES));
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new StoreError(path, `cannot read the database (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the file's permissions`);
  }
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (size < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new StoreError(path, `not an lgsco database: not an SQLite file at all (it starts with ${startOf(header)})`);
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const wal = header[18] === 2 || header[19] === 2;
  // With changes still in the -wal file the database file may lag its header until the next checkpoint: judge it then.
  if (walBytes(path) === 0 && pageSize >= 512) {
    const pages = header.readUInt32BE(28);
    const vouched = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    if (vouched && size < pages * pageSize) {
      throw new StoreError(path, `a damaged database: cut short (${size} bytes, where its header counts ${pages * pageSize}: a copy or download that did not finish?)`);
    }
    if (size % pageSize !== 0) {
      throw new StoreError(path, `a damaged database: ${size} bytes is not a whole number of its ${pageSize}-byte pages (a copy or download that did not finish?)`);
    }
  }
  return { size, wal };
}

/** Largest database read into memory when SQLite cannot read it in place (see readableCopy). */
export const MAX_COPY_BYTES = 1024 * 1024 * 1024;

/**
 * The bytes of a WAL-mode database whose folder is read-only, as a rollback-journal database SQLite can open in
 * memory. In WAL mode SQLite must create the -shm file beside the database even to read it, which a read-only folder
 * refuses; with no -wal file the database file holds every committed change, so marking its header as rollback mode
 * (bytes 18 and 19) reads the same data. Refused, with what to do instead, when a -wal file holds changes or the file
 * is too large to hold in memory.
 */
export function readableCopy(path: string, read: (path: string) => Buffer): Buffer {
  const advice = `copy it to a folder you can write, or have someone who can write its folder switch it out of WAL mode (sqlite3 ${path} "PRAGMA journal_mode=DELETE")`;
  if (walBytes(path) > 0) {
    throw new StoreError(path, `cannot read the database: it is in WAL mode with changes still in ${path}-wal, and SQLite cannot create ${path}-shm in its read-only folder; ${advice}`);
  }
  const size = statSync(path).size;
  if (size > MAX_COPY_BYTES) {
    throw new StoreError(path, `cannot read the database: it is in WAL mode and SQLite cannot create ${path}-shm in its read-only folder, and at ${Math.round(size / 1048576)} MB it is too large to read into memory; ${advice}`);
  }
  const bytes = read(path);
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}
