import type { Decision } from '../../schemas/decision.js';
import type { Stage } from '../../schemas/enums.js';
import { normaliseCaseRef } from '../extract/case-ref.js';
import { canonicaliseUrl } from '../extract/url.js';
import type { Db } from './db.js';

export { councilMatch, filterClause } from './filters.js';
export { DEFAULT_MIN_DECISIONS, defaultSort, queryTotals, queryTotalsAll, TOTALS_BY, TOTALS_SORTS, type TotalsBy, type TotalsOptions, type TotalsRow, type TotalsSort } from './totals.js';

export interface SearchHit {
  caseRef: string;
  organisation: string | null;
  decisionDate: string | null;
  url: string | null;
  /** The remedy total; 0 for a draft (its remedies are proposals, never counted). */
  totalPence: number;
  stage: Stage;
  rank: number;
  snippet: string;
}

/** Turn what a user types into an FTS5 query: words and "quoted phrases", all required, no operator surprises. */
export function toFtsQuery(text: string): string {
  const parts: string[] = [];
  for (const m of text.matchAll(/"([^"]+)"|(\S+)/g)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/"/g, '').trim();
    const words = raw.split(/[^\p{L}\p{N}£']+/u).filter(Boolean);
    if (words.length) parts.push(`"${words.join(' ')}"`);
  }
  return parts.join(' ');
}

