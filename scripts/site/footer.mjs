/**
 * What follows the article: a sidebar (the decision search form, or a list of other decisions in the subcategory) and
 * the page footer with its scripts. The form's labels and the related decisions' references and outcomes are
 * distractors a reader must not take for the decision's own.
 */
import { escapeHtml, escapeLabel } from './escape.mjs';
import { CATEGORIES } from './taxonomy.mjs';

const OPTIONS = CATEGORIES.map(
  (c) => `                            <optgroup label="${escapeLabel(c.label)}">
                                <option value="${c.slug}">All ${escapeLabel(c.label.toLowerCase())}</option>
${c.subs.map(([s, l]) => `                                <option value="${c.slug}/${s}">${escapeLabel(l)}</option>`).join('\n')}
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

/**
 * Sidebar listing other decisions in the decision `d`'s subcategory (their refs and outcomes are distractors);
 * `others` are `{ org, ref, refSlug, outcomeLabel, dateText }`.
 */
export function sidebarRelated(d, others) {
  return `            <aside class="sidebar" aria-label="Related decisions">
                <div class="sidebar-panel">
                    <h2 class="sidebar-panel__title">Recent decisions in ${escapeLabel(d.subcategory)}</h2>
                    <ul class="related-decisions">
${others.map((o) => `                        <li><a href="/decisions/${d.categorySlug}/${d.subcategorySlug}/${o.refSlug}">${escapeHtml(o.org)} (${o.ref})</a><br><span class="related-decisions__meta">Statement ${o.outcomeLabel} ${escapeLabel(d.subcategory)} ${o.dateText.replace(/ /g, '-')}</span></li>`).join('\n')}
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
