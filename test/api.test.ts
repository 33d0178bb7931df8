import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lgsco from '../src/index.js';
import { ROOT } from './helpers.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(lgsco).sort()).toMatchInlineSnapshot(`
      [
        "ActionKindSchema",
        "ActionSchema",
        "CANONICAL_URL_RE",
        "CASE_REF_RE",
        "ConfidenceSchema",
        "DEFAULT_MAX_BYTES",
        "Dataset",
        "DeadlineSchema",
        "DeadlineUnitSchema",
        "DecisionSchema",
        "DocumentTypeSchema",
        "EvidenceSchema",
        "FaultSchema",
        "FetchError",
        "LgscoError",
        "OrganisationSchema",
        "OutcomeSchema",
        "PARSER_VERSION",
        "ParagraphSchema",
        "ParseError",
        "PaymentPurposeSchema",
        "PaymentSchema",
        "PaymentStatusSchema",
        "RemedySchema",
        "SectionSchema",
        "StageSchema",
        "UnquantifiedRemedySchema",
        "UsageError",
        "VERDICTS",
        "canonicaliseUrl",
        "caseRefFromUrl",
        "explainFile",
        "explainRemedy",
        "extractCaseRef",
        "extractDecision",
        "lookupAuthority",
        "matchAuthority",
        "normaliseAuthorityName",
        "normaliseCaseRef",
        "openDataset",
        "parseDate",
        "parseDecision",
        "readDocument",
        "readHtml",
        "readPdf",
        "readText",
        "sniffFormat",
      ]
    `);
  });

  it('a Dataset (openDataset) has exactly these methods', () => {
    expect(Object.getOwnPropertyNames(lgsco.Dataset.prototype).filter((n) => n !== 'constructor').sort()).toEqual([
      'close', 'datasetteMetadata', 'decision', 'digest', 'explain', 'exportCsv', 'exportDataPackage', 'exportJsonl', 'exportParquet', 'import', 'sampleNotice', 'search', 'sql', 'totals',
    ]);
  });

  it('PARSER_VERSION follows package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(lgsco.PARSER_VERSION).toBe(pkg.version);
  });
});
