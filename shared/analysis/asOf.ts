import type { Agreement } from '../domain/agreement';
import { GUIDELINES_STAGES, type GuidelinesStage } from '../domain/enums';
import type { HistoryEntry } from '../domain/history';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { localDayOf } from '../domain/common';
import { isAgreementInForceAsOf, isTieActiveOn } from './activeOnDay';
import { receptionHealthBridges, stageFunnel, type RegionScope, type StageCount } from './dashboard';

// The network as it stood on a day (issue 18), from the records and their history: who was
// known, which ties were active, which agreements were in force, and each stakeholder's
// guidelines stage. Days are calendar days (YYYY-MM-DD) and a day counts whole: a change made
// during it is in force "as of" it. Two days compared give ties gained and lost, the stage
// funnel's movement per region and the reception ↔ health bridges that appeared or went.
// A record's timestamps count on the user's calendar day (localDayOf), not UTC's.

export { isAgreementInForceAsOf, isTieActiveOn };

const isStage = (value: unknown): value is GuidelinesStage =>
  typeof value === 'string' && (GUIDELINES_STAGES as readonly string[]).includes(value);

/** One recorded change of a stakeholder's stage. */
export interface StageStep {
  at: string;
  /** The user's calendar day of `at`, worked out once. */
  day: string;
  before: GuidelinesStage | null;
  after: GuidelinesStage | null;
}

/** Each stakeholder's stage changes, oldest first, from the history (entries of other records and fields ignored). */
export function stageStepsOf(entries: readonly HistoryEntry[]): Map<string, StageStep[]> {
  const steps = new Map<string, StageStep[]>();
  for (const entry of entries) {
    if (entry.table !== 'stakeholders' || entry.kind !== 'changed') continue;
    const [recordId] = entry.recordIds;
    if (recordId === undefined) continue;
    for (const change of entry.changes) {
      if (change.field !== 'guidelinesStage') continue;
      const list = steps.get(recordId) ?? [];
      list.push({
        at: entry.at,
        day: localDayOf(entry.at),
        before: isStage(change.before) ? change.before : null,
        after: isStage(change.after) ? change.after : null,
      });
      steps.set(recordId, list);
    }
  }
  for (const list of steps.values()) list.sort((one, other) => one.at.localeCompare(other.at));
  return steps;
}

/**
 * Where a stage on a day comes from: `history` (a recorded change says it), or `current`
 * (no change recorded around that day: today's stage is assumed, and the page says so).
 */
export type StageBasis = 'history' | 'current';

/** A stakeholder's stage at the end of `day`: the last recorded change by then, else the stage before the first change after it, else today's. */
export function stageOn(
  stakeholder: Pick<Stakeholder, 'guidelinesStage'>,
  day: string,
  steps: readonly StageStep[] = [],
): { stage: GuidelinesStage; basis: StageBasis } {
  let last: StageStep | undefined;
  for (const step of steps) if (step.day <= day) last = step;
  if (last?.after) return { stage: last.after, basis: 'history' };
  const next = steps.find((step) => step.day > day);
  if (next?.before) return { stage: next.before, basis: 'history' };
  return { stage: stakeholder.guidelinesStage, basis: 'current' };
}

/** The programme report's way of asking a stage on a day (programmeReport.ts StageAt), answered from history. */
export function stageAtFromHistory(entries: readonly HistoryEntry[]) {
  const steps = stageStepsOf(entries);
  return (stakeholder: Stakeholder, day: string): GuidelinesStage =>
    stageOn(stakeholder, day, steps.get(stakeholder.id)).stage;
}

export interface AsOfNetwork {
  stakeholders: readonly Stakeholder[];
  relationships: readonly Relationship[];
  agreements: readonly Agreement[];
  history: readonly HistoryEntry[];
}

export interface NetworkOnDay {
  day: string;
  /** Known to Trama by the end of the day, each with its stage then. */
  stakeholders: Stakeholder[];
  /** Ids of those whose stage on the day is today's, for want of history. */
  stageFromCurrent: string[];
  relationships: Relationship[];
  agreements: Agreement[];
}

