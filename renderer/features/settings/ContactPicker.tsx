import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/db';
import { Combobox, type ComboboxItem } from '../../ui/Combobox';

interface ContactPickerProps {
  label: string;
  value: string;
  onChange(contactId: string): void;
  placeholder?: string;
}

/** Chooses one contact person by name; the organisation is shown beside each. */
export function ContactPicker(props: ContactPickerProps) {
  const data = useLiveQuery(async () => {
    const contacts = await db.contacts.orderBy('name').toArray();
    const organisations = await db.stakeholders.bulkGet([...new Set(contacts.map((contact) => contact.stakeholderId))]);
    const nameOf = new Map(organisations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
    return contacts.map((contact) => ({ contact, organisation: nameOf.get(contact.stakeholderId) ?? '' }));
  }, []);
  const items = useMemo<ComboboxItem[]>(
    () => (data ?? []).map(({ contact, organisation }) => ({ id: contact.id, label: contact.name, detail: organisation, keywords: contact.emails.join(' ') })),
    [data],
  );
  return <Combobox items={items} {...props} />;
}
