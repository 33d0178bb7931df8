/**
 * Category and subcategory labels by URL slug, as the site shows them (docs/lgsco-site.md §6; the taxonomy is not
 * exhaustive, so unknown slugs get a readable label from slugToLabel). Keys: "<cat>" and "<cat>/<sub>".
 */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'adult-care-services': 'Adult care services',
  'adult-care-services/assessment-and-care-plan': 'Assessment and care plan',
  'adult-care-services/charging': 'Charging',
  'adult-care-services/direct-payments': 'Direct payments',
  'adult-care-services/disabled-facilities-grants': 'Disabled facilities grants',
  'adult-care-services/domiciliary-care': 'Domiciliary care',
  'adult-care-services/other': 'Other',
  'adult-care-services/residential-care': 'Residential care',
  'adult-care-services/safeguarding': 'Safeguarding',
  'adult-care-services/transition-from-childrens-services': 'Transition from childrens services',
  'adult-care-services/transport': 'Transport',
  'benefits-and-tax': 'Benefits and tax',
  'benefits-and-tax/council-tax': 'Council tax',
  'benefits-and-tax/council-tax-support': 'Council tax support',
  'benefits-and-tax/covid-19': 'COVID-19',
  'benefits-and-tax/housing-benefit-and-council-tax-benefit': 'Housing benefit and council tax benefit',
  'benefits-and-tax/other': 'Other',
  'children-s-care-services': "Children's care services",
  'children-s-care-services/adoption': 'Adoption',
  'children-s-care-services/child-protection': 'Child protection',
  'children-s-care-services/disabled-children': 'Disabled children',
  'children-s-care-services/fostering': 'Fostering',
  'children-s-care-services/friends-and-family-carers': 'Friends and family carers',
  'children-s-care-services/looked-after-children': 'Looked after children',
  'children-s-care-services/other': 'Other',
  education: 'Education',
  'education/alternative-provision': 'Alternative provision',
  'education/other': 'Other',
  'education/school-admissions': 'School admissions',
  'education/school-exclusions': 'School exclusions',
  'education/school-meals': 'School meals',
  'education/school-transport': 'School transport',
  'education/special-educational-needs': 'Special educational needs',
  'environment-and-regulation': 'Environment and regulation',
  'environment-and-regulation/antisocial-behaviour': 'Antisocial behaviour',
  'environment-and-regulation/drainage': 'Drainage',
  'environment-and-regulation/licensing': 'Licensing',
  'environment-and-regulation/noise': 'Noise',
  'environment-and-regulation/other': 'Other',
  'environment-and-regulation/refuse-and-recycling': 'Refuse and recycling',
  'environment-and-regulation/trees': 'Trees',
  health: 'Health',
  'health/hospital-acute-services': 'Hospital acute services',
  'health/other': 'Other',
  housing: 'Housing',
  'housing/allocations': 'Allocations',
  'housing/homelessness': 'Homelessness',
  'housing/other': 'Other',
  'housing/private-housing': 'Private housing',
  'other-categories': 'Other Categories',
  'other-categories/councillor-conduct-and-standards': 'Councillor conduct and standards',
  'other-categories/land': 'Land',
  'other-categories/other': 'Other',
  planning: 'Planning',
  'planning/building-control': 'Building control',
  'planning/enforcement': 'Enforcement',
  'planning/other': 'Other',
  'planning/planning-applications': 'Planning applications',
  'transport-and-highways': 'Transport and highways',
  'transport-and-highways/highway-repair-and-maintenance': 'Highway repair and maintenance',
  'transport-and-highways/other': 'Other',
  'transport-and-highways/parking-and-other-penalties': 'Parking and other penalties',
  'transport-and-highways/traffic-management': 'Traffic management',
};

/** Upper-case words the site keeps in labels. */
const ACRONYMS: Readonly<Record<string, string>> = { covid: 'COVID', send: 'SEND', nhs: 'NHS', hmo: 'HMO', asb: 'ASB', dfg: 'DFG' };

/** The site's slug rule: lower case, each run of non-alphanumerics (apostrophe included) → "-". */
export function slugify(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A readable label for a slug we have not seen: "school-meals" → "School meals". */
export function slugToLabel(slug: string): string {
  const words = slug.split('-').filter(Boolean);
  const out = words.map((w) => ACRONYMS[w] ?? w);
  // Rejoin "covid-19"-style number suffixes with a hyphen.
  const text = out.join(' ').replace(/\b([A-Z]+) (\d+)\b/g, '$1-$2');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
