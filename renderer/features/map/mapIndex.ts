import type { GroupsByPosition, RelationshipEnds, TieIndex } from './mapTieIndex';

// What the map looks up again and again, built once per data load from the records'
// lists (prepareMapIndexes.ts) and handed on with them ({ records, index }, from
// useMapRecords): filters, the overview, the legend and the side panel read it instead
// of passing over 250,000 relationships on every change. It answers for the records it
// was built from only, so the two always travel together.

export interface MapIndex {
  /** Each stakeholder's position in the records' list, by id. */
  positionOf: ReadonlyMap<string, number>;
  /** Each relationship's ends as stakeholder positions, -1 for an id no stakeholder has. */
  ends: RelationshipEnds;
  /** The relationship types in use, in order of first appearance. */
  relationshipTypes: readonly string[];
  /** How many relationships each stakeholder has, and the most any one has. */
  degrees: ReadonlyMap<string, number>;
  maxDegree: number;
  /** Each stakeholder's region node and category group, by position. */
  groups: GroupsByPosition;
  /** Each stakeholder's relationships by position, and the counts per pair of category groups. */
  ties: TieIndex;
}
