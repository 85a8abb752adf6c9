import type { Core } from 'cytoscape';
import { useMemo, type RefObject } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useToday } from '../../app/useToday';
import type { Insets } from './fitView';
import { KeyConnectors } from './KeyConnectors';
import { MapFocusControls } from './MapFocusControls';
import type { MapVisibility } from './mapFilters';
import type { MapIndex } from './mapIndex';
import { MapLegend } from './MapLegend';
import type { MapOptions, MapRecords } from './mapModel';
import { MapSidePanel } from './MapSidePanel';
import { PathFinder } from './PathFinder';
import { tiesOnDay, type TiesOnDay } from './tiesOnDay';
import type { useMapFocus } from './useMapFocus';
import type { MapTimeState } from './useMapTime';

interface MapSideProps {
  records: MapRecords;
  index: MapIndex;
  options: MapOptions;
  visibility: MapVisibility;
  focused: Stakeholder | undefined;
  focusState: ReturnType<typeof useMapFocus>;
  onFocus(stakeholderId: string | null): void;
  cyRef: RefObject<Core | null>;
  isOverview: boolean;
  onOpenGroups(groupIds: readonly string[]): void;
  insets: () => Insets;
  /** The earlier day the map is compared with, for the legend. */
  comparedFrom: string | null;
  /** The day the map is drawn as of, if not today: paths and key connectors use only the ties active then. */
  time: Pick<MapTimeState, 'view' | 'narrowing'>;
}

/** The column beside the map: the selected stakeholder's panel, or the legend when none is selected. */
export function MapSide(props: MapSideProps) {
  const { records, index, options, visibility, focused, focusState, onFocus, cyRef, isOverview, time } = props;
  const today = useToday();
  const day = time.view?.day ?? today;
  const isFocused = focused !== undefined;
  // Worked out when a stakeholder is first selected, then kept for this network and day:
  // the legend alone needs no tie's days.
  // Judged on the whole network, as the legend lists relationship types.
  const hasDirected = useMemo(
    () => records.relationships.some((relationship) => relationship.isDirected),
    [records.relationships],
  );
  const tiesOnShownDay = useMemo(() => {
    let ties: TiesOnDay | undefined;
    return () => (ties ??= tiesOnDay(records.relationships, day, time.narrowing));
  }, [records.relationships, day, time.narrowing]);
  const ties = isFocused ? tiesOnShownDay() : null;
  return (
    <div className="map-side">
      {focused && ties ? (
        <MapSidePanel
          stakeholder={focused}
          neighbours={focusState.neighbours}
          shownIds={visibility.stakeholderIds}
          onSelect={onFocus}
          onClose={() => onFocus(null)}
          focusControls={
            <MapFocusControls
              depth={focusState.depth}
              onDepthChange={focusState.setDepth}
              isOnly={focusState.isOnly}
              onOnlyChange={focusState.setIsOnly}
              secondDegreeCount={focusState.secondDegreeCount}
            />
          }
          keyConnectors={
            <KeyConnectors
              stakeholderId={focused.id}
              relationships={records.relationships}
              incident={index.ties.incident}
              activeAt={ties.activeAt}
              neighbours={focusState.neighbours}
              onSelect={onFocus}
            />
          }
          pathFinder={
            <PathFinder
              stakeholders={records.stakeholders}
              relationships={ties.relationships}
              focusedId={focused.id}
              shownIds={visibility.stakeholderIds}
              cyRef={cyRef}
              isOverview={isOverview}
              onOpenGroups={props.onOpenGroups}
              onFocus={onFocus}
              insets={props.insets}
            />
          }
        />
      ) : (
        <MapLegend
          stakeholders={records.stakeholders}
          relationshipTypes={index.relationshipTypes}
          options={options}
          getMap={() => cyRef.current}
          comparedFrom={props.comparedFrom}
          hasDirected={hasDirected}
        />
      )}
    </div>
  );
}
