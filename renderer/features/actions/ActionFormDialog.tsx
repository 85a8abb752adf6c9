import { useState } from 'react';
import type { AdvocacyAction, FollowUp } from '../../../shared/domain/action';
import { localIsoDate } from '../../../shared/domain/common';
import type { RegionId } from '../../../shared/domain/regions';
import { ValidationError } from '../../../shared/domain/validation';
import { useNotify } from '../../app/notifications/useNotify';
import { findStakeholder } from '../../data/stakeholderQueries';
import { useDatabase } from '../../data/useDatabase';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';
import {
  draftFromAction,
  hasDraftChanged,
  inputFromDraft,
  newActionDraft,
  offeredStaff,
  type ActionDraft,
} from './actionDraft';
import { FollowUpRowsField } from './FollowUpRowsField';
import { ParticipantsField } from './ParticipantsField';
import { TargetsField } from './TargetsField';
import { useActionOptions } from './useActionOptions';
import './actions.css';

interface ActionFormDialogProps {
  /** Absent: record a new action. */
  existing?: { action: AdvocacyAction; followUps: readonly FollowUp[] };
  /** For a new action: targets (and their regions) already chosen, e.g. from a stakeholder's page. */
  prefill?: { targetIds: string[]; regions: RegionId[] };
  onClose(): void;
  onSaved?(action: AdvocacyAction): void;
}

/** Records or edits an action with its targets, participants and follow-ups, saved together. */
export function ActionFormDialog({ existing, prefill, onClose, onSaved }: ActionFormDialogProps) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const options = useActionOptions();
  const [initialDraft] = useState<ActionDraft>(() =>
    existing ? draftFromAction(existing.action, existing.followUps) : newActionDraft(localIsoDate(), prefill),
  );
  const { draft, setDraft, set } = useDraft<ActionDraft>(() => initialDraft);
  // A target's name typed but not picked: never saved, so Save is refused while it is there.
  const [unchosenTarget, setUnchosenTarget] = useState('');
  const hasUnchosenTarget = unchosenTarget.trim() !== '';
  // The same for a participant's name.
  const [unchosenParticipant, setUnchosenParticipant] = useState('');
  const hasUnchosenParticipant = unchosenParticipant.trim() !== '';
  const { isSaving, errorFor, submit } = useFormSave({
    onSaved: onClose,
    // In a long form the first problem may be out of sight: take the user to it.
    onInvalid: (form) => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  });

  async function addTarget(stakeholderId: string) {
    const stakeholder = await findStakeholder(database, stakeholderId);
    // The action takes place where its targets are: their region is ticked for the user.
    setDraft((current) => ({
      ...current,
      targetIds: current.targetIds.includes(stakeholderId) ? current.targetIds : [...current.targetIds, stakeholderId],
      regions:
        stakeholder?.region && !current.regions.includes(stakeholder.region)
          ? [...current.regions, stakeholder.region]
          : current.regions,
    }));
  }

  async function save() {
    const unchosen = [
      ...(hasUnchosenTarget ? [{ field: 'targetIds', reason: 'target-not-chosen' }] : []),
      ...(hasUnchosenParticipant ? [{ field: 'participantIds', reason: 'participant-not-chosen' }] : []),
    ];
    if (unchosen.length > 0) throw new ValidationError(unchosen);
    const input = inputFromDraft(draft);
    const { action, change } = await saveActionWithFollowUps(
      database,
      existing?.action.id ?? null,
      input.action,
      input.followUps,
      localIsoDate(),
    );
    notify({ message: t(existing ? 'actions.updated' : 'actions.created', { title: action.title }), undo: change });
    onSaved?.(action);
  }

  const staff = offeredStaff(options.allStaff, options.activeStaff, draft, existing);

  return (
    <FormDialog
      title={existing ? t('actions.editTitle', { title: existing.action.title }) : t('actions.createTitle')}
      size="large"
      isSaving={isSaving}
      hasUnsavedChanges={hasDraftChanged(initialDraft, draft) || hasUnchosenTarget || hasUnchosenParticipant}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
    >
      <TextField
        className="field-wide"
        label={t('actions.field.title')}
        value={draft.title}
        onChange={(value) => set('title', value)}
        error={errorFor('title')}
        isRequired
        autoFocus
      />
      <SelectField
        label={t('actions.field.kind')}
        value={draft.kind}
        options={options.kinds}
        onChange={(value) => set('kind', value as ActionDraft['kind'])}
      />
      <TextField
        type="date"
        label={t('actions.field.date')}
        value={draft.date}
        onChange={(value) => set('date', value)}
        error={errorFor('date')}
        isRequired
      />
      <SelectField
        label={t('actions.field.status')}
        value={draft.status}
        options={options.statuses}
        onChange={(value) => set('status', value as ActionDraft['status'])}
      />
      <SelectField
        label={t('actions.field.owner')}
        value={draft.ownerId}
        options={[{ value: '', label: t('actions.noOwner') }, ...staff]}
        onChange={(value) => set('ownerId', value)}
      />
      <SelectField
        label={t('actions.field.programme')}
        value={draft.programmeId}
        options={[{ value: '', label: t('actions.noProgramme') }, ...options.programmes]}
        onChange={(value) => set('programmeId', value)}
      />
      <CheckboxGroupField
        label={t('actions.field.regions')}
        options={options.regions}
        selected={draft.regions}
        onChange={(regions) => set('regions', regions as RegionId[])}
        isInColumns
      />
      <div className="field-wide">
        <TextAreaField
          label={t('actions.field.objective')}
          value={draft.objective}
          onChange={(value) => set('objective', value)}
          error={errorFor('objective')}
          rows={2}
        />
      </div>
      <TargetsField
        targetIds={draft.targetIds}
        onAdd={(id) => void addTarget(id)}
        onRemove={(id) =>
          set(
            'targetIds',
            draft.targetIds.filter((targetId) => targetId !== id),
          )
        }
        onUnchosenTextChange={setUnchosenTarget}
        error={errorFor('targetIds')}
      />
      <ParticipantsField
        targetIds={draft.targetIds}
        participantIds={draft.participantIds}
        onChange={(ids) => set('participantIds', ids)}
        onUnchosenTextChange={setUnchosenParticipant}
        error={errorFor('participantIds')}
      />
      <div className="field-wide">
        <TextAreaField
          label={t('actions.field.outcome')}
          value={draft.outcome}
          onChange={(value) => set('outcome', value)}
          error={errorFor('outcome')}
        />
      </div>
      <FollowUpRowsField
        rows={draft.followUps}
        onChange={(rows) => set('followUps', rows)}
        staff={staff}
        defaultOwnerId={draft.ownerId}
        errorFor={errorFor}
      />
    </FormDialog>
  );
}
