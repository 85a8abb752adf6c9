import { useMemo } from 'react';
import { GUIDELINES_STAGES, SECTORS } from '../../../shared/domain/enums';
import { REGION_IDS } from '../../../shared/domain/regions';
import { useT } from '../../i18n/useT';
import type { Option } from '../../ui/fields';
import { useCategories } from '../../ui/useCategories';
import { NO_REGION } from './stakeholderQuery';

/** Choices for filters and forms, labelled in the current language. */
export function useStakeholderOptions() {
  const { t } = useT();
  const { categories, labelOf } = useCategories();
  return useMemo(() => {
    const regions: Option[] = REGION_IDS.map((id) => ({ value: id, label: t(`region.${id}`) }));
    return {
      regions,
      regionsWithNone: [...regions, { value: NO_REGION, label: t('region.none') }],
      categories: categories.map((category) => ({ value: category.id, label: labelOf(category.id) })),
      sectors: SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) })),
      stages: GUIDELINES_STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })),
      categoryLabel: labelOf,
    };
  }, [categories, labelOf, t]);
}
