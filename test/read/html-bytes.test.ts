import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml, readHtmlUtf8 } from '../../src/read/html.js';
import { parseDecision } from '../../src/index.js';
import { FIXTURES, ROOT } from '../helpers.js';

/**
 * readHtmlUtf8 reads a page from its bytes, scanning it as latin1 and decoding only the slices it reads. It must give
 * the very document readHtml gives for the decoded page.
 */
const viaBytes = (b: Buffer) => readHtmlUtf8(b, b.toString('latin1'));
const viaText = (b: Buffer) => readHtml(b.toString('utf8'));

describe('reading an HTML page from its UTF-8 bytes', () => {
  it.each(readdirSync(join(FIXTURES, 'html')))('%s reads the same as from its text', (name) => {
    const b = readFileSync(join(FIXTURES, 'html', name));
    expect(viaBytes(b)).toEqual(viaText(b));
  });

  it('non-ASCII in the head, in a header outside the article and in the article', () => {
    const page = `\uFEFF<!DOCTYPE html><html><head><title>St John’s Care Home – Local Government and Social Care Ombudsman</title>
      <meta property="og:title" content="Café Lumière Ltd (00 000 123)"><link rel="canonical" href="https://www.lgo.org.uk/decisions/adult-care-services/residential-care/00-000-123">
      <link rel="icon" href="/favicon.ico"></head><body>
      <header class="page-banner"><h1>Café Lumière Ltd (00 000 123)</h1></header>
      <article id="article"><div><span class="label">Category :</span> <span class="value">Adult care services &gt; Residential care</span></div>
      <div><span class="label">Decision :</span> <span class="value">Upheld</span></div>
      <div><span class="label">Decision date :</span> <span class="value">3 Mar 2025</span></div>
      <h2>Summary</h2><p>Mrs X’s complaint about the home’s fees of £1,250 — and the “top-up” … was upheld.</p>
      <h2>Agreed action</h2><ol><li>Pay Mrs X £300 for the distress caused.</li></ol></article>
      <footer>© Ombudsman · Café</footer></body></html>`;
    const b = Buffer.from(page, 'utf8');
    const doc = viaBytes(b);
    expect(doc).toEqual(viaText(b));
    expect(doc.title).toBe('Café Lumière Ltd (00 000 123)');
    expect(doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toContain('Pay Mrs X £300 for the distress caused.');
    // Without the page header, the title comes from og:title in the head.
    const headOnly = Buffer.from(page.replace(/<header[\s\S]*?<\/header>/, ''), 'utf8');
    expect(viaBytes(headOnly)).toEqual(viaText(headOnly));
    expect(viaBytes(headOnly).title).toBe('Café Lumière Ltd (00 000 123)');
  });

  it('head tags are read up to </head> wherever the head closes, or from the whole page outside the articles', () => {
    const article = '<article id="article"><h1>Demoshire County Council (00 004 875)</h1><p>Category : Education</p><p>Decision : Upheld</p><p>Café.</p></article>';
    const url = (head: string, afterArticle = ''): string | null => {
      const b = Buffer.from(`<html><head><title>x</title>${head}<body>${article}${afterArticle}</body></html>`, 'utf8');
      expect(viaBytes(b)).toEqual(viaText(b));
      return viaBytes(b).url;
    };
    const canonical = (ref: string) => `<link rel="canonical" href="https://www.lgo.org.uk/decisions/education/other/${ref}">`;
    // A link after </head> is not the page's.
    expect(url(`${canonical('00-004-875')}</head>${canonical('00-999-999')}`)).toBe('https://www.lgo.org.uk/decisions/education/other/00-004-875');
    // No </head> at all: the tags anywhere outside the article count, before it or after it.
    expect(url(canonical('00-004-875'))).toBe('https://www.lgo.org.uk/decisions/education/other/00-004-875');
    expect(url('', canonical('00-004-875'))).toBe('https://www.lgo.org.uk/decisions/education/other/00-004-875');
    // A stray </head> after the article: the head runs to it, around the article.
    expect(url('', `${canonical('00-004-875')}</head>`)).toBe('https://www.lgo.org.uk/decisions/education/other/00-004-875');
  });

  it('a page with no article falls back to whole-page reading, the same either way', () => {
    const b = Buffer.from('<html><head><title>Demoshire County Council (00 004 875)</title></head><body><main><p>Category : Education</p><p>Decision : Upheld</p><p>Café text’s here.</p></main></body></html>');
    expect(viaBytes(b)).toEqual(viaText(b));
  });

  it('a truncated page is still refused, naming the file', async () => {
    const b = Buffer.from('<!DOCTYPE html><html><head><title>x</title></head><body><article id="article"><h1>Demoshire County Council (00 004 875)</h1><p>Café');
    await expect(parseDecision(b, { filename: 'cut.html' })).rejects.toThrow(/cut\.html: html: truncated page/);
  });

  it('the bundled sample and 120 generated pages in the three page layouts read the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgsco-bytes-'));
    execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--n', '120', '--out', dir, '--seed', '5'], { stdio: 'ignore' });
    const sample = join(ROOT, 'data', 'sample');
    const pages = [
      ...readdirSync(sample).filter((n) => n.endsWith('.html')).map((n) => join(sample, n)),
      ...readdirSync(dir).map((n) => join(dir, n)),
    ];
    expect(pages.length).toBeGreaterThan(140);
    for (const path of pages) {
      const b = readFileSync(path);
      expect(viaBytes(b), path).toEqual(viaText(b));
    }
  });
});
