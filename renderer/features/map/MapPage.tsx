import type { Core } from 'cytoscape';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePublishSelection } from '../../app/currentSelection';
import { routeHref, type Route } from '../../app/route';
import { useDatabase } from '../../data/useDatabase';
import { clearPositions } from '../../db/repositories/mapPositions';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { countByGroup, mapFiltersFromParams, paramsFromMapFilters, type MapFilterState } from './mapFilters';
import { buildMapElements, type MapGroup } from './mapModel';
import { buildOverviewElements, categoryGroupOf, isOverviewFor } from './mapOverview';
import { MapOverviewNote } from './MapOverviewNote';
import { useCategories } from '../../ui/useCategories';
import { MapFilterBar } from './MapFilterBar';
import { MapOptionsBar } from './MapOptionsBar';
import { MapSide } from './MapSide';
import { MapSummary } from './MapSummary';
import { NetworkCanvas } from './NetworkCanvas';
import { paramsFromMapTime, timeSummaryOf, type MapTime } from './mapTime';
import { MapTimePanel } from './MapTimePanel';
import { MapShortcutsDialog } from './MapShortcutsDialog';
import { MapToolbar, type MapPanelName } from './MapToolbar';
import { MapTopPanels } from './MapTopPanels';
import { useFocusedMap } from './useFocusedMap';
import { useMapViewActions } from './useMapViewActions';
import { useMapViewInsets } from './useMapViewInsets';
import { ZoomControls } from './ZoomControls';
import { MapPictureMenu } from './MapPictureMenu';
import { useMapOptions } from './useMapOptions';
import { useMapRecords } from './useMapRecords';
import { useMapTime } from './useMapTime';
import { useOverviewRegions } from './useOverviewRegions';
import { positionsViewId } from './useNodePlacement';
import './map.css';

