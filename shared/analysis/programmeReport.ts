import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import { ACTION_KINDS, GUIDELINES_STAGES, type ActionKind, type GuidelinesStage } from '../domain/enums';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import type { Training } from '../domain/training';
import { addDays, localDayOf, localIsoDate } from '../domain/common';
import {
  isAgreementInForceAsOf,
  isAgreementInForceOn,
  isRelationshipActiveOn,
  isWithinSpan,
  tieSpan,
  type AgreementDates,
  type TieDates,
  type TieSpan,
} from './activeOnDay';
import { agreementRegions } from './dashboard';
import { TRAINEE_GROUPS, trainingCoverage, type TraineeGroup } from './trainingCoverage';

// The programme report (issue 18): for a programme, a period and one region or all, what a
// coordinator tells a funder — stakeholders engaged, ties and bridges gained, agreements
// signed and in force, actions by kind, trainings and people trained, guidelines stages at
// the start and the end, follow-ups done on time. Every figure keeps the ids of the records
// behind it, so the workbook can list them and nobody has to trust a bare number.
// The period's start is the end of the day before its first day: what happened on the first
// day belongs to the period. Records count on the user's calendar day (localDayOf).

export { isAgreementInForceOn, isRelationshipActiveOn };

export interface ReportScope {
  /** Null: every programme, and records tied to none. */
  programmeId: string | null;
  /** Null: all regions. */
  region: RegionId | null;
  /** First and last day of the period (ISO, both included). */
  from: string;
  to: string;
}

export interface ReportNetwork {
  stakeholders: readonly Stakeholder[];
  contacts: readonly Contact[];
  relationships: readonly Relationship[];
  agreements: readonly Agreement[];
  actions: readonly AdvocacyAction[];
  followUps: readonly FollowUp[];
  trainings: readonly Training[];
}

/** What the report's bridges are found from: the ends' sectors, and when ties and agreements began and ended. */
export interface ReportBridgeNetwork {
  stakeholders: readonly Pick<Stakeholder, 'id' | 'sector'>[];
  relationships: readonly (Pick<Relationship, 'id' | 'sourceId' | 'targetId'> & TieDates)[];
  agreements: readonly (Pick<Agreement, 'id' | 'parties'> & AgreementDates)[];
}

/** A stakeholder's guidelines stage on a day; without history, its stage today. */
export type StageAt = (stakeholder: Stakeholder, date: string) => GuidelinesStage;

export interface ProgrammeReport {
  scope: ReportScope;
  stakeholders: { engaged: string[]; atEnd: string[] };
  relationships: { gained: string[]; ended: string[]; activeAtEnd: string[] };
  bridges: { atStart: string[]; atEnd: string[]; gained: string[] };
  agreements: { signed: string[]; inForceAtEnd: string[] };
  actions: { byKind: Record<ActionKind, string[]> };
  trainings: {
    held: string[];
    peopleTrained: number;
    byGroup: Record<TraineeGroup, number>;
    /** Where the people trained work (in the region): with those deleted since (trainings' anonymous tally), peopleTrained. */
    byStakeholder: Array<{ stakeholderId: string; people: number }>;
  };
  stages: { atStart: Record<GuidelinesStage, string[]>; atEnd: Record<GuidelinesStage, string[]> };
  followUps: { doneOnTime: string[]; doneLate: string[]; overdue: string[] };
}

const within = (day: string | null, scope: ReportScope) => day !== null && day >= scope.from && day <= scope.to;
const idsOf = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id);

/**
 * The ids of the reception ↔ health bridges (dashboard.ts receptionHealthBridges) among these
 * records on a day, in its order: ties active on that day, then agreements in force on it
 * (activeOnDay.ts). Whether a tie or an agreement joins a reception and a health stakeholder of the list
 * does not depend on the day, so it is found once for all the days asked, not per day. `spans`,
 * when the caller has worked them out already, are the relationships' own (tieSpan), in their order.
 */
