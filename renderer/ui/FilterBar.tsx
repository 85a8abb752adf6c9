import type { ReactNode, RefObject } from 'react';
import { useT } from '../i18n/useT';

interface FilterBarProps {
  /** The free-text search at the start of the bar, when the list has one. */
  search?: {
    label: string;
    placeholder: string;
    value: string;
    onChange(value: string): void;
    className?: string;
  };
  /** For a page that moves the focus to the search box (e.g. from the menu). */
  searchRef?: RefObject<HTMLInputElement | null> | undefined;
  /** The filters themselves. */
  children: ReactNode;
  /** Whether anything is filtered: only then is there something to clear. */
  isFiltered: boolean;
  onClear(): void;
}

/** The search landmark above a list: search box, filters, and Clear filters when any is on. */
export function FilterBar({ search, searchRef, children, isFiltered, onClear }: FilterBarProps) {
  const { t } = useT();
  return (
    <div className="filter-bar" role="search">
      {search && (
        <input
          ref={searchRef}
          type="search"
          className={search.className ?? 'search-input'}
          aria-label={search.label}
          placeholder={search.placeholder}
          value={search.value}
          onChange={(event) => search.onChange(event.target.value)}
        />
      )}
      {children}
      {isFiltered && (
        <button type="button" className="button-quiet" onClick={onClear}>
          {t('common.clearFilters')}
        </button>
      )}
    </div>
  );
}
