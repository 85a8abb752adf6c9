import { useCallback } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { deleteStakeholders, previewStakeholderDeletion } from '../../db/repositories/stakeholders';
import { useT } from '../../i18n/useT';

/** Preview and deletion of one stakeholder, with Undo offered afterwards. */
export function useDeleteStakeholder() {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const preview = useCallback((stakeholder: Stakeholder) => previewStakeholderDeletion(db, [stakeholder.id]), []);
  const remove = useCallback(
    async (stakeholder: Stakeholder): Promise<boolean> => {
      try {
        const { change } = await deleteStakeholders(db, [stakeholder.id]);
        notify({ message: t('stakeholders.deleted', { name: stakeholder.name }), undo: change });
        return true;
      } catch (error) {
        notifyError(error);
        return false;
      }
    },
    [notify, notifyError, t],
  );
  return { preview, remove };
}
