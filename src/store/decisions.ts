import type { Decision } from '../../schemas/decision.js';
import { DecisionSchema } from '../../schemas/decision.js';
import type { Db } from './db.js';
import { COUNTS_MONEY_SQL } from './counts-money.js';
import type { AuthorityLookup } from './credit.js';
import { datesAgree, joinRows } from './join.js';
import { ftsHead, prepareRows, sectionsOf, type Cell, type PreparedRows, type RecordHead } from './rows.js';

/** What storing one record did. */
export type UpsertStatus = 'imported' | 'updated' | 'unchanged';

/**
 * How a record met a decision stored under another key or at another stage (null when it did not): joined (a letter
 * and the web page of one decision, one row), draft-superseded (a draft whose reference has a final: kept in
 * decision_history only), draft-replaced (a final took the row of its draft, which went to decision_history).
 */
export type UpsertDetail = 'joined' | 'draft-superseded' | 'draft-replaced';

export { bodyHash, decisionKey, prepareRows, type PreparedRows } from './rows.js';
export { DecisionBatch, type BatchOutcome } from './batch.js';

/** The columns of a stored decision the writer decides by. */
interface StoredRow {
  id: number;
  source_sha256: string;
  parser_version: string;
  body_sha256: string;
  case_ref: string;
  stage: string;
  decision_date: string | null;
}

/** What a source contributed, for its sources row. */
interface SourceStamp {
  source_sha256: string;
  parser_version: string;
}

interface Part extends SourceStamp {
  record: string;
}

const STORED = 'id, source_sha256, parser_version, body_sha256, case_ref, stage, decision_date';

/**
 * Prepared statements for storing records; create once per database and reuse across a batch.
 *
 * Precedence between the sources of one decision (the rules are in join.ts; README "Drafts, letters and pages"):
 * a draft never replaces a final of its reference (it is kept in decision_history only) and a final replaces its
 * draft; a letter (no address, key "ref:<case ref>") and the web page of the same decision are one row, whichever
 * comes first, keyed by the page's address. A page or a letter already stored under its own key costs no extra query;
 * a page new to the store looks for its letter's key (one index probe), and only letters and drafts new under their
 * key look a reference up.
 */
export class DecisionWriter {
  private readonly st;
  private lastDetail: UpsertDetail | null = null;
  /** Finds the local authority a payer names, for the body each payment is credited to (rows.ts's default when unset). */
  private readonly lookup: AuthorityLookup | undefined;

