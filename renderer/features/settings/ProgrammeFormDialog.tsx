import { useState, type FormEvent } from 'react';
import type { Programme } from '../../../shared/domain/organisation';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { createProgramme, updateProgramme } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';
import { FormDialogFooter } from '../../ui/FormDialogFooter';
import { TextAreaField, TextField } from '../../ui/fields';
import { useFieldErrors } from '../../ui/useFieldErrors';

interface ProgrammeDraft {
  name: string;
  shortName: string;
  description: string;
}

export function ProgrammeFormDialog({ programme, onClose }: { programme?: Programme; onClose(): void }) {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const [draft, setDraft] = useState<ProgrammeDraft>(() => ({
    name: programme?.name ?? '',
    shortName: programme?.shortName ?? '',
    description: programme?.description ?? '',
  }));
  const [isSaving, setIsSaving] = useState(false);
  const { errorFor, capture } = useFieldErrors();
  const set = (field: keyof ProgrammeDraft, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    try {
      if (programme) {
        const { programme: saved, change } = await updateProgramme(db, programme.id, draft);
        notify({ message: t('programmes.updated', { name: saved.name }), undo: change });
      } else {
        const saved = await createProgramme(db, draft);
        notify({ message: t('programmes.created', { name: saved.name }) });
      }
      onClose();
    } catch (error) {
      if (!capture(error)) notifyError(error);
    } finally {
      setIsSaving(false);
    }
  }

  const formId = 'programme-form';
  return (
    <Dialog
      title={programme ? t('programmes.editTitle', { name: programme.name }) : t('programmes.createTitle')}
      onClose={onClose}
      size="small"
      footer={<FormDialogFooter formId={formId} isSaving={isSaving} onCancel={onClose} />}
    >
      <form id={formId} className="form-grid" onSubmit={(event) => void save(event)} noValidate>
        <div className="field-wide">
          <TextField label={t('programmes.field.name')} value={draft.name} onChange={(value) => set('name', value)} error={errorFor('name')} isRequired autoFocus />
        </div>
        <TextField label={t('programmes.field.shortName')} hint={t('programmes.field.shortNameHint')} value={draft.shortName} onChange={(value) => set('shortName', value)} error={errorFor('shortName')} />
        <div className="field-wide">
          <TextAreaField label={t('programmes.field.description')} value={draft.description} onChange={(value) => set('description', value)} error={errorFor('description')} />
        </div>
      </form>
    </Dialog>
  );
}
