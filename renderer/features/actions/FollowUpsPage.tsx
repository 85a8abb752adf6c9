import type { FollowUpScope } from '../../../shared/analysis/followUps';
import { readListParams, useFiltersInLink, writeListParams } from '../../app/queryParams';
import { routeHref, type Route } from '../../app/route';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { FilterBar } from '../../ui/FilterBar';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import { FollowUpEntryList } from './FollowUpEntryList';
import { useActionOptions } from './useActionOptions';
import { useFollowUpEntries, type FollowUpSelection } from './useFollowUpEntries';
import './actions.css';

const LIST_PARAMS = { regions: 'region', ownerIds: 'owner' } as const;

function selectionFromParams(params: Readonly<Record<string, string>>): FollowUpSelection {
  return { scope: params.scope === 'overdue' ? 'overdue' : 'open', ...readListParams(params, LIST_PARAMS) };
}

function paramsFromSelection(selection: FollowUpSelection): Record<string, string> {
  return { ...(selection.scope === 'overdue' ? { scope: 'overdue' } : {}), ...writeListParams(selection, LIST_PARAMS) };
}

const NO_FILTERS: FollowUpSelection = { scope: 'open', regions: [], ownerIds: [] };

export function FollowUpsPage({ route }: { route: Route }) {
  const { t, tn } = useT();
  const options = useActionOptions();
  const [selection, changeSelection] = useFiltersInLink(route, {
    fromParams: selectionFromParams,
    toParams: paramsFromSelection,
  });
  const { entries, today } = useFollowUpEntries(selection);
  const { entries: allOpen } = useFollowUpEntries(NO_FILTERS);

  const update = (patch: Partial<FollowUpSelection>) => changeSelection({ ...selection, ...patch });
  const isFiltered = Object.keys(paramsFromSelection(selection)).length > 0;

  return (
    <div className="page follow-ups-page">
      <div className="page-header">
        <h1>{t('followUps.title')}</h1>
      </div>
      <p className="muted">{t('followUps.intro')}</p>
      {entries === undefined || allOpen === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : allOpen.length === 0 ? (
        <EmptyState
          title={t('followUps.emptyOpen')}
          actions={
            <a className="button" href={routeHref({ section: 'actions' })}>
              {t('actions.title')}
            </a>
          }
        >
          <p>{t('followUps.emptyOpenText')}</p>
        </EmptyState>
      ) : (
        <>
          <FilterBar isFiltered={isFiltered} onClear={() => changeSelection(NO_FILTERS)}>
            <fieldset className="segmented">
              <legend>{t('followUps.scope')}</legend>
              {(['open', 'overdue'] as const).map((scope: FollowUpScope) => (
                <label key={scope} className={selection.scope === scope ? 'is-checked' : undefined}>
                  <input
                    type="radio"
                    name="follow-up-scope"
                    value={scope}
                    checked={selection.scope === scope}
                    onChange={() => update({ scope })}
                  />
                  {t(`followUps.scope.${scope}`)}
                </label>
              ))}
            </fieldset>
            <MultiSelectFilter
              label={t('followUps.filter.region')}
              options={options.regions}
              selected={selection.regions}
              onChange={(regions) => update({ regions })}
            />
            <MultiSelectFilter
              label={t('followUps.filter.owner')}
              options={options.allStaff}
              selected={selection.ownerIds}
              onChange={(ownerIds) => update({ ownerIds })}
            />
          </FilterBar>
          <p className="muted" role="status" data-testid="follow-up-count">
            {tn('followUps.count', entries.length)}
          </p>
          {entries.length === 0 ? (
            <EmptyState
              title={
                selection.scope === 'overdue' && selection.regions.length === 0 && selection.ownerIds.length === 0
                  ? t('followUps.emptyOverdue')
                  : t('followUps.noMatchTitle')
              }
              actions={
                <button type="button" onClick={() => changeSelection(NO_FILTERS)}>
                  {t('common.clearFilters')}
                </button>
              }
            />
          ) : (
            <FollowUpEntryList
              entries={entries}
              today={today}
              label={t(selection.scope === 'overdue' ? 'followUps.overdueListLabel' : 'followUps.listLabel')}
            />
          )}
        </>
      )}
    </div>
  );
}
