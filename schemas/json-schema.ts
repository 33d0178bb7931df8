import { z } from 'zod';
import { DataPackageSchema } from './datapackage.js';
import { DecisionSchema } from './decision.js';

/** The JSON Schema of a decision record, generated from DecisionSchema (the single source). */
export function decisionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/lgsco/lgsco/schemas/decision.schema.json',
    title: 'LGSCO decision',
    ...z.toJSONSchema(DecisionSchema, { target: 'draft-2020-12' }),
  };
}

/** The JSON Schema of the datapackage.json that `lgsco export --datapackage` writes, generated from DataPackageSchema. */
export function dataPackageJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/lgsco/lgsco/schemas/datapackage.schema.json',
    title: 'LGSCO data package descriptor',
    ...z.toJSONSchema(DataPackageSchema, { target: 'draft-2020-12' }),
  };
}
