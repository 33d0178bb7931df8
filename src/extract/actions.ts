import type { Section } from '../../schemas/decision.js';
import type { ActionKind, DeadlineUnit } from '../../schemas/enums.js';
import type { Action, Deadline } from '../../schemas/remedy.js';
import { splitSentences } from './sentences.js';
import { sectionZones, type Zone } from './zones.js';

/** Small numbers as words, for deadlines ("within four weeks", "within a month"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};
/** "within one month of the date of my final decision", "within 20 working days", "within two (2) weeks". */
const DEADLINE_RE = new RegExp(
  String.raw`\bwithin\s+(?:the\s+next\s+)?(\d+|(?:twenty|thirty|forty|fifty|sixty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:\(\d+\)\s+)?(working\s+days?|calendar\s+days?|days?|weeks?|months?|years?)\b(?:\s+(?:of|from|after|following)\s+(?:the\s+date\s+of\s+)?(?:(?:my|our|this|the|its)\s+)?(?:final\s+)?(?:decision|report|statement|letter)(?:\s+statement)?)?`,
  'i',
);

/** Who does the remedying, as the decisions name them. */
const BODY = String.raw`(?:[Tt]he\s+(?:[Cc]ouncil|[Aa]uthority|(?:[Cc]are\s+)?[Hh]ome|(?:[Cc]are\s+)?[Pp]rovider|[Tt]rust|[Oo]rganisation|[Ll]andlord|[Ss]chool|[Bb]oard|[Cc]ompany)|TfL|Transport for London|[Ii]t|[Tt]hey)`;
/** A body named in capitals ("The Bishops Care Home Limited", "The Council and Trust"); never a person ("Mr X"). */
const NAMED = String.raw`(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)(?:[Tt]he\s+)?(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|He|She|We|You|This|That|There)\b)[A-Z][a-z][\w&’'.-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w&’'.-]*){0,5}`;
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
const HEAD_START_RE = new RegExp(String.raw`^(?:also\s+)?(?:${VERB_ALT})\b`, 'i');
/** Past forms of the action verbs: actions only after "has now …" (a remedy already given). */
const PAST_RE = /(?:ed|^(?:paid|made|sent|wrote|gave|given|took|taken|met))$/i;
/** The first action verb within a few words ("recommend the care home refund …", "asked the Council to issue …"). */
const FIRST_VERB_RE = new RegExp(String.raw`^((?:\S+\s+){0,6}?)(${VERB_ALT})\b`, 'i');
/**
 * Where a verb starts a new action: after a list separator or "and", "and will", "agreed to", or "and said it will".
 * Groups: sep (the separator), ctx (the words between), to (an infinitive "to"), verb.
 */
const HEAD_RE = new RegExp(
  String.raw`(?<sep>^|[,;:]\s+|\s+)(?<ctx>and\s+(?:also\s+)?(?:will|should|must)\s+(?:also\s+)?|(?:(?:and|or|then)\s+)?(?:also\s+)?(?:(?:and\s+|that\s+|said\s+|says\s+)${BODY}\s+(?:will|should|must)\s+(?:also\s+)?|(?:agreed|agrees|asked|offered|undertook|promised|decided)\s+to\s+)?)(?<to>to\s+)?(?<verb>${VERB_ALT})\b`,
  'gi',
);
/** Remedies named as nouns: "an apology, £1,900 payment, removal of outstanding charges … and review of procedure". */
const NOMINAL_HEAD_RE =
  /^(?:(?:an?|the|its|her|his|their)\s+)?(?:written\s+|formal\s+|further\s+)?(?:apolog(?:y|ies)\b|(?:(?:£[\d,.]+|symbolic|financial|further|additional)\s+)*payments?\b|removal\b|cancell?ation\b|waiv(?:er|ing)\b|review\b|reassessment\b|reconsideration\b|consideration\b|training\b|reminders?\b|refund\b|reimbursement\b|(?:service\s+)?improvements?\b|action\s+plan\b|evidence\b|breakdown\b|new\s+assessment\b)/i;
/** Separators before a nominal remedy in a list. */
const NOMINAL_SEP_RE = /(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+)(?=\S)/g;
/** "remind staff to provide X, to complete Y and to provide Z": the later "to …" belong to the reminder, not new actions. */
const CAPTURE_RE = /\b(?:remind|ask|tell|train|encourag|requir|instruct)\w*\s+(?:\S+\s+){0,4}?to\s+\w+/i;

