import type { Agreement } from '../../../shared/domain/agreement';
import type { Relationship } from '../../../shared/domain/relationship';
import { agreementEdgeId } from './mapModel';

// The focused stakeholder's neighbourhood: who is one or two steps away, through
// relationships and (when the map shows them) shared agreements. The map fits it into
// view, fades the rest, or, in "only this neighbourhood" mode, hides the rest through the
// filters' visibility (mapVisibility's `onlyIds`), so counts and exports follow. It steps
// only along lines the map draws under its filters and day: one two steps away through a
// hidden stakeholder or tie would stand beside the focus with no line leading to it.

export const FOCUS_DEPTHS = [1, 2] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export type NeighbourLookup = (stakeholderId: string) => Iterable<string>;

/** Whether the map draws a line, by its id (a relationship's, or agreementEdgeId's): MapVisibility's edgeIds. */
export interface DrawnLines {
  has(edgeId: string): boolean;
  /**
   * Whether the relationship at this position of the records' list is drawn. Asked by id, the
   * filters list every drawn relationship first (10,000 at 2,000 stakeholders, about 25 ms of a
   * selection); by position they look at its two ends only.
   */
  hasRelationshipAt?(position: number): boolean;
}

/**
 * Who each stakeholder is directly linked to, through the lines `drawn` (all when absent).
 * Agreements are indexed once by party, so a two-step neighbourhood does not pass over every
 * agreement for each neighbour. `incident` is the index's list of each stakeholder's
 * relationships (index.ties.incident).
 */
export function neighbourLookup(
  { relationships, agreements }: { relationships: readonly Relationship[]; agreements: readonly Agreement[] },
  incident: ReadonlyMap<string, readonly number[]>,
  drawn?: DrawnLines,
): NeighbourLookup {
  // A party counts when its own line of the agreement is drawn.
  const isPartyDrawn = (agreement: Agreement, stakeholderId: string) =>
    !drawn || drawn.has(agreementEdgeId(agreement.id, stakeholderId));
  const agreementsOf = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    for (const party of agreement.parties) {
      if (!isPartyDrawn(agreement, party.stakeholderId)) continue;
      const list = agreementsOf.get(party.stakeholderId);
      if (list) list.push(agreement);
      else agreementsOf.set(party.stakeholderId, [agreement]);
    }
  }
  return (stakeholderId) => {
    const neighbours = new Set<string>();
    for (const position of incident.get(stakeholderId) ?? []) {
      const relationship = relationships[position];
      if (!relationship || (drawn && !isRelationshipDrawn(drawn, relationship, position))) continue;
      if (relationship.sourceId === stakeholderId) neighbours.add(relationship.targetId);
      if (relationship.targetId === stakeholderId) neighbours.add(relationship.sourceId);
    }
    for (const agreement of agreementsOf.get(stakeholderId) ?? [])
      for (const party of agreement.parties)
        if (isPartyDrawn(agreement, party.stakeholderId)) neighbours.add(party.stakeholderId);
    neighbours.delete(stakeholderId);
    return neighbours;
  };
}

/** The stakeholder and everyone within `depth` steps, each with its distance (0 for itself). */
export function neighbourhoodOf(
  stakeholderId: string,
  depth: FocusDepth,
  neighboursOf: NeighbourLookup,
): Map<string, number> {
  const distances = new Map<string, number>([[stakeholderId, 0]]);
  let frontier = [stakeholderId];
  for (let step = 1; step <= depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighboursOf(id)) {
        if (distances.has(neighbour)) continue;
        distances.set(neighbour, step);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distances;
}

/** A stored depth, whatever it holds, as a depth the map offers. */
export function parseFocusDepth(value: unknown): FocusDepth {
  return value === 2 ? 2 : 1;
}

const isRelationshipDrawn = (drawn: DrawnLines, relationship: Relationship, position: number): boolean =>
  drawn.hasRelationshipAt ? drawn.hasRelationshipAt(position) : drawn.has(relationship.id);