export function networkOn(network: AsOfNetwork, day: string, steps = stageStepsOf(network.history)): NetworkOnDay {
  const stageFromCurrent: string[] = [];
  const stakeholders = network.stakeholders
    .filter((stakeholder) => localDayOf(stakeholder.createdAt) <= day)
    .map((stakeholder) => {
      const { stage, basis } = stageOn(stakeholder, day, steps.get(stakeholder.id));
      if (basis === 'current') stageFromCurrent.push(stakeholder.id);
      return stage === stakeholder.guidelinesStage ? stakeholder : { ...stakeholder, guidelinesStage: stage };
    });
  const known = new Set(stakeholders.map((stakeholder) => stakeholder.id));
  return {
    day,
    stakeholders,
    stageFromCurrent,
    relationships: network.relationships.filter(
      (relationship) =>
        known.has(relationship.sourceId) && known.has(relationship.targetId) && isTieActiveOn(relationship, day),
    ),
    agreements: network.agreements.filter((agreement) => isAgreementInForceAsOf(agreement, day)),
  };
}

export interface FunnelMovement {
  /** Null: the whole network. */
  region: RegionScope;
  stages: Array<StageCount & { before: number; change: number }>;
}

export interface DayComparison {
  from: NetworkOnDay;
  to: NetworkOnDay;
  ties: { gained: string[]; lost: string[] };
  /** Bridge ids (the relationship's or the agreement's). */
  bridges: { gained: string[]; lost: string[] };
  /** The whole network first, then each region with a stakeholder on either day. */
  funnels: FunnelMovement[];
  /** Stakeholders whose stage differs between the two days. */
  stageMoves: Array<{ id: string; from: GuidelinesStage | null; to: GuidelinesStage }>;
}

// The ties of a day were active on it (isTieActiveOn), whatever their status says today: one
// ended and since marked inactive was still a bridge on the days before its end.
const activeThen = (relationship: Relationship): Relationship =>
  relationship.status === 'active' ? relationship : { ...relationship, status: 'active' };

const bridgeIdsOn = (
  on: NetworkOnDay,
  relationships: readonly Relationship[],
  agreements: readonly Agreement[],
): Set<string> =>
  new Set(
    receptionHealthBridges(
      { stakeholders: on.stakeholders, relationships: relationships.map(activeThen), agreements },
      on.day,
    ).map((bridge) => bridge.id),
  );

const difference = (left: ReadonlySet<string>, right: ReadonlySet<string>) => [...left].filter((id) => !right.has(id));

/** The network on two days, and what changed from the first to the second. */
export function compareDays(network: AsOfNetwork, fromDay: string, toDay: string): DayComparison {
  const steps = stageStepsOf(network.history);
  const from = networkOn(network, fromDay, steps);
  const to = networkOn(network, toDay, steps);
  const tiesFrom = new Set(from.relationships.map((relationship) => relationship.id));
  const tiesTo = new Set(to.relationships.map((relationship) => relationship.id));
  const ties = { gained: difference(tiesTo, tiesFrom), lost: difference(tiesFrom, tiesTo) };
  // A stakeholder's sector is today's on both days, so a tie of both days is a bridge on both
  // or on neither: only the ties gained or lost can be bridges gained or lost, and the tens of
  // thousands of others need no look. Agreements are few: all of each day's are looked at.
  const [gained, lost] = [new Set(ties.gained), new Set(ties.lost)];
  const bridgesFrom = bridgeIdsOn(
    from,
    from.relationships.filter((relationship) => lost.has(relationship.id)),
    from.agreements,
  );
  const bridgesTo = bridgeIdsOn(
    to,
    to.relationships.filter((relationship) => gained.has(relationship.id)),
    to.agreements,
  );
  const regions = [
    ...new Set(
      [...from.stakeholders, ...to.stakeholders]
        .map((stakeholder) => stakeholder.region)
        .filter((region): region is RegionId => region !== null),
    ),
  ].sort();
  const funnels = [null, ...regions].map((region): FunnelMovement => {
    const before = stageFunnel(from.stakeholders, region);
    return {
      region,
      stages: stageFunnel(to.stakeholders, region).map((count, index) => {
        const was = before[index]?.count ?? 0;
        return { ...count, before: was, change: count.count - was };
      }),
    };
  });
  const stageThen = new Map(from.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.guidelinesStage]));
  const stageMoves = to.stakeholders.flatMap((stakeholder) => {
    const was = stageThen.get(stakeholder.id) ?? null;
    return was === stakeholder.guidelinesStage
      ? []
      : [{ id: stakeholder.id, from: was, to: stakeholder.guidelinesStage }];
  });
  return {
    from,
    to,
    ties,
    bridges: { gained: difference(bridgesTo, bridgesFrom), lost: difference(bridgesFrom, bridgesTo) },
    funnels,
    stageMoves,
  };
}
