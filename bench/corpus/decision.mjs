/**
 * One synthetic decision as a format-free model: header fields, Summary and sections of numbered paragraphs (with
 * h3 sub-headings and bulleted sub-lists), plus the money a reader should find. render.mjs draws it as a page (through
 * the site renderer, scripts/site/) or as page text.
 */
import { alreadyOffered, buildAgreedAction } from './remedies.mjs';
import { categoryLabels, drawCategory, inventedCouncils, OTHER_BODIES } from './organisations.mjs';
import { money } from './random.mjs';
import * as G from './sentences-generic.mjs';
import { topicPack } from './sentences-topics.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Decision dates run from 4 January 2016 to 31 March 2026 (fixed, so the corpus does not depend on today). */
const FIRST_DAY = Date.UTC(2016, 0, 4);
const LAST_DAY = Date.UTC(2026, 2, 31);
const DAY = 86400000;

export const OUTCOME_LABELS = { upheld: 'Upheld', not_upheld: 'Not upheld', closed: 'Closed after initial enquiries' };

/** "05 Feb 2020", as the page header prints it. */
export function headerDate(d) {
  return `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** The page context the templates read: complainant, pronouns, the body's short name, a timeline and money. */
function makeContext(r, orgShort, decided) {
  const title = r.weighted([['Mr', 40], ['Mrs', 25], ['Ms', 25], ['Miss', 10]]);
  const letter = r.weighted([['X', 85], ['Z', 5], ['D', 5], ['J', 5]]);
  const male = title === 'Mr';
  const P = `${title} ${letter}`;
  const O = orgShort;
  const OC = O.charAt(0).toUpperCase() + O.slice(1);
  // Eight months in order, from one to two years before the decision up to the month before it.
  const end = decided.getUTCFullYear() * 12 + decided.getUTCMonth() - 1;
  const start = end - r.int(12, 26);
  const idx = Array.from({ length: 8 }, () => r.int(start, end)).sort((a, b) => a - b);
  const when = idx.map((m) => `${MONTHS[m % 12]} ${Math.floor(m / 12)}`);
  return {
    P, letter, O, OC,
    Pp: `${P}’s`,
    Opc: `${O}’s`,
    OpcC: `${OC}’s`,
    he: male ? 'he' : 'she', his: male ? 'his' : 'her', him: male ? 'him' : 'her',
    when,
    int: r.int,
    $: (lo, hi, step) => money(r.pounds(lo, hi, step)),
  };
}

/** `k` templates from a list, kept in list order (the bank lists them in the order a decision tells things). */
function inOrder(r, templates, k) {
  return r
    .sample(templates.map((t, i) => [t, i]), k)
    .sort((a, b) => a[1] - b[1])
    .map(([t]) => t);
}

/** Paragraphs of one to `max` sentences from a list of templates (each used at most once, kept in list order). */
function paragraphs(c, r, templates, count, max = 2) {
  const picked = inOrder(r, templates, count).map((t) => t(c));
  const out = [];
  while (picked.length) out.push({ text: picked.splice(0, r.int(1, max)).join(' ') });
  return out;
}

/**
 * Draw a new decision from `r` (a makeRandom stream). `refFor()` returns an unused "00 NNN NNN", so references stay
 * unique across the corpus.
 */
export function drawDecision(r, refFor) {
  const other = r.chance(0.05) ? r.pick(OTHER_BODIES) : null;
  const org = other ? other.name : r.pick(inventedCouncils());
  const [catSlug, subSlug] = other ? r.pick(other.categories) : drawCategory(r);
  const outcome = r.weighted([['closed', 45], ['upheld', 40], ['not_upheld', 15]]);
  const decided = new Date(FIRST_DAY + r.int(0, Math.floor((LAST_DAY - FIRST_DAY) / DAY)) * DAY);
  const c = makeContext(r, other ? other.short : 'the Council', decided);
  const { pack, topics } = topicPack(catSlug, subSlug);
  c.topic = r.pick(topics)(c);
  const expected = { recommended: 0, prior: 0, waived: 0 };

  const sections = [];
  const complaint = paragraphs(c, r, G.COMPLAINT.slice(1), r.int(1, 3), 2);
  if (r.chance(0.3)) {
    const items = inOrder(r, G.COMPLAINT_ITEMS, r.int(2, 4)).map((t, i, all) => `${t(c)}${i === all.length - 1 ? '.' : ';'}`);
    complaint.unshift({ text: G.COMPLAINT_LIST(c), items });
  }
  sections.push({ heading: 'The complaint', blocks: [{ text: G.COMPLAINT[0](c) }, ...complaint] });
  if (outcome !== 'closed' && r.chance(0.15)) {
    sections.push({
      heading: 'What I have and have not investigated',
      blocks: [{ text: `I have investigated ${c.Pp} complaint about ${c.topic}. I have not investigated events before ${c.when[1]}, because ${c.he} could reasonably have complained about them sooner.` }],
    });
  }
  const role = outcome === 'closed' ? G.ROLE_ASSESSMENT.map((t) => ({ text: t() })) : inOrder(r, G.ROLE_INVESTIGATION, r.int(2, 3)).map((t) => ({ text: t() }));
  if (other?.kind === 'provider') role.push({ text: G.ROLE_PROVIDER() });
  if (catSlug === 'children-s-care-services') role.push({ text: G.SHARE_OFSTED() });
  if (catSlug === 'adult-care-services' && outcome !== 'closed') role.push({ text: G.SHARE_CQC() });
  sections.push({ heading: 'The Ombudsman’s role and powers', blocks: role });
  const considered = inOrder(r, G.CONSIDERED, r.int(1, 3)).map((t) => ({ text: t(c) }));
  if (outcome === 'closed') considered.push({ text: G.CONSIDERED_CODE() });
  considered.push({ text: G.CONSIDERED_DRAFT(c) });
  sections.push({ heading: 'How I considered this complaint', blocks: considered });

  if (outcome === 'closed') {
    // 15% close because the body has already offered a remedy: their closing reasons do not say "no fault".
    const offered = r.chance(0.15);
    const blocks = [
      ...paragraphs(c, r, pack.law, 1, 1),
      ...paragraphs(c, r, [...pack.events, ...G.EVENTS], r.int(2, 6), 2),
      ...paragraphs(c, r, [...pack.closure, ...(offered ? G.REMEDIED_CLOSURES : G.CLOSURES)], r.int(2, 3), 2),
    ];
    if (offered) {
      const offer = alreadyOffered(c, r);
      blocks.push({ text: offer.text });
      expected.prior += offer.prior;
      c.offered = offer.prior;
    }
    const heading = decided.getUTCFullYear() <= 2020 && r.chance(0.5) ? 'What I found' : r.chance(0.1) ? 'My Assessment' : 'My assessment';
    sections.push({ heading, blocks });
    // A complaint closed because the body already put it right does not end on "not enough evidence of fault".
    sections.push({ heading: 'Final decision', blocks: [{ text: r.pick(c.offered ? G.FINAL_REMEDIED : G.FINAL_CLOSED)(c) }] });
  } else {
    const blocks = [
      { h3: r.pick(['Law and guidance', 'Legal and administrative background', 'Relevant law and guidance']) },
      ...paragraphs(c, r, pack.law, r.int(1, Math.min(3, pack.law.length)), 1),
      { h3: 'What happened' },
      ...paragraphs(c, r, [...pack.events, ...G.EVENTS], r.int(6, 14), 2),
      { h3: r.pick(['Analysis', 'My findings', 'Findings']) },
    ];
    if (outcome === 'upheld') {
      blocks.push(...paragraphs(c, r, [...pack.faults, ...G.FAULTS], r.int(2, 3), 1));
      blocks.push(...paragraphs(c, r, G.INJUSTICE, r.int(1, 4), 2));
    } else {
      blocks.push(...paragraphs(c, r, G.NO_FAULT, r.int(3, 6), 2));
    }
    sections.push({ heading: 'What I found', blocks });
    let action = null;
    if (outcome === 'upheld') {
      action = buildAgreedAction(c, r, pack);
      Object.assign(expected, action.expected);
      sections.push({ heading: 'Agreed action', blocks: action.paragraphs });
    }
    const final = outcome === 'upheld' ? G.FINAL_UPHELD : G.FINAL_NOT_UPHELD;
    sections.push({ heading: 'Final decision', blocks: [{ text: r.pick(final)(c) }] });
    c.action = action;
  }

  const { category, subcategory } = categoryLabels(catSlug, subSlug);
  return {
    org,
    catSlug, subSlug, category, subcategory,
    outcome, outcomeLabel: OUTCOME_LABELS[outcome],
    decided,
    dateText: headerDate(decided),
    summary: summaryFor(c, r, outcome),
    sections,
    signOff: r.pick(G.SIGN_OFF),
    expected,
    ...withRef(refFor, catSlug, subSlug),
  };
}

/** The reference and the canonical address. */
export function withRef(refFor, catSlug, subSlug) {
  const ref = refFor();
  const refSlug = ref.replace(/ /g, '-');
  return { ref, refSlug, url: `https://www.lgo.org.uk/decisions/${catSlug}/${subSlug}/${refSlug}` };
}

