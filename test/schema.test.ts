import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackageJsonSchema, decisionJsonSchema } from '../schemas/json-schema.js';
import { ROOT } from './helpers.js';

/** Every property of every object in a JSON Schema, with its path. */
function properties(schema: unknown, path = ''): { path: string; node: Record<string, unknown> }[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const out: { path: string; node: Record<string, unknown> }[] = [];
  const props = node.properties as Record<string, unknown> | undefined;
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      out.push({ path: `${path}.${k}`, node: v as Record<string, unknown> });
      out.push(...properties(v, `${path}.${k}`));
    }
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...properties(x, `${path}[${i}]`)));
    else if (v) out.push(...properties(v, `${path}[]`));
  }
  return out;
}

describe('decision JSON Schema', () => {
  it('the checked-in schemas/decision.schema.json is up to date (run `npm run schema`)', () => {
    const onDisk = JSON.parse(readFileSync(join(ROOT, 'schemas', 'decision.schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(decisionJsonSchema())));
  });

  it('describes every field (descriptions flow into the data dictionary)', () => {
    const missing = properties(decisionJsonSchema())
      .filter(({ node }) => {
        const described = (n: Record<string, unknown>): boolean =>
          typeof n.description === 'string' || (Array.isArray(n.anyOf) && n.anyOf.some((x) => described(x as Record<string, unknown>)));
        return !described(node);
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });
});

describe('data package descriptor JSON Schema', () => {
  it('the checked-in schemas/datapackage.schema.json is up to date (run `npm run schema`)', () => {
    const onDisk = JSON.parse(readFileSync(join(ROOT, 'schemas', 'datapackage.schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(dataPackageJsonSchema())));
  });

  it('describes every property', () => {
    const described = (n: Record<string, unknown>): boolean =>
      typeof n.description === 'string' || (Array.isArray(n.anyOf) && n.anyOf.some((x) => described(x as Record<string, unknown>)));
    expect(properties(dataPackageJsonSchema()).filter(({ node }) => !described(node)).map((p) => p.path)).toEqual([]);
  });
});