export function MapPage({ route }: { route: Route }) {
  const { t } = useT();
  const publishSelection = usePublishSelection();
  const database = useDatabase();
  const loaded = useMapRecords();
  const records = loaded?.records;
  const index = loaded?.index;
  const [options, setOptions] = useMapOptions();
  const [filters, setFilters] = useState<MapFilterState>(() => mapFiltersFromParams(route.query));
  const [focusedId, setFocusedId] = useState<string | null>(route.query.focus ?? null);
  const [arrangement, setArrangement] = useState(0);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const { labelOf } = useCategories();
  const cyRef = useRef<Core | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const viewInsets = useMapViewInsets(bodyRef);
  const [openPanel, setOpenPanel] = useState<MapPanelName | null>(null);
  const [isShortcutsOpen, setIsShortcutsOpen] = useState(false);
  const view = useMapViewActions(cyRef, viewInsets, () => setIsShortcutsOpen(true));
  const panelIdPrefix = useId();
  const panelIds = {
    filters: `${panelIdPrefix}-filters`,
    display: `${panelIdPrefix}-display`,
    time: `${panelIdPrefix}-time`,
  };
  const mapTime = useMapTime(route.query, loaded);

  // A link from elsewhere (dashboard, a stakeholder's page) sets filters and focus.
  const [linkedQuery, setLinkedQuery] = useState(route.query);
  if (linkedQuery !== route.query) {
    setLinkedQuery(route.query);
    setFilters(mapFiltersFromParams(route.query));
    setFocusedId(route.query.focus ?? null);
  }

  function updateAddress(nextFilters: MapFilterState, nextFocus: string | null, nextTime: MapTime = mapTime.time) {
    const query = {
      ...paramsFromMapFilters(nextFilters),
      ...paramsFromMapTime(nextTime),
      ...(nextFocus ? { focus: nextFocus } : {}),
    };
    history.replaceState(null, '', routeHref({ section: 'map', query }));
  }
  const changeFilters = (next: MapFilterState) => {
    setFilters(next);
    updateAddress(next, focusedId);
  };
  const changeTime = (next: MapTime) => {
    mapTime.setTime(next);
    updateAddress(filters, focusedId, next);
  };
  const focus = (id: string | null) => {
    setFocusedId(id);
    updateAddress(filters, id);
    if (!id) focusState.setIsOnly(false);
  };
  async function rearrange() {
    await clearPositions(database, positionsViewId(options.layout));
    setArrangement((count) => count + 1);
  }

  const groupLabel = (group: MapGroup) => (group === 'none' ? t('map.group.none') : t(`region.${group}`));
  const isOverview = records ? isOverviewFor(records.stakeholders.length) : false;
  const { focusState, visibility } = useFocusedMap(loaded, filters, mapTime.narrowing, focusedId, {
    withAgreements: options.showAgreements,
    isOverview,
  });
  const timeSummary = timeSummaryOf(mapTime.view, mapTime.narrowing, visibility.edgeIds);
  const detailedElements = useMemo(
    () =>
      loaded && !isOverview ? buildMapElements(loaded.records, loaded.index, options, groupLabel, mapTime.today) : [],
    // groupLabel changes with the language only, through t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, isOverview, options, t, mapTime.today],
  );
  const focused = useMemo(
    () => (focusedId ? records?.stakeholders.find((stakeholder) => stakeholder.id === focusedId) : undefined),
    [records, focusedId],
  );
  const focusedGroupId = focused ? categoryGroupOf(focused) : null;
  const overviewElements = useMemo(
    () =>
      loaded && isOverview
        ? buildOverviewElements({
            ...loaded,
            options,
            visibility,
            openGroups,
            focusedGroupId,
            focusedId: focused?.id,
            groupLabel,
            categoryLabel: labelOf,
            today: mapTime.today,
          })
        : [],
    // groupLabel changes with the language only, through t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, isOverview, options, visibility, openGroups, focusedGroupId, focused, labelOf, t, mapTime.today],
  );
  const elements = isOverview ? overviewElements : detailedElements;
  const groupCounts = useMemo(
    () => (records ? countByGroup(records.stakeholders, visibility.stakeholderIds) : []),
    [records, visibility],
  );
  const overviewRegions = useOverviewRegions(records, isOverview, visibility, groupCounts, openGroups, focusedGroupId);
  function toggleGroup(groupId: string, isOpen: boolean) {
    const next = new Set(openGroups);
    if (isOpen) {
      next.delete(groupId);
      // A group opened for the selected stakeholder closes with the selection.
      if (focusedGroupId === groupId) focus(null);
    } else next.add(groupId);
    setOpenGroups(next);
  }
  useEffect(
    function offerVisibleStakeholdersToExports() {
      if (!records) return;
      publishSelection({
        source: 'map',
        stakeholderIds: [...visibility.stakeholderIds],
        isNarrowed: visibility.stakeholderIds.size < records.stakeholders.length,
      });
    },
    [records, visibility, publishSelection],
  );
  if (!records || !index) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className={`page map-page${records.stakeholders.length > 0 ? ' map-workspace' : ''}`}>
      <div className="page-header map-header">
        <h1>{t('map.title')}</h1>
        {records.stakeholders.length > 0 && (
          <MapToolbar
            // As of a day, the search offers those the map can draw then.
            stakeholders={mapTime.knownStakeholders}
            focusedId={focusedId}
            onFocus={focus}
            activeFilterCount={Object.keys(paramsFromMapFilters(filters)).length}
            timeLabel={mapTime.buttonLabel}
            openPanel={openPanel}
            onTogglePanel={(panel) => setOpenPanel((open) => (open === panel ? null : panel))}
            onShowShortcuts={() => setIsShortcutsOpen(true)}
            panelIds={panelIds}
          />
        )}
        {records.stakeholders.length > 0 && (
          <div className="page-actions">
            <MapPictureMenu
              getMap={() => cyRef.current}
              stakeholders={records.stakeholders}
              filters={filters}
              options={options}
              time={timeSummary}
              shownIds={visibility.stakeholderIds}
              neighbourhood={
                focusState.isOnly && focusedId ? { stakeholderId: focusedId, depth: focusState.depth } : null
              }
            />
          </div>
        )}
      </div>
      {records.stakeholders.length === 0 ? (
        <EmptyState
          title={t('map.emptyTitle')}
          actions={
            <a className="button button-primary" href={routeHref({ section: 'stakeholders', query: { new: '1' } })}>
              {t('map.addStakeholder')}
            </a>
          }
        >
          <p>{t('map.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="map-body" ref={bodyRef}>
            <NetworkCanvas
              label={t('map.canvasLabel', { count: visibility.stakeholderIds.size })}
              elements={elements}
              stakeholders={records.stakeholders}
              visibility={visibility}
              layout={options.layout}
              arrangement={arrangement}
              focusedId={focused ? focused.id : null}
              focus={focused ? focusState.view : null}
              focusFitKey={`${focusState.depth}:${focusState.isOnly}:${view.fitRequests}`}
              insets={viewInsets}
              filterKey={filters}
              onSelect={focus}
              onReady={(cy) => {
                cyRef.current = cy;
              }}
              isOverview={isOverview}
              onToggleGroup={toggleGroup}
              timeMarks={mapTime.marks}
            />
            <MapTopPanels
              openPanel={openPanel}
              onClose={() => setOpenPanel(null)}
              panelIds={panelIds}
              filters={
                <MapFilterBar
                  filters={filters}
                  onChange={changeFilters}
                  relationshipTypes={index.relationshipTypes}
                  hasAgreements={options.showAgreements && records.agreements.length > 0}
                />
              }
              time={
                <MapTimePanel time={mapTime.time} view={mapTime.view} refused={mapTime.refused} onChange={changeTime} />
              }
              display={
                <MapOptionsBar
                  options={options}
                  onChange={setOptions}
                  onRearrange={() => void rearrange()}
                  isOverview={isOverview}
                />
              }
            />
            <MapSide
              records={records}
              index={index}
              options={options}
              visibility={visibility}
              focused={focused}
              focusState={focusState}
              onFocus={focus}
              cyRef={cyRef}
              isOverview={isOverview}
              onOpenGroups={(ids) => setOpenGroups((open) => new Set([...open, ...ids]))}
              insets={viewInsets}
              comparedFrom={mapTime.view?.from ?? null}
              time={mapTime}
              returnFocus={() => bodyRef.current?.querySelector<HTMLElement>('.map-canvas') ?? null}
            />
            <div className="map-bottom-bar">
              <div className="map-bottom-notes">
                {isOverview && (
                  <MapOverviewNote
                    regions={overviewRegions}
                    groupLabel={groupLabel}
                    onToggle={toggleGroup}
                    openCount={openGroups.size}
                    onCloseAll={() => setOpenGroups(new Set())}
                  />
                )}
                <MapSummary
                  total={records.stakeholders.length}
                  shown={visibility.stakeholderIds.size}
                  groups={groupCounts}
                  time={timeSummary}
                />
              </div>
              <ZoomControls
                hasSelection={focused !== undefined}
                onZoomIn={view.zoomIn}
                onZoomOut={view.zoomOut}
                onFitAll={view.fitAll}
                onFitSelection={view.fitSelection}
              />
            </div>
          </div>
          {isShortcutsOpen && <MapShortcutsDialog onClose={() => setIsShortcutsOpen(false)} />}
        </>
      )}
    </div>
  );
}
