import { useEffect, useEffectEvent, useState } from 'react';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

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
export function ConfirmReferenceDeletionDialog({ title, describe, alternative, onConfirm, onClose }: ConfirmReferenceDeletionDialogProps) {
  const { t } = useT();
  const [description, setDescription] = useState<string | null>(null);
  const loadDescription = useEffectEvent(() => describe());

  useEffect(function loadDescriptionOnce() {
    let isCurrent = true;
    void loadDescription().then((text) => isCurrent && setDescription(text));
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          {alternative && (
            <button type="button" onClick={alternative.onChoose}>
              {alternative.label}
            </button>
          )}
          <button type="button" className="button-danger" disabled={description === null} onClick={onConfirm}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      {description === null ? <p role="status">{t('common.loading')}</p> : <p>{description}</p>}
      {alternative && <p>{alternative.hint}</p>}
      <p className="muted">{t('organisation.deleteUndoHint')}</p>
    </Dialog>
  );
}
