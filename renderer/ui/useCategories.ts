import { useCallback, useMemo } from 'react';
import { categoryLabel, DEFAULT_CATEGORIES, type Category } from '../../shared/domain/categories';
import { useCustomCategories } from '../data/useOrganisationQueries';
import { useT } from '../i18n/useT';

const NO_CUSTOM_CATEGORIES: Category[] = [];

/** Default and user-defined categories, with labels in the current language. */
export function useCategories(): { categories: readonly Category[]; labelOf(categoryId: string): string } {
  const { language } = useT();
  const custom = useCustomCategories() ?? NO_CUSTOM_CATEGORIES;
  const categories = useMemo<readonly Category[]>(() => [...DEFAULT_CATEGORIES, ...custom], [custom]);
  const labelOf = useCallback((categoryId: string) => categoryLabel(categoryId, language, custom), [custom, language]);
  return { categories, labelOf };
}
