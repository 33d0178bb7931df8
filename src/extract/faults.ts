import type { Section } from '../../schemas/decision.js';
import type { Outcome } from '../../schemas/enums.js';
import type { Fault } from '../../schemas/remedy.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { sectionZones, type Zone } from './zones.js';

/** Cheap filter: only sentences that mention fault, a finding or upholding are looked at. */
const FAULT_WORD_RE = /\bfault|\bf(?:ind|inds|ound)\b|\buph(?:e|o)ld\b/i;
/** "This was fault", "was further fault", "There were also faults", "amounts to fault", "has been fault". */
const IS_FAULT_RE =
  /\b(?:was|were|is|are|been|amounts? to|amounted to|constitutes?|constituted)\s+(?:(?:also|further|another|a|an|additional|clear|significant|serious|therefore|again|itself|more|some)\s+)*faults?\b/i;
/** "The Council was at fault", "We find the Council at fault", "found the Trust to be at fault". */
const AT_FAULT_RE = /\bat fault\b/i;
/** "We found fault with …", "I find fault", "found further fault"; "found no fault" never matches (no is not allowed). */
const FOUND_FAULT_RE = /\bf(?:ind|inds|ound)\s+(?:(?:some|further|other|more|significant|serious|additional|clear)\s+)?faults?\b/i;
/** Report findings: "Fault found causing injustice", "the fault found through the investigation". */
const FAULT_FOUND_RE = /\bfaults? found\b/i;
/** A finding that the body failed, without the word fault: "We find the Council failed to secure …". */
const FOUND_FAILED_RE =
  /\b(?:we|I|the Ombudsman)\s+(?:have\s+|has\s+)?(?:also\s+)?(?:find|finds|found)\s+(?:that\s+)?(?:the|its|this)\s+(?:[\w’'-]+\s+){0,6}?(?:failed|delayed|wrongly)\b/i;
/** The positive finding patterns, in no particular order. */
const FINDING_RES: readonly RegExp[] = [IS_FAULT_RE, AT_FAULT_RE, FOUND_FAULT_RE, FAULT_FOUND_RE, FOUND_FAILED_RE];

/** Clause breaks: a negation in one clause ("not at fault for X, but was at fault for Y") must not cancel the other. */
const CLAUSE_BREAK_RE = /[;:]\s+|,?\s+\bbut\b\s+|,\s+(?:however|although|though|whereas)\b\s*/i;
/** A negation before the finding turns it into a no-fault statement ("was not at fault", "did not find fault"). */
const NEGATION_RE = /\b(?:no|not|never|nothing|cannot|can't|didn't|don't|doesn't|wasn't|weren't|isn't|nor|neither)\b|n[’']t\b/i;
/** How many words before a finding a negation or hedge can reach ("We do not find the Council was at fault": 5). */
const SCOPE_WORDS = 8;
/** Tests and hypotheticals, never findings: "if there has been fault", "whether", "unlikely we would find fault". */
const HEDGE_RE =
  /\b(?:if|whether|unless|unlikely|likely|would|could|might|may|any faults?|evidence (?:of|that|to)|alleg\w*|potential(?:ly)?|possible|possibly|question)\b/i;
/** Someone other than the Ombudsman speaking: "Mr X says the Council's failure was fault". */
const CLAIM_RE =
  /\b(\w+)\s+(?:says?|said|claims?|claimed|alleges?|alleged|complains?|complained|believes?|believed|feels?|felt|thinks?|thought|argues?|argued|contends?|wants?|considers?|disputes?|insists?)\b/i;
/** Speakers whose "consider"/"believe" is the Ombudsman's own view. */
const OMBUDSMAN_SUBJECT_RE = /^(?:I|we|Ombudsman|also)$/i;
/** Boilerplate that defines the word: "I have used the word fault to refer to these", "which we call 'fault'". */
const DEFINITION_RE = /\b(?:used the (?:word|term)|we call|refer to (?:these|this)|to describe such)\b|service failure \(fault\)/i;
/** In "The complaint", only the Ombudsman's own words can be a finding (report pages put "found fault" there). */
const OMBUDSMAN_VOICE_RE = /\b(?:the Ombudsman|we|I)\b/i;

/** No-fault statements that closures and not-upheld decisions rest on. */
const NO_FAULT_RES: readonly RegExp[] = [
  /\bno (?:evidence of )?fault\b/i,
  /\b(?:was|were|is|are|been) not (?:\w+ )?(?:at )?fault\b/i,
  /\b(?:insufficient|not (?:seen )?enough|no|little|limited) evidence (?:of|to show|to suggest|that)\b[^.]*?\bfault/i,
  /\bunlikely\b[^.]*?\bfind (?:any )?fault/i,
  /\bnothing to (?:show|suggest)\b[^.]*?\bfault/i,
];
/** A condition makes a no-fault statement a test: "If there was no fault in how the decision was made, …". */
const CONDITION_RE = /\b(?:if|whether)\b/i;
/** "it is likely we would find fault": an early-resolution decision's stand-in for a finding (not unlikely). */
const LIKELY_FAULT_RE = /(?<!un)likely (?:that )?(?:we|I|the Ombudsman) would find fault/i;
/** "We have upheld Mrs X's complaint", "I uphold", "The Ombudsman upheld the complaint". */
const UPHELD_RE = /\b(?:we|I|the Ombudsman)\s+(?:have\s+|has\s+)?(?:upheld|uphold)\b/i;

/** Zones whose wording about fault is never about this decision's finding. */
const SKIPPED_ZONES: ReadonlySet<Zone> = new Set(['boilerplate']);

/** What one clause says about fault. */
type Verdict = 'finding' | 'no_fault' | null;

/** True when someone other than the Ombudsman is speaking in the text ("Mr X says", "The Council argues"). */
function isClaim(text: string): boolean {
  const m = CLAIM_RE.exec(text);
  return m !== null && !OMBUDSMAN_SUBJECT_RE.test(m[1]!);
}

/** Read one clause: a finding, a no-fault statement, or neither. */
function judgeClause(clause: string): Verdict {
  for (const re of FINDING_RES) {
    const m = re.exec(clause);
    if (!m) continue;
    // Only the words just before the finding scope over it: in "no evidence of having an appreciation of the injustice
    // caused by the fault found", the "no" is about the appreciation, and the fault is taken as found.
    const near = clause.slice(0, m.index).split(/\s+/).slice(-SCOPE_WORDS).join(' ');
    if (isClaim(clause.slice(0, m.index))) return null;
    // A hedged finding ("unlikely we would find fault") may still be a no-fault statement: checked below.
    if (HEDGE_RE.test(`${near} ${m[0]}`)) break;
    return NEGATION_RE.test(near) ? 'no_fault' : 'finding';
  }
  if (NO_FAULT_RES.some((re) => re.test(clause)) && !CONDITION_RE.test(clause) && !isClaim(clause)) return 'no_fault';
  return null;
}

/** Read a sentence clause by clause; any finding wins over a no-fault clause in the same sentence. */
function judgeSentence(s: Sentence, zone: Zone): Verdict {
  if (DEFINITION_RE.test(s.text)) return null;
  if (zone === 'complaint' && !OMBUDSMAN_VOICE_RE.test(s.text)) return null;
  // A sub-item under "Mr X says the Council failed to:" is the complainant's, whatever it says.
  if (s.line > 0 && s.leadIn && isClaim(s.leadIn)) return null;
  const verdicts = s.text.split(CLAUSE_BREAK_RE).map(judgeClause);
  if (verdicts.includes('finding')) return 'finding';
  return verdicts.includes('no_fault') ? 'no_fault' : null;
}

/**
 * Fault findings and whether fault was found. Source order: a finding sentence in the text, then the page's outcome
 * (upheld → true, not upheld → false), then a no-fault statement the decision rests on; otherwise null.
 */
export function extractFaults(
  sections: readonly Section[],
  outcome: Outcome | null,
): { faultFound: boolean | null; faults: Fault[] } {
  const zones = sectionZones(sections);
  const faults: Fault[] = [];
  const seen = new Set<string>();
  let upheldInText = false;
  let noFault = false;
  for (const s of sentencesOf(sections)) {
    const zone = zones[s.sectionIndex]!;
    if (SKIPPED_ZONES.has(zone) || !FAULT_WORD_RE.test(s.text)) continue;
    if (zone !== 'complaint' && (LIKELY_FAULT_RE.test(s.text) || (UPHELD_RE.test(s.text) && !NEGATION_RE.test(s.text)))) {
      upheldInText = true;
    }
    const verdict = judgeSentence(s, zone);
    if (verdict === 'no_fault' && zone !== 'complaint') noFault = true;
    if (verdict !== 'finding' || seen.has(s.text)) continue;
    seen.add(s.text);
    faults.push({ text: s.text, evidence: { section: s.section, paragraph: s.paragraph, quote: s.text } });
  }
  let faultFound: boolean | null = null;
  if (faults.length > 0 || upheldInText || outcome === 'upheld') faultFound = true;
  else if (outcome === 'not_upheld' || noFault) faultFound = false;
  return { faultFound, faults };
}
