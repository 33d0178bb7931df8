/**
 * A store of invented decisions for the export, search, digest and feed tests: invented councils ("Demoshire County
 * Council") and impossible references ("00 NNN NNN"), each with payments of known money, stored by the real writer.
 */
import { parseDecision } from '../../src/index.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { DecisionWriter } from '../../src/store/decisions.js';

export const DEMO_COUNCILS = ['Demoshire County Council', 'Fictonbury Borough Council', 'Inventa District Council'];

/** The reference of demo decision `i`: "00 1NN NNN". */
export function demoRef(i: number): string {
  const n = String(100000 + i);
  return `00 ${n.slice(0, 3)} ${n.slice(3)}`;
}

/** One invented decision as published text: two agreed payments (£pounds and £50), an action, a finding of fault. */
export function demoDecisionText(i: number, options: { council?: string; date?: string; summary?: string; words?: string } = {}): string {
  const ref = demoRef(i);
  const council = options.council ?? DEMO_COUNCILS[i % DEMO_COUNCILS.length]!;
  const pounds = 200 + (i % 40) * 25;
  return `URL: https://www.lgo.org.uk/decisions/housing/homelessness/${ref.replace(/ /g, '-')}
${council} (${ref})

Category : Housing > Homelessness
Decision : Upheld
Decision date : ${options.date ?? '12 Mar 2024'}

Summary: ${options.summary ?? `Ms Y complained the Council left her family in unsuitable temporary accommodation. The Council agreed to pay Ms Y £${pounds}.`}

The complaint

1. Ms Y complained the Council placed her family in bed and breakfast accommodation ${options.words ?? 'for too long'} at ${i + 1} Demo Road.

What I found

2. The Council was at fault because it did not review the suitability of the accommodation within eight weeks.

Agreed action

3. Within one month of my final decision, the Council has agreed to pay Ms Y £${pounds} to acknowledge the distress caused, and £50 for her time and trouble.

4. Within three months the Council will review its procedures for placing families in temporary accommodation.

Final decision

5. I have completed my investigation. There was fault causing injustice.
`;
}

/** Parse and store demo decisions 0…count-1 (or the given texts) into `db` (a new in-memory store by default). */
export async function demoStore(count: number, db: Db = openDatabase(':memory:'), texts?: string[]): Promise<Db> {
  const writer = new DecisionWriter(db);
  const all = texts ?? Array.from({ length: count }, (_, i) => demoDecisionText(i));
  for (const [i, text] of all.entries()) writer.upsert(await parseDecision(Buffer.from(text)), `demo/${i}.txt`);
  return db;
}
