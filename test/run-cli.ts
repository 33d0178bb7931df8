/** The built CLI run as a user would, without colour and without import workers (one process is quicker for a few files). */
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './helpers.js';

/** Run the built CLI with `args`; exit code, stdout and stderr as text. */
export function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LGSCO_WORKERS: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
