/**
 * The sentence bank shared by every category, in the register of LGSCO decision statements. Each entry is a function
 * of the page context `c` (names, pronouns, the body's short name, a timeline `c.when[i]`, money `c.$(lo, hi)`), so
 * one template reads naturally for Mr X and the Council as for Mrs Y and the Care Provider. All text is synthetic.
 */

/** "The complaint": what the complainant says and wants, with claims that are not remedies. */
export const COMPLAINT = [
  (c) => `${c.P} complains about ${c.topic}.`,
  (c) => `${c.P} complains ${c.O} failed to respond to ${c.his} emails and telephone calls over several months, and that ${c.he} had to chase it repeatedly for an answer.`,
  (c) => `${c.P} says the matter has caused ${c.him} significant distress and has affected ${c.his} health and sleep.`,
  (c) => `${c.P} wants ${c.O} to apologise, to put things right and to pay ${c.him} ${c.$(1000, 5000, 500)} in compensation.`,
  (c) => `${c.P} also complains ${c.O} did not deal with ${c.his} complaint properly and took too long to respond at stage two of its complaints procedure.`,
  (c) => `${c.P} says ${c.he} spent many hours gathering evidence and writing to ${c.O} and to ${c.his} local councillor before ${c.he} came to us.`,
  (c) => `${c.P} wants ${c.O} to refund the ${c.$(120, 900, 10)} ${c.he} says ${c.he} has spent as a result of its mistakes.`,
  (c) => `${c.P} says ${c.O} has treated ${c.him} unfairly and has not listened to the concerns ${c.he} raised.`,
];

/** A lead-in for a bulleted complaint paragraph ("Mr X says the Council failed to:") and its items. */
export const COMPLAINT_LIST = (c) => `${c.P} says ${c.O} failed to:`;
export const COMPLAINT_ITEMS = [
  (c) => `respond to ${c.his} reports within a reasonable time`,
  (c) => `keep ${c.him} informed about what it was doing and why`,
  (c) => `consider the evidence ${c.he} provided`,
  (c) => `deal properly with ${c.his} complaint`,
  (c) => `explain how it reached its decision`,
];

/** "The Ombudsman's role and powers": the standard paragraphs, by decision type. */
export const ROLE_INVESTIGATION = [
  () => 'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
  () => 'When considering complaints, if there is a conflict of evidence, we make findings based on the balance of probabilities. This means that we will weigh up the available relevant evidence and base our findings on what we think was more likely to have happened.',
  () => 'If we are satisfied with an organisation’s actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)',
];
export const ROLE_ASSESSMENT = [
  () => 'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was made. (Local Government Act 1974, section 34(3), as amended)',
  () => 'We must use public money carefully, so we do not investigate every complaint we receive. We may decide not to start an investigation if the tests in our Assessment Code are not met, for example because there is not enough evidence of fault, or because an investigation would not lead to a different outcome. (Local Government Act 1974, section 24A(6), as amended)',
];
export const ROLE_PROVIDER = () =>
  'We investigate complaints about adult social care providers and can decide whether their actions have caused injustice, or could have caused injustice, to the person making the complaint. (Local Government Act 1974, sections 34B and 34C, as amended)';
export const SHARE_OFSTED = () =>
  'Under our information sharing agreement, we will share this decision with the Office for Standards in Education, Children’s Services and Skills (Ofsted).';
export const SHARE_CQC = () =>
  'Under our information sharing agreement, we will share this decision with the Care Quality Commission (CQC).';

/** "How I considered this complaint". */
export const CONSIDERED = [
  (c) => `I spoke to ${c.P} about ${c.his} complaint and considered the information and documents ${c.he} provided.`,
  (c) => `I made enquiries of ${c.O} and considered its response, including its case records and the complaint correspondence.`,
  (c) => `I considered evidence provided by ${c.P} and ${c.O} as well as relevant law, policy and guidance.`,
  (c) => `I considered the relevant law and guidance, which I refer to below where it is relevant.`,
];
export const CONSIDERED_DRAFT = (c) =>
  `${c.P} and ${c.O} had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.`;
export const CONSIDERED_CODE = () => 'I also considered our Assessment Code.';

