// The layout-changing suite (issue 13): every real fixture text is re-laid out by code into the layouts decisions
// really arrive in (scraper text, a PDF letter, noisy text, other HTML markups) and must give the same header fields
// and the same remedy money as the parse of the original text. The layouts are made by test/layouts/*, which read the
// fixture with their own small line classifier, never with the project's readers.
import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { parseDecision, type Decision, type ParseOptions } from '../src/index.js';
import { HAS_SHARED, SHARED_SKIP_MESSAGE } from './helpers.js';
import { agreement, compareRecords, describeDisagreements, ratio, type Comparison, type HeaderField } from './layouts/compare.js';
import { loadCorpus, type CorpusDoc } from './layouts/corpus.js';
import { readPage, splitFixture } from './layouts/fixture-lines.js';
import { toDefinitionListHtml, toSiteHtml, toTableHtml, type HtmlLayout } from './layouts/html-markups.js';
import { addNoise } from './layouts/noise.js';
import { toLetterPdf } from './layouts/pdf-letter.js';
import { toScraperText, type ScraperTextOptions } from './layouts/scraper-text.js';

const ALL_FIELDS: readonly HeaderField[] = ['caseRef', 'organisation', 'category', 'subcategory', 'outcome', 'decisionDate', 'stage', 'documentType'];
/** Agreement each layout must reach, for fields and for money. */
const MIN_AGREEMENT = 0.99;

interface Made {
  input: string | Uint8Array;
  options: ParseOptions;
  /** Checks on the generated layout itself (it has the properties the layout claims). */
  check?: () => void;
}

interface Layout {
  name: string;
  /** The fields this layout carries; the others are not compared (why: in the comment on each layout). */
  fields: readonly HeaderField[];
  /** Whether a carried field is compared on this document (default: always). */
  compares?: (field: HeaderField, doc: CorpusDoc, original: Decision) => boolean;
  /** Documents the layout can be made from (default: all). */
  applies?: (doc: CorpusDoc) => boolean;
  make: (doc: CorpusDoc) => Promise<Made>;
}

const hasAddress = (doc: CorpusDoc): boolean => splitFixture(doc.text).url !== null;

function scraper(name: string, options: ScraperTextOptions): Layout {
  return {
    name,
    // Without the title line the organisation is nowhere (the page's title is the only place it is), so it is not
    // compared; the reference then comes only from the URL line, so documents with no address (the seeds) are left out.
    fields: options.title ? ALL_FIELDS : ALL_FIELDS.filter((f) => f !== 'organisation'),
    applies: options.title ? undefined : hasAddress,
    make: async (doc) => ({ input: toScraperText(doc.text, options), options: { filename: `${doc.name} (${name})` } }),
  };
}

function html(name: string, markup: (text: string) => HtmlLayout): Layout {
  return {
    name,
    fields: ALL_FIELDS,
    make: async (doc) => {
      const { html: page, url } = markup(doc.text);
      return { input: page, options: { filename: `${doc.name} (${name})`, ...(url ? { url } : {}) } };
    },
  };
}

