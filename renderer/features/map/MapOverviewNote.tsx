import { useT } from '../../i18n/useT';
import type { MapGroup } from './mapModel';

export interface OverviewRegion {
  group: MapGroup;
  /** The region's node id, as the map knows it. */
  id: string;
  count: number;
  isOpen: boolean;
}

interface MapOverviewNoteProps {
  regions: readonly OverviewRegion[];
  groupLabel(group: MapGroup): string;
  onToggle(id: string, isOpen: boolean): void;
  openCount: number;
  onCloseAll(): void;
}

/**
 * Says why a large network is drawn as groups and how to reach every stakeholder, and opens
 * regions from the keyboard as a click on the map does.
 */
export function MapOverviewNote({ regions, groupLabel, onToggle, openCount, onCloseAll }: MapOverviewNoteProps) {
  const { t } = useT();
  return (
    <div className="map-overview-note" data-testid="map-overview-note">
      <p className="muted">{t('map.overview')}</p>
      <div className="map-overview-regions" role="group" aria-label={t('map.overview.regions')}>
        {regions.map((region) => (
          <button
            key={region.id}
            type="button"
            aria-pressed={region.isOpen}
            onClick={() => onToggle(region.id, region.isOpen)}
          >
            {t('map.overview.region', { group: groupLabel(region.group), count: region.count })}
          </button>
        ))}
        {openCount > 0 && (
          <button type="button" className="button-quiet" onClick={onCloseAll}>
            {t('map.overview.closeAll', { count: openCount })}
          </button>
        )}
      </div>
    </div>
  );
}
