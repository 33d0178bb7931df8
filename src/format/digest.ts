/**
 * `lgsco digest` as a journalist reads it (Markdown), loads it (CSV: one row per payment) or scripts it (JSON).
 * Pure functions of the entries src/store/digest.ts returns.
 */
import type { DigestEntry } from '../store/digest.js';
import { csvDocument } from './csv.js';
import { formatPounds } from './money.js';

export const DIGEST_FORMATS = ['md', 'csv', 'json'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** What the digest covers, for its heading. */
export interface DigestHeading {
  since: string;
  council?: string | null;
}

/** Markdown text with the characters that would start markup escaped, so a title or a quote is shown as written. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function moneyLine(e: DigestEntry): string {
  if (e.payments.length === 0) return 'No payment with a stated amount.';
  const total = `${formatPounds(e.totalPence)} in ${e.payments.length} payment${e.payments.length === 1 ? '' : 's'}`;
  if (e.stage === 'draft') return `${total}, proposed in a draft decision (not counted in totals).`;
  return e.countsMoney ? `${total}.` : `${total} (already counted under another reference).`;
}

/** The digest as Markdown: one section per decision, its payments (with the sentence each was read from) and actions as a list. */
export function digestMarkdown(entries: readonly DigestEntry[], heading: DigestHeading): string {
  const scope = heading.council ? ` naming ${md(heading.council)}` : '';
  const lines = [`# Decisions first seen since ${heading.since}${scope}`, ''];
  lines.push(entries.length === 0 ? 'None.' : `${entries.length} decision${entries.length === 1 ? '' : 's'}, newest first.`, '');
  for (const e of entries) {
    lines.push(`## ${md(e.title)}`, '');
    const facts = [
      e.decisionDate ? `decided ${e.decisionDate}` : 'decision date not stated',
      e.outcome ? md(e.outcome) : null,
      e.category ? md(e.category) : null,
      e.stage === 'draft' ? 'draft' : null,
      `first seen ${e.firstSeen.slice(0, 10)}`,
    ].filter(Boolean);
    lines.push(`${facts.join(' · ')}${e.url ? `  \n<${e.url}>` : ''}`, '');
    lines.push(moneyLine(e), '');
    for (const p of e.payments) {
      const who = p.payee ? ` to ${md(p.payee)}` : '';
      const check = p.confidence === 'check' ? ' — to check' : '';
      lines.push(`- ${formatPounds(p.amountPence)}${who} (${p.status}${check}): “${md(p.quote)}”`);
    }
    // A payment action is the money listed above.
    const actions = e.actions.filter((a) => a.kind !== 'payment');
    for (const a of actions) lines.push(`- Action (${a.kind.replace(/_/g, ' ')}): ${md(a.text)}`);
    if (e.payments.length || actions.length) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = [
  'first_seen', 'case_ref', 'title', 'organisations', 'decision_date', 'outcome', 'category', 'stage', 'url', 'total_pence',
  'counts_money', 'payment_position', 'amount_pence', 'status', 'payee', 'payer', 'purpose', 'confidence', 'quote',
] as const;

/** The digest as CSV: one row per payment (a decision without one has a row with empty payment cells). */
export function digestCsv(entries: readonly DigestEntry[]): string {
  const rows = entries.flatMap((e) => {
    const head = {
      first_seen: e.firstSeen, case_ref: e.caseRef, title: e.title, organisations: e.organisations.join('; '), decision_date: e.decisionDate,
      outcome: e.outcome, category: e.category, stage: e.stage, url: e.url, total_pence: e.totalPence, counts_money: e.countsMoney ? 1 : 0,
    };
    if (e.payments.length === 0) return [head];
    return e.payments.map((p, i) => ({
      ...head, payment_position: i, amount_pence: p.amountPence, status: p.status, payee: p.payee, payer: p.payer, purpose: p.purpose,
      confidence: p.confidence, quote: p.quote,
    }));
  });
  return csvDocument(CSV_COLUMNS, rows);
}

/** The digest as JSON: what it covers and the decisions, each with its payments. */
export function digestJson(entries: readonly DigestEntry[], heading: DigestHeading): string {
  return `${JSON.stringify({ since: heading.since, council: heading.council ?? null, decisions: entries }, null, 2)}\n`;
}

/** The digest in one of its formats. */
export function renderDigest(entries: readonly DigestEntry[], heading: DigestHeading, format: DigestFormat): string {
  if (format === 'csv') return digestCsv(entries);
  if (format === 'json') return digestJson(entries, heading);
  return digestMarkdown(entries, heading);
}
