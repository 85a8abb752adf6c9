import { useRef } from 'react';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, RELATIONSHIP_TYPES } from '../../../shared/domain/enums';
import { useT } from '../../i18n/useT';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import { EMPTY_QUERY } from '../stakeholders/stakeholderQuery';
import { useStakeholderOptions } from '../stakeholders/useStakeholderOptions';
import { EMPTY_MAP_FILTERS, hasMapFilters, type MapFilterState } from './mapFilters';

interface MapFilterBarProps {
  filters: MapFilterState;
  onChange(filters: MapFilterState): void;
  /** Relationship types in use, custom ones included. */
  relationshipTypes: readonly string[];
  hasAgreements: boolean;
}

export function MapFilterBar({ filters, onChange, relationshipTypes, hasAgreements }: MapFilterBarProps) {
  const { t, tOr } = useT();
  const options = useStakeholderOptions();
  const barRef = useRef<HTMLDivElement>(null);
  const stakeholderFilter = (patch: Partial<MapFilterState['stakeholders']>) =>
    onChange({ ...filters, stakeholders: { ...EMPTY_QUERY, ...filters.stakeholders, ...patch } });
  const types = [...new Set([...RELATIONSHIP_TYPES, ...relationshipTypes])];
  return (
    <div className="filter-bar" role="group" aria-label={t('map.filters')} ref={barRef}>
      <MultiSelectFilter
        label={t('map.filter.region')}
        options={options.regionsWithNone}
        selected={filters.stakeholders.regions}
        onChange={(regions) => stakeholderFilter({ regions })}
      />
      <MultiSelectFilter
        label={t('map.filter.category')}
        options={options.categories}
        selected={filters.stakeholders.categoryIds}
        onChange={(categoryIds) => stakeholderFilter({ categoryIds })}
      />
      <MultiSelectFilter
        label={t('map.filter.sector')}
        options={options.sectors}
        selected={filters.stakeholders.sectors}
        onChange={(sectors) => stakeholderFilter({ sectors })}
      />
      <MultiSelectFilter
        label={t('map.filter.stage')}
        options={options.stages}
        selected={filters.stakeholders.stages}
        onChange={(stages) => stakeholderFilter({ stages })}
      />
      <MultiSelectFilter
        label={t('map.filter.relationshipType')}
        options={types.map((type) => ({ value: type, label: tOr(`relationshipType.${type}`, type) }))}
        selected={filters.relationshipTypes}
        onChange={(relationshipTypes) => onChange({ ...filters, relationshipTypes })}
      />
      {hasAgreements && (
        <>
          <MultiSelectFilter
            label={t('map.filter.agreementStatus')}
            options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
            selected={filters.agreementStatuses}
            onChange={(agreementStatuses) => onChange({ ...filters, agreementStatuses })}
          />
          <MultiSelectFilter
            label={t('map.filter.agreementKind')}
            options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreementKind.${kind}`) }))}
            selected={filters.agreementKinds}
            onChange={(agreementKinds) => onChange({ ...filters, agreementKinds })}
          />
        </>
      )}
      {hasMapFilters(filters) && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            // This button goes with the filters: the focus stays in the bar (and in the panel that
            // holds it, whose Escape closes it), on the first filter.
            barRef.current?.querySelector('summary')?.focus();
            onChange(EMPTY_MAP_FILTERS);
          }}
        >
          {t('common.clearFilters')}
        </button>
      )}
    </div>
  );
}
