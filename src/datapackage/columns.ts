/**
 * The data dictionary of `lgsco export --datapackage`, in one place: every CSV column, in order, mapped to the field
 * of the zod DecisionSchema it comes from. Descriptions, types and enum values are read from that schema, so the
 * package never drifts from the record; a column with no zod counterpart carries its own description here.
 */
import { z } from 'zod';
import type { DataPackageField, FieldType } from '../../schemas/datapackage.js';
import { DecisionSchema } from '../../schemas/decision.js';
import { poundsColumnOf } from '../format/csv.js';
import type { PackageTable } from '../store/datapackage.js';

/** A column read from the record: `zod` is its path in DecisionSchema ("remedy.payments[].amountPence"). */
interface MappedColumn {
  name: string;
  zod: string;
  /** Appended to the zod description, for what the flat column adds (which organisation, where it comes from). */
  note?: string;
  /** Overrides the type derived from zod (a YYYY-MM-DD string is a Table Schema date). */
  type?: FieldType;
  required?: true;
}

/** A column with no field in the record (keys, positions, store-only flags). */
interface OwnColumn {
  name: string;
  description: string;
  type: FieldType;
  required?: true;
}

type ColumnSpec = MappedColumn | OwnColumn;

/** A CSV resource: its columns, key and references. */
export interface ResourceSpec {
  name: PackageTable;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  primaryKey: string | string[];
  /** Columns that hold a decision_key of decisions.csv. */
  referencesDecision: boolean;
}

const DECISION_KEY: OwnColumn = {
  name: 'decision_key',
  description:
    'Key of the decision: its canonical page address (https://www.lgo.org.uk/decisions/…), else "ref:" followed by the case reference when the address is unknown.',
  type: 'string',
  required: true,
};
const PARENT_KEY: OwnColumn = { ...DECISION_KEY, description: `The decision this row belongs to (decision_key of decisions.csv). ${DECISION_KEY.description}` };
const CASE_REF: MappedColumn = { name: 'case_ref', zod: 'caseRef', required: true };
const position = (what: string): OwnColumn => ({ name: 'position', description: `Order of the ${what} within its decision, from 0.`, type: 'integer', required: true });
const COUNTS_MONEY: OwnColumn = {
  name: 'counts_money',
  description:
    "Whether the decision's money counts in totals: false for a draft decision (stage draft: its remedies are proposals), for a report published again under another reference, or a body already stored under another reference (its money is counted under the first one). Sum only rows where it is true.",
  type: 'boolean',
  required: true,
};
/** The body totals credit a payment to (src/store/credit.ts): a store column, not a field of the record. */
const CREDITED: OwnColumn[] = [
  {
    name: 'credited_name',
    description:
      "The body this payment is credited to in totals: its payer when that is one of the decision's organisations (named as the title names it) or a known local authority (named as the text names it), else the decision's first organisation; empty when the decision names no organisation. A council's total is the sum of the payments credited to it.",
    type: 'string',
  },
  {
    name: 'credited_authority_code',
    description: "mySociety local authority code of the body credited (CC-BY-4.0); empty when that body is not a local authority or is unknown.",
    type: 'string',
  },
];
/** The pounds column the CSV writer puts after a pence column (src/format/csv.ts fills it from the pence value). */
const poundsOf = (pence: ColumnSpec): OwnColumn => ({
  name: poundsColumnOf(pence.name) ?? `${pence.name}_pounds`,
  description: `${pence.name} in pounds, written exactly with two decimal places (1250.50), for spreadsheets; ${pence.name} is the same money in whole pence.`,
  type: 'number',
  ...(pence.required ? { required: true as const } : {}),
});
/** A pence column and, after it, the same money in pounds. */
const money = (pence: MappedColumn): ColumnSpec[] => [pence, poundsOf(pence)];
const evidence = (base: string): MappedColumn[] => [
  { name: 'section', zod: `${base}.evidence.section` },
  { name: 'paragraph', zod: `${base}.evidence.paragraph` },
  { name: 'quote', zod: `${base}.evidence.quote`, required: true },
];