/** "What happened": narrative that fits any service, with money that is not a remedy. */
export const EVENTS = [
  (c) => `${c.P} complained to ${c.O} in ${c.when[3]}. ${c.OC} acknowledged the complaint but did not send its stage one response until ${c.when[4]}.`,
  (c) => `In its stage one response ${c.O} said it had acted in line with its policy. It did not address the specific points ${c.P} had raised about the delay.`,
  (c) => `${c.P} asked for ${c.his} complaint to go to stage two. In its final response ${c.O} accepted it should have told ${c.P} about the change sooner and apologised.`,
  (c) => `${c.OpcC} records show an officer telephoned ${c.P} in ${c.when[2]}, but there is no note of what was discussed or of any follow-up action.`,
  (c) => `${c.OC} told me the officer dealing with the case left in ${c.when[2]} and the case was not reallocated for several weeks.`,
  (c) => `${c.P} wrote again in ${c.when[4]} and in ${c.when[5]}. ${c.OC} did not reply to either letter.`,
  (c) => `${c.P} says ${c.he} paid ${c.$(60, 480, 20)} in postage, printing and travel costs while pursuing the matter.`,
  (c) => `In response to my enquiries, ${c.O} said it receives a high number of requests and has had difficulty recruiting staff.`,
  (c) => `${c.OC} sent ${c.P} a bill for ${c.$(180, 2400, 10)}, which ${c.he} disputed because ${c.he} said the service had not been provided as agreed.`,
  (c) => `${c.P} obtained a quote of ${c.$(800, 6500, 50)} from a private contractor to do the work ${c.he} says ${c.O} should have done.`,
  (c) => `${c.OC} later accepted its letter of ${c.when[3]} contained an error and sent a corrected version.`,
  (c) => `${c.P} first contacted ${c.O} about the problem in ${c.when[1]}. An officer replied that the matter had been passed to the relevant team.`,
  (c) => `Over the following weeks ${c.P} telephoned ${c.O} at least ${c.int(4, 12)} times. The call notes record that ${c.he} was told someone would call back, but nobody did.`,
  (c) => `${c.P} sent ${c.O} photographs and a diary of events covering ${c.int(6, 20)} weeks.`,
  (c) => `The case notes for ${c.when[3]} record that a senior officer agreed the matter should be treated as urgent. I have seen no evidence of any action following that note.`,
  (c) => `A manager wrote to ${c.P} in ${c.when[3]} and promised a decision within 28 days. The decision was not made until ${c.when[5]}.`,
  (c) => `${c.P} says ${c.he} took ${c.int(2, 8)} days of unpaid leave to attend meetings and gather documents.`,
  (c) => `In ${c.when[4]} ${c.O} wrote to ${c.P} to say it had decided to close the case. The letter did not explain the reasons for the decision or tell ${c.him} how to challenge it.`,
  (c) => `${c.OC} says it was dealing with a backlog at the time and that ${c.Pp} case was one of more than ${c.int(2, 9)}00 waiting to be allocated.`,
  (c) => `${c.OC} told me it had reviewed its records and accepted some of ${c.Pp} emails had not been logged on its system.`,
  (c) => `The stage two response, sent in ${c.when[6]}, repeated the stage one response and did not deal with the new points ${c.P} had raised.`,
  (c) => `${c.P} contacted us in ${c.when[7]} because ${c.he} remained unhappy with ${c.Opc} response.`,
];

/** Analysis that finds fault. */
export const FAULTS = [
  (c) => `${c.OC} took ${c.int(3, 9)} months to complete a process its own policy says should take no more than eight weeks. This was fault.`,
  (c) => `There is no evidence ${c.O} considered the information ${c.P} sent before it made its decision. This was fault.`,
  (c) => `${c.OC} did not respond to ${c.Pp} complaint within the timescales in its complaints policy. This was fault, and it put ${c.P} to avoidable time and trouble.`,
  (c) => `${c.OC} did not keep a proper record of its decision or of the reasons for it. This was fault, because without a record it cannot show it took account of the relevant factors.`,
  (c) => `${c.OC} failed to tell ${c.P} about ${c.his} right to ask for a review. This was fault.`,
  (c) => `${c.OC} should have acted on the information it received in ${c.when[2]}. Its failure to do so until ${c.when[5]} was fault.`,
  (c) => `${c.OC} told ${c.P} it would contact ${c.him} within ten working days but did not do so. This was fault.`,
  (c) => `${c.OC} did not follow its own policy when it closed the case without telling ${c.P}. This was fault.`,
];
/** Analysis that weighs the injustice, including money that is refused or merely quoted. */
export const INJUSTICE = [
  (c) => `The fault caused ${c.P} distress and uncertainty, and put ${c.him} to avoidable time and trouble in pursuing the matter.`,
  (c) => `I cannot say what would have happened without the fault, but the uncertainty about whether the outcome would have been different is an injustice to ${c.P}.`,
  (c) => `${c.OC} has already accepted it got this wrong and has apologised, but the apology did not fully remedy the injustice the fault caused.`,
  (c) => `On balance, I consider it likely that, without the fault, the matter would have been resolved around ${c.int(2, 6)} months sooner.`,
  (c) => `${c.P} also says the fault caused ${c.him} financial loss. I have seen no evidence of a loss I could reasonably attribute to the fault, so I do not recommend a payment for it.`,
  (c) => `I do not recommend the ${c.$(2000, 8000, 500)} ${c.P} asked for. Our payments are symbolic and are not intended to compensate in the way a court might.`,
  (c) => `Our guidance on remedies says that a symbolic payment to acknowledge distress is usually between £100 and £300, but can be more where the impact was severe or prolonged.`,
];

