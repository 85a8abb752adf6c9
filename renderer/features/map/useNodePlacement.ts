import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { MapLayoutName, MapPosition } from '../../../shared/domain/organisation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { mapPositionsOf } from '../../data/mapQueries';
import { useDatabase } from '../../data/useDatabase';
import { DEFAULT_VIEW_ID, savePositions } from '../../db/repositories/mapPositions';
import { groupNodeId, groupOf } from './mapModel';
import { groupCentre, regionLayoutPositions, type Point } from './regionLayout';

// Where nodes go. A layout runs when the user picks it or asks to re-arrange, never
// because something unrelated re-rendered; its result is stored, so the next visit draws
// at once. A stakeholder added later is placed beside its neighbours, leaving the rest
// where the user left them. Dragged nodes stay where they were dropped.

export const positionsViewId = (layout: MapLayoutName): string => `${DEFAULT_VIEW_ID}:${layout}`;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function layoutOptions(layout: Exclude<MapLayoutName, 'regions'>, fixed: ReadonlyMap<string, Point>): LayoutOptions {
  if (layout === 'fcose') {
    return {
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'default',
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nestingFactor: 0.6,
      fixedNodeConstraint: [...fixed].map(([nodeId, position]) => ({ nodeId, position })),
    } as LayoutOptions;
  }
  return {
    name: 'concentric',
    animate: false,
    concentric: (node: NodeSingular) => node.degree(false),
    levelWidth: () => 3,
    minNodeSpacing: 12,
  } as LayoutOptions;
}

function nearbyPoint(cy: Core, stakeholder: Stakeholder, placed: ReadonlySet<string>): Point {
  const neighbours = cy
    .$id(stakeholder.id)
    .neighborhood('node.stakeholder')
    .filter((node) => placed.has(node.id()));
  const anchors =
    neighbours.length > 0
      ? neighbours
      : cy
          .$id(groupNodeId(groupOf(stakeholder)))
          .children()
          .filter((node) => placed.has(node.id()));
  const jitter = () => (Math.random() - 0.5) * 80;
  if (anchors.length === 0) {
    const centre = groupCentre(groupOf(stakeholder));
    return { x: centre.x + jitter(), y: centre.y + jitter() };
  }
  const sum = { x: 0, y: 0 };
  anchors.nodes().forEach((node) => {
    sum.x += node.position('x');
    sum.y += node.position('y');
  });
  return { x: sum.x / anchors.length + jitter(), y: sum.y / anchors.length + jitter() };
}

function positionsOf(cy: Core, layout: MapLayoutName, ids: Iterable<string>): MapPosition[] {
  const viewId = positionsViewId(layout);
  return [...ids].map((id) => ({ viewId, stakeholderId: id, ...cy.$id(id).position() }));
}

interface PlacementInput {
  cy: Core | null;
  layout: MapLayoutName;
  /** Changes when the user asks to re-arrange: stored positions are then ignored. */
  arrangement: number;
  stakeholders: readonly Stakeholder[] | undefined;
  onPlaced(): void;
}

export function useNodePlacement({ cy, layout, arrangement, stakeholders, onPlaced }: PlacementInput): void {
  const database = useDatabase();
  const placed = useRef({ key: '', ids: new Set<string>() });
  const onPlacedRef = useRef(onPlaced);
  const layoutRef = useRef(layout);
  useEffect(function keepLatest() {
    onPlacedRef.current = onPlaced;
    layoutRef.current = layout;
  });

  useEffect(
    function rememberDraggedPositions() {
      if (!cy) return;
      const save = (event: { target: NodeSingular }) =>
        void savePositions(database, positionsOf(cy, layoutRef.current, [event.target.id()]));
      cy.on('dragfree', 'node.stakeholder', save);
      return () => void cy.removeListener('dragfree', 'node.stakeholder', save);
    },
    [cy, database],
  );

  useEffect(
    function placeNodes() {
      if (!cy || !stakeholders) return;
      const key = `${layout}#${arrangement}`;
      const isNewArrangement = placed.current.key !== key;
      const missing = stakeholders.filter((stakeholder) => isNewArrangement || !placed.current.ids.has(stakeholder.id));
      if (missing.length === 0) return;
      let isCancelled = false;
      void (async () => {
        const saved = new Map(
          (await mapPositionsOf(database, positionsViewId(layout))).map((position) => [
            position.stakeholderId,
            { x: position.x, y: position.y },
          ]),
        );
        if (isCancelled) return;
        if (isNewArrangement) placed.current = { key, ids: new Set() };
        const placedIds = placed.current.ids;
        cy.$('node.region-group').toggleClass('ungrouped', layout === 'concentric');
        const finish = (newlyPlaced: Iterable<string>, toSave: Iterable<string>) => {
          for (const id of newlyPlaced) placedIds.add(id);
          const positions = positionsOf(cy, layout, toSave);
          if (positions.length > 0) void savePositions(database, positions);
          if (isNewArrangement) cy.fit(cy.$('node.stakeholder:visible'), 30);
          onPlacedRef.current();
        };
        const missingIds = missing.map((stakeholder) => stakeholder.id);
        const hasAllSaved = missingIds.every((id) => saved.has(id));
        if (layout === 'regions' || hasAllSaved || !isNewArrangement) {
          const computed = layout === 'regions' ? regionLayoutPositions(stakeholders) : new Map<string, Point>();
          const unsaved: string[] = [];
          cy.batch(() => {
            for (const stakeholder of missing) {
              const position =
                saved.get(stakeholder.id) ?? computed.get(stakeholder.id) ?? nearbyPoint(cy, stakeholder, placedIds);
              if (!saved.has(stakeholder.id) && layout !== 'regions') unsaved.push(stakeholder.id);
              cy.$id(stakeholder.id).position(position);
            }
          });
          finish(missingIds, unsaved);
          return;
        }
        const run = (layout === 'fcose' ? cy.elements() : cy.$('node.stakeholder')).layout(
          layoutOptions(layout, saved),
        );
        run.one('layoutstop', () => {
          if (isCancelled) return;
          if (layout === 'concentric') cy.batch(() => saved.forEach((position, id) => cy.$id(id).position(position)));
          finish(missingIds, missingIds);
        });
        run.run();
      })();
      return () => {
        isCancelled = true;
      };
    },
    [cy, database, layout, arrangement, stakeholders],
  );
}

export function centreOn(cy: Core, nodeId: string): void {
  const node = cy.$id(nodeId);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), 0.9);
  if (prefersReducedMotion()) {
    cy.zoom(zoom);
    cy.center(node);
  } else {
    cy.animate({ center: { eles: node }, zoom }, { duration: 300 });
  }
}
