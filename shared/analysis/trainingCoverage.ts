import type { Sector } from '../domain/enums';
import { receptionRoleOf } from '../domain/receptionRoles';
import { REGION_IDS, type RegionId } from '../domain/regions';

// Who the trainings reached (issue 18): people trained per stakeholder and per region, by the
// kind of work their organisation does, and the reception facilities where nobody has been
// trained yet — the places a programme would train next. A person attending two trainings is
// one person trained; attendees are counted where their organisation is, not where the
// training was held. Attendees deleted since stay counted, anonymously (Training.formerAttendees):
// in the people trained by region and kind of work, not per stakeholder (their link to one is
// gone) nor in a facility's coverage (whether someone trained works there now).

export const TRAINEE_GROUPS = [
  'reception-operators',
  'reception-offices',
  'health-workers',
  'social-workers',
  'others',
] as const;
export type TraineeGroup = (typeof TRAINEE_GROUPS)[number];

interface FormerAttendeeFacts {
  token: string;
  region: RegionId | null;
  sector: Sector;
  categoryId: string;
}
interface TrainingFacts {
  id: string;
  date: string;
  attendeeIds: readonly string[];
  /** Absent on trainings stored before the tally existed. */
  formerAttendees?: readonly FormerAttendeeFacts[];
}
interface ContactFacts {
  id: string;
  stakeholderId: string;
}
interface StakeholderFacts {
  id: string;
  sector: Sector;
  categoryId?: string;
  region: RegionId | null;
  province: string;
}

export interface CoverageScope {
  /** Only trainings held from this day (ISO, included). */
  from?: string;
  /** Only trainings held up to this day (ISO, included). */
  to?: string;
}

export interface RegionCoverage {
  /** Null: stakeholders with no region. */
  region: RegionId | null;
  people: number;
  byGroup: Record<TraineeGroup, number>;
}

export interface UncoveredProvince {
  region: RegionId | null;
  /** The province's code, '' when the facility gives none. */
  province: string;
  stakeholderIds: string[];
}

export interface TrainingCoverage {
  trainingsHeld: number;
  /** Attendees of today's address book, and those deleted since. */
  peopleTrained: number;
  /** People trained and trainings attended, per stakeholder with at least one (attendees of today's address book). */
  byStakeholder: Map<string, { people: number; trainings: number }>;
  /** Regions in their usual order, then "no region"; only those with people trained or facilities. */
  byRegion: RegionCoverage[];
  coveredFacilityIds: Set<string>;
  /** Reception facilities with no trained operator, by region and province. */
  uncoveredFacilities: UncoveredProvince[];
  /** Attendees that name no contact any more (deleted or erased since): counted here, never guessed at. */
  unknownAttendees: number;
}

export function traineeGroupOf(stakeholder: Pick<StakeholderFacts, 'sector' | 'categoryId'>): TraineeGroup {
  const receptionRole = receptionRoleOf(stakeholder);
  if (receptionRole === 'facility') return 'reception-operators';
  if (receptionRole === 'governance') return 'reception-offices';
  if (stakeholder.sector === 'health') return 'health-workers';
  if (stakeholder.sector === 'social') return 'social-workers';
  return 'others';
}

const emptyGroups = (): Record<TraineeGroup, number> =>
  Object.fromEntries(TRAINEE_GROUPS.map((group) => [group, 0])) as Record<TraineeGroup, number>;

const regionOrder = (region: RegionId | null) => (region === null ? REGION_IDS.length : REGION_IDS.indexOf(region));

export function trainingCoverage(
  trainings: readonly TrainingFacts[],
  contacts: readonly ContactFacts[],
  stakeholders: readonly StakeholderFacts[],
  scope: CoverageScope = {},
): TrainingCoverage {
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  const stakeholderById = new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const held = trainings.filter(
    (training) => (!scope.from || training.date >= scope.from) && (!scope.to || training.date <= scope.to),
  );
  const trained = new Set<string>();
  const formerByToken = new Map<string, FormerAttendeeFacts>();
  const unknown = new Set<string>();
  const trainingsOfStakeholder = new Map<string, Set<string>>();
  for (const training of held) {
    for (const former of training.formerAttendees ?? []) formerByToken.set(former.token, former);
    for (const attendeeId of training.attendeeIds) {
      const contact = contactById.get(attendeeId);
      if (!contact || !stakeholderById.has(contact.stakeholderId)) {
        unknown.add(attendeeId);
        continue;
      }
      trained.add(contact.id);
      const attended = trainingsOfStakeholder.get(contact.stakeholderId) ?? new Set<string>();
      attended.add(training.id);
      trainingsOfStakeholder.set(contact.stakeholderId, attended);
    }
  }

  const byStakeholder = new Map<string, { people: number; trainings: number }>();
  const byRegion = new Map<RegionId | null, RegionCoverage>();
  const regionEntry = (region: RegionId | null) => {
    let entry = byRegion.get(region);
    if (!entry) byRegion.set(region, (entry = { region, people: 0, byGroup: emptyGroups() }));
    return entry;
  };
  for (const contactId of trained) {
    const stakeholder = stakeholderById.get(contactById.get(contactId)!.stakeholderId)!;
    const counts = byStakeholder.get(stakeholder.id) ?? {
      people: 0,
      trainings: trainingsOfStakeholder.get(stakeholder.id)?.size ?? 0,
    };
    counts.people += 1;
    byStakeholder.set(stakeholder.id, counts);
    const entry = regionEntry(stakeholder.region);
    entry.people += 1;
    entry.byGroup[traineeGroupOf(stakeholder)] += 1;
  }
  for (const former of formerByToken.values()) {
    const entry = regionEntry(former.region);
    entry.people += 1;
    entry.byGroup[traineeGroupOf(former)] += 1;
  }

  const coveredFacilityIds = new Set<string>();
  const uncovered = new Map<string, UncoveredProvince>();
  for (const stakeholder of stakeholders) {
    if (receptionRoleOf(stakeholder) !== 'facility') continue;
    regionEntry(stakeholder.region);
    if (byStakeholder.has(stakeholder.id)) {
      coveredFacilityIds.add(stakeholder.id);
      continue;
    }
    const key = `${stakeholder.region ?? ''}/${stakeholder.province}`;
    const place = uncovered.get(key) ?? {
      region: stakeholder.region,
      province: stakeholder.province,
      stakeholderIds: [],
    };
    place.stakeholderIds.push(stakeholder.id);
    uncovered.set(key, place);
  }

  return {
    trainingsHeld: held.length,
    peopleTrained: trained.size + formerByToken.size,
    byStakeholder,
    byRegion: [...byRegion.values()].sort((one, other) => regionOrder(one.region) - regionOrder(other.region)),
    coveredFacilityIds,
    uncoveredFacilities: [...uncovered.values()].sort(
      (one, other) => regionOrder(one.region) - regionOrder(other.region) || one.province.localeCompare(other.province),
    ),
    unknownAttendees: unknown.size,
  };
}
