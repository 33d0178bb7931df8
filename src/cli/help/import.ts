/** `lgsco import --help`, after the options. */
export const IMPORT_HELP = `
Re-importing the same files changes nothing; a page whose content changed is updated in place and its previous
version kept. A bad file is reported (file and reason) and skipped; the others are stored.

Ctrl-C stops after the record under way: what has been read is stored and the summary printed (exit 130); the same
command run again finishes the import. Two imports into one database take turns: one that finds the other writing
says "waiting for another import into FILE…" once and goes on when it can. A link that leads back to a folder being
walked (a loop) is noted and not followed. An empty --db file becomes a new database; another program's SQLite
database is refused.

One decision, whatever it came as: a decision letter (PDF or text, no address) and the web page of the same decision
(same reference and decision date) are stored as one decision, whichever is imported first; the page's fields win and
the letter fills what the page lacks. A draft decision is stored and shown but never counted; it never replaces the
final decision of its reference (it is kept in decision_history and reported as unchanged), and a final replaces it.

The files of lgsco's bundled demo sample (data/sample: invented councils and decisions, and two real ones) carry a
marker; the import records them, and the database then says it holds demo data in every output (here too, on the
line before the last). Keep your own decisions in a database of their own (--db).

Examples:
  $ lgsco import data/sample
  $ lgsco import data/raw --db archive.db

Exit status: 0 all stored, 1 some input failed, 2 usage error, 130 stopped by Ctrl-C.`;
