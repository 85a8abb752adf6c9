import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';
import type { IntroductionPath } from '../../../shared/graph/paths';
import { fitView, type Insets } from './fitView';

/** The class of a shown path's stakeholders and relationships (styled in mapStylesheet.ts). */
export const PATH_CLASS = 'on-path';

/** The map elements of a path: its stakeholders' nodes and its relationships' edges (their ids on the map). */
export function pathElementIds(path: IntroductionPath): { nodeIds: string[]; edgeIds: string[] } {
  return { nodeIds: [...path.stakeholderIds], edgeIds: path.steps.map((step) => step.relationship.id) };
}

/**
 * Marks `path` on the map and fits the view to it once all its stakeholders are drawn.
 * Elements drawn later (a large map draws in steps, an overview opens the groups the path
 * crosses) are marked as they arrive. What is marked is written on `reportTo` as
 * data-path-nodes / data-path-edges: read from Cytoscape itself, for tests and assistive summaries.
 */
export function usePathHighlight(
  cyRef: RefObject<Core | null>,
  path: IntroductionPath | null,
  reportTo: RefObject<HTMLElement | null>,
  /** Room the overlays (toolbar, side panel) take over the canvas: the path is fitted beside them. */
  insets: () => Insets | number = () => 60,
): void {
  const insetsRef = useRef(insets);
  useEffect(function keepLatestInsets() {
    insetsRef.current = insets;
  });
  useEffect(
    function highlightPath() {
      const cy = cyRef.current;
      if (!cy || !path) return;
      const reportElement = reportTo.current;
      const { nodeIds, edgeIds } = pathElementIds(path);
      const ids = new Set([...nodeIds, ...edgeIds]);
      let isFitted = false;
      const report = () => {
        const marked = cy.$(`.${PATH_CLASS}`);
        reportElement?.setAttribute('data-path-nodes', String(marked.nodes().length));
        reportElement?.setAttribute('data-path-edges', String(marked.edges().length));
        let nodes = cy.collection();
        for (const id of nodeIds) nodes = nodes.union(cy.getElementById(id));
        if (!isFitted && nodes.length === nodeIds.length) {
          isFitted = true;
          fitView(cy, nodes, insetsRef.current());
        }
      };
      cy.batch(() => {
        for (const id of ids) cy.getElementById(id).addClass(PATH_CLASS);
      });
      report();
      const markArrival = (event: EventObject) => {
        const element = event.target as ReturnType<Core['getElementById']>;
        if (!ids.has(element.id())) return;
        element.addClass(PATH_CLASS);
        report();
      };
      cy.on('add', markArrival);
      return () => {
        cy.removeListener('add', markArrival);
        cy.$(`.${PATH_CLASS}`).removeClass(PATH_CLASS);
        reportElement?.removeAttribute('data-path-nodes');
        reportElement?.removeAttribute('data-path-edges');
      };
    },
    [cyRef, path, reportTo],
  );
}
