import { useMemo, useState } from 'react';
import { countFollowUps, followUpsByAction, type FollowUpCounts } from '../../../shared/analysis/followUps';
import { useFiltersInLink } from '../../app/queryParams';
import type { Route } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useActionList } from '../../data/useActionQueries';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { ActionFilterBar } from './ActionFilterBar';
import { ActionFormDialog } from './ActionFormDialog';
import {
  actionMatcher,
  actionQueryFromParams,
  EMPTY_ACTION_QUERY,
  isActionQueryEmpty,
  newestFirst,
  paramsFromActionQuery,
  type ActionQuery,
} from './actionQuery';
import { ActionTable } from './ActionTable';
import './actions.css';

/** Rows rendered at first; more on request. */
const PAGE_SIZE = 200;

export function ActionsPage({ route }: { route: Route }) {
  const { t } = useT();
  const data = useActionList();
  const [isCreating, setIsCreating] = useState(() => Boolean(route.query.new));
  const [visibleCount, setVisibleCount] = useState(PAGE_SIZE);
  const [query, setQuery] = useFiltersInLink<ActionQuery>(
    route,
    { fromParams: actionQueryFromParams, toParams: paramsFromActionQuery },
    (linked) => {
      if (linked.new) setIsCreating(true);
    },
  );

  function changeQuery(next: ActionQuery) {
    setQuery(next);
    setVisibleCount(PAGE_SIZE);
  }

  const rows = useMemo(() => (data ? data.actions.filter(actionMatcher(query)).sort(newestFirst) : []), [data, query]);
  const today = useToday();
  const followUpCounts = useMemo(() => {
    if (!data) return new Map<string, FollowUpCounts>();
    const actionById = new Map(data.actions.map((action) => [action.id, action]));
    const counts = new Map<string, FollowUpCounts>();
    for (const [actionId, followUps] of followUpsByAction(data.openFollowUps)) {
      const action = actionById.get(actionId);
      if (action) counts.set(actionId, countFollowUps(followUps, action, today));
    }
    return counts;
  }, [data, today]);

  const newButton = (
    <button type="button" className="button-primary" onClick={() => setIsCreating(true)}>
      {t('actions.new')}
    </button>
  );

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('actions.title')}</h1>
        <div className="page-actions">{newButton}</div>
      </div>
      {data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : data.actions.length === 0 ? (
        <EmptyState title={t('actions.emptyTitle')} actions={newButton}>
          <p>{t('actions.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <ActionFilterBar query={query} onChange={changeQuery} />
          <p className="muted" role="status" data-testid="action-count">
            {t('actions.count', { shown: rows.length, total: data.actions.length })}
          </p>
          {rows.length === 0 ? (
            <EmptyState
              title={t('actions.noMatchTitle')}
              actions={
                !isActionQueryEmpty(query) && (
                  <button type="button" onClick={() => changeQuery(EMPTY_ACTION_QUERY)}>
                    {t('common.clearFilters')}
                  </button>
                )
              }
            />
          ) : (
            <ActionTable actions={rows.slice(0, visibleCount)} followUpCounts={followUpCounts} />
          )}
          {rows.length > visibleCount && (
            <button type="button" onClick={() => setVisibleCount((count) => count + PAGE_SIZE)}>
              {t('actions.showMore', { count: Math.min(PAGE_SIZE, rows.length - visibleCount) })}
            </button>
          )}
        </>
      )}
      {isCreating && <ActionFormDialog onClose={() => setIsCreating(false)} />}
    </div>
  );
}
