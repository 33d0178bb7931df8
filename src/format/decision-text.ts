import type { Decision } from '../../schemas/decision.js';
import { SAMPLE_LABEL, sampleDecisionNote, type SampleKind } from '../sample.js';
import type { Credit } from '../store/queries.js';
import type { DecisionSource, SourceRole } from '../store/sources.js';
import { formatPounds } from './money.js';

const where = (e: { section: string | null; paragraph: number | null }): string =>
  `${e.section ?? '(untitled)'}${e.paragraph !== null ? `, para ${e.paragraph}` : ''}`;

const SOURCE_ROLE: Record<SourceRole, string> = {
  current: 'read for this record',
  joined: 'the same decision in another form, joined with it',
  draft: 'the draft decision, kept in decision_history',
  earlier: 'an earlier version, kept in decision_history',
};

/**
 * A decision as a journalist reads it: header, money with its evidence, actions, faults; and its sources when given.
 * `credits` is how totals credit its money (creditsOf): printed when it goes to more than one body. `sample`: what it
 * is to lgsco's bundled demo sample when it was read from a sample file (an invented decision is headed so).
 */
export function formatDecision(d: Decision, sources: readonly DecisionSource[] = [], credits: readonly Credit[] = [], sample: SampleKind | null = null): string {
  const out: string[] = [];
  const draft = d.stage === 'draft';
  out.push(`${d.title ?? d.caseRef}`);
  out.push(`${'='.repeat(Math.min(80, (d.title ?? d.caseRef).length))}`);
  if (sample) out.push(`${SAMPLE_LABEL[sample]}: ${sampleDecisionNote(sample)}`);
  if (draft) {
    out.push('DRAFT decision: sent to the parties for comment, not the final decision. Its remedies are proposals and are');
    out.push('not counted (totals, payments exports and the data package leave them out).');
  }
  const org = d.organisations.map((o) => `${o.name}${o.authorityCode ? ` [${o.authorityCode}${o.gssCode ? ` ${o.gssCode}` : ''}]` : ''}`).join('; ');
  const rows: [string, string | null][] = [
    ['Reference', d.caseRef],
    ['Organisation', org || null],
    ['Category', [d.category, d.subcategory].filter(Boolean).join(' > ') || null],
    ['Decision', d.outcomeLabel],
    ['Decision date', d.decisionDate],
    ['Type', d.documentType],
    ['Stage', draft ? 'draft (not counted)' : 'final'],
    ['Fault found', d.faultFound === null ? 'not stated' : d.faultFound ? 'yes' : 'no'],
    ['Address', d.url],
  ];
  for (const [k, v] of rows) if (v) out.push(`${k.padEnd(14)} ${v}`);
  if (d.summary) out.push('', 'Summary', `  ${d.summary}`);
  const r = d.remedy;
  const toCheck = r.payments.filter((p) => p.confidence === 'check');
  const checkPence = toCheck.reduce((sum, p) => sum + p.amountPence, 0);
  const checkNote = toCheck.length ? `, ${formatPounds(checkPence)} of it to check (${toCheck.length} payment${toCheck.length === 1 ? '' : 's'} marked check)` : '';
  out.push('', `${draft ? 'Proposed remedy (draft, not counted)' : 'Remedy'}: ${formatPounds(r.totalPence)} in total, ${formatPounds(r.recommendedPence)} ${draft ? 'proposed' : 'recommended'}${r.waivedPence ? `, ${formatPounds(r.waivedPence)} waived` : ''}${checkNote}`);
  if (credits.length > 1) out.push(`Credited${draft ? ' (proposed, not counted)' : ''}: ${credits.map((c) => `${c.name} ${formatPounds(c.pence)}`).join('; ')}`);
  for (const p of r.payments) {
    const check = p.confidence === 'check' ? ` [check: ${p.checkReason ?? 'no reason given'}]` : '';
    out.push(`  ${formatPounds(p.amountPence).padStart(9)}  ${p.status.padEnd(11)} to ${p.payee ?? '—'}${p.payer ? ` by ${p.payer}` : ''} — ${p.purpose}${p.purposeText ? `: ${p.purposeText}` : ''}${check}`);
    out.push(`             “${p.evidence.quote}” (${where(p.evidence)})`);
  }
  for (const u of r.unquantified) out.push(`  (no amount)  ${u.text} (${where(u.evidence)})`);
  if (r.actions.length) {
    out.push('', 'Actions');
    for (const a of r.actions) out.push(`  - ${a.kind}${a.deadline ? ` (${a.deadline.text})` : ''}: ${a.text}`);
  }
  if (d.faults.length) {
    out.push('', 'Fault found');
    for (const f of d.faults) out.push(`  - “${f.text}” (${where(f.evidence)})`);
  }
  out.push('', `Parsed by lgsco ${d.parserVersion} from ${d.sourceFormat}, sha256 ${d.sourceSha256.slice(0, 12)}…`);
  if (sources.length) {
    out.push('', 'Sources');
    for (const s of sources) out.push(`  ${s.location}  (${SOURCE_ROLE[s.role]}; sha256 ${s.sha256.slice(0, 12)}…)`);
  }
  return `${out.join('\n')}\n`;
}

/** The decision text under `lgsco show --body`: each section's heading and its numbered paragraphs. */
export function formatBody(d: Decision): string {
  return `\n${d.sections.map((s) => `${s.heading ?? ''}\n${s.paragraphs.map((p) => `  ${p.n ? `${p.n}. ` : ''}${p.text}`).join('\n')}`).join('\n\n')}\n`;
}
