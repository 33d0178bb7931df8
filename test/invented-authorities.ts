/**
 * Invented local authorities for the store tests that credit money to a body (credit, confidence): codes no real
 * authority has, matched by src/authorities' own matcher, and the same authorities in the store's authorities table,
 * so that no invented money is put under a real council's name. Also the invented decision those tests store.
 */
import type { Decision } from '../schemas/decision.js';
import type { Payment } from '../schemas/remedy.js';
import { matchAuthority, type Authority, type AuthorityIndex } from '../src/authorities/index.js';
import type { AuthorityLookup } from '../src/store/credit.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { DecisionWriter } from '../src/store/decisions.js';
import { pageRecord, sha } from './stage-records.js';

export const COUNTY = 'Exampleton County Council';
export const BOROUGH = 'Exampleton Borough Council';
export const SHIRE = 'Sampleshire County Council';

/** An invented English county council (its short name the official one without "County/Borough Council"). */
export const authority = (code: string, officialName: string, population: number): Authority => ({
  code,
  gss: null,
  officialName,
  niceName: officialName.replace(/ (?:County|Borough) Council$/, ''),
  type: 'CTY',
  typeName: 'County council',
  nation: 'England',
  region: 'Test region',
  population,
  startDate: null,
  endDate: null,
  replacedBy: [],
});

/** The authority a name matches in `index`, as the store's writer looks payers up. */
export const lookupIn = (index: AuthorityIndex): AuthorityLookup => (name) => matchAuthority(name, index);

/** A store whose authorities table holds `index`'s authorities, and a writer that matches payers against them. */
export function storeWithAuthorities(index: AuthorityIndex, path = ':memory:'): { db: Db; writer: DecisionWriter } {
  const db = openDatabase(path);
  const insert = db.prepare(
    'INSERT OR REPLACE INTO authorities (code, gss_code, official_name, nice_name, type, type_name, nation, region, population) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const a of index.authorities) insert.run(a.code, a.officialName, a.niceName, a.type, a.typeName, a.nation, a.region, a.population);
  return { db, writer: new DecisionWriter(db, { authorityLookup: lookupIn(index) }) };
}

/** A decision's organisation entry for `name`, with the authority code `lookup` finds. */
export const organisation = (lookup: AuthorityLookup, name: string) => ({ name, authorityCode: lookup(name)?.code ?? null, gssCode: null });

/**
 * An invented final decision about `bodies` (organisations `orgs`) with these payments: its totals are their sums, as
 * the extractor's are, and its text its own (a body shared with another reference would count its money once, there).
 */
export function decisionAbout(ref: string, bodies: string[], orgs: Decision['organisations'], payments: Payment[], over: Partial<Decision> = {}): Decision {
  return pageRecord({
    caseRef: ref,
    url: `https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/${ref.replace(/ /g, '-')}`,
    title: `${bodies.join(' and ')} (${ref})`,
    organisations: orgs,
    decisionDate: '2025-03-12',
    sections: [...pageRecord().sections, { heading: 'Agreed action', paragraphs: payments.map((p, i) => ({ n: 10 + i, text: p.evidence.quote })) }],
    remedy: {
      ...pageRecord().remedy,
      payments,
      totalPence: payments.reduce((s, p) => s + p.amountPence, 0),
      recommendedPence: payments.filter((p) => p.status === 'recommended').reduce((s, p) => s + p.amountPence, 0),
    },
    sourceSha256: sha(ref),
    ...over,
  });
}
