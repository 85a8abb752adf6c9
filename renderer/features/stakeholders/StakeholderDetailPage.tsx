import { useState } from 'react';
import { navigate, routeHref } from '../../app/route';
import { useStakeholder } from '../../data/useStakeholderQueries';
import { useT } from '../../i18n/useT';
import { DetailPageFrame, RecordNotFound } from '../../ui/DetailPageFrame';
import { StakeholderActionsSection } from '../actions/StakeholderActionsSection';
import { StakeholderAgreementsSection } from '../agreements/StakeholderAgreementsSection';
import { RecordChangesSection } from '../team/RecordChangesSection';
import { RecordHistorySection } from '../history/RecordHistorySection';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';
import { ContactsSection } from './ContactsSection';
import { RelationshipsSection } from './RelationshipsSection';
import { StakeholderFormDialog } from './StakeholderFormDialog';
import { StakeholderProfile } from './StakeholderProfile';
import { useDeleteStakeholder } from './useDeleteStakeholder';

export function StakeholderDetailPage({ stakeholderId }: { stakeholderId: string }) {
  const { t } = useT();
  // null once loaded and missing; undefined while loading.
  const stakeholder = useStakeholder(stakeholderId);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const { preview, remove } = useDeleteStakeholder();
  const back = { href: routeHref({ section: 'stakeholders' }), label: t('detail.back') };

  if (stakeholder === undefined) return <p role="status">{t('common.loading')}</p>;
  if (stakeholder === null) return <RecordNotFound back={back} />;

  return (
    <DetailPageFrame
      className="stakeholder-detail"
      back={back}
      title={stakeholder.name}
      actions={
        <a className="button" href={routeHref({ section: 'map', query: { focus: stakeholder.id } })}>
          {t('detail.showOnMap')}
        </a>
      }
      onEdit={() => setDialog('edit')}
      onDelete={() => setDialog('delete')}
    >
      <div className="card-grid">
        <StakeholderProfile stakeholder={stakeholder} />
        <ContactsSection stakeholder={stakeholder} />
        <RelationshipsSection stakeholder={stakeholder} />
        <StakeholderAgreementsSection stakeholder={stakeholder} />
        <StakeholderActionsSection stakeholder={stakeholder} />
        <RecordChangesSection table="stakeholders" id={stakeholder.id} />
        <RecordHistorySection table="stakeholders" id={stakeholder.id} />
      </div>
      {dialog === 'edit' && <StakeholderFormDialog stakeholder={stakeholder} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDeletionDialog
          title={t('stakeholders.deleteTitle', { name: stakeholder.name })}
          preview={() => preview(stakeholder)}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void remove(stakeholder).then((isDeleted) => isDeleted && navigate({ section: 'stakeholders' }));
          }}
        />
      )}
    </DetailPageFrame>
  );
}
