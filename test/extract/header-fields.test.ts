import { describe, expect, it } from 'vitest';
import { caseRefFromUrl, extractCaseRef, normaliseCaseRef, organisationFromUrl } from '../../src/extract/case-ref.js';
import { labelsFromSlugs, splitCategoryValue } from '../../src/extract/category.js';
import { slugify, slugToLabel } from '../../src/extract/category-labels.js';
import { parseDate } from '../../src/extract/decision-date.js';
import { extractOrganisations, splitOrganisationNames } from '../../src/extract/organisation.js';
import { extractOutcome } from '../../src/extract/outcome.js';
import { canonicaliseUrl } from '../../src/extract/url.js';

describe('extractCaseRef', () => {
  it.each([
    ['Kent County Council (24 004 875)', '24 004 875'],
    ['Sample Life (Carewell) Limited (00 007 848)', '00 007 848'],
    ['Avery Homes (Nelson) Limited (22 011 163)', '22 011 163'],
    ['Salisbury NHS Foundation Trust (24 005 840b)', '24 005 840b'],
    ['Health Board (00 002 402B)', '00 002 402b'],
    ['15 010 742', '15 010 742'],
    ['Kent County Council (24-004-875)', '24 004 875'],
    ['Kent County Council', null],
    ['The complaint', null],
    ['', null],
  ])('%j → %j', (title, ref) => {
    expect(extractCaseRef(title)).toBe(ref);
  });

  it.each([
    ['https://www.lgo.org.uk/decisions/health/other/00-002-402b', '00 002 402b'],
    ['https://www.lgo.org.uk/decisions/planning/other/20-003-684?displaypref=0', '20 003 684'],
    ['https://www.lgo.org.uk/decisions/planning', null],
    ['https://www.accountabilityindex.uk/sources/lgo/decisions/lgo-21-018-073-birmingham-city-council/', '21 018 073'],
    // Republished copies: any address that contains the reference, its groups separated alike.
    ['https://example.org/ombudsman/decision-99-123-456.html', '99 123 456'],
    ['https://example.org/files/99_123_456_final.pdf', '99 123 456'],
    ['https://example.org/complaints?ref=99123456', '99 123 456'],
    ['https://example.org/docs/Exampleton%20Council%2099%20123%20456.pdf', '99 123 456'],
    ['https://example.org/meetings/2023-01-20/item-12', null],
    ['https://example.org/node/123456789', null],
  ])('from the address %s → %j', (url, ref) => {
    expect(caseRefFromUrl(url)).toBe(ref);
  });

  it.each([
    ['00-007-429', '00 007 429'],
    ['00007429', '00 007 429'],
    ['00 007 429B', '00 007 429b'],
    ['1 007 429', null],
  ])('normalises %j → %j', (raw, ref) => {
    expect(normaliseCaseRef(raw)).toBe(ref);
  });
});

describe('canonicaliseUrl', () => {
  const canonical = 'https://www.lgo.org.uk/decisions/adult-care-services/domiciliary-care/24-005-636';
  it.each([
    [canonical, canonical],
    ['http://www.lgo.org.uk/decisions/adult-care-services/domiciliary-care/24-005-636', canonical],
    ['https://lgo.org.uk/decisions/adult-care-services/domiciliary-care/24-005-636', canonical],
    ['lgo.org.uk/decisions/adult-care-services/domiciliary-care/24-005-636', canonical],
    ['/decisions/adult-care-services/domiciliary-care/24-005-636', canonical],
    [`${canonical}?displaypref=2`, canonical],
    [`${canonical}?chapter=3`, canonical],
    [`${canonical}/`, canonical],
    [`${canonical}#top`, canonical],
    ['https://www.lgo.org.uk/Decisions/Adult-Care-Services/Domiciliary-Care/24-005-636', canonical],
    [
      'https://links-1.govdelivery.com/CL0/https:%2F%2Fwww.lgo.org.uk%2Fdecisions%2Fadult-care-services%2Fdomiciliary-care%2F24-005-636/1/0100/abc=397',
      canonical,
    ],
    [`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(canonical)}&data=05%7C01`, canonical],
    [`https://urldefense.com/v3/__${canonical}__;!!abc$`, canonical],
    [`https://www.google.com/url?q=${encodeURIComponent(canonical)}&sa=D`, canonical],
    ['https://www.lgo.org.uk/decisions/adult-care-services', null],
    ['https://example.com/decisions/adult-care-services/domiciliary-care/24-005-636', null],
    ['not a url at all', null],
    [null, null],
  ])('%s → %s', (raw, want) => {
    expect(canonicaliseUrl(raw)).toBe(want);
  });
});

