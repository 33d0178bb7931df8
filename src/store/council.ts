/**
 * Which body a council name selects (`--council`, the explorer's council filter): one body, named exactly.
 *
 * A name selects a local authority when it is one of the authority's names (its official or nice name, or a name
 * mySociety's lookup knows: matchAuthority), and else a body the decisions name (an organisation of a title or the body
 * a payment is credited to) with exactly that name, case aside. Nothing is matched by a part of a name: "Borough" used
 * to add up every council with Borough in its name. A name that is two bodies' (a former and a current authority
 * share "Somerset"; a body stored under another authority) is refused with their names (exit 2); a name that is
 * nobody's with the closest names (exit 1). "(no organisation)", the row totals give decisions that name none, selects
 * them.
 */
import { lookupAuthority, loadAuthorityIndex, normaliseAuthorityName, type Authority } from '../authorities/index.js';
import { LgscoError } from '../errors.js';
import type { Db } from './db.js';

/** The key of the totals row for decisions that name no organisation, and the council name that selects them. */
export const NO_ORGANISATION = '(no organisation)';

/** The body a council name selects. */
export type CouncilSelection =
  | { kind: 'authority'; code: string; officialName: string; typed: string }
  | { kind: 'body'; name: string }
  | { kind: 'none' };

/** A council name that selects no body: exit 1, with the closest names. */
export class UnknownCouncilError extends LgscoError {
  constructor(
    readonly typed: string,
    readonly suggestions: string[],
  ) {
    const did = suggestions.length ? `; did you mean ${orList(suggestions)}?` : '';
    super(`no council or organisation is named "${typed}" (names match whole, case aside)${did}`, 'NO_COUNCIL', 1);
  }
}

/** A council name that is the name of several bodies: exit 2, with their names. */
export class AmbiguousCouncilError extends LgscoError {
  constructor(
    readonly typed: string,
    readonly names: string[],
  ) {
    super(`"${typed}" is the name of ${names.length} bodies: ${orList(names)}; give one of these names`, 'AMBIGUOUS_COUNCIL', 2);
  }
}

const orList = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');

/** A body as the decisions name it: its authority code (null when it is none) and its name. */
interface BodyName {
  code: string | null;
  name: string;
}

/** Lower case as SQLite's NOCASE folds it (ASCII only), so a name found here is one the SQL filter matches. */
const foldCase = (s: string): string => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

const BODY_NAMES = new WeakMap<Db, { version: string; byName: Map<string, BodyName[]> }>();

/**
 * Every body the decisions name (organisations of titles, bodies payments are credited to), by its name folded to
 * lower case. Reading them scans a covering index, too slow on a large archive to repeat at every look-up, so they
 * are kept per connection until the database changes (data_version: another connection's commit; total_changes: this
 * one's).
 */
function bodyNames(db: Db): Map<string, BodyName[]> {
  const { v, t } = db.prepare('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS t').get() as { v: number; t: number };
  const version = `${v}:${t}`;
  const cached = BODY_NAMES.get(db);
  if (cached?.version === version) return cached.byName;
  const byName = new Map<string, BodyName[]>();
  const rows = db
    .prepare(
      `SELECT DISTINCT authority_code AS code, org_name AS name FROM decisions WHERE org_name IS NOT NULL
       UNION SELECT authority_code, name FROM decision_organisations
       UNION SELECT credited_authority_code, credited_name FROM payments WHERE credited_name IS NOT NULL`,
    )
    .all() as BodyName[];
  for (const r of rows) {
    const key = foldCase(r.name);
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  BODY_NAMES.set(db, { version, byName });
  return byName;
}

function authorityByCode(code: string): Authority | undefined {
  return loadAuthorityIndex().authorities.find((a) => a.code === code);
}

/**
 * The body `typed` selects in this database: the authorities that have this name (the lookup's reading, and every
 * authority whose official or nice name it is) and the bodies the decisions name so; throws when that is not one.
 */
export function resolveCouncil(db: Db, typed: string): CouncilSelection {
  const name = typed.trim();
  if (name.toLowerCase() === NO_ORGANISATION) return { kind: 'none' };
  const wanted = normaliseAuthorityName(name);
  const authorities = new Map<string, Authority>();
  const found = lookupAuthority(name);
  if (found) authorities.set(found.code, found);
  if (wanted !== '') {
    for (const a of loadAuthorityIndex().authorities) {
      if (normaliseAuthorityName(a.officialName) === wanted || normaliseAuthorityName(a.niceName) === wanted) authorities.set(a.code, a);
    }
  }
  const bodies = new Set<string>();
  for (const r of bodyNames(db).get(foldCase(name)) ?? []) {
    const a = r.code ? authorityByCode(r.code) : undefined;
    if (a) authorities.set(a.code, a);
    else if (r.code) bodies.add(r.name); // a code the lookup no longer has: the body by its name
    else if (!found) bodies.add(r.name); // same name as typed: a body of the same authority when the name is one
  }
  const names = [...[...authorities.values()].map((a) => a.officialName), ...bodies];
  if (names.length > 1) throw new AmbiguousCouncilError(name, [...new Set(names)].sort());
  const [authority] = authorities.values();
  if (authority) return { kind: 'authority', code: authority.code, officialName: authority.officialName, typed: name };
  const [body] = bodies;
  if (body !== undefined) return { kind: 'body', name: body };
  throw new UnknownCouncilError(name, suggestCouncils(db, name));
}

/** Levenshtein distance, for the names closest to one that matches nothing. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

interface Candidate {
  /** The name to suggest: an authority's official name, else the body's name as titled. */
  name: string;
  /** Its spellings, normalised (official and nice name). */
  spellings: string[];
  /** Whether a decision in the database names it. */
  inDb: boolean;
}

/**
 * Up to `max` names close to `typed`: those whose words its words begin (in any order), or within a few letters of
 * it, the bodies the database's decisions name before the other authorities, closest first.
 */
export function suggestCouncils(db: Db, typed: string, max = 5): string[] {
  const want = normaliseAuthorityName(typed);
  if (want === '') return [];
  const candidates = new Map<string, Candidate>();
  const index = loadAuthorityIndex();
  const used = [...bodyNames(db).values()].flat();
  const inDbCodes = new Set(used.map((u) => u.code).filter((c): c is string => c !== null));
  for (const a of index.authorities) {
    candidates.set(`code:${a.code}`, {
      name: a.officialName,
      spellings: [normaliseAuthorityName(a.officialName), normaliseAuthorityName(a.niceName)],
      inDb: inDbCodes.has(a.code),
    });
  }
  for (const u of used) {
    if (u.code && candidates.has(`code:${u.code}`)) continue;
    candidates.set(`name:${u.name.toLowerCase()}`, { name: u.name, spellings: [normaliseAuthorityName(u.name)], inDb: true });
  }
  const words = want.split(' ');
  const close = Math.max(2, Math.floor(want.length / 4));
  const scored: { name: string; inDb: boolean; prefix: boolean; d: number }[] = [];
  for (const c of candidates.values()) {
    const prefix = c.spellings.some((s) => {
      const theirs = s.split(' ');
      return words.every((w) => theirs.some((t) => t.startsWith(w)));
    });
    const d = Math.min(...c.spellings.map((s) => distance(want, s)));
    if (prefix || d <= close) scored.push({ name: c.name, inDb: c.inDb, prefix, d });
  }
  scored.sort((a, b) => Number(b.inDb) - Number(a.inDb) || Number(b.prefix) - Number(a.prefix) || a.d - b.d || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}
