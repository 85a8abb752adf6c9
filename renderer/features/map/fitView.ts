import type { BoundingBox12, CollectionArgument, Core } from 'cytoscape';

/** Room to leave on each side of the canvas, in screen pixels: overlays sit there. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const evenInsets = (padding: number): Insets => ({
  top: padding,
  right: padding,
  bottom: padding,
  left: padding,
});

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The viewport that shows `box` (model coordinates) whole inside the canvas less `insets`. */
export function viewportFor(
  canvas: { width: number; height: number },
  box: BoundingBox12,
  insets: Insets,
  zoomLimits: { min: number; max: number },
): Viewport | null {
  if (![box.x1, box.x2, box.y1, box.y2].every(Number.isFinite)) return null;
  let { top, right, bottom, left } = insets;
  // A canvas too small for its overlays keeps at least half of itself for the map.
  if (canvas.width - left - right < canvas.width / 2) left = right = canvas.width / 8;
  if (canvas.height - top - bottom < canvas.height / 2) top = bottom = canvas.height / 8;
  const width = canvas.width - left - right;
  const height = canvas.height - top - bottom;
  if (width <= 0 || height <= 0) return null;
  const zoom = Math.min(
    zoomLimits.max,
    Math.max(zoomLimits.min, Math.min(width / Math.max(box.x2 - box.x1, 1), height / Math.max(box.y2 - box.y1, 1))),
  );
  return {
    zoom,
    pan: {
      x: left + (width - zoom * (box.x1 + box.x2)) / 2,
      y: top + (height - zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/**
 * Like `cy.fit(elements, padding)`, from the nodes' boxes without their labels: Cytoscape's
 * own fit measures every label first, which is most of the cost of a filter on a large map.
 * `titled`, when given, are the few region frames whose titles must stay whole on screen
 * ("National, EU and international" is wider than its frame): only their labels are measured.
 */
export function fitView(
  cy: Core,
  elements: CollectionArgument,
  padding: number | Insets,
  titled?: CollectionArgument,
): void {
  const bodies = elements.boundingBox({ includeLabels: false, includeOverlays: false });
  const titles =
    titled && titled.nonempty()
      ? titled.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false })
      : bodies;
  const box = {
    x1: Math.min(bodies.x1, titles.x1),
    y1: Math.min(bodies.y1, titles.y1),
    x2: Math.max(bodies.x2, titles.x2),
    y2: Math.max(bodies.y2, titles.y2),
  };
  const insets = typeof padding === 'number' ? evenInsets(padding) : padding;
  const viewport = viewportFor({ width: cy.width(), height: cy.height() }, box, insets, {
    min: cy.minZoom(),
    max: cy.maxZoom(),
  });
  if (viewport) cy.viewport(viewport);
}
