import { newestRemaining, type KeptCopy } from '../../db/erasureCopies';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { copyKey, copyLabel } from './erasureLabels';

interface DeleteCopiesDialogProps {
  /** Every copy the last check listed. */
  copies: readonly KeptCopy[];
  deleting: readonly KeptCopy[];
  /** The desktop writes a new backup right after; the browser offers one to download. */
  hasBackupsFolder: boolean;
  onConfirm(): void;
  onClose(): void;
}

/** Before deleting copies that hold an erased person: they hold everyone else too, and which backup is left. */
export function DeleteCopiesDialog({
  copies,
  deleting,
  hasBackupsFolder,
  onConfirm,
  onClose,
}: DeleteCopiesDialogProps) {
  const i18n = useT();
  const { t, tn } = i18n;
  const newest = newestRemaining(copies, deleting);
  return (
    <ConfirmDialog
      title={tn('erasure.deleteTitle', deleting.length)}
      confirmLabel={t('erasure.deleteConfirm')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{t('erasure.deleteWarning')}</p>
      <ul className="erasure-list">
        {deleting.map((copy) => (
          <li key={copyKey(copy)}>{copyLabel(copy, i18n)}</li>
        ))}
      </ul>
      <p>{newest ? t('erasure.deleteNewest', { copy: copyLabel(newest, i18n) }) : t('erasure.deleteNoneLeft')}</p>
      <p>{t(hasBackupsFolder ? 'erasure.deleteThenBackupDesktop' : 'erasure.deleteThenBackupWeb')}</p>
    </ConfirmDialog>
  );
}