/** Analysis that finds no fault (not upheld). */
export const NO_FAULT = [
  (c) => `I have not found fault in how ${c.O} reached its decision. It considered the relevant information and explained its reasons to ${c.P} in writing.`,
  (c) => `While I understand ${c.P} strongly disagrees with the outcome, that is not evidence of fault in the way the decision was made.`,
  (c) => `The records show ${c.O} responded to each of ${c.Pp} reports within the timescales in its policy.`,
  (c) => `${c.OC} was entitled to rely on the professional judgement of its officers. I cannot question the merits of a decision made without fault.`,
  (c) => `${c.OC} explained its decision clearly in its letter of ${c.when[5]} and told ${c.P} how ${c.he} could challenge it.`,
  (c) => `I have considered the records ${c.O} provided. They show it followed its procedure and made a decision it was entitled to make.`,
  (c) => `There was a short delay in ${c.when[4]}, but it did not change the outcome and it was not significant enough to amount to fault.`,
];

/** "My assessment" reasons for closing a complaint after initial enquiries that say there was no fault. */
const NO_FAULT_CLOSURES = [
  (c) => `There is not enough evidence of fault in the way ${c.O} reached its decision to justify an investigation.`,
  (c) => `We would not recommend a payment of ${c.$(500, 3000, 250)} where we have not found fault causing a significant injustice.`,
];
/** The other closing reasons: these also fit a complaint closed because the body has already offered a remedy. */
export const REMEDIED_CLOSURES = [
  (c) => `The events ${c.P} complains about happened in ${c.when[0]}, more than 12 months before ${c.he} complained to us. I have seen no good reason why ${c.he} could not have complained sooner, so the restriction on late complaints applies. (Local Government Act 1974, sections 26B and 34D, as amended)`,
  (c) => `The law says we cannot normally investigate a complaint when someone can take the matter to court. It is reasonable to expect ${c.P} to do so if ${c.he} believes ${c.O} is liable for ${c.his} losses. (Local Government Act 1974, section 26(6)(c), as amended)`,
  (c) => `Any injustice to ${c.P} from the delay is not significant enough to justify our involvement.`,
  (c) => `An investigation is unlikely to achieve anything more for ${c.P}, because ${c.O} has already accepted the delay, apologised and put the matter right.`,
];
/** Every closing reason (in a fixed order, so seeds keep their pages). */
export const CLOSURES = [NO_FAULT_CLOSURES[0], ...REMEDIED_CLOSURES.slice(0, 3), NO_FAULT_CLOSURES[1], REMEDIED_CLOSURES[3]];

/** "Final decision" paragraphs. */
export const FINAL_UPHELD = [
  (c) => `I have found fault by ${c.O}, which caused injustice to ${c.P}. ${c.OC} has agreed to the action set out above to remedy that injustice, so I have completed my investigation.`,
  (c) => `I uphold ${c.Pp} complaint. I found fault causing injustice and ${c.O} has accepted my recommendations, so this investigation is at an end.`,
];
export const FINAL_NOT_UPHELD = [
  (c) => `I have completed my investigation. I have not found fault by ${c.O}.`,
  (c) => `I do not uphold ${c.Pp} complaint. There was no fault in the way ${c.O} dealt with the matter.`,
];
export const FINAL_CLOSED = [
  (c) => `We will not investigate ${c.Pp} complaint because there is not enough evidence of fault to justify an investigation.`,
  (c) => `We will not investigate this complaint. An investigation would not achieve anything more for ${c.P}.`,
];

/** Final decisions of a complaint closed because the body has already offered a suitable remedy. */
export const FINAL_REMEDIED = [
  (c) => `We will not investigate ${c.Pp} complaint because ${c.O} has already offered a suitable remedy for the fault it accepted.`,
  (c) => `We will not investigate this complaint. An investigation would not achieve anything more for ${c.P}.`,
];

/** The sign-off line after the sections. */
export const SIGN_OFF = ['Investigator’s decision on behalf of the Ombudsman', 'Investigator’s final decision on behalf of the Ombudsman'];
