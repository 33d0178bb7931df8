/**
 * Category sentences (see sentences-topics.mjs) for the services to people: adult care, benefits and tax, children's
 * care and education.
 */
export const PEOPLE_TOPICS = {
  'adult-care-services': {
    topics: {
      'assessment-and-care-plan': [(c) => `the way ${c.O} assessed the care needs of ${c.his} mother, Mrs Y, after she left hospital`],
      charging: [(c) => `the charges ${c.O} made for ${c.his} father’s care and the information it gave about them`],
      'direct-payments': [(c) => `delays in setting up the direct payment ${c.O} agreed would pay for ${c.his} care`],
      'disabled-facilities-grants': [(c) => `${c.Opc} handling of ${c.his} application for a disabled facilities grant for a level-access shower`],
      'domiciliary-care': [(c) => `missed and late home care visits to ${c.his} mother, Mrs Y`],
      'residential-care': [(c) => `the care ${c.his} mother, Mrs Y, received in a care home and the fees she was charged`],
      safeguarding: [(c) => `the way ${c.O} dealt with a safeguarding concern about ${c.his} brother, Mr W`],
      'transition-from-childrens-services': [(c) => `the planning for ${c.his} son’s move from children’s to adult social care`],
      transport: [(c) => `${c.Opc} decision to withdraw transport to ${c.his} daughter’s day centre`],
    },
    law: [
      () => 'The Care Act 2014 says a council must assess any adult who appears to need care and support. The assessment must consider the person’s wellbeing and the outcomes they want to achieve. (Care Act 2014, section 9)',
      () => 'Where a council decides a person has eligible needs, it must prepare a care and support plan and give the person a personal budget, which is the cost to the council of meeting those needs. (Care Act 2014, sections 24 and 26)',
      () => 'The Care and Support Statutory Guidance says people should be given clear information about charges before their care starts, so they can make informed decisions.',
    ],
    events: [
      (c) => `A social worker visited Mrs Y in ${c.when[1]} and agreed she needed two visits a day. The Council set a personal budget of ${c.$(9000, 24000, 100)} a year.`,
      (c) => `The financial assessment found Mrs Y should contribute ${c.$(60, 240, 1)}.40 a week towards her care. ${c.P} says nobody told the family there would be a charge.`,
      (c) => `The care home’s weekly fee was ${c.$(850, 1450, 5)}, of which the Council paid its usual rate and the family paid a top-up of ${c.$(40, 180, 5)} a week.`,
      (c) => `The agency’s call records show ${c.int(12, 40)} visits were more than an hour late and ${c.int(3, 15)} did not take place at all.`,
    ],
    faults: [
      (c) => `${c.OC} took ${c.int(4, 8)} months to complete the assessment, with no explanation for the delay. This was fault.`,
      (c) => `${c.OC} did not tell the family about the charges before the care started, as the statutory guidance requires. This was fault.`,
      (c) => `The care plan did not say how the needs identified in the assessment would be met. This was fault.`,
    ],
    closure: [(c) => `${c.OC} has now completed a new assessment and agreed a care plan, which was the outcome ${c.P} wanted.`],
    purposes: ['the distress and uncertainty caused by the delay in assessing Mrs Y’s needs', 'the distress caused to Mrs Y by the missed care visits', 'the avoidable frustration the family experienced'],
    service: 'the care set out in her care plan',
    refund: ['the charges for the care visits that did not take place', 'the top-up fees the family paid after the placement should have been funded in full'],
    waive: [['outstanding care charges', 'for the period before the family was told about them'], ['unpaid invoice', 'for the respite stay']],
    improve: [
      'review how it tells people about charges before their care starts, so that families receive the information in writing',
      'remind social workers to record the reasons when an assessment takes longer than 28 days',
      'check the call monitoring records of the agency for other people it funds and tell us what it found',
    ],
  },
  'benefits-and-tax': {
    topics: {
      'council-tax': [(c) => `the way ${c.O} dealt with ${c.his} council tax account and the recovery action it took`],
      'council-tax-support': [(c) => `${c.Opc} decision to stop ${c.his} council tax support when ${c.he} started work`],
      'covid-19': [(c) => `${c.Opc} refusal of ${c.his} application for a business support grant during the COVID-19 pandemic`],
      'housing-benefit-and-council-tax-benefit': [(c) => `the overpayment of housing benefit ${c.O} says ${c.he} must repay`],
      other: [(c) => `the way ${c.O} handled ${c.his} application for a discretionary payment`],
    },
    law: [
      () => 'Council tax is a tax on domestic property. Councils may take recovery action if a bill is not paid, including applying to the magistrates’ court for a liability order. (Council Tax (Administration and Enforcement) Regulations 1992)',
      () => 'Where someone disagrees with a council’s decision about council tax support or liability, they can appeal to the Valuation Tribunal. We cannot normally investigate where someone has a right of appeal to a tribunal. (Local Government Act 1974, section 26(6)(a), as amended)',
    ],
    events: [
      (c) => `${c.Pp} council tax bill for the year was ${c.$(1400, 2900, 1)}.60, payable in ten monthly instalments.`,
      (c) => `When ${c.P} missed an instalment, ${c.O} sent a reminder and then a summons, adding ${c.$(60, 125, 5)} costs.`,
      (c) => `${c.OC} decided ${c.P} had been overpaid housing benefit of ${c.$(900, 4800, 1)}.20 because it had not acted on a change in ${c.his} income.`,
      (c) => `${c.P} sent ${c.O} ${c.his} payslips in ${c.when[3]}, which showed ${c.he} earned less than ${c.$(100, 200, 10)} in most weeks.`,
    ],
    faults: [
      (c) => `${c.OC} did not act on the information ${c.P} gave it in ${c.when[2]} about the change in ${c.his} circumstances. This was fault.`,
      (c) => `${c.OC} took recovery action while ${c.Pp} query about the bill was still unanswered. This was fault.`,
    ],
    closure: [(c) => `${c.P} could appeal to the Valuation Tribunal, and it is reasonable to expect ${c.him} to use that right of appeal.`],
    purposes: ['the distress and frustration caused by the recovery action', 'the time and trouble of dealing with the summons'],
    service: null,
    refund: ['the summons costs added to the account', 'the overpaid council tax'],
    waive: [['summons costs', 'added to the account'], ['council tax arrears', 'that built up while the change of income was not acted on']],
    improve: [
      'remind its revenues staff to check for open queries before issuing a summons',
      'review how it records changes of circumstances reported by telephone',
    ],
  },
  "children-s-care-services": {
    topics: {
      adoption: [(c) => `the support ${c.O} gave ${c.him} after ${c.he} adopted two children`],
      'child-protection': [(c) => `the way ${c.O} carried out a child protection investigation involving ${c.his} son, B`],
      'disabled-children': [(c) => `${c.Opc} delay in assessing the needs of ${c.his} disabled son, B, and arranging short breaks`],
      fostering: [(c) => `the allowances ${c.O} paid ${c.him} as a foster carer`],
      'friends-and-family-carers': [(c) => `the support ${c.O} gave ${c.him} while ${c.he} cared for ${c.his} granddaughter, C`],
      'looked-after-children': [(c) => `the way ${c.O} planned for ${c.his} son, B, while he was in its care`],
      other: [(c) => `the way ${c.O} dealt with ${c.his} complaint about its children’s services`],
    },
    law: [
      () => 'The law sets out a three-stage procedure for councils to follow when looking at complaints about children’s social care services. Stage two should normally be completed within 25 working days and no later than 65 working days. (Children Act 1989 Representations Procedure (England) Regulations 2006)',
      () => 'Statutory guidance, Working Together to Safeguard Children, says an assessment should be completed within 45 working days of the referral.',
    ],
    events: [
      (c) => `${c.P} asked for stage two in ${c.when[2]}. ${c.OC} did not appoint an investigating officer and an independent person until ${c.when[4]}. Their fees came to ${c.$(2500, 6000, 100)}.`,
      (c) => `The stage two investigation upheld most of ${c.Pp} complaints. ${c.OC} apologised but did not offer any other remedy.`,
      (c) => `The social worker completed the assessment of B’s needs in ${c.when[5]}, more than four months after the referral.`,
    ],
    faults: [
      (c) => `${c.OC} took more than seven months to complete stage two of the statutory procedure. This was fault.`,
      (c) => `${c.OC} did not complete B’s assessment within 45 working days and did not explain the delay to ${c.P}. This was fault.`,
    ],
    closure: [(c) => `The matters ${c.P} complains about are the subject of ongoing care proceedings in the family court, which we cannot investigate.`],
    purposes: ['the distress and uncertainty caused by the delay at stage two', 'the missed short breaks for B'],
    service: 'the short breaks set out in B’s plan',
    refund: ['the costs of the private therapy the family arranged'],
    waive: [],
    improve: [
      'set up a report so a senior manager is told whenever a stage two investigation runs beyond 65 working days',
      'remind social workers of the 45 working day timescale for assessments',
    ],
  },
  education: {
    topics: {
      'alternative-provision': [(c) => `${c.Opc} failure to arrange suitable education for ${c.his} son, B, while he was out of school`],
      other: [(c) => `the way ${c.O} dealt with ${c.his} concerns about ${c.his} daughter’s education`],
      'school-admissions': [(c) => `the way the appeal panel considered ${c.his} appeal for a place for ${c.his} son, B, at ${c.his} preferred school`],
      'school-exclusions': [(c) => `the independent review panel’s handling of ${c.his} son’s permanent exclusion`],
      'school-transport': [(c) => `${c.Opc} decision to refuse free home to school transport for ${c.his} daughter`],
      'special-educational-needs': [(c) => `delays in ${c.Opc} Education, Health and Care (EHC) needs assessment for ${c.his} son, B, and the provision in his plan`],
    },
    law: [
      () => 'An Education, Health and Care (EHC) plan describes a child’s special educational needs and the help they will get. The council has a duty to secure the special educational provision in the plan. (Children and Families Act 2014, section 42)',
      () => 'The process of assessing needs and issuing a final EHC plan should take no more than 20 weeks from the date of the request. (Special Educational Needs and Disability Regulations 2014)',
      () => 'Councils must arrange free home to school transport for children of compulsory school age who live beyond the statutory walking distance from their nearest suitable school. (Education Act 1996, section 508B)',
      () => 'Councils must arrange suitable full-time education for children of compulsory school age who, because of illness, exclusion or otherwise, would not receive it. (Education Act 1996, section 19)',
    ],
    events: [
      (c) => `${c.P} asked ${c.O} for an EHC needs assessment in ${c.when[1]}. The final plan was issued in ${c.when[5]}, some ${c.int(30, 52)} weeks later.`,
      (c) => `The plan says B should receive speech and language therapy once a week. The therapist left in ${c.when[3]} and no therapy took place for the rest of the term.`,
      (c) => `An independent therapist quoted ${c.$(70, 110, 5)} a session, but ${c.O} said it could not commission private therapy without a panel decision.`,
      (c) => `B attended a tuition centre for ${c.int(5, 12)} hours a week between ${c.when[2]} and ${c.when[4]}.`,
    ],
    faults: [
      (c) => `${c.OC} took more than 20 weeks to issue B’s EHC plan. This was fault.`,
      (c) => `${c.OC} did not secure the speech and language therapy in B’s plan for a whole term. This was fault.`,
      (c) => `${c.OC} did not consider whether the education B received was suitable and full-time. This was fault.`,
    ],
    closure: [(c) => `${c.P} had a right of appeal to the SEND Tribunal, and it was reasonable for ${c.him} to use it.`],
    purposes: ['the education B missed', 'the distress and uncertainty the delay caused the family', 'the frustration and time and trouble of chasing the Council'],
    service: 'the provision in his EHC plan',
    refund: ['the cost of the private tutoring the family paid for', 'the bus fares the family paid while the transport decision was reconsidered'],
    waive: [],
    improve: [
      'review how it monitors the 20-week timescale for EHC plans and tell us what it will do to reduce delays',
      'set up a way of checking that the provision in EHC plans is delivered when a provider tells it there will be a gap',
      'remind officers that they must consider their duty to arrange alternative provision as soon as a child is out of school',
    ],
  },
};
