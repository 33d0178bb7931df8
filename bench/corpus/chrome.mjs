/**
 * Page chrome around the decision, in the shape of the hand-made fixtures (test/fixtures/html): head, cookie panel,
 * site header with search, main navigation (mega menus or a compact bar), breadcrumb, sidebar, feedback form, footer
 * and scripts. The markup is synthetic, like the fixtures'; pages pick parts so sizes vary as real pages do.
 */
import { CATEGORIES } from './organisations.mjs';

/** HTML-escape text for element content and attribute values. */
export function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Category labels as the site's markup writes them: the apostrophe as `&#39;`. */
export function escLabel(s) {
  return esc(s).replace(/'/g, '&#39;');
}

export function head({ title, description, url, ogUrl }) {
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${esc(title)} - Local Government and Social Care Ombudsman</title>
    <meta name="description" content="${esc(description)}">
    <meta name="format-detection" content="telephone=no">
    <link rel="canonical" href="${url}">
    <meta property="og:title" content="${esc(title)}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="Local Government and Social Care Ombudsman">
${ogUrl ? `    <meta property="og:url" content="${url}">\n` : ''}    <meta property="og:image" content="https://www.lgo.org.uk/assets/images/lgsco-share.png">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:site" content="@LGOmbudsman">
    <link rel="icon" type="image/x-icon" href="/favicon.ico">
    <link rel="apple-touch-icon" sizes="180x180" href="/assets/images/icons/apple-touch-icon.png">
    <link rel="icon" type="image/png" sizes="32x32" href="/assets/images/icons/favicon-32x32.png">
    <link rel="manifest" href="/site.webmanifest">
    <link rel="preconnect" href="https://www.googletagmanager.com">
    <link rel="stylesheet" href="/assets/css/main.min.css?v=20240611.2">
    <link rel="stylesheet" href="/assets/css/print.min.css?v=20240611.2" media="print">
    <script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/, "js");</script>
    <style>
        .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}
        .skip-link{position:absolute;left:-9999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem 1rem;z-index:1000}
        .skip-link:focus{left:0}
        .cookie-panel{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:4px solid #00703c;z-index:999;max-height:80vh;overflow:auto}
        .js .cookie-panel[hidden]{display:none}
        .decision-meta .label{font-weight:700;min-width:9rem;display:inline-block}
        .back-to-top a:before{content:"\\2191\\00a0"}
    </style>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag("consent", "default", { "analytics_storage": "denied", "ad_storage": "denied" });
        (function () {
            var m = document.cookie.match(/(?:^|; )lgo_cookie_consent=([^;]*)/);
            if (m && decodeURIComponent(m[1]).indexOf("analytics:1") !== -1) {
                gtag("consent", "update", { "analytics_storage": "granted" });
            }
        })();
    </script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH00000"></script>
</head>
<body id="top" class="page-decision">
`;
}

export const COOKIE_PANEL = `    <div id="cookie-settings" class="cookie-panel" role="dialog" aria-modal="false" aria-labelledby="cookie-settings-title">
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
                    <button type="button" class="cookie-group__toggle" aria-expanded="false" aria-controls="required-cookies-table">View required cookies</button>
                    <table id="required-cookies-table" class="cookie-table" hidden>
                        <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Expires</th></tr></thead>
                        <tbody>
                            <tr><td>ASP.NET_SessionId</td><td>Keeps track of your visit while you move between pages</td><td>When you close your browser</td></tr>
                            <tr><td>__RequestVerificationToken</td><td>Protects forms on this site from cross-site request forgery</td><td>When you close your browser</td></tr>
                            <tr><td>lgo_cookie_consent</td><td>Remembers the choices you make in this panel</td><td>1 year</td></tr>
                        </tbody>
                    </table>
                </div>
                <div class="cookie-group">
                    <h4>Analytical cookies</h4>
                    <p>Google Analytics cookies help us improve the performance of the website by understanding how visitors use the site.<br>
                    We recommend you set these 'ON'.</p>
                    <div class="cookie-switch">
                        <input type="checkbox" id="analytics-consent" name="analytics-consent" value="1">
                        <label for="analytics-consent"><span class="cookie-switch__on">On</span><span class="cookie-switch__off">Off</span></label>
                    </div>
                    <button type="button" class="cookie-group__toggle" aria-expanded="false" aria-controls="analytical-cookies-table">View analytical cookies</button>
                    <table id="analytical-cookies-table" class="cookie-table" hidden>
                        <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Expires</th></tr></thead>
                        <tbody>
                            <tr><td>_ga</td><td>Distinguishes one visitor from another</td><td>2 years</td></tr>
                            <tr><td>_gid</td><td>Distinguishes one visitor from another</td><td>24 hours</td></tr>
                        </tbody>
                    </table>
                    <p>In using Google Analytics, we do not collect or store personal information that could identify you (for example your name or address). We do not allow Google to use or share our analytics data. Google has developed a tool to help you <a href="https://tools.google.com/dlpage/gaoptout" rel="noopener" target="_blank">opt out of Google Analytics cookies</a>.</p>
                </div>
                <div class="cookie-panel__actions">
                    <button type="button" class="button button--primary" id="cookie-accept-all">Accept all cookies</button>
                    <button type="button" class="button button--secondary" id="cookie-save">Save and close</button>
                </div>
            </div>
        </div>
    </div>
`;

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
  menuColumn('Complaint topics', CATEGORIES.map((c) => [`/make-a-complaint/${c.slug}`, escLabel(c.label)])),
  menuColumn('After our decision', [['/make-a-complaint/review-of-our-decision', 'Asking for a review of our decision'], ['/make-a-complaint/complain-about-us', 'Complaints about our service'], ['/make-a-complaint/fact-sheets', 'Fact sheets']]),
])}${navItem('/decisions', 'Decisions', [
  menuColumn('Search decisions', [['/decisions', 'Search our decisions'], ['/decisions/search-tips', 'Search tips'], ['/decisions/recent-reports', 'Recent public interest reports']]),
  menuColumn('Browse by category', CATEGORIES.map((c) => [`/decisions/${c.slug}`, escLabel(c.label)])),
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

export function breadcrumb(d) {
  return `    <div class="breadcrumb-bar">
        <div class="container">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <ol>
                    <li><a href="/">Home</a></li>
                    <li><a href="/decisions">Decisions</a></li>
                    <li><a href="/decisions/${d.catSlug}">${escLabel(d.category)}</a></li>
                    <li><a href="/decisions/${d.catSlug}/${d.subSlug}">${escLabel(d.subcategory)}</a></li>
                    <li aria-current="page">${d.ref}</li>
                </ol>
            </nav>
        </div>
    </div>
`;
}

const OPTIONS = CATEGORIES.map(
  (c) => `                            <optgroup label="${escLabel(c.label)}">
                                <option value="${c.slug}">All ${escLabel(c.label.toLowerCase())}</option>
${c.subs.map(([s, l]) => `                                <option value="${c.slug}/${s}">${escLabel(l)}</option>`).join('\n')}
                            </optgroup>`,
).join('\n');

/** Sidebar with the decision search form (category select, outcome checkboxes: distractors). */
export const SIDEBAR_SEARCH = `            <aside class="sidebar" aria-label="Search decisions">
                <div class="sidebar-panel">
                    <h2 class="sidebar-panel__title">Search decisions</h2>
                    <form id="decisionSearch" name="decisionSearch" action="/decisionsnew/newsearchpost" method="post">
                        <input name="__RequestVerificationToken" type="hidden" value="CfDJ8BenchTokenNotRealxQ1w2e3r4t5y6u7i8o9p0aAsSdDfFgGhHjJkKlL">
                        <div class="form-group">
                            <label for="ds-keyword">Keyword or reference</label>
                            <input type="text" id="ds-keyword" name="keyword" class="form-control">
                        </div>
                        <div class="form-group">
                            <label for="ds-aname">Organisation name</label>
                            <input type="text" id="ds-aname" name="aname" class="form-control" autocomplete="off" data-autocomplete-url="/decisionsnew/authorities">
                        </div>
                        <div class="form-group">
                            <label for="ds-category">Category</label>
                            <select id="ds-category" name="category" class="form-control">
                                <option value="">Any category</option>
${OPTIONS}
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
            </aside>
`;

/** Sidebar listing other decisions in the subcategory (their refs and outcomes are distractors). */
export function sidebarRelated(d, others) {
  return `            <aside class="sidebar" aria-label="Related decisions">
                <div class="sidebar-panel">
                    <h2 class="sidebar-panel__title">Recent decisions in ${escLabel(d.subcategory)}</h2>
                    <ul class="related-decisions">
${others.map((o) => `                        <li><a href="/decisions/${d.catSlug}/${d.subSlug}/${o.refSlug}">${esc(o.org)} (${o.ref})</a><br><span class="related-decisions__meta">Statement ${o.outcomeLabel} ${escLabel(d.subcategory)} ${o.dateText.replace(/ /g, '-')}</span></li>`).join('\n')}
                    </ul>
                </div>
            </aside>
`;
}

export const FOOTER = `    <section class="page-feedback" aria-labelledby="page-feedback-title">
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
                            <li><a href="/make-a-complaint/review-of-our-decision">Review of our decision</a></li>
                            <li><a href="/make-a-complaint/fact-sheets">Fact sheets</a></li>
                        </ul>
                    </div>
                    <div class="site-footer__column">
                        <h2 class="site-footer__heading">For organisations</h2>
                        <ul>
                            <li><a href="/information-centre/councils-performance">Annual letters</a></li>
                            <li><a href="/your-councils-performance">Your council’s performance</a></li>
                            <li><a href="/information-centre/staff-guidance">Staff guidance</a></li>
                            <li><a href="/adult-social-care">Adult social care providers</a></li>
                        </ul>
                    </div>
                    <div class="site-footer__column">
                        <h2 class="site-footer__heading">About us</h2>
                        <ul>
                            <li><a href="/about-us/who-we-are">Who we are</a></li>
                            <li><a href="/about-us/work-for-us">Work for us</a></li>
                            <li><a href="/information-centre/news">News</a></li>
                            <li><a href="/contact-us">Contact us</a></li>
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
                    <li><a href="/sitemap">Sitemap</a></li>
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
            var CONSENT = "lgo_cookie_consent";
            function writeConsent(analytics) {
                var d = new Date();
                d.setFullYear(d.getFullYear() + 1);
                document.cookie = CONSENT + "=" + encodeURIComponent("required:1|analytics:" + (analytics ? 1 : 0)) +
                    "; expires=" + d.toUTCString() + "; path=/; SameSite=Lax; Secure";
            }
            $(function () {
                var $panel = $("#cookie-settings");
                $("#cookie-accept-all").on("click", function () { writeConsent(true); $panel.attr("hidden", "hidden"); });
                $("#cookie-save").on("click", function () { writeConsent($("#analytics-consent").is(":checked")); $panel.attr("hidden", "hidden"); });
                $(".js-open-cookie-settings").on("click", function () { $panel.removeAttr("hidden"); });
                $(".js-print").on("click", function (e) { e.preventDefault(); window.print(); });
            });
        })(jQuery);
    </script>
</body>
</html>
`;
