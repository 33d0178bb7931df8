/**
 * The descriptor `lgsco export --datapackage` writes: a Frictionless Tabular Data Package (v1), with the properties
 * lgsco uses spelt out. Objects stay open (extra keys allowed) because the Frictionless specs allow custom properties.
 */
import { z } from 'zod';

/** Package and resource names: lower case, digits, ".", "_" and "-" (Frictionless v1). */
const NAME_RE = /^[a-z0-9._-]+$/;

/** Frictionless Table Schema v1 field types. */
export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration',
  'geopoint', 'geojson', 'any',
] as const;

/** One name or several, as Table Schema allows for keys. */
const FieldNames = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Constraints a field's values meet. */
export const FieldConstraintsSchema = z
  .looseObject({
    required: z.boolean().optional().describe('Every row has a value (not a missing value).'),
    unique: z.boolean().optional().describe('No two rows share a value.'),
    // Two array types rather than an array of a union: a JSON Schema type list trips strict validators (ajv).
    enum: z
      .union([z.array(z.string()).min(1), z.array(z.number()).min(1)])
      .optional()
      .describe('The only values allowed (missing values aside).'),
    minimum: z.number().optional().describe('Smallest value allowed.'),
    maximum: z.number().optional().describe('Largest value allowed.'),
    minLength: z.number().int().nonnegative().optional().describe('Shortest length allowed.'),
    maxLength: z.number().int().nonnegative().optional().describe('Longest length allowed.'),
    pattern: z.string().optional().describe('Regular expression every value matches.'),
  })
  .describe('Table Schema field constraints.');

/** One column of a CSV resource. */
export const FieldSchema = z
  .looseObject({
    name: z.string().min(1).describe('Column name, exactly as in the CSV header.'),
    type: z.enum(FIELD_TYPES).describe('Table Schema type of the values (lgsco gives every field one).'),
    format: z.string().optional().describe('Table Schema format of the type ("default", "email", a date pattern…).'),
    title: z.string().optional().describe('Human-readable title.'),
    description: z.string().optional().describe('What the column holds.'),
    constraints: FieldConstraintsSchema.optional(),
    trueValues: z.array(z.string()).optional().describe('Strings read as true (boolean fields).'),
    falseValues: z.array(z.string()).optional().describe('Strings read as false (boolean fields).'),
  })
  .describe('A Table Schema field.');

/** A reference from this table's columns to another resource's. */
export const ForeignKeySchema = z
  .looseObject({
    fields: FieldNames.describe('Column(s) of this resource.'),
    reference: z
      .looseObject({
        resource: z.string().describe('Name of the referenced resource ("" for this one).'),
        fields: FieldNames.describe('Column(s) of the referenced resource.'),
      })
      .describe('The resource and columns referred to.'),
  })
  .describe('A Table Schema foreign key.');

/** The columns of a CSV resource, its key and its references. */
export const TableSchemaSchema = z
  .looseObject({
    fields: z.array(FieldSchema).min(1).describe('The columns, in CSV order.'),
    primaryKey: FieldNames.optional().describe('Column(s) whose values identify a row.'),
    foreignKeys: z.array(ForeignKeySchema).optional().describe('References to rows of other resources.'),
    missingValues: z.array(z.string()).optional().describe('Strings read as a missing value (default [""]).'),
  })
  .describe('A Table Schema.');

/** How the CSV is written. */
export const CsvDialectSchema = z
  .looseObject({
    delimiter: z.string().optional().describe('Field separator.'),
    lineTerminator: z.string().optional().describe('Line ending.'),
    quoteChar: z.string().optional().describe('Quote character.'),
    doubleQuote: z.boolean().optional().describe('A quote inside a quoted field is doubled.'),
    header: z.boolean().optional().describe('The first line holds the column names.'),
  })
  .describe('CSV Dialect.');

/** A licence: an Open Definition id (`name`), a page (`path`), or both. */
export const LicenseSchema = z
  .union([
    z.looseObject({
      name: z.string().min(1).describe('Open Definition licence id ("CC-BY-4.0").'),
      path: z.string().optional().describe('Address of the licence text.'),
      title: z.string().optional().describe('Human-readable licence title.'),
    }),
    z.looseObject({
      name: z.string().optional().describe('Open Definition licence id ("CC-BY-4.0").'),
      path: z.string().min(1).describe('Address of the licence or terms.'),
      title: z.string().optional().describe('Human-readable licence title.'),
    }),
  ])
  .describe('A licence or terms of re-use, with a name, a path or both.');

