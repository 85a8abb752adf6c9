import { useT } from '../../i18n/useT';
import { FilterBar } from '../../ui/FilterBar';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import { EMPTY_ACTION_QUERY, isActionQueryEmpty, type ActionQuery } from './actionQuery';
import { useActionOptions } from './useActionOptions';

export function ActionFilterBar({ query, onChange }: { query: ActionQuery; onChange(query: ActionQuery): void }) {
  const { t } = useT();
  const options = useActionOptions();
  const update = (patch: Partial<ActionQuery>) => onChange({ ...query, ...patch });
  return (
    <FilterBar
      search={{
        label: t('actions.searchLabel'),
        placeholder: t('actions.searchPlaceholder'),
        value: query.text,
        onChange: (text) => update({ text }),
      }}
      isFiltered={!isActionQueryEmpty(query)}
      onClear={() => onChange(EMPTY_ACTION_QUERY)}
    >
      <MultiSelectFilter
        label={t('actions.filter.region')}
        options={options.regions}
        selected={query.regions}
        onChange={(regions) => update({ regions })}
      />
      <MultiSelectFilter
        label={t('actions.filter.kind')}
        options={options.kinds}
        selected={query.kinds}
        onChange={(kinds) => update({ kinds })}
      />
      <MultiSelectFilter
        label={t('actions.filter.status')}
        options={options.statuses}
        selected={query.statuses}
        onChange={(statuses) => update({ statuses })}
      />
      <MultiSelectFilter
        label={t('actions.filter.programme')}
        options={options.programmes}
        selected={query.programmeIds}
        onChange={(programmeIds) => update({ programmeIds })}
      />
      <MultiSelectFilter
        label={t('actions.filter.owner')}
        options={options.allStaff}
        selected={query.ownerIds}
        onChange={(ownerIds) => update({ ownerIds })}
      />
      <label className="date-filter">
        {t('actions.filter.from')}
        <input
          type="date"
          value={query.from}
          max={query.to || undefined}
          onChange={(event) => update({ from: event.target.value })}
        />
      </label>
      <label className="date-filter">
        {t('actions.filter.to')}
        <input
          type="date"
          value={query.to}
          min={query.from || undefined}
          onChange={(event) => update({ to: event.target.value })}
        />
      </label>
    </FilterBar>
  );
}
