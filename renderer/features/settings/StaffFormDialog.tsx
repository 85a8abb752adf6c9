import { useState, type FormEvent } from 'react';
import type { StaffMember } from '../../../shared/domain/organisation';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { createStaffMember, updateStaffMember } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';
import { FormDialogFooter } from '../../ui/FormDialogFooter';
import { CheckboxField, TextField } from '../../ui/fields';
import { useFieldErrors } from '../../ui/useFieldErrors';

interface StaffDraft {
  name: string;
  role: string;
  email: string;
  isActive: boolean;
}

export function StaffFormDialog({ member, onClose }: { member?: StaffMember; onClose(): void }) {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const [draft, setDraft] = useState<StaffDraft>(() => ({
    name: member?.name ?? '',
    role: member?.role ?? '',
    email: member?.email ?? '',
    isActive: member?.isActive ?? true,
  }));
  const [isSaving, setIsSaving] = useState(false);
  const { errorFor, capture } = useFieldErrors();
  const set = <Field extends keyof StaffDraft>(field: Field, value: StaffDraft[Field]) => setDraft((current) => ({ ...current, [field]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    try {
      const input = { ...draft, email: draft.email.trim() };
      if (member) {
        const { member: saved, change } = await updateStaffMember(db, member.id, input);
        notify({ message: t('staff.updated', { name: saved.name }), undo: change });
      } else {
        const saved = await createStaffMember(db, input);
        notify({ message: t('staff.created', { name: saved.name }) });
      }
      onClose();
    } catch (error) {
      if (!capture(error)) notifyError(error);
    } finally {
      setIsSaving(false);
    }
  }

  const formId = 'staff-form';
  return (
    <Dialog
      title={member ? t('staff.editTitle', { name: member.name }) : t('staff.createTitle')}
      onClose={onClose}
      size="small"
      footer={<FormDialogFooter formId={formId} isSaving={isSaving} onCancel={onClose} />}
    >
      <form id={formId} className="form-grid" onSubmit={(event) => void save(event)} noValidate>
        <TextField label={t('staff.field.name')} value={draft.name} onChange={(value) => set('name', value)} error={errorFor('name')} isRequired autoFocus />
        <TextField label={t('staff.field.role')} value={draft.role} onChange={(value) => set('role', value)} error={errorFor('role')} />
        <TextField type="email" label={t('staff.field.email')} value={draft.email} onChange={(value) => set('email', value)} error={errorFor('email')} />
        <div className="field-wide">
          <CheckboxField label={t('staff.field.isActive')} isChecked={draft.isActive} onChange={(value) => set('isActive', value)} />
          <p className="field-hint">{t('staff.field.isActiveHint')}</p>
        </div>
      </form>
    </Dialog>
  );
}
