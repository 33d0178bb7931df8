/** Who the synthetic decisions are about: invented councils in the shapes of the real ones, plus a few other bodies. */
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../scripts/site/taxonomy.mjs';
import { inventCouncilNames } from './invented-names.mjs';

const AUTHORITIES_URL = new URL('../../data/authorities/authorities.json', import.meta.url);

let councils = null;
/**
 * One invented council per current English council (nation "England", no end date), named in its shape (see
 * invented-names.mjs) and sorted so runs are repeatable. None is known to the authority lookup.
 */
export function inventedCouncils() {
  if (councils) return councils;
  const { authorities, names } = JSON.parse(readFileSync(AUTHORITIES_URL, 'utf8'));
  const real = authorities
    .filter((a) => a.nation === 'England' && !a.endDate && a.officialName)
    .map((a) => a.officialName.replace(/\s+/g, ' ').trim()) // the lookup has stray double spaces
    .sort();
  if (real.length === 0) throw new Error(`${AUTHORITIES_URL.pathname}: no current English councils`);
  const realWords = new Set(
    [...Object.keys(names), ...authorities.flatMap((a) => [a.officialName ?? '', a.niceName ?? ''])].flatMap((n) => n.toLowerCase().split(/[^a-z’']+/)),
  );
  councils = inventCouncilNames(real, realWords).sort();
  return councils;
}

/** The invented councils under the name bench/real-pages.mjs imports for its related-decisions sidebar. */
export const englishCouncils = inventedCouncils;

/**
 * Bodies that are not councils (~5% of pages): care providers (names with brackets, "Limited", "&"), NHS trusts and
 * a transport authority, each with the categories it is usually complained about under and the short name the
 * decision uses for it. All are invented, in the shapes of real ones.
 */
export const OTHER_BODIES = [
  ...[
    'Samplerise (Demofield) Care Limited',
    'Exampleigh Lodge Care Home Limited',
    'Mockbell Homecare Services Ltd',
    'Fictoview Healthcare Limited',
    'Demofield & Vale Care Limited',
    'Testwillow Court (Nursing Home) Limited',
    'Caresample (Northexample) Limited',
    'St Sample’s Residential Care Limited',
    'Exampleacres Supported Living CIC',
    'Mockbury House Care Services Ltd',
  ].map((name) => ({
    name,
    short: 'the Care Provider',
    kind: 'provider',
    categories: [
      ['adult-care-services', 'residential-care'],
      ['adult-care-services', 'domiciliary-care'],
      ['adult-care-services', 'charging'],
      ['adult-care-services', 'safeguarding'],
    ],
  })),
  ...[
    'Demoford Teaching Hospitals NHS Trust',
    'Testshire and Mockshire NHS Foundation Trust',
    'Samplecombe Partnership NHS Foundation Trust',
    'Exampleshire Partnership NHS Foundation Trust',
  ].map((name) => ({
    name,
    short: 'the Trust',
    kind: 'nhs',
    categories: [
      ['health', 'other'],
      ['health', 'hospital-acute-services'],
      ['adult-care-services', 'assessment-and-care-plan'],
    ],
  })),
  {
    name: 'Exampleton Transport Authority',
    short: 'the Authority',
    kind: 'tfl',
    categories: [
      ['transport-and-highways', 'parking-and-other-penalties'],
      ['transport-and-highways', 'traffic-management'],
      ['transport-and-highways', 'other'],
    ],
  },
];

export { categoryLabels } from '../../scripts/site/taxonomy.mjs';

/** Draw a (category, subcategory) pair, weighted by category. */
export function drawCategory(r) {
  const cat = r.weighted(CATEGORIES.map((c) => [c, c.weight]));
  const [sub] = r.pick(cat.subs);
  return [cat.slug, sub];
}
