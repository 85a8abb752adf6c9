import { useDeferredValue, useMemo } from 'react';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { useStakeholders } from '../data/useStakeholderQueries';
import { useT } from '../i18n/useT';
import { Combobox, type ComboboxItem } from './Combobox';

interface StakeholderPickerProps {
  label: string;
  /** The chosen stakeholder's id, or '' when none. */
  value: string;
  onChange(stakeholderId: string): void;
  /**
   * The registry when the page has read it already (the map): the picker then does not
   * read 50,000 stakeholders a second time.
   */
  stakeholders?: readonly Stakeholder[] | undefined;
  excludeIds?: readonly string[];
  error?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
  /** See Combobox. */
  onUnchosenTextChange?(text: string): void;
}

type ChoiceProps = Omit<StakeholderPickerProps, 'stakeholders'> & { stakeholders: readonly Stakeholder[] | undefined };

/** Chooses one stakeholder by typing part of its name, short name or city. */
export function StakeholderPicker({ stakeholders, ...props }: StakeholderPickerProps) {
  return stakeholders ? (
    <StakeholderChoice stakeholders={stakeholders} {...props} />
  ) : (
    <LiveStakeholderChoice {...props} />
  );
}

function LiveStakeholderChoice(props: Omit<StakeholderPickerProps, 'stakeholders'>) {
  // In primary-key order (useStakeholders), sorted here.
  const stakeholders = useStakeholders();
  return <StakeholderChoice stakeholders={stakeholders} {...props} />;
}

/** IndexedDB's own order for strings (by UTF-16 code unit), which the name index used to give. */
const byName = (a: Stakeholder, b: Stakeholder): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const NONE: readonly Stakeholder[] = [];

/**
 * Each list's items sorted once per language and shared by every picker given that list: the
 * map's search and its path finder's two pickers each sorted, and their boxes each folded,
 * 10,000 names when a stakeholder was selected (Combobox folds once per item list).
 */
const sortedItemsByList = new WeakMap<readonly Stakeholder[], Map<string, readonly ComboboxItem[]>>();

function sortedItemsOf(
  stakeholders: readonly Stakeholder[],
  language: string,
  tOr: (key: string, fallback: string) => string,
): readonly ComboboxItem[] {
  const byLanguage = sortedItemsByList.get(stakeholders) ?? new Map<string, readonly ComboboxItem[]>();
  sortedItemsByList.set(stakeholders, byLanguage);
  let items = byLanguage.get(language);
  if (!items) {
    items = [...stakeholders].sort(byName).map((stakeholder) => ({
      id: stakeholder.id,
      label: stakeholder.name,
      detail: stakeholder.region ? tOr(`region.${stakeholder.region}`, stakeholder.region) : undefined,
      shortName: stakeholder.shortName,
      keywords: stakeholder.city,
    }));
    byLanguage.set(language, items);
  }
  return items;
}

function StakeholderChoice({ stakeholders, excludeIds, ...props }: ChoiceProps) {
  const { language, tOr } = useT();
  // Sorted in a render of its own, after the page's first one: 50,000 names take a while.
  const listed = useDeferredValue(stakeholders ?? NONE, NONE);
  const items = useMemo(() => {
    const sorted = sortedItemsOf(listed, language, tOr);
    if (!excludeIds?.length) return sorted;
    const excluded = new Set(excludeIds);
    return sorted.filter((item) => !excluded.has(item.id));
  }, [listed, excludeIds, language, tOr]);
  return <Combobox items={items} {...props} />;
}