/** Where data came from. */
export const SourceSchema = z
  .looseObject({
    title: z.string().min(1).describe('Name of the source.'),
    path: z.string().optional().describe('Address of the source.'),
    email: z.string().optional().describe('Contact address.'),
  })
  .describe('A source of the data.');

/** One CSV file of the package. */
export const DataResourceSchema = z
  .looseObject({
    profile: z.literal('tabular-data-resource').describe('Every resource of a Tabular Data Package is a Tabular Data Resource.'),
    name: z.string().regex(NAME_RE).describe('Resource name (lower case, digits, ".", "_", "-").'),
    path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('The file, relative to the descriptor.'),
    title: z.string().optional().describe('Human-readable title.'),
    description: z.string().optional().describe('What one row is.'),
    format: z.string().optional().describe('File format ("csv").'),
    mediatype: z.string().optional().describe('Media type ("text/csv").'),
    encoding: z.string().optional().describe('Character encoding ("utf-8").'),
    bytes: z.number().int().nonnegative().optional().describe('Size of the file in bytes.'),
    hash: z.string().regex(/^([a-z0-9]+:)?[0-9a-f]+$/).optional().describe('Hash of the file: hex MD5, or "<algorithm>:<hex>" ("sha256:…").'),
    dialect: CsvDialectSchema.optional(),
    schema: TableSchemaSchema,
    licenses: z.array(LicenseSchema).min(1).optional().describe('Licences of this resource, when they differ from the package\'s.'),
    sources: z.array(SourceSchema).optional().describe('Sources of this resource.'),
  })
  .describe('A Tabular Data Resource: one CSV file with its Table Schema.');

/** What lgsco adds: the parser version, the period the data covers and how many decisions it holds. */
export const LgscoPackageMetaSchema = z
  .looseObject({
    parserVersion: z.string().describe('Version of the lgsco parser that wrote the package.'),
    decisions: z.number().int().nonnegative().describe('Number of decisions (rows of decisions.csv).'),
    coverage: z
      .looseObject({
        from: z.iso.date().nullable().describe('First day covered, YYYY-MM-DD; null when unknown.'),
        to: z.iso.date().nullable().describe('Last day covered, YYYY-MM-DD; null when unknown.'),
        basis: z
          .enum(['crawl', 'decision dates'])
          .describe('crawl: the range of completed crawl windows (search dates); decision dates: the earliest and latest decision date stored (no crawl recorded).'),
      })
      .describe('The period the data covers.'),
    sample: z
      .looseObject({
        invented: z.number().int().nonnegative().describe('Decisions read from invented files of the sample (invented bodies, references 00 NNN NNN).'),
        real: z.number().int().nonnegative().describe('Decisions read from real decisions copied into the sample.'),
        notice: z.string().describe('What the title and description say about it.'),
      })
      .optional()
      .describe("Present when the data holds decisions of lgsco's bundled demo sample (data/sample): demo data, not for publication."),
  })
  .describe('lgsco provenance of the package.');

/** A Frictionless Tabular Data Package descriptor (datapackage.json). */
export const DataPackageSchema = z
  .looseObject({
    profile: z.literal('tabular-data-package').describe('Frictionless profile: every resource is a CSV table with a Table Schema.'),
    name: z.string().regex(NAME_RE).describe('Package name (lower case, digits, ".", "_", "-").'),
    id: z.string().optional().describe('Globally unique identifier.'),
    title: z.string().optional().describe('Human-readable title.'),
    description: z.string().optional().describe('What the package holds.'),
    homepage: z.string().optional().describe('Home page of the package.'),
    version: z.string().optional().describe('Version of the package.'),
    created: z.iso.datetime({ offset: true }).optional().describe('When the package was written (RFC 3339).'),
    keywords: z.array(z.string()).optional().describe('Keywords.'),
    licenses: z.array(LicenseSchema).min(1).optional().describe('Licences and terms of re-use of the data.'),
    sources: z.array(SourceSchema).optional().describe('Where the data came from.'),
    resources: z.array(DataResourceSchema).min(1).describe('The CSV files.'),
    lgsco: LgscoPackageMetaSchema.optional(),
  })
  .describe('A Frictionless Tabular Data Package descriptor (datapackage.json) as written by lgsco export --datapackage.');

export type FieldType = (typeof FIELD_TYPES)[number];
export type DataPackageField = z.infer<typeof FieldSchema>;
export type TableSchema = z.infer<typeof TableSchemaSchema>;
export type DataResource = z.infer<typeof DataResourceSchema>;
export type DataPackage = z.infer<typeof DataPackageSchema>;
