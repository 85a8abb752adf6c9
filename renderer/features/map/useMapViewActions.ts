import type { Core } from 'cytoscape';
import { useState, type RefObject } from 'react';
import type { Insets } from './fitView';
import { fitAll, zoomBy, ZOOM_STEP } from './mapViewport';
import { useMapShortcuts } from './useMapShortcuts';

export interface MapViewActions {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  /** Asks the canvas to fit the focused neighbourhood again (it counts the requests). */
  fitSelection(): void;
  fitRequests: number;
}

/** The zoom and fit buttons' actions, and the same actions from the keyboard. */
export function useMapViewActions(
  cyRef: RefObject<Core | null>,
  insets: () => Insets,
  onHelp: () => void,
): MapViewActions {
  const [fitRequests, setFitRequests] = useState(0);
  const actions: MapViewActions = {
    zoomIn: () => void (cyRef.current && zoomBy(cyRef.current, ZOOM_STEP)),
    zoomOut: () => void (cyRef.current && zoomBy(cyRef.current, 1 / ZOOM_STEP)),
    fitAll: () => void (cyRef.current && fitAll(cyRef.current, insets())),
    fitSelection: () => setFitRequests((count) => count + 1),
    fitRequests,
  };
  useMapShortcuts((action) => (action === 'help' ? onHelp() : actions[action]()));
  return actions;
}