const LAYOUTS: Layout[] = [
  // (a) scraper text: labels and values on separate lines, ">" alone, list numbers dropped.
  scraper('scraper text, title, inline Summary', { title: true, summary: 'inline', labels: 'colon', order: 'page' }),
  scraper('scraper text, title, Summary heading', { title: true, summary: 'heading', labels: 'colon', order: 'page' }),
  scraper('scraper text, no title, inline Summary', { title: false, summary: 'inline', labels: 'colon', order: 'page' }),
  scraper('scraper text, no title, Summary heading, blank lines', { title: false, summary: 'heading', labels: 'colon', order: 'page', blankLines: true }),
  scraper('scraper text, bare labels, date first', { title: true, summary: 'heading', labels: 'bare', order: 'date-first' }),
  // (b) a PDF decision letter. A letter has no Category or Decision line and no address: category, subcategory and
  // outcome are not compared, nor documentType (a letter is a statement's layout). Its date line is the decision date
  // written out; some pages state no decision date (report summaries, compact pages): the letter then has no date
  // line, and decisionDate is compared only where the original has one.
  {
    name: 'pdf letter',
    fields: ['caseRef', 'organisation', 'decisionDate', 'stage'],
    compares: (field, doc, orig) => {
      if (field === 'decisionDate') return orig.decisionDate !== null;
      // Mirror-site texts name no body in their text, only in their address (which a letter has not): the letter
      // then has no "Complaint against:" line, and the organisation is compared only where the page's title names it.
      if (field === 'organisation') return orig.organisations.length === 0 || readPage(doc.text).organisation !== null;
      return true;
    },
    make: async (doc) => {
      // Half the letters draw the footer first on each page (text extractors then give it first, as on the real
      // letters), half after the text.
      const letter = await toLetterPdf(doc.text, { stage: 'final', footerFirst: doc.name.length % 2 === 0 });
      return {
        input: letter.bytes,
        options: { filename: `${doc.name} (pdf letter)` },
        check: () => {
          expect(letter.pages, 'letter pages').toBeGreaterThanOrEqual(2);
          expect(letter.breaksInsideParagraphs, 'page breaks inside a paragraph').toBeGreaterThanOrEqual(1);
        },
      };
    },
  },
  // (c) noise: CRLF, NBSP, tabs, swapped quotes, doubled blank lines. Everything is carried.
  { name: 'noise', fields: ALL_FIELDS, make: async (doc) => ({ input: addNoise(doc.text, doc.name), options: { filename: `${doc.name} (noise)` } }) },
  // (d) HTML in three markups. Everything is carried (the address as `{ url }` where the markup has no canonical link).
  html('html site markup', toSiteHtml),
  html('html dl/dt/dd', toDefinitionListHtml),
  html('html table and divs', toTableHtml),
];

const corpus = loadCorpus();
if (!HAS_SHARED) console.log(`layouts: only the seeds (${SHARED_SKIP_MESSAGE})`);

const toError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** The original's record, parsed once per document (an error when the original itself does not parse). */
const originals = new Map<string, Promise<Decision | Error>>();
function original(doc: CorpusDoc): Promise<Decision | Error> {
  let p = originals.get(doc.name);
  if (!p) {
    p = parseDecision(doc.text, { filename: doc.name }).catch(toError);
    originals.set(doc.name, p);
  }
  return p;
}

