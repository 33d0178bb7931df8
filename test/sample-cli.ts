/** The built CLI over the bundled sample, and the notices a database built from all of it carries (test/sample*.test.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './helpers.js';

export const SAMPLE = join(ROOT, 'data', 'sample');

/** Run the built CLI from the project root, colours off, parsing in-process. */
export function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LGSCO_WORKERS: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
export const tempDb = (name: string): string => join(mkdtempSync(join(tmpdir(), 'lgsco-sample-')), `${name}.db`);

/** The full notice of a database built from the whole sample, and its short form. */
export const NOTICE = "DEMO DATA: this database was built from lgsco's bundled sample (data/sample): 42 of its 44 decisions are invented (invented councils and populations, references 00 NNN NNN); 2 are real decisions copied into it. Not for publication.";
export const SHORT = "DEMO DATA: 42 of 44 decisions invented (lgsco's bundled sample). Not for publication.";
