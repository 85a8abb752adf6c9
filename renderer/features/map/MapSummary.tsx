import { useT } from '../../i18n/useT';
import type { MapGroup } from './mapModel';

interface MapSummaryProps {
  total: number;
  shown: number;
  /** Shown stakeholders per group (countByGroup). */
  groups: ReadonlyArray<readonly [MapGroup, number]>;
  /** The map as of a day (and compared with an earlier one): gained and lost ties as drawn. */
  time?: { day: string; from: string | null; gained: number; lost: number; isNothingKnown: boolean } | null;
}

/** In words, what the map draws: how many stakeholders, region by region. */
export function MapSummary({ total, shown, groups, time = null }: MapSummaryProps) {
  const { t, formatDate } = useT();
  const groupLabel = (group: MapGroup) => (group === 'none' ? t('map.group.none') : t(`region.${group}`));
  return (
    <p className="map-summary" data-testid="map-summary" role="status">
      {time && (
        <strong className="map-summary-time">{t('map.time.summaryAsOf', { day: formatDate(time.day) })} · </strong>
      )}
      <strong>{t('map.summary', { shown, total })}</strong>
      {groups.map(([group, count]) => (
        <span key={group} className="map-summary-group" data-group={group}>
          {' · '}
          {t('map.summaryGroup', { group: groupLabel(group), count })}
        </span>
      ))}
      {time?.from && (
        <span className="map-summary-compare" data-testid="map-summary-compare">
          {' · '}
          {t('map.time.summaryCompare', { from: formatDate(time.from), gained: time.gained, lost: time.lost })}
        </span>
      )}
      {shown === 0 && total > 0 && (
        <span>
          {' · '}
          {time?.isNothingKnown ? t('map.time.nothingKnown', { day: formatDate(time.day) }) : t('map.nothingMatches')}
        </span>
      )}
    </p>
  );
}