for (const layout of LAYOUTS) {
  const docs = corpus.filter((d) => layout.applies?.(d) ?? true);
  describe(`layout: ${layout.name}`, () => {
    const results: Comparison[] = [];
    const unparsed: string[] = [];
    let ms = 0;

    it.each(docs.map((d) => [d.name, d] as const))('%s gives the same fields and money as the original', async (name, doc) => {
      const orig = await original(doc);
      if (orig instanceof Error) {
        // Not a layout's fault, but the suite must not pass by comparing nothing.
        unparsed.push(`${name}: ${orig.message}`);
        expect.fail(`the original text does not parse: ${orig.message}`);
      }
      const start = performance.now();
      // A layout that cannot be made counts as a disagreement too (the figures never leave a document out).
      const made = await layout.make(doc).catch(toError);
      const got = made instanceof Error ? made : await parseDecision(made.input, made.options).catch(toError);
      ms += performance.now() - start;
      const fields = layout.fields.filter((f) => layout.compares?.(f, doc, orig) ?? true);
      const mine = compareRecords(name, orig, got, fields);
      results.push(...mine);
      if (!(made instanceof Error)) made.check?.();
      const wrong = describeDisagreements(mine);
      expect(wrong, wrong.join('\n')).toEqual([]);
    });

    it(`agrees on at least ${MIN_AGREEMENT * 100}% of fields and of money`, () => {
      const { fields, money } = agreement(results);
      console.log(`layout ${layout.name}: fields ${ratio(fields)}, money ${ratio(money)} [${money[1]} documents, ${(ms / 1000).toFixed(1)} s]`);
      expect(unparsed, `originals that do not parse:\n${unparsed.join('\n')}`).toEqual([]);
      if (money[1] === 0) return;
      const wrong = describeDisagreements(results).join('\n');
      expect(fields[0] / fields[1], `fields:\n${wrong}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
      expect(money[0] / money[1], `money:\n${wrong}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    });
  });
}

describe('layout: pdf letter, draft', () => {
  // A draft letter ("The Ombudsman’s draft decision", footer "Draft decision for your comments N") is read as a draft
  // of the same decision: same reference and body, stage "draft".
  const seeds = corpus.filter((d) => d.name.startsWith('seeds/'));
  const withMoney = corpus.filter((d) => /decisions\/(19-011-371|24-015-110)\.txt$/.test(d.name));
  it.each([...seeds, ...withMoney].map((d) => [d.name, d] as const))('%s as a draft letter has stage "draft"', async (name, doc) => {
    const orig = await original(doc);
    if (orig instanceof Error) throw orig;
    const letter = await toLetterPdf(doc.text, { stage: 'draft', footerFirst: true });
    const draft = await parseDecision(letter.bytes, { filename: `${name} (draft letter)` });
    expect(draft.stage).toBe('draft');
    expect(draft.caseRef).toBe(orig.caseRef);
    expect(draft.organisations.map((o) => o.name)).toEqual(orig.organisations.map((o) => o.name));
  });
});

describe('the layouts are what they claim to be', () => {
  const seed = corpus.find((d) => d.name.startsWith('seeds/001'))!;
  const withUrl = corpus.find((d) => d.name === 'decisions/19-002-900.txt');

  it('scraper text: labels and values on their own lines, ">" alone, no list numbers', () => {
    const text = toScraperText(seed.text, { title: true, summary: 'heading', labels: 'colon', order: 'page' });
    const lines = text.split('\n');
    expect(lines.slice(0, 12)).toEqual(expect.arrayContaining(['Category :', '>', 'Decision :', 'Upheld', 'Decision date :', '16 May 2024', 'Summary']));
    expect(lines.filter((l) => /^\s*\d+\.\s/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.trim() === '')).toEqual(['']);
  });

  it.skipIf(!withUrl)('scraper text without a title: the URL line stays, the title goes', () => {
    const text = toScraperText(withUrl!.text, { title: false, summary: 'inline', labels: 'bare', order: 'date-first' });
    expect(text.split('\n').slice(0, 4)).toEqual(['URL: https://www.lgo.org.uk/decisions/planning/planning-applications/19-002-900', '', 'Decision date', '18 Nov 2019']);
    expect(text).not.toContain('(19 002 900)');
  });

  it('noise: CRLF, NBSP, tabs, swapped quotes, doubled blank lines', () => {
    const text = addNoise(seed.text, seed.name);
    expect(text).toContain('\r\n\r\n\r\n');
    expect(text).toContain('\u00a0');
    expect(text).toMatch(/^\t1\.\t/m);
    expect(text).toContain('Ombudsman’s final decision');
    expect(text).toContain("Council's");
  });

  it('pdf letter: date line, reference and body on their own lines, numbers in a column, running footers', async () => {
    const letter = await toLetterPdf(seed.text, { stage: 'final', footerFirst: false });
    expect(letter.pages).toBeGreaterThanOrEqual(2);
    expect(letter.breaksInsideParagraphs).toBeGreaterThanOrEqual(1);
    const parser = new PDFParse({ data: new Uint8Array(letter.bytes) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.slice(0, 6)).toEqual(['16 May 2024', 'Complaint reference:', '23 015 499', 'Complaint against:', 'Hampshire County Council', 'The Ombudsman’s final decision']);
    expect(lines).toContain('Final decision 2');
    expect(lines).toContain('Investigator’s decision on behalf of the Ombudsman');
    expect(lines.some((l) => /^1\.\s+Miss X says the Council failed to:$/.test(l))).toBe(true);
    expect(lines.filter((l) => /^Category|^Decision :/.test(l))).toEqual([]);
  });

  it('html: the site markup has a canonical link when there is an address; the others pass it as { url }', () => {
    const doc = withUrl ?? seed;
    const url = splitFixture(doc.text).url;
    const site = toSiteHtml(doc.text);
    expect(site.url).toBeNull();
    if (url) expect(site.html).toContain(`<link rel="canonical" href="${url}">`);
    expect(toDefinitionListHtml(doc.text).url).toBe(url);
    expect(toTableHtml(doc.text).html).toMatch(/<h1>[^<]+<\/h1><\/div>\n<article>/);
  });
});