/** "To remedy the injustice caused, the council should:" — opens a remedy in any zone. */
const TO_REMEDY_RE = /^(?:in order\s+)?to remedy (?:the|this|any|that) injustice[^,:]*[,:]?\s*/i;
/** Words one of the openers needs: a cheap pre-test before the full patterns. */
const OPENER_HINT_RE = /recommend|asked|agreed|offered|undertook|should|will|must|remedy|includ/i;
/** "We recommend …", "He recommends the Council:", "I therefore asked the Council to …"; the verb follows within a few words. */
const RECOMMEND_RE =
  /\b(?:(?:[Ww]e|I|[Hh]e|[Ss]he|[Tt]he Ombudsman)\s+(?:(?:also|therefore|have|has|now|then)\s+)*recommend(?:s|ed)?|(?:[Ww]e|I)\s+(?:(?:also|therefore|have|then)\s+)*asked)(?:\s+that)?(?=\s*(?:[Tt]he\b|its?\b|they\b|[A-Z]|:))\s*/;
/** "I asked the Council to …" is a remedy only when it names one; investigators also ask for documents. */
const REMEDY_WORD_RE = /\b(?:apologi|pay|paid|payment|£\d|remed|injustice|refund|reimburs)/i;
/** "The Council has agreed to …", "TfL … has now agreed to …", "It therefore offered to …". */
const AGREED_RE = new RegExp(String.raw`\b(?:${BODY}|${NAMED})\s+(?:(?:has|have|also|now|therefore|since|then|already)\s+)*(?:agreed|offered|undertook)\s+to\s+`);
/** "The Council should apologise", "it will provide evidence", "Within three months it should also:". */
const MODAL_RE = new RegExp(String.raw`\b(?:${BODY}|${NAMED})\s+(?:(?:also|now|therefore)\s+)?(?:should|will|must)(?!\s+(?:have|be|not|need)\b)(?:\s+(?:also|now|therefore))?\b[,\s]*:?`);
/** In the body only the defined party's "should" counts; guidance text speaks of "councils" and "a council". */
const BODY_MODAL_RE = /\b(?:[Tt]he Council|[Ii]t)\s+should(?!\s+(?:have|be|not)\b)(?:\s+(?:also|now))?\s+/;
/** Remedies listed as nouns: "the agreed action of an apology, …", "This included providing an apology and …". */
const NOMINAL_OPENER_RE = /\b(?:agreed|recommended)\s+(?:an?\s+)?(?:action|actions|remedy|remedies)\s+(?:of|includ\w*)\s+|\b(?:this|which)\s+included?\s+/i;
/** "has now refunded the payment and paid Mr X an additional £30": remedies already given (summary only). */
const DONE_RE = new RegExp(String.raw`\b(?:${BODY}|${NAMED})\s+(?:has|have)\s+(?:(?:now|already|since)\s+)?`);
/** A Summary naming the remedy as the subject: "An apology remedies the inconvenience caused". */
const NOMINAL_SUBJECT_RE = /\bremed(?:y|ies)\b/i;
/** The Ombudsman speaking, so a "recommend"/"asked" in "The complaint" (report pages) is a remedy, not a wish. */
const OMBUDSMAN_RE = /^(?:we|I|he|she|the Ombudsman)\b/i;

/** The statutory duty of a report ("must consider the report … section 31(2)"), never an action. */
const REPORT_DUTY_RE = /\bconsider the report\b|section 31\(2\)/i;
/** The compliance line ("should provide us with evidence it has complied"), never an action of its own. */
const COMPLIANCE_RE = /\bevidence (?:that )?(?:it|they|the \w+) ha(?:s|ve) (?:complied|done (?:this|so)|carried (?:this|these) out)|\bcomplied with (?:the|these|our|my)\b|\bevidence of compliance\b/i;
/** An action whose object is the others ("complete the above within four weeks"): it only gives them a deadline. */
const REFERS_BACK_RE = /^\S+\s+(?:with\s+|to\s+)?(?:all\s+of\s+)?(?:the above|the following|these(?: actions| recommendations)?|our recommendations?|the recommendations?|my recommendations?|the actions?|them|this)\b/i;
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

