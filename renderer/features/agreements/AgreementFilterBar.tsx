import { useMemo } from 'react';
import type { Programme } from '../../../shared/domain/organisation';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../shared/domain/enums';
import { REGION_IDS } from '../../../shared/domain/regions';
import { useT } from '../../i18n/useT';
import { FilterBar } from '../../ui/FilterBar';
import { MultiSelectFilter } from '../../ui/MultiSelectFilter';
import {
  EMPTY_AGREEMENT_QUERY,
  EXPIRY_WARNING_DAYS,
  isAgreementQueryEmpty,
  type AgreementQuery,
} from './agreementQuery';

interface AgreementFilterBarProps {
  query: AgreementQuery;
  onChange(query: AgreementQuery): void;
  programmes: readonly Programme[];
}

export function AgreementFilterBar({ query, onChange, programmes }: AgreementFilterBarProps) {
  const { t } = useT();
  const update = (patch: Partial<AgreementQuery>) => onChange({ ...query, ...patch });
  const options = useMemo(
    () => ({
      statuses: AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) })),
      kinds: AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreementKind.${kind}`) })),
      regions: REGION_IDS.map((region) => ({ value: region, label: t(`region.${region}`) })),
      programmes: programmes.map((programme) => ({ value: programme.id, label: programme.name })),
    }),
    [programmes, t],
  );
  const expiringLabel = t('agreements.expiringChip', { days: query.expiringWithinDays ?? EXPIRY_WARNING_DAYS });
  return (
    <FilterBar
      search={{
        label: t('agreements.searchLabel'),
        placeholder: t('agreements.searchPlaceholder'),
        value: query.text,
        onChange: (text) => update({ text }),
        className: 'search-input agreement-search',
      }}
      isFiltered={!isAgreementQueryEmpty(query)}
      onClear={() => onChange(EMPTY_AGREEMENT_QUERY)}
    >
      <MultiSelectFilter
        label={t('agreements.filter.status')}
        options={options.statuses}
        selected={query.statuses}
        onChange={(statuses) => update({ statuses })}
      />
      <MultiSelectFilter
        label={t('agreements.filter.kind')}
        options={options.kinds}
        selected={query.kinds}
        onChange={(kinds) => update({ kinds })}
      />
      <MultiSelectFilter
        label={t('agreements.filter.region')}
        options={options.regions}
        selected={query.regions}
        onChange={(regions) => update({ regions })}
      />
      {programmes.length > 0 && (
        <MultiSelectFilter
          label={t('agreements.filter.programme')}
          options={options.programmes}
          selected={query.programmeIds}
          onChange={(programmeIds) => update({ programmeIds })}
        />
      )}
      {query.expiringWithinDays === null ? (
        <button
          type="button"
          className="agreement-chip agreement-chip-off"
          aria-pressed="false"
          onClick={() => update({ expiringWithinDays: EXPIRY_WARNING_DAYS })}
        >
          {expiringLabel}
        </button>
      ) : (
        <span className="agreement-chip">
          {expiringLabel}
          <button
            type="button"
            className="button-quiet agreement-chip-remove"
            aria-label={t('agreements.removeFilter', { filter: expiringLabel })}
            onClick={() => update({ expiringWithinDays: null })}
          >
            ×
          </button>
        </span>
      )}
    </FilterBar>
  );
}
