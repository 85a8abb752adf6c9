import type { Agreement } from '../../../shared/domain/agreement';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

interface ConfirmAgreementDeletionDialogProps {
  agreement: Agreement;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmAgreementDeletionDialog({ agreement, onConfirm, onClose }: ConfirmAgreementDeletionDialogProps) {
  const { t } = useT();
  return (
    <Dialog
      title={t('agreements.deleteTitle', { title: agreement.title })}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button-danger" onClick={onConfirm}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{t('agreements.deleteText')}</p>
      <p className="muted">{t('agreements.deleteUndoHint')}</p>
    </Dialog>
  );
}
