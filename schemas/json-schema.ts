import { z } from 'zod';
import { DecisionSchema } from './decision.js';

/** The JSON Schema of a decision record, generated from DecisionSchema (the single source). */
export function decisionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/lgsco/lgsco/schemas/decision.schema.json',
    title: 'LGSCO decision',
    ...z.toJSONSchema(DecisionSchema, { target: 'draft-2020-12' }),
  };
}
