/**
 * File permissions do not stop root, so as root the read-only tests run the CLI as another user (nobody, uid 65534),
 * for whom a folder of mode 555 is read-only as it is for any user; as anyone else they run it as themselves.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { BIN, ROOT } from './helpers.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** Spawn options that make the CLI a user the permission bits apply to. */
export function readerSpawnOptions(): SpawnSyncOptions {
  return isRoot ? { uid: NOBODY, gid: NOBODY } : {};
}

let can: boolean | null = null;
/** Whether the read-only cases can be tested here: not root, or root allowed to run a process as nobody. */
export function canReadAsAnotherUser(): boolean {
  if (!isRoot) return true;
  can ??= spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, uid: NOBODY, gid: NOBODY }).status === 0;
  return can;
}

export const READ_ONLY_SKIP_MESSAGE = `skipped: running as root, which file permissions do not stop, and a process cannot be started as uid ${NOBODY} here to test a read-only folder`;
