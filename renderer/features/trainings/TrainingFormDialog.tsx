import { useMemo } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import type { Training, TrainingInput } from '../../../shared/domain/training';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { useContactsWithOrganisation } from '../../data/useContactQueries';
import { useRecords } from '../../data/useRecordQueries';
import { createTraining, updateTraining } from '../../db/repositories/trainings';
import { useT } from '../../i18n/useT';
import { ContactPicker } from '../../ui/ContactPicker';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxGroupField, SelectField, TextAreaField, TextField, type Option } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';

/** What the inputs hold, before validation ('' for "none"). */
interface TrainingDraft {
  title: string;
  topic: string;
  date: string;
  endDate: string;
  region: string;
  programmeId: string;
  trainerIds: string[];
  attendeeIds: string[];
  notes: string;
}

function draftOf(training: Training | undefined): TrainingDraft {
  if (!training)
    return {
      title: '',
      topic: '',
      date: localIsoDate(),
      endDate: '',
      region: '',
      programmeId: '',
      trainerIds: [],
      attendeeIds: [],
      notes: '',
    };
  const { title, topic, date, endDate, region, programmeId, trainerIds, attendeeIds, notes } = training;
  return {
    title,
    topic,
    date,
    endDate: endDate ?? '',
    region: region ?? '',
    programmeId: programmeId ?? '',
    trainerIds: [...trainerIds],
    attendeeIds: [...attendeeIds],
    notes,
  };
}

const orNull = (value: string): string | null => (value === '' ? null : value);

function inputOf(draft: TrainingDraft): TrainingInput {
  return {
    ...draft,
    endDate: orNull(draft.endDate),
    region: orNull(draft.region) as RegionId | null,
    programmeId: orNull(draft.programmeId),
  };
}

interface TrainingFormDialogProps {
  /** Absent: record a new training. */
  training?: Training;
  onClose(): void;
}

/** Records or edits a training: its topic, dates, region, programme, trainers and attendees. */
export function TrainingFormDialog({ training, onClose }: TrainingFormDialogProps) {
  const { t, tn } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const staff = useRecords('staff');
  const programmes = useRecords('programmes');
  const contacts = useContactsWithOrganisation();
  const { draft, set } = useDraft<TrainingDraft>(() => draftOf(training));
  const { isSaving, errorFor, submit } = useFormSave({
    onSaved: onClose,
    onInvalid: (form) => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  });

  const contactById = useMemo(() => new Map((contacts ?? []).map((entry) => [entry.contact.id, entry])), [contacts]);
  // Former staff are not offered, unless they already taught this training.
  const trainerOptions = (staff ?? [])
    .filter((member) => member.isActive || draft.trainerIds.includes(member.id))
    .map((member): Option => ({ value: member.id, label: member.name }));

  async function save() {
    const input = inputOf(draft);
    const saved = training ? await updateTraining(database, training.id, input) : await createTraining(database, input);
    notify({
      message: t(training ? 'trainings.updated' : 'trainings.created', { title: saved.training.title }),
      undo: saved.change,
    });
  }

  return (
    <FormDialog
      title={training ? t('trainings.editTitle') : t('trainings.createTitle')}
      size="large"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
    >
      <TextField
        className="field-wide"
        label={t('trainings.field.title')}
        value={draft.title}
        onChange={(value) => set('title', value)}
        error={errorFor('title')}
        isRequired
        autoFocus
      />
      <TextField
        className="field-wide"
        label={t('trainings.field.topic')}
        hint={t('trainings.field.topicHint')}
        value={draft.topic}
        onChange={(value) => set('topic', value)}
        error={errorFor('topic')}
      />
      <TextField
        type="date"
        label={t('trainings.field.date')}
        value={draft.date}
        onChange={(value) => set('date', value)}
        error={errorFor('date')}
        isRequired
      />
      <TextField
        type="date"
        label={t('trainings.field.endDate')}
        hint={t('trainings.field.endDateHint')}
        value={draft.endDate}
        onChange={(value) => set('endDate', value)}
        error={errorFor('endDate')}
      />
      <SelectField
        label={t('trainings.field.region')}
        value={draft.region}
        options={[
          { value: '', label: t('trainings.noRegion') },
          ...REGION_IDS.map((id): Option => ({ value: id, label: t(`region.${id}`) })),
        ]}
        onChange={(value) => set('region', value)}
        error={errorFor('region')}
      />
      <SelectField
        label={t('trainings.field.programmeId')}
        value={draft.programmeId}
        options={[
          { value: '', label: t('trainings.noProgramme') },
          ...(programmes ?? []).map((programme): Option => ({ value: programme.id, label: programme.name })),
        ]}
        onChange={(value) => set('programmeId', value)}
        error={errorFor('programmeId')}
      />
      {trainerOptions.length > 0 ? (
        <CheckboxGroupField
          label={t('trainings.field.trainerIds')}
          options={trainerOptions}
          selected={draft.trainerIds}
          onChange={(ids) => set('trainerIds', ids)}
          isInColumns
        />
      ) : (
        <p className="muted field-wide">{t('trainings.noStaff')}</p>
      )}
      {errorFor('trainerIds') && (
        <p className="field-error field-wide" role="alert">
          {errorFor('trainerIds')}
        </p>
      )}
      <fieldset className="form-section field-wide">
        <legend>{t('trainings.field.attendeeIds')}</legend>
        <p className="muted" role="status">
          {tn('trainings.attendeeCount', draft.attendeeIds.length)}
        </p>
        <ContactPicker
          label={t('trainings.addAttendee')}
          placeholder={t('trainings.addAttendeePlaceholder')}
          value=""
          onChange={(id) => id && !draft.attendeeIds.includes(id) && set('attendeeIds', [...draft.attendeeIds, id])}
        />
        {errorFor('attendeeIds') && (
          <p className="field-error" role="alert">
            {errorFor('attendeeIds')}
          </p>
        )}
        {draft.attendeeIds.length > 0 && (
          <ul className="chip-list" aria-label={t('trainings.field.attendeeIds')}>
            {draft.attendeeIds.map((id) => {
              const entry = contactById.get(id);
              const name = entry?.contact.name ?? t('trainings.missingPerson');
              return (
                <li key={id} className="chip">
                  <span>
                    {name}
                    {entry?.organisation && <span className="muted"> · {entry.organisation}</span>}
                  </span>
                  <button
                    type="button"
                    aria-label={t('trainings.removeAttendee', { name })}
                    onClick={() =>
                      set(
                        'attendeeIds',
                        draft.attendeeIds.filter((attendeeId) => attendeeId !== id),
                      )
                    }
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <div className="field-wide">
        <TextAreaField
          label={t('trainings.field.notes')}
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          error={errorFor('notes')}
        />
      </div>
    </FormDialog>
  );
}
