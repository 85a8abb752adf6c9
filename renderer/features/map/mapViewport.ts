import type { BoundingBox12, Core, NodeCollection } from 'cytoscape';
import { fitView, viewportFor, type Insets } from './fitView';

// What the zoom buttons, their shortcuts and the focus do to the map's viewport. None of
// them moves a node or runs a layout: they only change zoom and pan.

/** The frames whose titles name the regions: a fit of the whole map keeps them on screen. */
export const REGION_FRAMES = 'node.region-group';

/** Each press of zoom in or out, as a factor. */
export const ZOOM_STEP = 1.25;
/** A focus zooms in no further than this: a lone stakeholder is not blown up to fill the map. */
export const FOCUS_MAX_ZOOM = 1.5;
/** Below this many nodes in view, the focus makes room for every label, not only the focused one's. */
const LABELLED_FIT_LIMIT = 100;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Zooms by `factor` around the canvas's centre, within the map's zoom limits. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.stop();
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fits every stakeholder or group drawn (not hidden by the filters) into view. */
export function fitAll(cy: Core, insets: Insets): void {
  const shown = cy.$('node.stakeholder, node.category-group, node.region-summary').not('.filtered-out');
  cy.stop();
  if (shown.nonempty()) fitView(cy, shown, insets, cy.$(REGION_FRAMES).not('.filtered-out'));
}

/**
 * The nodes that stand for the focused stakeholder's neighbourhood: each stakeholder's own
 * node when drawn, else the first of its stand-ins (in the overview, its category group,
 * then its region) that is.
 */
export function nodesStandingFor(cy: Core, candidates: Iterable<readonly string[]>): NodeCollection {
  const ids = new Set<string>();
  for (const list of candidates) {
    for (const id of list) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode() && !node.hasClass('filtered-out')) {
        ids.add(id);
        break;
      }
    }
  }
  return cy.nodes().filter((node) => ids.has(node.id()));
}

function union(a: BoundingBox12, b: BoundingBox12): BoundingBox12 {
  return { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) };
}

/**
 * Brings the focused stakeholder and its neighbourhood into view, inside the canvas less
 * `insets`, with room for the focused node's (bold) label, so that no part of it is cut.
 */
export function fitNeighbourhood(cy: Core, focusedId: string, nodes: NodeCollection, insets: Insets): void {
  if (nodes.empty()) return;
  const isSmall = nodes.length <= LABELLED_FIT_LIMIT;
  let box: BoundingBox12 = nodes.boundingBox({ includeLabels: isSmall, includeOverlays: false });
  const focused = cy.getElementById(focusedId);
  if (focused.nonempty()) box = union(box, focused.boundingBox({ includeLabels: true, includeOverlays: false }));
  const viewport = viewportFor({ width: cy.width(), height: cy.height() }, box, insets, {
    min: cy.minZoom(),
    max: Math.min(cy.maxZoom(), FOCUS_MAX_ZOOM),
  });
  if (!viewport) return;
  cy.stop();
  if (prefersReducedMotion()) cy.viewport(viewport);
  else cy.animate(viewport, { duration: 250 });
}
