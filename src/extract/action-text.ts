/**
 * One remedy text's actions: where each coordinated verb or listed nominal remedy starts, what kind it is and the
 * deadline it states. actions.ts finds the remedy texts (openers, lead-ins and their items) and hands them here.
 */
import type { ActionKind, DeadlineUnit } from '../../schemas/enums.js';
import type { Deadline } from '../../schemas/remedy.js';
import { compileNow } from './compile-now.js';

/** Small numbers as words, for deadlines ("within four weeks", "within a month"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};
/** "within one month of the date of my final decision", "within 20 working days", "within two (2) weeks". */
const DEADLINE_RE = compileNow(new RegExp(
  String.raw`\bwithin\s+(?:the\s+next\s+)?(\d+|(?:twenty|thirty|forty|fifty|sixty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:\(\d+\)\s+)?(working\s+days?|calendar\s+days?|days?|weeks?|months?|years?)\b(?:\s+(?:of|from|after|following)\s+(?:the\s+date\s+of\s+)?(?:(?:my|our|this|the|its)\s+)?(?:final\s+)?(?:decision|report|statement|letter)(?:\s+statement)?)?`,
  'i',
));

/** Who does the remedying, as the decisions name them. */
export const BODY = String.raw`(?:[Tt]he\s+(?:[Cc]ouncil|[Aa]uthority|(?:[Cc]are\s+)?[Hh]ome|(?:[Cc]are\s+)?[Pp]rovider|[Tt]rust|[Oo]rganisation|[Ll]andlord|[Ss]chool|[Bb]oard|[Cc]ompany)|TfL|Transport for London|[Ii]t|[Tt]hey)`;
/** A body named in capitals ("The Bishops Care Home Limited", "The Council and Trust"); never a person ("Mr X"). */
export const NAMED = String.raw`(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)(?:[Tt]he\s+)?(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|He|She|We|You|This|That|There)\b)[A-Z][a-z][\w&’'.-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w&’'.-]*){0,5}`;
/** Verbs that head an action, as base forms; inflected below ("apologises", "paid", "making"). */
const ACTION_VERBS = [
  'apologise', 'apologize', 'pay', 'make', 'provide', 'send', 'write', 'refund', 'reimburse', 'repay', 'backdate',
  'compensate', 'review', 'reassess', 're-assess', 'reconsider', 'remind', 'train', 'issue', 'share', 'update', 'amend',
  'revise', 'introduce', 'implement', 'improve', 'develop', 'establish', 'put', 'set', 'carry', 'complete', 'arrange',
  'ensure', 'address', 'take', 'remove', 'waive', 'cancel', 'give', 'offer', 'produce', 'publish', 'create', 'confirm',
  'explain', 'contact', 'reinstate', 'award', 'appoint', 'instruct', 'audit', 'check', 'monitor', 'approve', 'assess',
  'refer', 'circulate', 'meet', 'prepare', 'change', 'revisit',
];
/** Irregular past forms of the action verbs ("paid", "made"). */
const IRREGULAR: Readonly<Record<string, string[]>> = { pay: ['paid'], make: ['made'], send: ['sent'], write: ['wrote'], give: ['gave', 'given'], take: ['took', 'taken'], meet: ['met'] };
/** Every form of one base verb: -s/-es, -ed/-d, -ing, plus irregular pasts. */
function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const forms = [base, /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`];
  forms.push(base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`, `${stem}ing`);
  if (/^(?:put|set)$/.test(base)) forms.push(`${base}ting`);
  return [...forms, ...(IRREGULAR[base] ?? [])];
}
/** Every action verb form, longest first so the alternation never stops short ("pays" before "pay"). */
const VERB_ALT = ACTION_VERBS.flatMap(inflect).sort((a, b) => b.length - a.length).join('|');
/** An action verb at the start of a text ("Apologise to Ms X", "also pays …"). */
export const HEAD_START_RE = compileNow(new RegExp(String.raw`^(?:also\s+)?(?:${VERB_ALT})\b`, 'i'));
/** Past forms of the action verbs: actions only after "has now …" (a remedy already given). */
const PAST_RE = /(?:ed|^(?:paid|made|sent|wrote|gave|given|took|taken|met))$/i;
/** The first action verb within a few words ("recommend the care home refund …", "asked the Council to issue …"). */
const FIRST_VERB_RE = compileNow(new RegExp(String.raw`^((?:\S+\s+){0,6}?)(${VERB_ALT})\b`, 'i'));
/**
 * Where a verb starts a new action: after a list separator or "and", "and will", "agreed to", or "and said it will".
 * Groups: sep (the separator), ctx (the words between), to (an infinitive "to"), verb.
 */
