/**
 * Invented decisions as published text, for tests that need many files: invented bodies and references that cannot
 * be real ones (year 99), never a real council's name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BODIES = ['Exampleton Borough Council', 'Sampleshire County Council', 'Testbury District Council'];

/** The reference of invented decision `i` in set `set` (0–9): "99 SNN NNN". */
export function inventedRef(set: number, i: number): string {
  const n = String(i).padStart(5, '0');
  return `99 ${set}${n.slice(0, 2)} ${n.slice(2)}`;
}

/** One invented decision: a final statement with one agreed £ payment, its address built from its reference, its body its own. */
export function inventedDecision(set: number, i: number): string {
  const ref = inventedRef(set, i);
  const body = BODIES[i % BODIES.length]!;
  const pounds = 100 + (i % 50) * 10;
  return `URL: https://www.lgo.org.uk/decisions/housing/other/${ref.replace(/ /g, '-')}
${body} (${ref})

Category : Housing > Other
Decision : Upheld
Decision date : 05 Feb 2024

Summary: Mr X complained the Council delayed repairs to his home. The Council agreed to pay Mr X £${pounds}.

The complaint

1. Mr X complained the Council took too long to repair the roof of his home at ${i + 1} Example Street.

Agreed action

2. Within one month of my final decision, the Council has agreed to pay Mr X £${pounds} to acknowledge the distress caused by the delay.

Final decision

3. I have completed my investigation. There was fault causing injustice.
`;
}

/** Write `count` invented decisions of set `set` into `dir` (created), one .txt file each; returns the folder. */
export function writeInventedDecisions(dir: string, set: number, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `d${set}-${String(i).padStart(5, '0')}.txt`), inventedDecision(set, i));
  return dir;
}
