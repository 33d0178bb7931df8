import { z } from 'zod';
import {
  ActionKindSchema,
  ConfidenceSchema,
  DeadlineUnitSchema,
  PaymentPurposeSchema,
  PaymentStatusSchema,
} from './enums.js';

/** Where a value was found: section heading, paragraph number and the sentence itself. */
export const EvidenceSchema = z
  .object({
    section: z.string().nullable().describe('Heading of the section the sentence is in (null before the first heading).'),
    paragraph: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('Paragraph number as published (null for unnumbered paragraphs).'),
    quote: z.string().min(1).describe('The sentence the value was read from, verbatim.'),
  })
  .describe('Where a value comes from in the decision text, so it can be checked.');

/** One remedy payment with a stated amount. */
export const PaymentSchema = z
  .object({
    amountPence: z.number().int().nonnegative().describe('Amount in pence (integer).'),
    payee: z.string().nullable().describe('Who is to be paid, as named ("Miss X", "Mr and Mrs Y", "the estate").'),
    payer: z
      .string()
      .nullable()
      .describe('The body that pays, where the decision names one of several bodies; null when only one body is involved.'),
    purpose: PaymentPurposeSchema,
    purposeText: z.string().nullable().describe('What the payment is for, in the decision\'s words.'),
    status: PaymentStatusSchema,
    confidence: ConfidenceSchema,
    checkReason: z.string().nullable().describe('What to check, when confidence is "check" ("status read from the verb\'s tense"); null when certain.'),
    evidence: EvidenceSchema,
  })
  .describe('A remedy payment with a stated amount.');

/** A money remedy whose amount the decision does not state. */
export const UnquantifiedRemedySchema = z
  .object({
    text: z.string().describe('The remedy as worded ("pay her reasonable legal costs", "backdate its payments").'),
    payee: z.string().nullable().describe('Who benefits, where named.'),
    evidence: EvidenceSchema,
  })
  .describe('A money remedy with no stated amount; never given an invented value.');

/** How long the body has to act. */
export const DeadlineSchema = z
  .object({
    amount: z.number().int().positive().describe('How many units ("within four weeks" gives 4).'),
    unit: DeadlineUnitSchema,
    text: z.string().describe('The deadline as worded ("within one month of my final decision").'),
  })
  .describe('The time allowed for an action.');

/** A non-financial (or payment) action the body agreed or was recommended to take. */
export const ActionSchema = z
  .object({
    kind: ActionKindSchema,
    text: z.string().describe('The action as worded.'),
    deadline: DeadlineSchema.nullable().describe('Time allowed, when stated.'),
    evidence: EvidenceSchema,
  })
  .describe('An action the body agreed or was recommended to take.');

/** A sentence in which the Ombudsman finds fault. */
export const FaultSchema = z
  .object({
    text: z.string().describe('The finding of fault as worded.'),
    evidence: EvidenceSchema,
  })
  .describe('A finding of fault.');

/** Everything the decision says about putting things right. */
export const RemedySchema = z
  .object({
    payments: z.array(PaymentSchema).describe('Payments with stated amounts, each counted once (breakdowns give parts, not the whole).'),
    totalPence: z.number().int().nonnegative().describe('Sum of all payments (recommended and prior), in pence.'),
    recommendedPence: z
      .number()
      .int()
      .nonnegative()
      .describe('Sum of the payments with status "recommended", in pence.'),
    unquantified: z.array(UnquantifiedRemedySchema).describe('Money remedies with no stated amount.'),
    waivedPence: z
      .number()
      .int()
      .nonnegative()
      .describe('Debts, charges or fees waived or written off, in pence (not a payment; reported apart).'),
    actions: z.array(ActionSchema).describe('Actions agreed or recommended, with deadlines.'),
  })
  .describe('The remedy: payments, totals, unquantified money remedies, waivers and actions.');

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Payment = z.infer<typeof PaymentSchema>;
export type UnquantifiedRemedy = z.infer<typeof UnquantifiedRemedySchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Fault = z.infer<typeof FaultSchema>;
export type Remedy = z.infer<typeof RemedySchema>;
