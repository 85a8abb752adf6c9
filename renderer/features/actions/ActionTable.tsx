import type { FollowUpCounts } from '../../../shared/analysis/followUps';
import type { AdvocacyAction } from '../../../shared/domain/action';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { followUpCountText } from './followUpCountText';
import { useActionOptions } from './useActionOptions';

interface ActionTableProps {
  actions: readonly AdvocacyAction[];
  followUpCounts: ReadonlyMap<string, FollowUpCounts>;
}

export function ActionTable({ actions, followUpCounts }: ActionTableProps) {
  const { t, tn, formatDate } = useT();
  const options = useActionOptions();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label={t('actions.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('actions.col.date')}</th>
            <th scope="col">{t('actions.col.title')}</th>
            <th scope="col">{t('actions.col.kind')}</th>
            <th scope="col">{t('actions.col.status')}</th>
            <th scope="col">{t('actions.col.regions')}</th>
            <th scope="col">{t('actions.col.owner')}</th>
            <th scope="col">{t('actions.col.targets')}</th>
            <th scope="col">{t('actions.col.followUps')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const counts = followUpCounts.get(action.id) ?? { open: 0, overdue: 0 };
            return (
              <tr key={action.id}>
                <td style={{ whiteSpace: 'nowrap' }}>{formatDate(action.date)}</td>
                <td>
                  <a href={routeHref({ section: 'actions', id: action.id })}>{action.title}</a>
                </td>
                <td>{t(`actionKind.${action.kind}`)}</td>
                <td>
                  <span className={`badge status-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
                </td>
                <td>{options.regionList(action.regions) || <span className="muted">{t('actions.noRegion')}</span>}</td>
                <td>{options.staffName(action.ownerId) || <span className="muted">{t('actions.noOwner')}</span>}</td>
                <td>{action.targetIds.length}</td>
                <td>
                  {counts.open === 0 ? (
                    <span className="muted">0</span>
                  ) : (
                    <span className={counts.overdue ? 'overdue-count' : undefined}>
                      {followUpCountText(tn, counts)}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
