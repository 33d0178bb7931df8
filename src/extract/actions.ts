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

/** Verbs that head an action, as base forms; inflected below ("apologises", "paid", "making"). */
const ACTION_VERBS = [
  'apologise', 'apologize', 'pay', 'make', 'provide', 'send', 'write', 'refund', 'reimburse', 'repay', 'backdate',
  'compensate', 'review', 'reassess', 're-assess', 'reconsider', 'remind', 'train', 'issue', 'share', 'update', 'amend',
  'revise', 'introduce', 'implement', 'improve', 'develop', 'establish', 'put', 'set', 'carry', 'complete', 'arrange',
  'ensure', 'address', 'take', 'remove', 'waive', 'cancel', 'give', 'offer', 'produce', 'publish', 'create', 'confirm',
  'explain', 'contact', 'reinstate', 'award', 'appoint', 'instruct', 'audit', 'check', 'monitor', 'approve', 'assess',
  'refer', 'circulate', 'meet', 'agree', 'prepare', 'decide', 'remedy',
];
const IRREGULAR: Readonly<Record<string, string[]>> = { pay: ['paid'], make: ['made'], send: ['sent'], write: ['wrote'], give: ['gave', 'given'], take: ['took', 'taken'], meet: ['met'] };
/** Every form of one base verb: -s/-es, -ed/-d, -ing, plus irregular pasts. */
function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const forms = [base, /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`];
  forms.push(base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`, `${stem}ing`);
  if (/^(?:put|set)$/.test(base)) forms.push(`${base}ting`);
  return [...forms, ...(IRREGULAR[base] ?? [])];
}
const VERB_ALT = ACTION_VERBS.flatMap(inflect).sort((a, b) => b.length - a.length).join('|');
/** An action verb at the start of a text (after an optional "to"/"also"). */
const HEAD_START_RE = new RegExp(String.raw`^(?:to\s+|also\s+)?(?:${VERB_ALT})\b`, 'i');
/** Where an action verb can start a new action: after a list separator, "and", a modal or "agreed to". */
const HEAD_RE = new RegExp(
  String.raw`(?:^|[,;:]\s+|\b(?:and|or|then|also)\s+|\b(?:should|will|must|shall)\s+(?:(?:also|now|then|therefore|immediately|first)\s+)?|\b(?:agreed|agrees|asked|offered|undertook|promised|decided)\s+to\s+)(?:(to)\s+)?(${VERB_ALT})\b`,
  'gi',
);
/** Remedies named as nouns: "an apology, £1,900 payment, removal of outstanding charges … and review of procedure". */
const NOMINAL_HEAD_RE =
  /^(?:(?:an?|the|its|her|his|their)\s+)?(?:written\s+|formal\s+|further\s+)?(?:apolog(?:y|ies)\b|(?:(?:£[\d,.]+|symbolic|financial|further|additional)\s+)*payments?\b|removal\b|cancell?ation\b|waiv(?:er|ing)\b|review\b|reassessment\b|reconsideration\b|consideration\b|training\b|reminders?\b|refund\b|reimbursement\b|(?:service\s+)?improvements?\b|action\s+plan\b|evidence\b|breakdown\b|new\s+assessment\b)/i;
/** Separators before a nominal remedy in a list. */
const NOMINAL_SEP_RE = /(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+)(?=\S)/g;
/** "remind staff to provide X, to complete Y and to provide Z": the later "to …" belong to the reminder, not new actions. */
const CAPTURE_RE = /\b(?:remind|ask|tell|train|encourag|requir|instruct)\w*\s+(?:\S+\s+){0,4}?to\s+\w+/i;

