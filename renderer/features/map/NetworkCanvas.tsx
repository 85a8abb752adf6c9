import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type SingularElementArgument,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { MapLayoutName } from '../../../shared/domain/organisation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import type { MapVisibility } from './mapFilters';
import { installCytoscapeFastPaths, PICTURE_WHILE_MOVING_FROM, setPictureWhileMoving } from './cytoscapeFastPaths';
import { reuseViewForMovingPicture } from './movingPicture';
import { evenInsets, fitView, type Insets } from './fitView';
import { MAP_STYLESHEET } from './mapStylesheet';
import type { TimeMarks } from './mapTime';
import { fitAll, REGION_FRAMES } from './mapViewport';
import { useProgressiveElements } from './progressiveDrawing';
import { useFocusView, type MapFocus } from './useFocusView';
import { useNodePlacement } from './useNodePlacement';

cytoscape.use(fcose);
installCytoscapeFastPaths();

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

interface NetworkCanvasProps {
  label: string;
  elements: ElementDefinition[];
  stakeholders: readonly Stakeholder[] | undefined;
  visibility: MapVisibility;
  layout: MapLayoutName;
  arrangement: number;
  focusedId: string | null;
  /** The focused stakeholder's neighbourhood, which the view fits and leaves unfaded. */
  focus?: MapFocus | null;
  /** Changes when the view should fit the focus again (its depth, "only this neighbourhood", a button). */
  focusFitKey?: string;
  /** Room the overlays over the canvas take, measured when the view fits. */
  insets?: () => Insets;
  /** Changes when the user changes the filters: the view then fits what is left. */
  filterKey: unknown;
  onSelect(stakeholderId: string | null): void;
  /** Receives the Cytoscape instance once, for pictures of the map. */
  onReady?(cy: Core): void;
  /**
   * A large network drawn as category groups (mapOverview.ts): positions come with the
   * elements, and a click on a group opens or closes it.
   */
  isOverview?: boolean;
  onToggleGroup?(categoryGroupId: string, isOpen: boolean): void;
  /** The map as of a day (mapTime.ts), and compared with an earlier one: ties gained and lost, stakeholders new since. */
  timeMarks?: TimeMarks | null;
}

/**
 * Adds or removes a class only where it changes: the effects below run again after every
 * drawing step over thousands of elements, and each call to Cytoscape's toggleClass makes
 * a collection and an event, changed or not.
 */
function setClass(element: SingularElementArgument, className: string, isOn: boolean): void {
  if (element.hasClass(className) !== isOn) element.toggleClass(className, isOn);
}

const SHOWN_NODES = 'node.stakeholder, node.category-group, node.region-summary';
const COUNTED_NODES = 'node.category-group, node.region-summary';

