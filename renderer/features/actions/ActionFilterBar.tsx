import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { isWholeDate } from '../../ui/dateText';
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
      <DateField
        className="date-filter"
        hasHint={false}
        label={t('actions.filter.from')}
        value={query.from}
        onChange={(from) => isWholeDate(from) && update({ from })}
      />
      <DateField
        className="date-filter"
        hasHint={false}
        label={t('actions.filter.to')}
        value={query.to}
        onChange={(to) => isWholeDate(to) && update({ to })}
      />
    </FilterBar>
  );
}
