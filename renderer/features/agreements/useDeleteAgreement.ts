import { useCallback } from 'react';
import type { Agreement } from '../../../shared/domain/agreement';
import { useDatabase } from '../../data/useDatabase';
import { deleteAgreement } from '../../db/repositories/agreements';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';

/** Deletes one agreement and offers Undo; resolves to whether it was deleted. */
export function useDeleteAgreement() {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  return useCallback(
    (agreement: Agreement): Promise<boolean> =>
      changeWithUndo(t('agreements.deleted', { title: agreement.title }), () =>
        deleteAgreement(database, agreement.id),
      ),
    [changeWithUndo, database, t],
  );
}
