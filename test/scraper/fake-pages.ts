import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';

/** One decision the fake site publishes: its listing facts and the HTML of each chapter. */
export interface FakeDecision {
  /** '/decisions/<cat-slug>/<sub-slug>/<yy-nnn-nnn>' */
  path: string;
  /** '23 011 482' */
  caseRef: string;
  /** Empty for an older report whose title is the reference only. */
  organisation: string;
  type: 'Statement' | 'Report';
  outcome: 'Upheld' | 'Not upheld' | 'Closed after initial enquiries';
  subcategoryLabel: string;
  /** ISO 'YYYY-MM-DD' decision date. */
  date: string;
  summary: string;
  /** Full HTML of chapter 1 (bare URL), chapter 2 (?chapter=2), … */
  chapters: string[];
}

type Outcome = FakeDecision['outcome'];

/** Escape text for element content and quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoParts(iso: string): [number, number, number] {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`fake site: not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** '2024-03-14' → '14 Mar 2024' (the decision page's "Decision date"). */
export function pageDate(iso: string): string {
  const [y, m, d] = isoParts(iso);
  return `${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y}`;
}

/** '2024-03-14' → '14-Mar-2024' (the listing meta line). */
export function listingDate(iso: string): string {
  return pageDate(iso).replace(/ /g, '-');
}