export function bridgeIdsByDay(
  network: ReportBridgeNetwork,
  spans?: ReadonlyArray<TieSpan | null>,
): (day: string) => Set<string> {
  // Filled in a loop, not from [id, sector] pairs: at 10,000 stakeholders every allocation here
  // makes the garbage collector copy the records just read once more.
  const sectorOf = new Map<string, Stakeholder['sector']>();
  for (const stakeholder of network.stakeholders) sectorOf.set(stakeholder.id, stakeholder.sector);
  const ties: Array<{ id: string; span: TieSpan | null }> = [];
  network.relationships.forEach((relationship, index) => {
    const source = sectorOf.get(relationship.sourceId);
    const target = sectorOf.get(relationship.targetId);
    if ((source === 'reception' && target === 'health') || (source === 'health' && target === 'reception'))
      // Each tie's days worked out once, whatever the number of days asked (a Date per tie entered without a start).
      ties.push({ id: relationship.id, span: spans ? spans[index]! : tieSpan(relationship) });
  });
  const bridgeAgreements = network.agreements.filter((agreement) => {
    let hasReception = false;
    let hasHealth = false;
    for (const party of agreement.parties) {
      const sector = sectorOf.get(party.stakeholderId);
      if (sector === 'reception') hasReception = true;
      else if (sector === 'health') hasHealth = true;
    }
    return hasReception && hasHealth;
  });
  return (day) => {
    const ids = new Set<string>();
    for (const tie of ties) if (isWithinSpan(tie.span, day)) ids.add(tie.id);
    for (const agreement of bridgeAgreements) if (isAgreementInForceAsOf(agreement, day)) ids.add(agreement.id);
    return ids;
  };
}

function byStage(stakeholders: readonly Stakeholder[], stageOf: (stakeholder: Stakeholder) => GuidelinesStage) {
  const stages = Object.fromEntries(GUIDELINES_STAGES.map((stage) => [stage, [] as string[]])) as Record<
    GuidelinesStage,
    string[]
  >;
  for (const stakeholder of stakeholders) stages[stageOf(stakeholder)].push(stakeholder.id);
  return stages;
}

