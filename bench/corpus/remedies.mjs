/**
 * The "Agreed action" section of an upheld decision, and the money a reader should find in it. Each payment form is
 * one the parser's rules name (single sums, breakdowns, "in addition to" prior offers, "each", "a further … bringing
 * the total to", monthly rates, refunds, raised offers, waivers), so a benchmark record can be checked against what
 * was written: `expected` holds the pounds recommended, prior and waived.
 */
import { money, words } from './random.mjs';

/** Money as written: commas usually, sometimes "£1300" as some decisions print it. */
function pounds(r, n) {
  return money(n, { comma: n < 1000 || r.chance(0.85) });
}

const APOLOGIES = [
  (c) => `apologise to ${c.P} in writing for the faults identified in this statement. We publish guidance on remedies which sets out our expectations for how organisations should apologise effectively to those affected`,
  (c) => `send ${c.P} a written apology for the faults identified`,
  (c) => `apologise to ${c.P}`,
];

/** The payment forms, each returning the list items it adds and the pounds a reader should count. */
const PAYMENTS = [
  [25, (c, r, p) => {
    const a = r.pounds(100, 600, 50);
    return { items: [`pay ${c.P} ${pounds(r, a)} to acknowledge ${r.pick(p.purposes)}`], rec: a, summary: `pay ${c.P} ${pounds(r, a)}` };
  }],
  [14, (c, r) => {
    const a = r.pounds(150, 500, 50);
    const b = r.pounds(100, 250, 50);
    return {
      items: [`pay ${c.P} ${pounds(r, a)} for the distress the faults caused`, `pay ${c.P} ${pounds(r, b)} for ${c.his} time and trouble in pursuing the complaint`],
      rec: a + b,
      summary: 'make two symbolic payments',
    };
  }],
  [12, (c, r, p) => {
    const [x, y, z] = [r.pounds(300, 1200, 100), r.pounds(200, 600, 100), r.pounds(100, 300, 50)];
    const [p1, p2] = r.sample(p.purposes.length > 1 ? p.purposes : [...p.purposes, 'the uncertainty caused'], 2);
    const t = x + y + z;
    return {
      items: [`pay ${c.P} ${pounds(r, t)} (${pounds(r, x)} for ${p1}, ${pounds(r, y)} for ${p2} and ${pounds(r, z)} for ${c.his} time and trouble)`],
      rec: t,
      summary: `pay ${c.P} ${pounds(r, t)}`,
    };
  }],
  [10, (c, r, p) => {
    const a = r.pounds(100, 400, 50);
    const b = r.pounds(50, 250, 50);
    return {
      items: [`pay ${c.P} ${pounds(r, a)} for ${r.pick(p.purposes)}. This is in addition to the ${pounds(r, b)} it offered at stage two, which it should also pay if it has not already done so`],
      rec: a,
      prior: b,
      summary: 'make a further payment',
    };
  }],
  [8, (c, r, p) => {
    const a = r.pounds(150, 400, 50);
    return { items: [`pay ${pounds(r, a)} each to Mr and Mrs ${c.letter} for ${r.pick(p.purposes)}`], rec: 2 * a, summary: `pay Mr and Mrs ${c.letter} ${pounds(r, a)} each` };
  }],
  [8, (c, r, p) => {
    const a = r.pounds(100, 400, 50);
    const b = r.pounds(200, 800, 50);
    return {
      items: [`pay ${c.P} a further ${pounds(r, a)}, bringing the total to ${pounds(r, a + b)} after the ${pounds(r, b)} it paid at stage two, to recognise ${r.pick(p.purposes)}`],
      rec: a,
      prior: b,
      summary: `pay a further ${pounds(r, a)}`,
    };
  }],
  [8, (c, r, p) => {
    if (!p.service) return null;
    const rate = r.pick([50, 75, 100, 150, 200, 300]);
    const n = r.int(2, 9);
    return {
      items: [`pay ${c.P} ${pounds(r, rate)} a month for ${words(n)} months to recognise the loss of ${p.service}`, `pay ${c.P} ${pounds(r, 150)} for ${c.his} time and trouble`],
      rec: rate * n + 150,
      summary: 'make payments to recognise the lost provision',
    };
  }],
  [7, (c, r, p) => {
    if (!p.refund.length) return null;
    const x = r.int(40, 900) + r.pick([0, 0, 0.5, 0.2]);
    const a = r.pounds(100, 300, 50);
    return {
      items: [`refund ${c.P} ${money(x)} for ${r.pick(p.refund)}`, `pay ${c.P} ${pounds(r, a)} for ${r.pick(p.purposes)}`],
      rec: x + a,
      summary: 'refund the charges and make a symbolic payment',
    };
  }],
  [3, (c, r, p) => {
    const a = r.pounds(100, 300, 50);
    const b = a + r.pounds(150, 500, 50);
    return { items: [`increase its offer to ${c.P} from ${pounds(r, a)} to ${pounds(r, b)} to reflect ${r.pick(p.purposes)}`], rec: b, summary: `increase its offer to ${pounds(r, b)}` };
  }],
  [5, () => ({ items: [], rec: 0, summary: null })],
];

