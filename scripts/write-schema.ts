/** Write schemas/decision.schema.json and schemas/datapackage.schema.json from their zod schemas (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataPackageJsonSchema, decisionJsonSchema } from '../schemas/json-schema.js';

const SCHEMAS: [file: string, schema: () => Record<string, unknown>][] = [
  ['decision.schema.json', decisionJsonSchema],
  ['datapackage.schema.json', dataPackageJsonSchema],
];

for (const [file, schema] of SCHEMAS) {
  const target = fileURLToPath(new URL(`../../schemas/${file}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema(), null, 2)}\n`);
  process.stderr.write(`wrote ${target}\n`);
}
