import { useRef, type ReactNode } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';

export type MapPanelName = 'filters' | 'display' | 'time';

interface MapToolbarProps {
  /** Everything the map has read, for the search box. */
  stakeholders: readonly Stakeholder[];
  focusedId: string | null;
  onFocus(stakeholderId: string | null): void;
  /** How many filters are on, shown on the Filters button. */
  activeFilterCount: number;
  /** What the Time button says while the map shows another day ("As of …"); null for today. */
  timeLabel?: string | null;
  openPanel: MapPanelName | null;
  onTogglePanel(panel: MapPanelName): void;
  onShowShortcuts(): void;
  /** The panels' ids, for aria-controls. */
  panelIds: Record<MapPanelName, string>;
  /** The page's own actions (pictures of the map), at the end of the bar. */
  actions?: ReactNode;
}

/**
 * One compact row above the map: search, the buttons that open the filters and display
 * panels over the map's edge, and the keyboard shortcuts. The map keeps the rest of the page.
 */
export function MapToolbar({
  stakeholders,
  focusedId,
  onFocus,
  activeFilterCount,
  timeLabel = null,
  openPanel,
  onTogglePanel,
  onShowShortcuts,
  panelIds,
  actions,
}: MapToolbarProps) {
  const { t } = useT();
  const searchRef = useRef<HTMLDivElement>(null);
  const isActive = (panel: MapPanelName) =>
    (panel === 'filters' && activeFilterCount > 0) || (panel === 'time' && timeLabel !== null);
  const toggle = (panel: MapPanelName, label: string) => (
    <button
      type="button"
      className={`map-toolbar-toggle${isActive(panel) ? ' filter-active' : ''}`}
      aria-expanded={openPanel === panel}
      aria-controls={panelIds[panel]}
      onClick={() => onTogglePanel(panel)}
      // A click or Enter leaves the focus here, outside the panel that closes on its own Escape.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || openPanel !== panel) return;
        event.stopPropagation();
        onTogglePanel(panel);
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="map-toolbar-tools" role="group" aria-label={t('map.toolbar')}>
      <div className="map-search" role="search" ref={searchRef}>
        <StakeholderPicker
          stakeholders={stakeholders}
          label={t('map.search')}
          placeholder={t('map.searchPlaceholder')}
          value={focusedId ?? ''}
          onChange={(id) => onFocus(id || null)}
        />
        {focusedId && (
          <button
            type="button"
            className="button-quiet map-clear-focus"
            aria-label={t('map.clearFocus')}
            title={t('map.clearFocus')}
            onClick={() => {
              // This button goes with the highlight: the focus goes back to the search box.
              searchRef.current?.querySelector('input')?.focus();
              onFocus(null);
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {toggle(
        'filters',
        activeFilterCount > 0 ? t('map.toolbar.filtersOn', { count: activeFilterCount }) : t('map.toolbar.filters'),
      )}
      {toggle('time', timeLabel ?? t('map.time.button'))}
      {toggle('display', t('map.toolbar.display'))}
      <button
        type="button"
        className="map-toolbar-toggle map-shortcuts-button"
        aria-label={t('map.toolbar.shortcuts')}
        title={`${t('map.toolbar.shortcuts')} (?)`}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={onShowShortcuts}
      >
        <span aria-hidden="true">?</span>
      </button>
      {actions}
    </div>
  );
}
