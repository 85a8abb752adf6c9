import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';

interface DiscardChangesDialogProps {
  onKeepEditing(): void;
  onDiscard(): void;
}

/**
 * Asked before a form with unsaved changes closes. "Keep editing" comes first and takes the
 * focus: a second Escape or a hurried Enter keeps the work.
 */
export function DiscardChangesDialog({ onKeepEditing, onDiscard }: DiscardChangesDialogProps) {
  const { t } = useT();
  return (
    <Dialog
      title={t('forms.discard.title')}
      onClose={onKeepEditing}
      size="small"
      footer={
        <>
          <button type="button" onClick={onKeepEditing} autoFocus>
            {t('forms.discard.keep')}
          </button>
          <button type="button" className="button-danger" onClick={onDiscard}>
            {t('forms.discard.confirm')}
          </button>
        </>
      }
    >
      <p>{t('forms.discard.text')}</p>
    </Dialog>
  );
}