/** One lead-in line ending in ":" and what it passes to the items under it. */
interface Lead {
  text: string;
  deadline: Deadline | null;
  /** The kind every item takes ("Provide evidence of the steps taken to:"); null for a plain opener. */
  kind: ActionKind | null;
  emitted: number;
  evidence: Action['evidence'];
}

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
function splitActions(region: string, opts: Omit<Opener, 'at'>): { before: string; parts: string[] } {
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

/** Where a remedy opens in a sentence: the offset its actions start from, and how to read them. */
interface Opener {
  at: number;
  infinitive: boolean;
  /** The verb need not follow a separator ("We recommend the care home refund …"). */
  firstFree: boolean;
  /** Remedies already given ("has now refunded … and paid …"): past forms are actions. */
  done: boolean;
}

/** A sentence or item that starts with its action ("Apologise to Ms X"). */
const AT_START: Opener = { at: 0, infinitive: false, firstFree: false, done: false };

/** Find the remedy opener of a sentence, by zone: "The complaint" only hears the Ombudsman, the body only "the Council should". */
function findOpener(sentence: string, zone: Zone): Opener | null {
  // Most body sentences carry none of the opener words: skip the costly patterns for them.
  if (zone !== 'remedy' && zone !== 'summary' && !OPENER_HINT_RE.test(sentence)) return null;
  const remedy = TO_REMEDY_RE.exec(sentence);
  const offset = remedy ? remedy[0].length : 0;
  const text = sentence.slice(offset);
  const rec = RECOMMEND_RE.exec(text);
  const recOk = rec && (!/asked\s*(?:that\s*)?$/i.test(rec[0]) || REMEDY_WORD_RE.test(text));
  if (rec && recOk && (zone !== 'complaint' || OMBUDSMAN_RE.test(text.slice(rec.index)))) {
    return { at: offset + rec.index + rec[0].length, infinitive: false, firstFree: true, done: false };
  }
  if (zone === 'complaint' && !remedy) return null;
  const modal = zone === 'remedy' || zone === 'summary' || remedy ? MODAL_RE : BODY_MODAL_RE;
  if (zone === 'summary' && NOMINAL_HEAD_RE.test(sentence) && NOMINAL_SUBJECT_RE.test(sentence)) return AT_START;
  for (const re of [AGREED_RE, modal, NOMINAL_OPENER_RE, ...(zone === 'summary' ? [DONE_RE] : [])]) {
    const m = re.exec(text);
    if (m) return { at: offset + m.index + m[0].length, infinitive: re === AGREED_RE, firstFree: false, done: re === DONE_RE };
  }
  return remedy ? { ...AT_START, at: offset } : null;
}

/** Walks the remedy text in order, carrying lead-ins (and their deadlines) to the items under them. */
class ActionCollector {
  readonly actions: Action[] = [];
  /** An opener lead-in ("I recommended the Council within one month …:"); lasts through the remedy sections. */
  outer: Lead | null = null;
  /** An action lead-in ("Provide evidence of the steps taken to:"); lasts for its items. */
  nested: Lead | null = null;

  closeNested(): void {
    const n = this.nested;
    // A lead-in whose items gave nothing ("pays Mr X a total of £2,600 comprising of:" + parts) is itself the action.
    if (n && n.emitted === 0 && n.kind) this.actions.push({ kind: n.kind, text: n.text.replace(/:$/, ''), deadline: n.deadline ?? this.outer?.deadline ?? null, evidence: n.evidence });
    this.nested = null;
  }

  lead(sentence: string, opener: Opener | null, evidence: Action['evidence']): void {
    this.closeNested();
    const lead: Lead = { text: sentence, deadline: parseDeadline(sentence), kind: null, emitted: 0, evidence };
    if (opener?.at === 0) this.nested = { ...lead, kind: classifyAction(sentence) };
    else this.outer = lead;
  }

  emit(sentence: string, opener: Opener, evidence: Action['evidence'], underLead: boolean): void {
    const { before, parts } = splitActions(sentence.slice(opener.at), opener);
    // "The council should, within three months …, apologise and pay": a deadline before the first verb covers them all.
    const prefixDeadline = parseDeadline(sentence.slice(0, opener.at) + before);
    const nested = this.nested;
    for (const text of parts) {
      if (!underLead && opener.at === 0 && !HEAD_START_RE.test(text)) continue;
      const deadline = parseDeadline(text);
      if (REFERS_BACK_RE.test(text)) {
        // "will complete the above within four weeks": the deadline of the actions before it.
        if (deadline) for (const a of this.actions) a.deadline ??= deadline;
        continue;
      }
      const kind = nested?.kind && nested.kind !== 'other' ? nested.kind : classifyAction(text);
      this.actions.push({ kind, text: nested ? `${nested.text} ${text}` : text, deadline: deadline ?? prefixDeadline ?? nested?.deadline ?? this.outer?.deadline ?? null, evidence });
      if (nested) nested.emitted++;
    }
  }

  /** One section: paragraphs, their sub-list lines, and flattened lists (a one-line lead-in, then one-line items). */
  section(section: Section, zone: Zone, continuesRemedy: boolean): void {
    this.closeNested();
    if (!continuesRemedy) this.outer = null;
    let flat = false; // the paragraphs before were a lead-in and its items
    for (const p of section.paragraphs) {
      const lines = p.text.split('\n');
      if (!(flat && lines.length === 1)) this.closeNested();
      let itemsLed = zone === 'remedy'; // sub-list lines are items when the first line leads into them
      let consumed = false;
      lines.forEach((line, li) => {
        const sentences = splitSentences(line);
        sentences.forEach((sentence, k) => {
          const isItem = k === 0 && (li > 0 ? itemsLed : flat);
          // Most body sentences neither lead an item nor open a remedy: settle them with one cheap test.
          if (zone !== 'remedy' && !isItem && !OPENER_HINT_RE.test(sentence)) return;
          if (REPORT_DUTY_RE.test(sentence) || COMPLIANCE_RE.test(sentence)) return;
          const evidence = { section: section.heading, paragraph: p.n, quote: sentence };
          const headStart = HEAD_START_RE.test(sentence) || (isItem && NOMINAL_HEAD_RE.test(sentence));
          const opener = headStart && (zone === 'remedy' || isItem) ? AT_START : findOpener(sentence, zone);
          if (/:$/.test(sentence) && k === sentences.length - 1 && (opener || zone === 'remedy')) {
            this.lead(sentence, opener, evidence);
            if (li === 0) itemsLed = true;
            if (lines.length === 1) flat = consumed = true;
            return;
          }
          if (!opener) return;
          if (isItem && lines.length === 1) consumed = true;
          this.emit(sentence, opener, evidence, isItem || zone === 'remedy');
        });
      });
      flat = consumed;
    }
  }
}

/** Actions of the wanted zones, in document order. */
function collect(sections: readonly Section[], zones: readonly Zone[], wanted: (z: Zone) => boolean): Action[] {
  const c = new ActionCollector();
  sections.forEach((section, si) => {
    if (wanted(zones[si]!)) c.section(section, zones[si]!, zones[si] === 'remedy' && zones[si - 1] === 'remedy');
  });
  c.closeNested();
  return c.actions;
}

/**
 * Remedy actions with kinds and deadlines. Source order: the remedy sections and remedy openers elsewhere in the body
 * ("To remedy the injustice…", "We recommend the Council…", "The Council has agreed to…"), else the Summary.
 */
export function extractActions(sections: readonly Section[]): Action[] {
  const zones = sectionZones(sections);
  const fromBody = collect(sections, zones, (z) => z !== 'summary' && z !== 'boilerplate');
  return dropRestatements(fromBody.length > 0 ? fromBody : collect(sections, zones, (z) => z === 'summary'), sections, zones);
}

/**
 * "The Council has agreed to apologise and pay Mr X £1,100" in the Final decision restates the Agreed action: once
 * the remedy sections give actions, an action of the same kind from another section is the same action told again.
 */
function dropRestatements(actions: Action[], sections: readonly Section[], zones: readonly Zone[]): Action[] {
  const zoneOf = (a: Action): Zone | undefined => zones[sections.findIndex((s) => s.heading === a.evidence.section)];
  const remedyKinds = new Set(actions.filter((a) => zoneOf(a) === 'remedy').map((a) => a.kind));
  if (remedyKinds.size === 0) return actions;
  return actions.filter((a) => zoneOf(a) === 'remedy' || !remedyKinds.has(a.kind));
}
