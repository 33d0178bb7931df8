/**
 * The one page renderer (scripts/site/): the sample, the bench corpus and the fake site draw their pages with it, so
 * what it draws must read back as the data it was given — in every article layout and every choice of chrome (the
 * same decision, laid out another way, gives the same record).
 */
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.js';
import { parseListingPage } from '../scrapers/listing.js';
import * as site from '../scripts/site/index.mjs';
import type { ArticleOptions, DecisionPage, PageOptions } from '../scripts/site/index.mjs';

const PAGE: DecisionPage = {
  url: 'https://www.lgo.org.uk/decisions/housing/homelessness/00-123-456',
  title: 'Demoford Borough Council (00 123 456)',
  ref: '00 123 456',
  category: 'Housing',
  subcategory: 'Homelessness',
  categorySlug: 'housing',
  subcategorySlug: 'homelessness',
  decision: 'Upheld',
  date: '14 Mar 2024',
  maker: "Investigator's decision on behalf of the Ombudsman",
  blocks: [
    { kind: 'final', text: "The Ombudsman's final decision:" },
    { kind: 'summary', text: 'Mrs X complained the Council kept her family in bed & breakfast for <12> weeks. We found fault. The Council has agreed to pay her £450.' },
    { kind: 'heading', level: 2, text: 'The complaint' },
    { kind: 'para', text: 'Mrs X complains the Council:', items: [{ text: 'did not review her temporary accommodation; and' }, { text: 'took four months to answer her complaint.' }] },
    { kind: 'top' },
    { kind: 'heading', level: 2, text: 'What I found' },
    { kind: 'heading', level: 3, text: 'What happened' },
    { kind: 'para', text: 'Mrs X and her two children lived in one room with a shared kitchen from May to August.' },
    { kind: 'para', text: 'The Council did not review the suitability of the room. That was fault.' },
    { kind: 'top' },
    { kind: 'heading', level: 2, text: 'Agreed action' },
    { kind: 'para', text: 'Within one month of my final decision, the Council has agreed to pay Mrs X £450 to acknowledge the distress caused by living in unsuitable accommodation.' },
    { kind: 'top' },
    { kind: 'heading', level: 2, text: 'Final decision' },
    { kind: 'para', text: 'I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.' },
    { kind: 'top' },
  ],
};

const read = async (html: string): Promise<Record<string, unknown>> => {
  const { sourceSha256: _, ...rest } = (await parseDecision(html)) as unknown as Record<string, unknown>;
  return rest;
};

