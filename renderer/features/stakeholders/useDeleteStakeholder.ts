import { useCallback } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { db } from '../../db/db';
import { deleteStakeholders, previewStakeholderDeletion } from '../../db/repositories/stakeholders';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';

/** Preview and deletion of one stakeholder, with Undo offered afterwards. */
export function useDeleteStakeholder() {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  const preview = useCallback((stakeholder: Stakeholder) => previewStakeholderDeletion(db, [stakeholder.id]), []);
  const remove = useCallback(
    (stakeholder: Stakeholder): Promise<boolean> =>
      changeWithUndo(t('stakeholders.deleted', { name: stakeholder.name }), async () => (await deleteStakeholders(db, [stakeholder.id])).change),
    [changeWithUndo, t],
  );
  return { preview, remove };
}
