import { useId, useState } from 'react';
import type { Contact, ContactInput } from '../../../shared/domain/contact';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { createContactWithChange, patchContact } from '../../db/repositories/contacts';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { FieldFrame } from '../../ui/FieldFrame';
import { CheckboxField, TextAreaField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';
import { changedFields } from './changedFields';
import { RecordGoneNote } from './RecordGoneNote';
import { SharedEmailNote } from './SharedEmailNote';
import { splitList } from './stakeholderDraft';
import { useRecordGone } from './useRecordGone';

interface ContactDraft {
  name: string;
  role: string;
  emails: string;
  phones: string;
  languages: string;
  notes: string;
  isPrimary: boolean;
  lawfulBasis: string;
}

function draftFrom(contact: Contact | undefined): ContactDraft {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    emails: contact?.emails.join(', ') ?? '',
    phones: contact?.phones.join(', ') ?? '',
    languages: contact?.languages.join(', ') ?? '',
    notes: contact?.notes ?? '',
    isPrimary: contact?.isPrimary ?? false,
    lawfulBasis: contact?.lawfulBasis ?? '',
  };
}

function inputFrom(draft: ContactDraft, stakeholderId: string): ContactInput {
  return {
    ...draft,
    stakeholderId,
    emails: splitList(draft.emails),
    phones: splitList(draft.phones),
    languages: splitList(draft.languages),
  };
}

interface ContactFormDialogProps {
  stakeholder: Stakeholder;
  contact?: Contact;
  onClose(): void;
}

export function ContactFormDialog({ stakeholder, contact, onClose }: ContactFormDialogProps) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const { draft, set } = useDraft(() => draftFrom(contact));
  const sharedEmailNoteId = useId();
  const [opened] = useState(() => contact && inputFrom(draftFrom(contact), stakeholder.id));
  const { goneTable, saveUnlessGone, closeIfSaved } = useRecordGone(onClose);
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: closeIfSaved });
  // The phones as last saved: a refusal points at one of them by its place in the list.
  const [savedPhones, setSavedPhones] = useState<string[]>([]);
  // Emails are validated one by one; show the first bad one's message on the field.
  const emailError =
    errorFor('emails') ?? Array.from({ length: 20 }, (_, index) => errorFor(`emails.${index}`)).find(Boolean);
  const refusedPhone = savedPhones.findIndex((_, index) => errorFor(`phones.${index}`) !== undefined);
  const refusedPhoneError = refusedPhone < 0 ? undefined : errorFor(`phones.${refusedPhone}`);
  // A phone that is no phone number is quoted, so that the user knows which one of the list to fix.
  const phoneError =
    errorFor('phones') ??
    (refusedPhoneError === t('validation.invalid-phone')
      ? t('contact.invalidPhone', { phone: savedPhones[refusedPhone] ?? '' })
      : refusedPhoneError);

  async function save() {
    const input = inputFrom(draft, stakeholder.id);
    setSavedPhones(input.phones ?? []);
    if (contact && opened) {
      // Only what the user changed: an edit made meanwhile elsewhere to another field stays.
      const edited = changedFields(opened, input);
      const { contact: saved, change } = await patchContact(database, contact.id, edited, opened);
      notify({ message: t('contact.updated', { name: saved.name }), undo: change });
    } else {
      const { contact: saved, change } = await createContactWithChange(database, input);
      notify({ message: t('contact.created', { name: saved.name }), undo: change });
    }
  }

  return (
    <FormDialog
      title={
        contact
          ? t('contact.editTitle', { name: contact.name })
          : t('contact.createTitle', { stakeholder: stakeholder.name })
      }
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, () => saveUnlessGone(save))}
      onClose={onClose}
    >
      {goneTable && <RecordGoneNote table={goneTable} onClose={onClose} />}
      <TextField
        label={t('contact.field.name')}
        value={draft.name}
        onChange={(value) => set('name', value)}
        error={errorFor('name')}
        isRequired
        autoFocus
      />
      <TextField
        label={t('contact.field.role')}
        value={draft.role}
        onChange={(value) => set('role', value)}
        error={errorFor('role')}
      />
      <FieldFrame label={t('contact.field.emails')} hint={t('contact.field.emailsHint')} error={emailError}>
        {({ inputId, describedBy, isInvalid }) => (
          <input
            id={inputId}
            type="email"
            value={draft.emails}
            aria-invalid={isInvalid || undefined}
            // The shared-address hint is read with the field, not only when it appears.
            aria-describedby={[describedBy, sharedEmailNoteId].filter(Boolean).join(' ')}
            onChange={(event) => set('emails', event.target.value)}
          />
        )}
      </FieldFrame>
      <SharedEmailNote id={sharedEmailNoteId} emails={draft.emails} {...(contact ? { ownId: contact.id } : {})} />
      <TextField
        type="tel"
        label={t('contact.field.phones')}
        value={draft.phones}
        onChange={(value) => set('phones', value)}
        error={phoneError}
      />
      <TextField
        label={t('contact.field.languages')}
        value={draft.languages}
        onChange={(value) => set('languages', value)}
        error={errorFor('languages')}
      />
      <CheckboxField
        label={t('contact.field.isPrimary')}
        isChecked={draft.isPrimary}
        onChange={(value) => set('isPrimary', value)}
      />
      <div className="field-wide">
        <TextAreaField
          label={t('contact.field.lawfulBasis')}
          hint={t('contact.field.lawfulBasisHint')}
          value={draft.lawfulBasis}
          onChange={(value) => set('lawfulBasis', value)}
          error={errorFor('lawfulBasis')}
          rows={2}
        />
      </div>
      <div className="field-wide">
        <TextAreaField
          label={t('contact.field.notes')}
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          error={errorFor('notes')}
        />
      </div>
    </FormDialog>
  );
}
