import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { SelectField, TextField, type Option } from '../../ui/fields';
import { newFollowUpDraft, type FollowUpDraft } from './actionDraft';

interface FollowUpRowsFieldProps {
  rows: readonly FollowUpDraft[];
  onChange(rows: FollowUpDraft[]): void;
  staff: readonly Option[];
  /** The action's owner, given to a new row. */
  defaultOwnerId: string;
  errorFor(field: string): string | undefined;
}

/** The follow-ups promised in an action, one group of fields per row, added and removed freely. */
export function FollowUpRowsField({ rows, onChange, staff, defaultOwnerId, errorFor }: FollowUpRowsFieldProps) {
  const { t } = useT();
  // The text of a row just added gets focus, so typing can start at once.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const ownerOptions = [{ value: '', label: t('actions.noOwner') }, ...staff];
  const update = (key: string, patch: Partial<FollowUpDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-section field-wide">
      <legend>{t('actions.field.followUps')}</legend>
      <div className="follow-up-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          const error = (field: string) => errorFor(`followUps.${index}.${field}`);
          return (
            <fieldset key={row.key} className="follow-up-row">
              <legend>{t('actions.field.followUpN', { n })}</legend>
              <TextField
                label={t('actions.field.followUpText')}
                value={row.text}
                onChange={(text) => update(row.key, { text })}
                error={error('text')}
                isRequired
                autoFocus={row.key === addedKey}
              />
              <TextField
                type="date"
                label={t('actions.field.followUpDue')}
                value={row.dueDate}
                onChange={(dueDate) => update(row.key, { dueDate })}
                error={error('dueDate')}
              />
              <SelectField
                label={t('actions.field.followUpOwner')}
                value={row.ownerId}
                options={ownerOptions}
                onChange={(ownerId) => update(row.key, { ownerId })}
              />
              <TextField
                type="date"
                label={t('actions.field.followUpDone')}
                value={row.doneOn}
                onChange={(doneOn) => update(row.key, { doneOn })}
                error={error('doneOn')}
              />
              <button
                type="button"
                className="button-small"
                aria-label={t('actions.field.removeFollowUp', { n })}
                onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}
              >
                {t('actions.field.remove')}
              </button>
            </fieldset>
          );
        })}
      </div>
      <button
        type="button"
        onClick={() => {
          const added = newFollowUpDraft(defaultOwnerId);
          setAddedKey(added.key);
          onChange([...rows, added]);
        }}
      >
        {t('actions.field.addFollowUp')}
      </button>
    </fieldset>
  );
}
