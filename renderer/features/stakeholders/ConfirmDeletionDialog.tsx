import type { DeletionSummary } from '../../db/cascade';
import { useT } from '../../i18n/useT';
import type { PluralKey } from '../../i18n/translate';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useLoadOnce } from '../../ui/useLoadOnce';

const CASCADE_LINES = [
  { field: 'contacts', message: 'cascade.contacts' },
  { field: 'relationships', message: 'cascade.relationships' },
  { field: 'agreementsDeleted', message: 'cascade.agreementsDeleted' },
  { field: 'agreementsChanged', message: 'cascade.agreementsChanged' },
  { field: 'actionsChanged', message: 'cascade.actionsChanged' },
  { field: 'briefingsDeleted', message: 'cascade.briefingsDeleted' },
  { field: 'briefingsChanged', message: 'cascade.briefingsChanged' },
] as const satisfies ReadonlyArray<{ field: Exclude<keyof DeletionSummary, 'stakeholders'>; message: PluralKey }>;

interface ConfirmDeletionDialogProps {
  title: string;
  /** What the deletion would take with it, computed by the same code that deletes. */
  preview(): Promise<DeletionSummary>;
  onConfirm(): void;
  onClose(): void;
}

/** Tells the user what goes with a deletion before it happens (docs/DESIGN.md §2.4). */
export function ConfirmDeletionDialog({ title, preview, onConfirm, onClose }: ConfirmDeletionDialogProps) {
  const { t, tn } = useT();
  const loaded = useLoadOnce(preview);
  const summary = loaded.status === 'loaded' ? loaded.value : undefined;
  const lines = summary ? CASCADE_LINES.filter((line) => summary[line.field] > 0) : [];

  return (
    <ConfirmDialog title={title} onConfirm={onConfirm} onClose={onClose} isConfirmDisabled={!summary} loadFailure={loaded.status === 'failed' ? loaded.error : undefined}>
      {loaded.status === 'failed' ? null : !summary ? (
        <p role="status">{t('common.loading')}</p>
      ) : lines.length ? (
        <>
          <p>{t('stakeholders.deleteIntro')}</p>
          <ul>
            {lines.map((line) => (
              <li key={line.field}>{tn(line.message, summary[line.field])}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('stakeholders.deleteNothingElse')}</p>
      )}
      <p className="muted">{t('stakeholders.deleteUndoHint')}</p>
    </ConfirmDialog>
  );
}
