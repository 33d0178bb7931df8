/**
 * Match an organisation name, exactly as an LGSCO decision title gives it ("London Borough of Enfield",
 * "Cheshire West & Chester Council"), to one local authority in mySociety's lookup. Pure: the index is
 * passed in (src/authorities/index.ts loads data/authorities/authorities.json).
 *
 * Precedence: the whole normalised name against every known spelling first (official names, mySociety's
 * name lookup, nice and alternative names), so a former authority's own name ("Cumbria County Council")
 * finds its own record, not its successor; then the name with one council-style prefix and/or suffix
 * stripped ("Enfield London Borough Council" → "enfield"). Nothing else: no word-dropping and no edit
 * distance, so a care home, an NHS trust, a police force or a parish council gets null, never a council.
 */

/** One authority, current or former, with the fields of mySociety's lookup the dataset uses. */
export interface Authority {
  /** mySociety's three-letter (or longer) local-authority-code, e.g. "ENF". */
  code: string;
  /** ONS GSS code, e.g. "E09000010"; null for the few former authorities without one. */
  gss: string | null;
  officialName: string;
  niceName: string;
  /** Type code: LBO, MD, NMD, UA, CTY, CC, COMB, SRA (England); WPA, SCO, NID elsewhere. */
  type: string;
  typeName: string;
  nation: string;
  region: string | null;
  /** Mid-2020 population estimate, or null. */
  population: number | null;
  /** ISO dates; endDate is set only for a former authority. */
  startDate: string | null;
  endDate: string | null;
  /** Codes of the successor authorities of a former authority (empty when current). */
  replacedBy: string[];
}

/** The built lookup: every authority, and every normalised spelling of a name → authority code. */
export interface AuthorityIndex {
  authorities: Authority[];
  names: Record<string, string>;
}

const DIACRITIC_RE = /[\u0300-\u036f]/g;
const AMPERSAND_RE = /&/g;
const APOSTROPHE_RE = /['’‘`]/g;
const NON_ALNUM_RE = /[^a-z0-9]+/g;
const LEADING_THE_RE = /^the /;
const SAINT_RE = /\bsaint\b/g;
/** "Chichester District Council", "Durham County Council": not the body a "… City Council" title names. */
const DISTRICT_OR_COUNTY_COUNCIL_RE = /\b(?:District|County) Council$/;
const CITY_RE = /\bCity\b/;

// Council-style affixes as LGSCO titles and mySociety spell them, after normalisation. Longer ones first:
// the first one that fits is the one stripped ("x london borough council" → "x", not "x london borough").
const COUNCIL_PREFIXES = [
  'council of the london borough of',
  'council of the royal borough of',
  'council of the borough of',
  'council of the city of',
  'council of the',
  'city and county of',
  'london borough of',
  'royal borough of',
  'metropolitan borough of',
  'borough of',
  'county of',
  'city of',
] as const;
const COUNCIL_SUFFIXES = [
  'london borough council',
  'royal borough council',
  'metropolitan borough council',
  'metropolitan district council',
  'county borough council',
  'city and district council',
  'borough council',
  'district council',
  'county council',
  'city council',
  'council',
] as const;

// Stripping council words never lands on a combined authority or the Greater London Authority
// ("Greater London Council", "North East Council"); those match only under their own full names.
const NOT_BY_STEM = new Set(['COMB', 'SRA']);

/** Lower case, "&" → "and", "Saint"/"St." → "st"; accents, punctuation and a leading "the" dropped; spaces collapsed. */
export function normaliseAuthorityName(name: string): string {
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

const BY_CODE = new WeakMap<AuthorityIndex, Map<string, Authority>>();

function authorityByCode(index: AuthorityIndex, code: string): Authority | undefined {
  let byCode = BY_CODE.get(index);
  if (!byCode) {
    byCode = new Map(index.authorities.map((a) => [a.code, a]));
    BY_CODE.set(index, byCode);
  }
  return byCode.get(code);
}

function lookupName(index: AuthorityIndex, name: string): Authority | undefined {
  if (name === '' || !Object.hasOwn(index.names, name)) return undefined;
  const code = index.names[name];
  return code === undefined ? undefined : authorityByCode(index, code);
}

/** A name with its council words stripped; `city` when the words called it a city ("X City Council", "City of X"). */
interface Stem {
  stem: string;
  city: boolean;
}

function stripPrefix(name: string): Stem | null {
  const p = COUNCIL_PREFIXES.find((prefix) => name.startsWith(`${prefix} `));
  return p === undefined ? null : { stem: name.slice(p.length + 1), city: p.endsWith('city of') };
}

/** Each suffix that fits, longest first, with the stem it leaves. */
function stripSuffixes({ stem: name, city }: Stem): Stem[] {
  return COUNCIL_SUFFIXES.filter((s) => name.endsWith(` ${s}`)).map((suffix) => ({
    stem: name.slice(0, -(suffix.length + 1)),
    city: city || suffix === 'city council',
  }));
}

/** Whether `authority` is a fair reading of a name that reached it only by stripping council words. */
function fitsStem(authority: Authority, city: boolean): boolean {
  if (NOT_BY_STEM.has(authority.type)) return false;
  // "Chichester City Council" and "Lichfield City Council" are parish-level councils inside the district councils
  // of the same name, and "Durham City Council" a district abolished in 2009: an authority that really is a city
  // council is never officially a "District Council" or "County Council" without "City" in its name.
  const official = authority.officialName;
  return !(city && DISTRICT_OR_COUNTY_COUNCIL_RE.test(official) && !CITY_RE.test(official));
}

/** The authority `name` denotes, or null when it is not (a recognisable spelling of) a local authority. */
export function matchAuthority(name: string, index: AuthorityIndex): Authority | null {
  const full = normaliseAuthorityName(name);
  if (full === '') return null;
  const exact = lookupName(index, full);
  if (exact) return exact;

  const prefixless = stripPrefix(full);
  const candidates = [
    ...stripSuffixes({ stem: full, city: false }),
    ...(prefixless === null ? [] : [prefixless, ...stripSuffixes(prefixless)]),
  ];
  for (const { stem, city } of candidates) {
    const found = lookupName(index, stem);
    if (found && fitsStem(found, city)) return found;
  }
  return null;
}
