/**
 * Category-specific sentences: what the complaint is about, the law and guidance, what happened, the fault found, a
 * reason to close, and the remedy wording (purposes, lost provision, refunds, waivers, service improvements).
 * Keyed by category slug; `topics` by subcategory slug (a missing subcategory falls back to `other`/the first).
 */

export const TOPICS = {
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
  'environment-and-regulation': {
    topics: {
      'antisocial-behaviour': [(c) => `the way ${c.O} responded to ${c.his} reports of antisocial behaviour by ${c.his} neighbours`],
      drainage: [(c) => `${c.Opc} response to flooding of ${c.his} garden from a blocked culvert`],
      licensing: [(c) => `${c.Opc} decision to grant a premises licence to a bar near ${c.his} home`],
      noise: [(c) => `the way ${c.O} dealt with ${c.his} reports of noise from a neighbouring business`],
      other: [(c) => `${c.Opc} handling of ${c.his} reports of fly-tipping on land next to ${c.his} home`],
      'refuse-and-recycling': [(c) => `repeated missed bin collections and ${c.Opc} garden waste service`],
      trees: [(c) => `${c.Opc} refusal to prune a council-owned tree that overhangs ${c.his} garden`],
    },
    law: [
      () => 'Councils must take reasonable steps to investigate complaints about noise that may be a statutory nuisance. If they are satisfied a statutory nuisance exists, they must serve an abatement notice. (Environmental Protection Act 1990, sections 79 and 80)',
      () => 'Councils must arrange for the collection of household waste. Many councils charge for garden waste collections, usually by annual subscription.',
    ],
    events: [
      (c) => `${c.Pp} garden waste subscription cost ${c.$(40, 75, 1)} for the year. The Council missed ${c.int(4, 11)} of the fortnightly collections between ${c.when[2]} and ${c.when[4]}.`,
      (c) => `The officer issued diary sheets in ${c.when[2]}. ${c.P} returned them within a month, but ${c.O} did not install noise monitoring equipment until ${c.when[5]}.`,
      (c) => `${c.OC} issued a fixed penalty notice of ${c.$(100, 500, 50)} to the business in ${c.when[5]}.`,
      (c) => `${c.P} paid ${c.$(900, 3200, 50)} for secondary glazing to reduce the noise in ${c.his} bedroom.`,
    ],
    faults: [
      (c) => `${c.OC} took ${c.int(4, 9)} months to install monitoring equipment, when its procedure says this should happen within four weeks of diaries showing a pattern. This was fault.`,
      (c) => `${c.OC} did not put right the missed collections despite ${c.Pp} repeated reports. This was fault.`,
    ],
    closure: [(c) => `${c.OC} has now served an abatement notice, which is the outcome ${c.P} wanted, so an investigation would not achieve anything more.`],
    purposes: ['the disturbance and loss of sleep caused by the delay', 'the frustration of the repeated missed collections'],
    service: null,
    refund: ['the garden waste subscription for the year', 'the charge for the bulky waste collection that did not take place'],
    waive: [['garden waste charge', 'for next year’s subscription']],
    improve: [
      'review how it allocates noise monitoring equipment, so that cases where diaries show a clear pattern are not left waiting',
      'put in place a system to flag addresses with repeated missed collections to a supervisor',
    ],
  },
  health: {
    topics: {
      'hospital-acute-services': [(c) => `the discharge of ${c.his} father, Mr W, from hospital without a package of care in place`],
      other: [(c) => `the care and treatment ${c.his} mother, Mrs Y, received and the way ${c.his} concerns were handled`],
    },
    law: [() => 'The NHS Constitution says patients have the right to be involved in planning and making decisions about their health and care, and to be given information to enable them to do this.'],
    events: [(c) => `Mr W was discharged in ${c.when[2]}. The discharge summary said a care package had been arranged, but the first visit did not take place for ${c.int(3, 9)} days.`],
    faults: [(c) => `${c.OC} did not check that the care package was in place before discharging Mr W. This was fault.`],
    closure: [(c) => `The matters ${c.P} raises about clinical care are for the Parliamentary and Health Service Ombudsman.`],
    purposes: ['the distress caused by the unsafe discharge'],
    service: null,
    refund: [],
    waive: [],
    improve: ['share the learning from this complaint with the discharge team and tell us what it has done'],
  },
  housing: {
    topics: {
      allocations: [(c) => `the band ${c.O} gave ${c.his} family on its housing register`],
      homelessness: [
        (c) => `the temporary accommodation ${c.O} provided after ${c.he} became homeless`,
        (c) => `${c.Opc} handling of ${c.his} homelessness application and the suitability of ${c.his} temporary accommodation`,
      ],
      other: [(c) => `${c.Opc} handling of repairs to ${c.his} council home`],
      'private-housing': [(c) => `${c.Opc} response to ${c.his} reports of damp and mould in ${c.his} privately rented home`],
    },
    law: [
      () => 'If a council has reason to believe an applicant may be homeless, eligible for assistance and in priority need, it must provide interim accommodation. (Housing Act 1996, section 188)',
      () => 'Bed and breakfast accommodation is not suitable for families with children except in an emergency, and then for no more than six weeks. (Homelessness (Suitability of Accommodation) (England) Order 2003)',
      () => 'Every council must have a housing allocations scheme for deciding priorities between applicants, and must allocate accommodation in line with it. (Housing Act 1996, section 166A)',
      () => 'Councils can use their powers under the Housing Health and Safety Rating System to inspect privately rented homes and require landlords to remove serious hazards. (Housing Act 2004)',
    ],
    events: [
      (c) => `${c.OC} placed ${c.P} and ${c.his} two children in a single room in bed and breakfast accommodation in ${c.when[2]}. They stayed there for ${c.int(9, 20)} weeks.`,
      (c) => `${c.P} sent ${c.O} a letter from ${c.his} GP in ${c.when[3]} explaining that the temporary accommodation was affecting ${c.his} son’s asthma. ${c.OC} did not review its suitability.`,
      (c) => `The rent for the flat was ${c.$(950, 1900, 25)} a month. ${c.P} had rent arrears of ${c.$(600, 3500, 1)}.45 when ${c.he} approached the Council.`,
      (c) => `An environmental health officer inspected the property in ${c.when[4]} and found category 1 hazards from damp and mould.`,
    ],
    faults: [
      (c) => `${c.OC} kept the family in bed and breakfast accommodation for longer than the six weeks the law allows. This was fault.`,
      (c) => `${c.OC} did not review the suitability of the temporary accommodation when ${c.P} sent medical evidence. This was fault.`,
      (c) => `${c.OC} placed the family in the wrong band for ${c.int(6, 19)} months. This was fault.`,
    ],
    closure: [(c) => `${c.P} had a right to ask for a review of the suitability of ${c.his} accommodation and then to appeal to the county court on a point of law, and it was reasonable to expect ${c.him} to do so.`],
    purposes: ['the distress and disruption the family suffered living in unsuitable temporary accommodation', 'the uncertainty and lost opportunity to bid for properties', 'the time and trouble of pursuing the complaint'],
    service: null,
    refund: ['the storage charges the family paid while in temporary accommodation', 'the rent the family paid for the unsuitable room'],
    waive: [['outstanding charges', 'for the temporary accommodation'], ['rent arrears', 'that built up while the decision was delayed']],
    improve: [
      'review how it places families with children in bed and breakfast accommodation, so that families are moved on within six weeks',
      'remind housing officers they must review the suitability of temporary accommodation when a household tells them its circumstances have changed',
      'check whether the family missed out on any properties they could have bid for and tell us what it found',
    ],
  },
  'other-categories': {
    topics: {
      'councillor-conduct-and-standards': [(c) => `the way ${c.O} dealt with ${c.his} complaint that a councillor breached the code of conduct`],
      land: [(c) => `${c.Opc} handling of ${c.his} request to buy a strip of council land next to ${c.his} home`],
      other: [(c) => `the way ${c.O} responded to ${c.his} request for information`],
    },
    law: [() => 'Councils must have arrangements for investigating allegations that a councillor has failed to comply with the council’s code of conduct. (Localism Act 2011, section 28)'],
    events: [(c) => `${c.OC} valued the land at ${c.$(4000, 18000, 500)} and asked ${c.P} to pay its legal fees of ${c.$(300, 900, 50)} before it would proceed.`],
    faults: [(c) => `${c.OC} did not follow its own procedure for assessing complaints about councillors. This was fault.`],
    closure: [(c) => `The Information Commissioner is better placed to consider ${c.Pp} concerns about how ${c.O} handled ${c.his} request for information.`],
    purposes: ['the frustration and uncertainty caused'],
    service: null,
    refund: ['the legal fees it asked for in advance'],
    waive: [],
    improve: ['review its procedure for assessing code of conduct complaints'],
  },
  planning: {
    topics: {
      'building-control': [(c) => `${c.Opc} building control inspections of ${c.his} neighbour’s extension`],
      enforcement: [(c) => `${c.Opc} decision not to take planning enforcement action over a fence and raised decking built by ${c.his} neighbour`],
      other: [(c) => `the way ${c.O} consulted on its draft local plan`],
      'planning-applications': [(c) => `${c.Opc} decision to grant planning permission for a two-storey extension next to ${c.his} home`],
    },
    law: [
      () => 'Councils should decide planning applications in line with the development plan, unless material considerations indicate otherwise. Material considerations include overlooking, loss of light and highway safety. (Planning and Compulsory Purchase Act 2004, section 38(6))',
      () => 'Planning enforcement is discretionary. Government guidance says councils should act in a way that is proportionate to the breach of planning control.',
    ],
    events: [
      (c) => `The neighbour’s application was validated in ${c.when[1]}. The officer’s report did not mention ${c.Pp} objection about loss of light to ${c.his} kitchen.`,
      (c) => `${c.P} paid an architect ${c.$(400, 1500, 50)} to prepare a report on the effect of the extension on ${c.his} home.`,
      (c) => `The officer visited the site in ${c.when[4]} and measured the fence at 2.35 metres, which is above the 2 metre height allowed as permitted development.`,
      (c) => `${c.P} says the extension has reduced the value of ${c.his} home by ${c.$(10000, 40000, 1000)}.`,
    ],
    faults: [
      (c) => `There is no evidence the officer considered the effect of the extension on ${c.Pp} kitchen window. This was fault.`,
      (c) => `${c.OC} took ${c.int(5, 10)} months to visit the site on a case its enforcement plan says it should visit within 12 weeks. This was fault.`,
    ],
    closure: [(c) => `${c.OC} considered the relevant evidence before deciding not to take enforcement action. We cannot criticise a decision it was entitled to make simply because ${c.P} disagrees with it.`],
    purposes: ['the uncertainty about whether the decision would have been different', 'the time and trouble of pursuing the complaint'],
    service: null,
    refund: ['the planning application fee'],
    waive: [],
    improve: [
      'remind planning officers to record how they have considered the effect of development on neighbouring windows',
      'review how it prioritises enforcement cases so that site visits happen within the timescales in its plan',
    ],
  },
  'transport-and-highways': {
    topics: {
      'highway-repair-and-maintenance': [(c) => `${c.Opc} failure to repair a pothole that damaged ${c.his} car and the way it dealt with ${c.his} claim`],
      other: [(c) => `${c.Opc} decision to refuse ${c.his} application for a Blue Badge`],
      'parking-and-other-penalties': [(c) => `a penalty charge notice ${c.O} issued for parking in a bay ${c.he} says was not properly marked`],
      'traffic-management': [(c) => `${c.Opc} decision to introduce a low traffic neighbourhood on ${c.his} street`],
    },
    law: [
      () => 'Highway authorities have a duty to maintain the highway. Whether an authority is liable for damage caused by the condition of a road is a legal question for the courts. (Highways Act 1980, section 41)',
      () => 'Motorists can challenge a penalty charge notice by making representations to the council and then by appealing to an independent adjudicator at the Traffic Penalty Tribunal or London Tribunals.',
    ],
    events: [
      (c) => `${c.Pp} garage repaired a damaged wheel and tyre for ${c.$(250, 1850, 10)}, which ${c.he} paid.`,
      (c) => `The penalty charge was ${c.$(50, 130, 10)}, reduced by half if paid within 14 days.`,
      (c) => `${c.OC} rejected ${c.Pp} claim in ${c.when[3]}, saying the defect had not been reported before the incident.`,
    ],
    faults: [
      (c) => `${c.OC} did not respond to ${c.Pp} complaint for ${c.int(4, 7)} months, when its policy promises a response within 20 working days. This was fault.`,
      (c) => `${c.OC} did not consider the evidence ${c.P} sent with ${c.his} representations. This was fault.`,
    ],
    closure: [(c) => `${c.P} could have appealed to the independent adjudicator, and it was reasonable to expect ${c.him} to do so.`],
    purposes: ['the time and trouble its delay in answering the complaint caused', 'the frustration and uncertainty caused'],
    service: null,
    refund: ['the penalty charge that was paid'],
    waive: [['penalty charge', 'and cancel the charge certificate']],
    improve: ['remind staff dealing with representations to consider all the evidence provided and record their reasons'],
  },
};

/** The pack for a category, and one complaint topic for its subcategory. */
export function topicPack(catSlug, subSlug) {
  const pack = TOPICS[catSlug];
  const topics = pack.topics[subSlug] ?? pack.topics.other ?? Object.values(pack.topics)[0];
  return { pack, topics };
}
