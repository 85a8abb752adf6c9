import type { CollectionArgument, Core } from 'cytoscape';

/**
 * Like `cy.fit(elements, padding)`, from the nodes' boxes without their labels: Cytoscape's
 * own fit measures every label first, which is most of the cost of a filter on a large map.
 */
export function fitView(cy: Core, elements: CollectionArgument, padding: number): void {
  const box = elements.boundingBox({ includeLabels: false, includeOverlays: false });
  if (!Number.isFinite(box.w) || !Number.isFinite(box.h)) return;
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0) return;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))),
  );
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 },
  });
}
