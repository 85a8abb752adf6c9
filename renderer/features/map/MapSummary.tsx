import { useT } from '../../i18n/useT';
import type { MapGroup } from './mapModel';

interface MapSummaryProps {
  total: number;
  shown: number;
  /** Shown stakeholders per group (countByGroup). */
  groups: ReadonlyArray<readonly [MapGroup, number]>;
}

/** In words, what the map draws: how many stakeholders, region by region. */
export function MapSummary({ total, shown, groups }: MapSummaryProps) {
  const { t } = useT();
  const groupLabel = (group: MapGroup) => (group === 'none' ? t('map.group.none') : t(`region.${group}`));
  return (
    <p className="map-summary" data-testid="map-summary" role="status">
      <strong>{t('map.summary', { shown, total })}</strong>
      {groups.map(([group, count]) => (
        <span key={group} className="map-summary-group" data-group={group}>
          {' · '}
          {t('map.summaryGroup', { group: groupLabel(group), count })}
        </span>
      ))}
      {shown === 0 && total > 0 && <span> · {t('map.nothingMatches')}</span>}
    </p>
  );
}
