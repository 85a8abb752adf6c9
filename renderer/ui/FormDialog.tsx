import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  /** The form's fields. */
  children: ReactNode;
  isSaving: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onClose(): void;
  /** The submit button's label; Save unless told. */
  submitLabel?: string;
  size?: 'small' | 'medium' | 'large';
  formClassName?: string;
}

/**
 * A dialog whose body is a form, with Cancel and Save at the bottom. Save sits in the
 * footer outside the form, so it is tied to the form by id; the browser's own validation
 * bubbles are off because the fields show their errors in words.
 */
export function FormDialog({
  title,
  children,
  isSaving,
  onSubmit,
  onClose,
  submitLabel,
  size = 'medium',
  formClassName = 'form-grid',
}: FormDialogProps) {
  const { t } = useT();
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size={size}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button-primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : (submitLabel ?? t('common.save'))}
          </button>
        </>
      }
    >
      <form id={formId} className={formClassName} onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </Dialog>
  );
}
