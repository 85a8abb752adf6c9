import type { Core } from 'cytoscape';
import { useMemo, useState, type ComponentProps } from 'react';
import { vi } from 'vitest';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { evenInsets } from './fitView';
import { EMPTY_MAP_FILTERS, mapVisibility } from './mapFilters';
import { DEFAULT_MAP_OPTIONS, type MapRecords } from './mapModel';
import { mapTimeIndex, narrowToTime, stakeholdersKnown } from './mapTime';
import { MapSide } from './MapSide';
import { MapToolbar } from './MapToolbar';
import { buildMapIndex } from './prepareMapIndexes';

// The map's side column (and, where a test needs it, its search box) wired as MapPage wires
// them, for the tests of what the panel, the path finder and the legend do: one place that
// follows MapSide's props when they change.

type MapSideProps = ComponentProps<typeof MapSide>;

/** MapSide's props for these records, on today's map or as of `day`. */
export function mapSideProps(
  records: MapRecords,
  focused: Stakeholder | undefined,
  { neighbours = [], day, cy = null }: { neighbours?: Stakeholder[]; day?: string; cy?: Core | null } = {},
): MapSideProps {
  const index = buildMapIndex(records);
  const view = day ? { day, from: null, problem: null } : null;
  const narrowing = view ? narrowToTime(records, index.ends, mapTimeIndex(records), view) : undefined;
  return {
    records,
    index,
    options: DEFAULT_MAP_OPTIONS,
    visibility: mapVisibility(records, index, EMPTY_MAP_FILTERS, undefined, narrowing),
    focused,
    focusState: {
      depth: 1,
      setDepth: vi.fn(),
      isOnly: false,
      setIsOnly: vi.fn(),
      neighbourhood: null,
      neighbours,
      secondDegreeCount: null,
      view: null,
      onlyIds: undefined,
    },
    onFocus: vi.fn(),
    cyRef: { current: cy },
    isOverview: false,
    onOpenGroups: vi.fn(),
    insets: () => evenInsets(0),
    comparedFrom: null,
    time: {
      view,
      narrowing,
      knownStakeholders: stakeholdersKnown(records.stakeholders, narrowing),
    },
  };
}

/** The map's search box and side column, a choice in either selecting a stakeholder. */
export function MapWithSearch({
  records,
  cy = null,
  initialId = null,
  returnFocus,
}: {
  records: MapRecords;
  cy?: Core | null;
  initialId?: string | null;
  returnFocus?: () => HTMLElement | null;
}) {
  const [focusedId, setFocusedId] = useState<string | null>(initialId);
  const focused = records.stakeholders.find((stakeholder) => stakeholder.id === focusedId);
  // Built once, as the map page builds its index and visibility once per network.
  const sideProps = useMemo(() => mapSideProps(records, undefined, { cy }), [records, cy]);
  return (
    <>
      <MapToolbar
        stakeholders={records.stakeholders}
        focusedId={focusedId}
        onFocus={setFocusedId}
        activeFilterCount={0}
        openPanel={null}
        onTogglePanel={vi.fn()}
        onShowShortcuts={vi.fn()}
        panelIds={{ filters: 'f', display: 'd', time: 't' }}
      />
      {returnFocus && <div className="map-canvas" role="img" aria-label="Network map" tabIndex={-1} />}
      <MapSide {...sideProps} focused={focused} onFocus={setFocusedId} {...(returnFocus ? { returnFocus } : {})} />
    </>
  );
}