/** The four resources, in the order they are written; column order is CSV order. */
export const RESOURCES: readonly ResourceSpec[] = [
  {
    name: 'decisions',
    title: 'Decisions',
    description:
      'One row per decision (its web page and its decision letter are one row): reference, first organisation, category, outcome, date, stage (final or draft), fault found and remedy totals (money in whole pence, and in pounds beside).',
    primaryKey: 'decision_key',
    referencesDecision: false,
    columns: [
      DECISION_KEY,
      CASE_REF,
      { name: 'url', zod: 'url' },
      { name: 'organisation', zod: 'organisations[].name', note: 'The first organisation the title names; empty when it names none.' },
      { name: 'authority_code', zod: 'organisations[].authorityCode', note: "Of the first organisation; from mySociety's UK local authority lookup (CC-BY-4.0)." },
      { name: 'gss_code', zod: 'organisations[].gssCode', note: "Of the first organisation; from mySociety's UK local authority lookup (CC-BY-4.0)." },
      { name: 'category', zod: 'category' },
      { name: 'subcategory', zod: 'subcategory' },
      { name: 'outcome', zod: 'outcome' },
      { name: 'decision_date', zod: 'decisionDate', type: 'date' },
      { name: 'document_type', zod: 'documentType', required: true },
      { name: 'stage', zod: 'stage', required: true },
      { name: 'fault_found', zod: 'faultFound' },
      ...money({ name: 'total_pence', zod: 'remedy.totalPence', required: true }),
      ...money({ name: 'recommended_pence', zod: 'remedy.recommendedPence', required: true }),
      ...money({ name: 'waived_pence', zod: 'remedy.waivedPence', required: true }),
      { name: 'payment_count', description: 'Number of payments with a stated amount (its rows in payments.csv).', type: 'integer', required: true },
      COUNTS_MONEY,
      { name: 'summary', zod: 'summary' },
    ],
  },
  {
    name: 'payments',
    title: 'Remedy payments',
    description: 'One row per remedy payment with a stated amount, with the sentence it was read from.',
    primaryKey: ['decision_key', 'position'],
    referencesDecision: true,
    columns: [
      PARENT_KEY,
      CASE_REF,
      position('payment'),
      COUNTS_MONEY,
      ...money({ name: 'amount_pence', zod: 'remedy.payments[].amountPence', required: true }),
      { name: 'status', zod: 'remedy.payments[].status', required: true },
      { name: 'payee', zod: 'remedy.payments[].payee' },
      { name: 'payer', zod: 'remedy.payments[].payer' },
      ...CREDITED,
      { name: 'purpose', zod: 'remedy.payments[].purpose', required: true },
      { name: 'purpose_text', zod: 'remedy.payments[].purposeText' },
      {
        name: 'confidence',
        zod: 'remedy.payments[].confidence',
        required: true,
        note: 'Payments stored before lgsco recorded a confidence are certain until parsed again. Sum only certain rows for the figures `lgsco totals --certain-only` gives.',
      },
      { name: 'check_reason', zod: 'remedy.payments[].checkReason' },
      ...evidence('remedy.payments[]'),
    ],
  },
  {
    name: 'actions',
    title: 'Remedy actions',
    description: 'One row per action the body agreed or was recommended to take, with its deadline and the sentence it was read from.',
    primaryKey: ['decision_key', 'position'],
    referencesDecision: true,
    columns: [
      PARENT_KEY,
      CASE_REF,
      position('action'),
      { name: 'kind', zod: 'remedy.actions[].kind', required: true },
      { name: 'text', zod: 'remedy.actions[].text', required: true },
      { name: 'deadline_amount', zod: 'remedy.actions[].deadline.amount' },
      { name: 'deadline_unit', zod: 'remedy.actions[].deadline.unit' },
      { name: 'deadline_text', zod: 'remedy.actions[].deadline.text' },
      ...evidence('remedy.actions[]'),
    ],
  },
  {
    name: 'faults',
    title: 'Findings of fault',
    description: 'One row per sentence in which the Ombudsman finds fault.',
    primaryKey: ['decision_key', 'position'],
    referencesDecision: true,
    columns: [PARENT_KEY, CASE_REF, position('finding'), { name: 'text', zod: 'faults[].text', required: true }, ...evidence('faults[]')],
  },
];