/** 1234 → '1,234' (the site prints counts with thousands commas). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The site's slug rule: lower case, each run of non-alphanumerics → '-'. */
function slugify(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A slice of the real taxonomy (doc §6), enough for varied listings. */
const CATEGORIES: Array<{ slug: string; label: string; subs: string[] }> = [
  { slug: 'adult-care-services', label: 'Adult care services', subs: ['Assessment and care plan', 'Charging', 'Residential care', 'Safeguarding'] },
  { slug: 'benefits-and-tax', label: 'Benefits and tax', subs: ['Council tax', 'Council tax support'] },
  { slug: 'children-s-care-services', label: "Children's care services", subs: ['Child protection', 'Fostering', 'Other'] },
  { slug: 'education', label: 'Education', subs: ['School admissions', 'School transport', 'Special educational needs'] },
  { slug: 'environment-and-regulation', label: 'Environment and regulation', subs: ['Noise', 'Refuse and recycling', 'Trees'] },
  { slug: 'housing', label: 'Housing', subs: ['Allocations', 'Homelessness', 'Private housing'] },
  { slug: 'planning', label: 'Planning', subs: ['Enforcement', 'Planning applications'] },
  { slug: 'transport-and-highways', label: 'Transport and highways', subs: ['Highway repair and maintenance', 'Parking and other penalties'] },
];
/** Real English councils; commas, '&' and brackets exercise escaping and title parsing. */
const ORGS = [
  'Kent County Council',
  'Leeds City Council',
  'Bournemouth, Christchurch and Poole Council',
  'Brighton & Hove City Council',
  'London Borough of Croydon',
  'Cornwall Council',
  'Hampshire County Council',
  'South Gloucestershire Council',
  'Manchester City Council',
  'Norfolk County Council',
  'Birmingham City Council',
];
/** Complainants and their pronouns, picked by i. */
const COMPLAINANTS: Array<[who: string, her: string]> = [
  ['Mrs X', 'her'],
  ['Mr Y', 'his'],
  ['Ms Z', 'her'],
  ['Miss B', 'her'],
  ['Mr C', 'his'],
];

const categoryLabel = (slug: string): string =>
  CATEGORIES.find((c) => c.slug === slug)?.label ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Pounds paid in makeDecision(i)'s 'Agreed action' (Upheld statements): £100–£1,000, varying with i. */
export function agreedPayment(i: number): number {
  return 100 + (Math.abs(i) % 19) * 50;
}

/** Pounds recommended in makeReport(i)'s Overview. */
export function reportPayment(i: number): number {
  return 1000 + (Math.abs(i) % 9) * 250;
}

/** A deterministic, unique-per-i reference in the decision's year ("23 017 926"); 7919 is coprime with 10^6. */
function refFor(i: number, date: string): string {
  const yy = String((isoParts(date)[0] - 1) % 100).padStart(2, '0');
  const n = String((((i * 7919 + 10007) % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, '0');
  return `${yy} ${n.slice(0, 3)} ${n.slice(3)}`;
}

const gbp = (pounds: number): string => `£${formatCount(pounds)}`;

// ---------------------------------------------------------------------------------------------------------------
// Page chrome. Synthetic (the live markup is unknown) but shaped like data/sample: the header and nav link to
// category pages only, never to a decision address, so a listing parser that keys on decision links sees only items.

const NAV_CATEGORIES = CATEGORIES.map((c) => `<li><a href="/decisions/${c.slug}">${esc(c.label)}</a></li>`).join('\n');

/** The search form (decisionSearch), in the sidebar of every page and the body of the search pages. */
export function searchForm(fd = '', td = ''): string {
  return `<form id="decisionSearch" name="decisionSearch" action="/decisionsnew/newsearchpost" method="post">
  <div class="form-group"><label for="ds-keyword">Keyword or reference</label><input type="text" id="ds-keyword" name="keyword"></div>
  <div class="form-group"><label for="ds-aname">Organisation name</label><input type="text" id="ds-aname" name="aname"></div>
  <div class="form-group"><label for="ds-fd">From</label><input type="date" id="ds-fd" name="fd" value="${esc(fd)}"></div>
  <div class="form-group"><label for="ds-td">To</label><input type="date" id="ds-td" name="td" value="${esc(td)}"></div>
  <fieldset class="form-group"><legend>Decision type</legend>
    <input type="checkbox" id="ds-dc-c" name="dc" value="c" checked><label for="ds-dc-c">Closed after initial enquiries</label>
    <input type="checkbox" id="ds-dc-nu" name="dc" value="nu" checked><label for="ds-dc-nu">Not upheld</label>
    <input type="checkbox" id="ds-dc-u" name="dc" value="u" checked><label for="ds-dc-u">Upheld</label>
  </fieldset>
  <button type="submit" class="button button--primary">Search</button>
</form>`;
}

interface LayoutOptions {
  title: string;
  main: string;
  bodyClass: string;
  description?: string;
  /** Site path for the canonical link and og:url. */
  canonicalPath?: string;
  breadcrumb?: Array<[href: string | null, label: string]>;
  sidebar?: boolean;
}

/** A full page: head, cookie panel, header with navigation, breadcrumb, main content, sidebar form, footer. */
export function layout(o: LayoutOptions): string {
  const canonical = o.canonicalPath ? `https://www.lgo.org.uk${o.canonicalPath}` : null;
  const crumbs = (o.breadcrumb ?? [])
    .map(([href, label]) => (href ? `<li><a href="${esc(href)}">${esc(label)}</a></li>` : `<li aria-current="page">${esc(label)}</li>`))
    .join('');
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} - Local Government and Social Care Ombudsman</title>
${o.description ? `<meta name="description" content="${esc(o.description)}">\n` : ''}${
    canonical ? `<link rel="canonical" href="${esc(canonical)}">\n<meta property="og:url" content="${esc(canonical)}">\n` : ''
  }<meta property="og:title" content="${esc(o.title)}">
<meta property="og:site_name" content="Local Government and Social Care Ombudsman">
<link rel="stylesheet" href="/assets/css/main.min.css?v=20240611.2">
</head>
<body id="top" class="${esc(o.bodyClass)}">
<div id="cookie-settings" class="cookie-panel" role="dialog" aria-labelledby="cookie-settings-title">
  <h2 id="cookie-settings-title">Privacy settings</h2><h3>Review your privacy settings</h3>
  <h4>Required cookies</h4><p>These cookies enable the website to function properly.</p>
  <button type="button" id="cookie-accept-all">Accept all cookies</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner">
  <a class="site-logo" href="/"><img src="/assets/images/lgsco-logo.svg" alt="Local Government and Social Care Ombudsman"></a>
  <form class="site-search" action="/search/" method="get" role="search"><input type="search" name="k"><button type="submit">Search</button></form>
  <nav id="main-nav" class="main-nav" aria-label="Main navigation"><ul>
    <li><a href="/make-a-complaint">Make a complaint</a></li>
    <li><a href="/decisions">Decisions</a><ul>
${NAV_CATEGORIES}
    </ul></li>
    <li><a href="/information-centre">Information centre</a></li>
    <li><a href="/about-us">About us</a></li>
  </ul></nav>
</header>
<div class="breadcrumb-bar"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>${crumbs}</ol></nav></div>
<main id="main-content" class="site-main" role="main"><div class="container"><div class="layout">
<div class="layout__main">
${o.main}
</div>
${o.sidebar === false ? '' : `<aside class="sidebar" aria-label="Search decisions"><h2 class="sidebar-panel__title">Search decisions</h2>\n${searchForm()}\n</aside>`}
</div></div></main>
<footer class="site-footer" role="contentinfo">
  <ul class="site-footer__legal"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/copyright">Copyright</a></li></ul>
  <p class="site-footer__copyright">&copy; Local Government and Social Care Ombudsman 2026</p>
</footer>
<script src="/assets/js/main.min.js?v=20240611.2"></script>
</body>
</html>
`;
}

/** The search landing page (GET /decisions). */
export function landingPage(): string {
  return layout({
    title: 'Decisions',
    bodyClass: 'page-decisions',
    breadcrumb: [[null, 'Decisions']],
    sidebar: false,
    main: `<h1>Search our decisions</h1>\n<p>We publish decisions on complaints received from 1 April 2013.</p>\n${searchForm()}`,
  });
}

/** What SearchResults serves to a client the site does not trust: the search form, no count, no items. */
export function shellPage(): string {
  return layout({
    title: 'Search results',
    bodyClass: 'page-decision-search',
    breadcrumb: [['/decisions', 'Decisions'], [null, 'Search results']],
    sidebar: false,
    main: `<h1>Search our decisions</h1>\n<div id="search-app" data-endpoint="/Decisions/SearchResults"></div>\n${searchForm()}`,
  });
}

/** One SearchResults page. `count` is the displayed total; `query` is the request's own query (the pager keeps it). */
export function listingPage(o: { query: URLSearchParams; page: number; count: number; pageSize: number; items: FakeDecision[]; extraLinks: string[] }): string {
  const items = o.items.map((d) => {
    const title = d.organisation ? `${d.organisation} (${d.caseRef})` : d.caseRef;
    return `<div class="search-result"><h3><a href="${esc(d.path)}">${esc(title)}</a></h3>
<p class="meta">${esc(`${d.type} ${d.outcome} ${d.subcategoryLabel} ${listingDate(d.date)}`)}</p><p>Summary: ${esc(d.summary)}</p></div>`;
  });
  // Extra links sit among the results (as a stray or off-host item would) but are not counted in N.
  for (const href of o.extraLinks) items.push(`<div class="search-result"><h3><a href="${esc(href)}">${esc(href)}</a></h3></div>`);
  const pages = Math.ceil(o.count / o.pageSize);
  const link = (n: number, label: string): string => {
    const q = new URLSearchParams(o.query);
    q.set('page', String(n));
    return `<li><a href="${esc(`/Decisions/SearchResults?${q.toString()}`)}">${esc(label)}</a></li>`;
  };
  const pager: string[] = [];
  if (o.page > 1 && o.page <= pages) pager.push(link(o.page - 1, 'Previous'));
  // A window of page numbers around the current one, as real pagers show, plus the first and last.
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - o.page) <= 4) {
      pager.push(n === o.page ? `<li class="active"><span>${n}</span></li>` : link(n, String(n)));
    }
  }
  if (o.page < pages) pager.push(link(o.page + 1, 'Next'));
  const none = o.count === 0 ? '\n<p class="no-results">Sorry, no decisions match your search. Try a wider date range.</p>' : '';
  return layout({
    title: 'Search results',
    bodyClass: 'page-decision-search',
    breadcrumb: [['/decisions', 'Decisions'], [null, 'Search results']],
    main: `<h1>Search results</h1>
<p class="search-count">Your search has ${formatCount(o.count)} results</p>${none}
<div class="search-results">
${items.join('\n')}
</div>
${pages > 1 ? `<nav class="pager" aria-label="Pages"><ul>${pager.join('')}</ul></nav>` : ''}`,
  });
}

/** An error page (404 "Page not found", 5xx "Sorry, something went wrong"). */
export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Page not found' : status === 429 ? 'Too many requests' : 'Sorry, something went wrong';
  return layout({ title, bodyClass: 'page-error', breadcrumb: [[null, title]], main: `<h1>${esc(title)}</h1>\n<p>${esc(message)}</p>` });
}

/** A plain content page (home, /private/…). */
export function plainPage(title: string, text: string): string {
  return layout({ title, bodyClass: 'page-content', breadcrumb: [[null, title]], main: `<h1>${esc(title)}</h1>\n<p>${esc(text)}</p>` });
}

// ---------------------------------------------------------------------------------------------------------------
// Decision pages.

interface PageFacts {
  path: string;
  caseRef: string;
  organisation: string;
  outcome: Outcome;
  date: string;
  subcategoryLabel: string;
  summary: string;
}

const ol = (start: number, items: string[]): string =>
  `<ol start="${start}">\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ol>\n<p class="back-to-top"><a href="#top">Back to top</a></p>`;

/** A decision page in the real structure: <article id="article">, h1 title, .label/.value header, then the body. */
function decisionPage(f: PageFacts, body: string, signOff: string | null): string {
  const [, , catSlug = 'other-categories', subSlug = 'other'] = f.path.split('/');
  const title = f.organisation ? `${f.organisation} (${f.caseRef})` : f.caseRef;
  const catLabel = categoryLabel(catSlug);
  return layout({
    title,
    description: f.summary,
    canonicalPath: f.path,
    bodyClass: 'page-decision',
    breadcrumb: [['/decisions', 'Decisions'], [`/decisions/${catSlug}`, catLabel], [`/decisions/${catSlug}/${subSlug}`, f.subcategoryLabel], [null, f.caseRef]],
    main: `<article id="article" class="decision">
<header class="decision__header"><h1 class="decision__title">${esc(title)}</h1></header>
<div class="decision-meta">
<p><span class="label">Category :</span> <span class="value"><a href="/decisions/${esc(catSlug)}">${esc(catLabel)}</a> &gt; <a href="/decisions/${esc(catSlug)}/${esc(subSlug)}">${esc(f.subcategoryLabel)}</a></span></p>
<p><span class="label">Decision :</span> <span class="value">${esc(f.outcome)}</span></p>
<p><span class="label">Decision date :</span> <span class="value">${esc(pageDate(f.date))}</span></p>
</div>
<div class="decision__body">
${body}
</div>
</article>
<div class="decision__footer">${signOff ? `<p class="decision__maker">${esc(signOff)}</p>` : ''}<p class="print-link"><a href="#" class="js-print">Print this page</a></p></div>`,
  });
}

function statementSummary(outcome: Outcome, [who, her]: [string, string], topic: string): string {
  if (outcome === 'Upheld') {
    return `${who} complained about how the Council dealt with a ${topic} matter and delayed replying to ${her} complaint. We found fault causing injustice. The Council has agreed to apologise, make a payment to ${who} and review its procedures.`;
  }
  if (outcome === 'Not upheld') return `${who} complained about how the Council dealt with a ${topic} matter. We did not find fault in how the Council reached its decision.`;
  return `We will not investigate ${who}'s complaint about a ${topic} matter. This is because it is unlikely we would find fault by the Council.`;
}

/** The body of an investigation statement (Upheld / Not upheld) or an assessment statement (Closed). */
function statementBody(f: PageFacts, [who, her]: [string, string], topic: string, amount: number): string {
  const head = `<h2 class="final-decision">The Ombudsman&#39;s final decision:</h2>\n<p><strong>Summary:</strong> ${esc(f.summary)}</p>`;
  const complaint = `<h2>The complaint</h2>\n${ol(1, [
    `${esc(who)} complains the Council did not deal properly with ${her} ${esc(topic)} case and took four months to answer ${her} complaint.`,
    `${esc(who)} says this caused ${her} distress and put ${her === 'his' ? 'him' : 'her'} to time and trouble.`,
  ])}`;
  const role = `<h2>The Ombudsman&#8217;s role and powers</h2>\n${ol(3, [
    'We investigate complaints about &#8216;maladministration&#8217; and &#8216;service failure&#8217;. In this statement, I have used the word fault to refer to these. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
    'We may suggest a remedy where fault has caused an injustice to the person complaining.',
  ])}`;
  const how = `<h2>How I considered this complaint</h2>\n${ol(5, [
    `I considered the information ${esc(who)} and the Council provided. Both had an opportunity to comment on my draft decision.`,
  ])}`;
  if (f.outcome === 'Closed after initial enquiries') {
    return `${head}\n${complaint}\n${role}\n${how}\n<h2>My assessment</h2>\n${ol(6, [
      'The Council considered the relevant information and explained its decision. It is unlikely an investigation would find fault.',
    ])}\n<h2>Final decision</h2>\n${ol(7, [`We will not investigate ${esc(who)}&#8217;s complaint because there is not enough evidence of fault by the Council.`])}`;
  }
  const found = `<h2>What I found</h2>\n<h3>What happened</h3>\n${ol(6, [
    `${esc(who)} contacted the Council in January about ${her} ${esc(topic)} case. The Council replied in May.`,
    f.outcome === 'Upheld'
      ? `The Council took too long to respond and did not keep ${esc(who)} updated. That was fault.`
      : 'The Council followed its policy and explained its reasons. I do not find fault.',
  ])}`;
  if (f.outcome === 'Not upheld') {
    return `${head}\n${complaint}\n${role}\n${how}\n${found}\n<h2>Final decision</h2>\n${ol(8, ['I have not found fault by the Council. I have completed my investigation.'])}`;
  }
  const action = `<h2>Agreed action</h2>\n${ol(8, [
    `Within one month of my final decision, the Council has agreed to apologise in writing to ${esc(who)} for the faults identified in this statement.`,
    `The Council has agreed to pay ${esc(who)} ${esc(gbp(amount))} to acknowledge the distress caused. It will do this within one month of my final decision.`,
    'Within three months of my final decision, the Council has agreed to remind staff of its complaint response times.',
    'The Council should provide us with evidence it has complied with the above actions.',
  ])}`;
  return `${head}\n${complaint}\n${role}\n${how}\n${found}\n${action}\n<h2>Final decision</h2>\n${ol(12, [
    'I have found fault causing injustice. The Council has agreed to my recommendations, so I have completed my investigation.',
  ])}`;
}

/** Category and subcategory for a synthetic decision, picked by i. */
function pickSubject(i: number): { catSlug: string; subLabel: string } {
  const cat = CATEGORIES[Math.abs(i) % CATEGORIES.length]!;
  return { catSlug: cat.slug, subLabel: cat.subs[Math.floor(Math.abs(i) / CATEGORIES.length) % cat.subs.length]! };
}

/**
 * A deterministic synthetic statement. Upheld by default, with an 'Agreed action' paying agreedPayment(i) pounds;
 * overrides of outcome, organisation, date… are written into the page (unless `chapters` itself is overridden).
 */
export function makeDecision(i: number, date: string, overrides: Partial<FakeDecision> = {}): FakeDecision {
  const subject = pickSubject(i);
  const d = overrides.date ?? date;
  const caseRef = overrides.caseRef ?? refFor(i, d);
  const subcategoryLabel = overrides.subcategoryLabel ?? subject.subLabel;
  const person = COMPLAINANTS[Math.abs(i) % COMPLAINANTS.length]!;
  const topic = subcategoryLabel.toLowerCase();
  const outcome = overrides.outcome ?? 'Upheld';
  const facts: PageFacts = {
    path: overrides.path ?? `/decisions/${subject.catSlug}/${slugify(subcategoryLabel)}/${caseRef.replace(/ /g, '-')}`,
    caseRef,
    organisation: overrides.organisation ?? ORGS[Math.abs(i) % ORGS.length]!,
    outcome,
    date: d,
    subcategoryLabel,
    summary: overrides.summary ?? statementSummary(outcome, person, topic),
  };
  const chapters = overrides.chapters ?? [
    decisionPage(facts, statementBody(facts, person, topic, agreedPayment(i)), "Investigator's decision on behalf of the Ombudsman"),
  ];
  return { ...facts, type: overrides.type ?? 'Statement', chapters };
}

const REPORT_CHAPTERS = ['Overview', 'The Investigation', 'Legal and administrative background', 'What happened', 'Conclusions', 'Decision'];

/** Chapter k's paragraphs (k ≥ 2); each chapter has three, so numbering runs on predictably. */
function reportChapterParagraphs(k: number, title: string, who: string): string[] {
  return [
    `This part of the report (${esc(title)}) sets out what we considered about ${esc(who)}&#8217;s complaint, paragraph ${k}.1.`,
    `We made enquiries of the Council and considered its records for this chapter, paragraph ${k}.2.`,
    k === 5 || title === 'Conclusions'
      ? 'The Council failed to act within the statutory timescale. This was fault, which caused injustice.'
      : `${esc(who)} and the Council had an opportunity to comment on a draft of this report, paragraph ${k}.3.`,
  ];
}

/**
 * A public interest report: chapter 1 'Overview' (Key to names used, Summary, Finding, Recommendations with
 * reportPayment(i) pounds and "within four weeks"), chapters 2..N continuing the numbered paragraphs.
 */
export function makeReport(i: number, date: string, chapterCount: number): FakeDecision {
  const n = Math.max(1, Math.floor(chapterCount));
  const subject = pickSubject(i);
  const caseRef = refFor(i, date);
  const [who] = COMPLAINANTS[Math.abs(i) % COMPLAINANTS.length]!;
  const amount = reportPayment(i);
  const facts: PageFacts = {
    path: `/decisions/${subject.catSlug}/${slugify(subject.subLabel)}/${caseRef.replace(/ /g, '-')}`,
    caseRef,
    organisation: ORGS[Math.abs(i) % ORGS.length]!,
    outcome: 'Upheld',
    date,
    subcategoryLabel: subject.subLabel,
    summary: `${who} complained the Council failed to provide the support it had agreed for over a year. We found fault causing injustice. The Council has accepted our recommendations.`,
  };
  const titles = Array.from({ length: n }, (_, k) => REPORT_CHAPTERS[k] ?? `Appendix ${k - REPORT_CHAPTERS.length + 1}`);
  const nav = (current: number): string =>
    `<nav class="chapter-nav" aria-label="Report chapters"><p class="chapter-nav__title">In this report</p><ol class="chapter-nav__list">${titles
      .map((t, k) => {
        const href = k === 0 ? facts.path : `${facts.path}?chapter=${k + 1}`;
        return `<li${k === current ? ' class="is-current"' : ''}><a href="${esc(href)}">${esc(t)}</a></li>`;
      })
      .join('')}</ol></nav>`;
  const overview = `${nav(0)}
<h2 class="chapter-title">Overview:</h2>
<h3>Key to names used</h3>
<ul class="key-to-names"><li><strong>${esc(who)}</strong> The complainant</li><li><strong>Officer D</strong> A Council officer</li></ul>
<h3>Summary</h3>
${ol(1, [esc(facts.summary), 'The Council did not review the support plan when it said it would.'])}
<h3>Finding</h3>
<p>Fault found causing injustice and recommendations made.</p>
<h3>Recommendations</h3>
${ol(3, [
  'The Council must consider the report and confirm within three months the action it has taken or proposes to take. (Local Government Act 1974, section 31(2), as amended)',
  `To remedy the injustice caused, within four weeks of the date of this report the Council should apologise to ${esc(who)} and pay ${esc(who)} ${esc(gbp(amount))} to recognise the distress and uncertainty caused.`,
  'Within three months of the date of this report, the Council should review its procedures and train its staff.',
])}`;
  const chapters = [decisionPage(facts, overview, null)];
  let next = 6; // paragraphs 1–5 are in the Overview
  for (let k = 2; k <= n; k++) {
    const title = titles[k - 1]!;
    const paras = reportChapterParagraphs(k, title, who);
    chapters.push(decisionPage(facts, `${nav(k - 1)}\n<h2 class="chapter-title">${esc(title)}</h2>\n${ol(next, paras)}`, null));
    next += paras.length;
  }
  return { ...facts, type: 'Report', chapters };
}

const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const TITLE_REF_RE = /^(.*\S)\s*\((\d{2} \d{3} \d{3}[a-z]?)\)\s*$/;
const REF_RE = /^\d{2} \d{3} \d{3}[a-z]?$/;
const OUTCOMES: readonly Outcome[] = ['Upheld', 'Not upheld', 'Closed after initial enquiries'];

/** Decisions built from data/sample/*.html (chapters = [the file]); facts are read from each page's own markup. */
export function sampleDecisions(): FakeDecision[] {
  const out: FakeDecision[] = [];
  for (const name of readdirSync(SAMPLE_DIR).sort()) {
    if (!/\.html?$/i.test(name)) continue;
    const html = readFileSync(join(SAMPLE_DIR, name), 'utf8');
    const $ = cheerio.load(html);
    const fail = (what: string): never => {
      throw new Error(`sampleDecisions: ${name}: ${what}`);
    };
    const canonical = $('link[rel="canonical"]').attr('href') ?? fail('no canonical link');
    const title = $('title').text().replace(/\s+-\s+Local Government and Social Care Ombudsman\s*$/, '').trim();
    const titled = TITLE_REF_RE.exec(title);
    // Older report summaries have the reference alone as their title: no organisation.
    const [organisation, caseRef] = titled ? [titled[1]!, titled[2]!] : REF_RE.test(title) ? ['', title] : fail(`unreadable title "${title}"`);
    const fields = new Map<string, string>();
    $('.label').each((_, el) => {
      fields.set($(el).text().replace(/\s*:\s*$/, '').trim(), $(el).next('.value').text().replace(/\s+/g, ' ').trim());
    });
    const outcome = OUTCOMES.find((o) => o === fields.get('Decision')) ?? fail(`unknown Decision "${fields.get('Decision')}"`);
    const dm = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(fields.get('Decision date') ?? '') ?? fail('no Decision date');
    const month = MONTHS.indexOf(dm[2]!) + 1 || fail(`bad month in "${dm[0]}"`);
    const category = fields.get('Category') ?? fail('no Category');
    const headings = $('#article h2, #article h3').toArray().map((h) => $(h).text().trim());
    out.push({
      path: new URL(canonical).pathname,
      caseRef,
      organisation,
      // The page does not say Statement/Report (listings do): report templates have an Overview or a Finding section.
      type: headings.some((h) => /^(Overview:?|Finding)$/.test(h)) ? 'Report' : 'Statement',
      outcome,
      subcategoryLabel: category.split('>').pop()!.trim(),
      date: `${dm[3]}-${String(month).padStart(2, '0')}-${dm[1]!.padStart(2, '0')}`,
      summary: ($('meta[name="description"]').attr('content') ?? '').trim(),
      chapters: [html],
    });
  }
  return out;
}
