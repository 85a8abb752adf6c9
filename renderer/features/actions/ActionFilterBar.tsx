import { useT } from '../../i18n/useT';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import { EMPTY_ACTION_QUERY, isActionQueryEmpty, type ActionQuery } from './actionQuery';
import { useActionOptions } from './useActionOptions';

export function ActionFilterBar({ query, onChange }: { query: ActionQuery; onChange(query: ActionQuery): void }) {
  const { t } = useT();
  const options = useActionOptions();
  const update = (patch: Partial<ActionQuery>) => onChange({ ...query, ...patch });
  return (
    <div className="filter-bar" role="search">
      <input
        type="search"
        className="search-input"
        aria-label={t('actions.searchLabel')}
        placeholder={t('actions.searchPlaceholder')}
        value={query.text}
        onChange={(event) => update({ text: event.target.value })}
      />
      <MultiSelectFilter label={t('actions.filter.region')} options={options.regions} selected={query.regions} onChange={(regions) => update({ regions })} />
      <MultiSelectFilter label={t('actions.filter.kind')} options={options.kinds} selected={query.kinds} onChange={(kinds) => update({ kinds })} />
      <MultiSelectFilter label={t('actions.filter.status')} options={options.statuses} selected={query.statuses} onChange={(statuses) => update({ statuses })} />
      <MultiSelectFilter label={t('actions.filter.programme')} options={options.programmes} selected={query.programmeIds} onChange={(programmeIds) => update({ programmeIds })} />
      <MultiSelectFilter label={t('actions.filter.owner')} options={options.allStaff} selected={query.ownerIds} onChange={(ownerIds) => update({ ownerIds })} />
      <label className="date-filter">
        {t('actions.filter.from')}
        <input type="date" value={query.from} max={query.to || undefined} onChange={(event) => update({ from: event.target.value })} />
      </label>
      <label className="date-filter">
        {t('actions.filter.to')}
        <input type="date" value={query.to} min={query.from || undefined} onChange={(event) => update({ to: event.target.value })} />
      </label>
      {!isActionQueryEmpty(query) && (
        <button type="button" className="button-quiet" onClick={() => onChange(EMPTY_ACTION_QUERY)}>
          {t('common.clearFilters')}
        </button>
      )}
    </div>
  );
}
