import type { Section } from '../../schemas/decision.js';
import type { ActionKind } from '../../schemas/enums.js';
import type { Action, Deadline } from '../../schemas/remedy.js';
import { BODY, classifyAction, HEAD_START_RE, NAMED, NOMINAL_HEAD_RE, parseDeadline, splitActions, type Opener } from './action-text.js';
import { splitSentences } from './sentences.js';
import { sectionZones, type Zone } from './zones.js';

export { classifyAction, parseDeadline };

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
/** One lead-in line ending in ":" and what it passes to the items under it. */
interface Lead {
  text: string;
  deadline: Deadline | null;
  /** The kind every item takes ("Provide evidence of the steps taken to:"); null for a plain opener. */
  kind: ActionKind | null;
  emitted: number;
  evidence: Action['evidence'];
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
