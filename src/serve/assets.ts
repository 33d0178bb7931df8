/** The explorer's only static asset: served from memory, so no request can reach the file system. */
export const STYLE_CSS = `
:root { --ink: #0b0c0c; --muted: #505a5f; --line: #b1b4b6; --link: #1d70b8; --mark: #fff2a8; --bg: #f3f2f1; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); }
header { display: flex; gap: 2rem; align-items: baseline; padding: .8rem 2rem; background: var(--ink); }
header a { color: #fff; text-decoration: none; }
header .brand { font-weight: 800; font-size: 1.3rem; }
header nav { display: flex; gap: 1.2rem; }
header nav a[aria-current] { text-decoration: underline; text-underline-offset: .3em; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 2rem 3rem; }
footer { border-top: 1px solid var(--line); padding: 1rem 2rem; color: var(--muted); font-size: .85rem; background: var(--bg); }
a { color: var(--link); }
h1 { font-size: 1.8rem; margin: .8rem 0; }
.lead { color: var(--muted); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 1rem; margin: 1rem 0; }
.stats div { background: var(--bg); padding: .8rem 1rem; border-left: 5px solid var(--link); }
.stats dt { color: var(--muted); font-size: .9rem; }
.stats dd { margin: 0; font-size: 1.8rem; font-weight: 700; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { border-bottom: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem 1.2rem; align-items: end; background: var(--bg); padding: .8rem 1rem; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters label.check { flex-direction: row; gap: .4rem; align-items: center; }
.filters input, .filters select, .filters button { font: inherit; padding: .3rem .4rem; }
.filters button { background: #00703c; color: #fff; border: 0; padding: .4rem 1rem; cursor: pointer; }
.download { font-size: .9rem; }
.results li { margin-bottom: 1rem; }
.results .meta { color: var(--muted); margin-left: .5rem; font-size: .9rem; }
mark { background: var(--mark); padding: 0 .1em; }
mark.evidence { outline: 2px solid #ffdd00; }
mark.evidence:target { background: #ffdd00; }
.decision .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: .4rem 1rem; }
.decision .fields dt { color: var(--muted); font-size: .85rem; }
.decision .fields dd { margin: 0; }
.decision .summary { font-size: 1.05rem; border-left: 4px solid var(--line); padding-left: 1rem; }
.decision .text { max-width: 46rem; }
.decision .pn { color: var(--muted); }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; padding: .05rem .4rem; vertical-align: middle; }
.badge.draft { background: #f47738; color: #0b0c0c; }
.draft-note { border-left: 5px solid #f47738; padding: .5rem 1rem; background: #fef3ec; }
/* Money to check: a payment something about which was inferred (its reason beside it). */
.check { border-bottom: 2px dotted #f47738; }
.check-note { border-left: 5px solid #f47738; padding: .4rem 1rem; background: #fef3ec; font-size: .95rem; }
.stats dd.check-of { font-size: .9rem; font-weight: 400; }
tr.to-check td { background: #fef3ec; }
.error { border-left: 5px solid #d4351c; padding: .5rem 1rem; background: #fdf1ef; }
.filters input[type="number"] { width: 5rem; }
/* Per head: the councils with too few decisions for a figure, listed apart. */
tr.apart th { background: var(--bg); font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line); }
.few { color: var(--muted); font-style: italic; }
.note { color: var(--muted); font-size: .9rem; }
/* Demo data (lgsco's bundled sample): on every page, and on an invented decision. */
.sample-banner { background: #d4351c; color: #fff; font-weight: 700; padding: .6rem 2rem; }
.sample-note { border-left: 5px solid #d4351c; padding: .5rem 1rem; background: #fdf1ef; }
`;
