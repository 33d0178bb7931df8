import { z } from 'zod';

/** What the Ombudsman decided, as a stable code. */
export const OutcomeSchema = z
  .enum(['upheld', 'not_upheld', 'closed_after_initial_enquiries'])
  .describe(
    'The decision as a code: upheld (fault causing injustice, including partly upheld), not_upheld, or closed_after_initial_enquiries (not investigated).',
  );

/** Statement (the usual decision) or public interest report. */
export const DocumentTypeSchema = z
  .enum(['statement', 'report'])
  .describe('statement: an ordinary decision statement; report: a public interest report (often in chapters).');

/** Whether the decision is final or a draft sent to the parties for comment. */
export const StageSchema = z
  .enum(['final', 'draft'])
  .describe(
    'final: the Ombudsman\'s final decision (every published web page); draft: a draft decision sent to the parties for comment ("The Ombudsman\'s draft decision"), whose remedies are proposals and never counted.',
  );

/** What a remedy payment is for, normalised. */
export const PaymentPurposeSchema = z
  .enum(['distress', 'time_and_trouble', 'missed_provision', 'financial_loss', 'symbolic', 'other'])
  .describe(
    'What the payment is for: distress (incl. uncertainty, frustration, anxiety), time_and_trouble, missed_provision (lost service, education, care, support), financial_loss (reimbursement, refund, fees repaid, arrears, backdated benefit), symbolic, or other.',
  );

/** Whether a payment was read by a rule that settles it, or needs a person to check it. */
export const ConfidenceSchema = z
  .enum(['certain', 'check'])
  .describe(
    'certain: amount, status and payee each read from the payment\'s own sentence by a rule that settles them; check: something was inferred (a fallback to the body text, an amount stated in another sentence or worked out, a status read from the verb\'s tense, a payee not named in the sentence) — see checkReason.',
  );

/** Whether a payment is recommended now or was paid/offered before. */
export const PaymentStatusSchema = z
  .enum(['recommended', 'prior'])
  .describe(
    'recommended: the Ombudsman recommends it or the body agreed to pay it in response to this decision; prior: already paid or offered by the body and counted as part of the remedy.',
  );

/** The kind of a remedy action. */
export const ActionKindSchema = z
  .enum([
    'apology',
    'payment',
    'reassessment',
    'reconsider_decision',
    'review_procedures',
    'staff_training',
    'service_improvement',
    'provide_evidence',
    'other',
  ])
  .describe('The kind of action the body agreed or was recommended to take.');

/** Unit of an action deadline. */
export const DeadlineUnitSchema = z
  .enum(['day', 'working_day', 'week', 'month', 'year'])
  .describe('Unit of the deadline: day, working_day, week, month or year.');

export type Outcome = z.infer<typeof OutcomeSchema>;
export type DocumentType = z.infer<typeof DocumentTypeSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type PaymentPurpose = z.infer<typeof PaymentPurposeSchema>;
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type ActionKind = z.infer<typeof ActionKindSchema>;
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;
