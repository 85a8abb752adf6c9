import type { StaffMember } from '../../../shared/domain/organisation';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { createStaffMember, updateStaffMember } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { FormDialog } from '../../ui/FormDialog';
import { CheckboxField, TextField } from '../../ui/fields';
import { useDraft } from '../../ui/useDraft';
import { useFormSave } from '../../ui/useFormSave';

interface StaffDraft {
  name: string;
  role: string;
  email: string;
  isActive: boolean;
}

export function StaffFormDialog({ member, onClose }: { member?: StaffMember; onClose(): void }) {
  const { t } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const { draft, set } = useDraft<StaffDraft>(() => ({
    name: member?.name ?? '',
    role: member?.role ?? '',
    email: member?.email ?? '',
    isActive: member?.isActive ?? true,
  }));
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: onClose });

  async function save() {
    const input = { ...draft, email: draft.email.trim() };
    if (member) {
      const { member: saved, change } = await updateStaffMember(database, member.id, input);
      notify({ message: t('staff.updated', { name: saved.name }), undo: change });
    } else {
      const saved = await createStaffMember(database, input);
      notify({ message: t('staff.created', { name: saved.name }) });
    }
  }

  return (
    <FormDialog
      title={member ? t('staff.editTitle', { name: member.name }) : t('staff.createTitle')}
      size="small"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, save)}
      onClose={onClose}
    >
      <TextField
        label={t('staff.field.name')}
        value={draft.name}
        onChange={(value) => set('name', value)}
        error={errorFor('name')}
        isRequired
        autoFocus
      />
      <TextField
        label={t('staff.field.role')}
        value={draft.role}
        onChange={(value) => set('role', value)}
        error={errorFor('role')}
      />
      <TextField
        type="email"
        label={t('staff.field.email')}
        value={draft.email}
        onChange={(value) => set('email', value)}
        error={errorFor('email')}
      />
      <div className="field-wide">
        <CheckboxField
          label={t('staff.field.isActive')}
          isChecked={draft.isActive}
          onChange={(value) => set('isActive', value)}
        />
        <p className="field-hint">{t('staff.field.isActiveHint')}</p>
      </div>
    </FormDialog>
  );
}
