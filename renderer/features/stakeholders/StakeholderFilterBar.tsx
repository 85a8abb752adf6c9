import type { RefObject } from 'react';
import { useT } from '../../i18n/useT';
import { FilterBar } from '../../ui/FilterBar';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import { EMPTY_QUERY, isQueryEmpty, type StakeholderQuery } from './stakeholderQuery';
import { useStakeholderOptions } from './useStakeholderOptions';

interface StakeholderFilterBarProps {
  query: StakeholderQuery;
  onChange(query: StakeholderQuery): void;
  tags: readonly string[];
  searchRef?: RefObject<HTMLInputElement | null>;
}

export function StakeholderFilterBar({ query, onChange, tags, searchRef }: StakeholderFilterBarProps) {
  const { t } = useT();
  const options = useStakeholderOptions();
  const update = (patch: Partial<StakeholderQuery>) => onChange({ ...query, ...patch });
  return (
    <FilterBar
      search={{
        label: t('stakeholders.searchLabel'),
        placeholder: t('stakeholders.searchPlaceholder'),
        value: query.text,
        onChange: (text) => update({ text }),
      }}
      searchRef={searchRef}
      isFiltered={!isQueryEmpty(query)}
      onClear={() => onChange(EMPTY_QUERY)}
    >
      <MultiSelectFilter
        label={t('stakeholders.filter.region')}
        options={options.regionsWithNone}
        selected={query.regions}
        onChange={(regions) => update({ regions })}
      />
      <MultiSelectFilter
        label={t('stakeholders.filter.category')}
        options={options.categories}
        selected={query.categoryIds}
        onChange={(categoryIds) => update({ categoryIds })}
      />
      <MultiSelectFilter
        label={t('stakeholders.filter.sector')}
        options={options.sectors}
        selected={query.sectors}
        onChange={(sectors) => update({ sectors })}
      />
      <MultiSelectFilter
        label={t('stakeholders.filter.stage')}
        options={options.stages}
        selected={query.stages}
        onChange={(stages) => update({ stages })}
      />
      {tags.length > 0 && (
        <MultiSelectFilter
          label={t('stakeholders.filter.tag')}
          options={tags.map((tag) => ({ value: tag, label: tag }))}
          selected={query.tags}
          onChange={(selectedTags) => update({ tags: selectedTags })}
        />
      )}
    </FilterBar>
  );
}
