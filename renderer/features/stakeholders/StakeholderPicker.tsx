import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';
import { Combobox, type ComboboxItem } from '../../ui/Combobox';

interface StakeholderPickerProps {
  label: string;
  /** The chosen stakeholder's id, or '' when none. */
  value: string;
  onChange(stakeholderId: string): void;
  excludeIds?: readonly string[];
  error?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
}

/** Chooses one stakeholder by typing part of its name, short name or city. */
export function StakeholderPicker({ excludeIds, ...props }: StakeholderPickerProps) {
  const { tOr } = useT();
  const stakeholders = useLiveQuery(() => db.stakeholders.orderBy('name').toArray(), []);
  const items = useMemo<ComboboxItem[]>(() => {
    const excluded = new Set(excludeIds);
    return (stakeholders ?? [])
      .filter((stakeholder) => !excluded.has(stakeholder.id))
      .map((stakeholder) => ({
        id: stakeholder.id,
        label: stakeholder.name,
        detail: stakeholder.region ? tOr(`region.${stakeholder.region}`, stakeholder.region) : undefined,
        keywords: `${stakeholder.shortName} ${stakeholder.city}`,
      }));
  }, [stakeholders, excludeIds, tOr]);
  return <Combobox items={items} {...props} />;
}