const HEAD_RE = compileNow(new RegExp(
  String.raw`(?<sep>^|[,;:]\s+|\s+)(?<ctx>and\s+(?:also\s+)?(?:will|should|must)\s+(?:also\s+)?|(?:(?:and|or|then)\s+)?(?:also\s+)?(?:(?:and\s+|that\s+|said\s+|says\s+)${BODY}\s+(?:will|should|must)\s+(?:also\s+)?|(?:agreed|agrees|asked|offered|undertook|promised|decided)\s+to\s+)?)(?<to>to\s+)?(?<verb>${VERB_ALT})\b`,
  'gi',
));
/** Remedies named as nouns: "an apology, £1,900 payment, removal of outstanding charges … and review of procedure". */
export const NOMINAL_HEAD_RE =
  /^(?:(?:an?|the|its|her|his|their)\s+)?(?:written\s+|formal\s+|further\s+)?(?:apolog(?:y|ies)\b|(?:(?:£[\d,.]+|symbolic|financial|further|additional)\s+)*payments?\b|removal\b|cancell?ation\b|waiv(?:er|ing)\b|review\b|reassessment\b|reconsideration\b|consideration\b|training\b|reminders?\b|refund\b|reimbursement\b|(?:service\s+)?improvements?\b|action\s+plan\b|evidence\b|breakdown\b|new\s+assessment\b)/i;
/** Separators before a nominal remedy in a list. */
const NOMINAL_SEP_RE = /(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+)(?=\S)/g;
/** "remind staff to provide X, to complete Y and to provide Z": the later "to …" belong to the reminder, not new actions. */
const CAPTURE_RE = /\b(?:remind|ask|tell|train|encourag|requir|instruct)\w*\s+(?:\S+\s+){0,4}?to\s+\w+/i;

/** Too vague to be an action: "providing a proportionate remedy", "taken appropriate action". */
const VAGUE_RE =
  /^\S+\s+(?:a\s+|the\s+)?(?:(?:proportionate|suitable|appropriate|further)\s+)?remed(?:y|ies)\b|^\S+\s+(?:suitable|appropriate|reasonable|proportionate)\s+(?:steps|action)\b|^(?:remedy|remedies|remedying|remedied)\b/i;
/** Trailing words of a nominal list that are the verdict, not the remedy ("… review of procedure provides a suitable remedy"). */
const REMEDY_TAIL_RE =
  /\s+(?:and\s+)?(?:(?:this|that|which)\s+)?(?:provides?|is|are|was|were|would be)\s+(?:a\s+)?(?:suitable|proportionate|appropriate|sufficient)\s+remed(?:y|ies)\b.*$|\s+(?:so\s+(?:no|that)|because|remedies|(?:would|will)\s+remedy|and\s+(?:further\s+investigation|we|there|I)\b)\s.*$/i;

