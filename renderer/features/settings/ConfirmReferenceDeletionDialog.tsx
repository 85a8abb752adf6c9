import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useLoadOnce } from '../../ui/useLoadOnce';

interface ConfirmReferenceDeletionDialogProps {
  title: string;
  /** What the deletion does to the records pointing at this one, computed by the repository. */
  describe(): Promise<string>;
  /** A gentler way out shown before Delete (e.g. mark a staff member as inactive). */
  alternative?: { hint: string; label: string; onChoose(): void } | undefined;
  onConfirm(): void;
  onClose(): void;
}

/** Confirmation for deleting a staff member or a programme: says which records lose the reference. */
export function ConfirmReferenceDeletionDialog({
  title,
  describe,
  alternative,
  onConfirm,
  onClose,
}: ConfirmReferenceDeletionDialogProps) {
  const { t } = useT();
  const loaded = useLoadOnce(describe);
  const description = loaded.status === 'loaded' ? loaded.value : undefined;

  return (
    <ConfirmDialog
      title={title}
      onConfirm={onConfirm}
      onClose={onClose}
      isConfirmDisabled={description === undefined}
      loadFailure={loaded.status === 'failed' ? loaded.error : undefined}
      alternatives={
        alternative && (
          <button type="button" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        )
      }
    >
      {loaded.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {description !== undefined && <p>{description}</p>}
      {alternative && <p>{alternative.hint}</p>}
      <p className="muted">{t('organisation.deleteUndoHint')}</p>
    </ConfirmDialog>
  );
}
