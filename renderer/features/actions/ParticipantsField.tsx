import { useParticipantChoices } from '../../data/useActionQueries';
import { useT } from '../../i18n/useT';
import { ContactPicker } from '../../ui/ContactPicker';

interface ParticipantsFieldProps {
  targetIds: readonly string[];
  participantIds: readonly string[];
  onChange(participantIds: string[]): void;
  /** Told the name typed in the "other participant" picker and not chosen (see Combobox). */
  onUnchosenTextChange(text: string): void;
  error?: string | undefined;
}

/**
 * Who took part. The targets' own contact persons are offered first, as checkboxes; anyone
 * else (a mediator, a colleague from another organisation) is found by name.
 */
export function ParticipantsField({
  targetIds,
  participantIds,
  onChange,
  onUnchosenTextChange,
  error,
}: ParticipantsFieldProps) {
  const { t } = useT();
  const data = useParticipantChoices(targetIds, participantIds);

  const chosen = new Set(participantIds);
  const toggle = (contactId: string, isOn: boolean) =>
    onChange(isOn ? [...participantIds, contactId] : participantIds.filter((id) => id !== contactId));

  return (
    <fieldset className="form-section field-wide">
      <legend>{t('actions.field.participants')}</legend>
      {targetIds.length > 0 && data && data.groups.length === 0 && (
        <p className="muted">{t('actions.field.noTargetContacts')}</p>
      )}
      {data?.groups.map((group) => (
        <div key={group.stakeholder.id} className="participant-group" role="group" aria-label={group.stakeholder.name}>
          <h4 aria-hidden="true">{group.stakeholder.name}</h4>
          <div className="checkbox-columns">
            {group.contacts.map((contact) => (
              <label key={contact.id} className="filter-option">
                <input
                  type="checkbox"
                  checked={chosen.has(contact.id)}
                  onChange={(event) => toggle(contact.id, event.target.checked)}
                />
                <span>
                  {contact.name}
                  {contact.role && <span className="muted"> · {contact.role}</span>}
                </span>
              </label>
            ))}
          </div>
        </div>
      ))}
      <ContactPicker
        label={t('actions.field.otherParticipant')}
        value=""
        onChange={(contactId) => contactId && !chosen.has(contactId) && onChange([...participantIds, contactId])}
        onUnchosenTextChange={onUnchosenTextChange}
        error={error}
      />
      {data && data.others.length > 0 && (
        <ul className="chip-list" aria-label={t('actions.field.participants')}>
          {data.others.map((contact) => (
            <li key={contact.id} className="chip">
              <span>{contact.name}</span>
              <button
                type="button"
                aria-label={t('actions.remove', { name: contact.name })}
                onClick={() => toggle(contact.id, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
