import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';
import { DiscardChangesDialog } from './DiscardChangesDialog';

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
  /**
   * Whether closing would lose changes; when not told, any edit made in the form counts
   * (typing, choosing, ticking), which is what asks "Discard your changes?" on closing.
   */
  hasUnsavedChanges?: boolean;
}

/**
 * A dialog whose body is a form, with Cancel and Save at the bottom; closing it with unsaved
 * changes asks first. Save sits in the
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
  hasUnsavedChanges,
}: FormDialogProps) {
  const { t } = useT();
  const formId = useId();
  const [hasEdits, setHasEdits] = useState(false);
  const [isAskingToDiscard, setIsAskingToDiscard] = useState(false);
  const isLosingChanges = hasUnsavedChanges ?? hasEdits;

  // Escape, Cancel and the browser's own close request all come here.
  function requestClose() {
    if (isLosingChanges && !isSaving) setIsAskingToDiscard(true);
    else onClose();
  }

  return (
    <Dialog
      title={title}
      onClose={requestClose}
      size={size}
      footer={
        <>
          <button type="button" onClick={requestClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button-primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : (submitLabel ?? t('common.save'))}
          </button>
        </>
      }
    >
      <form id={formId} className={formClassName} onSubmit={onSubmit} onChange={() => setHasEdits(true)} noValidate>
        {children}
      </form>
      {isAskingToDiscard && (
        <DiscardChangesDialog onKeepEditing={() => setIsAskingToDiscard(false)} onDiscard={onClose} />
      )}
    </Dialog>
  );
}
