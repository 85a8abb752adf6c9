import type { RegionId } from '../../../shared/domain/regions';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { FollowUpEntryList } from './FollowUpEntryList';
import { useFollowUpEntries } from './useFollowUpEntries';

export interface FollowUpListProps {
  /** 'overdue': open and past due; 'open': every follow-up not yet done, overdue first. */
  scope: 'overdue' | 'open';
  /** Only follow-ups of actions in this region. */
  region?: RegionId;
  /** Show at most this many, with a link to the full list. */
  limit?: number;
}

// Owned by the actions feature; the dashboard embeds it.
export function FollowUpList({ scope, region, limit }: FollowUpListProps) {
  const { t } = useT();
  const { entries, today } = useFollowUpEntries({ scope, regions: region ? [region] : [], ownerIds: [] });
  if (entries === undefined) return <p role="status">{t('common.loading')}</p>;
  if (entries.length === 0)
    return <p className="muted">{t(scope === 'overdue' ? 'followUps.noneOverdue' : 'followUps.noneOpen')}</p>;
  const shown = limit === undefined ? entries : entries.slice(0, limit);
  const fullListHref = routeHref({ section: 'follow-ups', query: { scope, region } });
  return (
    <div className="follow-up-embed">
      <FollowUpEntryList
        entries={shown}
        today={today}
        label={t(scope === 'overdue' ? 'followUps.overdueListLabel' : 'followUps.listLabel')}
        isCompact
      />
      {limit !== undefined && (
        <p className="follow-up-more">
          <a href={fullListHref}>
            {entries.length > shown.length ? t('followUps.seeAll', { count: entries.length }) : t('followUps.openList')}
          </a>
        </p>
      )}
    </div>
  );
}
