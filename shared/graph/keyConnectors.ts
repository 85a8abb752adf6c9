import { isTieActiveOn, type TieDates } from '../analysis/activeOnDay';
import type { Relationship } from '../domain/relationship';
import { betweennessCentrality, type GraphEdge } from './metrics';

// A stakeholder's key connectors: its neighbours ranked by betweenness centrality within
// its neighbourhood of two steps (it, its neighbours and theirs), not the whole network.
// Exact betweenness over the whole network took about 3 s at 2,000 stakeholders on our
// machines, too long for a click; within two steps it is a few milliseconds, and it answers
// the question asked: which of my contacts bridge to the most others around me.
// Ties are the ones the path finder uses (paths.ts): relationships active on the day asked
// about (isTieActiveOn, not the status alone), either direction.

export type ConnectorRelationship = Pick<Relationship, 'sourceId' | 'targetId'> & TieDates;

/** A stakeholder's neighbours by a tie active on the day asked about (repeats allowed). */
export type NeighboursOf = (stakeholderId: string) => Iterable<string>;

/** Each stakeholder's neighbours by a tie active on `day` (YYYY-MM-DD): built once per network and day. */
export function neighbourLists(
  relationships: readonly ConnectorRelationship[],
  day: string,
): ReadonlyMap<string, readonly string[]> {
  const sets = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = sets.get(from);
    if (!set) sets.set(from, (set = new Set()));
    set.add(to);
  };
  for (const relationship of relationships) {
    if (relationship.sourceId === relationship.targetId || !isTieActiveOn(relationship, day)) continue;
    add(relationship.sourceId, relationship.targetId);
    add(relationship.targetId, relationship.sourceId);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set]]));
}

export interface KeyConnectorsOptions {
  /** Above this many stakeholders within two steps, betweenness is estimated from `sampleSize` starting points. */
  exactLimit?: number;
  sampleSize?: number;
}

export interface KeyConnectors {
  /** Neighbours with a betweenness above zero, highest first (then by id, so the order is stable). */
  connectors: { id: string; betweenness: number }[];
  /** How many stakeholders lie within two steps, the stakeholder included. */
  neighbourhoodSize: number;
  /** Starting points of an estimate, or null when exact. */
  sampledSources: number | null;
}

export function keyConnectorsOf(
  neighboursOf: NeighboursOf,
  stakeholderId: string,
  { exactLimit = 1_500, sampleSize = 300 }: KeyConnectorsOptions = {},
): KeyConnectors {
  const first = [...new Set(neighboursOf(stakeholderId))].filter((id) => id !== stakeholderId);
  const inside = new Set([stakeholderId, ...first]);
  for (const id of first) for (const next of neighboursOf(id)) inside.add(next);
  const ids = [...inside];
  const edges: GraphEdge[] = [];
  for (const id of ids) {
    for (const next of neighboursOf(id))
      if (id < next && inside.has(next)) edges.push({ sourceId: id, targetId: next });
  }
  const isEstimate = ids.length > exactLimit;
  const centrality = betweennessCentrality(ids, edges, isEstimate ? { sourceSampleSize: sampleSize } : {});
  const connectors = first
    .map((id) => ({ id, betweenness: centrality.get(id) ?? 0 }))
    .filter((connector) => connector.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { connectors, neighbourhoodSize: ids.length, sampledSources: isEstimate ? sampleSize : null };
}
