// The shape of a guidance-wording case (guidance-wordings.test.ts): an INVENTED decision's Summary, findings and
// remedy section, and what the parser must read from it.
export type Status = 'recommended' | 'prior';
export type Want = readonly [pence: number, payee: string | RegExp, status: Status];

export interface Case {
  /** What the Summary says (the complainant is named here, as real summaries do). */
  summary: string;
  /** Paragraphs of "What I found" (background, guidance quoted, money already paid). */
  found?: readonly string[];
  /** Paragraphs of the remedy section; a paragraph's "\n- " lines are its bullet items. */
  remedy: readonly string[];
  /** Heading of the remedy section ("Agreed action" unless said). */
  heading?: string;
  /** The payments, in any order. */
  pay: readonly Want[];
  /** Amounts (pence) that appear in the text and must not be counted as a payment. */
  not?: readonly number[];
  /** Waived or written-off charges (pence), reported apart from payments. */
  waived?: number;
  /** At least this many money remedies with no amount. */
  unquantified?: number;
}

/** Shape → its forms. A case name is "shape: form". */
export type Shapes = Readonly<Record<string, Readonly<Record<string, Case>>>>;

export const X = 'Mrs X complained about the Council’s delay in arranging her mother’s care. We found fault.';
export const Y = 'Mr Y complained the Council did not deal properly with his reports. We found fault.';
export const EDU = 'Mrs X complained the Council did not secure the provision in her son Y’s Education, Health and Care plan. We found fault.';
export const ESTATE = 'Mrs X complained about the care the Council arranged for her late mother, Mrs Y. We found fault.';
