import { useState } from 'react';
import type { Contact } from '../../../shared/domain/contact';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useContactsOf } from '../../data/useContactQueries';
import { useDatabase } from '../../data/useDatabase';
import { deleteContacts, previewContactDeletion } from '../../db/repositories/contacts';
import { useT } from '../../i18n/useT';
import { CardSection, ItemActions } from '../../ui/CardSection';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';
import { ContactFormDialog } from './ContactFormDialog';

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'delete'; contact: Contact } | null;

export function ContactsSection({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const contacts = useContactsOf(stakeholder.id);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  async function remove(contact: Contact) {
    setDialog(null);
    await changeWithUndo(
      t('contact.deleted', { name: contact.name }),
      async () => (await deleteContacts(database, [contact.id])).change,
    );
  }

  return (
    <CardSection
      title={t('detail.contacts')}
      add={{ label: t('detail.addContact'), onClick: () => setDialog({ kind: 'create' }) }}
    >
      {contacts && contacts.length === 0 && <p className="muted">{t('detail.noContacts')}</p>}
      <ul className="item-list">
        {contacts?.map((contact) => (
          <li key={contact.id}>
            <div>
              <strong>{contact.name}</strong>
              {contact.isPrimary && <span className="badge"> {t('detail.primary')}</span>}
              {contact.role && <div className="muted">{contact.role}</div>}
              {contact.emails.map((email) => (
                <div key={email}>
                  <a href={`mailto:${email}`}>{email}</a>
                </div>
              ))}
              {contact.phones.length > 0 && <div>{contact.phones.join(' · ')}</div>}
            </div>
            <ItemActions
              editLabel={t('contact.editOf', { name: contact.name })}
              deleteLabel={t('contact.deleteOf', { name: contact.name })}
              onEdit={() => setDialog({ kind: 'edit', contact })}
              onDelete={() => setDialog({ kind: 'delete', contact })}
            />
          </li>
        ))}
      </ul>
      {dialog?.kind === 'create' && <ContactFormDialog stakeholder={stakeholder} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <ContactFormDialog stakeholder={stakeholder} contact={dialog.contact} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDeletionDialog
          title={t('contact.deleteTitle', { name: dialog.contact.name })}
          preview={() => previewContactDeletion(database, [dialog.contact.id])}
          onClose={() => setDialog(null)}
          onConfirm={() => void remove(dialog.contact)}
        />
      )}
    </CardSection>
  );
}
