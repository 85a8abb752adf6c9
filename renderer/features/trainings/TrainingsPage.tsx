import { useMemo, useState } from 'react';
import type { Training } from '../../../shared/domain/training';
import type { Route } from '../../app/route';
import { useDatabase } from '../../data/useDatabase';
import { useRecords } from '../../data/useRecordQueries';
import { deleteTraining, previewTrainingDeletion } from '../../db/repositories/trainings';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';
import { TrainingCoverageSection } from './TrainingCoverageSection';
import { TrainingFormDialog } from './TrainingFormDialog';

type OpenDialog =
  { kind: 'create' } | { kind: 'edit'; training: Training } | { kind: 'delete'; training: Training } | null;

/** The newest first; on the same day, by title. */
function newestFirst(one: Training, other: Training): number {
  return other.date.localeCompare(one.date) || one.title.localeCompare(other.title);
}

/** The trainings held: a list with their dates, regions and attendees, and the form to record one. */
export function TrainingsPage({ route }: { route: Route }) {
  const { t, tn, formatDate } = useT();
  const database = useDatabase();
  const changeWithUndo = useUndoableChange();
  const trainings = useRecords('trainings');
  const [dialog, setDialog] = useState<OpenDialog>(() => (route.query.new ? { kind: 'create' } : null));
  const rows = useMemo(() => [...(trainings ?? [])].sort(newestFirst), [trainings]);
  const closeDialog = () => setDialog(null);

  const newButton = (
    <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
      {t('trainings.new')}
    </button>
  );
  const dates = (training: Training) =>
    training.endDate && training.endDate !== training.date
      ? t('trainings.dateRange', { from: formatDate(training.date), to: formatDate(training.endDate) })
      : formatDate(training.date);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('trainings.title')}</h1>
        <div className="page-actions">{newButton}</div>
      </div>
      {trainings === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : trainings.length === 0 ? (
        <EmptyState title={t('trainings.emptyTitle')} actions={newButton}>
          <p>{t('trainings.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {tn('trainings.count', trainings.length)}
          </p>
          <div className="table-scroll keeps-height">
            <table className="data-table" aria-label={t('trainings.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('trainings.col.date')}</th>
                  <th scope="col">{t('trainings.col.title')}</th>
                  <th scope="col">{t('trainings.col.region')}</th>
                  <th scope="col">{t('trainings.col.attendees')}</th>
                  <th scope="col">{t('trainings.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((training) => (
                  <tr key={training.id}>
                    <td style={{ whiteSpace: 'nowrap' }}>{dates(training)}</td>
                    <td>
                      {training.title}
                      {training.topic && <div className="muted">{training.topic}</div>}
                    </td>
                    <td>{training.region ? t(`region.${training.region}`) : t('trainings.noRegion')}</td>
                    <td>
                      {tn(
                        'trainings.attendeeCount',
                        training.attendeeIds.length + (training.formerAttendees?.length ?? 0),
                      )}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button-small"
                          aria-label={t('trainings.editOf', { title: training.title })}
                          onClick={() => setDialog({ kind: 'edit', training })}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="button-small"
                          aria-label={t('trainings.deleteOf', { title: training.title })}
                          onClick={() => setDialog({ kind: 'delete', training })}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TrainingCoverageSection trainings={trainings} />
        </>
      )}
      {dialog?.kind === 'create' && <TrainingFormDialog onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <TrainingFormDialog training={dialog.training} onClose={closeDialog} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDeletionDialog
          title={t('trainings.deleteTitle', { title: dialog.training.title })}
          preview={() => previewTrainingDeletion(database, dialog.training.id)}
          onClose={closeDialog}
          onConfirm={() => {
            closeDialog();
            void changeWithUndo(t('trainings.deleted', { title: dialog.training.title }), () =>
              deleteTraining(database, dialog.training.id),
            );
          }}
        />
      )}
    </div>
  );
}
