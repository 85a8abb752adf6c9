import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { usePublishSelection } from '../../app/currentSelection';
import { routeHref, type Route } from '../../app/route';
import { useDatabase } from '../../data/useDatabase';
import { clearPositions } from '../../db/repositories/mapPositions';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import {
  countByGroup,
  mapFiltersFromParams,
  mapVisibility,
  neighboursOf,
  paramsFromMapFilters,
  type MapFilterState,
} from './mapFilters';
import { buildMapElements, groupNodeId, type MapGroup } from './mapModel';
import { buildOverviewElements, categoryGroupOf, isOverviewFor, openParts } from './mapOverview';
import { MapOverviewNote } from './MapOverviewNote';
import { useCategories } from '../../ui/useCategories';
import { MapFilterBar } from './MapFilterBar';
import { MapLegend } from './MapLegend';
import { MapOptionsBar } from './MapOptionsBar';
import { MapSidePanel } from './MapSidePanel';
import { MapSummary } from './MapSummary';
import { NetworkCanvas } from './NetworkCanvas';
import { useFileExport } from '../import-export/useFileExport';
import { mapToPng, mapToSvg } from './mapPicture';
import { useMapOptions } from './useMapOptions';
import { useMapRecords } from './useMapRecords';
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
  const picture = useFileExport();

  // A link from elsewhere (dashboard, a stakeholder's page) sets filters and focus.
  const [linkedQuery, setLinkedQuery] = useState(route.query);
  if (linkedQuery !== route.query) {
    setLinkedQuery(route.query);
    setFilters(mapFiltersFromParams(route.query));
    setFocusedId(route.query.focus ?? null);
  }

  function updateAddress(nextFilters: MapFilterState, nextFocus: string | null) {
    const query = { ...paramsFromMapFilters(nextFilters), ...(nextFocus ? { focus: nextFocus } : {}) };
    history.replaceState(null, '', routeHref({ section: 'map', query }));
  }
  const changeFilters = (next: MapFilterState) => {
    setFilters(next);
    updateAddress(next, focusedId);
  };
  const focus = (id: string | null) => {
    setFocusedId(id);
    updateAddress(filters, id);
  };
  async function rearrange() {
    await clearPositions(database, positionsViewId(options.layout));
    setArrangement((count) => count + 1);
  }

  const groupLabel = (group: MapGroup) => (group === 'none' ? t('map.group.none') : t(`region.${group}`));
  const isOverview = records ? isOverviewFor(records.stakeholders.length) : false;
  const visibility = useMemo(
    () =>
      loaded
        ? mapVisibility(loaded.records, loaded.index, filters)
        : {
            stakeholderIds: new Set<string>(),
            edgeIds: new Set<string>(),
            isShownAt: new Uint8Array(0),
            relationshipTypes: new Set<string>(),
            showsEveryRelationship: false,
          },
    [loaded, filters],
  );
  const detailedElements = useMemo(
    () => (loaded && !isOverview ? buildMapElements(loaded.records, loaded.index, options, groupLabel) : []),
    // groupLabel changes with the language only, through t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, isOverview, options, t],
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
          })
        : [],
    // groupLabel changes with the language only, through t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, isOverview, options, visibility, openGroups, focusedGroupId, focused, labelOf, t],
  );
  const elements = isOverview ? overviewElements : detailedElements;
  const groupCounts = useMemo(
    () => (records ? countByGroup(records.stakeholders, visibility.stakeholderIds) : []),
    [records, visibility],
  );
  const overviewRegions = useMemo(() => {
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
  const neighbours = useMemo(() => {
    if (!loaded || !focusedId) return [];
    const { relationships, agreements, stakeholders } = loaded.records;
    const ids = neighboursOf(
      focusedId,
      { relationships, agreements: options.showAgreements ? agreements : [] },
      loaded.index.ties.incident,
    );
    return stakeholders.filter((stakeholder) => ids.has(stakeholder.id));
  }, [loaded, focusedId, options.showAgreements]);

  if (!records || !index) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="page map-page">
      <div className="page-header">
        <h1>{t('map.title')}</h1>
        {records.stakeholders.length > 0 && (
          <div className="page-actions">
            <button
              type="button"
              disabled={picture.isBusy}
              onClick={() =>
                cyRef.current &&
                void picture.run(async () => ({
                  stem: 'mappa',
                  extension: 'png',
                  data: await mapToPng(cyRef.current!),
                }))
              }
            >
              {t('map.savePng')}
            </button>
            <button
              type="button"
              disabled={picture.isBusy}
              onClick={() =>
                cyRef.current &&
                void picture.run(async () => ({ stem: 'mappa', extension: 'svg', data: mapToSvg(cyRef.current!) }))
              }
            >
              {t('map.saveSvg')}
            </button>
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
          <MapOptionsBar
            options={options}
            onChange={setOptions}
            onRearrange={() => void rearrange()}
            focusedId={focusedId}
            onFocus={focus}
            stakeholders={records.stakeholders}
            isOverview={isOverview}
          />
          <MapFilterBar
            filters={filters}
            onChange={changeFilters}
            relationshipTypes={index.relationshipTypes}
            hasAgreements={options.showAgreements && records.agreements.length > 0}
          />
          <MapSummary total={records.stakeholders.length} shown={visibility.stakeholderIds.size} groups={groupCounts} />
          {isOverview && (
            <MapOverviewNote
              regions={overviewRegions}
              groupLabel={groupLabel}
              onToggle={toggleGroup}
              openCount={openGroups.size}
              onCloseAll={() => setOpenGroups(new Set())}
            />
          )}
          <div className="map-body">
            <NetworkCanvas
              label={t('map.canvasLabel', { count: visibility.stakeholderIds.size })}
              elements={elements}
              stakeholders={records.stakeholders}
              visibility={visibility}
              layout={options.layout}
              arrangement={arrangement}
              focusedId={focused ? focused.id : null}
              filterKey={filters}
              onSelect={focus}
              onReady={(cy) => {
                cyRef.current = cy;
              }}
              isOverview={isOverview}
              onToggleGroup={toggleGroup}
            />
            {focused ? (
              <MapSidePanel
                stakeholder={focused}
                neighbours={neighbours}
                shownIds={visibility.stakeholderIds}
                onSelect={focus}
                onClose={() => focus(null)}
              />
            ) : (
              <MapLegend
                stakeholders={records.stakeholders}
                relationshipTypes={index.relationshipTypes}
                options={options}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