export function programmeReport(
  network: ReportNetwork,
  scope: ReportScope,
  stageAt: StageAt = (stakeholder) => stakeholder.guidelinesStage,
  /** The user's calendar day: a follow-up is overdue once its day has passed, whatever the period. */
  today: string = localIsoDate(),
): ProgrammeReport {
  const dayBeforeStart = addDays(scope.from, -1);
  const inProgramme = (ids: readonly string[]) => scope.programmeId === null || ids.includes(scope.programmeId);
  // Needed for one region only: the regions of an agreement's parties.
  let regionOf: Map<string, RegionId | null> | undefined;
  const regionOfEvery = () =>
    (regionOf ??= new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region])));
  const stakeholders = network.stakeholders.filter(
    (stakeholder) =>
      inProgramme(stakeholder.programmeIds) && (scope.region === null || stakeholder.region === scope.region),
  );
  const inScope = new Set(idsOf(stakeholders));
  // Known by the end of the period: added to Trama by then (on the user's calendar day).
  const enteredOn = new Map(stakeholders.map((stakeholder) => [stakeholder.id, localDayOf(stakeholder.createdAt)]));
  const known = stakeholders.filter((stakeholder) => enteredOn.get(stakeholder.id)! <= scope.to);
  const relationships = network.relationships.filter(
    (relationship) => inScope.has(relationship.sourceId) || inScope.has(relationship.targetId),
  );
  const spans = relationships.map(tieSpan);
  const agreements = network.agreements.filter(
    (agreement) =>
      inProgramme(agreement.programmeIds) &&
      (scope.region === null || agreementRegions(agreement, regionOfEvery()).includes(scope.region)),
  );
  const actions = network.actions.filter(
    (action) =>
      inProgramme(action.programmeId ? [action.programmeId] : []) &&
      (scope.region === null || action.regions.includes(scope.region)),
  );
  const trainingsOfPeriod = network.trainings.filter(
    // Held by today: a course planned later in the period has trained nobody yet (as the trainings page counts).
    (training) =>
      inProgramme(training.programmeId ? [training.programmeId] : []) &&
      within(training.date, scope) &&
      training.date <= today,
  );
  // Held in the region; but people count where they work, whichever region trained them.
  const trainings = trainingsOfPeriod.filter((training) => scope.region === null || training.region === scope.region);

  // The ties and agreements are the scope's; their other ends may be anywhere (a national body
  // with no region), and their sectors are looked up among every stakeholder, as the dashboard does.
  // The bridges' days are their ties' spans, worked out once above.
  const bridgesOn = bridgeIdsByDay({ stakeholders: network.stakeholders, relationships, agreements }, spans);
  const bridgesAtStart = bridgesOn(dayBeforeStart);
  const bridgesAtEnd = bridgesOn(scope.to);

  const byKind = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, [] as string[]])) as Record<ActionKind, string[]>;
  for (const action of actions)
    if (action.status !== 'cancelled' && within(action.date, scope)) byKind[action.kind].push(action.id);

  // No training in the period, nobody trained: no index of every contact and stakeholder is built for it.
  const coverage =
    trainingsOfPeriod.length === 0 ? null : trainingCoverage(trainingsOfPeriod, network.contacts, network.stakeholders);
  const regionCoverage =
    coverage?.byRegion.filter((entry) => scope.region === null || entry.region === scope.region) ?? [];
  const trainedBy = [...(coverage?.byStakeholder ?? [])]
    .filter(([id]) => scope.region === null || regionOfEvery().get(id) === scope.region)
    .map(([stakeholderId, counts]) => ({ stakeholderId, people: counts.people }));
  const byGroup = Object.fromEntries(
    TRAINEE_GROUPS.map((group) => [group, regionCoverage.reduce((sum, entry) => sum + entry.byGroup[group], 0)]),
  ) as Record<TraineeGroup, number>;

  // A cancelled action's promises are not owed any more.
  const actionIds = new Set(idsOf(actions.filter((action) => action.status !== 'cancelled')));
  const followUps = network.followUps.filter(
    (followUp) => actionIds.has(followUp.actionId) && within(followUp.dueDate, scope),
  );

  return {
    scope,
    stakeholders: {
      engaged: idsOf(known.filter((stakeholder) => enteredOn.get(stakeholder.id)! >= scope.from)),
      atEnd: idsOf(known),
    },
    relationships: {
      // Begun in the period, by the days it was active (tieSpan), as the map compares: one never active began nowhere.
      gained: idsOf(relationships.filter((_, index) => within(spans[index]?.start ?? null, scope))),
      ended: idsOf(relationships.filter((relationship) => within(relationship.until, scope))),
      activeAtEnd: idsOf(relationships.filter((_, index) => isWithinSpan(spans[index]!, scope.to))),
    },
    bridges: {
      atStart: [...bridgesAtStart],
      atEnd: [...bridgesAtEnd],
      gained: [...bridgesAtEnd].filter((id) => !bridgesAtStart.has(id)),
    },
    agreements: {
      signed: idsOf(agreements.filter((agreement) => within(agreement.signedOn, scope))),
      inForceAtEnd: idsOf(agreements.filter((agreement) => isAgreementInForceAsOf(agreement, scope.to))),
    },
    actions: { byKind },
    trainings: {
      held: idsOf(trainings),
      peopleTrained: regionCoverage.reduce((sum, entry) => sum + entry.people, 0),
      byGroup,
      byStakeholder: trainedBy,
    },
    stages: {
      atStart: byStage(
        known.filter((stakeholder) => enteredOn.get(stakeholder.id)! < scope.from),
        (stakeholder) => stageAt(stakeholder, dayBeforeStart),
      ),
      atEnd: byStage(known, (stakeholder) => stageAt(stakeholder, scope.to)),
    },
    followUps: {
      doneOnTime: idsOf(
        followUps.filter((followUp) => followUp.doneOn !== null && followUp.doneOn <= followUp.dueDate!),
      ),
      doneLate: idsOf(followUps.filter((followUp) => followUp.doneOn !== null && followUp.doneOn > followUp.dueDate!)),
      overdue: idsOf(followUps.filter((followUp) => followUp.doneOn === null && followUp.dueDate! < today)),
    },
  };
}
