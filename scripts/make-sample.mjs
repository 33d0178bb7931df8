// Builds the bundled demo sample in data/sample/ (the input of `npm start`):
//   data/sample/NN-<slug>.html         the 30 synthetic decisions of test/fixtures/remedy-synthetic/*.txt (their real
//                                      council names and references swapped for invented ones: INVENTED), and the 12
//                                      invented decisions written below (PAGES), as full HTML decision pages
//   data/sample/seed-00N-….txt         the two real seed decisions from ../shared/seeds, with a "URL:" first line
//                                      (copied only when ../shared is present; otherwise the committed copies stay)
// Run from anywhere: node scripts/make-sample.mjs   (plain Node, no dependencies; the output is byte-stable)
//
// An honest demo: every invented decision names invented bodies only (src/sample.ts lists them) and has a reference
// that cannot be a real one, "00 NNN NNN" (see INVENTED_REF). Every file carries the sample marker the importer
// records, so any output of a database built from it says it is demo data: <meta name="lgsco:sample"
// content="invented"> in a page's head, and the line "lgsco:sample real …" after a seed's URL line. The readers
// ignore both, so a file's record is what it would be without them.
//
// Input is page text, the format of the shared decision fixtures: a "URL:" line and a blank line, then the title
// "Organisation (NN NNN NNN)", the "Category : A > B", "Decision : …" and "Decision date : …" lines, and the body:
// "The Ombudsman's final decision:", "Summary: …", headings, "  1." numbered paragraphs (numbering restarts in each
// section) or "- " items (the compact template), "    •" sub-items, "Back to top", the sign-off line.
//
// Output follows the page structure of test/fixtures/html/seed-001.html: <title>, canonical link and og: tags in the
// head; a cookie panel, site header with navigation and a breadcrumb; <article id="article"> with the title in a
// header <h1>, .label/.value pairs (Category as two links), <h2> sections and <h3> sub-headings, <ol start="N">
// paragraphs numbered on through the whole document with nested <ul> sub-items, "Back to top" links; a sidebar search
// form and the footer. The chrome is synthetic (the live site's exact markup is unknown) and trimmed so a page stays
// around 20–30 KB.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const synthDir = join(root, 'test/fixtures/remedy-synthetic');
const seedsDir = join(root, '../shared/seeds');
const outDir = join(root, 'data/sample');

/** The marker line of a real seed decision (src/sample.ts reads it; the text reader takes it as preamble). */
const SEED_MARKER = 'lgsco:sample real (a real LGSCO decision, copied unchanged into lgsco\'s demo sample: data/sample/README.md)';

/** The seed decisions: shared file → sample file and the page address written on its first line. */
const SEEDS = [
  {
    from: '001_f49d0ee3214cfc4d.txt',
    to: 'seed-001-hampshire-23-015-499.txt',
    url: 'https://www.lgo.org.uk/decisions/children-s-care-services/other/23-015-499',
  },
  {
    from: '004_f29abe99467c861a.txt',
    to: 'seed-004-kent-24-004-875.txt',
    url: 'https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/24-004-875',
  },
];

// The invented bodies (src/sample.ts has them with their invented populations). Two-tier Demoshire has two districts.
const DEMOSHIRE = 'Demoshire County Council';
const DEMOFORD = 'Demoford Borough Council';
const SAMPLE_VALE = 'Sample Vale District Council';
const SAMPLEBURY = 'Samplebury City Council';
const EXAMPLEHAM = 'London Borough of Exampleham';
const EXAMPLEBY = 'Exampleby Metropolitan Borough Council';

/**
 * An invented decision's reference: "00" and the last six digits of the one it was written with. LGSCO references
 * start with the two-digit year the complaint was received, and the "NN NNN NNN" form is far younger than 2000, so no
 * real decision has a reference starting 00 (test/sample.test.ts checks every invented page has one).
 */
const INVENTED_REF = (ref) => `00${ref.slice(2)}`;

/**
 * The fixture decisions keep real names for the held-out tests that read them; in the sample each real name in the
 * text is replaced by an invented one (longest first), the title's too. `title` when the title names more bodies than
 * the text's first: in 17 both councils pay, so the page names both and each payment is credited to its payer.
 */
const INVENTED = {
  '01-agreed-action-deadlines': { names: [['Nottinghamshire County Council', DEMOSHIRE]] },
  '02-single-sentence': { names: [['Birmingham City Council', SAMPLEBURY]] },
  '03-recommended-accepted-rate-total': { names: [['Devon County Council', DEMOSHIRE]] },
  '04-at-our-invitation': { names: [['Cheshire East Council', DEMOFORD]] },
  '05-in-addition-to-stage-two-offer': { names: [['Leeds City Council', EXAMPLEBY]] },
  '06-closed-already-offered': { names: [['Wiltshire Council', SAMPLE_VALE]] },
  '07-already-paid-plus-mileage': { names: [['Essex County Council', DEMOSHIRE]] },
  '08-further-bringing-total': { names: [['London Borough of Lambeth', EXAMPLEHAM]] },
  '09-older-report-increase-offer': { names: [['Brighton & Hove City Council', DEMOFORD]] },
  '10-parenthesised-breakdown-repeated': { names: [['Norfolk County Council', SAMPLEBURY]] },
  '11-report-made-up-of': { names: [['Manchester City Council', EXAMPLEBY]] },
  '12-each-two-complainants': { names: [['Bristol City Council', SAMPLE_VALE]] },
  '13-older-report-each-resident': { names: [] }, // titled by its reference alone
  '14-estate-refund': { names: [['Hampshire County Council', DEMOSHIRE], ['Elm Lodge', 'Sample Lodge'], ['Care UK', 'Examplecare Limited']] },
  '15-child-via-parent-comprising': { names: [['Kent County Council', EXAMPLEHAM]] },
  '16-council-and-care-provider': {
    names: [['Durham County Council', SAMPLEBURY], ['Barchester Healthcare Homes Limited', 'Samplewood Care Homes Limited'], ['Oak Meadow', 'Samplewood House']],
  },
  '17-two-councils-dfg': { names: [['Guildford Borough Council', DEMOFORD], ['Surrey County Council', DEMOSHIRE]], title: `${DEMOFORD} and ${DEMOSHIRE}` },
  '18-weekly-rate-no-total': { names: [['Royal Borough of Greenwich', EXAMPLEHAM]] },
  '19-monthly-rate-stated-total': { names: [['Leicestershire County Council', EXAMPLEBY]] },
  '20-open-ended-weekly-rate': { names: [['London Borough of Tower Hamlets', SAMPLEBURY]] },
  '21-refund-stated-sum': { names: [['City of Bradford Metropolitan District Council', EXAMPLEBY]] },
  '22-refund-points-to-earlier-figure': { names: [['Sheffield City Council', DEMOFORD], ['Sheffield', 'Demoford']] },
  '23-backdate-and-legal-costs': { names: [['Hertfordshire County Council', DEMOSHIRE]] },
  '24-write-off-arrears': { names: [['Medway Council', SAMPLE_VALE]] },
  '25-claim-refused-by-council': { names: [['Lancashire County Council', DEMOSHIRE]] },
  '26-money-in-words': { names: [['Derby City Council', SAMPLEBURY]] },
  '27-no-money-remedy': { names: [['Buckinghamshire Council', EXAMPLEHAM]] },
  '28-not-upheld': { names: [['Cornwall Council', EXAMPLEBY]] },
  '29-closed-jurisdiction': { names: [['London Borough of Islington', EXAMPLEHAM]] },
  '30-guidance-range-only': { names: [['Stockport Metropolitan Borough Council', SAMPLE_VALE]] },
};