describe('organisations', () => {
  it.each([
    ['https://www.inquirytracker.uk/sources/lgo/decisions/lgo-22-008-677-london-borough-of-southwark/', 'London Borough of Southwark'],
    ['https://www.accountabilityindex.uk/sources/lgo/decisions/lgo-24-009-238-essex-county-council/', 'Essex County Council'],
    ['https://www.lgo.org.uk/decisions/health/other/00-002-402b', null],
    ['https://example.org/ombudsman/99-123-456-exampleton-borough-council.html', 'Exampleton Borough Council'],
    ['https://example.org/ombudsman/exampleton-borough-council-99-123-456/', 'Exampleton Borough Council'],
    ['https://example.org/ombudsman/lgo-decision-99-123-456.html', null],
    ['https://example.org/news/99-123-456-what-the-ombudsman-said', null],
  ])('from an address %s → %j', (url, name) => {
    expect(organisationFromUrl(url)).toBe(name);
  });

  it.each([
    ['Bournemouth, Christchurch and Poole Council (24 008 242)', ['Bournemouth, Christchurch and Poole Council']],
    ['Cheshire West & Chester Council (16 016 756)', ['Cheshire West & Chester Council']],
    ['Cheshire West and Chester Council (16 016 756)', ['Cheshire West and Chester Council']],
    ['Bluebird Care AKA BenJeMax Limited (19 016 311)', ['Bluebird Care AKA BenJeMax Limited']],
    ['Sample Life (Carewell) Limited (00 007 848)', ['Sample Life (Carewell) Limited']],
    ['Demoshire County Council and Samplebury Council (00 001 234)', ['Demoshire County Council', 'Samplebury Council']],
    ['Sampleshire County Council, Sampleshire and Demoford NHS Foundation Trust (00 001 234)', ['Sampleshire County Council', 'Sampleshire and Demoford NHS Foundation Trust']],
    ['15 010 742', []],
    [null, []],
  ])('%j → %j', (title, names) => {
    expect(extractOrganisations(title).map((o) => o.name)).toEqual(names);
  });

  it('keeps a name whole when a part is not itself a body', () => {
    expect(splitOrganisationNames('Royal Borough of Windsor and Maidenhead')).toEqual(['Royal Borough of Windsor and Maidenhead']);
  });
});

describe('category', () => {
  it.each([
    ["Children's care services > Other", { category: "Children's care services", subcategory: 'Other' }],
    ['Benefits and tax  >  COVID-19', { category: 'Benefits and tax', subcategory: 'COVID-19' }],
    ['Planning', { category: 'Planning', subcategory: null }],
    ['', null],
  ])('splits %j', (value, want) => {
    expect(splitCategoryValue(value)).toEqual(want);
  });

  it.each([
    ['children-s-care-services', 'other', "Children's care services", 'Other'],
    ['benefits-and-tax', 'covid-19', 'Benefits and tax', 'COVID-19'],
    ['adult-care-services', 'transition-from-childrens-services', 'Adult care services', 'Transition from childrens services'],
    ['education', 'school-meals-and-uniforms', 'Education', 'School meals and uniforms'],
    ['brand-new-category', 'nhs-funded-care', 'Brand new category', 'NHS funded care'],
  ])('labels slugs %s/%s', (cat, sub, catLabel, subLabel) => {
    expect(labelsFromSlugs(cat, sub)).toEqual({ category: catLabel, subcategory: subLabel });
  });

  it.each([
    ["Children's care services", 'children-s-care-services'],
    ['COVID-19', 'covid-19'],
    ['Other Categories', 'other-categories'],
  ])('slugify %j → %j', (label, slug) => {
    expect(slugify(label)).toBe(slug);
    expect(slugToLabel(slug).toLowerCase()).toBe(label.toLowerCase().replace("'", ' ').replace(/\s+/g, ' '));
  });
});

describe('outcome', () => {
  it.each([
    ['Upheld', 'upheld'],
    ['upheld', 'upheld'],
    ['Not upheld', 'not_upheld'],
    ['Not Upheld', 'not_upheld'],
    ['Closed after initial enquiries', 'closed_after_initial_enquiries'],
    ['Upheld: maladministration and injustice', 'upheld'],
    ['Premature', null],
    ['', null],
    [null, null],
  ])('%j → %j', (label, code) => {
    expect(extractOutcome(label)).toBe(code);
  });
});

describe('parseDate', () => {
  it.each([
    ['05 Feb 2020', '2020-02-05'],
    ['5 February 2020', '2020-02-05'],
    ['08-Jan-2019', '2019-01-08'],
    ['12 September 2017', '2017-09-12'],
    ['12th Sept 2017', '2017-09-12'],
    ['23 September 2016', '2016-09-23'],
    ['2024-05-16', '2024-05-16'],
    ['16/05/2024', '2024-05-16'],
    ['31 Feb 2020', null],
    ['05 Fbe 2020', null],
    ['no date here', null],
    [null, null],
  ])('%j → %j', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
