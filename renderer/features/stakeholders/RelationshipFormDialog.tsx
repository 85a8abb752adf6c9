import { useState } from 'react';
import { RELATIONSHIP_STATUSES, RELATIONSHIP_TYPES } from '../../../shared/domain/enums';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { createRelationshipWithChange, patchRelationship } from '../../db/repositories/relationships';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { StakeholderPicker } from '../../ui/StakeholderPicker';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';
import {
  CUSTOM_TYPE,
  draftFromRelationship,
  inputFromRelationshipDraft,
  relationshipPatch,
  type Direction,
  type RelationshipDraft,
} from './relationshipDraft';
import { RecordGoneNote } from './RecordGoneNote';
import { useRecordGone } from './useRecordGone';

interface RelationshipFormDialogProps {
  stakeholder: Stakeholder;
  relationship?: Relationship;
  onClose(): void;
}

export function RelationshipFormDialog({ stakeholder, relationship, onClose }: RelationshipFormDialogProps) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const { draft, set } = useDraft<RelationshipDraft>(() => draftFromRelationship(relationship, stakeholder.id));
  const [opened] = useState(
    () =>
      relationship &&
      inputFromRelationshipDraft(draftFromRelationship(relationship, stakeholder.id), stakeholder.id, relationship),
  );
  const { goneTable, saveUnlessGone, closeIfSaved } = useRecordGone(onClose);
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: closeIfSaved });
  // The schema names source/target; the form shows one "other end" field.
  const otherError =
    errorFor(draft.direction === 'incoming' ? 'sourceId' : 'targetId') ??
    (draft.otherId === '' ? errorFor('sourceId') : undefined);

  async function save() {
    const input = inputFromRelationshipDraft(draft, stakeholder.id, relationship);
    if (relationship && opened) {
      // Only what the user changed: an edit made meanwhile elsewhere to another field stays.
      const { change } = await patchRelationship(database, relationship.id, relationshipPatch(opened, input));
      notify({ message: t('relationship.updated'), undo: change });
    } else {
      const { change } = await createRelationshipWithChange(database, input);
      notify({ message: t('relationship.created'), undo: change });
    }
  }

  const typeOptions = [
    ...RELATIONSHIP_TYPES.map((type) => ({ value: type, label: t(`relationshipType.${type}`) })),
    { value: CUSTOM_TYPE, label: t('relationship.custom') },
  ];
  const directionOptions: Array<{ value: Direction; label: string }> = [
    { value: 'none', label: t('relationship.direction.none') },
    { value: 'outgoing', label: t('relationship.direction.outgoing', { stakeholder: stakeholder.name }) },
    { value: 'incoming', label: t('relationship.direction.incoming', { stakeholder: stakeholder.name }) },
  ];
  return (
    <FormDialog
      title={
        relationship ? t('relationship.editTitle') : t('relationship.createTitle', { stakeholder: stakeholder.name })
      }
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, () => saveUnlessGone(save))}
      onClose={onClose}
    >
      {goneTable && <RecordGoneNote table={goneTable} onClose={onClose} />}
      <div className="field-wide">
        <StakeholderPicker
          label={t('relationship.field.other')}
          placeholder={t('relationship.field.otherPlaceholder')}
          value={draft.otherId}
          onChange={(otherId) => set('otherId', otherId)}
          excludeIds={[stakeholder.id]}
          error={otherError}
          autoFocus={!relationship}
        />
      </div>
      <SelectField
        label={t('relationship.field.type')}
        value={draft.type}
        options={typeOptions}
        onChange={(value) => set('type', value)}
        error={draft.type === CUSTOM_TYPE ? undefined : errorFor('type')}
      />
      {draft.type === CUSTOM_TYPE && (
        <TextField
          label={t('relationship.field.customType')}
          value={draft.customType}
          onChange={(value) => set('customType', value)}
          error={errorFor('type')}
        />
      )}
      <SelectField
        className="field-wide"
        label={t('relationship.field.direction')}
        value={draft.direction}
        options={directionOptions}
        onChange={(value) => set('direction', value as Direction)}
      />
      <SelectField
        label={t('relationship.field.strength')}
        value={draft.strength}
        options={['1', '2', '3'].map((value) => ({ value, label: value }))}
        onChange={(value) => set('strength', value)}
      />
      <SelectField
        label={t('relationship.field.status')}
        value={draft.status}
        options={RELATIONSHIP_STATUSES.map((status) => ({ value: status, label: t(`relationshipStatus.${status}`) }))}
        onChange={(value) => set('status', value as RelationshipDraft['status'])}
      />
      <TextField
        type="date"
        label={t('relationship.field.since')}
        value={draft.since}
        onChange={(value) => set('since', value)}
        error={errorFor('since')}
      />
      <TextField
        type="date"
        label={t('relationship.field.until')}
        value={draft.until}
        onChange={(value) => set('until', value)}
        error={errorFor('until')}
      />
      <div className="field-wide">
        <TextAreaField
          label={t('relationship.field.notes')}
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          error={errorFor('notes')}
        />
      </div>
    </FormDialog>
  );
}
