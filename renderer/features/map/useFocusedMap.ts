import { useMemo } from 'react';
import { mapVisibility, type MapFilterState, type MapVisibility } from './mapFilters';
import type { TimeNarrowing } from './mapTime';
import { useMapFocus, type MapFocusState } from './useMapFocus';
import type { MapData } from './useMapRecords';
import { useMapVisibility } from './useMapVisibility';

/**
 * What the map shows, and the focused neighbourhood within it. The neighbourhood steps only
 * along what the filters and the day leave drawn; "only this neighbourhood" then narrows that
 * same view to it, worked out again only while it is on.
 */
export function useFocusedMap(
  loaded: MapData | undefined,
  filters: MapFilterState,
  time: TimeNarrowing | undefined,
  focusedId: string | null,
  options: { withAgreements: boolean; isOverview: boolean },
): { focusState: MapFocusState; visibility: MapVisibility } {
  const shown = useMapVisibility(loaded, filters, undefined, time);
  const focusState = useMapFocus(loaded, focusedId, { ...options, shown });
  const { onlyIds } = focusState;
  const visibility = useMemo(
    () => (loaded && onlyIds ? mapVisibility(loaded.records, loaded.index, filters, onlyIds, time) : shown),
    [loaded, onlyIds, filters, time, shown],
  );
  return { focusState, visibility };
}
