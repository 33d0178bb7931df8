import { readFileSync } from 'node:fs';
import type { Decision } from '../../schemas/decision.js';
import type { Remedy } from '../../schemas/remedy.js';
import { explainRemedy, type MoneyVerdict } from '../extract/explain.js';
import { parseDecision } from '../parse.js';

/** A decision with every amount of money in it and its verdict (counted or not, why, the rule, the sentence). */
export interface ExplainedDecision {
  record: Decision;
  verdicts: MoneyVerdict[];
  /** The remedy this version of lgsco reads from the decision's text now. */
  remedy: Omit<Remedy, 'actions'>;
}

/** Explain a decision's money by this version of lgsco, from its text. */
export function explainRecord(record: Decision): ExplainedDecision {
  const { verdicts, remedy } = explainRemedy(record.sections, { outcome: record.outcome, organisations: record.organisations.map((o) => o.name) });
  return { record, verdicts, remedy };
}

/** Parse a decision file (HTML, text or PDF; `url`: its page address) and explain its money. */
export async function explainFile(path: string, options: { url?: string | null } = {}): Promise<ExplainedDecision> {
  return explainRecord(await parseDecision(readFileSync(path), { filename: path, url: options.url ?? null }));
}