/** A fixture decision's text with invented names and reference (INVENTED). */
function invent(name, text) {
  const how = INVENTED[name];
  if (!how) throw new Error(`${name}: no invented names for this fixture (add it to INVENTED)`);
  const lines = text.split('\n');
  const titleAt = lines.findIndex((l, i) => i > 0 && l.trim() !== '');
  const title = lines[titleAt].trim();
  const ref = TITLE_RE.exec(title)?.[2] ?? BARE_REF_RE.exec(title)?.[1];
  if (!ref) throw new Error(`${name}: no reference in the title: ${title}`);
  const fresh = INVENTED_REF(ref);
  if (how.title) lines[titleAt] = `${how.title} (${fresh})`;
  let out = lines.join('\n').split(ref).join(fresh).split(ref.replace(/ /g, '-')).join(fresh.replace(/ /g, '-'));
  for (const [real, invented] of [...how.names].sort((a, b) => b[0].length - a[0].length)) out = out.split(real).join(invented);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Page text → document model
// ---------------------------------------------------------------------------------------------------------------

const URL_LINE_RE = /^URL:\s*(\S+)\s*$/;
const TITLE_RE = /^(.*\S)\s*\((\d{2} \d{3} \d{3}[a-z]?)\)$/;
const BARE_REF_RE = /^(\d{2} \d{3} \d{3}[a-z]?)$/;
const FIELD_RE = /^(Category|Decision|Decision date)\s*:\s*(.*)$/;
const FINAL_DECISION_RE = /^The Ombudsm[ae]n['’]s final decision:$/;
const SUMMARY_RE = /^Summary:\s+(.*)$/;
const NUMBERED_RE = /^(\s*)(\d{1,3})\.\s+(.*)$/;
const BULLET_RE = /^(\s*)•\s+(.*)$/;
const DASH_RE = /^-\s+(.*)$/;
const SIGNOFF_RE = /^[\w ’'.-]{0,40}decision on behalf of the Ombudsm[ae]n$/;
const SATISFIED_RE = /^Ombudsman satisfied with /;
/** Section headings set as <h2>; any other heading is a sub-heading (<h3>). */
const SECTION_HEADINGS = new Set([
  'the complaint',
  'what i have investigated',
  'what i have and have not investigated',
  "the ombudsman's role and powers",
  'how i considered this complaint',
  'what i found',
  'my assessment',
  'conclusions',
  'agreed action',
  'action',
  'recommendations',
  'finding',
  'further report',
  'final decision',
]);

function headingKey(text) {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[:.]$/, '').trim();
}

/** A line that is a heading: short, capitalised, no closing punctuation (or the report's "Overview:"). */
function isHeadingLine(line) {
  if (/^Overview:$/.test(line)) return true;
  if (line.length > 80 || !/^[A-Z]/.test(line) || /[.:;,!?)]$/.test(line) || /:\s/.test(line)) return false; // "Label: value" lines are paragraphs
  return line.split(/\s+/).length <= 10;
}

/**
 * Read page text into { url, title, category, subcategory, decision, date, signoff, blocks }. Blocks:
 * { kind: 'final' } | { kind: 'summary', text } | { kind: 'heading', text, level } | { kind: 'p', text, items, cls }
 * | { kind: 'item', text, items, tail } | { kind: 'key', items } | { kind: 'top' }, where items are { text, items }.
 */
function readPageText(source, name) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const fail = (why) => {
    throw new Error(`${name}: ${why}`);
  };
  const url = URL_LINE_RE.exec(lines[i++] ?? '')?.[1] ?? fail('no "URL:" first line');
  const next = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
    return lines[i++];
  };
  const title = next()?.trim() ?? fail('no title');
  if (!TITLE_RE.test(title) && !BARE_REF_RE.test(title)) fail(`title is not "Organisation (ref)": ${title}`);
  const fields = {};
  while (Object.keys(fields).length < 3) {
    const m = FIELD_RE.exec(next()?.trim() ?? '') ?? fail('missing Category / Decision / Decision date line');
    fields[m[1]] = m[2].trim();
  }
  const [category, subcategory] = fields.Category.split(/\s+>\s+/);
  if (!subcategory) fail(`Category is not "A > B": ${fields.Category}`);

  const doc = { url, title, category, subcategory, decision: fields.Decision, date: fields['Decision date'], signoff: null, blocks: [] };
  const blocks = doc.blocks;
  const compact = !lines.some((l) => /^ {2}\d{1,3}\.\s/.test(l));
  let inReport = false; // after "Overview:", every heading is a sub-heading of the chapter
  let inKey = false; // inside "Key to names used"
  let lastItem = null; // the last numbered paragraph
  let dash = null; // the open "- " list: { path: [owner paragraph, item at depth 1, depth 2, …] }
  const last = () => blocks[blocks.length - 1];

  for (; i < lines.length; i++) {
    const raw = lines[i].replace(/\s+$/, '');
    const line = raw.trim();
    if (line === '') continue;
    if (line === 'Print this page') continue; // the page footer carries its own print link
    if (line === 'Back to top') {
      blocks.push({ kind: 'top' });
      lastItem = dash = null;
      continue;
    }
    if (SIGNOFF_RE.test(line)) {
      doc.signoff = line;
      continue;
    }
    if (FINAL_DECISION_RE.test(line)) {
      blocks.push({ kind: 'final', text: line });
      continue;
    }
    const summary = SUMMARY_RE.exec(line);
    if (summary) {
      blocks.push({ kind: 'summary', text: summary[1] });
      continue;
    }
    const numbered = NUMBERED_RE.exec(raw);
    if (numbered && numbered[1].length <= 2) {
      lastItem = { kind: 'item', text: numbered[3], items: [], tail: [] };
      blocks.push(lastItem);
      dash = null;
      continue;
    }
    const bullet = BULLET_RE.exec(raw) ?? (numbered ? [raw, numbered[1], numbered[3]] : null);
    if (bullet) {
      const indent = bullet[1].length;
      const owner = indent >= 4 && lastItem ? lastItem : last();
      if (!owner || !owner.items) fail(`sub-item with nothing to hang from: ${line}`);
      let list = owner.items;
      for (let d = indent >= 4 ? Math.floor((indent - 4) / 2) : 0; d > 0 && list.length; d--) list = list[list.length - 1].items;
      list.push({ text: bullet[2], items: [] });
      continue;
    }
    const dashed = DASH_RE.exec(raw);
    if (dashed) {
      const text = dashed[1];
      if (inKey) {
        const b = last();
        if (b.kind === 'key') b.items.push(text);
        else blocks.push({ kind: 'key', items: [text] });
        continue;
      }
      const prev = dash && dash.path[dash.path.length - 1];
      const continues = /^[a-z£0-9]/.test(text);
      if (prev && /:$/.test(prev.text)) {
        // "… made up of:" / "… agreed to:": the items that follow are its sub-list
        prev.items.push({ text, items: [] });
        dash.path.push(prev.items[prev.items.length - 1]);
      } else if (prev && dash.path.length > 1 && (continues || !/\.$/.test(prev.text))) {
        const parent = dash.path[dash.path.length - 2];
        parent.items.push({ text, items: [] });
        dash.path[dash.path.length - 1] = parent.items[parent.items.length - 1];
      } else if (!prev && last()?.kind === 'p' && /:$/.test(last().text)) {
        last().items.push({ text, items: [] });
        dash = { path: [last(), last().items[last().items.length - 1]] };
      } else {
        // In the compact template every body paragraph is a "- " item: a numbered paragraph of the page.
        if (!compact) fail(`"- " paragraph in a numbered document: ${line}`);
        lastItem = { kind: 'item', text, items: [], tail: [] };
        blocks.push(lastItem);
        dash = { path: [lastItem] };
      }
      continue;
    }
    if (/^\s/.test(raw) && lastItem) {
      lastItem.tail.push(line); // "  (Local Government Act 1974, …)" closing a paragraph after its sub-list
      continue;
    }
    if (isHeadingLine(line)) {
      const key = headingKey(line);
      if (key === 'overview') inReport = true;
      inKey = key === 'key to names used';
      const level = key === 'overview' || (!inReport && SECTION_HEADINGS.has(key)) ? 2 : 3;
      blocks.push({ kind: 'heading', text: line, level });
      lastItem = dash = null;
      continue;
    }
    blocks.push({ kind: 'p', text: line, items: [], cls: SATISFIED_RE.test(line) ? 'satisfied' : null });
    lastItem = dash = null;
  }
  if (!blocks.some((b) => b.kind === 'top')) addBackToTop(blocks);
  return doc;
}

