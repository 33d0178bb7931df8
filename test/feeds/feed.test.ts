import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/store/db.js';
import type { DigestEntry } from '../../src/store/digest.js';
import { atomFeed, escapeXml } from '../../src/serve/feed.js';
import { demoDecisionText, demoStore } from './demo-store.js';
import { useExplorer } from '../serve/explorer-client.js';

const ATOM = 'http://www.w3.org/2005/Atom';

/** An element of a parsed document: its namespace, name, attributes, text and children. */
interface Node {
  ns: string;
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Node[];
}

/** Parse XML with saxes, a strict XML 1.0 + namespaces parser: any well-formedness error throws. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const node: Node = { ns: tag.uri, name: tag.local, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), text: '', children: [] };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length) stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

const child = (n: Node, name: string): Node | undefined => n.children.find((c) => c.name === name);
const children = (n: Node, name: string): Node[] => n.children.filter((c) => c.name === name);

/** An invented entry whose every text tries to break the XML or the HTML inside it. */
const HOSTILE: DigestEntry = {
  caseRef: '00 999 001',
  title: 'Demoshire <County> & "Quoted" Council\'s (00 999 001)',
  organisations: ['Demoshire <County> & "Quoted" Council\'s'],
  url: 'https://www.lgo.org.uk/decisions/housing/other/00-999-001?a=1&b=2',
  category: 'Housing & <Other>',
  outcome: 'upheld',
  decisionDate: '2024-03-12',
  stage: 'final',
  firstSeen: '2026-11-28T07:15:00.000Z',
  totalPence: 25000,
  countsMoney: true,
  summary: 'Mr <script>alert("x")</script> & Ms \'Y\' complained.\u0001 ]]> <![CDATA[',
  payments: [{ amountPence: 25000, status: 'agreed', payee: 'Mr "X" & <Y>', payer: null, purpose: 'distress', confidence: 'certain', quote: 'pay Mr "X" £250 </q><b>now</b> & later' }],
  actions: [{ kind: 'apology', text: 'apologise to Mr X & <Ms Y>' }],
};

describe('Atom feed document', () => {
  it('is well-formed Atom with every hostile text escaped: titles read back as written, content is escaped HTML', () => {
    const feed = parseXml(atomFeed({ origin: 'http://127.0.0.1:8080', council: 'Demoshire <County> & "Quoted"', sampleNotice: null, entries: [HOSTILE] }));
    expect([feed.ns, feed.name]).toEqual([ATOM, 'feed']);
    expect(child(feed, 'title')!.text).toBe('Ombudsman decisions naming Demoshire <County> & "Quoted": the latest stored');
    expect(children(feed, 'link').map((l) => [l.attrs.rel, l.attrs.href])).toEqual([
      ['self', 'http://127.0.0.1:8080/feed.atom?council=Demoshire%20%3CCounty%3E%20%26%20%22Quoted%22'],
      ['alternate', 'http://127.0.0.1:8080/decisions?council=Demoshire%20%3CCounty%3E%20%26%20%22Quoted%22'],
    ]);
    for (const required of ['id', 'title', 'updated', 'author']) expect(child(feed, required), required).toBeDefined();
    const [entry] = children(feed, 'entry');
    expect(child(entry!, 'title')!.text).toBe(HOSTILE.title);
    expect(child(entry!, 'id')!.text).toBe(HOSTILE.url);
    expect(child(entry!, 'category')!.attrs.term).toBe('Housing & <Other>');
    expect(children(entry!, 'link').map((l) => l.attrs.href)).toEqual(['http://127.0.0.1:8080/decision/00-999-001', HOSTILE.url]);
    const content = child(entry!, 'content')!;
    expect(content.attrs.type).toBe('html');
    // The HTML a feed reader renders: the decision's text in it is escaped again, so none of it is markup.
    expect(content.text).toContain('<p>Mr &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ms &#39;Y&#39; complained. ]]&gt; &lt;![CDATA[</p>');
    expect(content.text).toContain('<li>£250 to Mr &quot;X&quot; &amp; &lt;Y&gt; (agreed): <q>pay Mr &quot;X&quot; £250 &lt;/q&gt;&lt;b&gt;now&lt;/b&gt; &amp; later</q></li>');
    expect(content.text).toContain('<li>apology: apologise to Mr X &amp; &lt;Ms Y&gt;</li>');
    expect(content.text).not.toContain('\u0001');
  });

  it('escapeXml drops what XML 1.0 cannot hold and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0008c\tline\nd\u000be\uFFFEf😀\uD800g')).toBe('abc\tline\ndef😀g');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('an empty feed is still valid (its updated is the epoch); a demo database says so in the title and subtitle', () => {
    const feed = parseXml(atomFeed({ origin: 'http://localhost', council: null, sampleNotice: 'DEMO DATA: invented.', entries: [] }));
    expect(children(feed, 'entry')).toEqual([]);
    expect(child(feed, 'updated')!.text).toBe('1970-01-01T00:00:00.000Z');
    expect(child(feed, 'title')!.text).toMatch(/^DEMO DATA — /);
    expect(child(feed, 'subtitle')!.text).toMatch(/^DEMO DATA: invented\. /);
  });
});

