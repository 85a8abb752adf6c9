import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';

// The builders of the map's index (mapIndex.ts), each a pure function of the records'
// lists, and the lookups that use them: a filter, a search or an opened group touches only
// the ties of the stakeholders concerned rather than every relationship (250,000 of them at
// 50,000 stakeholders).

export interface TieIndex {
  /** Each stakeholder's relationships (as source or target), by position in the list, ascending. */
  incident: ReadonlyMap<string, readonly number[]>;
  /** Each stakeholder's category group id. */
  categoryGroupOf: ReadonlyMap<string, string>;
  /**
   * Relationships counted per pair of category groups (lower id first), including pairs
   * of a group with itself; only relationships whose two ends are both known stakeholders.
   */
  pairCounts: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface Place {
  /** The node that stands for a stakeholder or a category group: itself, its category group or its region. */
  drawn: string;
  region: string;
}

/**
 * Whether `shown` stakeholders out of `total` are few enough that looking up their ties one
 * by one beats a pass in order over every relationship (measured at 50,000: a tenth is not).
 */
export const isFewOf = (shown: number, total: number): boolean => shown * 10 <= total;

/** Each stakeholder's relationships (as source or target), by position in the list, ascending. */
export function incidentRelationships(relationships: readonly Relationship[]): ReadonlyMap<string, readonly number[]> {
  const incident = new Map<string, number[]>();
  const note = (id: string, position: number) => {
    const list = incident.get(id);
    if (list) list.push(position);
    else incident.set(id, [position]);
  };
  relationships.forEach(({ sourceId, targetId }, position) => {
    note(sourceId, position);
    if (targetId !== sourceId) note(targetId, position);
  });
  return incident;
}

/** The relationship types in use, in order of first appearance. */
export function relationshipTypesIn(relationships: readonly Relationship[]): readonly string[] {
  const seen = new Set<string>();
  for (const relationship of relationships) seen.add(relationship.type);
  return [...seen];
}

/** How many relationships each stakeholder has, as source or target. */
export function degreeOf(relationships: readonly Relationship[]): ReadonlyMap<string, number> {
  const degrees = new Map<string, number>();
  for (const { sourceId, targetId } of relationships) {
    degrees.set(sourceId, (degrees.get(sourceId) ?? 0) + 1);
    degrees.set(targetId, (degrees.get(targetId) ?? 0) + 1);
  }
  return degrees;
}

/** Each stakeholder's position in the list. */
export function stakeholderPositions(stakeholders: readonly Stakeholder[]): ReadonlyMap<string, number> {
  const positionOf = new Map<string, number>();
  stakeholders.forEach((stakeholder, position) => positionOf.set(stakeholder.id, position));
  return positionOf;
}

export interface GroupsByPosition {
  /** The node id of each stakeholder's region, and of its category group, by position. */
  regionAt: readonly string[];
  categoryGroupAt: readonly string[];
}

/**
 * Each stakeholder's group ids by position, every id one shared string: building and
 * hashing 50,000 fresh strings on each redraw was most of an overview's cost.
 */
export function groupsByPosition(
  stakeholders: readonly Stakeholder[],
  regionIdOf: (stakeholder: Stakeholder) => string,
  categoryGroupIdOf: (stakeholder: Stakeholder) => string,
): GroupsByPosition {
  const shared = new Map<string, string>();
  const share = (id: string) => shared.get(id) ?? (shared.set(id, id), id);
  return {
    regionAt: stakeholders.map((stakeholder) => share(regionIdOf(stakeholder))),
    categoryGroupAt: stakeholders.map((stakeholder) => share(categoryGroupIdOf(stakeholder))),
  };
}

export interface RelationshipEnds {
  /** Each relationship's source and target as positions in the stakeholder list; -1 for an unknown id. */
  sources: Int32Array;
  targets: Int32Array;
}

/**
 * Relationships' ends as positions in the stakeholder list (`positionOf`, from
 * stakeholderPositions): a pass over 250,000 relationships then reads numbers from typed
 * arrays instead of looking ids up in sets.
 */
export function relationshipEnds(
  positionOf: ReadonlyMap<string, number>,
  relationships: readonly Relationship[],
): RelationshipEnds {
  const sources = new Int32Array(relationships.length);
  const targets = new Int32Array(relationships.length);
  relationships.forEach(({ sourceId, targetId }, position) => {
    sources[position] = positionOf.get(sourceId) ?? -1;
    targets[position] = positionOf.get(targetId) ?? -1;
  });
  return { sources, targets };
}

/** Adds `count` to the pair (a, b), stored under the lower id first. */
export function addToPair(counts: Map<string, Map<string, number>>, a: string, b: string, count: number): void {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  let row = counts.get(low);
  if (!row) counts.set(low, (row = new Map()));
  row.set(high, (row.get(high) ?? 0) + count);
}

/**
 * `categoryGroupAt` gives each stakeholder's category group id by position (groupsByPosition),
 * `incident` each one's relationships (incidentRelationships).
 */
export function tieIndexOf(
  stakeholders: readonly Stakeholder[],
  relationships: readonly Relationship[],
  categoryGroupAt: readonly string[],
  incident: TieIndex['incident'],
): TieIndex {
  const categoryGroupOf = new Map<string, string>();
  stakeholders.forEach((stakeholder, position) => categoryGroupOf.set(stakeholder.id, categoryGroupAt[position]!));
  const pairCounts = new Map<string, Map<string, number>>();
  for (const { sourceId, targetId } of relationships) {
    const sourceGroup = categoryGroupOf.get(sourceId);
    const targetGroup = categoryGroupOf.get(targetId);
    if (sourceGroup !== undefined && targetGroup !== undefined) addToPair(pairCounts, sourceGroup, targetGroup, 1);
  }
  return { incident, categoryGroupOf, pairCounts };
}

/** The positions, in order, of the relationships of these stakeholders. */
export function relationshipsOf(
  index: TieIndex,
  stakeholderIds: Iterable<string>,
  relationshipCount: number,
): number[] {
  const isLooked = new Uint8Array(relationshipCount);
  for (const id of stakeholderIds) {
    for (const position of index.incident.get(id) ?? []) isLooked[position] = 1;
  }
  const positions: number[] = [];
  isLooked.forEach((flag, position) => void (flag && positions.push(position)));
  return positions;
}

/**
 * Adds to `ties` the relationships not among the `looked` ones, from the index's counts per
 * pair of category groups less those of the looked ones. A tie within a region joins what
 * stands for the two groups; across regions, the two regions; within one node, nothing.
 */
export function countGroupTies(
  index: TieIndex,
  looked: readonly number[],
  relationships: readonly Relationship[],
  ties: Map<string, Map<string, number>>,
  placeOfGroup: (categoryGroupId: string) => Place | undefined,
): void {
  const lookedCounts = new Map<string, Map<string, number>>();
  for (const position of looked) {
    const { sourceId, targetId } = relationships[position]!;
    const source = index.categoryGroupOf.get(sourceId);
    const target = index.categoryGroupOf.get(targetId);
    if (source !== undefined && target !== undefined) addToPair(lookedCounts, source, target, 1);
  }
  for (const [low, row] of index.pairCounts) {
    const from = placeOfGroup(low);
    if (!from) continue;
    for (const [high, total] of row) {
      const count = total - (lookedCounts.get(low)?.get(high) ?? 0);
      const to = placeOfGroup(high);
      if (count <= 0 || !to) continue;
      const source = from.region === to.region ? from.drawn : from.region;
      const target = from.region === to.region ? to.drawn : to.region;
      if (source !== target) addToPair(ties, source, target, count);
    }
  }
}
