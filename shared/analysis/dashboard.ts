import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { GUIDELINES_STAGES, type GuidelinesStage, type Sector } from '../domain/enums';
import { receptionRoleOf, type ReceptionRole } from '../domain/receptionRoles';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { isAgreementInForceAsOf, isTieActiveOn, type AgreementDates, type TieDates } from './activeOnDay';
import { isOverdueFollowUp } from './followUps';

// The figures of the dashboard (issue 4), derived on the fly from the records, never stored.
//
// Region scope: `null` means the whole network. Where a figure is "in a region":
// - a stakeholder: its own region (national, EU and international ones are in none);
// - a bridge: the regions of its reception and health ends, so a CAS in Sicily tied to a
//   national health body is a Sicilian bridge, and a tie between a Lazio centre and a
//   Campania health authority counts once in each of the two regions (and once overall);
// - an agreement: the regions of any of its parties;
// - an action: its own list of regions; a follow-up: the regions of its action.

export type RegionScope = RegionId | null;

// Without a category a reception stakeholder counts as a facility (receptionRoleOf).
type StakeholderEnd = Pick<Stakeholder, 'id' | 'sector' | 'region'> & { categoryId?: string };

export interface StageCount {
  stage: GuidelinesStage;
  count: number;
}

/** Stakeholders per guidelines stage, from not engaged to implementing, every stage listed. */
export function stageFunnel(
  stakeholders: readonly Pick<Stakeholder, 'guidelinesStage' | 'region'>[],
  region: RegionScope = null,
): StageCount[] {
  const counts = new Map<GuidelinesStage, number>(GUIDELINES_STAGES.map((stage) => [stage, 0]));
  for (const stakeholder of stakeholders) {
    if (region !== null && stakeholder.region !== region) continue;
    counts.set(stakeholder.guidelinesStage, (counts.get(stakeholder.guidelinesStage) ?? 0) + 1);
  }
  return GUIDELINES_STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

/** A tie between the reception system and the health system: the question the programmes exist for. */
export interface Bridge {
  kind: 'relationship' | 'agreement';
  /** The relationship's or the agreement's id. */
  id: string;
  receptionIds: string[];
  /** The reception ends that host people (CAS, SAI…): receptionIds without the offices. */
  facilityIds: string[];
  /** The reception ends that govern reception (Prefetture…). */
  officeIds: string[];
  healthIds: string[];
  /** Regions of its reception and health ends, each once. */
  regions: RegionId[];
}

export interface BridgeNetwork {
  stakeholders: readonly StakeholderEnd[];
  relationships: readonly (Pick<Relationship, 'id' | 'sourceId' | 'targetId'> & TieDates)[];
  agreements: readonly (Pick<Agreement, 'id' | 'parties'> & AgreementDates)[];
}

function regionsOf(ends: readonly StakeholderEnd[]): RegionId[] {
  return [...new Set(ends.map((end) => end.region).filter((region): region is RegionId => region !== null))];
}

function bridgeOf(kind: Bridge['kind'], id: string, ends: readonly StakeholderEnd[]): Bridge | null {
  const ofSector = (sector: Sector) => ends.filter((end) => end.sector === sector);
  const reception = ofSector('reception');
  const health = ofSector('health');
  if (reception.length === 0 || health.length === 0) return null;
  return {
    kind,
    id,
    receptionIds: reception.map((end) => end.id),
    facilityIds: reception.filter((end) => receptionRoleOf(end) === 'facility').map((end) => end.id),
    officeIds: reception.filter((end) => receptionRoleOf(end) === 'governance').map((end) => end.id),
    healthIds: health.map((end) => end.id),
    regions: regionsOf([...reception, ...health]),
  };
}

/**
 * Relationships active on `today` with one reception and one health end, and agreements in
 * force on it (signed or in force, begun, not past their expiry) with at least one reception
 * and one health party: the same rules as the map "as of" a day and the programme report
 * (activeOnDay.ts). Ties not begun or already ended, and agreements still in the drafting,
 * not yet in force or already ended, do not connect anyone.
 */
export function receptionHealthBridges(network: BridgeNetwork, today: string): Bridge[] {
  const byId = new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const ends = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((end): end is StakeholderEnd => end !== undefined);
  const bridges: Bridge[] = [];
  for (const relationship of network.relationships) {
    if (!isTieActiveOn(relationship, today)) continue;
    const bridge = bridgeOf('relationship', relationship.id, ends([relationship.sourceId, relationship.targetId]));
    if (bridge) bridges.push(bridge);
  }
  for (const agreement of network.agreements) {
    if (!isAgreementInForceAsOf(agreement, today)) continue;
    const bridge = bridgeOf('agreement', agreement.id, ends(agreement.parties.map((party) => party.stakeholderId)));
    if (bridge) bridges.push(bridge);
  }
  return bridges;
}

export function bridgesIn(bridges: readonly Bridge[], region: RegionScope): Bridge[] {
  return region === null ? [...bridges] : bridges.filter((bridge) => bridge.regions.includes(region));
}

/** The reception stakeholders some bridge reaches. */
export function bridgedReceptionIds(bridges: readonly Bridge[]): Set<string> {
  return new Set(bridges.flatMap((bridge) => bridge.receptionIds));
}

/** Reception stakeholders of the role (facilities unless told) in the region. */
export function receptionOfRole<S extends StakeholderEnd>(
  stakeholders: readonly S[],
  region: RegionScope,
  role: ReceptionRole = 'facility',
): S[] {
  return stakeholders.filter(
    (stakeholder) => receptionRoleOf(stakeholder) === role && (region === null || stakeholder.region === region),
  );
}

/**
 * Reception stakeholders (in the region) outside `bridged` (bridgedReceptionIds): the gaps in
 * the network. Facilities (CAS, SAI…) unless `role` asks for the offices that govern reception.
 */
export function receptionWithoutBridge<S extends StakeholderEnd>(
  stakeholders: readonly S[],
  bridged: ReadonlySet<string>,
  region: RegionScope,
  role: ReceptionRole = 'facility',
): S[] {
  return receptionOfRole(stakeholders, region, role).filter((stakeholder) => !bridged.has(stakeholder.id));
}

/** Regions an agreement belongs to: those of its parties. */
export function agreementRegions(
  agreement: Pick<Agreement, 'parties'>,
  regionOf: ReadonlyMap<string, RegionId | null>,
): RegionId[] {
  const regions = agreement.parties.map((party) => regionOf.get(party.stakeholderId) ?? null);
  return [...new Set(regions.filter((region): region is RegionId => region !== null))];
}

export function agreementsIn<A extends Pick<Agreement, 'parties'>>(
  agreements: readonly A[],
  regionOf: ReadonlyMap<string, RegionId | null>,
  region: RegionScope,
): A[] {
  return region === null
    ? [...agreements]
    : agreements.filter((agreement) => agreementRegions(agreement, regionOf).includes(region));
}

/**
 * The last `limit` actions carried out (status done) in the region by `today`, latest first:
 * one dated after today (a mistyped year) has not happened yet.
 */
export function recentActions<A extends Pick<AdvocacyAction, 'status' | 'date' | 'regions'>>(
  actions: readonly A[],
  region: RegionScope,
  limit: number,
  today: string,
): A[] {
  return actions
    .filter(
      (action) =>
        action.status === 'done' && action.date <= today && (region === null || action.regions.includes(region)),
    )
    .sort((left, right) => right.date.localeCompare(left.date))
    .slice(0, limit);
}

export interface OverdueCounts {
  /** Every overdue follow-up, whatever the region of its action. */
  overall: number;
  byRegion: Record<RegionId, number>;
}

/**
 * Overdue follow-ups per region: one follow-up counts in each region of its action. Those of
 * cancelled actions are not overdue (isOpenFollowUp).
 */
export function overdueFollowUpCounts(
  followUps: readonly Pick<FollowUp, 'actionId' | 'doneOn' | 'dueDate'>[],
  actions: readonly Pick<AdvocacyAction, 'id' | 'regions' | 'status'>[],
  today: string,
): OverdueCounts {
  const actionById = new Map(actions.map((action) => [action.id, action]));
  const counts: OverdueCounts = {
    overall: 0,
    byRegion: { lazio: 0, lombardia: 0, campania: 0, sicilia: 0, basilicata: 0 },
  };
  for (const followUp of followUps) {
    const action = actionById.get(followUp.actionId);
    if (!isOverdueFollowUp(followUp, action, today)) continue;
    counts.overall += 1;
    for (const region of new Set(action?.regions ?? [])) counts.byRegion[region] += 1;
  }
  return counts;
}

export function overdueCountIn(counts: OverdueCounts, region: RegionScope): number {
  return region === null ? counts.overall : counts.byRegion[region];
}