describe('Atom feeds in the explorer', () => {
  const explorer = useExplorer(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lgsco-feed-')), 'feed.db');
    const db = openDatabase(path);
    const texts = Array.from({ length: 9 }, (_, i) => demoDecisionText(i));
    texts.push(demoDecisionText(9, { council: 'Demoshire County Council', summary: 'Mr "Q" said the <b>Council</b> & its agent were late.' }));
    await demoStore(0, db, texts);
    closeDatabase(db);
    return path;
  }, { timeout: 60_000 });
  const { get } = explorer;
  const advertised = (page: string): string[] =>
    [...page.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]*)">/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  it('the overview advertises the feed of the latest decisions, which holds them all, newest first, with their remedies', async () => {
    const page = await get('/');
    expect(advertised(page.body)).toEqual(['/feed.atom']);
    const r = await get('/feed.atom');
    expect([r.status, r.type]).toEqual([200, 'application/atom+xml; charset=utf-8']);
    const feed = parseXml(r.body);
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(10);
    expect(child(entries[0]!, 'title')!.text).toBe('Demoshire County Council (00 100 009)'); // stored last
    expect(child(entries[0]!, 'content')!.text).toContain('<p>Mr &quot;Q&quot; said the &lt;b&gt;Council&lt;/b&gt; &amp; its agent were late.</p>');
    expect(child(entries[0]!, 'content')!.text).toMatch(/<li>£425 to Ms Y \(recommended\): <q>Within one month of my final decision, the Council has agreed to pay Ms Y £425/);
    expect(children(entries[0]!, 'link')[0]!.attrs.href).toBe(new URL('/decision/00-100-009', explorer.url()).href);
  });

  it("a council's page advertises its own feed, which holds only the decisions naming it; an unknown council has none", async () => {
    const page = await get('/decisions?council=Demoshire+County+Council');
    expect(advertised(page.body)).toEqual(['/feed.atom?council=Demoshire%20County%20Council']);
    const feed = parseXml((await get('/feed.atom?council=Demoshire%20County%20Council')).body);
    expect(children(feed, 'entry').map((e) => child(e, 'title')!.text)).toEqual([
      'Demoshire County Council (00 100 009)',
      'Demoshire County Council (00 100 006)',
      'Demoshire County Council (00 100 003)',
      'Demoshire County Council (00 100 000)',
    ]);
    expect(advertised((await get('/decisions')).body)).toEqual([]);
    expect((await get('/feed.atom?council=Nowhere+Parish+Council')).status).toBe(404);
  });
});
