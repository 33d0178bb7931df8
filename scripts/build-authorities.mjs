#!/usr/bin/env node
// Builds data/authorities/authorities.json from mySociety's UK local authority lookup (CC-BY-4.0):
//   data/authorities/uk_local_authorities_current.csv  one row per current or former authority (38 columns)
//   data/authorities/lookup_name_to_registry.csv       every known spelling of a name → authority code
// Run from anywhere: node scripts/build-authorities.mjs
//
// Why: the CSVs are the source and stay in the repository as mySociety publish them, but parsing 2,200 CSV
// rows and normalising every name on each `lookupAuthority` call is wasted work. The JSON keeps only the
// fields the dataset uses and the names already normalised, so src/authorities/index.ts loads it in a few ms
// with JSON.parse and no dependencies. Re-run this script whenever the CSVs are updated.
//
// NORMALISE below must stay identical to normaliseAuthorityName in src/authorities/match.ts (this file is
// plain Node and cannot import the TypeScript); test/authorities.test.ts checks every key is a fixed point.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'authorities');
const AUTHORITIES_CSV = join(DIR, 'uk_local_authorities_current.csv');
const NAMES_CSV = join(DIR, 'lookup_name_to_registry.csv');
const OUT = join(DIR, 'authorities.json');

const DIACRITIC_RE = /[\u0300-\u036f]/g;
const AMPERSAND_RE = /&/g;
const APOSTROPHE_RE = /['’‘`]/g;
const NON_ALNUM_RE = /[^a-z0-9]+/g;
const LEADING_THE_RE = /^the /;
const SAINT_RE = /\bsaint\b/g;
// alt-names is a comma-separated list whose names may themselves hold ", " ("Kingston upon Hull, City of"):
// mySociety separate the list with a bare comma, so only a comma not followed by a space splits it.
const ALT_NAME_SEPARATOR_RE = /,(?! )/;

/** The same normalisation as normaliseAuthorityName in src/authorities/match.ts. */
function normalise(name) {
  return name
    .normalize('NFKD')
    .replace(DIACRITIC_RE, '')
    .toLowerCase()
    .replace(AMPERSAND_RE, ' and ')
    .replace(APOSTROPHE_RE, '')
    .replace(NON_ALNUM_RE, ' ')
    .replace(SAINT_RE, 'st')
    .trim()
    .replace(LEADING_THE_RE, '');
}

/** RFC 4180: fields separated by commas, optionally quoted; a quoted field may hold commas, newlines and "". */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header line. */
function readCsv(path) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (!header) throw new Error(`${path}: empty CSV`);
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r, i) => {
      if (r.length !== header.length) throw new Error(`${path}: row ${i + 2} has ${r.length} fields, header has ${header.length}`);
      return Object.fromEntries(header.map((h, j) => [h, r[j]]));
    });
}

const orNull = (s) => (s.trim() === '' ? null : s.trim());

const authorities = readCsv(AUTHORITIES_CSV).map((r) => ({
  code: r['local-authority-code'],
  gss: orNull(r['gss-code']),
  officialName: r['official-name'],
  niceName: r['nice-name'],
  type: r['local-authority-type'],
  typeName: r['local-authority-type-name'],
  nation: r['nation'],
  region: orNull(r['region']),
  population: r['pop-2020'].trim() === '' ? null : Math.round(Number(r['pop-2020'])),
  startDate: orNull(r['start-date']),
  endDate: orNull(r['end-date']),
  replacedBy: r['replaced-by'].split(',').map((c) => c.trim()).filter(Boolean),
}));
const byCode = new Map(authorities.map((a) => [a.code, a]));
const altNames = new Map(readCsv(AUTHORITIES_CSV).map((r) => [r['local-authority-code'], r['alt-names']]));

// Rank of a claim on a name, lower wins: an authority's own official name beats everything (so "Somerset
// County Council" is the former county, not its successor), then a current authority beats a former one
// ("Somerset" is Somerset Council, not Somerset County Council). Equal ranks keep the first claim.
const names = new Map(); // normalised name → { code, rank }
const conflicts = new Set();
function claim(rawName, code, official) {
  const key = normalise(rawName);
  const authority = byCode.get(code);
  if (key === '' || !authority) return;
  const rank = (official ? 0 : 2) + (authority.endDate ? 1 : 0);
  const held = names.get(key);
  if (held && held.code !== code) conflicts.add(`${key}: ${held.code} vs ${code}`);
  if (!held || rank < held.rank) names.set(key, { code, rank });
}

for (const a of authorities) claim(a.officialName, a.code, true);
for (const r of readCsv(NAMES_CSV)) claim(r['la-name'], r['local-authority-code'], false);
for (const a of authorities) {
  claim(a.niceName, a.code, false);
  for (const alt of (altNames.get(a.code) ?? '').split(ALT_NAME_SEPARATOR_RE)) claim(alt, a.code, false);
}

const sortedNames = Object.fromEntries([...names].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, v.code]));
const json = JSON.stringify({ authorities, names: sortedNames });
writeFileSync(OUT, `${json}\n`);
console.error(`${OUT}: ${authorities.length} authorities, ${names.size} names, ${json.length} bytes`);
for (const c of conflicts) console.error(`  shared name ${c} (resolved by rank)`);
