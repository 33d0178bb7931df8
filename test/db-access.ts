/**
 * What the database-access tests share: the built CLI run as a user would (lgsco), a temporary root that is made
 * writable again before it is removed (some tests leave read-only folders in it), and databases of invented decisions
 * imported by the CLI (test/invented-decisions.ts).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { BIN, ROOT } from './helpers.js';
import { inventedRef, writeInventedDecisions } from './invented-decisions.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would. */
export function lgsco(args: string[], options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The lines of a command's stderr. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

/** A temporary folder for one test file, removed after its tests (its read-only folders made writable first). */
export function accessRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'lgsco-db-access-'));
  afterAll(() => {
    chmodSync(root, 0o755);
    for (const d of readdirSync(root)) chmodSync(join(root, d), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  return root;
}

/** A folder of invented decisions and an lgsco database made from them by the CLI. */
export function importedDatabase(root: string, name: string, count: number): { db: string; input: string } {
  const dir = join(root, name);
  const input = writeInventedDecisions(join(dir, 'in'), 1, count);
  const db = join(dir, 'lgsco.db');
  const r = lgsco(['import', input, '--db', db], { env: { LGSCO_WORKERS: '0' } });
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  return { db, input };
}

export const REF = inventedRef(1, 1);
