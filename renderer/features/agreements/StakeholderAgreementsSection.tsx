import { useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useAgreementsOf } from '../../data/useAgreementQueries';
import { useT } from '../../i18n/useT';
import { CardSection } from '../../ui/CardSection';
import { AgreementStatusBadge, ExpiryBadge } from './AgreementBadges';
import { AgreementFormDialog } from './AgreementFormDialog';
import './agreements.css';

/** The agreements a stakeholder is party to, on its detail view. */
export function StakeholderAgreementsSection({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t, formatDate } = useT();
  const agreements = useAgreementsOf(stakeholder.id);
  const [isCreating, setIsCreating] = useState(false);
  const today = useToday();

  return (
    <CardSection
      title={t('agreements.section.title')}
      add={{ label: t('agreements.section.new'), onClick: () => setIsCreating(true) }}
    >
      {agreements && agreements.length === 0 && <p className="muted">{t('agreements.section.empty')}</p>}
      <ul className="item-list">
        {agreements?.map((agreement) => {
          const role = agreement.parties.find((party) => party.stakeholderId === stakeholder.id)?.role;
          return (
            <li key={agreement.id}>
              <div>
                <a href={routeHref({ section: 'agreements', id: agreement.id })}>{agreement.title}</a>
                <div className="agreement-meta">
                  <span className="muted">{t(`agreementKind.${agreement.kind}`)}</span>
                  <AgreementStatusBadge status={agreement.status} />
                  {role && (
                    <span className="muted">
                      {t('agreements.section.asRole', { role: t(`partyRole.${role}`).toLocaleLowerCase() })}
                    </span>
                  )}
                  {agreement.expiresOn && (
                    <span className="muted">
                      {t('agreements.section.expires', { date: formatDate(agreement.expiresOn) })}
                    </span>
                  )}
                  <ExpiryBadge agreement={agreement} today={today} />
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {isCreating && <AgreementFormDialog firstPartyId={stakeholder.id} onClose={() => setIsCreating(false)} />}
    </CardSection>
  );
}
