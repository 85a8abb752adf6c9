import { useT } from '../../i18n/useT';

interface ZoomControlsProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFitAll(): void;
  onFitSelection(): void;
  /** Whether a stakeholder is selected, for "fit selection". */
  hasSelection: boolean;
}

/** Zoom and fit buttons floating over the map; their shortcuts are in their titles. */
export function ZoomControls({ onZoomIn, onZoomOut, onFitAll, onFitSelection, hasSelection }: ZoomControlsProps) {
  const { t } = useT();
  const button = (label: string, shortcut: string, onClick: () => void, icon: React.ReactNode, isDisabled = false) => (
    <button
      type="button"
      className="map-zoom-button"
      aria-label={label}
      aria-keyshortcuts={shortcut}
      title={`${label} (${shortcut})`}
      onClick={onClick}
      disabled={isDisabled}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        {icon}
      </svg>
    </button>
  );
  return (
    <div className="map-zoom" role="group" aria-label={t('map.zoom.controls')}>
      {button(t('map.zoom.in'), '+', onZoomIn, <path d="M10 4v12M4 10h12" />)}
      {button(t('map.zoom.out'), '-', onZoomOut, <path d="M4 10h12" />)}
      {button(t('map.zoom.fitAll'), '0', onFitAll, <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />)}
      {button(
        t('map.zoom.fitSelection'),
        'F',
        onFitSelection,
        <>
          <circle cx="10" cy="10" r="2.5" />
          <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />
        </>,
        !hasSelection,
      )}
    </div>
  );
}
