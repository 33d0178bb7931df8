import { describe, expect, it } from 'vitest';
import { applyListingFacts, monthWindows, pageCount, parseListingPage, searchPath, splitWindow } from '../../scrapers/listing.js';
import { backoffMs, isLoopback, PoliteClient, retryAfterMs } from '../../scrapers/http.js';
import { parseDecision } from '../../src/parse.js';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>Search results</title></head><body><header><a href="/decisions">Decisions</a></header><main>${body}</main><footer><a href="/copyright">Copyright</a></footer></body></html>`;

const DIV_ITEMS = page(`
<p>Your search has 1,234 results</p>
<div class="result"><h3><a href="/decisions/housing/homelessness/00-006-248">South Fictonshire Council (00 006 248)</a></h3>
  <p>Report Upheld Homelessness 27-Apr-2026</p><p>Summary: The Council made Ms X wait in unsuitable accommodation.</p></div>
<div class="result"><h3><a href="https://www.lgo.org.uk/decisions/adult-care-services/domiciliary-care/00-007-848?displaypref=1">Sample Life (Carewell) Limited (00 007 848)</a></h3>
  <p>Statement Not upheld Domiciliary care 08-Jan-2019</p><p>Summary: We did not find fault.</p></div>
<nav><a href="?fd=2026-04-01&td=2026-04-30&page=2">2</a><a href="?page=2">Next</a></nav>`);

describe('parseListingPage', () => {
  it('reads the count and each item (link, title, type, outcome, subcategory, date, summary) without class names', () => {
    const p = parseListingPage(DIV_ITEMS);
    expect(p.count).toBe(1234);
    expect(p.shell).toBe(false);
    expect(p.items).toHaveLength(2);
    expect(p.items[0]).toMatchObject({
      url: 'https://www.lgo.org.uk/decisions/housing/homelessness/00-006-248',
      caseRef: '00 006 248',
      organisation: 'South Fictonshire Council',
      documentType: 'report',
      outcome: 'upheld',
      subcategory: 'Homelessness',
      date: '2026-04-27',
      summary: 'The Council made Ms X wait in unsuitable accommodation.',
    });
    // The last bracketed group is the reference; displaypref is dropped from the address.
    expect(p.items[1]).toMatchObject({
      url: 'https://www.lgo.org.uk/decisions/adult-care-services/domiciliary-care/00-007-848',
      organisation: 'Sample Life (Carewell) Limited',
      documentType: 'statement',
      outcome: 'not_upheld',
      date: '2019-01-08',
    });
  });

  it('reads table rows and list items just as well', () => {
    const table = parseListingPage(
      page(`<div>Your search has 2 results</div><table><tr><td><a href="/decisions/planning/enforcement/00-001-283">Exampleby Metropolitan Borough Council (00 001 283)</a></td>
        <td>Statement Closed after initial enquiries Enforcement 05-Feb-2025</td></tr>
        <tr><td><a href="/decisions/health/other/00-002-402b">Some NHS Trust (00 002 402b)</a></td><td>Statement Not upheld Other 01-Mar-2018</td></tr></table>`),
    );
    expect(table.count).toBe(2);
    expect(table.items.map((i) => [i.caseRef, i.outcome, i.subcategory, i.date])).toEqual([
      ['00 001 283', 'closed_after_initial_enquiries', 'Enforcement', '2025-02-05'],
      ['00 002 402b', 'not_upheld', 'Other', '2018-03-01'],
    ]);
  });

  it('counts "1 result" and "0 results", and a page with neither count nor items is a shell', () => {
    expect(parseListingPage(page('<p>Your search has 1 result</p>')).count).toBe(1);
    const none = parseListingPage(page('<p>Your search has 0 results</p>'));
    expect(none).toMatchObject({ count: 0, items: [], shell: false });
    const shell = parseListingPage(page('<form action="/decisionsnew/newsearchpost"><input name="fd"></form>'));
    expect(shell).toMatchObject({ count: null, items: [], shell: true });
  });

  it('reads other wordings of the total and a spaced date when the site\'s own are absent', () => {
    const p = parseListingPage(
      page(`<p>Showing 1–10 of 1,205 results</p><div><a href="/decisions/housing/other/00-000-001">Samplebury City Council (00 000 001)</a>
        <p>Statement Upheld Other 01 January 2021</p></div>`),
    );
    expect(p.count).toBe(1205);
    expect(p.items[0]).toMatchObject({ outcome: 'upheld', subcategory: 'Other', date: '2021-01-01' });
    expect(parseListingPage(page('<p>23 results found</p>')).count).toBe(23);
  });

  it('keeps links on the crawled host or lgo.org.uk and reports links to other hosts', () => {
    const p = parseListingPage(
      page(`<p>Your search has 3 results</p>
      <div><a href="http://127.0.0.1:8080/decisions/education/school-transport/00-018-169">Demoshire County Council (00 018 169)</a></div>
      <div><a href="https://lgo.org.uk/decisions/education/school-transport/00-019-136">Demoshire County Council (00 019 136)</a></div>
      <div><a href="https://evil.example/decisions/education/school-transport/00-020-236">Demoshire County Council (00 020 236)</a></div>`),
      'http://127.0.0.1:8080/',
    );
    expect(p.items.map((i) => i.caseRef)).toEqual(['00 018 169', '00 019 136']);
    expect(p.offHost).toEqual(['https://evil.example/decisions/education/school-transport/00-020-236']);
  });

  it('lists a decision linked twice in one item once', () => {
    const p = parseListingPage(
      page(`<p>Your search has 1 result</p><div><a href="/decisions/housing/other/00-000-001">Samplebury City Council (00 000 001)</a>
        <p>Statement Upheld Other 01-Jan-2021</p><a href="/decisions/housing/other/00-000-001">Read more</a></div>`),
    );
    expect(p.items).toHaveLength(1);
    expect(p.items[0]!.title).toBe('Samplebury City Council (00 000 001)');
  });
});

describe('windows', () => {
  it('splits a range into calendar months, clipped at both ends', () => {
    expect(monthWindows('2024-01-15', '2024-03-10')).toEqual([
      { fd: '2024-01-15', td: '2024-01-31' },
      { fd: '2024-02-01', td: '2024-02-29' },
      { fd: '2024-03-01', td: '2024-03-10' },
    ]);
    expect(monthWindows('2024-05-05', '2024-05-05')).toEqual([{ fd: '2024-05-05', td: '2024-05-05' }]);
  });

  it('halves a window by days and cannot split a single day', () => {
    expect(splitWindow({ fd: '2024-01-01', td: '2024-01-31' })).toEqual([
      { fd: '2024-01-01', td: '2024-01-16' },
      { fd: '2024-01-17', td: '2024-01-31' },
    ]);
    expect(splitWindow({ fd: '2024-01-01', td: '2024-01-02' })).toEqual([
      { fd: '2024-01-01', td: '2024-01-01' },
      { fd: '2024-01-02', td: '2024-01-02' },
    ]);
    expect(splitWindow({ fd: '2024-01-01', td: '2024-01-01' })).toBeNull();
  });

  it('pages 1..ceil(N/10) and builds the search address', () => {
    expect([0, 1, 10, 11, 25].map(pageCount)).toEqual([0, 1, 1, 2, 3]);
    expect(searchPath({ fd: '2024-01-01', td: '2024-01-31' }, 3)).toBe('/Decisions/SearchResults?fd=2024-01-01&td=2024-01-31&page=3');
  });
});

describe('http helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(1, 1000, () => 0)).toBe(500);
    expect(backoffMs(1, 1000, () => 1)).toBe(1000);
    expect(backoffMs(3, 1000, () => 1)).toBe(4000);
    expect(backoffMs(20, 1000, () => 1)).toBe(60_000);
  });

  it('keeps a floor of 250 ms between requests to any host but this machine', () => {
    expect(new PoliteClient({ baseUrl: 'https://www.lgo.org.uk', delayMs: 0 }).delayMs).toBe(250);
    expect(new PoliteClient({ baseUrl: 'https://www.lgo.org.uk' }).delayMs).toBe(1000);
    expect(new PoliteClient({ baseUrl: 'http://127.0.0.1:9', delayMs: 0 }).delayMs).toBe(0);
  });

  it('resolves only links on the base host', () => {
    const c = new PoliteClient({ baseUrl: 'http://127.0.0.1:8080/' });
    expect(c.resolve('/decisions/housing/other/00-000-001?chapter=2')?.href).toBe('http://127.0.0.1:8080/decisions/housing/other/00-000-001?chapter=2');
    expect(c.resolve('http://127.0.0.1:8081/x')).toBeNull();
    expect(c.resolve('https://www.lgo.org.uk/decisions')).toBeNull();
  });

  it('knows loopback hosts (no politeness floor for a local test server)', () => {
    expect(isLoopback(new URL('http://127.0.0.1:3000'))).toBe(true);
    expect(isLoopback(new URL('http://localhost/'))).toBe(true);
    expect(isLoopback(new URL('http://[::1]:8080/'))).toBe(true);
    expect(isLoopback(new URL('https://www.lgo.org.uk'))).toBe(false);
  });
});

describe('applyListingFacts', () => {
  it('fills outcome, date and type from the listing when the page lacks them, and never overrides the page', async () => {
    const text = 'Samplebury City Council (00 000 001)\n\nThe complaint\n\n1. Mr X complained about the Council.\n';
    const record = await parseDecision(text, { url: 'https://www.lgo.org.uk/decisions/housing/other/00-000-001' });
    expect(record.outcome).toBeNull();
    const filled = applyListingFacts(record, { documentType: 'report', outcome: 'upheld', outcomeLabel: 'Upheld', date: '2021-01-01' });
    expect(filled).toMatchObject({ outcome: 'upheld', outcomeLabel: 'Upheld', decisionDate: '2021-01-01', documentType: 'report' });
    const kept = applyListingFacts({ ...record, outcome: 'not_upheld', decisionDate: '2020-12-01' }, { outcome: 'upheld', date: '2021-01-01' });
    expect(kept).toMatchObject({ outcome: 'not_upheld', decisionDate: '2020-12-01' });
  });
});
