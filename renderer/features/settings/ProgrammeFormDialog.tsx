import type { Programme } from '../../../shared/domain/organisation';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { createProgramme, updateProgramme } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';

interface ProgrammeDraft {
  name: string;
  shortName: string;
  description: string;
}

export function ProgrammeFormDialog({ programme, onClose }: { programme?: Programme; onClose(): void }) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const { draft, set } = useDraft<ProgrammeDraft>(() => ({
    name: programme?.name ?? '',
    shortName: programme?.shortName ?? '',
    description: programme?.description ?? '',
  }));
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: onClose });

  async function save() {
    if (programme) {
      const { programme: saved, change } = await updateProgramme(database, programme.id, draft);
      notify({ message: t('programmes.updated', { name: saved.name }), undo: change });
    } else {
      const saved = await createProgramme(database, draft);
      notify({ message: t('programmes.created', { name: saved.name }) });
    }
  }

  return (
    <FormDialog
      title={programme ? t('programmes.editTitle', { name: programme.name }) : t('programmes.createTitle')}
      size="small"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
    >
      <div className="field-wide">
        <TextField
          label={t('programmes.field.name')}
          value={draft.name}
          onChange={(value) => set('name', value)}
          error={errorFor('name')}
          isRequired
          autoFocus
        />
      </div>
      <TextField
        label={t('programmes.field.shortName')}
        hint={t('programmes.field.shortNameHint')}
        value={draft.shortName}
        onChange={(value) => set('shortName', value)}
        error={errorFor('shortName')}
      />
      <div className="field-wide">
        <TextAreaField
          label={t('programmes.field.description')}
          value={draft.description}
          onChange={(value) => set('description', value)}
          error={errorFor('description')}
        />
      </div>
    </FormDialog>
  );
}