/** The Cytoscape canvas: one `cy` for the component's life, updated in batches. */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const { t } = useT();
  const {
    label,
    stakeholders,
    visibility,
    layout,
    arrangement,
    focusedId,
    filterKey,
    onSelect,
    onReady,
    isOverview = false,
    focus = null,
    focusFitKey = '',
    insets,
  } = props;
  const currentInsets = () => insets?.() ?? evenInsets(30);
  const [cy, setCy] = useState<Core | null>(null);
  // The overview's positions travel with its elements, so a large opened group can be drawn in steps.
  const { elements, progress } = useProgressiveElements(props.elements, focusedId, isOverview);
  const [placements, setPlacements] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  const onToggleGroupRef = useRef(props.onToggleGroup);
  const isOverviewRef = useRef(isOverview);
  useEffect(function keepLatestHandlers() {
    onSelectRef.current = onSelect;
    onToggleGroupRef.current = props.onToggleGroup;
    isOverviewRef.current = isOverview;
  });

  useEffect(
    function listenToTaps() {
      if (!cy) return;
      const selectNode = (event: EventObject) => onSelectRef.current(event.target.id());
      const clearOnBackground = (event: EventObject) => {
        if (event.target === cy) onSelectRef.current(null);
      };
      // Taps on a member bubble up to its groups: only the group itself opens or closes.
      const toggleGroup = (event: EventObject) => {
        const target = event.target;
        if (target.hasClass('category-group') || target.hasClass('region-summary'))
          onToggleGroupRef.current?.(target.id(), false);
        else if (target.hasClass('category-group-open') || (isOverviewRef.current && target.hasClass('region-group')))
          onToggleGroupRef.current?.(target.id(), true);
      };
      cy.on('tap', 'node.stakeholder', selectNode);
      cy.on('tap', 'node', toggleGroup);
      cy.on('tap', clearOnBackground);
      return () => {
        cy.removeListener('tap', 'node.stakeholder', selectNode);
        cy.removeListener('tap', 'node', toggleGroup);
        cy.removeListener('tap', clearOnBackground);
      };
    },
    [cy],
  );

  // The first frame Cytoscape paints after nodes are placed is what "the map is ready"
  // means to end-to-end tests and the benchmark (npm run bench).
  const placedCount = useRef(0);
  const reportPlaced = (instance: Core) => {
    placedCount.current += 1;
    const count = placedCount.current;
    instance.one('render', () => {
      const container = containerRef.current;
      if (!container) return;
      container.setAttribute('data-placements', String(count));
      if (!container.hasAttribute('data-map-drawn')) {
        container.setAttribute('data-map-drawn', 'true');
        performance.mark('trama:map-drawn');
      }
    });
    instance.forceRender();
  };

  const fittedPlacement = useRef<string | null>(null);
  useNodePlacement({
    cy,
    layout,
    arrangement,
    stakeholders: isOverview ? undefined : stakeholders,
    onPlaced: () => {
      setPlacements((count) => count + 1);
      if (!cy) return;
      // A new arrangement is fitted once more, clear of the toolbar, legend and zoom buttons
      // floating over the canvas (the placement's own fit leaves only a plain margin).
      const arrangementKey = `${layout}:${arrangement}`;
      if (fittedPlacement.current !== arrangementKey) {
        fittedPlacement.current = arrangementKey;
        fitAll(cy, currentInsets());
      }
      reportPlaced(cy);
    },
  });

  const fittedArrangement = useRef<number | null>(null);
  useEffect(
    function placeOverview() {
      if (!cy || !isOverview) return;
      // The overview's positions travel with its elements: they are in place already.
      if (fittedArrangement.current !== arrangement) {
        fittedArrangement.current = arrangement;
        fitView(cy, cy.$(SHOWN_NODES), currentInsets(), cy.$(REGION_FRAMES));
      }
      reportPlaced(cy);
    },
    // reportPlaced and currentInsets are read when the overview changes; no reason to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, isOverview, elements, arrangement],
  );

  useEffect(
    function applyFilters() {
      if (!cy) return;
      cy.batch(() => {
        // The overview draws only what the filters leave: nothing to hide, nothing left hidden.
        if (isOverview) return void cy.$('.filtered-out').removeClass('filtered-out');
        cy.$('node.stakeholder').forEach((node) =>
          setClass(node, 'filtered-out', !visibility.stakeholderIds.has(node.id())),
        );
        cy.edges('.relationship, .agreement').forEach((edge) =>
          setClass(edge, 'filtered-out', !visibility.edgeIds.has(edge.id())),
        );
        // A region's compound frame hides with its last shown member (the overview's frames hold only shown ones).
        cy.$('node.region-group').forEach((group) =>
          setClass(group, 'filtered-out', group.isParent() && group.children().not('.filtered-out').empty()),
        );
      });
      // How many stakeholders Cytoscape really draws, one by one or counted in a category
      // group, for assistive summaries and end-to-end checks.
      let drawn = cy.$('node.stakeholder').not('.filtered-out').length;
      cy.$(COUNTED_NODES).forEach((group) => void (drawn += Number(group.data('count')) || 0));
      containerRef.current?.setAttribute('data-drawn-nodes', String(drawn));
    },
    [cy, elements, visibility, isOverview],
  );

  const { timeMarks = null } = props;
  // Outside a time view nothing is marked: no pass over the elements, but one to clear the marks on leaving it.
  const hasTimeMarks = useRef(false);
  useEffect(
    function applyTimeMarks() {
      if (!cy || (timeMarks === null && !hasTimeMarks.current)) return;
      hasTimeMarks.current = timeMarks !== null;
      const isComparing = timeMarks?.isComparing ?? false;
      cy.batch(() => {
        // Agreements step back too: their short red dashes are not what changed.
        cy.edges('.relationship, .agreement').forEach((edge) => {
          const id = edge.id();
          const change = timeMarks?.tieChange(id) ?? null;
          const isGained = change === 'gained';
          const isLost = change === 'lost';
          setClass(edge, 'tie-gained', isGained);
          setClass(edge, 'tie-lost', isLost);
          setClass(edge, 'time-unchanged', isComparing && !isGained && !isLost);
        });
        cy.$('node.stakeholder').forEach((node) => setClass(node, 'new-since', timeMarks?.isNew(node.id()) ?? false));
      });
      // What is drawn, for end-to-end checks of the map over time.
      const drawnTies = cy.edges('.relationship').not('.filtered-out');
      containerRef.current?.setAttribute('data-drawn-edges', String(drawnTies.length));
      containerRef.current?.setAttribute('data-gained-edges', String(drawnTies.filter('.tie-gained').length));
      containerRef.current?.setAttribute('data-lost-edges', String(drawnTies.filter('.tie-lost').length));
    },
    [cy, elements, visibility, timeMarks],
  );

  const fittedFilterKey = useRef(filterKey);
  useEffect(
    function fitToFilteredNodes() {
      if (!cy || fittedFilterKey.current === filterKey) return;
      fittedFilterKey.current = filterKey;
      const shown = cy.$(SHOWN_NODES).not('.filtered-out');
      if (shown.nonempty()) fitView(cy, shown, currentInsets(), cy.$(REGION_FRAMES).not('.filtered-out'));
    },
    // currentInsets reads the overlays when the filters change; it is no reason to fit again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, filterKey, visibility],
  );

  useFocusView({
    cy,
    focus,
    fitKey: `${focusFitKey}:${placements}`,
    redrawKey: elements,
    insets,
    containerRef,
  });

  useEffect(
    function reportZoom() {
      if (!cy) return;
      // For the zoom buttons' end-to-end check and for anyone inspecting the page.
      const record = () => containerRef.current?.setAttribute('data-zoom', cy.zoom().toFixed(4));
      record();
      cy.on('zoom', record);
      return () => void cy.removeListener('zoom', record);
    },
    [cy],
  );

  useEffect(
    function movePictureOfLargeMaps() {
      if (!cy) return;
      reuseViewForMovingPicture(cy);
      setPictureWhileMoving(cy, elements.length >= PICTURE_WHILE_MOVING_FROM);
    },
    [cy, elements],
  );

  return (
    <div className="map-canvas-area">
      <div
        ref={containerRef}
        className="map-canvas"
        role="img"
        aria-label={label}
        // Not a tab stop; focusable so that closing the side panel can give the focus back here.
        tabIndex={-1}
        aria-busy={progress !== null}
        data-testid="map-canvas"
      >
        <CytoscapeComponent
          elements={elements}
          stylesheet={MAP_STYLESHEET}
          style={CANVAS_STYLE}
          minZoom={0.05}
          maxZoom={4}
          autounselectify
          boxSelectionEnabled={false}
          cy={(instance) => {
            if (instance !== cy) {
              setCy(instance);
              onReady?.(instance);
            }
          }}
        />
      </div>
      {progress && (
        <p className="map-drawing" role="status">
          <span>{t('map.drawing', { drawn: progress.drawn, total: progress.total })}</span>
          <progress max={progress.total} value={progress.drawn} aria-hidden="true" />
        </p>
      )}
    </div>
  );
}
