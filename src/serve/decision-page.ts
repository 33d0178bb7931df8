import type { Decision } from '../../schemas/decision.js';
import type { Evidence } from '../../schemas/remedy.js';
import { sampleDecisionNote, type SampleKind } from '../sample.js';
import { html, trusted, type Safe } from './html.js';
import { CHECK_TITLE, csvDownload, layout, pounds } from './pages.js';

/** A piece of evidence to highlight: which list it belongs to and its anchor id. */
interface Mark {
  id: string;
  kind: 'payment' | 'action' | 'fault' | 'unquantified';
  evidence: Evidence;
}

function marksOf(d: Decision, prefix: string): Mark[] {
  return [
    ...d.remedy.payments.map((p, i) => ({ id: `${prefix}pay-${i + 1}`, kind: 'payment' as const, evidence: p.evidence })),
    ...d.remedy.unquantified.map((u, i) => ({ id: `${prefix}unq-${i + 1}`, kind: 'unquantified' as const, evidence: u.evidence })),
    ...d.remedy.actions.map((a, i) => ({ id: `${prefix}act-${i + 1}`, kind: 'action' as const, evidence: a.evidence })),
    ...d.faults.map((f, i) => ({ id: `${prefix}fault-${i + 1}`, kind: 'fault' as const, evidence: f.evidence })),
  ];
}

/**
 * A paragraph with its evidence sentences wrapped in <mark> (escaped text around them). A sentence is marked where it
 * occurs in the paragraph its evidence names; overlapping sentences keep the first.
 */
function paragraphHtml(text: string, heading: string | null, n: number | null, marks: Mark[], placed: Map<string, string>): Safe {
  const ranges: { start: number; end: number; mark: Mark }[] = [];
  for (const m of marks) {
    if (placed.has(m.id)) continue;
    if (m.evidence.paragraph !== n || (m.evidence.section ?? null) !== heading) continue;
    const start = text.indexOf(m.evidence.quote);
    if (start < 0) continue;
    ranges.push({ start, end: start + m.evidence.quote.length, mark: m });
  }
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let last: { start: number; end: number; id: string } | null = null;
  for (const r of ranges) {
    // The same sentence holds several values (a breakdown of payments): they all point at one mark.
    if (last && r.start === last.start && r.end === last.end) placed.set(r.mark.id, last.id);
    if (r.start < at) continue;
    placed.set(r.mark.id, r.mark.id);
    last = { start: r.start, end: r.end, id: r.mark.id };
    out += html`${text.slice(at, r.start)}<mark class="evidence ${r.mark.kind}" id="${r.mark.id}">${text.slice(r.start, r.end)}</mark>`.value;
    at = r.end;
  }
  out += html`${text.slice(at)}`.value;
  return trusted(out);
}

/** "Agreed action, ¶50", linked to the marked sentence when it was found in the text. */
function whereLink(e: Evidence, id: string, placed: Map<string, string>): Safe {
  const label = html`${e.section ?? 'text'}${e.paragraph ? html`, ¶${e.paragraph}` : ''}`;
  const target = placed.get(id);
  return target ? html`<a href="#${target}">${label}</a>` : label;
}

