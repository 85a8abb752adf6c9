import { Fragment } from 'react';
import type { DeletionReach } from '../db/cascade';
import { useT } from '../i18n/useT';
import { ConfirmDialog } from './ConfirmDialog';
import { tableCountText } from './deletionReachWords';
import { useLoadOnce } from './useLoadOnce';

/** A deletion with nothing on this laptop to put back: said in place of what it reaches. */
export interface DeletionBeyondUndo {
  cannotUndo: string;
}

interface ConfirmDeletionDialogProps {
  title: string;
  /** What the deletion would take with it, computed by the same code that deletes. */
  preview(): Promise<DeletionReach | DeletionBeyondUndo>;
  /** Said under what the deletion reaches, how to take it back. */
  undoHint?: string;
  onConfirm(): void;
  onClose(): void;
}

/** Tells the user what goes with a deletion before it happens (docs/DESIGN.md §2.4). */
export function ConfirmDeletionDialog({ title, preview, undoHint, onConfirm, onClose }: ConfirmDeletionDialogProps) {
  const words = useT();
  const { t } = words;
  const loaded = useLoadOnce(preview);
  const found = loaded.status === 'loaded' ? loaded.value : undefined;
  const reach = found && !('cannotUndo' in found) ? found : undefined;
  const groups = reach
    ? [
        { intro: t('stakeholders.deleteIntro'), counts: reach.deleted },
        { intro: t('stakeholders.deleteChangedIntro'), counts: reach.changed },
      ].filter((group) => group.counts.length > 0)
    : [];

  return (
    <ConfirmDialog
      title={title}
      onConfirm={onConfirm}
      onClose={onClose}
      isConfirmDisabled={!found}
      loadFailure={loaded.status === 'failed' ? loaded.error : undefined}
    >
      {loaded.status === 'failed' ? null : !found ? (
        <p role="status">{t('common.loading')}</p>
      ) : 'cannotUndo' in found ? (
        <p>{found.cannotUndo}</p>
      ) : groups.length ? (
        groups.map((group) => (
          <Fragment key={group.intro}>
            <p>{group.intro}</p>
            <ul>
              {group.counts.map((count) => (
                <li key={count.table}>{tableCountText(words, count)}</li>
              ))}
            </ul>
          </Fragment>
        ))
      ) : (
        <p>{t('stakeholders.deleteNothingElse')}</p>
      )}
      {!(found && 'cannotUndo' in found) && <p className="muted">{undoHint ?? t('stakeholders.deleteUndoHint')}</p>}
    </ConfirmDialog>
  );
}
