import type { Decision } from '../../schemas/decision.js';
import { DecisionSchema } from '../../schemas/decision.js';
import type { Db } from './db.js';
import { COUNTS_MONEY_SQL } from './counts-money.js';
import { prepareRows, type PreparedRows } from './rows.js';

/** What storing one record did. */
export type UpsertStatus = 'imported' | 'updated' | 'unchanged';

export { bodyHash, decisionKey, prepareRows, type PreparedRows } from './rows.js';

/** Prepared statements for storing records; create once per database and reuse across a batch. */
export class DecisionWriter {
  private readonly st;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      byKey: p('SELECT id, source_sha256, parser_version, body_sha256, case_ref FROM decisions WHERE key = ?'),
      // Positional parameters: binding 22 named ones (and spreading the row into a new object) costs more per record.
      insert: p(`INSERT INTO decisions (key, url, case_ref, org_name, authority_code, category, subcategory, category_slug,
        subcategory_slug, outcome, decision_date, document_type, fault_found, total_pence, recommended_pence, waived_pence,
        payment_count, body_sha256, source_sha256, parser_version, first_imported_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
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
      // Money counts once per decision (COUNTS_MONEY_SQL). Whether any other row shares the reference or the body:
      // only then is there a group to settle.
      shares: p('SELECT 1 FROM decisions WHERE (case_ref = ? OR body_sha256 = ? OR body_sha256 = ?) AND id <> ? LIMIT 1'),
      // The group's rows and whether each counts, then one single-row UPDATE per change: a multi-row UPDATE runs in a
      // statement transaction, and FTS5 writes out its pending index at every one (1.4 ms each on the bench corpus).
      group: p(`SELECT id, counts_money AS counts, ${COUNTS_MONEY_SQL} AS should FROM decisions
        WHERE case_ref IN (?, ?) OR body_sha256 IN (?, ?) OR body_sha256 IN (SELECT body_sha256 FROM decisions WHERE case_ref IN (?, ?))`),
      setCounts: p('UPDATE decisions SET counts_money = ? WHERE id = ?'),
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
    return this.write(prepareRows(DecisionSchema.parse(input)), location); // records enter only through the schema
  }

  /** Store rows made by prepareRows (the importer prepares them in its parse workers). */
  write(rows: PreparedRows, location: string): UpsertStatus {
    const st = this.st;
    const d = rows.decision;
    const now = new Date().toISOString();
    const existing = st.byKey.get(d.key) as { id: number; source_sha256: string; parser_version: string; body_sha256: string; case_ref: string } | undefined;
    if (existing && existing.source_sha256 === d.source_sha256 && existing.parser_version === d.parser_version) {
      st.source.run(existing.id, location, d.source_sha256, d.parser_version, now);
      return 'unchanged';
    }
    let id: number;
    if (existing) {
      id = existing.id;
      st.history.run(now, id);
      for (const del of st.children) del.run(id);
      st.ftsDelete.run(id);
      st.update.run({ ...d, now, id });
    } else {
      id = Number(
        st.insert.run(d.key, d.url, d.case_ref, d.org_name, d.authority_code, d.category, d.subcategory, d.category_slug, d.subcategory_slug,
          d.outcome, d.decision_date, d.document_type, d.fault_found, d.total_pence, d.recommended_pence, d.waived_pence,
          d.payment_count, d.body_sha256, d.source_sha256, d.parser_version, now, now).lastInsertRowid,
      );
    }
    st.record.run(id, rows.recordJson);
    for (const r of rows.organisations) st.org.run(id, ...r);
    for (const r of rows.payments) st.payment.run(id, ...r);
    for (const r of rows.unquantified) st.unquantified.run(id, ...r);
    for (const r of rows.actions) st.action.run(id, ...r);
    for (const r of rows.faults) st.fault.run(id, ...r);
    for (const r of rows.paragraphs) st.paragraph.run(id, ...r);
    st.fts.run(id, rows.fts[0], rows.fts[1], rows.paragraphs.map((r) => r[4]).join('\n'));
    st.source.run(id, location, d.source_sha256, d.parser_version, now);
    const oldBody = existing?.body_sha256 ?? d.body_sha256;
    const oldRef = existing?.case_ref ?? d.case_ref;
    if (existing || st.shares.get(d.case_ref, d.body_sha256, oldBody, id)) {
      // The rows whose standing this store can change: the publications of the reference (new and, for a changed page,
      // old: a later one supersedes the others), the rows sharing the new or old body, and the rows sharing the body of
      // any of those publications (when one of them is superseded, another publication of its text counts instead).
      const group = st.group.all(d.case_ref, oldRef, d.body_sha256, oldBody, d.case_ref, oldRef) as { id: number; counts: number; should: number }[];
      for (const g of group) {
        if (g.counts !== g.should) st.setCounts.run(g.should, g.id);
      }
    }
    return existing ? 'updated' : 'imported';
  }
}


/** What storing one record of a batch came to: its status, or the error that failed it (and only it). */
export interface BatchOutcome {
  location: string;
  status: UpsertStatus | Error;
}

/**
 * Records stored in one transaction until commit(). Each is written without a savepoint of its own: FTS5 flushes its
 * pending terms at every savepoint, which cost a third of the store's time. If a record fails, the batch so far is
 * rolled back and replayed with a savepoint per record (as are the rest of the batch), so a bad record still never
 * half-writes and the others are stored. `isFatal` errors (disk full, read-only…) are thrown and end the import.
 */
export class DecisionBatch {
  private items: { rows: PreparedRows; location: string }[] = [];
  private statuses: (UpsertStatus | Error)[] = [];
  private safe = false;
  private readonly guardedWrite: (rows: PreparedRows, location: string) => UpsertStatus;

  constructor(
    private readonly db: Db,
    private readonly writer: DecisionWriter,
    private readonly isFatal: (err: unknown) => boolean,
  ) {
    this.guardedWrite = db.transaction((rows: PreparedRows, location: string) => writer.write(rows, location));
  }

  /** Records waiting for commit(). */
  get size(): number {
    return this.items.length;
  }

  /** Store one record in the open batch (opening one when needed). */
  add(rows: PreparedRows, location: string): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    this.items.push({ rows, location });
    if (this.safe) {
      this.statuses.push(this.guarded(rows, location));
      return;
    }
    try {
      this.statuses.push(this.writer.write(rows, location));
    } catch (err) {
      if (this.isFatal(err)) throw err;
      // The failed record may have half-written: start the batch again, a savepoint per record.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.db.exec('BEGIN');
      this.safe = true;
      this.statuses = this.items.map((it) => this.guarded(it.rows, it.location));
    }
  }

  private guarded(rows: PreparedRows, location: string): UpsertStatus | Error {
    try {
      return this.guardedWrite(rows, location);
    } catch (err) {
      if (this.isFatal(err)) throw err;
      return err as Error;
    }
  }

  /** Commit the batch; each record's outcome, in the order they were added. */
  commit(): BatchOutcome[] {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    const out = this.items.map((it, i) => ({ location: it.location, status: this.statuses[i]! }));
    this.reset();
    return out;
  }

  /** Drop an unfinished batch (after a failure elsewhere: nothing of it is kept). */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.reset();
  }

  private reset(): void {
    this.items = [];
    this.statuses = [];
    this.safe = false;
  }
}
