/** Write schemas/decision.schema.json from the zod DecisionSchema (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decisionJsonSchema } from '../schemas/json-schema.js';

const target = fileURLToPath(new URL('../../schemas/decision.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(decisionJsonSchema(), null, 2)}\n`);
process.stderr.write(`wrote ${target}\n`);