describe('a decision page reads back as its data', () => {
  it('header fields, numbered paragraphs and the payment', async () => {
    const rec = await parseDecision(site.renderDecisionPage(PAGE));
    expect(rec).toMatchObject({
      caseRef: '00 123 456',
      url: PAGE.url,
      categorySlug: 'housing',
      subcategorySlug: 'homelessness',
      outcomeLabel: 'Upheld',
      decisionDate: '2024-03-14',
      summary: PAGE.blocks[1]!.kind === 'summary' ? PAGE.blocks[1]!.text : '',
    });
    expect(rec.organisations.map((o) => o.name)).toEqual(['Demoford Borough Council']);
    expect(rec.remedy.totalPence).toBe(45000);
    const numbers = rec.sections.flatMap((s) => s.paragraphs.map((p) => p.n)).filter((n) => n !== null);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });

  const layouts: Array<ArticleOptions['layout']> = ['p', 'div', 'table'];
  const chromes: Array<Partial<PageOptions>> = [
    { cookiePanel: false, nav: 'compact', sidebar: 'none' },
    { cookiePanel: true, nav: 'mega', sidebar: 'search', ogUrl: true, meta: { 'lgsco:sample': 'invented' } },
    { sidebar: { related: [{ org: 'Samplebury City Council', ref: '00 999 001', refSlug: '00-999-001', outcomeLabel: 'Not upheld', dateText: '02 Jan 2024' }] } },
  ];
  it.each(layouts.flatMap((layout) => chromes.map((chrome, i) => [layout, i, chrome] as const)))('layout %s, chrome %i: the same record', async (layout, _i, chrome) => {
    const base = await read(site.renderDecisionPage(PAGE));
    expect(await read(site.renderDecisionPage(PAGE, { ...chrome, layout }))).toEqual(base);
  });

  it('entity styles in the body change nothing (the bench writes ’ and £ as numeric or named entities)', async () => {
    const named = (s: string): string => site.escapeHtml(s).replace(/’/g, '&rsquo;').replace(/£/g, '&pound;');
    expect(await read(site.renderDecisionPage(PAGE, { enc: named, esc: site.escapeHtml }))).toEqual(await read(site.renderDecisionPage(PAGE)));
  });

  it('a report chapter numbers on from firstNumber, under its chapter navigation', async () => {
    const chapter: DecisionPage = {
      ...PAGE,
      firstNumber: 6,
      blocks: [
        { kind: 'chapters', items: [{ title: 'Overview', href: '/decisions/housing/homelessness/00-123-456' }, { title: 'Conclusions', href: '/decisions/housing/homelessness/00-123-456?chapter=2', current: true }] },
        { kind: 'heading', level: 2, text: 'Conclusions', class: 'chapter-title' },
        { kind: 'para', text: 'The Council failed to act within the statutory timescale. This was fault, which caused injustice.' },
        { kind: 'para', text: 'The Council has accepted our recommendations.' },
      ],
    };
    const html = site.renderDecisionPage(chapter);
    expect(html).toContain('<ol start="6">');
    expect(html).toContain('<li class="is-current"><a href="/decisions/housing/homelessness/00-123-456?chapter=2">Conclusions</a></li>');
    expect(html).toContain('<h2 class="chapter-title">Conclusions</h2>');
  });

  it('an unknown block kind is an error naming it', () => {
    expect(() => site.renderArticle({ ...PAGE, blocks: [{ kind: 'quote', text: 'x' } as never] })).toThrow('renderArticle: unknown block kind "quote"');
  });
});

describe('the search pages', () => {
  it('a SearchResults page reads back: its count, its items, its pager', () => {
    const items = [1, 2, 3].map((k) => ({
      href: `/decisions/housing/homelessness/00-000-00${k}`,
      title: `Demoshire County Council (00 000 00${k})`,
      meta: `Statement Upheld Homelessness 0${k}-Mar-2024`,
      summary: `Mrs X complained about case ${k} & more.`,
    }));
    const html = site.renderListingPage({ query: new URLSearchParams('fd=2024-03-01&td=2024-03-31'), page: 2, count: 1234, pageSize: 10, items, extraLinks: ['https://evil.example/decisions/a/b/00-000-009'] });
    const page = parseListingPage(html);
    expect(page.count).toBe(1234);
    expect(page.items.map((i) => [i.caseRef, i.outcome, i.date, i.summary])).toEqual(items.map((it, k) => [`00 000 00${k + 1}`, 'upheld', `2024-03-0${k + 1}`, it.summary]));
    expect(page.offHost).toEqual(['https://evil.example/decisions/a/b/00-000-009']);
    expect(html).toContain('<a href="/Decisions/SearchResults?fd=2024-03-01&amp;td=2024-03-31&amp;page=3">Next</a>');
  });
});

it('the renderer exports what index.d.mts declares', () => {
  expect(Object.keys(site).sort()).toEqual(
    ['CATEGORIES', 'FOOTER', 'MAIN_CLOSE', 'SIDEBAR_SEARCH', 'categoryLabels', 'decisionCrumbs', 'escapeHtml', 'escapeLabel', 'formatCount', 'pageBottom', 'pageTop', 'renderArticle', 'renderDecisionPage', 'renderListingPage', 'renderPage', 'searchForm', 'slugify'].sort(),
  );
});
