/** Who the synthetic decisions are about: English councils from the bundled lookup, plus a few other bodies. */
import { readFileSync } from 'node:fs';

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

/** The site's categories and subcategories (docs/lgsco-site.md §6): slug → label, with a rough share of decisions. */
export const CATEGORIES = [
  { slug: 'adult-care-services', label: 'Adult care services', weight: 16, subs: [
    ['assessment-and-care-plan', 'Assessment and care plan'], ['charging', 'Charging'], ['direct-payments', 'Direct payments'],
    ['disabled-facilities-grants', 'Disabled facilities grants'], ['domiciliary-care', 'Domiciliary care'],
    ['residential-care', 'Residential care'], ['safeguarding', 'Safeguarding'],
    ['transition-from-childrens-services', 'Transition from childrens services'], ['transport', 'Transport'],
  ] },
  { slug: 'benefits-and-tax', label: 'Benefits and tax', weight: 10, subs: [
    ['council-tax', 'Council tax'], ['council-tax-support', 'Council tax support'], ['covid-19', 'COVID-19'],
    ['housing-benefit-and-council-tax-benefit', 'Housing benefit and council tax benefit'], ['other', 'Other'],
  ] },
  { slug: 'children-s-care-services', label: "Children's care services", weight: 9, subs: [
    ['adoption', 'Adoption'], ['child-protection', 'Child protection'], ['disabled-children', 'Disabled children'],
    ['fostering', 'Fostering'], ['friends-and-family-carers', 'Friends and family carers'],
    ['looked-after-children', 'Looked after children'], ['other', 'Other'],
  ] },
  { slug: 'education', label: 'Education', weight: 14, subs: [
    ['alternative-provision', 'Alternative provision'], ['other', 'Other'], ['school-admissions', 'School admissions'],
    ['school-exclusions', 'School exclusions'], ['school-transport', 'School transport'],
    ['special-educational-needs', 'Special educational needs'],
  ] },
  { slug: 'environment-and-regulation', label: 'Environment and regulation', weight: 10, subs: [
    ['antisocial-behaviour', 'Antisocial behaviour'], ['drainage', 'Drainage'], ['licensing', 'Licensing'], ['noise', 'Noise'],
    ['other', 'Other'], ['refuse-and-recycling', 'Refuse and recycling'], ['trees', 'Trees'],
  ] },
  { slug: 'health', label: 'Health', weight: 1, subs: [['hospital-acute-services', 'Hospital acute services'], ['other', 'Other']] },
  { slug: 'housing', label: 'Housing', weight: 15, subs: [
    ['allocations', 'Allocations'], ['homelessness', 'Homelessness'], ['other', 'Other'], ['private-housing', 'Private housing'],
  ] },
  { slug: 'other-categories', label: 'Other Categories', weight: 3, subs: [
    ['councillor-conduct-and-standards', 'Councillor conduct and standards'], ['land', 'Land'], ['other', 'Other'],
  ] },
  { slug: 'planning', label: 'Planning', weight: 12, subs: [
    ['building-control', 'Building control'], ['enforcement', 'Enforcement'], ['other', 'Other'],
    ['planning-applications', 'Planning applications'],
  ] },
  { slug: 'transport-and-highways', label: 'Transport and highways', weight: 10, subs: [
    ['highway-repair-and-maintenance', 'Highway repair and maintenance'], ['other', 'Other'],
    ['parking-and-other-penalties', 'Parking and other penalties'], ['traffic-management', 'Traffic management'],
  ] },
];

const BY_SLUG = new Map(CATEGORIES.map((c) => [c.slug, c]));

/** Category and subcategory labels for a pair of slugs. */
export function categoryLabels(catSlug, subSlug) {
  const cat = BY_SLUG.get(catSlug);
  const sub = cat.subs.find(([s]) => s === subSlug);
  return { category: cat.label, subcategory: sub[1] };
}

/** Draw a (category, subcategory) pair, weighted by category. */
export function drawCategory(r) {
  const cat = r.weighted(CATEGORIES.map((c) => [c, c.weight]));
  const [sub] = r.pick(cat.subs);
  return [cat.slug, sub];
}
