/**
 * The site's categories and subcategories (docs/lgsco-site.md §6): slug → label, with a rough share of decisions (the
 * bench corpus draws categories by it). The page chrome's menus and search form list them, so one list serves all.
 */
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
