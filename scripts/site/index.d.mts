/** Types of the page renderer (index.mjs), for the TypeScript tests; the scripts and the bench use it untyped. */

/** A sub-item of a paragraph (nested <ul>). */
export interface Item {
  text: string;
  items?: Item[];
}

/** One block of a decision's body, in reading order. Text is plain (the renderer escapes it). */
export type Block =
  /** "The Ombudsman's final decision:" (an <h2 class="final-decision">; an <h3> in the 'div' layout). */
  | { kind: 'final'; text: string }
  /** The Summary paragraph (<p><strong>Summary:</strong> …). */
  | { kind: 'summary'; text: string }
  /** A section heading (level 2) or sub-heading (3); a level-2 heading ending in ":" is a report chapter's title
   * (class "chapter-title" unless `class` says otherwise). */
  | { kind: 'heading'; level: 2 | 3; text: string; class?: string }
  /** A numbered paragraph; numbers run on through the document. `tail`: lines closing it after its sub-list. */
  | { kind: 'para'; text: string; items?: Item[]; tail?: string[] }
  /** An unnumbered paragraph, with a list after it when it introduces one. */
  | { kind: 'p'; text: string; class?: string; items?: Item[] }
  /** "Key to names used": <strong>name</strong> and what the name stands for. */
  | { kind: 'key'; items: Array<{ name?: string; text: string }> }
  /** A "Back to top" link. */
  | { kind: 'top' }
  /** A sign-off in the body (<p class="signoff"><em>…</em></p>). */
  | { kind: 'signoff'; text: string }
  /** A report's chapter navigation (the current chapter marked). */
  | { kind: 'chapters'; items: Array<{ title: string; href: string; current?: boolean }> };

/** A decision page as plain data. */
export interface DecisionPage {
  /** The canonical address. */
  url: string;
  /** The title line: "Organisation (NN NNN NNN)", or the reference alone. */
  title: string;
  /** "NN NNN NNN" (the breadcrumb's last item). */
  ref: string;
  category: string;
  subcategory: string;
  categorySlug: string;
  subcategorySlug: string;
  /** The Decision field: "Upheld", "Not upheld", "Closed after initial enquiries". */
  decision: string;
  /** The Decision date field as the page prints it: "14 Mar 2024". */
  date: string;
  /** The meta description; default the Summary (or the first plain paragraph), else the title. */
  description?: string;
  /** The sign-off line under the article (<p class="decision__maker">). */
  maker?: string;
  /** Number of the first numbered paragraph (a report chapter's go on from the chapter before); default 1. */
  firstNumber?: number;
  blocks: Block[];
}

/** Another decision in the subcategory, for the related-decisions sidebar. */
export interface RelatedDecision {
  org: string;
  ref: string;
  refSlug: string;
  outcomeLabel: string;
  dateText: string;
}

/** The chrome around a page's main content. */
export interface PageOptions {
  /** The page title (<title> and og:title). */
  title: string;
  description?: string;
  /** The canonical address (<link rel="canonical">). */
  canonical?: string;
  /** Repeat the canonical address as og:url. */
  ogUrl?: boolean;
  /** Extra <meta name content> lines after the title (the sample's marker). */
  meta?: Record<string, string>;
  /** Default 'page-decision'. */
  bodyClass?: string;
  /** The cookie panel at the top of the body; default true. */
  cookiePanel?: boolean;
  /** Main navigation with mega menus (default) or a compact bar. */
  nav?: 'mega' | 'compact';
  /** Crumbs after Home as [href, label]; the current page last, with a null href. */
  breadcrumb?: Array<[href: string | null, label: string]>;
  /** Default 'search' (the decision search form). */
  sidebar?: 'search' | 'none' | { related: RelatedDecision[] };
}

/** How the article is written. */
export interface ArticleOptions {
  /** 'p' (default: seed-001's layout), 'div' (statement-closed's) or 'table' (report-ch1's). */
  layout?: 'p' | 'div' | 'table';
  /** Writes body text as HTML; default escapeLabel. */
  enc?: (text: string) => string;
  /** Writes the title, the header values, the final-decision line and the maker; default escapeLabel. */
  esc?: (text: string) => string;
}

export function escapeHtml(s: string): string;
export function escapeLabel(s: string): string;
export function slugify(label: string): string;

/** The site's categories: slug, label, rough share of decisions, and [slug, label] subcategories. */
export const CATEGORIES: ReadonlyArray<{ slug: string; label: string; weight: number; subs: Array<[slug: string, label: string]> }>;
export function categoryLabels(catSlug: string, subSlug: string): { category: string; subcategory: string };

export function decisionCrumbs(d: DecisionPage): Array<[href: string | null, label: string]>;
export const SIDEBAR_SEARCH: string;
export const FOOTER: string;
export const MAIN_CLOSE: string;

/** The article and its footer, at the main column's indentation. */
export function renderArticle(d: DecisionPage, o?: ArticleOptions): string;
/** Everything before the main content. */
export function pageTop(o: PageOptions): string;
/** Everything after it; `decision` is needed for a related-decisions sidebar. */
export function pageBottom(o: Pick<PageOptions, 'sidebar'>, decision?: DecisionPage): string;
/** A whole page with `main` (HTML) as its main content. */
export function renderPage(o: PageOptions & { main: string }): string;
/** A whole decision page: chrome (title, description, address and breadcrumb from `d`, the rest from `o`) and article. */
export function renderDecisionPage(d: DecisionPage, o?: Partial<PageOptions> & ArticleOptions): string;

/** One result of a SearchResults page. */
export interface ListingItem {
  href: string;
  /** "Organisation (NN NNN NNN)". */
  title: string;
  /** "Statement Upheld Homelessness 14-Mar-2024". */
  meta: string;
  summary: string;
}
/** 1234 → "1,234". */
export function formatCount(n: number): string;
/** The search pages' form, with the date window filled in. */
export function searchForm(fd?: string, td?: string): string;
/** One SearchResults page: the count, the items (and uncounted extra links), a pager keeping `query`. */
export function renderListingPage(o: { query: URLSearchParams; page: number; count: number; pageSize: number; items: ListingItem[]; extraLinks?: string[] }): string;
