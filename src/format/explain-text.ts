import type { Decision } from '../../schemas/decision.js';
import type { MoneyVerdict } from '../extract/explain.js';
import { PARSER_VERSION } from '../version.js';
import { formatPounds } from './money.js';

const where = (v: MoneyVerdict): string => `${v.evidence.section ?? '(untitled)'}${v.evidence.paragraph !== null ? `, para ${v.evidence.paragraph}` : ''}`;

/** One decision's verdicts as text: a line per £ with its verdict and rule, and the sentence under it. */
export function formatVerdicts(d: Decision, verdicts: MoneyVerdict[], totalPence: number): string {
  const out: string[] = [`${d.title ?? d.caseRef}${d.stage === 'draft' ? ' — DRAFT (its money is never counted)' : ''}`];
  const counted = verdicts.filter((v) => v.counted).length;
  out.push(`${verdicts.length} amount${verdicts.length === 1 ? '' : 's'} of money, ${counted} counted: ${formatPounds(totalPence)} in total`);
  if (d.parserVersion !== PARSER_VERSION) out.push(`(stored by lgsco ${d.parserVersion}; explained by ${PARSER_VERSION}, which may read it differently: run lgsco reparse)`);
  for (const v of verdicts) {
    const amount = v.pence === null ? v.text : formatPounds(v.pence);
    const who = v.counted ? ` ${v.status}${v.payee ? ` to ${v.payee}` : ''}${v.check ? ` [check: ${v.check}]` : ''}` : '';
    out.push('', `${v.counted ? '+' : '-'} ${amount.padStart(10)}  ${v.reason}${who}`, `    rule: ${v.rule}`, `    “${v.evidence.quote}” (${where(v)})`);
  }
  return `${out.join('\n')}\n`;
}
