import { useState } from 'react';
import { navigate, routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useAgreementDetail } from '../../data/useAgreementQueries';
import { useT } from '../../i18n/useT';
import { DetailPageFrame, RecordNotFound } from '../../ui/DetailPageFrame';
import { FoldedText } from '../../ui/FoldedText';
import { AgreementStatusBadge, ExpiryBadge } from './AgreementBadges';
import { AgreementFormDialog } from './AgreementFormDialog';
import { ConfirmAgreementDeletionDialog } from './ConfirmAgreementDeletionDialog';
import { useDeleteAgreement } from './useDeleteAgreement';
import './agreements.css';
import { RecordChangesSection } from '../team/RecordChangesSection';
import { RecordHistorySection } from '../history/RecordHistorySection';

export function AgreementDetailPage({ agreementId }: { agreementId: string }) {
  const { t, formatDate } = useT();
  // null once loaded and missing; undefined while loading.
  const data = useAgreementDetail(agreementId);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteAgreement();
  const today = useToday();
  const back = { href: routeHref({ section: 'agreements' }), label: t('agreements.back') };

  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <RecordNotFound back={back} />;

  const { agreement, stakeholders, programmes } = data;
  const dateOrNotSet = (date: string | null) =>
    date ? formatDate(date) : <span className="muted">{t('agreements.notSet')}</span>;
  const firstPartyId = agreement.parties[0]?.stakeholderId;
  const mapHref = routeHref({
    section: 'map',
    query: { focus: firstPartyId, agreementStatus: agreement.status, agreementKind: agreement.kind },
  });

  return (
    <DetailPageFrame
      className="agreement-detail"
      back={back}
      title={agreement.title}
      actions={
        <a className="button" href={mapHref}>
          {t('agreements.showOnMap')}
        </a>
      }
      onEdit={() => setDialog('edit')}
      onDelete={() => setDialog('delete')}
    >
      <div className="card-grid">
        <section className="card" aria-labelledby="agreement-details-heading">
          <h2 id="agreement-details-heading">{t('agreements.details')}</h2>
          <dl className="definition-list">
            <div>
              <dt>{t('agreements.field.kind')}</dt>
              <dd>{t(`agreementKind.${agreement.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('agreements.field.status')}</dt>
              <dd>
                <AgreementStatusBadge status={agreement.status} />
              </dd>
            </div>
            <div>
              <dt>{t('agreements.field.signedOn')}</dt>
              <dd>{dateOrNotSet(agreement.signedOn)}</dd>
            </div>
            <div>
              <dt>{t('agreements.field.inForceFrom')}</dt>
              <dd>{dateOrNotSet(agreement.inForceFrom)}</dd>
            </div>
            <div>
              <dt>{t('agreements.field.expiresOn')}</dt>
              <dd>
                {dateOrNotSet(agreement.expiresOn)} <ExpiryBadge agreement={agreement} today={today} />
              </dd>
            </div>
            <div>
              <dt>{t('agreements.field.documentRef')}</dt>
              <dd>{agreement.documentRef || <span className="muted">{t('agreements.notSet')}</span>}</dd>
            </div>
            {programmes.length > 0 && (
              <div>
                <dt>{t('agreements.field.programmes')}</dt>
                <dd>{programmes.join(', ')}</dd>
              </div>
            )}
          </dl>
          {agreement.notes && <FoldedText text={agreement.notes} />}
        </section>
        <section className="card" aria-labelledby="agreement-parties-heading">
          <h2 id="agreement-parties-heading">{t('agreements.parties')}</h2>
          <ul className="item-list">
            {agreement.parties.map((party, index) => {
              const stakeholder = stakeholders[index];
              return (
                <li key={party.stakeholderId}>
                  {stakeholder ? (
                    <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
                  ) : (
                    <span className="muted">{t('agreements.missingParty')}</span>
                  )}
                  <span className="badge">{t(`partyRole.${party.role}`)}</span>
                </li>
              );
            })}
          </ul>
        </section>
        <RecordChangesSection table="agreements" id={agreementId} />
        <RecordHistorySection table="agreements" id={agreementId} />
      </div>
      {dialog === 'edit' && <AgreementFormDialog agreement={agreement} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmAgreementDeletionDialog
          agreement={agreement}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void remove(agreement).then((isDeleted) => isDeleted && navigate({ section: 'agreements' }));
          }}
        />
      )}
    </DetailPageFrame>
  );
}