/** Kind rules, first match wins (an apology with a payment is still an apology when it leads). */
const KIND_RULES: readonly (readonly [ActionKind, RegExp])[] = [
  ['apology', /^(?:\S+\s+){0,3}?(?:a\s+|an\s+)?(?:written\s+)?apolog/i],
  ['provide_evidence', /^(?:provid\w*|send\w*|give\w*|gave)\s+(?:(?:us|the Ombudsman)\s+)?(?:with\s+)?(?:\w+\s+)?evidence\b|^evidence\b/i],
  ['payment', /^(?:pa(?:y|ys|id|ying)|refund\w*|reimburs\w*|repa(?:y|ys|id|ying)|backdat\w*|compensat\w*)\b|^(?:mak\w*|made|offer\w*|provid\w*|award\w*|giv\w*|gave)\s+(?:\S+\s+){0,5}?(?:payments?|refund|reimbursement|compensation|financial remedy)\b|^(?:(?:an?|the)\s+)?(?:(?:£[\d,.]+|symbolic|financial|further|additional)\s+)*(?:payments?|refund|reimbursement)\b|^(?:offer\w*|award\w*|giv\w*|gave)\b.*£\d/i],
  ['staff_training', /\btrain|\bremind|\breminders?\b|\bshare\w*\s+(?:the\s+)?(?:learning|lessons)|\bguidance to (?:\w+ )?staff/i],
  ['reconsider_decision', /\breconsider|\bfresh (?:decision|appeal|hearing|panel)|\bnew (?:appeal|hearing|panel)|\bre-?hear|\bnew decision|\b(?:review|revisit)\w*\s+(?:its|the|their|that|this)\s+(?:\w+\s+)?decision/i],
  ['review_procedures', /\b(?:review|update|amend|revise|change)\w*\b[^;]*?\b(?:procedures?|polic(?:y|ies)|process(?:es)?|practices?|guidance|protocols?)\b|\breview\w*\s+(?:how|the way)\b/i],
  ['reassessment', /\bconsider what (?:further |more |additional )?(?:support|help|provision)|\breview\w*\s+(?:\w+['’]s\s+)?(?:support|needs|provision)\b|\bre-?assess|\b(?:new|fresh|further|updated?)\s+(?:\w+\s+)?assessment|\b(?:carry|carries|complete|completes|undertake|undertakes|arrange|arranges)\s+(?:out\s+)?(?:a|an)\s+(?:\w+\s+){0,3}?assessment|\breview\w*\s+(?:\S+\s+){0,3}?(?:care|support|needs|EHC|education,? health and care)\b[^;]*?\bplan|\breview\w*\s+(?:of\s+)?(?:\S+\s+)?case\b/i],
  ['service_improvement', /^(?:check\w*|audit\w*|identif\w*)\s+(?:all|any|other|the\s+(?:accounts|records|cases|files))\b|^(?:change\w*|amend\w*|updat\w*|rewrit\w*)\s+(?:its|the|their)\s+(?:\w+\s+){0,2}(?:letters?|forms?|website|leaflets?|templates?|guidance|information)\b|^(?:make sure|ensur\w*|monitor\w*)\b|^put(?:s)? right any\b|^review\w*\s+(?:the|its)\s+(?:\w+\s+){0,3}(?:list|register|records)\b|\bputs?\s+in\s+place|\bintroduc|\bimprov|\bimplement|\bset\s+up|\bestablish|\bdevelop(?:s|ing)?\b|\baction plan|\bprevent\w*\s+(?:a\s+)?recurrence|\bensur\w*\b.*\b(?:in (?:the )?future|going forward|not (?:happen|be repeated|recur))/i],
];

/** Where a remedy opens in a sentence: the offset its actions start from, and how to read them. */
export interface Opener {
  at: number;
  infinitive: boolean;
  /** The verb need not follow a separator ("We recommend the care home refund …"). */
  firstFree: boolean;
  /** Remedies already given ("has now refunded … and paid …"): past forms are actions. */
  done: boolean;
}

for (const [, re] of KIND_RULES) compileNow(re);

/** The deadline a text states ("within four weeks" → 4 week), or null. */
export function parseDeadline(text: string): Deadline | null {
  const m = DEADLINE_RE.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const [tens, ones] = word.split(/[\s-]/);
  const amount = /^\d+$/.test(word) ? Number(word) : ones ? NUMBER_WORDS[tens!]! + NUMBER_WORDS[ones]! : NUMBER_WORDS[word]!;
  const unitWord = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const unit: DeadlineUnit = unitWord.startsWith('working') ? 'working_day' : (unitWord.replace(/^calendar /, '').replace(/s$/, '') as DeadlineUnit);
  return amount > 0 ? { amount, unit, text: m[0] } : null;
}

/** The kind of one action's text. */
export function classifyAction(text: string): ActionKind {
  const t = text.replace(/^(?:to|also|and)\s+/i, '');
  return KIND_RULES.find(([, re]) => re.test(t))?.[0] ?? 'other';
}

/** Blank out bracketed text so "(£600 for the delay … and £300 …)" is never split. */
function maskBrackets(text: string): string {
  let depth = 0;
  return text.replace(/./g, (c) => {
    if (c === '(') depth++;
    const out = depth > 0 ? ' ' : c;
    if (c === ')' && depth > 0) depth--;
    return out;
  });
}

/** Split a remedy text into one action per coordinated verb or listed nominal remedy. */
export function splitActions(region: string, opts: Omit<Opener, 'at'>): { before: string; parts: string[] } {
  const masked = maskBrackets(region);
  const cuts = new Map<number, number>(); // start of an action → end of the action before it
  const first = opts.firstFree ? FIRST_VERB_RE.exec(masked) : null;
  if (first) cuts.set(first[1]!.length, first[1]!.length);
  const infinitive = opts.infinitive || /\bto\s+$/.test(first?.[1] ?? '');
  for (const m of masked.matchAll(HEAD_RE)) {
    const { sep = '', ctx = '', to, verb = '' } = m.groups ?? {};
    const at = m.index + m[0].length - verb.length;
    if (sep.trim() === '' && m.index > 0 && !ctx) continue; // a verb mid-phrase ("the contact attempts it should make")
    if (!opts.done && PAST_RE.test(verb)) continue; // "recorded and reviewed by a manager" is passive, not a new action
    if (to && !/\band\s+$/.test(ctx) && !(infinitive && /[,;]/.test(sep))) continue; // a purpose "to …", not a list
    const before = [...cuts.keys()].filter((k) => k < at).sort((x, y) => x - y).at(-1);
    // "remind staff to provide X, to complete Y and to provide Z": the later verbs belong to the reminder.
    if (before !== undefined && to && CAPTURE_RE.test(masked.slice(before, at))) continue;
    if (!cuts.has(at)) cuts.set(at, m.index + (sep.match(/^[,;:]/) ? 0 : sep.length));
  }
  for (const m of masked.matchAll(NOMINAL_SEP_RE)) {
    const at = m.index + m[0].length;
    if (NOMINAL_HEAD_RE.test(masked.slice(at)) && !cuts.has(at)) cuts.set(at, m.index);
  }
  if (NOMINAL_HEAD_RE.test(masked) && !cuts.has(0)) cuts.set(0, 0);
  const starts = [...cuts.keys()].sort((x, y) => x - y);
  const parts = starts
    .map((st, i) => region.slice(st, i + 1 < starts.length ? cuts.get(starts[i + 1]!)! : region.length))
    .map((t) => t.replace(REMEDY_TAIL_RE, '').replace(/^(?:to|and|also)\s+/i, '').replace(/(?:[,;:.\s]|\band\b|\bor\b)+$/i, '').trim())
    .filter((t) => t.length > 0 && (!VAGUE_RE.test(t) || /£\d/.test(t)));
  return { before: region.slice(0, starts[0] ?? region.length), parts };
}
