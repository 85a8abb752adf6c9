import { useCallback } from 'react';
import type { Agreement } from '../../../shared/domain/agreement';
import { db } from '../../db/db';
import { deleteAgreement } from '../../db/repositories/agreements';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';

/** Deletes one agreement and offers Undo; resolves to whether it was deleted. */
export function useDeleteAgreement() {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  return useCallback(
    (agreement: Agreement): Promise<boolean> => changeWithUndo(t('agreements.deleted', { title: agreement.title }), () => deleteAgreement(db, agreement.id)),
    [changeWithUndo, t],
  );
}
