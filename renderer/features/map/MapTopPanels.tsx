import type { KeyboardEvent, ReactNode } from 'react';
import type { MapPanelName } from './MapToolbar';

interface MapTopPanelsProps {
  openPanel: MapPanelName | null;
  onClose(): void;
  panelIds: Record<MapPanelName, string>;
  filters: ReactNode;
  display: ReactNode;
  time: ReactNode;
}

/**
 * The toolbar's Filters, Time and Display panels, floating over the map's top edge. Escape closes
 * the open one and gives the focus back to its toolbar button (an open filter list inside
 * closes first: MultiSelectFilter keeps its own Escape).
 */
export function MapTopPanels({ openPanel, onClose, panelIds, filters, display, time }: MapTopPanelsProps) {
  const closeOnEscape = (panel: MapPanelName) => (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
    document.querySelector<HTMLElement>(`[aria-controls="${panelIds[panel]}"]`)?.focus();
  };
  return (
    <>
      <div
        id={panelIds.filters}
        className="map-top-panel"
        hidden={openPanel !== 'filters'}
        onKeyDown={closeOnEscape('filters')}
      >
        {filters}
      </div>
      <div
        id={panelIds.display}
        className="map-top-panel"
        hidden={openPanel !== 'display'}
        onKeyDown={closeOnEscape('display')}
      >
        {display}
      </div>
      <div id={panelIds.time} className="map-top-panel" hidden={openPanel !== 'time'} onKeyDown={closeOnEscape('time')}>
        {time}
      </div>
    </>
  );
}
