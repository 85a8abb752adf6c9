import { useState } from 'react';
import type { Agreement } from '../../../shared/domain/agreement';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../shared/domain/enums';
import { ValidationError } from '../../../shared/domain/validation';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { useProgrammes } from '../../data/useOrganisationQueries';
import { createAgreement, updateAgreement } from '../../db/repositories/agreements';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';
import {
  draftFromAgreement,
  inputFromAgreementDraft,
  isAgreementDraftChanged,
  newAgreementDraft,
  type AgreementDraft,
} from './agreementDraft';
import { PartiesEditor } from './PartiesEditor';
import './agreements.css';

interface AgreementFormDialogProps {
  /** Absent: record a new agreement. */
  agreement?: Agreement;
  /** For a new agreement opened from a stakeholder's page: that stakeholder is the first party. */
  firstPartyId?: string;
  onClose(): void;
  onSaved?(agreement: Agreement): void;
}

export function AgreementFormDialog({ agreement, firstPartyId, onClose, onSaved }: AgreementFormDialogProps) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const programmes = useProgrammes() ?? [];
  const [initialDraft] = useState(() => (agreement ? draftFromAgreement(agreement) : newAgreementDraft(firstPartyId)));
  const { draft, set } = useDraft<AgreementDraft>(() => initialDraft);
  // A party's name typed but not picked: never saved, so Save is refused while it is there.
  const [unchosenParty, setUnchosenParty] = useState('');
  const hasUnchosenParty = unchosenParty.trim() !== '';
  const { isSaving, errorFor, submit } = useFormSave({
    onSaved: onClose,
    // In a long form the first problem (often the parties, at the bottom) may be out of sight: take the user to it.
    onInvalid: (form) => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  });

  async function save() {
    if (hasUnchosenParty) throw new ValidationError([{ field: 'parties', reason: 'party-not-chosen' }]);
    const input = inputFromAgreementDraft(draft);
    if (agreement) {
      const { agreement: saved, change } = await updateAgreement(database, agreement.id, input);
      notify({ message: t('agreements.updated', { title: saved.title }), undo: change });
      onSaved?.(saved);
    } else {
      const saved = await createAgreement(database, input);
      notify({ message: t('agreements.created', { title: saved.title }) });
      onSaved?.(saved);
    }
  }

  return (
    <FormDialog
      title={agreement ? t('agreements.editTitle') : t('agreements.createTitle')}
      size="large"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
      // Removing a party with its button changes no input, so the form's own edit tracking misses it.
      hasUnsavedChanges={isAgreementDraftChanged(initialDraft, draft) || hasUnchosenParty}
    >
      <TextField
        className="field-wide"
        label={t('agreements.field.title')}
        value={draft.title}
        onChange={(value) => set('title', value)}
        error={errorFor('title')}
        isRequired
        autoFocus
      />
      <SelectField
        label={t('agreements.field.kind')}
        value={draft.kind}
        options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreementKind.${kind}`) }))}
        onChange={(value) => set('kind', value as AgreementDraft['kind'])}
      />
      <SelectField
        label={t('agreements.field.status')}
        value={draft.status}
        options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
        onChange={(value) => set('status', value as AgreementDraft['status'])}
      />
      <TextField
        label={t('agreements.field.documentRef')}
        hint={t('agreements.field.documentRefHint')}
        value={draft.documentRef}
        onChange={(value) => set('documentRef', value)}
        error={errorFor('documentRef')}
      />
      <TextField
        type="date"
        label={t('agreements.field.signedOn')}
        value={draft.signedOn}
        onChange={(value) => set('signedOn', value)}
        error={errorFor('signedOn')}
      />
      <TextField
        type="date"
        label={t('agreements.field.inForceFrom')}
        value={draft.inForceFrom}
        onChange={(value) => set('inForceFrom', value)}
        error={errorFor('inForceFrom')}
      />
      <TextField
        type="date"
        label={t('agreements.field.expiresOn')}
        value={draft.expiresOn}
        onChange={(value) => set('expiresOn', value)}
        error={errorFor('expiresOn')}
      />
      <PartiesEditor
        parties={draft.parties}
        onChange={(parties) => set('parties', parties)}
        error={errorFor('parties')}
        errorForParty={(index) => errorFor(`parties.${index}.stakeholderId`) ?? errorFor(`parties.${index}.role`)}
        onUnchosenTextChange={setUnchosenParty}
      />
      {programmes.length > 0 && (
        <CheckboxGroupField
          className="field-wide agreement-fieldset"
          label={t('agreements.field.programmes')}
          options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
          selected={draft.programmeIds}
          onChange={(programmeIds) => set('programmeIds', programmeIds)}
        />
      )}
      <div className="field-wide">
        <TextAreaField
          label={t('agreements.field.notes')}
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          error={errorFor('notes')}
        />
      </div>
    </FormDialog>
  );
}
