import type { Agreement } from '../../../shared/domain/agreement';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { readListParams, writeListParams } from '../../app/queryParams';
import {
  EMPTY_QUERY,
  paramsFromQuery,
  queryFromParams,
  stakeholderMatcher,
  type StakeholderQuery,
} from '../stakeholders/stakeholderQuery';
import { MAP_GROUPS, agreementEdgeId, groupOf, isAgreementEdgeId, type MapGroup } from './mapModel';
import type { MapIndex } from './mapIndex';
import { isFewOf } from './mapTieIndex';
import type { TimeNarrowing } from './mapTime';
import type { DrawnLines } from './neighbourhood';

// What the map shows under the current filters. Filtering hides elements rather than
// removing them, so positions survive and clearing a filter is instant.

export interface MapFilterState {
  /** The registry's own filters (region, category, sector, stage, tag); text is unused. */
  stakeholders: StakeholderQuery;
  relationshipTypes: readonly string[];
  agreementStatuses: readonly string[];
  agreementKinds: readonly string[];
}

export const EMPTY_MAP_FILTERS: MapFilterState = {
  stakeholders: EMPTY_QUERY,
  relationshipTypes: [],
  agreementStatuses: [],
  agreementKinds: [],
};

const LIST_PARAMS = {
  relationshipTypes: 'relType',
  agreementStatuses: 'agreementStatus',
  agreementKinds: 'agreementKind',
} as const;

export function mapFiltersFromParams(params: Readonly<Record<string, string>>): MapFilterState {
  return { stakeholders: { ...queryFromParams(params), text: '' }, ...readListParams(params, LIST_PARAMS) };
}

export function paramsFromMapFilters(filters: MapFilterState): Record<string, string> {
  return { ...paramsFromQuery({ ...filters.stakeholders, text: '' }), ...writeListParams(filters, LIST_PARAMS) };
}

export function hasMapFilters(filters: MapFilterState): boolean {
  return Object.keys(paramsFromMapFilters(filters)).length > 0;
}

export interface MapVisibility {
  stakeholderIds: ReadonlySet<string>;
  /** Whether a relationship (by id) or an agreement edge (by agreementEdgeId) stays drawn. */
  edgeIds: DrawnLines;
  /** 1 where the stakeholder at that position of the records' list is shown. */
  isShownAt: Uint8Array;
  /** The relationship types shown between shown stakeholders; empty for every type. */
  relationshipTypes: ReadonlySet<string>;
  /**
   * Whether every relationship between two known stakeholders stays drawn (every
   * stakeholder shown, every type): the overview then counts ties from the index's totals.
   */
  showsEveryRelationship: boolean;
  /** As of a day (mapTime.ts): whether a relationship is drawn then. The overview, which passes edgeIds by, asks it. */
  isTieInTime?: (relationshipId: string) => boolean;
}

/**
 * `index` is the one built with these records (prepareMapIndexes.ts). `onlyIds`, when
 * given, narrows the map further to those stakeholders ("only this neighbourhood"): they
 * are then hidden as a filter hides them, so counts, ties and exports follow.
 */