/**
 * Text without "Back to top" lines (the compact template, report summaries) lost them in capture: the pages have one
 * after each section. Put one before each section heading that follows section content, and one at the end.
 */
function addBackToTop(blocks) {
  const sectionLevel = blocks.some((b) => b.kind === 'heading' && headingKey(b.text) === 'overview') ? 3 : 2;
  let inSection = false;
  for (let k = 0; k <= blocks.length; k++) {
    const b = blocks[k];
    const closes = !b || (b.kind === 'heading' && b.level <= sectionLevel);
    if (closes && inSection && blocks[k - 1].kind !== 'heading') {
      blocks.splice(k, 0, { kind: 'top' });
      k++;
    }
    if (b?.kind === 'heading') inSection = b.level >= sectionLevel || inSection;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document model → HTML page
// ---------------------------------------------------------------------------------------------------------------

/** HTML-escape text, as the site's templates do (apostrophes as &#39;). */
function esc(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Category slug rule of the site: lower case, each run of non-alphanumerics → "-". */
function slug(label) {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const CATEGORIES = [
  'Adult care services',
  'Benefits and tax',
  "Children's care services",
  'Education',
  'Environment and regulation',
  'Health',
  'Housing',
  'Other Categories',
  'Planning',
  'Transport and highways',
];

function pad(text, n) {
  return text.replace(/^(?=.)/gm, ' '.repeat(n));
}

function renderItems(items, indent) {
  if (items.length === 0) return '';
  const lis = items.map((it) =>
    it.items.length ? `<li>${esc(it.text)}\n${pad(renderItems(it.items, 0), 4)}\n</li>` : `<li>${esc(it.text)}</li>`,
  );
  return pad(`<ul>\n${pad(lis.join('\n'), 4)}\n</ul>`, indent);
}

/** The article body: sections, sub-headings and paragraphs, numbered on through the whole document. */
function renderBody(blocks) {
  const out = [];
  let n = 0;
  let ol = null;
  const closeList = () => {
    if (ol) out.push('</ol>');
    ol = null;
  };
  for (const b of blocks) {
    if (b.kind === 'item') {
      n++;
      if (!ol) {
        ol = true;
        out.push(`<ol start="${n}">`);
      }
      const inner = [esc(b.text)];
      if (b.items.length) inner.push(`\n${renderItems(b.items, 8)}`);
      if (b.tail.length) inner.push(`\n        ${b.tail.map(esc).join(' ')}`);
      out.push(b.items.length || b.tail.length ? `    <li>${inner.join('')}\n    </li>` : `    <li>${inner.join('')}</li>`);
      continue;
    }
    closeList();
    if (b.kind === 'final') out.push(`<h2 class="final-decision">${esc(b.text)}</h2>`);
    else if (b.kind === 'summary') out.push(`<p><strong>Summary:</strong> ${esc(b.text)}</p>`);
    else if (b.kind === 'heading') out.push(b.level === 2 && /:$/.test(b.text) ? `<h2 class="chapter-title">${esc(b.text)}</h2>` : `<h${b.level}>${esc(b.text)}</h${b.level}>`);
    else if (b.kind === 'top') out.push('<p class="back-to-top"><a href="#top">Back to top</a></p>');
    else if (b.kind === 'key') {
      out.push('<ul class="key-to-names">');
      for (const k of b.items) {
        const m = /^((?:Mr|Mrs|Ms|Miss|Dr|Child)\s+[A-Z]|[A-Z])\s+(.*)$/.exec(k);
        out.push(m ? `    <li><strong>${esc(m[1])}</strong> ${esc(m[2])}</li>` : `    <li>${esc(k)}</li>`);
      }
      out.push('</ul>');
    } else if (b.kind === 'p') {
      out.push(`<p${b.cls ? ` class="${b.cls}"` : ''}>${esc(b.text)}</p>`);
      if (b.items.length) out.push(renderItems(b.items, 0));
    }
  }
  closeList();
  return out.join('\n');
}

/** Cookie consent panel at the top of the body (the readers must strip it). */
const COOKIE_PANEL = `<div id="cookie-settings" class="cookie-panel" role="dialog" aria-modal="false" aria-labelledby="cookie-settings-title">
    <div class="cookie-panel__inner container">
        <div class="cookie-panel__header">
            <img src="/assets/images/lgo-logogram.svg" alt="LGO logogram" width="48" height="48">
            <h2 id="cookie-settings-title" class="cookie-panel__title">Privacy settings</h2>
        </div>
        <div class="cookie-panel__body">
            <h3>Review your privacy settings</h3>
            <div class="cookie-group">
                <h4>Required cookies</h4>
                <p>These cookies enable the website to function properly. You can only disable these by changing your browser preferences, but this will affect how the website performs.</p>
                <table id="required-cookies-table" class="cookie-table" hidden>
                    <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Expires</th></tr></thead>
                    <tbody>
                        <tr><td>ASP.NET_SessionId</td><td>Keeps track of your visit while you move between pages</td><td>When you close your browser</td></tr>
                        <tr><td>lgo_cookie_consent</td><td>Remembers the choices you make in this panel</td><td>1 year</td></tr>
                    </tbody>
                </table>
            </div>
            <div class="cookie-group">
                <h4>Analytical cookies</h4>
                <p>Google Analytics cookies help us improve the performance of the website by understanding how visitors use the site. We recommend you set these &#39;ON&#39;.</p>
                <div class="cookie-switch">
                    <input type="checkbox" id="analytics-consent" name="analytics-consent" value="1">
                    <label for="analytics-consent"><span class="cookie-switch__on">On</span><span class="cookie-switch__off">Off</span></label>
                </div>
                <p>In using Google Analytics, we do not collect or store personal information that could identify you. We do not allow Google to use or share our analytics data.</p>
            </div>
            <div class="cookie-panel__actions">
                <button type="button" class="button button--primary" id="cookie-accept-all">Accept all cookies</button>
                <button type="button" class="button button--secondary" id="cookie-save">Save and close</button>
            </div>
        </div>
    </div>
</div>`;

function siteHeader() {
  const cats = CATEGORIES.map((c) => `<li><a href="/decisions/${slug(c)}">${esc(c)}</a></li>`).join('\n');
  return `<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner">
    <div class="site-header__top">
        <div class="container">
            <ul class="utility-links">
                <li><a href="/accessibility">Accessibility</a></li>
                <li><a href="/contact-us">Contact us</a></li>
                <li><button type="button" class="js-open-cookie-settings">Cookie settings</button></li>
            </ul>
        </div>
    </div>
    <div class="site-header__main">
        <div class="container">
            <a class="site-logo" href="/" title="Go to the homepage">
                <img src="/assets/images/lgsco-logo.svg" alt="Local Government and Social Care Ombudsman" width="260" height="64">
            </a>
            <form class="site-search" action="/search/" method="get" role="search">
                <label class="visually-hidden" for="site-search-k">Search this website</label>
                <input type="search" id="site-search-k" name="k" placeholder="Search this website" autocomplete="off">
                <button type="submit" class="site-search__button"><span class="visually-hidden">Search</span></button>
            </form>
            <button type="button" class="menu-toggle" aria-controls="main-nav" aria-expanded="false">Menu</button>
        </div>
    </div>
    <nav id="main-nav" class="main-nav" aria-label="Main navigation">
        <div class="container">
            <ul class="main-nav__list">
                <li class="main-nav__item main-nav__item--has-menu">
                    <a class="main-nav__link" href="/make-a-complaint" aria-haspopup="true" aria-expanded="false">Make a complaint</a>
                    <div class="mega-menu" hidden>
                        <div class="mega-menu__column">
                            <h3 class="mega-menu__heading">How to complain</h3>
                            <ul>
                                <li><a href="/make-a-complaint">Before you complain</a></li>
                                <li><a href="/make-a-complaint/how-to-complain">How to complain</a></li>
                                <li><a href="/make-a-complaint/what-happens-next">What happens to my complaint?</a></li>
                                <li><a href="/make-a-complaint/review-of-our-decision">Asking for a review of our decision</a></li>
                            </ul>
                        </div>
                    </div>
                </li>
                <li class="main-nav__item main-nav__item--has-menu main-nav__item--active">
                    <a class="main-nav__link" href="/decisions" aria-haspopup="true" aria-expanded="false">Decisions</a>
                    <div class="mega-menu" hidden>
                        <div class="mega-menu__column">
                            <h3 class="mega-menu__heading">Search decisions</h3>
                            <ul>
                                <li><a href="/decisions">Search our decisions</a></li>
                                <li><a href="/decisions/search-tips">Search tips</a></li>
                                <li><a href="/decisions/recent-reports">Recent public interest reports</a></li>
                            </ul>
                        </div>
                        <div class="mega-menu__column">
                            <h3 class="mega-menu__heading">Browse by category</h3>
                            <ul>
${pad(cats, 32)}
                            </ul>
                        </div>
                    </div>
                </li>
                <li class="main-nav__item"><a class="main-nav__link" href="/information-centre">Information centre</a></li>
                <li class="main-nav__item"><a class="main-nav__link" href="/your-councils-performance">Your council’s performance</a></li>
                <li class="main-nav__item"><a class="main-nav__link" href="/information-centre/news">News</a></li>
                <li class="main-nav__item"><a class="main-nav__link" href="/about-us">About us</a></li>
            </ul>
        </div>
    </nav>
</header>`;
}

function sidebar() {
  const options = CATEGORIES.map((c) => `<option value="${slug(c)}">${esc(c)}</option>`).join('\n');
  return `<aside class="sidebar" aria-label="Search decisions">
    <div class="sidebar-panel">
        <h2 class="sidebar-panel__title">Search decisions</h2>
        <form id="decisionSearch" name="decisionSearch" action="/decisionsnew/newsearchpost" method="post">
            <div class="form-group">
                <label for="ds-keyword">Keyword or reference</label>
                <input type="text" id="ds-keyword" name="keyword" class="form-control">
            </div>
            <div class="form-group">
                <label for="ds-aname">Organisation name</label>
                <input type="text" id="ds-aname" name="aname" class="form-control" autocomplete="off">
            </div>
            <div class="form-group">
                <label for="ds-category">Category</label>
                <select id="ds-category" name="category" class="form-control">
                    <option value="">Any category</option>
${pad(options, 20)}
                </select>
            </div>
            <fieldset class="form-group">
                <legend>Decision type</legend>
                <div class="checkbox"><input type="checkbox" id="ds-dc-c" name="dc" value="c" checked><label for="ds-dc-c">Closed after initial enquiries</label></div>
                <div class="checkbox"><input type="checkbox" id="ds-dc-nu" name="dc" value="nu" checked><label for="ds-dc-nu">Not upheld</label></div>
                <div class="checkbox"><input type="checkbox" id="ds-dc-u" name="dc" value="u" checked><label for="ds-dc-u">Upheld</label></div>
            </fieldset>
            <button type="submit" class="button button--primary">Search</button>
        </form>
    </div>
    <div class="sidebar-panel sidebar-panel--links">
        <h2 class="sidebar-panel__title">Useful links</h2>
        <ul>
            <li><a href="/decisions/search-tips">How to search our decisions</a></li>
            <li><a href="/information-centre/staff-guidance/guidance-on-remedies">Our guidance on remedies</a></li>
            <li><a href="/copyright">Re-using our decisions</a></li>
        </ul>
    </div>
</aside>`;
}

const FOOTER = `<section class="page-feedback" aria-labelledby="page-feedback-title">
    <div class="container">
        <h2 id="page-feedback-title" class="page-feedback__title">Was this page useful?</h2>
        <form class="page-feedback__form" action="/feedback/page" method="post">
            <input type="hidden" name="page" value="decision">
            <button type="submit" name="useful" value="yes" class="button button--small">Yes</button>
            <button type="submit" name="useful" value="no" class="button button--small">No</button>
        </form>
    </div>
</section>
<footer class="site-footer" role="contentinfo">
    <div class="site-footer__main">
        <div class="container">
            <div class="site-footer__columns">
                <div class="site-footer__column">
                    <h2 class="site-footer__heading">Complaints</h2>
                    <ul>
                        <li><a href="/make-a-complaint">Make a complaint</a></li>
                        <li><a href="/make-a-complaint/what-happens-next">What happens to my complaint?</a></li>
                        <li><a href="/make-a-complaint/complain-about-us">Complain about our service</a></li>
                    </ul>
                </div>
                <div class="site-footer__column">
                    <h2 class="site-footer__heading">About us</h2>
                    <ul>
                        <li><a href="/about-us/who-we-are">Who we are</a></li>
                        <li><a href="/information-centre/news">News</a></li>
                        <li><a href="/about-us/freedom-of-information">Freedom of information</a></li>
                    </ul>
                </div>
                <div class="site-footer__column site-footer__column--contact">
                    <h2 class="site-footer__heading">Get in touch</h2>
                    <p>Local Government and Social Care Ombudsman<br>PO Box 4771<br>Coventry<br>CV4 0EH</p>
                    <p>Phone: <a href="tel:03000610614">0300 061 0614</a><br>Monday to Friday, 10am to 4pm</p>
                </div>
            </div>
        </div>
    </div>
    <div class="site-footer__bottom">
        <div class="container">
            <ul class="site-footer__legal">
                <li><a href="/accessibility">Accessibility</a></li>
                <li><a href="/privacy-notice">Privacy notice</a></li>
                <li><a href="/cookies">Cookies</a></li>
                <li><a href="/copyright">Copyright</a></li>
            </ul>
            <p class="site-footer__copyright">&copy; Local Government and Social Care Ombudsman 2025</p>
        </div>
    </div>
</footer>
<script src="/assets/js/vendor/jquery-3.7.1.min.js"></script>
<script src="/assets/js/main.min.js?v=20240611.2"></script>
<script>
    (function ($) {
        "use strict";
        $(function () {
            var $panel = $("#cookie-settings");
            if (document.cookie.indexOf("lgo_cookie_consent=") !== -1) { $panel.attr("hidden", "hidden"); }
            $("#cookie-accept-all, #cookie-save").on("click", function () { $panel.attr("hidden", "hidden"); });
            $(".js-open-cookie-settings").on("click", function () { $panel.removeAttr("hidden"); });
            $(".js-print").on("click", function (e) { e.preventDefault(); window.print(); });
        });
    })(jQuery);
</script>`;

/** A whole decision page. */
function renderPage(doc) {
  const ref = TITLE_RE.exec(doc.title)?.[2] ?? doc.title;
  const cat = slug(doc.category);
  const sub = slug(doc.subcategory);
  const summary = doc.blocks.find((b) => b.kind === 'summary' || b.kind === 'p');
  const description = summary ? summary.text.replace(/\s+/g, ' ') : doc.title;
  const maker = doc.signoff ? `\n    <p class="decision__maker">${esc(doc.signoff)}</p>` : '';
  const article = `<article id="article" class="decision">
    <header class="decision__header">
        <h1 class="decision__title">${esc(doc.title)}</h1>
    </header>
    <div class="decision-meta">
        <p><span class="label">Category :</span> <span class="value"><a href="/decisions/${cat}">${esc(doc.category)}</a> &gt; <a href="/decisions/${cat}/${sub}">${esc(doc.subcategory)}</a></span></p>
        <p><span class="label">Decision :</span> <span class="value">${esc(doc.decision)}</span></p>
        <p><span class="label">Decision date :</span> <span class="value">${esc(doc.date)}</span></p>
    </div>
    <div class="decision__body">
${pad(renderBody(doc.blocks), 8)}
    </div>
</article>
<div class="decision__footer">${maker}
    <p class="print-link"><a href="#" class="js-print">Print this page</a></p>
</div>`;
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${esc(doc.title)} - Local Government and Social Care Ombudsman</title>
    <meta name="lgsco:sample" content="invented">
    <meta name="description" content="${esc(description)}">
    <link rel="canonical" href="${esc(doc.url)}">
    <meta property="og:title" content="${esc(doc.title)}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="Local Government and Social Care Ombudsman">
    <meta property="og:url" content="${esc(doc.url)}">
    <link rel="icon" type="image/x-icon" href="/favicon.ico">
    <link rel="stylesheet" href="/assets/css/main.min.css?v=20240611.2">
    <link rel="stylesheet" href="/assets/css/print.min.css?v=20240611.2" media="print">
    <script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/, "js");</script>
    <style>
        .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}
        .cookie-panel{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:4px solid #00703c;z-index:999}
        .decision-meta .label{font-weight:700;min-width:9rem;display:inline-block}
        .back-to-top a:before{content:"\\2191\\00a0"}
    </style>
</head>
<body id="top" class="page-decision">
${pad(COOKIE_PANEL, 4)}
${pad(siteHeader(), 4)}
    <div class="breadcrumb-bar">
        <div class="container">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <ol>
                    <li><a href="/">Home</a></li>
                    <li><a href="/decisions">Decisions</a></li>
                    <li><a href="/decisions/${cat}">${esc(doc.category)}</a></li>
                    <li><a href="/decisions/${cat}/${sub}">${esc(doc.subcategory)}</a></li>
                    <li aria-current="page">${esc(ref)}</li>
                </ol>
            </nav>
        </div>
    </div>
    <main id="main-content" class="site-main" role="main">
        <div class="container">
            <div class="layout">
                <div class="layout__main">
${pad(article, 20)}
                </div>
${pad(sidebar(), 16)}
            </div>
        </div>
    </main>
${pad(FOOTER, 4)}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// The 12 decisions written for the sample (invented: fictional complainants, events, bodies and references, so that
// each invented body has several decisions). File name stem → page text.
// ---------------------------------------------------------------------------------------------------------------

const PAGES = {};

PAGES['31-crossing-not-upheld'] = `URL: https://www.lgo.org.uk/decisions/transport-and-highways/traffic-management/00-004-617

${DEMOSHIRE} (00 004 617)

Category : Transport and highways > Traffic management

Decision : Not upheld

Decision date : 14 Oct 2021

The Ombudsman's final decision:

Summary: Mr X complained the Council did not consult residents properly before building a pedestrian crossing outside his home. We have not upheld the complaint. The Council wrote to Mr X and other residents, put up street notices and considered the objections it received before deciding to go ahead.

The complaint

  1. Mr X complains the Council built a zebra crossing with a kerb build-out outside his home without asking him first. He says the flashing beacons light up his front bedroom at night and he can no longer park outside his house.
  2. Mr X wants the Council to move the crossing further along the road.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)

Back to top

How I considered this complaint

  1. I considered Mr X’s complaint and the Council’s replies to it. I asked the Council for its consultation records and the report on which the decision to build the crossing was made.
  2. Mr X and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

What happened

  1. The crossing was part of a £64,000 scheme, paid for from a road safety grant, to make the walking route to a primary school safer. In November 2020 the Council wrote to 46 addresses near the site, including Mr X’s, enclosing a plan and inviting comments within 21 days. It also put notices on lamp columns near the site and published the proposal on its website.
  2. The Council received nine responses, seven supporting the crossing. An officer’s report set out the two objections, one about the loss of parking, and the Council’s response to them. The cabinet member approved the scheme in February 2021 and the crossing was built in May 2021.
  3. Mr X complained in June 2021 that he had never received the letter. In reply the Council sent him a copy of the letter and the list of addresses it had written to. It also offered to fit a hood to the beacon nearest his window, which it did in July 2021.

Analysis

  1. The Council’s records show Mr X’s address was on the list of properties it wrote to. I cannot say why Mr X did not receive the letter, but I am satisfied the Council sent it. It also gave notice in the street and on its website, as it should.
  2. The Council considered the objections, including the loss of parking, before it decided to go ahead, and it recorded its reasons. That is what I would expect. As there was no fault in how the decision was made, I cannot question the decision itself or ask the Council to move the crossing.
  3. The Council responded to Mr X’s concern about the beacons by fitting a hood. That was a reasonable response.

Back to top

Final decision

  1. I have not upheld Mr X’s complaint. I did not find fault in how the Council consulted on and decided to build the crossing.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['32-care-leaver'] = `URL: https://www.lgo.org.uk/decisions/children-s-care-services/looked-after-children/00-011-903

${DEMOSHIRE} (00 011 903)

Category : Children's care services > Looked after children

Decision : Upheld

Decision date : 23 Mar 2023

The Ombudsman's final decision:

Summary: Miss B complained the Council did not give her the support it should have when she left care. We found the Council took seven months to allocate her a personal adviser and did not update her pathway plan before she moved into her own flat. The Council has agreed to apologise, pay Miss B £750 and check that other care leavers have a personal adviser.

The complaint

  1. Miss B was in the care of the Council until her 18th birthday in December 2021. She complains the Council:
    • did not give her a personal adviser for seven months after she turned 18;
    • did not review her pathway plan before she moved into her first flat; and
    • did not tell her she could apply for help with the cost of furnishing the flat.
  2. Miss B says she felt abandoned and had to sleep on a mattress on the floor for several weeks.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We also consider whether any fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)
  2. Under our information sharing agreement, we will share this decision with Ofsted.

Back to top

How I considered this complaint

  1. I spoke to Miss B and her advocate and considered the Council’s response to my enquiries, including Miss B’s pathway plans and case notes.
  2. Miss B and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

What happened

  1. Miss B’s last pathway plan was written in September 2021. Her social worker left the Council in December 2021 and her case was not passed to the leaving care team until July 2022, when a personal adviser was allocated.
  2. Miss B moved into a housing association flat in March 2022. Nobody from the Council reviewed her plan or visited her. Her advocate contacted the Council in May 2022, after which the Council paid Miss B its setting up home allowance of £2,000.
  3. Miss B complained in August 2022. The Council accepted there had been a delay and apologised, but said the allowance had now been paid in full.

Analysis

  1. The law says a council must appoint a personal adviser for each care leaver and keep the pathway plan under review, especially when the young person moves. The Council did neither for seven months. This was fault.
  2. Miss B received the full allowance, so she has not lost out financially. However, she moved into her flat without support, lived for several weeks without basic furniture and had to ask an advocate to chase the Council. That caused her distress and uncertainty at a difficult time.

Back to top

Agreed action

  1. Within one month of my final decision, the Council has agreed to:
    • apologise to Miss B in writing;
    • pay Miss B £500 to acknowledge the distress caused by the lack of support when she left care; and
    • pay Miss B £250 for her time and trouble in pursuing her complaint.
  2. Within three months of my final decision, the Council has agreed to check that every care leaver it supports has an allocated personal adviser, and tell us what it finds.

Back to top

Final decision

  1. I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['33-housing-benefit-delay'] = `URL: https://www.lgo.org.uk/decisions/benefits-and-tax/housing-benefit-and-council-tax-benefit/00-012-455

${DEMOFORD} (00 012 455)
Category : Benefits and tax > Housing benefit and council tax benefit
Decision : Upheld
Decision date : 17 Feb 2022
The Ombudsman's final decision:
Summary: Mr X complained the Council took five months to deal with a change in his housing benefit claim, so his rent arrears grew and his landlord threatened to evict him. We found fault. The Council has agreed to apologise and pay Mr X £300, in addition to the £150 it offered at stage two of its complaints procedure.
The complaint
- Mr X complains the Council delayed dealing with the change in his circumstances when his working hours were cut in April 2021. He says his rent arrears grew while he waited, his landlord served him with a notice seeking possession, and he was very worried he would lose his home.
The Ombudsman’s role and powers
- We investigate complaints about ‘maladministration’ and ‘service failure’, which we call fault. We also consider whether fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)
- We cannot investigate a complaint about the amount of benefit awarded, because there is a right of appeal to a tribunal. We can investigate delay in dealing with a claim.
How I considered this complaint
- I considered the information Mr X sent and the Council’s response to my enquiries, including its benefit records.
- Mr X and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.
What I found
What happened
- Mr X reported on 12 April 2021 that his hours had been cut and sent his new payslips. The Council asked for a further payslip in May 2021, which Mr X sent within a week. It then did nothing with the claim until 20 September 2021.
- When the Council assessed the change it awarded Mr X an increase in housing benefit, backdated to April 2021, and paid arrears of £1,615 direct to his landlord. By then Mr X owed rent of £1,870 and had received a notice seeking possession. The landlord withdrew the notice once the arrears were paid.
- Mr X complained. At stage two the Council apologised for the delay and offered him £150 for his time and trouble.
Analysis
- The Council should deal with a change of circumstances as soon as it reasonably can. It had all the information it needed by May 2021 but did not act on it for four months. That was fault.
- The backdated award means Mr X has not lost any benefit. But the delay left him in arrears, facing possible eviction, for several months. That caused him real distress, which the Council’s offer does not fully recognise.
Agreed action
- Within one month of my final decision, the Council has agreed to:
- apologise to Mr X; and
- pay Mr X £300 to acknowledge the distress and uncertainty caused by its delay. This is in addition to the £150 it offered at stage two, which it should also pay if it has not already done so.
- Within three months of my final decision, the Council has agreed to review how it monitors changes of circumstances that are waiting for action, and tell us what it has done.
Final decision
- I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.
Investigator's decision on behalf of the Ombudsman
`;

PAGES['34-admissions-closed'] = `URL: https://www.lgo.org.uk/decisions/education/school-admissions/00-001-872

${SAMPLEBURY} (00 001 872)

Category : Education > School admissions

Decision : Closed after initial enquiries

Decision date : 19 Jun 2023

The Ombudsman's final decision:

Summary: We will not investigate Mrs Y’s complaint about the appeal panel which refused her son a place at her preferred secondary school. There is not enough evidence of fault in the way the panel reached its decision to justify our involvement.

The complaint

  1. Mrs Y complains that an independent appeal panel arranged by the Council refused her appeal for a place for her son, D, at a secondary school. She says the panel did not give enough weight to D’s anxiety and to the length of his journey to the school he was offered.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’, which we call fault. We provide a free service but must use public money carefully. We may decide not to start or continue with an investigation if we believe there is not enough evidence of fault to justify investigating. (Local Government Act 1974, section 24A(6), as amended)
  2. We cannot question whether an independent appeal panel’s decision is right or wrong simply because the complainant disagrees with it. We consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)

Back to top

How I considered this complaint

  1. I considered the information Mrs Y provided, including the panel’s decision letter and the clerk’s notes of the hearing. I also considered our Assessment Code.

Back to top

My assessment

  1. The school was oversubscribed and the panel first decided whether admitting another child would prejudice the school. It accepted the school’s evidence about class sizes and the space in its buildings.
  2. The clerk’s notes show Mrs Y explained D’s anxiety and gave the panel a letter from his GP. The panel asked her questions about it and about D’s journey. It then weighed her case against the prejudice to the school, as the School Admission Appeals Code requires, and gave reasons for deciding the school’s case was stronger.
  3. Mrs Y disagrees with the outcome, and I understand why. However, the panel heard her evidence and followed the correct process. There is not enough evidence of fault to justify an investigation.

Back to top

Final decision

  1. We will not investigate Mrs Y’s complaint because there is not enough evidence of fault in how the appeal panel reached its decision.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['35-allocations-medical-priority'] = `URL: https://www.lgo.org.uk/decisions/housing/allocations/00-010-770

${SAMPLE_VALE} (00 010 770)

Category : Housing > Allocations

Decision : Upheld

Decision date : 11 Jan 2022

The Ombudsman's final decision:

Summary: Ms Z complained the Council took too long to decide her request for medical priority on the housing register. We found the Council took eight months to make a decision it should have made in about eight weeks. The Council has agreed to apologise, pay Ms Z £1,000 and backdate her new priority.

The complaint

  1. Ms Z complains the Council delayed deciding her application for medical priority for a transfer. She lives with her two children in a one-bedroom flat on the fourth floor of a block with no lift. Her son has a heart condition and she says the stairs are making him unwell.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We also consider whether any fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

Back to top

How I considered this complaint

  1. I considered the information Ms Z provided and the Council’s housing register records.
  2. Ms Z and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

Law and guidance

  1. Every council must have an allocations scheme that says how it decides who gets priority for social housing. The Council’s scheme says it will decide requests for medical priority within eight weeks of receiving the medical evidence.

What happened

  1. Ms Z sent a medical form and a letter from her son’s consultant in January 2021. The Council did not refer the case to its medical adviser until July 2021. It awarded Ms Z a higher band in September 2021, eight months after she applied.
  2. Ms Z complained. The Council said its medical assessment team had a backlog.

Analysis

  1. The Council took eight months to make a decision its own scheme says should take eight weeks. A backlog does not excuse this. That was fault.
  2. Ms Z would have been placed in the higher band by March 2021 but for the fault. The Council told me six suitable properties were advertised between March and September 2021. I cannot say whether Ms Z would have been successful, but she lost the chance to bid for them and spent longer living in conditions that were hard on her son.

Back to top

Agreed action

  1. Within one month of my final decision, the Council has agreed to:
    • apologise to Ms Z;
    • backdate the effective date of her higher band to 15 March 2021; and
    • pay Ms Z £1,000 (£800 for the distress and lost opportunity to bid for a home while she waited for a decision, and £200 for her time and trouble).
  2. Within three months of my final decision, the Council has agreed to tell us how it will clear its backlog of medical priority requests.

Back to top

Final decision

  1. I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['36-enforcement-not-upheld'] = `URL: https://www.lgo.org.uk/decisions/planning/enforcement/00-016-402

${SAMPLE_VALE} (00 016 402)

Category : Planning > Enforcement

Decision : Not upheld

Decision date : 05 May 2023

The Ombudsman's final decision:

Summary: Mr X complained the Council did not take enforcement action against his neighbour’s rear extension. We have not upheld the complaint. The Council investigated, visited the site and properly decided the extension did not need planning permission.

The complaint

  1. Mr X complains the Council refused to take enforcement action against a single-storey rear extension built by his neighbour in 2022. He says it is too deep, blocks light to his garden and was built without planning permission.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)

Back to top

How I considered this complaint

  1. I considered Mr X’s complaint and the Council’s enforcement file, including the officer’s site notes and photographs.
  2. Mr X and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

Law and guidance

  1. Some extensions do not need planning permission because they are ‘permitted development’. A single-storey rear extension on a semi-detached house can be up to three metres deep. Councils have discretion over whether to take enforcement action, and should only do so where it is in the public interest.

What happened

  1. Mr X reported the extension in August 2022. A planning enforcement officer visited in September 2022, measured the extension at 2.9 metres deep and 3.4 metres high, and checked it against the permitted development limits.
  2. The officer wrote to Mr X in October 2022 explaining that the extension was permitted development, so no planning application or fee was needed, and that the Council would close its investigation.

Analysis

  1. The Council investigated promptly, visited the site and recorded its measurements. It considered the relevant limits and explained its decision to Mr X. That is the process I would expect, so I cannot question the decision.
  2. I understand Mr X is unhappy with the effect of the extension on his garden, but that does not mean the Council was at fault.

Back to top

Final decision

  1. I have not upheld Mr X’s complaint. There was no fault in how the Council decided not to take enforcement action.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['37-care-home-top-up'] = `URL: https://www.lgo.org.uk/decisions/adult-care-services/residential-care/00-001-336

${EXAMPLEHAM} (00 001 336)

Category : Adult care services > Residential care

Decision : Upheld

Decision date : 29 Aug 2024

The Ombudsman's final decision:

Summary: Mrs Y complained the Council did not tell her she would have to pay a top-up for her mother’s care home, then sent her a backdated bill. We found fault. The Council has agreed to apologise, cancel the backdated charges, pay Mrs Y £500 and put a signed top-up agreement in place before charging for the future.

The complaint

  1. Mrs Y complains the Council:
    • placed her mother, Mrs W, in a care home that cost more than the Council’s usual rate without explaining that someone would have to pay the difference;
    • did not ask her to sign a top-up agreement; and
    • sent her an invoice five months later for top-up fees backdated to the start of the placement.
  2. Mrs Y says she was shocked by the bill and worried her mother would have to move.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We also consider whether any fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

Back to top

How I considered this complaint

  1. I considered the information Mrs Y provided and the Council’s response to my enquiries, including Mrs W’s care records.
  2. Mrs Y and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

Law and guidance

  1. When a council arranges a care home place, it must offer at least one suitable home at its usual rate. If the person or their family chooses a more expensive home, a third party can pay the difference as a ‘top-up’. The council must make sure the person paying understands what they are agreeing to and can afford it, and the agreement must be in writing. (Care and Support Statutory Guidance, Annex A)

What happened

  1. Mrs W moved into the care home in August 2023 after a stay in hospital. The home’s fee was £95 a week more than the Council’s usual rate. The case notes record that the social worker told Mrs Y about the home but not about the difference in cost. No other home was offered.
  2. In January 2024 the Council sent Mrs Y an invoice for top-up fees of £1,995, covering 21 weeks. Mrs Y complained. The Council said the top-up had been explained and the invoice was correct.

Analysis

  1. There is no record the Council offered a home at its usual rate, explained the top-up or asked Mrs Y to sign an agreement. That was fault. Without a written agreement the Council could not charge the top-up.
  2. The fault caused Mrs Y distress and uncertainty about whether her mother could stay in the home, and she spent time challenging the bill.

Back to top

Agreed action

  1. Within one month of my final decision, the Council has agreed to:
    • apologise to Mrs Y;
    • cancel the invoice for £1,995 and confirm in writing that nothing is owed for the period before a written agreement is signed;
    • pay Mrs Y £350 to acknowledge the distress and uncertainty caused by the unexpected bill; and
    • pay Mrs Y £150 for her time and trouble in pursuing her complaint.
  2. Within two months of my final decision, the Council has agreed to discuss the options with Mrs Y and, if she chooses to pay a top-up in future, put a written agreement in place.
  3. The Council should provide us with evidence it has complied with the above actions.

Back to top

Final decision

  1. I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['38-tree-closed'] = `URL: https://www.lgo.org.uk/decisions/environment-and-regulation/trees/00-003-508

${DEMOFORD} (00 003 508)

Category : Environment and regulation > Trees

Decision : Closed after initial enquiries

Decision date : 26 Jul 2021

The Ombudsman's final decision:

Summary: We will not investigate Mr X’s complaint about the Council’s refusal to let him fell an oak tree protected by a tree preservation order. Mr X could appeal against the refusal to the Planning Inspectorate, and it is reasonable to expect him to do so.

The complaint

  1. Mr X complains the Council refused his application to fell an oak tree in his garden which is protected by a tree preservation order. He says the tree’s roots are damaging his drive and the Council ignored his surveyor’s report. He wants the Council to reverse its decision.

Back to top

The Ombudsman’s role and powers

  1. We cannot investigate a complaint if someone has a right of appeal to a government minister, unless we consider it would be unreasonable to expect them to use it. (Local Government Act 1974, section 26(6)(b), as amended)
  2. The Planning Inspectorate decides appeals about tree preservation order consents on behalf of the Secretary of State.

Back to top

How I considered this complaint

  1. I considered the information Mr X provided, including the Council’s decision notice. I also considered our Assessment Code.

Back to top

My assessment

  1. The Council’s decision notice refused consent and explained that Mr X could appeal within 28 days. Mr X’s complaint is about the merits of that decision, including how much weight the Council gave to his surveyor’s report. An appeal to the Planning Inspectorate is the right way to challenge it. An inspector can consider the evidence afresh and, unlike us, can grant consent.
  2. There is no charge for an appeal and Mr X has a surveyor to help him. It is reasonable to expect him to use his right of appeal.

Back to top

Final decision

  1. We will not investigate Mr X’s complaint because he could appeal to the Planning Inspectorate.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['39-land-sale'] = `URL: https://www.lgo.org.uk/decisions/other-categories/land/00-006-559

${EXAMPLEBY} (00 006 559)
Category : Other Categories > Land
Decision : Upheld
Decision date : 12 Dec 2023
The Ombudsman's final decision:
Summary: Mr X complained the Council took more than a year to deal with his request to buy a strip of council land next to his garden and then withdrew from the sale without explanation. We found fault. The Council has agreed to apologise, refund the £200 deposit Mr X paid and pay him £250 for his frustration and time and trouble.
The complaint
- Mr X complains the Council agreed in principle to sell him a strip of land next to his garden, took his deposit towards its valuation costs and then did nothing for 14 months. He says it then told him it would not sell the land after all, without saying why.
The Ombudsman’s role and powers
- We investigate complaints about ‘maladministration’ and ‘service failure’, which we call fault. We cannot question a council’s decision about whether to sell its land if it made that decision properly. (Local Government Act 1974, section 34(3), as amended)
How I considered this complaint
- I considered the information Mr X sent and the Council’s estates file.
- Mr X and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.
What I found
What happened
- In February 2022 the Council’s estates team told Mr X it was willing in principle to sell him the land, subject to a valuation, and asked for a deposit of £200 towards its costs, which he paid. The officer dealing with the case then left and the file was not reassigned.
- Mr X chased the Council eight times between June 2022 and March 2023. In April 2023 the Council told him it had decided to keep the land for a possible footpath scheme and would not sell it. It did not offer to return his deposit.
Analysis
- The Council is entitled to decide not to sell its land, and I do not criticise that decision. But it left Mr X’s request untouched for 14 months, did not answer his letters and did not explain its change of mind. That was fault.
- Mr X paid a deposit for a valuation that was never carried out, and spent time and frustration chasing the Council. The Council should put that right.
Agreed action
- Within one month of my final decision, the Council has agreed to:
- apologise to Mr X;
- refund the £200 deposit he paid; and
- pay Mr X £250 to acknowledge his frustration and the time and trouble he spent chasing the Council.
- Within three months of my final decision, the Council has agreed to make sure each land sale request has a named officer and that requests are reassigned when staff leave.
Final decision
- I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.
Investigator's decision on behalf of the Ombudsman
`;

PAGES['40-ehc-plan'] = `URL: https://www.lgo.org.uk/decisions/education/special-educational-needs/00-003-127

${SAMPLEBURY} (00 003 127)

Category : Education > Special educational needs

Decision : Upheld

Decision date : 27 Sep 2022

The Ombudsman's final decision:

Summary: Mrs Y complained the Council delayed issuing her son’s education, health and care plan and then did not arrange the speech and language therapy in it. We found fault. The Council has agreed to apologise, pay Mrs Y £1,500 and review how it checks that provision in plans is in place.

The complaint

  1. Mrs Y complains the Council:
    • took 34 weeks to issue an education, health and care (EHC) plan for her son, D, when the law allows 20 weeks; and
    • did not make sure D received the weekly speech and language therapy set out in the plan for the whole of the spring term 2022.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We also consider whether any fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)
  2. We cannot investigate the content of an EHC plan, which can be appealed to a tribunal. We can investigate delay and whether a council has secured the provision in a plan.

Back to top

How I considered this complaint

  1. I considered the information Mrs Y provided and the Council’s response to my enquiries, including the EHC plan and its records of the therapy sessions.
  2. Mrs Y and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

What happened

  1. Mrs Y asked for an EHC needs assessment in March 2021. The Council issued the final plan in November 2021, 34 weeks later. It said it was waiting for an educational psychologist’s advice.
  2. The plan says D should have one hour of speech and language therapy each week. The therapy service had no therapist for D’s school from January to April 2022, and D received no sessions that term. The Council did not know until Mrs Y complained.

Analysis

  1. The Council took 14 weeks longer than the law allows to issue the plan. A shortage of educational psychologists does not remove that duty. That was fault.
  2. The Council has a duty to secure the provision in an EHC plan. It did not check the therapy was happening and D missed a term of it. That was fault. D lost provision he needed and Mrs Y was caused distress and had to chase the Council.

Back to top

Agreed action

  1. Within one month of my final decision, the Council has agreed to:
    • apologise to Mrs Y and D;
    • pay Mrs Y £1,200 to recognise the term of speech and language therapy D missed, to be used for his educational benefit; and
    • pay Mrs Y £300 to acknowledge her distress and the time and trouble she spent pursuing the matter.
  2. Within three months of my final decision, the Council has agreed to review how it checks that the provision in EHC plans is in place, and tell us what it has done.

Back to top

Final decision

  1. I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['41-child-protection-not-upheld'] = `URL: https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/00-007-081

${EXAMPLEBY} (00 007 081)

Category : Children's care services > Child protection

Decision : Not upheld

Decision date : 18 Nov 2021

The Ombudsman's final decision:

Summary: Mr X complained the Council did not invite him to a child protection conference about his daughter and that its report to the conference was inaccurate. We have not upheld the complaint. The Council invited Mr X in writing and recorded his disagreement with the report.

The complaint

  1. Mr X complains that:
    • the Council did not invite him to the initial child protection conference about his daughter, C, in March 2021; and
    • the social worker’s report to the conference contained mistakes about his contact with C.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We cannot question a decision made by a child protection conference, which is a multi-agency meeting, but we can look at how the Council prepared for it. (Local Government Act 1974, section 34(3), as amended)
  2. Under our information sharing agreement, we will share this decision with Ofsted.

Back to top

How I considered this complaint

  1. I considered the information Mr X provided and the Council’s records, including the invitation letters, the social worker’s report and the conference minutes.
  2. Mr X and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

What happened

  1. The Council sent Mr X an invitation to the conference by post and email eight days before it took place. The email was sent to the address Mr X had given the social worker. Mr X did not attend.
  2. The social worker shared her report with Mr X after the conference. He said it wrongly described his contact with C as irregular. The Council added his comments to the report and wrote to him to say it had done so.

Analysis

  1. The Council’s records show it invited Mr X in good time and to the right addresses. I cannot say why he did not receive the invitations, but that is not fault by the Council.
  2. Where a parent disagrees with a report, I would expect the Council to record the disagreement. It did. It was not required to change the social worker’s professional view.

Back to top

Final decision

  1. I have not upheld Mr X’s complaint. I have not found fault in how the Council invited him to the conference or dealt with his comments on the report.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

PAGES['42-private-housing-damp'] = `URL: https://www.lgo.org.uk/decisions/housing/private-housing/00-007-645

${DEMOFORD} (00 007 645)

Category : Housing > Private housing

Decision : Upheld

Decision date : 09 Dec 2022

The Ombudsman's final decision:

Summary: Mrs Y complained the Council took too long to deal with her reports of damp and mould in her privately rented home. We found the Council took five months to inspect and then did not act on the hazard it found. The Council has agreed to apologise and pay Mrs Y £450.

The complaint

  1. Mrs Y complains the Council’s private sector housing team:
    • took five months to inspect her home after she reported damp and mould; and
    • did not take action against her landlord after its inspection found a serious hazard.
  2. Mrs Y says her family lived with mould in two bedrooms for most of a winter and her youngest child’s asthma got worse.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement I use the word fault to refer to these. We also consider whether any fault has caused an injustice and, if it has, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

Back to top

How I considered this complaint

  1. I considered the information Mrs Y provided and the Council’s inspection records and correspondence with the landlord.
  2. Mrs Y and the Council had an opportunity to comment on my draft decision. I considered their comments before making a final decision.

Back to top

What I found

Law and guidance

  1. Councils use the Housing Health and Safety Rating System to assess hazards in homes. If a council finds a category 1 hazard, it must take the most appropriate action, such as serving an improvement notice on the landlord. (Housing Act 2004, section 5)

What happened

  1. Mrs Y rents a three-bedroom house for £725 a month. She reported damp and mould to the Council in October 2021. The Council did not inspect until March 2022. The officer found a category 1 damp and mould hazard.
  2. The officer wrote to the landlord asking for the work to be done, but did not serve a notice or follow up. The landlord did not carry out the work until August 2022, after Mrs Y complained to the Council.

Analysis

  1. The Council’s own target is to inspect within 20 working days. It took five months. That was fault.
  2. Having found a category 1 hazard, the Council had to take the most appropriate action. It wrote an informal letter and then did nothing more. That was fault. But for these faults, the work would probably have been done by the spring of 2022 rather than in August. Mrs Y and her children lived with damp and mould for longer than they should have, which caused distress.

Back to top

Agreed action

  1. Within one month of my final decision, the Council has agreed to:
    • apologise to Mrs Y;
    • pay Mrs Y £350 to acknowledge the distress of living with damp and mould for longer than she should have; and
    • pay Mrs Y £100 for her time and trouble in pursuing her complaint.
  2. Within three months of my final decision, the Council has agreed to remind its officers of the action they must take when they find a category 1 hazard.

Back to top

Final decision

  1. I found fault causing injustice. The Council has agreed to the action above, so I have completed my investigation.

Back to top

Investigator's decision on behalf of the Ombudsman
`;

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

function main() {
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(synthDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: invent(f.replace(/\.txt$/, ''), readFileSync(join(synthDir, f), 'utf8')) }));
  for (const [name, text] of Object.entries(PAGES)) sources.push({ name, text });
  const refs = new Map();
  const written = new Set();
  for (const { name, text } of sources) {
    const doc = readPageText(text, name);
    const ref = TITLE_RE.exec(doc.title)?.[2] ?? doc.title;
    if (refs.has(ref)) throw new Error(`${name}: reference ${ref} already used by ${refs.get(ref)}`);
    if (!ref.startsWith('00 ')) throw new Error(`${name}: reference ${ref} could be a real one (invented decisions use 00 NNN NNN)`);
    refs.set(ref, name);
    if (!doc.url.endsWith(`/${slug(doc.category)}/${slug(doc.subcategory)}/${ref.replace(/ /g, '-')}`)) {
      throw new Error(`${name}: URL ${doc.url} does not match the category and reference`);
    }
    writeFileSync(join(outDir, `${name}.html`), renderPage(doc));
    written.add(`${name}.html`);
  }
  // Pages of an earlier sample (renamed or dropped) would be imported with the rest: they go.
  for (const f of readdirSync(outDir)) {
    if (/^\d{2}-.*\.html$/.test(f) && !written.has(f)) {
      rmSync(join(outDir, f));
      console.error(`removed ${f} (no longer in the sample)`);
    }
  }
  let seeds = 0;
  for (const s of SEEDS) {
    const to = join(outDir, s.to);
    if (existsSync(seedsDir)) {
      writeFileSync(to, `URL: ${s.url}\n${SEED_MARKER}\n\n${readFileSync(join(seedsDir, s.from), 'utf8')}`);
      seeds++;
    } else if (existsSync(to) && !readFileSync(to, 'utf8').split('\n')[1].startsWith('lgsco:sample')) {
      // The committed copy, as it was, with the marker line after its URL line.
      const [url, ...rest] = readFileSync(to, 'utf8').split('\n');
      writeFileSync(to, [url, SEED_MARKER, ...rest].join('\n'));
    }
  }
  if (!existsSync(seedsDir)) console.error(`note: ${seedsDir} not found; kept the seed copies already in data/sample/`);
  console.error(`wrote ${sources.length} pages${seeds ? ` and ${seeds} seed decisions` : ''} to data/sample/`);
}

main();
