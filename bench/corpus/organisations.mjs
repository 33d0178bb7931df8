/** Who the synthetic decisions are about: English councils from the bundled lookup, plus a few other bodies. */
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../scripts/site/taxonomy.mjs';

const AUTHORITIES_URL = new URL('../../data/authorities/authorities.json', import.meta.url);

let councils = null;
/** Current English councils' official names (nation "England", no end date), sorted so runs are repeatable. */
export function englishCouncils() {
  if (councils) return councils;
  const { authorities } = JSON.parse(readFileSync(AUTHORITIES_URL, 'utf8'));
  councils = authorities
    .filter((a) => a.nation === 'England' && !a.endDate && a.officialName)
    .map((a) => a.officialName.replace(/\s+/g, ' ').trim()) // the lookup has stray double spaces
    .sort();
  if (councils.length === 0) throw new Error(`${AUTHORITIES_URL.pathname}: no current English councils`);
  return councils;
}

/**
 * Bodies that are not councils (~5% of pages): care providers (names with brackets, "Limited", "&"), NHS trusts and
 * Transport for London, each with the categories it is usually complained about under and the short name the
 * decision uses for it. The provider names are made up.
 */
export const OTHER_BODIES = [
  ...[
    'Sunrise (Westfield) Care Limited',
    'Oakleigh Lodge Care Home Limited',
    'Bluebell Homecare Services Ltd',
    'Meadowview Healthcare Limited',
    'Hartfield & Vale Care Limited',
    'Willow Court (Nursing Home) Limited',
    'Caremark (Northfield) Limited',
    'St Anne’s Residential Care Limited',
    'Greenacres Supported Living CIC',
    'Thornbury House Care Services Ltd',
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
    'Leeds Teaching Hospitals NHS Trust',
    'Norfolk and Suffolk NHS Foundation Trust',
    'Cornwall Partnership NHS Foundation Trust',
    'Sussex Partnership NHS Foundation Trust',
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
    name: 'Transport for London',
    short: 'TfL',
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