/** Strip nullable/optional wrappers down to the value's own schema. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The first description on a field's wrapper chain: `x: Enum.nullable().describe(…)` is described on the wrapper. */
function describedAs(schema: z.ZodType): string | undefined {
  let s: z.ZodType = schema;
  for (;;) {
    if (s.description) return s.description;
    if (!(s instanceof z.ZodNullable || s instanceof z.ZodOptional)) return undefined;
    s = s.unwrap() as z.ZodType;
  }
}

/** The field at `path` in DecisionSchema ("a.b[].c": `[]` steps into an array's elements), with its description. */
export function zodField(path: string): { schema: z.ZodType; description: string } {
  let node: z.ZodType = DecisionSchema;
  let field: z.ZodType = DecisionSchema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    const obj = unwrap(node);
    const child = obj instanceof z.ZodObject ? (obj.shape as Record<string, z.ZodType>)[key] : undefined;
    if (!child) throw new Error(`data package column mapping: ${path}: no field "${key}" in DecisionSchema`);
    field = child;
    node = child;
    if (part.endsWith('[]')) {
      const arr = unwrap(child);
      if (!(arr instanceof z.ZodArray)) throw new Error(`data package column mapping: ${path}: "${key}" is not an array`);
      node = arr.element as z.ZodType;
    }
  }
  if (path.endsWith('[]')) throw new Error(`data package column mapping: ${path}: names an array, not a value`);
  const description = describedAs(field);
  if (!description) throw new Error(`data package column mapping: ${path}: the zod field has no .describe() text`);
  return { schema: field, description };
}

/** Table Schema type and enum values of a zod leaf. */
function typeOf(path: string, schema: z.ZodType): { type: FieldType; values?: string[] } {
  const s = unwrap(schema);
  if (s instanceof z.ZodEnum) return { type: 'string', values: s.options.map(String) };
  if (s instanceof z.ZodString) return { type: 'string' };
  if (s instanceof z.ZodNumber) return { type: s.format === 'safeint' || s.format === 'int32' ? 'integer' : 'number' };
  if (s instanceof z.ZodBoolean) return { type: 'boolean' };
  throw new Error(`data package column mapping: ${path}: no Table Schema type for this zod type`);
}

/** The Table Schema field of a column: description, type, enum and required from the mapping and the zod schema. */
export function fieldOf(column: ColumnSpec): DataPackageField {
  let description: string;
  let type: FieldType;
  let values: string[] | undefined;
  if ('zod' in column) {
    const f = zodField(column.zod);
    const derived = typeOf(column.zod, f.schema);
    description = column.note ? `${f.description} ${column.note}` : f.description;
    type = column.type ?? derived.type;
    values = derived.values;
  } else {
    ({ description, type } = column);
  }
  const constraints = { ...(column.required ? { required: true } : {}), ...(values ? { enum: values } : {}) };
  return {
    name: column.name,
    type,
    description,
    // SQLite keeps booleans as 0/1, and the CSV writes them so.
    ...(type === 'boolean' ? { trueValues: ['1'], falseValues: ['0'] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The Table Schema fields of a resource, in CSV order. */
export function fieldsOf(resource: ResourceSpec): DataPackageField[] {
  return resource.columns.map(fieldOf);
}
