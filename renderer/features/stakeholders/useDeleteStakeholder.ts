import { useCallback } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useDatabase } from '../../data/useDatabase';
import { deleteStakeholders, previewStakeholderDeletion } from '../../db/repositories/stakeholders';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';

/** Preview and deletion of one stakeholder, with Undo offered afterwards. */
export function useDeleteStakeholder() {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const preview = useCallback(
    (stakeholder: Stakeholder) => previewStakeholderDeletion(database, [stakeholder.id]),
    [database],
  );
  const remove = useCallback(
    (stakeholder: Stakeholder): Promise<boolean> =>
      changeWithUndo(
        t('stakeholders.deleted', { name: stakeholder.name }),
        async () => (await deleteStakeholders(database, [stakeholder.id])).change,
      ),
    [changeWithUndo, database, t],
  );
  return { preview, remove };
}
