/**
 * `lgsco export --datasette-metadata FILE`: a Datasette metadata.json for an lgsco database — title, licence, source,
 * and a description of every column of decisions, payments, actions and faults, read from the zod schema's
 * .describe() texts through the data package's column mapping (columns.ts), so Datasette, the data package and the
 * JSON Schema say the same. decisions names its full-text index (decisions_fts, found by Datasette itself too).
 */
import { parse as parsePath } from 'node:path';
import type { Db } from '../store/db.js';
import { PACKAGE_LICENSES, PACKAGE_SOURCES } from './descriptor.js';
import { fieldOf, RESOURCES, zodField, type ResourceSpec } from './columns.js';

/** The tables described: the data package's four, as the store names them. */
const TABLES = ['decisions', 'payments', 'actions', 'faults'] as const;
type Table = (typeof TABLES)[number];

/** Store columns whose data package column has another name. */
const PACKAGE_NAME: Partial<Record<Table, Record<string, string>>> = {
  decisions: { key: 'decision_key', org_name: 'organisation' },
};

const DECISION_ID = 'The decision this row belongs to (decisions.id).';

/** Store columns with no data package column: a zod field's description, or their own. */
const STORE_ONLY: Record<Table, Record<string, { zod: string } | { text: string }>> = {
  decisions: {
    id: { text: 'Row id of the decision in this database (payments, actions and faults refer to it); decision_key is the lasting key.' },
    category_slug: { zod: 'categorySlug' },
    subcategory_slug: { zod: 'subcategorySlug' },
    body_sha256: { text: 'SHA-256 of the decision body: the same report published under several references has the same hash (its money counts once).' },
    source_sha256: { zod: 'sourceSha256' },
    parser_version: { zod: 'parserVersion' },
    first_imported_at: { text: 'When lgsco first stored this decision (ISO 8601, UTC): what lgsco digest and the explorer\'s feeds call first seen.' },
    updated_at: { text: 'When lgsco last stored a new version of this decision (ISO 8601, UTC).' },
    check_pence: { text: 'Money in this decision\'s payments to check (confidence "check"), in whole pence.' },
    check_recommended_pence: { text: 'The recommended part of check_pence, in whole pence.' },
    check_count: { text: 'Number of this decision\'s payments to check.' },
  },
  payments: { decision_id: { text: DECISION_ID } },
  actions: { decision_id: { text: DECISION_ID } },
  faults: { decision_id: { text: DECISION_ID } },
};

/** Datasette's metadata for one table. */
export interface DatasetteTable {
  title: string;
  description: string;
  columns: Record<string, string>;
  label_column?: string;
  fts_table?: string;
  fts_pk?: string;
}

/** The metadata.json Datasette reads (`datasette lgsco.db -m metadata.json`). */
export interface DatasetteMetadata {
  title: string;
  description: string;
  license: string;
  license_url: string;
  source: string;
  source_url: string;
  databases: Record<string, { description: string; tables: Record<string, DatasetteTable> }>;
}

/** The description of one store column, or an Error naming it (a new column must be described here or in columns.ts). */
function describeColumn(table: Table, spec: ResourceSpec, column: string): string {
  const own = STORE_ONLY[table][column];
  if (own) return 'zod' in own ? zodField(own.zod).description : own.text;
  const name = PACKAGE_NAME[table]?.[column] ?? column;
  const mapped = spec.columns.find((c) => c.name === name);
  if (!mapped) throw new Error(`datasette metadata: ${table}.${column} has no description (add it to src/datapackage/datasette.ts)`);
  const described = fieldOf(mapped).description;
  if (!described) throw new Error(`datasette metadata: ${table}.${column} has no description in the data package's mapping`);
  return described;
}

/** The metadata of the database at `dbPath` (Datasette names a database after its file, without the extension). */
export function datasetteMetadata(db: Db, dbPath: string, sampleNotice: string | null = null): DatasetteMetadata {
  const tables: Record<string, DatasetteTable> = {};
  for (const table of TABLES) {
    const spec = RESOURCES.find((r) => r.name === table)!;
    const names = db.prepare(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).pluck().all() as string[];
    tables[table] = {
      title: spec.title,
      description: table === 'decisions' ? `${spec.description} Search it with the box above the table (full-text index decisions_fts: title, summary and body).` : spec.description,
      columns: Object.fromEntries(names.map((n) => [n, describeColumn(table, spec, n)])),
      ...(table === 'decisions' ? { label_column: 'case_ref', fts_table: 'decisions_fts', fts_pk: 'id' } : {}),
    };
  }
  const terms = PACKAGE_LICENSES?.[0];
  const source = PACKAGE_SOURCES?.[0];
  return {
    title: `Local Government and Social Care Ombudsman decisions${sampleNotice ? ' — DEMO DATA' : ''}`,
    description:
      (sampleNotice ? `${sampleNotice} ` : '') +
      "Decisions of England's Local Government and Social Care Ombudsman, read into tables by lgsco: money in whole pence; sum it only over decisions whose counts_money is 1. Credit \"Local Government and Social Care Ombudsman\" and link to the decision page (url) when you publish anything built from the data.",
    license: 'LGSCO re-use terms (free re-use with attribution); local authority codes: mySociety, CC-BY-4.0',
    license_url: terms?.path ?? 'https://www.lgo.org.uk/copyright',
    source: source?.title ?? 'Local Government and Social Care Ombudsman decisions',
    source_url: source?.path ?? 'https://www.lgo.org.uk/decisions',
    databases: { [parsePath(dbPath).name]: { description: 'Built by lgsco from the decision pages; payments, actions and faults refer to decisions by decision_id.', tables } },
  };
}