  constructor(db: Db, options: { authorityLookup?: AuthorityLookup } = {}) {
    this.lookup = options.authorityLookup;
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      byKey: p(`SELECT ${STORED} FROM decisions WHERE key = ?`),
      // The page a letter belongs to: its reference, final, the same decision date (or one of them unknown); the
      // same date first, then the latest publication.
      pageFor: p(`SELECT ${STORED} FROM decisions WHERE case_ref = @ref AND url IS NOT NULL AND stage = 'final'
        AND (decision_date IS NULL OR @date IS NULL OR decision_date = @date)
        ORDER BY decision_date = @date DESC, coalesce(decision_date, '') DESC, id DESC LIMIT 1`),
      // The final decision a draft gives way to: the latest of its reference.
      finalOf: p(`SELECT ${STORED} FROM decisions WHERE case_ref = ? AND stage = 'final' ORDER BY coalesce(decision_date, '') DESC, id DESC LIMIT 1`),
      // Positional parameters: binding 27 named ones (and spreading the row into a new object) costs more per record.
      insert: p(`INSERT INTO decisions (key, url, case_ref, org_name, authority_code, category, subcategory, category_slug,
        subcategory_slug, outcome, decision_date, document_type, stage, fault_found, total_pence, recommended_pence, waived_pence,
        payment_count, check_pence, check_recommended_pence, check_count, body_sha256, counts_money, source_sha256, parser_version,
        first_imported_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      update: p(`UPDATE decisions SET key = @key, url = @url, case_ref = @case_ref, org_name = @org_name, authority_code = @authority_code,
        category = @category, subcategory = @subcategory, category_slug = @category_slug, subcategory_slug = @subcategory_slug,
        outcome = @outcome, decision_date = @decision_date, document_type = @document_type, stage = @stage, fault_found = @fault_found,
        total_pence = @total_pence, recommended_pence = @recommended_pence, waived_pence = @waived_pence,
        payment_count = @payment_count, check_pence = @check_pence, check_recommended_pence = @check_recommended_pence,
        check_count = @check_count, body_sha256 = @body_sha256, source_sha256 = @source_sha256,
        parser_version = @parser_version, updated_at = @now WHERE id = @id`),
      history: p(`INSERT INTO decision_history (decision_id, source_sha256, parser_version, replaced_at, record)
        SELECT d.id, d.source_sha256, d.parser_version, ?, r.record FROM decisions d JOIN decision_records r ON r.decision_id = d.id WHERE d.id = ?`),
      historyRecord: p('INSERT INTO decision_history (decision_id, source_sha256, parser_version, replaced_at, record) VALUES (?, ?, ?, ?, ?)'),
      historyHas: p('SELECT 1 FROM decision_history WHERE decision_id = ? AND source_sha256 = ? AND parser_version = ? LIMIT 1'),
      storedRecord: p('SELECT record FROM decision_records WHERE decision_id = ?').pluck(),
      storedParagraphs: p('SELECT position, section_index, heading, n, text FROM paragraphs WHERE decision_id = ? ORDER BY position').raw(),
      part: p('SELECT source_sha256, parser_version, record FROM decision_parts WHERE decision_id = ? AND part = ?'),
      setPart: p('INSERT OR REPLACE INTO decision_parts (decision_id, part, source_sha256, parser_version, record) VALUES (?, ?, ?, ?, ?)'),
      record: p('INSERT OR REPLACE INTO decision_records (decision_id, record) VALUES (?, ?)'),
      org: p('INSERT INTO decision_organisations (decision_id, position, name, authority_code, gss_code) VALUES (?, ?, ?, ?, ?)'),
      payment: p(`INSERT INTO payments (decision_id, position, amount_pence, payee, payer, purpose, purpose_text, status, section, paragraph, quote,
        credited_name, credited_authority_code, confidence, check_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      unquantified: p('INSERT INTO unquantified_remedies (decision_id, position, text, payee, section, paragraph, quote) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      action: p(`INSERT INTO actions (decision_id, position, kind, text, deadline_amount, deadline_unit, deadline_text, section, paragraph, quote)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      fault: p('INSERT INTO faults (decision_id, position, text, section, paragraph, quote) VALUES (?, ?, ?, ?, ?, ?)'),
      paragraph: p('INSERT INTO paragraphs (decision_id, position, section_index, heading, n, text) VALUES (?, ?, ?, ?, ?, ?)'),
      // The index's content is decisions, which does not hold the text (migration 10): a row's old text is given back.
      ftsDelete: p("INSERT INTO decisions_fts (decisions_fts, rowid, title, summary, body) VALUES ('delete', ?, ?, ?, ?)"),
      fts: p('INSERT INTO decisions_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)'),
      source: p('INSERT OR IGNORE INTO sources (decision_id, location, sha256, parser_version, imported_at) VALUES (?, ?, ?, ?, ?)'),
      // Money counts once per decision (COUNTS_MONEY_SQL). Whether any other row shares the reference or the body:
      // only then is there a group to settle.
      shares: p('SELECT 1 FROM decisions WHERE (case_ref = ? OR body_sha256 = ? OR body_sha256 = ?) AND id <> ? LIMIT 1'),
      // The group's rows and whether each counts, then one single-row UPDATE per change: a multi-row UPDATE runs in a
      // statement transaction, and FTS5 writes out its pending index at every one, a cost paid again for each record.
      group: p(`SELECT id, counts_money AS counts, ${COUNTS_MONEY_SQL} AS should FROM decisions
        WHERE case_ref IN (?, ?) OR body_sha256 IN (?, ?) OR body_sha256 IN (SELECT body_sha256 FROM decisions WHERE case_ref IN (?, ?))`),
      setCounts: p('UPDATE decisions SET counts_money = ? WHERE id = ?'),
      children: ['decision_organisations', 'payments', 'unquantified_remedies', 'actions', 'faults', 'paragraphs'].map((t) =>
        p(`DELETE FROM ${t} WHERE decision_id = ?`),
      ),
    };
  }

  /** How the last record stored met a decision of another key or stage (see UpsertDetail); null when it did not. */
  get detail(): UpsertDetail | null {
    return this.lastDetail;
  }

  /**
   * Store one validated record read from `location`. Idempotent: the same source and parser version change nothing;
   * a changed page is updated in place and its previous version kept in decision_history.
   */
  upsert(input: Decision, location: string): UpsertStatus {
    return this.write(prepareRows(DecisionSchema.parse(input), this.lookup), location); // records enter only through the schema
  }

  /** Store rows made by prepareRows (the importer prepares them in its parse workers). */
  write(rows: PreparedRows, location: string): UpsertStatus {
    const st = this.st;
    const d = rows.decision;
    this.lastDetail = null;
    const existing = st.byKey.get(d.key) as StoredRow | undefined;
    if (existing) {
      if (existing.source_sha256 === d.source_sha256 && existing.parser_version === d.parser_version) {
        st.source.run(existing.id, location, d.source_sha256, d.parser_version, new Date().toISOString());
        return 'unchanged';
      }
      if (d.stage === 'draft' && existing.stage === 'final') return this.supersede(existing, rows, location);
      if (existing.stage === 'draft' && d.stage === 'final') {
        this.lastDetail = 'draft-replaced';
        return this.store(rows, location, existing, 'imported');
      }
      // A page's new version: joined with its letter again when it has one.
      return this.store(d.url === null ? rows : this.withLetter(existing.id, rows), location, existing, 'updated');
    }
    if (d.stage === 'draft') {
      const final = st.finalOf.get(d.case_ref) as StoredRow | undefined;
      return final ? this.supersede(final, rows, location) : this.store(rows, location, undefined, 'imported');
    }
    if (d.url !== null) {
      // A page new to the store takes the row of its draft, or of its letter when they are one decision.
      const letter = st.byKey.get(`ref:${d.case_ref}`) as StoredRow | undefined;
      if (letter?.stage === 'draft') {
        this.lastDetail = 'draft-replaced';
        return this.store(rows, location, letter, 'imported');
      }
      if (letter && datesAgree(letter.decision_date, d.decision_date)) {
        const head = st.storedRecord.get(letter.id) as string;
        st.setPart.run(letter.id, 'letter', letter.source_sha256, letter.parser_version, head);
        st.setPart.run(letter.id, 'page', d.source_sha256, d.parser_version, rows.recordJson);
        this.lastDetail = 'joined';
        return this.store(joinRows(rows, JSON.parse(head) as RecordHead, this.lookup), location, letter, 'imported');
      }
      return this.store(rows, location, undefined, 'imported');
    }
    // A final letter new under its key joins the page of the same decision when one is stored.
    const page = st.pageFor.get({ ref: d.case_ref, date: d.decision_date }) as StoredRow | undefined;
    return page ? this.joinLetter(page, rows, location) : this.store(rows, location, undefined, 'imported');
  }

  /** A letter (no address) joins the stored page of its decision: the page's record, with what it lacks from the letter. */
  private joinLetter(page: StoredRow, letter: PreparedRows, location: string): UpsertStatus {
    const st = this.st;
    const d = letter.decision;
    const before = st.part.get(page.id, 'letter') as Part | undefined;
    if (before && before.source_sha256 === d.source_sha256 && before.parser_version === d.parser_version) {
      st.source.run(page.id, location, d.source_sha256, d.parser_version, new Date().toISOString());
      return 'unchanged';
    }
    this.lastDetail = 'joined';
    // The page's own record (the stored one is the joined record once a letter has joined it), with its body.
    const own =
      (st.part.get(page.id, 'page') as Part | undefined) ??
      ({ source_sha256: page.source_sha256, parser_version: page.parser_version, record: st.storedRecord.get(page.id) as string } satisfies Part);
    const pageRecord = { ...(JSON.parse(own.record) as RecordHead), sections: sectionsOf(st.storedParagraphs.all(page.id) as Cell[][]) };
    st.setPart.run(page.id, 'page', own.source_sha256, own.parser_version, own.record);
    st.setPart.run(page.id, 'letter', d.source_sha256, d.parser_version, letter.recordJson);
    const joined = joinRows(prepareRows(pageRecord, this.lookup), JSON.parse(letter.recordJson) as RecordHead, this.lookup);
    return this.store(joined, location, page, before ? 'updated' : 'imported', d);
  }

  /** A page's rows joined with the letter stored with it, if any (and its own record kept for the next join). */
  private withLetter(id: number, rows: PreparedRows): PreparedRows {
    const letter = this.st.part.get(id, 'letter') as Part | undefined;
    if (!letter) return rows;
    this.st.setPart.run(id, 'page', rows.decision.source_sha256, rows.decision.parser_version, rows.recordJson);
    return joinRows(rows, JSON.parse(letter.record) as RecordHead, this.lookup);
  }

  /** A draft whose reference has a final decision: kept whole (with its body) in the final's history, never its row. */
  private supersede(final: StoredRow, rows: PreparedRows, location: string): UpsertStatus {
    const st = this.st;
    const d = rows.decision;
    const now = new Date().toISOString();
    if (!st.historyHas.get(final.id, d.source_sha256, d.parser_version)) {
      const record = JSON.stringify({ ...(JSON.parse(rows.recordJson) as RecordHead), sections: sectionsOf(rows.paragraphs) });
      st.historyRecord.run(final.id, d.source_sha256, d.parser_version, now, record);
    }
    st.source.run(final.id, location, d.source_sha256, d.parser_version, now);
    this.lastDetail = 'draft-superseded';
    return 'unchanged';
  }

  /**
   * Take a stored decision out of the full-text index, before its record and paragraphs are replaced: FTS5 removes
   * the words of the text it is given, so this is the text store() indexed (ftsHead of the stored record, the
   * paragraphs joined by newlines) or migration 10 indexed (the same, in SQL).
   */
  private unindex(id: number): void {
    const [title, summary] = ftsHead(JSON.parse(this.st.storedRecord.get(id) as string) as RecordHead);
    const body = (this.st.storedParagraphs.all(id) as Cell[][]).map((r) => r[4]).join('\n');
    this.st.ftsDelete.run(id, title, summary, body);
  }

  /**
   * Write the rows as a new decision, or in place of `existing` (whose record goes to decision_history: a draft's with
   * its body). `source` is what the sources row records: the file read, when the rows are a joined record.
   */
  private store(rows: PreparedRows, location: string, existing: StoredRow | undefined, status: UpsertStatus, source: SourceStamp = rows.decision): UpsertStatus {
    const st = this.st;
    const d = rows.decision;
    const now = new Date().toISOString();
    let id: number;
    if (existing) {
      id = existing.id;
      if (existing.stage === 'draft') {
        const record = { ...(JSON.parse(st.storedRecord.get(id) as string) as RecordHead), sections: sectionsOf(st.storedParagraphs.all(id) as Cell[][]) };
        st.historyRecord.run(id, existing.source_sha256, existing.parser_version, now, JSON.stringify(record));
      } else {
        st.history.run(now, id);
      }
      this.unindex(id);
      for (const del of st.children) del.run(id);
      st.update.run({ ...d, now, id });
    } else {
      id = Number(
        st.insert.run(d.key, d.url, d.case_ref, d.org_name, d.authority_code, d.category, d.subcategory, d.category_slug, d.subcategory_slug,
          d.outcome, d.decision_date, d.document_type, d.stage, d.fault_found, d.total_pence, d.recommended_pence, d.waived_pence,
          d.payment_count, d.check_pence, d.check_recommended_pence, d.check_count, d.body_sha256, d.stage === 'final' ? 1 : 0, d.source_sha256, d.parser_version, now, now).lastInsertRowid,
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
    st.source.run(id, location, source.source_sha256, source.parser_version, now);
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
    return status;
  }
}
