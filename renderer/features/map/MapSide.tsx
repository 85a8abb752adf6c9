import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { Insets } from './fitView';
import { KeyConnectors } from './KeyConnectors';
import { MapFocusControls } from './MapFocusControls';
import type { MapVisibility } from './mapFilters';
import type { MapIndex } from './mapIndex';
import { MapLegend } from './MapLegend';
import type { MapOptions, MapRecords } from './mapModel';
import { MapSidePanel } from './MapSidePanel';
import { PathFinder } from './PathFinder';
import type { useMapFocus } from './useMapFocus';

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
}

/** The column beside the map: the selected stakeholder's panel, or the legend when none is selected. */
export function MapSide(props: MapSideProps) {
  const { records, index, options, visibility, focused, focusState, onFocus, cyRef, isOverview } = props;
  return (
    <div className="map-side">
      {focused ? (
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
              neighbours={focusState.neighbours}
              onSelect={onFocus}
            />
          }
          pathFinder={
            <PathFinder
              stakeholders={records.stakeholders}
              relationships={records.relationships}
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
        />
      )}
    </div>
  );
}
