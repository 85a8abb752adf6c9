import type { AsOfNetwork, DayComparison, FunnelMovement } from '../../../shared/analysis/asOf';
import type { RegionScope } from '../../../shared/analysis/dashboard';
import type { GuidelinesStage } from '../../../shared/domain/enums';
import type { Stakeholder } from '../../../shared/domain/stakeholder';

// What the "Compare two dates" card shows for a region (or all): compareDays' answer cut to
// the stakeholders of the region, with the records behind each id named. Every step is a
// pass over the records with Maps and Sets: 10,000 stakeholders compare in milliseconds.

export interface NamedStakeholder {
  id: string;
  name: string;
}

export interface TieChange {
  id: string;
  type: string;
  ends: [NamedStakeholder, NamedStakeholder];
}

export type BridgeChange =
  | ({ kind: 'relationship' } & TieChange)
  | { kind: 'agreement'; id: string; title: string; parties: NamedStakeholder[] };

export interface StageMove {
  stakeholder: NamedStakeholder;
  /** Null: not yet known to Trama on the first day. */
  from: GuidelinesStage | null;
  to: GuidelinesStage;
}

export interface DayComparisonView {
  /** The whole network first when no region is chosen, then each region; only the region otherwise. */
  funnels: FunnelMovement[];
  ties: { gained: TieChange[]; lost: TieChange[] };
  bridges: { gained: BridgeChange[]; lost: BridgeChange[] };
  stageMoves: StageMove[];
  /** Stakeholders of the scope whose stage on a past day is today's, for want of recorded changes. */
  stageFromCurrent: number;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** compareDays' answer for the region (null: all), from the records it was worked out from. */
export function dayComparisonView(
  network: AsOfNetwork,
  comparison: DayComparison,
  region: RegionScope,
  today: string,
): DayComparisonView {
  const stakeholders = new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const relationships = new Map(network.relationships.map((relationship) => [relationship.id, relationship]));
  const agreements = new Map(network.agreements.map((agreement) => [agreement.id, agreement]));
  const isInScope = (stakeholder: Stakeholder | undefined) =>
    stakeholder !== undefined && (region === null || stakeholder.region === region);
  const named = (id: string): NamedStakeholder => ({ id, name: stakeholders.get(id)?.name ?? id });

  const tie = (id: string): TieChange | undefined => {
    const relationship = relationships.get(id);
    if (!relationship) return undefined;
    const [source, target] = [stakeholders.get(relationship.sourceId), stakeholders.get(relationship.targetId)];
    if (!isInScope(source) && !isInScope(target)) return undefined;
    return { id, type: relationship.type, ends: [named(relationship.sourceId), named(relationship.targetId)] };
  };
  const bridge = (id: string): BridgeChange | undefined => {
    const agreement = agreements.get(id);
    if (!agreement) {
      const asTie = tie(id);
      return asTie && { kind: 'relationship', ...asTie };
    }
    const partyIds = agreement.parties.map((party) => party.stakeholderId);
    if (!partyIds.some((partyId) => isInScope(stakeholders.get(partyId)))) return undefined;
    return { kind: 'agreement', id, title: agreement.title, parties: partyIds.map(named) };
  };
  const sortKey = (change: TieChange | BridgeChange) =>
    'title' in change ? change.title : `${change.ends[0].name}\u0000${change.ends[1].name}`;
  const listOf = <Change extends TieChange | BridgeChange>(
    ids: readonly string[],
    read: (id: string) => Change | undefined,
  ): Change[] => {
    // Keys made once, not at each of the sort's comparisons: thousands of ties a year at 10,000 stakeholders.
    const keyed: Array<{ key: string; change: Change }> = [];
    for (const id of ids) {
      const change = read(id);
      if (change) keyed.push({ key: sortKey(change), change });
    }
    return keyed.sort((one, other) => byName.compare(one.key, other.key)).map(({ change }) => change);
  };

  const stageMoves = comparison.stageMoves
    .filter((move) => isInScope(stakeholders.get(move.id)))
    .map((move) => ({ stakeholder: named(move.id), from: move.from, to: move.to }))
    .sort((one, other) => byName.compare(one.stakeholder.name, other.stakeholder.name));

  // Today's stage is the truth for today: only days before it borrow it.
  const borrowed = new Set(comparison.from.stageFromCurrent);
  if (comparison.to.day < today) for (const id of comparison.to.stageFromCurrent) borrowed.add(id);
  let stageFromCurrent = 0;
  for (const id of borrowed) if (isInScope(stakeholders.get(id))) stageFromCurrent += 1;

  return {
    funnels: region === null ? comparison.funnels : comparison.funnels.filter((funnel) => funnel.region === region),
    ties: { gained: listOf(comparison.ties.gained, tie), lost: listOf(comparison.ties.lost, tie) },
    bridges: { gained: listOf(comparison.bridges.gained, bridge), lost: listOf(comparison.bridges.lost, bridge) },
    stageMoves,
    stageFromCurrent,
  };
}

/** The same calendar day a year earlier (29 February becomes the 28th): the first day compared by default. */
export function yearBefore(day: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  const earlier = String(Number(year) - 1).padStart(4, '0');
  return month === '02' && date === '29' ? `${earlier}-02-28` : `${earlier}-${month}-${date}`;
}