function oneDecision(d: Decision, prefix: string, sample: SampleKind | null): Safe {
  const draft = d.stage === 'draft';
  const marks = marksOf(d, prefix);
  const placed = new Map<string, string>();
  const where = (e: Evidence, id: string): Safe => whereLink(e, id, placed);
  const body = d.sections.map(
    (s) => html`<section>${s.heading ? html`<h3>${s.heading}</h3>` : ''}${s.paragraphs.map(
      (p) => html`<p>${p.n ? html`<span class="pn">${p.n}.</span> ` : ''}${paragraphHtml(p.text, s.heading, p.n, marks, placed)}</p>`,
    )}</section>`,
  );
  // A payment to check is marked, with its reason; a certain one says so.
  const pay = d.remedy.payments.map((p, i) =>
    html`<tr${p.confidence === 'check' ? trusted(' class="to-check"') : ''}><td class="num">${pounds(p.amountPence)}</td><td>${p.payee ?? '—'}</td><td>${p.purposeText ?? p.purpose}</td><td>${p.status === 'prior' ? 'paid or offered before' : 'recommended'}</td><td>${
      p.confidence === 'check' ? html`<span class="check" title="${CHECK_TITLE}">To check</span>: ${p.checkReason ?? 'no reason given'}` : 'certain'
    }</td><td>${where(p.evidence, `${prefix}pay-${i + 1}`)}</td></tr>`,
  );
  const checkPence = d.remedy.payments.reduce((sum, p) => sum + (p.confidence === 'check' ? p.amountPence : 0), 0);
  const actions = d.remedy.actions.map(
    (a, i) => html`<li><strong>${a.kind.replace(/_/g, ' ')}</strong>: ${a.text}${a.deadline ? html` <em>(${a.deadline.text})</em>` : ''} — ${where(a.evidence, `${prefix}act-${i + 1}`)}</li>`,
  );
  const unquantified = d.remedy.unquantified.map((u, i) => html`<li>${u.text} — ${where(u.evidence, `${prefix}unq-${i + 1}`)}</li>`);
  const faults = d.faults.map((f, i) => html`<li>${f.text} — ${where(f.evidence, `${prefix}fault-${i + 1}`)}</li>`);
  const fields: [string, Safe | string][] = [
    ['Organisation', d.organisations.map((o) => o.name).join('; ') || '—'],
    ['Category', [d.category, d.subcategory].filter(Boolean).join(' › ') || '—'],
    ['Decision', d.outcomeLabel ?? '—'],
    ['Decision date', d.decisionDate ?? '—'],
    ['Type', d.documentType],
    ['Stage', draft ? 'Draft (not counted)' : 'Final'],
    [
      draft ? 'Proposed remedy' : 'Remedy total',
      html`${pounds(d.remedy.totalPence)} (${pounds(d.remedy.recommendedPence)} ${draft ? 'proposed' : 'recommended now'})${
        checkPence ? html`<br><span class="check" id="${prefix}remedy-check" title="${CHECK_TITLE}">${pounds(checkPence)} of it to check</span>` : ''
      }`,
    ],
    ...(d.remedy.waivedPence ? ([['Waived', pounds(d.remedy.waivedPence)]] as [string, string][]) : []),
    ['Fault found', d.faultFound === null ? 'not stated' : d.faultFound ? 'yes' : 'no'],
  ];
  return html`<article class="decision">
<h1>${d.title ?? d.caseRef}${draft ? html` <span class="badge draft">Draft decision</span>` : ''}</h1>
${sample ? html`<p class="sample-note" id="${prefix}sample-note"><strong>${sample === 'invented' ? 'Invented decision:' : 'Real decision in the demo sample:'}</strong> ${sampleDecisionNote(sample)}</p>` : ''}
${draft ? html`<p class="draft-note" id="draft-note"><strong>Draft decision.</strong> The Ombudsman sent this draft to the parties for comment: it is not the final decision. Its remedies are proposals, and no figure in this explorer counts them.</p>` : ''}
${d.url ? html`<p><a class="source" href="${d.url}" rel="noopener noreferrer">Read it on the LGSCO website</a></p>` : ''}
<dl class="fields">${fields.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
${d.summary ? html`<p class="summary">${d.summary}</p>` : ''}
<h2>${draft ? 'Proposed payments (draft: not counted)' : 'Payments'}</h2>
${pay.length ? html`<table class="payments"><thead><tr><th class="num" scope="col">Amount</th><th scope="col">To</th><th scope="col">For</th><th scope="col">Status</th><th scope="col">Confidence</th><th scope="col">Evidence</th></tr></thead><tbody>${pay}</tbody></table>
<p class="download">${csvDownload(`/decision/${d.caseRef.replace(/ /g, '-')}/payments.csv`, 'Download payments as CSV')}</p>` : html`<p>No payment with a stated amount.</p>`}
${unquantified.length ? html`<h2>Money remedies with no amount</h2><ul>${unquantified}</ul>` : ''}
${actions.length ? html`<h2>Actions</h2><ul>${actions}</ul>` : ''}
${faults.length ? html`<h2>Fault found</h2><ul>${faults}</ul>` : ''}
<h2>The decision</h2>
<div class="text">${body}</div></article>`;
}

/** One decision (or several published under one reference): fields, payments, actions, and the text with evidence marked. */
export function decisionPage(ref: string, records: Decision[], samples: readonly (SampleKind | null)[] = []): string {
  return layout(ref, '', html`${records.map((d, i) => oneDecision(d, records.length > 1 ? `d${i + 1}-` : '', samples[i] ?? null))}`);
}
