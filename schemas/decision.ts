import { z } from 'zod';
import { DocumentTypeSchema, OutcomeSchema, StageSchema } from './enums.js';
import { FaultSchema, RemedySchema } from './remedy.js';

/** LGSCO case reference as printed: "22 001 239", joint PHSO cases keep their letter ("00 011 207a"). */
export const CASE_REF_RE = /^\d{2} \d{3} \d{3}[a-z]?$/;
/** Canonical decision page address. */
export const CANONICAL_URL_RE = /^https:\/\/www\.lgo\.org\.uk\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/\d{2}-\d{3}-\d{3}[a-z]?$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A body the decision is about, with its canonical local authority where it is one. */
export const OrganisationSchema = z
  .object({
    name: z.string().min(1).describe('Name exactly as the decision title gives it.'),
    authorityCode: z
      .string()
      .nullable()
      .describe('mySociety local authority code when the body is a local authority; null for other bodies or when unknown.'),
    gssCode: z.string().nullable().describe('ONS GSS code of the local authority; null for other bodies or when unknown.'),
  })
  .describe('An organisation complained about.');

/** A numbered (or unnumbered) paragraph of the decision body. */
export const ParagraphSchema = z
  .object({
    n: z.number().int().positive().nullable().describe('Paragraph number as published; null for unnumbered paragraphs.'),
    text: z.string().describe('Paragraph text; sub-list items follow on new lines.'),
  })
  .describe('A paragraph of the decision body.');

/** A headed section of the decision body. */
export const SectionSchema = z
  .object({
    heading: z.string().nullable().describe('Section heading as printed ("The complaint", "Agreed action"); null for text before the first heading.'),
    paragraphs: z.array(ParagraphSchema).describe('The section\'s paragraphs in order.'),
  })
  .describe('A section of the decision body.');

/** One LGSCO decision as a typed, validated record. */
export const DecisionSchema = z
  .object({
    caseRef: z.string().regex(CASE_REF_RE).describe('Case reference as LGSCO prints it ("22 001 239"; joint cases keep the letter: "00 011 207a").'),
    url: z
      .string()
      .regex(CANONICAL_URL_RE)
      .nullable()
      .describe('Canonical page address https://www.lgo.org.uk/decisions/<category>/<subcategory>/<ref>; null when unknown.'),
    title: z.string().nullable().describe('The title line as printed ("Kent County Council (24 004 875)").'),
    organisations: z.array(OrganisationSchema).describe('Bodies complained about, in title order; empty when the page names none.'),
    category: z.string().nullable().describe('Top-level category label as the site shows it ("Children\'s care services").'),
    subcategory: z.string().nullable().describe('Subcategory label as the site shows it ("COVID-19").'),
    categorySlug: z.string().nullable().describe('Category slug as in the page address ("children-s-care-services").'),
    subcategorySlug: z.string().nullable().describe('Subcategory slug as in the page address ("other").'),
    outcome: OutcomeSchema.nullable().describe('The decision as a code; null when the page does not state it.'),
    outcomeLabel: z.string().nullable().describe('The decision in the page\'s words ("Closed after initial enquiries").'),
    decisionDate: z.string().regex(ISO_DATE_RE).nullable().describe('Decision date YYYY-MM-DD from the page header; null when not stated.'),
    satisfiedDate: z
      .string()
      .regex(ISO_DATE_RE)
      .nullable()
      .describe('Older report summaries: the date the Ombudsman was satisfied with the body\'s response (not the decision date).'),
    documentType: DocumentTypeSchema,
    stage: StageSchema,
    summary: z.string().nullable().describe('The decision\'s Summary text.'),
    faultFound: z.boolean().nullable().describe('true: fault found; false: the decision rests on there being no fault; null: the text does not say.'),
    faults: z.array(FaultSchema).describe('Sentences that find fault, with evidence.'),
    remedy: RemedySchema,
    sections: z.array(SectionSchema).describe('The decision body, for search and evidence.'),
    sourceFormat: z.enum(['html', 'text', 'pdf']).describe('Format the record was read from.'),
    parserVersion: z.string().describe('Version of the lgsco parser that produced the record.'),
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the source bytes, hex.'),
  })
  .describe('One decision of the Local Government and Social Care Ombudsman.');

export type Organisation = z.infer<typeof OrganisationSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
