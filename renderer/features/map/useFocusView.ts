import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { evenInsets, type Insets } from './fitView';
import { fitNeighbourhood, nodesStandingFor } from './mapViewport';

export interface MapFocus {
  id: string;
  /**
   * For each stakeholder of the neighbourhood (the focused one first), the nodes that may
   * stand for it, in order: its own, then (in the overview) its category group and region.
   */
  candidates: ReadonlyArray<readonly string[]>;
}

/** Beyond this many nodes the test hook below lists no positions: it is for small views. */
const POSITIONS_HOOK_LIMIT = 200;

function setClass(element: SingularElementArgument, className: string, isOn: boolean): void {
  if (element.hasClass(className) !== isOn) element.toggleClass(className, isOn);
}

/**
 * The focused stakeholder's neighbourhood on the map: the rest faded, and the view fitted
 * to it, whenever the focus, its depth or the drawing changes. Only zoom and pan change:
 * no node moves and no layout runs, so a focus stays quick at thousands of stakeholders.
 */
export function useFocusView({
  cy,
  focus,
  fitKey,
  redrawKey,
  insets,
  containerRef,
}: {
  cy: Core | null;
  focus: MapFocus | null;
  /** Changes when the view should fit the neighbourhood again (depth, "only" mode, a button). */
  fitKey: unknown;
  /** Changes when the drawing does (elements, placements): fading follows. */
  redrawKey: unknown;
  insets: (() => Insets) | undefined;
  containerRef: RefObject<HTMLDivElement | null>;
}): void {
  useEffect(
    function fadeAllButNeighbourhood() {
      if (!cy) return;
      const kept = focus ? new Set(nodesStandingFor(cy, focus.candidates).map((node) => node.id())) : null;
      cy.batch(() => {
        cy.elements().forEach((element) => {
          const isFrame = element.hasClass('region-group') || element.hasClass('category-group-open');
          const isKept =
            kept === null ||
            isFrame ||
            (element.group() === 'nodes'
              ? kept.has(element.id())
              : kept.has(String(element.data('source'))) && kept.has(String(element.data('target'))));
          setClass(element, 'faded', !isKept);
          setClass(element, 'focused', element.id() === focus?.id);
        });
      });
    },
    [cy, focus, redrawKey],
  );

  useEffect(
    function fitNeighbourhoodInView() {
      const container = containerRef.current;
      container?.removeAttribute('data-focus-positions');
      if (!cy || !focus) return;
      const nodes = nodesStandingFor(cy, focus.candidates);
      fitNeighbourhood(cy, focus.id, nodes, insets?.() ?? evenInsets(30));
      // For end-to-end checks: where the neighbourhood ends up on screen, once the view is still.
      let isCurrent = true;
      const recordPositions = () => {
        if (!isCurrent || nodes.length > POSITIONS_HOOK_LIMIT || !container) return;
        if (cy.animated()) return void requestAnimationFrame(recordPositions);
        const positions = Object.fromEntries(
          nodes.map((node) => [node.id(), [node.renderedPosition('x'), node.renderedPosition('y')]]),
        );
        container.setAttribute('data-focus-positions', JSON.stringify({ focusedId: focus.id, positions }));
      };
      recordPositions();
      return () => {
        isCurrent = false;
      };
    },
    // Fits again on a new focus or request, and when the map is placed again; not on every fade.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, focus?.id, fitKey],
  );
}
