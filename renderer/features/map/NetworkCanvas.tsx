import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { MapLayoutName } from '../../../shared/domain/organisation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapVisibility } from './mapFilters';
import { MAP_STYLESHEET } from './mapStylesheet';
import { centreOn, useNodePlacement } from './useNodePlacement';

cytoscape.use(fcose);

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

interface NetworkCanvasProps {
  label: string;
  elements: ElementDefinition[];
  stakeholders: readonly Stakeholder[] | undefined;
  visibility: MapVisibility;
  layout: MapLayoutName;
  arrangement: number;
  focusedId: string | null;
  /** Changes when the user changes the filters: the view then fits what is left. */
  filterKey: unknown;
  onSelect(stakeholderId: string | null): void;
  /** Receives the Cytoscape instance once, for pictures of the map. */
  onReady?(cy: Core): void;
}

/** The Cytoscape canvas: one `cy` for the component's life, updated in batches. */
export function NetworkCanvas({ label, elements, stakeholders, visibility, layout, arrangement, focusedId, filterKey, onSelect, onReady }: NetworkCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const [placements, setPlacements] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(function keepLatestHandler() {
    onSelectRef.current = onSelect;
  });

  useEffect(
    function listenToTaps() {
      if (!cy) return;
      const selectNode = (event: EventObject) => onSelectRef.current(event.target.id());
      const clearOnBackground = (event: EventObject) => {
        if (event.target === cy) onSelectRef.current(null);
      };
      cy.on('tap', 'node.stakeholder', selectNode);
      cy.on('tap', clearOnBackground);
      return () => {
        cy.removeListener('tap', 'node.stakeholder', selectNode);
        cy.removeListener('tap', clearOnBackground);
      };
    },
    [cy],
  );

  useNodePlacement({ cy, layout, arrangement, stakeholders, onPlaced: () => setPlacements((count) => count + 1) });

  useEffect(
    function applyFilters() {
      if (!cy) return;
      cy.batch(() => {
        cy.$('node.stakeholder').forEach((node) => void node.toggleClass('filtered-out', !visibility.stakeholderIds.has(node.id())));
        cy.edges().forEach((edge) => void edge.toggleClass('filtered-out', !visibility.edgeIds.has(edge.id())));
        cy.$('node.region-group').forEach((group) => void group.toggleClass('filtered-out', group.children().not('.filtered-out').empty()));
      });
      // What Cytoscape really draws, for assistive summaries and end-to-end checks.
      containerRef.current?.setAttribute('data-drawn-nodes', String(cy.$('node.stakeholder').not('.filtered-out').length));
    },
    [cy, elements, visibility],
  );

  const fittedFilterKey = useRef(filterKey);
  useEffect(
    function fitToFilteredNodes() {
      if (!cy || fittedFilterKey.current === filterKey) return;
      fittedFilterKey.current = filterKey;
      const shown = cy.$('node.stakeholder').not('.filtered-out');
      if (shown.nonempty()) cy.fit(shown, 30);
    },
    [cy, filterKey, visibility],
  );

  useEffect(
    function reportDrawnPlacement() {
      const container = containerRef.current;
      if (!cy || !container || placements === 0) return;
      // The first frame Cytoscape paints after nodes are placed: what "the map is ready"
      // means to end-to-end tests and the benchmark (npm run bench).
      const markDrawn = () => {
        container.setAttribute('data-placements', String(placements));
        if (!container.hasAttribute('data-map-drawn')) {
          container.setAttribute('data-map-drawn', 'true');
          performance.mark('trama:map-drawn');
        }
      };
      cy.one('render', markDrawn);
      cy.forceRender();
      return () => void cy.removeListener('render', markDrawn);
    },
    [cy, placements],
  );

  useEffect(
    function highlightNeighbourhood() {
      if (!cy) return;
      cy.batch(() => {
        cy.elements().removeClass('faded focused');
        if (!focusedId) return;
        const node = cy.$id(focusedId);
        if (node.empty()) return;
        node.addClass('focused');
        const neighbourhood = node.closedNeighborhood();
        cy.elements().not(neighbourhood).not('.region-group').addClass('faded');
      });
      if (focusedId) centreOn(cy, focusedId);
    },
    [cy, elements, focusedId, placements],
  );

  return (
    <div ref={containerRef} className="map-canvas" role="img" aria-label={label} data-testid="map-canvas">
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
  );
}
