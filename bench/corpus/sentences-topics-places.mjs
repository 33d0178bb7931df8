/**
 * Category sentences (see sentences-topics.mjs) for places and the rest: environment and regulation, health,
 * housing, other categories, planning, transport and highways.
 */
export const PLACE_TOPICS = {
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
