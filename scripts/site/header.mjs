/**
 * The site header (skip link, utility links, logo, site search), the main navigation (mega menus listing every
 * category, or a compact bar) and the breadcrumb. Header and menus link to category pages only, never to a decision
 * address, so a listing reader that keys on decision links sees only the results.
 */
import { escapeHtml, escapeLabel } from './escape.mjs';
import { CATEGORIES } from './taxonomy.mjs';

const SEARCH_ICON = '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg>';

export const SITE_HEADER_TOP = `    <a class="skip-link" href="#main-content">Skip to main content</a>
    <header class="site-header" role="banner">
        <div class="site-header__top">
            <div class="container">
                <ul class="utility-links">
                    <li><a href="/accessibility">Accessibility</a></li>
                    <li><a href="/contact-us">Contact us</a></li>
                    <li><a href="/make-a-complaint/complaint-form-help" lang="cy">Cymraeg</a></li>
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
                    <button type="submit" class="site-search__button">${SEARCH_ICON}<span class="visually-hidden">Search</span></button>
                </form>
                <button type="button" class="menu-toggle" aria-controls="main-nav" aria-expanded="false">Menu</button>
            </div>
        </div>
`;

function menuColumn(heading, links) {
  return `                            <div class="mega-menu__column">
                                <h3 class="mega-menu__heading">${heading}</h3>
                                <ul>
${links.map(([href, text]) => `                                    <li><a href="${href}">${text}</a></li>`).join('\n')}
                                </ul>
                            </div>
`;
}
function navItem(href, text, columns, active = false) {
  if (!columns) return `                    <li class="main-nav__item"><a class="main-nav__link" href="${href}">${text}</a></li>\n`;
  return `                    <li class="main-nav__item main-nav__item--has-menu${active ? ' main-nav__item--active' : ''}">
                        <a class="main-nav__link" href="${href}" aria-haspopup="true" aria-expanded="false">${text}</a>
                        <div class="mega-menu" hidden>
${columns.join('')}                        </div>
                    </li>
`;
}

/** Main navigation with mega menus listing every category (a distractor for readers), as on the seed fixture. */
export const NAV_MEGA = `        <nav id="main-nav" class="main-nav" aria-label="Main navigation">
            <div class="container">
                <ul class="main-nav__list">
${navItem('/make-a-complaint', 'Make a complaint', [
  menuColumn('How to complain', [['/make-a-complaint', 'Before you complain'], ['/make-a-complaint/how-to-complain', 'How to complain'], ['/make-a-complaint/start-your-complaint', 'Start your complaint'], ['/make-a-complaint/what-happens-next', 'What happens to my complaint?'], ['/make-a-complaint/getting-help', 'Getting help to complain']]),
  menuColumn('Complaint topics', CATEGORIES.map((c) => [`/make-a-complaint/${c.slug}`, escapeLabel(c.label)])),
  menuColumn('After our decision', [['/make-a-complaint/review-of-our-decision', 'Asking for a review of our decision'], ['/make-a-complaint/complain-about-us', 'Complaints about our service'], ['/make-a-complaint/fact-sheets', 'Fact sheets']]),
])}${navItem('/decisions', 'Decisions', [
  menuColumn('Search decisions', [['/decisions', 'Search our decisions'], ['/decisions/search-tips', 'Search tips'], ['/decisions/recent-reports', 'Recent public interest reports']]),
  menuColumn('Browse by category', CATEGORIES.map((c) => [`/decisions/${c.slug}`, escapeLabel(c.label)])),
], true)}${navItem('/information-centre', 'Information centre', [
  menuColumn('Reports', [['/information-centre/reports/annual-review-reports', 'Annual review reports'], ['/information-centre/reports/focus-reports', 'Focus reports'], ['/information-centre/reports/special-reports', 'Special reports']]),
  menuColumn('For organisations', [['/information-centre/councils-performance', 'Annual letters to councils'], ['/information-centre/staff-guidance', 'Staff guidance'], ['/information-centre/good-practice-guides', 'Good practice guides'], ['/information-centre/training', 'Effective complaint handling courses']]),
])}${navItem('/your-councils-performance', 'Your council’s performance')}${navItem('/information-centre/news', 'News')}${navItem('/about-us', 'About us', [
  menuColumn('Who we are', [['/about-us/who-we-are', 'Who we are'], ['/about-us/our-people', 'Our people'], ['/about-us/work-for-us', 'Work for us']]),
  menuColumn('Our standards', [['/about-us/our-service-standards', 'Our service standards'], ['/about-us/freedom-of-information', 'Freedom of information'], ['/about-us/data-protection', 'Data protection']]),
])}${navItem('/contact-us', 'Contact us')}                </ul>
            </div>
        </nav>
    </header>
`;

/** A compact navigation bar (no menus). */
export const NAV_COMPACT = `        <nav id="main-nav" class="main-nav" aria-label="Main navigation">
            <div class="container">
                <ul class="main-nav__list">
${navItem('/make-a-complaint', 'Make a complaint')}${navItem('/decisions', 'Decisions')}${navItem('/information-centre', 'Information centre')}${navItem('/your-councils-performance', 'Your council’s performance')}${navItem('/information-centre/news', 'News')}${navItem('/about-us', 'About us')}${navItem('/contact-us', 'Contact us')}                </ul>
            </div>
        </nav>
    </header>
`;

/** The breadcrumb bar: Home, then `crumbs` as [href, label] pairs; the last, with a null href, is the current page. */
export function breadcrumb(crumbs) {
  const items = crumbs
    .map(([href, label]) => (href === null ? `                    <li aria-current="page">${escapeLabel(label)}</li>` : `                    <li><a href="${escapeHtml(href)}">${escapeLabel(label)}</a></li>`))
    .join('\n');
  return `    <div class="breadcrumb-bar">
        <div class="container">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <ol>
                    <li><a href="/">Home</a></li>
${items}
                </ol>
            </nav>
        </div>
    </div>
`;
}

/** A decision page's crumbs: Decisions, its category, its subcategory, its reference. */
export function decisionCrumbs(d) {
  return [
    ['/decisions', 'Decisions'],
    [`/decisions/${d.categorySlug}`, d.category],
    [`/decisions/${d.categorySlug}/${d.subcategorySlug}`, d.subcategory],
    [null, d.ref],
  ];
}
