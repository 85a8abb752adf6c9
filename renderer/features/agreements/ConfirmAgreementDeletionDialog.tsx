import type { Agreement } from '../../../shared/domain/agreement';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface ConfirmAgreementDeletionDialogProps {
  agreement: Agreement;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmAgreementDeletionDialog({ agreement, onConfirm, onClose }: ConfirmAgreementDeletionDialogProps) {
  const { t } = useT();
  return (
    <ConfirmDialog
      title={t('agreements.deleteTitle', { title: agreement.title })}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{t('agreements.deleteText')}</p>
      <p className="muted">{t('agreements.deleteUndoHint')}</p>
    </ConfirmDialog>
  );
}