/** Who does the remedying, as the decisions name them. */
const BODY = String.raw`(?:the\s+(?:Council|council|Authority|authority|(?:care\s+)?home|(?:care\s+)?(?:provider|Provider)|Trust|organisation|landlord|school|Board|company|Company)|TfL|Transport for London|it|they)`;
/** "To remedy the injustice caused, the council should:" — opens a remedy in any zone. */
const TO_REMEDY_RE = /^(?:in order\s+)?to remedy (?:the|this|any|that) injustice[^,:]*[,:]?\s*/i;
/** "We recommend the care home …", "He recommends the Council:", "I therefore asked the Council to …", "recommended that Cherry Acre:". */
const RECOMMEND_RE =
  /\b(?:we|I|he|she|the Ombudsman)\s+(?:(?:also|therefore|have|has|now|then)\s+)*(?:recommend(?:s|ed)?|ask(?:s|ed)?)(?:\s+that)?(?:\s+(?:the\s+[\w ]{1,30}?|[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*|it))?(?=\s+(?:to|should|must|within)\b|\s*:|\s+[a-z]+\b)(?:\s+(to)\b|\s+(?:should|must)\b)?\s*:?\s*/;
/** "The Council has agreed to …", "TfL … has now agreed to …", "It therefore offered to …". */
const AGREED_RE = new RegExp(String.raw`\b${BODY}\s+(?:(?:has|have|also|now|therefore|since|then|already)\s+)*(?:agreed|agrees|offered|undertook)\s+(to)\s+`);
/** "The Council should apologise", "it will provide evidence", "Within three months it should also:". */
const MODAL_RE = new RegExp(String.raw`\b${BODY}\s+(?:(?:also|now|therefore)\s+)?(?:should|will|must)(?!\s+(?:have|be|not|need)\b)(?:\s+(?:also|now|therefore))?\b[,\s]*:?`);
/** In the body only the defined party's "should" counts; guidance text speaks of "councils" and "a council". */
const BODY_MODAL_RE = /\b(?:the Council|it)\s+should(?!\s+(?:have|be|not)\b)(?:\s+(?:also|now))?\s+/;
/** Remedies listed as nouns: "the agreed action of an apology, …", "This included providing an apology and …". */
const NOMINAL_OPENER_RE = /\b(?:agreed|recommended)\s+(?:action|actions|remedy|remedies)\s+(?:of|includ\w*)\s+|\b(?:This|which)\s+included?\s+/i;
/** "has now refunded the payment and paid Mr X an additional £30": remedies already given (summary only). */
const DONE_RE = new RegExp(String.raw`\b${BODY}\s+(?:has|have)\s+(?:now|already|since)\s+`);

/** The statutory duty of a report ("must consider the report … section 31(2)"), never an action. */
const REPORT_DUTY_RE = /\bconsider the report\b|section 31\(2\)/i;
/** The compliance line ("should provide us with evidence it has complied"), never an action of its own. */
const COMPLIANCE_RE = /\bevidence (?:that )?(?:it|they|the \w+) ha(?:s|ve) (?:complied|done (?:this|so)|carried (?:this|these) out)|\bcomplied with (?:the|these|our|my)\b|\bevidence of compliance\b/i;
/** An action whose object is the others ("complete the above within four weeks"): it only gives them a deadline. */
const REFERS_BACK_RE = /^\S+\s+(?:with\s+|to\s+)?(?:all\s+of\s+)?(?:the above|the following|these(?: actions| recommendations)?|our recommendations?|the recommendations?|my recommendations?|the actions?|them|this)\b/i;
/** Too vague to be an action: "providing a proportionate remedy", "resolve the complaint". */
const VAGUE_RE = /^\S+\s+(?:a\s+|the\s+)?(?:(?:proportionate|suitable|appropriate|further)\s+)?remed(?:y|ies)\b|^(?:remedy|remedies|remedying|remedied)\b/i;
/** Trailing words of a nominal list that are the verdict, not the remedy ("… review of procedure provides a suitable remedy"). */
const REMEDY_TAIL_RE = /\s+(?:provides?|is|are|was|were|would be)\s+(?:a\s+)?(?:suitable|proportionate|appropriate|sufficient)\s+remed(?:y|ies)\b.*$/i;

/** Kind rules, first match wins (an apology with a payment is still an apology when it leads). */
const KIND_RULES: readonly (readonly [ActionKind, RegExp])[] = [
  ['apology', /^(?:\S+\s+){0,3}?(?:a\s+|an\s+)?(?:written\s+)?apolog/i],
  ['provide_evidence', /^(?:provid\w*|send\w*|give\w*|gave)\s+(?:(?:us|the Ombudsman)\s+)?(?:with\s+)?(?:\w+\s+)?evidence\b|^evidence\b/i],
  ['payment', /^(?:pa(?:y|ys|id|ying)|refund\w*|reimburs\w*|repa(?:y|ys|id|ying)|backdat\w*|compensat\w*)\b|^(?:(?:mak\w*|made|offer\w*|provid\w*|award\w*|giv\w*|gave)\s+)?(?:(?:an?|the|her|him|them|his|their|Mrs?|Ms|Miss|Mx|Dr|[A-Z]\w*|further|additional|symbolic|financial|£[\d,.]+|of)\s+){0,6}?(?:payments?|refund|reimbursement|compensation)\b|^(?:offer\w*|award\w*|giv\w*)\b.*£\d/i],
  ['staff_training', /\btrain|\bremind|\breminders?\b|\bshare\w*\s+(?:the\s+)?(?:learning|lessons)|\bguidance to (?:\w+ )?staff/i],
  ['reconsider_decision', /\breconsider|\bfresh decision|\bnew decision|\b(?:review|revisit)\w*\s+(?:its|the|their|that|this)\s+(?:\w+\s+)?decision/i],
  ['review_procedures', /\b(?:review|update|amend|revise|change)\w*\b[^;]*?\b(?:procedures?|polic(?:y|ies)|process(?:es)?|practices?|guidance|protocols?)\b|\breview\w*\s+(?:how|the way)\b/i],
  ['reassessment', /\bre-?assess|\b(?:new|fresh|further|updated?)\s+(?:\w+\s+)?assessment|\b(?:carry|carries|complete|completes|undertake|undertakes|arrange|arranges)\s+(?:out\s+)?(?:a|an)\s+(?:\w+\s+){0,3}?assessment|\breview\w*\s+(?:\S+\s+){0,3}?(?:care|support|needs|EHC|education,? health and care)\b[^;]*?\bplan|\breview\w*\s+(?:of\s+)?(?:\S+\s+)?case\b/i],
  ['service_improvement', /\bputs?\s+in\s+place|\bintroduc|\bimprov|\bimplement|\bset\s+up|\bestablish|\bdevelop|\baction plan|\bprevent\w*\s+(?:a\s+)?recurrence|\bensur\w*\b.*\b(?:in (?:the )?future|going forward|not (?:happen|be repeated|recur))/i],
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
function splitActions(region: string, infinitiveList: boolean): string[] {
  const masked = maskBrackets(region);
  const starts: number[] = [];
  for (const m of masked.matchAll(HEAD_RE)) {
    const at = m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
    const open = starts.length > 0 ? masked.slice(starts.at(-1), at) : '';
    // ", to VERB" continues a list only when the opener was "agreed to"; a reminder's "to …" is its content.
    if (m[1] && (/^,/.test(m[0]) && !infinitiveList)) continue;
    if (starts.length > 0 && CAPTURE_RE.test(open) && /^(?:[,;]\s+|\s*and\s+)/.test(m[0])) continue;
    if (!starts.includes(at)) starts.push(at);
  }
  for (const m of masked.matchAll(NOMINAL_SEP_RE)) {
    const at = m.index + m[0].length;
    if (NOMINAL_HEAD_RE.test(masked.slice(at)) && !starts.includes(at)) starts.push(at);
  }
  if (NOMINAL_HEAD_RE.test(masked) && !starts.includes(0)) starts.push(0);
  starts.sort((a, b) => a - b);
  return starts
    .map((s, i) => region.slice(s, starts[i + 1] ?? region.length))
    .map((t) => t.replace(REMEDY_TAIL_RE, '').replace(/^(?:to|and|also)\s+/i, '').replace(/(?:[,;:.\s]|\band\b|\bor\b)+$/i, '').trim())
    .filter((t) => t.length > 0 && !VAGUE_RE.test(t));
}

/** Where the remedy text starts in a sentence that opens one, and whether it is a list of "to …" infinitives. */
function findOpener(sentence: string, zone: Zone): { at: number; infinitive: boolean } | null {
  const remedy = TO_REMEDY_RE.exec(sentence);
  const text = remedy ? sentence.slice(remedy[0].length) : sentence;
  const offset = remedy ? remedy[0].length : 0;
  const modal = zone === 'remedy' || zone === 'summary' || remedy ? MODAL_RE : BODY_MODAL_RE;
  for (const re of [RECOMMEND_RE, AGREED_RE, modal, NOMINAL_OPENER_RE, ...(zone === 'summary' ? [DONE_RE] : [])]) {
    const m = re.exec(text);
    if (m) return { at: offset + m.index + m[0].length, infinitive: m[1] === 'to' };
  }
  return remedy ? { at: offset, infinitive: false } : null;
}

/** Actions of the given zones: remedy sections and remedy openers elsewhere, or (fallback) the Summary's. */
function collect(sections: readonly Section[], zones: readonly Zone[], wanted: (z: Zone) => boolean): Action[] {
  const actions: Action[] = [];
  let outer: Lead | null = null; // an opener lead-in ("I recommended the Council within one month …:")
  let nested: Lead | null = null; // an action lead-in ("Provide evidence of the steps taken to:")
  const closeNested = (): void => {
    // A lead-in whose items gave nothing ("pays Mr X a total of £2,600 comprising of:" + parts) is itself the action.
    if (nested && nested.emitted === 0 && nested.kind) push(nested.text, nested.kind, nested.deadline ?? outer?.deadline ?? null, nested.evidence);
    nested = null;
  };
  const push = (text: string, kind: ActionKind, deadline: Deadline | null, evidence: Action['evidence']): void => {
    actions.push({ kind, text, deadline, evidence });
  };
  const emit = (sentence: string, from: number, infinitive: boolean, evidence: Action['evidence'], underLead: boolean): void => {
    const prefixDeadline = parseDeadline(sentence.slice(0, from));
    const lead = nested ?? outer;
    for (const text of splitActions(sentence.slice(from), infinitive)) {
      if (!underLead && !HEAD_START_RE.test(text) && from === 0) continue;
      const deadline = parseDeadline(text);
      if (REFERS_BACK_RE.test(text)) {
        // "will complete the above within four weeks": the deadline of the actions before it.
        if (deadline) for (const a of actions) a.deadline ??= deadline;
        continue;
      }
      const kind = nested?.kind && nested.kind !== 'other' ? nested.kind : classifyAction(text);
      push(nested ? `${nested.text} ${text}` : text, kind, deadline ?? prefixDeadline ?? nested?.deadline ?? outer?.deadline ?? null, evidence);
      if (nested) nested.emitted++;
      void lead;
    }
  };

  sections.forEach((section, si) => {
    const zone = zones[si]!;
    if (!wanted(zone)) return;
    closeNested();
    if (zone !== 'remedy' || zones[si - 1] !== 'remedy') outer = null;
    let flatLead = false; // the previous one-line paragraph was a lead-in; this paragraph may be its item
    for (const p of section.paragraphs) {
      const lines = p.text.split('\n');
      if (!flatLead || lines.length > 1) closeNested();
      let lineLead = false;
      lines.forEach((line, li) => {
        const sentences = splitSentences(line);
        sentences.forEach((sentence, k) => {
          const evidence = { section: section.heading, paragraph: p.n, quote: sentence };
          if (REPORT_DUTY_RE.test(sentence) || COMPLIANCE_RE.test(sentence)) return;
          const isItem = li > 0 ? lineLead : flatLead;
          const headStart = HEAD_START_RE.test(sentence) || (isItem && k === 0 && NOMINAL_HEAD_RE.test(sentence));
          const opener = headStart && (zone === 'remedy' || isItem) ? { at: 0, infinitive: false } : findOpener(sentence, zone);
          const endsLead = /:$/.test(sentence) && k === sentences.length - 1;
          if (endsLead && (opener || zone === 'remedy')) {
            closeNested();
            const lead: Lead = { text: sentence.replace(/^(?:to|also)\s+/i, ''), deadline: parseDeadline(sentence), kind: null, emitted: 0, evidence };
            if (opener && opener.at === 0) nested = { ...lead, kind: classifyAction(sentence) };
            else outer = lead;
            if (li === 0) lineLead = lines.length > 1;
            if (lines.length === 1) flatLead = true;
            return;
          }
          if (!opener || (k > 0 && opener.at === 0 && !HEAD_START_RE.test(sentence))) return;
          emit(sentence, opener.at, opener.infinitive, evidence, isItem || zone === 'remedy');
        });
        if (li === 0 && lines.length > 1 && !lineLead) lineLead = zone === 'remedy';
      });
      // A flattened list ends at a paragraph that is neither a lead-in nor an item.
      if (lines.length > 1 || !/:$/.test(p.text.trim())) {
        if (!(flatLead && lines.length === 1 && HEAD_START_RE.test(p.text))) flatLead = false;
      }
    }
  });
  closeNested();
  return actions;
}

/**
 * Remedy actions with kinds and deadlines. Source order: the remedy sections and remedy openers elsewhere in the body
 * ("To remedy the injustice…", "We recommend the Council…", "The Council has agreed to…"), else the Summary.
 */
export function extractActions(sections: readonly Section[]): Action[] {
  const zones = sectionZones(sections);
  const fromBody = collect(sections, zones, (z) => z !== 'summary' && z !== 'boilerplate');
  return fromBody.length > 0 ? fromBody : collect(sections, zones, (z) => z === 'summary');
}
