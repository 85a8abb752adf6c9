import { useMemo } from 'react';
import { mapVisibility, type MapFilterState, type MapVisibility } from './mapFilters';
import type { TimeNarrowing } from './mapTime';
import type { MapData } from './useMapRecords';

const NOTHING_SHOWN: MapVisibility = {
  stakeholderIds: new Set<string>(),
  edgeIds: new Set<string>(),
  isShownAt: new Uint8Array(0),
  relationshipTypes: new Set<string>(),
  showsEveryRelationship: false,
};

/** What the map shows under its filters, "only this neighbourhood" and the day it is drawn as of; nothing until loaded. */
export function useMapVisibility(
  loaded: MapData | undefined,
  filters: MapFilterState,
  onlyIds: { has(stakeholderId: string): boolean } | undefined,
  time: TimeNarrowing | undefined,
): MapVisibility {
  return useMemo(
    () => (loaded ? mapVisibility(loaded.records, loaded.index, filters, onlyIds, time) : NOTHING_SHOWN),
    [loaded, filters, onlyIds, time],
  );
}
