/**
 * The page head and the cookie panel that opens the body. The markup is synthetic, in the shape of the hand-made
 * fixtures (test/fixtures/html): the live site's exact markup is unknown. Readers must skip all of it.
 */
import { escapeHtml } from './escape.mjs';

/**
 * `<!DOCTYPE html>` up to the opening `<body>`. `meta` adds `<meta name content>` lines after the title (the sample's
 * marker); `canonical` and `description` are left out when not given; `ogUrl` repeats the address as og:url.
 */
export function head({ title, description, canonical, ogUrl = false, meta = {}, bodyClass = 'page-decision' }) {
  const extra = Object.entries(meta).map(([name, content]) => `    <meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">\n`).join('');
  const url = canonical === undefined ? undefined : escapeHtml(canonical);
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} - Local Government and Social Care Ombudsman</title>
${extra}${description === undefined ? '' : `    <meta name="description" content="${escapeHtml(description)}">\n`}    <meta name="format-detection" content="telephone=no">
${url === undefined ? '' : `    <link rel="canonical" href="${url}">\n`}    <meta property="og:title" content="${escapeHtml(title)}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="Local Government and Social Care Ombudsman">
${ogUrl && url !== undefined ? `    <meta property="og:url" content="${url}">\n` : ''}    <meta property="og:image" content="https://www.lgo.org.uk/assets/images/lgsco-share.png">
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
<body id="top" class="${escapeHtml(bodyClass)}">
`;
}

/** The cookie consent panel (its headings and table are text a reader must not take for the decision). */
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