const FIRST_DEADLINES = ['Within one month of my final decision', 'Within four weeks of my final decision', 'Within one month of the date of my final decision', 'Within 20 working days of my final decision'];
const SECOND_DEADLINES = ['Within three months of my final decision', 'Within three months', 'Within two months of my final decision'];

/**
 * Build the Agreed action paragraphs for an upheld decision: `{ paragraphs: [{text, items?}], expected, summary }`.
 * `summary` is the remedy phrase the Summary uses (null: no money).
 */
export function buildAgreedAction(c, r, pack) {
  let pay = null;
  while (!pay) pay = r.weighted(PAYMENTS.map(([w, f]) => [f, w]))(c, r, pack);
  const oneSentence = pay.items.length <= 1 && r.chance(0.3);
  // The long apology (with its second sentence) only as a list item; a one-sentence remedy uses a short one.
  const items = [(oneSentence ? APOLOGIES[r.int(1, 2)] : r.pick(APOLOGIES))(c), ...pay.items];
  let waived = 0;
  if (pack.waive.length && r.chance(0.15)) {
    waived = r.int(45, 700);
    const [what, tail] = r.pick(pack.waive);
    items.push(r.chance(0.5) ? `waive ${what} of ${money(waived)} ${tail}` : `${r.pick(['write off', 'waive'])} the ${money(waived)} ${what} ${tail}`);
  }
  const O = c.O;
  const paragraphs = [];
  const intro = r.pick(FIRST_DEADLINES);
  if (oneSentence && items.length <= 2) {
    paragraphs.push({ text: `${intro}, ${O} has agreed to ${items.join(' and ')}.` });
  } else if (r.chance(0.5)) {
    paragraphs.push({ text: `${intro}, ${O} has agreed to:`, items: listItems(items) });
  } else {
    paragraphs.push({ text: `To remedy the injustice caused by the faults identified, ${O} has agreed to, ${intro.charAt(0).toLowerCase()}${intro.slice(1)}:`, items: listItems(items) });
  }
  const improvements = r.sample(pack.improve, r.int(0, 2));
  if (improvements.length === 1) {
    paragraphs.push({ text: `${r.pick(SECOND_DEADLINES)}, ${O} has agreed to ${improvements[0]}.` });
  } else if (improvements.length > 1) {
    paragraphs.push({ text: `${r.pick(SECOND_DEADLINES)}, ${O} has agreed to:`, items: listItems(improvements) });
  }
  if (r.chance(0.6)) paragraphs.push({ text: `${c.OC} should provide us with evidence it has complied with the above actions.` });
  return {
    paragraphs,
    expected: { recommended: pay.rec, prior: pay.prior ?? 0, waived },
    summary: pay.summary,
    improves: improvements.length > 0,
  };
}

/** List items as the pages print them: ";" after each, "; and" before the last, "." at the end. */
function listItems(items) {
  return items.map((t, i) => `${t}${i === items.length - 1 ? '.' : i === items.length - 2 ? '; and' : ';'}`);
}

/** An assessment that closes because the body already offered a suitable remedy: the sentence and the prior sum. */
export function alreadyOffered(c, r) {
  const a = r.pounds(100, 400, 50);
  return {
    text: `${c.OC} has already apologised and offered ${c.P} ${money(a)} for ${c.his} distress and time and trouble, which is a suitable remedy and in line with our guidance. An investigation would not achieve anything more.`,
    prior: a,
  };
}
