import { useMemo } from 'react';
import type { MapVisibility } from './mapFilters';
import { groupNodeId, type MapGroup, type MapRecords } from './mapModel';
import { openParts } from './mapOverview';

/** The overview's regions with their counts and whether each is open, for the note under a large map. */
export function useOverviewRegions(
  records: MapRecords | undefined,
  isOverview: boolean,
  visibility: MapVisibility,
  groupCounts: ReadonlyArray<readonly [MapGroup, number]>,
  openGroups: ReadonlySet<string>,
  focusedGroupId: string | null,
) {
  return useMemo(() => {
    if (!records || !isOverview) return [];
    const shown = records.stakeholders.filter((stakeholder) => visibility.stakeholderIds.has(stakeholder.id));
    const open = openParts(shown, openGroups, focusedGroupId);
    return groupCounts.map(([group, count]) => ({
      group,
      id: groupNodeId(group),
      count,
      isOpen: open.regions.has(groupNodeId(group)),
    }));
  }, [records, isOverview, visibility, groupCounts, openGroups, focusedGroupId]);
}
