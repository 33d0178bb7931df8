import type { Decision } from '../../schemas/decision.js';
import type { SampleKind } from '../sample.js';
import type { Credit } from '../store/queries.js';
import type { SampleNotices } from '../store/sample.js';
import type { DecisionSource } from '../store/sources.js';

/** A stored decision as `lgsco show` prints it. */
export interface StoredDecision {
  record: Decision;
  /** The files it was read from: this record's, a joined letter or page, a draft, earlier versions. */
  sources: DecisionSource[];
  /** How totals credit its money: one entry per body paid for (printed when more than one). */
  credits: Credit[];
  /** What it is to lgsco's bundled demo sample (an invented or a real decision), or null. */
  sampleKind: SampleKind | null;
}

/** The stored decisions of one reference or address (none when it is not stored). */
export interface DecisionLookup {
  decisions: StoredDecision[];
  sample: SampleNotices | null;
}
