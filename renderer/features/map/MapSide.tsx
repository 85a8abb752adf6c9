import type { Core } from 'cytoscape';
import { useMemo, useState, type RefObject } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useToday } from '../../app/useToday';
import { useT } from '../../i18n/useT';
import type { Insets } from './fitView';
import { KeyConnectors } from './KeyConnectors';
import { MapFocusControls } from './MapFocusControls';
import type { MapVisibility } from './mapFilters';
import type { MapIndex } from './mapIndex';
import { MapLegend, useLegendLabels } from './MapLegend';
import type { MapOptions, MapRecords } from './mapModel';
import { MapSidePanel } from './MapSidePanel';
import { PathFinder } from './PathFinder';
import { tiesOnDay, type TiesOnDay } from './tiesOnDay';
import { useLegendChoice } from './useLegendChoice';
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
  time: Pick<MapTimeState, 'view' | 'narrowing' | 'knownStakeholders'>;
  /** The map canvas, for the focus when the panel closes and what opened it is gone (MapSidePanel). */
  returnFocus?: () => HTMLElement | null;
}

/** The column beside the map: the selected stakeholder's panel, or the legend when none is selected. */
export function MapSide(props: MapSideProps) {
  const { records, index, options, visibility, focused, focusState, onFocus, cyRef, isOverview, time } = props;
  const { t } = useT();
  const today = useToday();
  const day = time.view?.day ?? today;
  const isFocused = focused !== undefined;
  const legend = useLegendChoice(() => cyRef.current, records.stakeholders, options.colourBy);
  const legendLabels = useLegendLabels();
  // A stakeholder chosen (in the search, as a neighbour, on a path) is one the user asked to
  // see: a colour the legend hides it in is shown again, and that is said.
  const [lifted, setLifted] = useState({ focusedId: focused?.id, note: '' });
  if (lifted.focusedId !== focused?.id) {
    const key = focused ? legend.liftFor(focused) : null;
    const entry = key === null ? '' : legendLabels[options.colourBy](key);
    setLifted({
      focusedId: focused?.id,
      note: focused && key !== null ? t('map.legend.shownForFocus', { entry, name: focused.name }) : '',
    });
  }
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
      <p role="status" className="visually-hidden">
        {lifted.note}
      </p>
      {focused && ties ? (
        <MapSidePanel
          stakeholder={focused}
          neighbours={focusState.neighbours}
          shownIds={visibility.stakeholderIds}
          onSelect={onFocus}
          onClose={() => onFocus(null)}
          returnFocus={props.returnFocus}
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
              // As of a day, the path finder offers and walks only what the map draws: those known then.
              stakeholders={time.knownStakeholders}
              relationships={ties.relationships}
              day={day}
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
          choice={legend.choice}
          onChoiceChange={legend.setChoice}
          comparedFrom={props.comparedFrom}
          hasDirected={hasDirected}
        />
      )}
    </div>
  );
}
