import { useState } from 'react';
import type { AdvocacyAction } from '../../../shared/domain/action';
import { navigate, routeHref } from '../../app/route';
import { useActionDetail } from '../../data/useActionQueries';
import { useDatabase } from '../../data/useDatabase';
import { deleteAction, previewActionDeletion } from '../../db/repositories/actions';
import { useT } from '../../i18n/useT';
import { DetailPageFrame, RecordNotFound } from '../../ui/DetailPageFrame';
import { FoldedText } from '../../ui/FoldedText';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ActionFollowUpsSection } from './ActionFollowUpsSection';
import { ActionFormDialog } from './ActionFormDialog';
import { useActionOptions } from './useActionOptions';
import './actions.css';
import { RecordChangesSection } from '../team/RecordChangesSection';
import { RecordHistorySection } from '../history/RecordHistorySection';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';

export function ActionDetailPage({ actionId }: { actionId: string }) {
  const { t, formatDate } = useT();
  const changeWithUndo = useUndoableChange();
  const options = useActionOptions();
  // null once loaded and missing; undefined while loading.
  const database = useDatabase();
  const data = useActionDetail(actionId);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const back = { href: routeHref({ section: 'actions' }), label: t('actions.back') };

  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <RecordNotFound back={back} />;
  const { action, followUps, targets, participants } = data;

  async function remove(removed: AdvocacyAction) {
    setDialog(null);
    await changeWithUndo(t('actions.deleted', { title: removed.title }), async () => {
      const change = await deleteAction(database, removed.id);
      navigate({ section: 'actions' });
      return change;
    });
  }

  const details: Array<[label: string, value: string]> = [
    [t('actions.field.kind'), t(`actionKind.${action.kind}`)],
    [t('actions.field.date'), formatDate(action.date)],
    [t('actions.field.status'), t(`actionStatus.${action.status}`)],
    [t('actions.field.regions'), options.regionList(action.regions) || t('actions.noRegion')],
    [t('actions.field.programme'), options.programmeName(action.programmeId) || t('actions.noProgramme')],
    [t('actions.field.owner'), options.staffName(action.ownerId) || t('actions.noOwner')],
  ];

  return (
    <DetailPageFrame
      className="action-detail"
      back={back}
      title={action.title}
      onEdit={() => setDialog('edit')}
      onDelete={() => setDialog('delete')}
    >
      <div className="card-grid">
        <section className="card" aria-labelledby="action-details-heading">
          <h2 id="action-details-heading">{t('actions.details')}</h2>
          <dl className="definition-list">
            {details.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            {action.objective && (
              <div>
                <dt>{t('actions.field.objective')}</dt>
                <FoldedText text={action.objective} as="dd" />
              </div>
            )}
            {action.outcome && (
              <div>
                <dt>{t('actions.field.outcome')}</dt>
                <FoldedText text={action.outcome} as="dd" />
              </div>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="action-targets-heading">
          <h2 id="action-targets-heading">{t('actions.targets')}</h2>
          {targets.length === 0 ? (
            <p className="muted">{t('actions.noTargets')}</p>
          ) : (
            <ul>
              {targets.map((target) => (
                <li key={target.id}>
                  <a href={routeHref({ section: 'stakeholders', id: target.id })}>{target.name}</a>
                  {target.region && <span className="muted"> · {options.regionLabel(target.region)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="action-participants-heading">
          <h2 id="action-participants-heading">{t('actions.participants')}</h2>
          {participants.length === 0 ? (
            <p className="muted">{t('actions.noParticipants')}</p>
          ) : (
            <ul>
              {participants.map(({ contact, organisation }) => (
                <li key={contact.id}>
                  {contact.name}
                  {contact.role && <span className="muted"> · {contact.role}</span>}
                  {organisation && (
                    <>
                      {' · '}
                      <a href={routeHref({ section: 'stakeholders', id: contact.stakeholderId })}>{organisation}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <ActionFollowUpsSection action={action} followUps={followUps} />
        <RecordChangesSection table="actions" id={actionId} />
        <RecordHistorySection table="actions" id={actionId} />
      </div>
      {dialog === 'edit' && <ActionFormDialog existing={{ action, followUps }} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDeletionDialog
          title={t('actions.deleteTitle', { title: action.title })}
          preview={() => previewActionDeletion(database, action.id)}
          onConfirm={() => void remove(action)}
          onClose={() => setDialog(null)}
        />
      )}
    </DetailPageFrame>
  );
}
