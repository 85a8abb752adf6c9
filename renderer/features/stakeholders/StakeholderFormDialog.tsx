import { useState } from 'react';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS } from '../../../shared/domain/enums';
import { PROVINCES_BY_REGION, type RegionId } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { StakeholderColumnKey } from '../../../shared/io/columns/stakeholderColumns';
import { stakeholderColumnLabel } from '../../../shared/io/columns/stakeholderFieldColumns';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { useProgrammes } from '../../data/useOrganisationQueries';
import { createStakeholderWithChange, patchStakeholder } from '../../db/repositories/stakeholders';
import type { UndoableChange } from '../../db/undo';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';
import {
  draftFromStakeholder,
  inputFromDraft,
  isRegionalLevel,
  newStakeholderDraft,
  stakeholderPatch,
  type StakeholderDraft,
} from './stakeholderDraft';
import { useCategories } from '../../ui/useCategories';
import { SimilarStakeholdersNote } from './SimilarStakeholdersNote';
import { useStakeholderOptions } from './useStakeholderOptions';
import { RecordGoneNote } from './RecordGoneNote';
import { useRecordGone } from './useRecordGone';

const SCORES = ['1', '2', '3', '4', '5'];

interface StakeholderFormDialogProps {
  /** Absent: create a new stakeholder. */
  stakeholder?: Stakeholder;
  onClose(): void;
  /** With the change that takes a new stakeholder back, for a notice that says it again. */
  onSaved?(stakeholder: Stakeholder, created?: UndoableChange): void;
}

export function StakeholderFormDialog({ stakeholder, onClose, onSaved }: StakeholderFormDialogProps) {
  const { t, language } = useT();
  const label = (key: StakeholderColumnKey) => stakeholderColumnLabel(key, language);
  const { notify } = useNotify();
  const options = useStakeholderOptions();
  const { categories } = useCategories();
  const database = useDatabase();
  const programmes = useProgrammes() ?? [];
  const { draft, setDraft, set } = useDraft<StakeholderDraft>(() =>
    stakeholder ? draftFromStakeholder(stakeholder) : newStakeholderDraft(categories[0]!),
  );
  // The values the form opened with, kept even if the record shown behind it changes meanwhile.
  const [opened] = useState(() => stakeholder && inputFromDraft(draftFromStakeholder(stakeholder)));
  const { goneTable, saveUnlessGone, closeIfSaved } = useRecordGone(onClose);
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: closeIfSaved });

  function changeCategory(categoryId: string) {
    const category = categories.find((candidate) => candidate.id === categoryId);
    // A new stakeholder's sector follows its category until the user picks one.
    setDraft((current) => ({
      ...current,
      categoryId,
      ...(!stakeholder && category ? { sector: category.defaultSector } : {}),
    }));
  }

  function changeLevel(level: StakeholderDraft['level']) {
    setDraft((current) =>
      isRegionalLevel(level) ? { ...current, level } : { ...current, level, region: '', province: '' },
    );
  }

  async function save() {
    const input = inputFromDraft(draft);
    if (stakeholder && opened) {
      const edited = stakeholderPatch(opened, input);
      const { stakeholder: saved, change } = await patchStakeholder(database, stakeholder.id, edited, opened);
      notify({ message: t('stakeholders.updated', { name: saved.name }), undo: change });
      onSaved?.(saved);
    } else {
      const { stakeholder: saved, change } = await createStakeholderWithChange(database, input);
      notify({ message: t('stakeholders.created', { name: saved.name }), undo: change });
      onSaved?.(saved, change);
    }
  }

  const provinces = draft.region ? PROVINCES_BY_REGION[draft.region as RegionId] : [];
  const hasRegion = isRegionalLevel(draft.level);

  return (
    <FormDialog
      title={stakeholder ? t('stakeholders.editTitle', { name: stakeholder.name }) : t('stakeholders.createTitle')}
      size="large"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, () => saveUnlessGone(save))}
      onClose={onClose}
    >
      {goneTable && <RecordGoneNote table={goneTable} onClose={onClose} />}
      <TextField
        className="field-wide"
        label={label('name')}
        value={draft.name}
        onChange={(value) => set('name', value)}
        error={errorFor('name')}
        isRequired
        autoFocus
      />
      {!stakeholder && (
        <SimilarStakeholdersNote
          name={draft.name}
          region={!hasRegion ? null : draft.region ? (draft.region as RegionId) : undefined}
        />
      )}
      <TextField
        label={label('shortName')}
        value={draft.shortName}
        onChange={(value) => set('shortName', value)}
        error={errorFor('shortName')}
      />
      <SelectField
        label={label('category')}
        value={draft.categoryId}
        options={options.categories}
        onChange={changeCategory}
        error={errorFor('categoryId')}
      />
      <SelectField
        label={label('sector')}
        value={draft.sector}
        options={options.sectors}
        onChange={(value) => set('sector', value as StakeholderDraft['sector'])}
      />
      <SelectField
        label={label('level')}
        value={draft.level}
        options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        onChange={(value) => changeLevel(value as StakeholderDraft['level'])}
      />
      {hasRegion && (
        <SelectField
          label={label('region')}
          value={draft.region}
          options={[{ value: '', label: t('stakeholders.chooseRegion') }, ...options.regions]}
          onChange={(value) => setDraft((current) => ({ ...current, region: value, province: '' }))}
          error={errorFor('region')}
        />
      )}
      {hasRegion && (
        <SelectField
          label={label('province')}
          value={draft.province}
          options={[
            { value: '', label: t('stakeholders.noProvince') },
            ...provinces.map((province) => ({ value: province.code, label: `${province.name} (${province.code})` })),
          ]}
          onChange={(value) => set('province', value)}
          error={errorFor('province')}
        />
      )}
      <TextField
        label={label('city')}
        value={draft.city}
        onChange={(value) => set('city', value)}
        error={errorFor('city')}
      />
      <SelectField
        label={label('influence')}
        value={draft.influence}
        options={SCORES.map((score) => ({ value: score, label: score }))}
        onChange={(value) => set('influence', value)}
      />
      <SelectField
        label={label('interest')}
        value={draft.interest}
        options={SCORES.map((score) => ({ value: score, label: score }))}
        onChange={(value) => set('interest', value)}
      />
      <SelectField
        label={label('attitude')}
        value={draft.attitude}
        options={ATTITUDES.map((attitude) => ({ value: attitude, label: t(`attitude.${attitude}`) }))}
        onChange={(value) => set('attitude', value as StakeholderDraft['attitude'])}
      />
      <SelectField
        label={label('stage')}
        value={draft.guidelinesStage}
        options={GUIDELINES_STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
        onChange={(value) => set('guidelinesStage', value as StakeholderDraft['guidelinesStage'])}
      />
      <TextField
        type="url"
        label={label('website')}
        value={draft.website}
        onChange={(value) => set('website', value)}
        error={errorFor('website')}
        placeholder="https://"
      />
      <TextField
        label={label('tags')}
        hint={t('stakeholders.field.tagsHint')}
        value={draft.tags}
        onChange={(value) => set('tags', value)}
        error={errorFor('tags')}
      />
      <CheckboxGroupField
        label={label('programmes')}
        options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
        selected={draft.programmeIds}
        onChange={(programmeIds) => set('programmeIds', programmeIds)}
      />
      <div className="field-wide">
        <TextAreaField
          label={label('notes')}
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          error={errorFor('notes')}
        />
      </div>
    </FormDialog>
  );
}
