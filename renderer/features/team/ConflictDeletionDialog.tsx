import { useT } from '../../i18n/useT';
import type { ConflictDeletionPreview } from '../../sync/conflictDeletion';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';

interface ConflictDeletionDialogProps {
  /** The record's title in the Conflicts list. */
  title: string;
  /** What the deletion would do here, planned by the code that deletes (conflictDeletion.ts). */
  preview(): Promise<ConflictDeletionPreview>;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Asks before "Delete" in the Conflicts list, as every deletion in the app does: what goes with
 * the record and what stays without it. A record this laptop does not hold is deleted only in
 * the team's copy, with nothing here to put back: the dialog says it cannot be undone.
 */
export function ConflictDeletionDialog({ title, preview, onConfirm, onClose }: ConflictDeletionDialogProps) {
  const { t } = useT();
  return (
    <ConfirmDeletionDialog
      title={t('team.conflicts.deleteTitle', { title })}
      preview={async () => {
        const { isHeldHere, reach } = await preview();
        return isHeldHere ? reach : { cannotUndo: t('team.conflicts.deleteNotHeld') };
      }}
      undoHint={t('team.conflicts.deleteUndoHint')}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