/** The first paragraph that holds a query word, cut around it with the words marked «like this». */
function makeSnippet(paragraphs: string[], words: string[], width = 180): string {
  const re = new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\w*`, 'i');
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (!m) continue;
    const start = Math.max(0, m.index - Math.floor(width / 3));
    let cut = p.slice(start, start + width).replace(/\s+/g, ' ');
    cut = cut.replace(new RegExp(re.source, 'gi'), (w) => `«${w}»`);
    return `${start > 0 ? '…' : ''}${cut.trim()}${start + width < p.length ? '…' : ''}`;
  }
  return (paragraphs[0] ?? '').slice(0, width).replace(/\s+/g, ' ');
}

/** Matches ranked at most: a query matching more ranks the most recently stored this many (see searchDecisions). */
export const SEARCH_CANDIDATES = 10_000;

/** Full-text search over title, summary and body, ranked by bm25 (title and summary weigh more), with snippets. */
export function searchDecisions(db: Db, text: string, options: { limit?: number; candidates?: number } = {}): SearchHit[] {
  const query = toFtsQuery(text);
  if (!query) return [];
  // A word in nearly every decision ("council") would have bm25 score every one of them, a cost that grows with the
  // archive: past SEARCH_CANDIDATES matches, only the most recently stored SEARCH_CANDIDATES are ranked. Finding that
  // bound walks the index by rowid without scoring, which stays cheap.
  const bound = db
    .prepare('SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .get(query, (options.candidates ?? SEARCH_CANDIDATES) - 1) as { rowid: number } | undefined;
  const rows = db
    .prepare(
      // Rank inside the index first and join only the best rows: joining every match before sorting is what costs.
      `SELECT d.id, d.case_ref AS caseRef, d.org_name AS organisation, d.decision_date AS decisionDate, d.url,
         CASE WHEN d.stage = 'final' THEN d.total_pence ELSE 0 END AS totalPence, d.stage, hits.rank
       FROM (SELECT rowid, bm25(decisions_fts, 5.0, 2.0, 1.0) AS rank FROM decisions_fts WHERE decisions_fts MATCH ? AND rowid >= ?
             ORDER BY rank LIMIT ?) hits
       JOIN decisions d ON d.id = hits.rowid
       ORDER BY hits.rank`,
    )
    .all(query, bound?.rowid ?? 0, options.limit ?? 20) as (Omit<SearchHit, 'snippet'> & { id: number })[];
  const words = [...query.matchAll(/"([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
  const paras = db.prepare('SELECT text FROM paragraphs WHERE decision_id = ? ORDER BY position');
  const summary = db.prepare('SELECT json_extract(record, \'$.summary\') AS s FROM decision_records WHERE decision_id = ?');
  return rows.map(({ id, ...hit }) => {
    const texts = [(summary.get(id) as { s: string | null } | undefined)?.s ?? '', ...(paras.all(id) as { text: string }[]).map((r) => r.text)].filter(Boolean);
    return { ...hit, snippet: makeSnippet(texts, words) };
  });
}

/** Ids of the decisions with this reference (oldest first) or address. */
export function findDecisionIds(db: Db, refOrUrl: string): number[] {
  const url = canonicaliseUrl(refOrUrl);
  const ref = normaliseCaseRef(refOrUrl);
  const ids = url
    ? (db.prepare('SELECT id FROM decisions WHERE url = ?').all(url) as { id: number }[])
    : ref
      ? (db.prepare('SELECT id FROM decisions WHERE case_ref = ? ORDER BY decision_date, id').all(ref) as { id: number }[])
      : [];
  return ids.map((r) => r.id);
}

/** Rebuild full records (with the body) for the decisions with this reference or address. */
export function findDecisions(db: Db, refOrUrl: string): Decision[] {
  return findDecisionIds(db, refOrUrl).map((id) => loadRecord(db, id));
}

/** One stored record with its sections rebuilt from the paragraphs table. */
export function loadRecord(db: Db, id: number): Decision {
  const { record } = db.prepare('SELECT record FROM decision_records WHERE decision_id = ?').get(id) as { record: string };
  const rows = db.prepare('SELECT section_index, heading, n, text FROM paragraphs WHERE decision_id = ? ORDER BY position').all(id) as {
    section_index: number;
    heading: string | null;
    n: number | null;
    text: string;
  }[];
  const sections: Decision['sections'] = [];
  let current = -1;
  for (const r of rows) {
    if (r.section_index !== current) {
      sections.push({ heading: r.heading, paragraphs: [] });
      current = r.section_index;
    }
    sections[sections.length - 1]!.paragraphs.push({ n: r.n, text: r.text });
  }
  const head = JSON.parse(record) as Omit<Decision, 'sections'>;
  // A record stored before payments carried a confidence has none: certain, as its payments rows are (migration 8).
  if (head.remedy.payments.some((p) => p.confidence === undefined)) {
    head.remedy.payments = head.remedy.payments.map((p) => ({ ...p, confidence: p.confidence ?? 'certain', checkReason: p.checkReason ?? null }));
  }
  return { ...head, sections };
}

/** Columns of the decisions CSV, in order. */
export const DECISION_COLUMNS = [
  'case_ref', 'url', 'organisation', 'authority_code', 'gss_code', 'category', 'subcategory', 'outcome', 'decision_date',
  'document_type', 'stage', 'fault_found', 'total_pence', 'recommended_pence', 'waived_pence', 'payment_count', 'counts_money', 'summary',
] as const;

/** One row per decision for export, streamed. */
export function* iterateDecisionRows(db: Db): Generator<Record<(typeof DECISION_COLUMNS)[number], unknown>> {
  yield* db
    .prepare(
      `SELECT d.case_ref, d.url, d.org_name AS organisation, d.authority_code, a.gss_code, d.category, d.subcategory, d.outcome,
         d.decision_date, d.document_type, d.stage, d.fault_found, d.total_pence, d.recommended_pence, d.waived_pence, d.payment_count,
         d.counts_money, json_extract(r.record, '$.summary') AS summary
       FROM decisions d JOIN decision_records r ON r.decision_id = d.id LEFT JOIN authorities a ON a.code = d.authority_code
       ORDER BY d.decision_date, d.case_ref, d.id`,
    )
    .iterate() as Generator<Record<(typeof DECISION_COLUMNS)[number], unknown>>;
}

/** Columns of the payments CSV. */
export const PAYMENT_COLUMNS = [
  'case_ref', 'url', 'organisation', 'authority_code', 'decision_date', 'counts_money', 'amount_pence', 'status', 'payee', 'payer',
  'credited_name', 'credited_authority_code', 'purpose', 'purpose_text', 'confidence', 'check_reason', 'section', 'paragraph', 'quote',
] as const;

/** One row per payment, with its decision and evidence, streamed. */
export function* iteratePaymentRows(db: Db): Generator<Record<(typeof PAYMENT_COLUMNS)[number], unknown>> {
  yield* db
    .prepare(
      `SELECT d.case_ref, d.url, d.org_name AS organisation, d.authority_code, d.decision_date, d.counts_money, p.amount_pence, p.status,
         p.payee, p.payer, p.credited_name, p.credited_authority_code, p.purpose, p.purpose_text, p.confidence, p.check_reason,
         p.section, p.paragraph, p.quote
       FROM payments p JOIN decisions d ON d.id = p.decision_id ORDER BY d.decision_date, d.case_ref, d.id, p.position`,
    )
    .iterate() as Generator<Record<(typeof PAYMENT_COLUMNS)[number], unknown>>;
}

/** Every stored decision id, for export as JSON Lines. */
export function* iterateDecisionIds(db: Db): Generator<number> {
  for (const r of db.prepare('SELECT id FROM decisions ORDER BY decision_date, case_ref, id').iterate() as Iterable<{ id: number }>) yield r.id;
}

/** One body's share of a decision's money. */
export interface Credit {
  /** The body as totals name it (the authority's official name, else the name the decision gives). */
  name: string;
  pence: number;
}

/** How a stored decision's money is credited, body by body, in the order the payments come (`lgsco show`). */
export function creditsOf(db: Db, decisionId: number): Credit[] {
  return db
    .prepare(
      `SELECT coalesce(a.official_name, min(p.credited_name), '(no organisation)') AS name, sum(p.amount_pence) AS pence
       FROM payments p LEFT JOIN authorities a ON a.code = p.credited_authority_code
       WHERE p.decision_id = ?
       GROUP BY p.credited_authority_code, CASE WHEN p.credited_authority_code IS NULL THEN p.credited_name END
       ORDER BY min(p.position)`,
    )
    .all(decisionId) as Credit[];
}