function summaryFor(c, r, outcome) {
  if (outcome === 'closed' && c.offered) {
    // The summary of a complaint closed on an offer names the offer as the remedy, as real ones do.
    return r.pick([
      `We will not investigate ${c.Pp} complaint about ${c.topic}. This is because ${c.O} has already apologised and offered ${c.P} ${money(c.offered)}, which is a suitable remedy.`,
      `We will not investigate ${c.Pp} complaint about ${c.topic}. ${c.OC} has accepted it was at fault and offered a suitable remedy, so an investigation would not achieve anything more.`,
      `We will not investigate this complaint about ${c.topic}. The payment ${c.O} has offered ${c.P} is a suitable remedy for the fault it accepted.`,
    ]);
  }
  if (outcome === 'closed') {
    return r.pick([
      `We will not investigate ${c.Pp} complaint about ${c.topic}. There is not enough evidence of fault to justify an investigation.`,
      `We will not investigate ${c.Pp} complaint about ${c.topic}. This is because an investigation would not achieve anything more for ${c.him}.`,
      `We will not investigate this complaint about ${c.topic}. ${c.P} could reasonably use a right of appeal, and there is not enough evidence of fault in ${c.Opc} actions.`,
    ]);
  }
  if (outcome === 'not_upheld') {
    return `${c.P} complained about ${c.topic}. We did not find fault in the way ${c.O} dealt with the matter.`;
  }
  const a = c.action;
  const parts = ['apologise'];
  if (a.summary) parts.push(a.summary);
  if (a.improves) parts.push(r.pick(['review its procedures', 'remind staff of the relevant guidance', 'make service improvements']));
  const agreed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${c.P} complained about ${c.topic}. We found fault by ${c.O}, which caused ${c.P} ${r.pick(['distress and uncertainty', 'avoidable distress and time and trouble', 'frustration and uncertainty'])}. ${c.OC} has agreed to ${agreed}.`;
}