export function mapVisibility(
  records: {
    stakeholders: readonly Stakeholder[];
    relationships: readonly Relationship[];
    agreements: readonly Agreement[];
  },
  index: Pick<MapIndex, 'ends' | 'ties'>,
  filters: MapFilterState,
  onlyIds?: { has(stakeholderId: string): boolean },
  /** The map as of a day (mapTime.ts): what was not there then is hidden as a filter hides it. */
  time?: Pick<TimeNarrowing, 'isKnownAt' | 'isTieShown' | 'agreementIds'>,
): MapVisibility {
  const matches = stakeholderMatcher({ ...filters.stakeholders, text: '' });
  const stakeholderIds = new Set<string>();
  const isShown = new Uint8Array(records.stakeholders.length);
  records.stakeholders.forEach((stakeholder, position) => {
    if (!matches(stakeholder) || (onlyIds && !onlyIds.has(stakeholder.id))) return;
    if (time && time.isKnownAt[position] !== 1) return;
    stakeholderIds.add(stakeholder.id);
    isShown[position] = 1;
  });
  const types = new Set(filters.relationshipTypes);
  const statuses = new Set(filters.agreementStatuses);
  const kinds = new Set(filters.agreementKinds);
  const agreementEdgeIds = new Set<string>();
  for (const agreement of records.agreements) {
    if ((statuses.size && !statuses.has(agreement.status)) || (kinds.size && !kinds.has(agreement.kind))) continue;
    if (time && !time.agreementIds.has(agreement.id)) continue;
    for (const party of agreement.parties) {
      if (stakeholderIds.has(party.stakeholderId))
        agreementEdgeIds.add(agreementEdgeId(agreement.id, party.stakeholderId));
    }
  }
  // Listed when first asked: the overview's first drawing at 50,000 stakeholders never asks,
  // and listing 250,000 relationships costs about 100 ms.
  let relationshipIds: Set<string> | undefined;
  const edgeIds = {
    has: (edgeId: string) =>
      isAgreementEdgeId(edgeId)
        ? agreementEdgeIds.has(edgeId)
        : (relationshipIds ??= shownRelationshipIds(records, index, stakeholderIds, isShown, types)).has(edgeId),
  };
  const showsEveryRelationship = stakeholderIds.size === records.stakeholders.length && types.size === 0 && !time;
  const { sources, targets } = index.ends;
  // The same rule as shownRelationshipIds, for one relationship.
  const hasRelationshipAt = (position: number): boolean => {
    const relationship = records.relationships[position];
    if (!relationship || isShown[sources[position]!] !== 1 || isShown[targets[position]!] !== 1) return false;
    return (!types.size || types.has(relationship.type)) && (!time || time.isTieShown(relationship.id));
  };
  const edgeIdsInTime: DrawnLines = {
    has: time
      ? (edgeId: string) => edgeIds.has(edgeId) && (isAgreementEdgeId(edgeId) || time.isTieShown(edgeId))
      : edgeIds.has,
    hasRelationshipAt,
  };
  return {
    stakeholderIds,
    edgeIds: edgeIdsInTime,
    isShownAt: isShown,
    relationshipTypes: types,
    showsEveryRelationship,
    ...(time ? { isTieInTime: (relationshipId: string) => time.isTieShown(relationshipId) } : {}),
  };
}

/** The relationships between shown stakeholders, of the chosen types (all when none are). */
function shownRelationshipIds(
  records: { stakeholders: readonly Stakeholder[]; relationships: readonly Relationship[] },
  index: Pick<MapIndex, 'ends' | 'ties'>,
  stakeholderIds: ReadonlySet<string>,
  isShown: Uint8Array,
  types: ReadonlySet<string>,
): Set<string> {
  const ids = new Set<string>();
  // A network narrowed to a few stakeholders looks only at their ties, each once from its
  // source; for a larger share, one pass in order over every relationship is quicker.
  if (!isFewOf(stakeholderIds.size, records.stakeholders.length)) {
    const { sources, targets } = index.ends;
    records.relationships.forEach((relationship, position) => {
      if (isShown[sources[position]!] !== 1 || isShown[targets[position]!] !== 1) return;
      if (types.size && !types.has(relationship.type)) return;
      ids.add(relationship.id);
    });
    return ids;
  }
  for (const id of stakeholderIds) {
    for (const position of index.ties.incident.get(id) ?? []) {
      const relationship = records.relationships[position]!;
      if (relationship.sourceId !== id || !stakeholderIds.has(relationship.targetId)) continue;
      if (types.size && !types.has(relationship.type)) continue;
      ids.add(relationship.id);
    }
  }
  return ids;
}

/** How many shown stakeholders each group holds, in map order; empty groups left out. */
export function countByGroup(
  stakeholders: readonly Stakeholder[],
  shownIds: ReadonlySet<string>,
): Array<[MapGroup, number]> {
  const counts = new Map<MapGroup, number>();
  for (const stakeholder of stakeholders) {
    if (shownIds.has(stakeholder.id)) counts.set(groupOf(stakeholder), (counts.get(groupOf(stakeholder)) ?? 0) + 1);
  }
  return MAP_GROUPS.filter((group) => counts.has(group)).map((group) => [group, counts.get(group) ?? 0]);
}

/**
 * The stakeholders directly linked to one, by relationships or shared agreements; `incident`
 * is the index's list of each stakeholder's relationships (index.ties.incident).
 */
export function neighboursOf(
  stakeholderId: string,
  { relationships, agreements }: { relationships: readonly Relationship[]; agreements: readonly Agreement[] },
  incident: ReadonlyMap<string, readonly number[]>,
): Set<string> {
  const neighbours = new Set<string>();
  for (const position of incident.get(stakeholderId) ?? []) {
    const { sourceId, targetId } = relationships[position]!;
    if (sourceId === stakeholderId) neighbours.add(targetId);
    if (targetId === stakeholderId) neighbours.add(sourceId);
  }
  for (const agreement of agreements) {
    const partyIds = agreement.parties.map((party) => party.stakeholderId);
    if (partyIds.includes(stakeholderId)) for (const id of partyIds) if (id !== stakeholderId) neighbours.add(id);
  }
  return neighbours;
}
