/**
 * The datapackage.json of `lgsco export --datapackage`: package metadata (licences and sources with the attribution
 * the data's terms ask for, coverage, parser version) and one Tabular Data Resource per CSV written.
 */
import { DataPackageSchema, type DataPackage, type DataResource } from '../../schemas/datapackage.js';
import type { PackageCoverage } from '../store/datapackage.js';
import { sampleNotice, type SampleStatus } from '../sample.js';
import { PARSER_VERSION } from '../version.js';
import { fieldsOf, type ResourceSpec } from './columns.js';

/** Name of the descriptor file. */
export const DESCRIPTOR_FILE = 'datapackage.json';

/** LGSCO's terms, and mySociety's lookup (behind authority_code and gss_code); see README "Re-use" and data/authorities/SOURCE.md. */
export const PACKAGE_LICENSES: DataPackage['licenses'] = [
  {
    path: 'https://www.lgo.org.uk/copyright',
    title:
      'Local Government and Social Care Ombudsman copyright and re-use terms: free re-use with attribution ("Local Government and Social Care Ombudsman", with a link to the decision page), accurate reproduction, not for advertising',
  },
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0, for the local authority codes (authority_code, gss_code): contains data from mySociety',
  },
];

// Keep the version and commit in step with data/authorities/SOURCE.md (a test compares them).
export const PACKAGE_SOURCES: DataPackage['sources'] = [
  { title: 'Local Government and Social Care Ombudsman decisions', path: 'https://www.lgo.org.uk/decisions' },
  {
    title: 'mySociety, UK Local Authority Names and Codes Lookup, data package uk_la_past_current v1.6.1 (commit 67ef8b1), CC-BY-4.0',
    path: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
  },
];

/** A CSV as written: its spec, file name, size and hash. */
export interface WrittenResource {
  spec: ResourceSpec;
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
}

/** The Tabular Data Resource of a written CSV. */
function resourceOf(r: WrittenResource): DataResource {
  const { spec } = r;
  return {
    profile: 'tabular-data-resource',
    name: spec.name,
    path: r.path,
    title: spec.title,
    description: spec.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: r.bytes,
    hash: `sha256:${r.sha256}`,
    // What src/format/csv.ts writes: RFC 4180 quoting, LF line ends, a header line; empty is missing.
    dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: fieldsOf(spec),
      missingValues: [''],
      primaryKey: spec.primaryKey,
      ...(spec.referencesDecision
        ? { foreignKeys: [{ fields: 'decision_key', reference: { resource: 'decisions', fields: 'decision_key' } }] }
        : {}),
    },
  };
}

/**
 * The whole descriptor, checked against DataPackageSchema (a failure here is a bug in lgsco, not in the data). `sample`:
 * how much of the database is lgsco's bundled demo sample (src/store/sample.ts): a package holding any says so first
 * in its title and description, and counts it under lgsco.sample.
 */
export function buildDescriptor(written: readonly WrittenResource[], coverage: PackageCoverage, created: Date = new Date(), sample: SampleStatus | null = null): DataPackage {
  const decisions = written.find((r) => r.spec.name === 'decisions')?.rows ?? 0;
  const notice = sampleNotice(sample);
  const short = sampleNotice(sample, { short: true });
  const basis = coverage.basis === 'crawl' ? 'the search dates of the completed crawl' : 'the earliest and latest decision dates stored';
  const period = coverage.from && coverage.to ? `${coverage.from} to ${coverage.to} (${basis})` : 'no dated decisions';
  return DataPackageSchema.parse({
    profile: 'tabular-data-package',
    name: 'lgsco-decisions',
    title: `Local Government and Social Care Ombudsman decisions${short ? ` — ${short}` : ''}`,
    description:
      (notice ? `${notice} ` : '') +
      `Decisions of England's Local Government and Social Care Ombudsman as tables: ${decisions} decisions, with their remedy ` +
      `payments (in whole pence, *_pence, and in pounds as exact decimals, *_pounds), remedy actions and findings of fault, each value with the sentence it was read from. ` +
      `Period: ${period}. Rows of payments, actions and faults refer to decisions by decision_key. ` +
      'Sum money only over decisions whose counts_money is true: a report published under several references is counted once, ' +
      'and a draft decision (stage draft), whose remedies are proposals, never. ' +
      'Credit "Local Government and Social Care Ombudsman" and link to the decision page (url) when you publish anything built from the data; ' +
      'decisions are about members of the public who are not named: do not try to identify them. ' +
      "So that no cell runs as a spreadsheet formula, a text cell that starts with =, +, -, @, a tab or a carriage return is written with a ' in front (OWASP's CSV injection rule; one that starts with ' before one of them gets one more, so dropping one leading ' gives the text back); numbers are written as they are. Written by lgsco.",
    // lgsco's version (it is the parser version): the files' layout and meaning follow it; `created` and coverage date the data.
    version: PARSER_VERSION,
    created: created.toISOString(),
    keywords: ['ombudsman', 'local government', 'social care', 'complaints', 'remedies', 'England'],
    licenses: PACKAGE_LICENSES,
    sources: PACKAGE_SOURCES,
    resources: written.map(resourceOf),
    lgsco: { parserVersion: PARSER_VERSION, decisions, coverage, ...(notice && sample ? { sample: { invented: sample.invented, real: sample.real, notice } } : {}) },
  });
}
