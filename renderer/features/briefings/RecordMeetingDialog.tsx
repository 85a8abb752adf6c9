import { useState } from 'react';
import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import type { AdvocacyAction } from '../../../shared/domain/action';
import { localIsoDate } from '../../../shared/domain/common';
import type { Contact } from '../../../shared/domain/contact';
import type { StaffMember } from '../../../shared/domain/organisation';
import { ValidationError } from '../../../shared/domain/validation';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { recordMeetingDone, type NewFollowUp } from '../../db/repositories/briefings';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormSave } from '../../ui/useFormSave';

interface FollowUpDraft extends NewFollowUp {
  key: number;
}

/** After the meeting: who came, what came of it, what was promised — saved in one go. */
export interface AttendanceChoice {
  contact: Contact;
  stakeholderName: string;
}

/** Everyone on record at the attending stakeholders: who came may differ from who was invited. */
export function attendanceChoices(model: BriefingModel, contacts: readonly Contact[]): AttendanceChoice[] {
  return model.attendees.flatMap((facts) =>
    contacts
      .filter((contact) => contact.stakeholderId === facts.stakeholder.id)
      .map((contact) => ({ contact, stakeholderName: facts.stakeholder.name })),
  );
}

export function RecordMeetingDialog({
  action,
  contacts,
  staff,
  onClose,
}: {
  action: AdvocacyAction;
  contacts: readonly AttendanceChoice[];
  staff: readonly StaffMember[];
  onClose(): void;
}) {
  const { t, tn } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const today = localIsoDate();
  const [date, setDate] = useState(action.date <= today ? action.date : today);
  // Ticked at the start: the invited among those shown; nobody the dialog does not show is recorded as present.
  const [attended, setAttended] = useState<ReadonlySet<string>>(() => {
    const shownIds = new Set(contacts.map(({ contact }) => contact.id));
    return new Set(action.participantIds.filter((id) => shownIds.has(id)));
  });
  const [outcome, setOutcome] = useState(action.outcome);
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const { isSaving, errorFor, submit } = useFormSave({
    onSaved: onClose,
    onInvalid: (form) => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  });
  // Blank follow-ups are left out when saving, so errors number the saved ones, not the rows shown.
  const [savedKeys, setSavedKeys] = useState<readonly number[]>([]);
  const followUpErrorFor = (key: number, field: keyof NewFollowUp) =>
    savedKeys.includes(key) ? errorFor(`followUps.${savedKeys.indexOf(key)}.${field}`) : undefined;
  const ownerOptions = [
    { value: '', label: t('briefings.done.noOwner') },
    ...staff
      .filter((member) => member.isActive || followUps.some((item) => item.ownerId === member.id))
      .map((member) => ({ value: member.id, label: member.name })),
  ];

  function toggle(contactId: string, isChecked: boolean) {
    setAttended((current) => {
      const next = new Set(current);
      if (isChecked) next.add(contactId);
      else next.delete(contactId);
      return next;
    });
  }
  function changeFollowUp(key: number, patch: Partial<NewFollowUp>) {
    setFollowUps((items) => items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }

  async function save() {
    if (!date) throw new ValidationError([{ field: 'date', reason: 'required' }]);
    const kept = followUps.filter((item) => item.text.trim() !== '');
    setSavedKeys(kept.map((item) => item.key));
    const filled = kept.map(({ text, dueDate, ownerId }) => ({
      text,
      dueDate: dueDate || null,
      ownerId: ownerId || null,
    }));
    const change = await recordMeetingDone(database, {
      actionId: action.id,
      date,
      // The list may have changed while the dialog was open: only those still shown count.
      attendedContactIds: contacts.flatMap(({ contact }) => (attended.has(contact.id) ? [contact.id] : [])),
      outcome,
      followUps: filled,
    });
    notify({ message: tn('briefings.done.recorded', filled.length), undo: change });
  }

  return (
    <FormDialog
      title={t('briefings.done.title')}
      size="large"
      formClassName="briefing-done-form"
      submitLabel={t('briefings.done.submit')}
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
    >
      <TextField
        type="date"
        label={t('briefings.done.date')}
        value={date}
        onChange={setDate}
        error={errorFor('date')}
        isRequired
      />
      <fieldset>
        <legend>{t('briefings.done.attendance')}</legend>
        {contacts.length === 0 && <p className="muted">{t('briefings.done.noParticipants')}</p>}
        {contacts.map(({ contact, stakeholderName }) => (
          <CheckboxField
            key={contact.id}
            label={`${contact.name} – ${stakeholderName}`}
            isChecked={attended.has(contact.id)}
            onChange={(isChecked) => toggle(contact.id, isChecked)}
          />
        ))}
      </fieldset>
      <TextAreaField
        label={t('briefings.done.outcome')}
        value={outcome}
        onChange={setOutcome}
        error={errorFor('outcome')}
        rows={4}
      />
      <fieldset>
        <legend>{t('briefings.done.followUps')}</legend>
        {followUps.map((item, index) => (
          <div key={item.key} className="briefing-followup-row">
            <TextField
              label={t('briefings.done.followUpText', { number: index + 1 })}
              value={item.text}
              onChange={(text) => changeFollowUp(item.key, { text })}
              error={followUpErrorFor(item.key, 'text')}
            />
            <TextField
              type="date"
              label={t('briefings.done.followUpDue', { number: index + 1 })}
              value={item.dueDate ?? ''}
              onChange={(dueDate) => changeFollowUp(item.key, { dueDate })}
              error={followUpErrorFor(item.key, 'dueDate')}
            />
            <SelectField
              label={t('briefings.done.followUpOwner', { number: index + 1 })}
              value={item.ownerId ?? ''}
              options={ownerOptions}
              onChange={(ownerId) => changeFollowUp(item.key, { ownerId })}
              error={followUpErrorFor(item.key, 'ownerId')}
            />
            <button
              type="button"
              className="button-quiet"
              onClick={() => setFollowUps((items) => items.filter((other) => other.key !== item.key))}
            >
              {t('briefings.done.removeFollowUp', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setFollowUps((items) => [
              ...items,
              { key: Date.now() + items.length, text: '', dueDate: null, ownerId: action.ownerId },
            ])
          }
        >
          {t('briefings.done.addFollowUp')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
