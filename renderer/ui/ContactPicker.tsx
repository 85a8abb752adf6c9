import { useMemo } from 'react';
import { useContactsWithOrganisation } from '../data/useContactQueries';
import { Combobox, type ComboboxItem } from './Combobox';

interface ContactPickerProps {
  label: string;
  value: string;
  onChange(contactId: string): void;
  placeholder?: string;
  /** Told the name typed and not chosen (see Combobox), for a form that must not drop it. */
  onUnchosenTextChange?(text: string): void;
  error?: string | undefined;
}

/** Chooses one contact person by name; the organisation is shown beside each. */
export function ContactPicker(props: ContactPickerProps) {
  const data = useContactsWithOrganisation();
  const items = useMemo<ComboboxItem[]>(
    () =>
      (data ?? []).map(({ contact, organisation }) => ({
        id: contact.id,
        label: contact.name,
        detail: organisation,
        keywords: contact.emails.join(' '),
      })),
    [data],
  );
  return <Combobox items={items} {...props} />;
}
