/**
 * The fake site's decisions (statements and multi-chapter reports), made from an index so tests can predict every
 * field and payment; their pages are drawn by the site renderer (scripts/site/), as the sample's and the bench's are.
 */
import { formatCount, renderDecisionPage, slugify, type Block, type DecisionPage } from '../../scripts/site/index.mjs';

/** One decision the fake site publishes: its listing facts and the HTML of each chapter. */
export interface FakeDecision {
  /** '/decisions/<cat-slug>/<sub-slug>/<yy-nnn-nnn>' */
  path: string;
  /** '00 011 482' (an impossible reference: invented decisions use 00) */
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

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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
/**
 * Invented bodies (none is in the authority lookup: fixtures-invented.test.ts checks), in the shapes of real ones:
 * commas, '&', brackets and long names exercise escaping and title parsing.
 */
export const FAKE_ORGS = [
  'Demoshire County Council',
  'Exampleby City Council',
  'Northwick, Southmere and Eastbury Council',
  'Fabrica & Mockhove City Council',
  'London Borough of Exampleham',
  'Samplecombe Council',
  'Testshire County Council',
  'South Fictonshire Council',
  'Samplebury City Council',
  'Placeholdshire County Council',
  'Mockingham City Council',
  'Sample Homes (Demoshire) Limited',
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

/**
 * A deterministic, unique-per-i impossible reference ("00 017 926"): real ones start with the year received, so the
 * decision date is never read from it. 7919 is coprime with 10^6.
 */
function refFor(i: number): string {
  const n = String((((i * 7919 + 10007) % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, '0');
  return `00 ${n.slice(0, 3)} ${n.slice(3)}`;
}

const gbp = (pounds: number): string => `£${formatCount(pounds)}`;

interface PageFacts {
  path: string;
  caseRef: string;
  organisation: string;
  outcome: Outcome;
  date: string;
  subcategoryLabel: string;
  summary: string;
}

/** A section: its heading, its numbered paragraphs and the "Back to top" after them. */
const section = (heading: string, paras: string[]): Block[] => [
  { kind: 'heading', level: 2, text: heading },
  ...paras.map((text): Block => ({ kind: 'para', text })),
  { kind: 'top' },
];

/** A decision page in the real structure, drawn by the site renderer (scripts/site/). */
function decisionPage(f: PageFacts, blocks: Block[], more: Partial<DecisionPage> = {}): string {
  const [, , catSlug = 'other-categories', subSlug = 'other'] = f.path.split('/');
  const page: DecisionPage = {
    url: `https://www.lgo.org.uk${f.path}`,
    title: f.organisation ? `${f.organisation} (${f.caseRef})` : f.caseRef,
    ref: f.caseRef,
    category: categoryLabel(catSlug),
    subcategory: f.subcategoryLabel,
    categorySlug: catSlug,
    subcategorySlug: subSlug,
    decision: f.outcome,
    date: pageDate(f.date),
    description: f.summary,
    blocks,
    ...more,
  };
  return renderDecisionPage(page, { ogUrl: true });
}

function statementSummary(outcome: Outcome, [who, her]: [string, string], topic: string): string {
  if (outcome === 'Upheld') {
    return `${who} complained about how the Council dealt with a ${topic} matter and delayed replying to ${her} complaint. We found fault causing injustice. The Council has agreed to apologise, make a payment to ${who} and review its procedures.`;
  }
  if (outcome === 'Not upheld') return `${who} complained about how the Council dealt with a ${topic} matter. We did not find fault in how the Council reached its decision.`;
  return `We will not investigate ${who}'s complaint about a ${topic} matter. This is because it is unlikely we would find fault by the Council.`;
}

/** The body of an investigation statement (Upheld / Not upheld) or an assessment statement (Closed). */
function statementBody(f: PageFacts, [who, her]: [string, string], topic: string, amount: number): Block[] {
  const head: Block[] = [
    { kind: 'final', text: "The Ombudsman's final decision:" },
    { kind: 'summary', text: f.summary },
    ...section('The complaint', [
      `${who} complains the Council did not deal properly with ${her} ${topic} case and took four months to answer ${her} complaint.`,
      `${who} says this caused ${her} distress and put ${her === 'his' ? 'him' : 'her'} to time and trouble.`,
    ]),
    ...section('The Ombudsman’s role and powers', [
      'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
      'We may suggest a remedy where fault has caused an injustice to the person complaining.',
    ]),
    ...section('How I considered this complaint', [`I considered the information ${who} and the Council provided. Both had an opportunity to comment on my draft decision.`]),
  ];
  if (f.outcome === 'Closed after initial enquiries') {
    return [
      ...head,
      ...section('My assessment', ['The Council considered the relevant information and explained its decision. It is unlikely an investigation would find fault.']),
      ...section('Final decision', [`We will not investigate ${who}’s complaint because there is not enough evidence of fault by the Council.`]),
    ];
  }
  const found: Block[] = [
    { kind: 'heading', level: 2, text: 'What I found' },
    { kind: 'heading', level: 3, text: 'What happened' },
    { kind: 'para', text: `${who} contacted the Council in January about ${her} ${topic} case. The Council replied in May.` },
    {
      kind: 'para',
      text: f.outcome === 'Upheld' ? `The Council took too long to respond and did not keep ${who} updated. That was fault.` : 'The Council followed its policy and explained its reasons. I do not find fault.',
    },
    { kind: 'top' },
  ];
  if (f.outcome === 'Not upheld') return [...head, ...found, ...section('Final decision', ['I have not found fault by the Council. I have completed my investigation.'])];
  return [
    ...head,
    ...found,
    ...section('Agreed action', [
      `Within one month of my final decision, the Council has agreed to apologise in writing to ${who} for the faults identified in this statement.`,
      `The Council has agreed to pay ${who} ${gbp(amount)} to acknowledge the distress caused. It will do this within one month of my final decision.`,
      'Within three months of my final decision, the Council has agreed to remind staff of its complaint response times.',
      'The Council should provide us with evidence it has complied with the above actions.',
    ]),
    ...section('Final decision', ['I have found fault causing injustice. The Council has agreed to my recommendations, so I have completed my investigation.']),
  ];
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
  const caseRef = overrides.caseRef ?? refFor(i);
  const subcategoryLabel = overrides.subcategoryLabel ?? subject.subLabel;
  const person = COMPLAINANTS[Math.abs(i) % COMPLAINANTS.length]!;
  const topic = subcategoryLabel.toLowerCase();
  const outcome = overrides.outcome ?? 'Upheld';
  const facts: PageFacts = {
    path: overrides.path ?? `/decisions/${subject.catSlug}/${slugify(subcategoryLabel)}/${caseRef.replace(/ /g, '-')}`,
    caseRef,
    organisation: overrides.organisation ?? FAKE_ORGS[Math.abs(i) % FAKE_ORGS.length]!,
    outcome,
    date: d,
    subcategoryLabel,
    summary: overrides.summary ?? statementSummary(outcome, person, topic),
  };
  const chapters = overrides.chapters ?? [
    decisionPage(facts, statementBody(facts, person, topic, agreedPayment(i)), { maker: "Investigator's decision on behalf of the Ombudsman" }),
  ];
  return { ...facts, type: overrides.type ?? 'Statement', chapters };
}

const REPORT_CHAPTERS = ['Overview', 'The Investigation', 'Legal and administrative background', 'What happened', 'Conclusions', 'Decision'];

/** Chapter k's paragraphs (k ≥ 2); each chapter has three, so numbering runs on predictably. */
function reportChapterParagraphs(k: number, title: string, who: string): string[] {
  return [
    `This part of the report (${title}) sets out what we considered about ${who}’s complaint, paragraph ${k}.1.`,
    `We made enquiries of the Council and considered its records for this chapter, paragraph ${k}.2.`,
    k === 5 || title === 'Conclusions'
      ? 'The Council failed to act within the statutory timescale. This was fault, which caused injustice.'
      : `${who} and the Council had an opportunity to comment on a draft of this report, paragraph ${k}.3.`,
  ];
}

/**
 * A public interest report: chapter 1 'Overview' (Key to names used, Summary, Finding, Recommendations with
 * reportPayment(i) pounds and "within four weeks"), chapters 2..N continuing the numbered paragraphs.
 */
export function makeReport(i: number, date: string, chapterCount: number): FakeDecision {
  const n = Math.max(1, Math.floor(chapterCount));
  const subject = pickSubject(i);
  const caseRef = refFor(i);
  const [who] = COMPLAINANTS[Math.abs(i) % COMPLAINANTS.length]!;
  const amount = reportPayment(i);
  const facts: PageFacts = {
    path: `/decisions/${subject.catSlug}/${slugify(subject.subLabel)}/${caseRef.replace(/ /g, '-')}`,
    caseRef,
    organisation: FAKE_ORGS[Math.abs(i) % FAKE_ORGS.length]!,
    outcome: 'Upheld',
    date,
    subcategoryLabel: subject.subLabel,
    summary: `${who} complained the Council failed to provide the support it had agreed for over a year. We found fault causing injustice. The Council has accepted our recommendations.`,
  };
  const titles = Array.from({ length: n }, (_, k) => REPORT_CHAPTERS[k] ?? `Appendix ${k - REPORT_CHAPTERS.length + 1}`);
  const nav = (current: number): Block => ({
    kind: 'chapters',
    items: titles.map((title, k) => ({ title, href: k === 0 ? facts.path : `${facts.path}?chapter=${k + 1}`, current: k === current })),
  });
  const para = (text: string): Block => ({ kind: 'para', text });
  const overview: Block[] = [
    nav(0),
    { kind: 'heading', level: 2, text: 'Overview:' },
    { kind: 'heading', level: 3, text: 'Key to names used' },
    { kind: 'key', items: [{ name: who, text: 'The complainant' }, { name: 'Officer D', text: 'A Council officer' }] },
    { kind: 'heading', level: 3, text: 'Summary' },
    para(facts.summary),
    para('The Council did not review the support plan when it said it would.'),
    { kind: 'top' },
    { kind: 'heading', level: 3, text: 'Finding' },
    { kind: 'p', text: 'Fault found causing injustice and recommendations made.' },
    { kind: 'heading', level: 3, text: 'Recommendations' },
    para('The Council must consider the report and confirm within three months the action it has taken or proposes to take. (Local Government Act 1974, section 31(2), as amended)'),
    para(`To remedy the injustice caused, within four weeks of the date of this report the Council should apologise to ${who} and pay ${who} ${gbp(amount)} to recognise the distress and uncertainty caused.`),
    para('Within three months of the date of this report, the Council should review its procedures and train its staff.'),
    { kind: 'top' },
  ];
  const chapters = [decisionPage(facts, overview)];
  let next = 6; // paragraphs 1–5 are in the Overview
  for (let k = 2; k <= n; k++) {
    const title = titles[k - 1]!;
    const paras = reportChapterParagraphs(k, title, who);
    const body: Block[] = [nav(k - 1), { kind: 'heading', level: 2, text: title, class: 'chapter-title' }, ...paras.map(para), { kind: 'top' }];
    chapters.push(decisionPage(facts, body, { firstNumber: next }));
    next += paras.length;
  }
  return { ...facts, type: 'Report', chapters };
}
