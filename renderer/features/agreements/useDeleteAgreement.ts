import { useCallback } from 'react';
import type { Agreement } from '../../../shared/domain/agreement';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { deleteAgreement } from '../../db/repositories/agreements';
import { useT } from '../../i18n/useT';

/** Deletes one agreement and offers Undo; resolves to whether it was deleted. */
export function useDeleteAgreement() {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  return useCallback(
    async (agreement: Agreement): Promise<boolean> => {
      try {
        const change = await deleteAgreement(db, agreement.id);
        notify({ message: t('agreements.deleted', { title: agreement.title }), undo: change });
        return true;
      } catch (error) {
        notifyError(error);
        return false;
      }
    },
    [notify, notifyError, t],
  );
}
