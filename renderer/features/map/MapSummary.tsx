import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { countByGroup } from './mapFilters';
import type { MapGroup } from './mapModel';

/** In words, what the map draws: how many stakeholders, region by region. */
export function MapSummary({ stakeholders, shownIds }: { stakeholders: readonly Stakeholder[]; shownIds: ReadonlySet<string> }) {
  const { t } = useT();
  const groupLabel = (group: MapGroup) => (group === 'none' ? t('map.group.none') : t(`region.${group}`));
  const groups = countByGroup(stakeholders, shownIds);
  return (
    <p className="map-summary" data-testid="map-summary" role="status">
      <strong>{t('map.summary', { shown: shownIds.size, total: stakeholders.length })}</strong>
      {groups.map(([group, count]) => (
        <span key={group} className="map-summary-group" data-group={group}>
          {' · '}
          {t('map.summaryGroup', { group: groupLabel(group), count })}
        </span>
      ))}
      {shownIds.size === 0 && stakeholders.length > 0 && <span> · {t('map.nothingMatches')}</span>}
    </p>
  );
}
