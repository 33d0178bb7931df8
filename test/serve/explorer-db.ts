import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers.js';

/** A decision whose text tries to inject markup: every page must show it as text. */
export const HOSTILE_TEXT = `URL: https://www.lgo.org.uk/decisions/housing/other/23-999-001
Evil <script>alert("x")</script> Council (23 999 001)

Category : Housing > Other
Decision : Upheld
Decision date : 05 Feb 2024

Summary: Mr <img src=x onerror=alert(1)> X complained about repairs. The Council agreed to pay Mr X £250.

The complaint

1. Mr X complained the Council did not repair his roof. </p><script>alert(2)</script>

Agreed action

2. Within one month of my final decision, the Council has agreed to pay Mr X £250 to acknowledge the distress caused <b>by</b> the delay.

Final decision

3. I have completed my investigation. There was fault causing injustice.
`;

/** The bundled sample plus the hostile decision, imported with the built CLI into a fresh database. */
export function buildExplorerDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-serve-'));
  const db = join(dir, 'explorer.db');
  const hostile = join(dir, 'hostile.txt');
  writeFileSync(hostile, HOSTILE_TEXT);
  const r = spawnSync(process.execPath, [BIN, 'import', join(ROOT, 'data', 'sample'), hostile, '--db', db], { encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '0' } });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  return db;
}
