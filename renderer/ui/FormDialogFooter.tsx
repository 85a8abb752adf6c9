import { useT } from '../i18n/useT';

/** Cancel and Save for a dialog whose form sits in its body (linked by the form's id). */
export function FormDialogFooter({ formId, isSaving, onCancel }: { formId: string; isSaving: boolean; onCancel(): void }) {
  const { t } = useT();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="button-primary" disabled={isSaving}>
        {isSaving ? t('common.saving') : t('common.save')}
      </button>
    </>
  );
}
