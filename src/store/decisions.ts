import { createHash } from 'node:crypto';
import type { Decision } from '../../schemas/decision.js';
import { DecisionSchema } from '../../schemas/decision.js';
import type { Db } from './db.js';

/** What storing one record did. */
export type UpsertStatus = 'imported' | 'updated' | 'unchanged';

/** Hash of the decision body (sections only): the same report published under several refs has the same hash. */
export function bodyHash(record: Pick<Decision, 'sections'>): string {
  const h = createHash('sha256');
  for (const s of record.sections) {
    h.update(`#${s.heading ?? ''}\n`);
    for (const p of s.paragraphs) h.update(`${p.text.replace(/\s+/g, ' ').trim()}\n`);
  }
  return h.digest('hex');
}

/** The natural key: the canonical URL, else the case reference. */
export function decisionKey(record: Pick<Decision, 'url' | 'caseRef'>): string {
  return record.url ?? `ref:${record.caseRef}`;
}

/** Prepared statements for storing records; create once per database and reuse across a batch. */
export class DecisionWriter {
  private readonly st;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      byKey: p('SELECT id, source_sha256, parser_version, body_sha256 FROM decisions WHERE key = ?'),
      insert: p(`INSERT INTO decisions (key, url, case_ref, org_name, authority_code, category, subcategory, category_slug,
        subcategory_slug, outcome, decision_date, document_type, fault_found, total_pence, recommended_pence, waived_pence,
        payment_count, body_sha256, source_sha256, parser_version, first_imported_at, updated_at)
        VALUES (@key, @url, @case_ref, @org_name, @authority_code, @category, @subcategory, @category_slug, @subcategory_slug,
        @outcome, @decision_date, @document_type, @fault_found, @total_pence, @recommended_pence, @waived_pence,
        @payment_count, @body_sha256, @source_sha256, @parser_version, @now, @now)`),
      update: p(`UPDATE decisions SET url = @url, case_ref = @case_ref, org_name = @org_name, authority_code = @authority_code,
        category = @category, subcategory = @subcategory, category_slug = @category_slug, subcategory_slug = @subcategory_slug,
        outcome = @outcome, decision_date = @decision_date, document_type = @document_type, fault_found = @fault_found,
        total_pence = @total_pence, recommended_pence = @recommended_pence, waived_pence = @waived_pence,
        payment_count = @payment_count, body_sha256 = @body_sha256, source_sha256 = @source_sha256,
        parser_version = @parser_version, updated_at = @now WHERE id = @id`),
      history: p(`INSERT INTO decision_history (decision_id, source_sha256, parser_version, replaced_at, record)
        SELECT d.id, d.source_sha256, d.parser_version, ?, r.record FROM decisions d JOIN decision_records r ON r.decision_id = d.id WHERE d.id = ?`),
      record: p('INSERT OR REPLACE INTO decision_records (decision_id, record) VALUES (?, ?)'),
      org: p('INSERT INTO decision_organisations (decision_id, position, name, authority_code, gss_code) VALUES (?, ?, ?, ?, ?)'),
      payment: p(`INSERT INTO payments (decision_id, position, amount_pence, payee, payer, purpose, purpose_text, status, section, paragraph, quote)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      unquantified: p('INSERT INTO unquantified_remedies (decision_id, position, text, payee, section, paragraph, quote) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      action: p(`INSERT INTO actions (decision_id, position, kind, text, deadline_amount, deadline_unit, deadline_text, section, paragraph, quote)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      fault: p('INSERT INTO faults (decision_id, position, text, section, paragraph, quote) VALUES (?, ?, ?, ?, ?, ?)'),
      paragraph: p('INSERT INTO paragraphs (decision_id, position, section_index, heading, n, text) VALUES (?, ?, ?, ?, ?, ?)'),
      ftsDelete: p('DELETE FROM decisions_fts WHERE rowid = ?'),
      fts: p('INSERT INTO decisions_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)'),
      source: p('INSERT OR IGNORE INTO sources (decision_id, location, sha256, parser_version, imported_at) VALUES (?, ?, ?, ?, ?)'),
      // Money counts once per decision: the latest publication of a reference (a review can republish it), and
      // among those, the first stored of a body published under several references.
      group: p(`UPDATE decisions SET counts_money = (
          NOT EXISTS (SELECT 1 FROM decisions o WHERE o.case_ref = decisions.case_ref AND o.id <> decisions.id
            AND (coalesce(o.decision_date, '') > coalesce(decisions.decision_date, '')
              OR (coalesce(o.decision_date, '') = coalesce(decisions.decision_date, '') AND o.id > decisions.id)))
          AND NOT EXISTS (SELECT 1 FROM decisions o WHERE o.body_sha256 = decisions.body_sha256 AND o.id < decisions.id
            AND NOT EXISTS (SELECT 1 FROM decisions q WHERE q.case_ref = o.case_ref AND q.id <> o.id
              AND (coalesce(q.decision_date, '') > coalesce(o.decision_date, '')
                OR (coalesce(q.decision_date, '') = coalesce(o.decision_date, '') AND q.id > o.id))))
        ) WHERE case_ref = ? OR body_sha256 = ? OR body_sha256 = ?`),
      children: ['decision_organisations', 'payments', 'unquantified_remedies', 'actions', 'faults', 'paragraphs'].map((t) =>
        p(`DELETE FROM ${t} WHERE decision_id = ?`),
      ),
    };
  }

  /**
   * Store one validated record read from `location`. Idempotent: the same source and parser version change nothing;
   * a changed page is updated in place and its previous version kept in decision_history.
   */
  upsert(input: Decision, location: string): UpsertStatus {
    const record = DecisionSchema.parse(input); // records enter the store only through the schema
    const st = this.st;
    const now = new Date().toISOString();
    const key = decisionKey(record);
    const existing = st.byKey.get(key) as { id: number; source_sha256: string; parser_version: string; body_sha256: string } | undefined;
    if (existing && existing.source_sha256 === record.sourceSha256 && existing.parser_version === record.parserVersion) {
      st.source.run(existing.id, location, record.sourceSha256, record.parserVersion, now);
      return 'unchanged';
    }
    const org = record.organisations[0];
    const body = bodyHash(record);
    const row = {
      key,
      url: record.url,
      case_ref: record.caseRef,
      org_name: org?.name ?? null,
      authority_code: org?.authorityCode ?? null,
      category: record.category,
      subcategory: record.subcategory,
      category_slug: record.categorySlug,
      subcategory_slug: record.subcategorySlug,
      outcome: record.outcome,
      decision_date: record.decisionDate,
      document_type: record.documentType,
      fault_found: record.faultFound === null ? null : record.faultFound ? 1 : 0,
      total_pence: record.remedy.totalPence,
      recommended_pence: record.remedy.recommendedPence,
      waived_pence: record.remedy.waivedPence,
      payment_count: record.remedy.payments.length,
      body_sha256: body,
      source_sha256: record.sourceSha256,
      parser_version: record.parserVersion,
      now,
    };
    let id: number;
    if (existing) {
      id = existing.id;
      st.history.run(now, id);
      for (const del of st.children) del.run(id);
      st.ftsDelete.run(id);
      st.update.run({ ...row, id });
    } else {
      id = Number(st.insert.run(row).lastInsertRowid);
    }
    this.writeChildren(id, record);
    st.source.run(id, location, record.sourceSha256, record.parserVersion, now);
    st.group.run(record.caseRef, body, existing?.body_sha256 ?? body);
    return existing ? 'updated' : 'imported';
  }

  private writeChildren(id: number, record: Decision): void {
    const st = this.st;
    const { sections, ...rest } = record;
    st.record.run(id, JSON.stringify(rest));
    record.organisations.forEach((o, i) => st.org.run(id, i, o.name, o.authorityCode, o.gssCode));
    record.remedy.payments.forEach((p, i) =>
      st.payment.run(id, i, p.amountPence, p.payee, p.payer, p.purpose, p.purposeText, p.status, p.evidence.section, p.evidence.paragraph, p.evidence.quote),
    );
    record.remedy.unquantified.forEach((u, i) => st.unquantified.run(id, i, u.text, u.payee, u.evidence.section, u.evidence.paragraph, u.evidence.quote));
    record.remedy.actions.forEach((a, i) =>
      st.action.run(id, i, a.kind, a.text, a.deadline?.amount ?? null, a.deadline?.unit ?? null, a.deadline?.text ?? null, a.evidence.section, a.evidence.paragraph, a.evidence.quote),
    );
    record.faults.forEach((f, i) => st.fault.run(id, i, f.text, f.evidence.section, f.evidence.paragraph, f.evidence.quote));
    let position = 0;
    const body: string[] = [];
    sections.forEach((s, si) => {
      for (const p of s.paragraphs) {
        st.paragraph.run(id, position++, si, s.heading, p.n, p.text);
        body.push(p.text);
      }
    });
    st.fts.run(id, record.title ?? record.caseRef, record.summary ?? '', body.join('\n'));
  }
}
