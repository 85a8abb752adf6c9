import type { ReactNode } from 'react';
import { errorMessageKey } from '../app/notifications/errorMessage';
import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  /** What the change does, in the feature's own words (what goes with it, how to undo it). */
  children: ReactNode;
  onConfirm(): void;
  onClose(): void;
  /** The confirming button's label; Delete unless told. */
  confirmLabel?: string;
  /** Held back while what the change takes with it is still being worked out. */
  isConfirmDisabled?: boolean;
  /**
   * Why working out what the change takes with it failed (useLoadOnce's error): said in an
   * alert, and the confirming button stays held back.
   */
  loadFailure?: unknown;
  /** Gentler ways out, between Cancel and the confirming button. */
  alternatives?: ReactNode;
  size?: 'small' | 'medium';
}

/**
 * Asks before a destructive change. Cancel comes first and takes the focus, so Enter
 * or a hurried click does not destroy anything.
 */
export function ConfirmDialog({
  title,
  children,
  onConfirm,
  onClose,
  confirmLabel,
  isConfirmDisabled = false,
  loadFailure,
  alternatives,
  size = 'small',
}: ConfirmDialogProps) {
  const { t } = useT();
  const failure = loadFailure === undefined ? null : errorMessageKey(loadFailure);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size={size}
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          {alternatives}
          <button
            type="button"
            className="button-danger"
            disabled={isConfirmDisabled || failure !== null}
            onClick={onConfirm}
          >
            {confirmLabel ?? t('common.delete')}
          </button>
        </>
      }
    >
      {failure && (
        <p role="alert" className="field-error">
          {t(failure.key, { message: failure.detail })}
        </p>
      )}
      {children}
    </Dialog>
  );
}
