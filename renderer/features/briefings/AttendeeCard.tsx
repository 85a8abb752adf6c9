import type { AttendeeFacts, OpenFollowUp } from '../../../shared/briefing/briefingModel';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';

/** "None", agreeing in Italian with what there is none of (azioni is feminine). */
function None({ of = 'briefings.fact.none' }: { of?: 'briefings.fact.none' | 'briefings.fact.noActions' }) {
  const { t } = useT();
  return <span className="muted">{t(of)}</span>;
}

/** Open follow-ups with their due date, the overdue ones marked. */
export function OpenFollowUpList({ followUps }: { followUps: readonly OpenFollowUp[] }) {
  const { t, formatDate } = useT();
  return (
    <ul className="briefing-facts">
      {followUps.map(({ followUp, isOverdue }) => (
        <li key={followUp.id}>
          {followUp.text}
          {followUp.dueDate && <> ({t('briefings.fact.due', { date: formatDate(followUp.dueDate) })})</>}
          {isOverdue && <span className="badge briefing-alert"> {t('briefings.fact.overdue')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What a coordinator needs to know about one stakeholder at the table. */
export function AttendeeCard({ facts, fromAction }: { facts: AttendeeFacts; fromAction: boolean }) {
  const { t, tOr, formatDate } = useT();
  const { labelOf } = useCategories();
  const { stakeholder } = facts;
  return (
    <article className="briefing-attendee">
      <h3>{stakeholder.name}</h3>
      <dl className="definition-list">
        <div>
          <dt>{t('briefings.fact.category')}</dt>
          <dd>{labelOf(stakeholder.categoryId)}</dd>
        </div>
        <div>
          <dt>{t('briefings.fact.region')}</dt>
          <dd>{stakeholder.region ? tOr(`region.${stakeholder.region}`, stakeholder.region) : t('region.none')}</dd>
        </div>
        <div>
          <dt>{t('briefings.fact.stage')}</dt>
          <dd>{tOr(`stage.${stakeholder.guidelinesStage}`, stakeholder.guidelinesStage)}</dd>
        </div>
        <div>
          <dt>{t('briefings.fact.influenceInterest')}</dt>
          <dd>
            {stakeholder.influence} / {stakeholder.interest}
          </dd>
        </div>
        <div>
          <dt>{fromAction ? t('briefings.fact.contacts') : t('briefings.fact.contactsPrimary')}</dt>
          <dd>
            {facts.contacts.length ? (
              facts.contacts
                .map((contact) => (contact.role ? `${contact.name} (${contact.role})` : contact.name))
                .join('; ')
            ) : (
              <None />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('briefings.fact.lastContact')}</dt>
          <dd>{facts.lastContactDate ? formatDate(facts.lastContactDate) : t('briefings.fact.never')}</dd>
        </div>
        <div>
          <dt>{t('briefings.fact.recentActions')}</dt>
          <dd>
            {facts.recentActions.length ? (
              <ul className="briefing-facts">
                {facts.recentActions.map((action) => (
                  <li key={action.id}>
                    {formatDate(action.date)} – {action.title}:{' '}
                    {action.outcome || <span className="muted">{t('briefings.fact.noOutcome')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <None of="briefings.fact.noActions" />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('briefings.fact.openFollowUps')}</dt>
          <dd>{facts.openFollowUps.length ? <OpenFollowUpList followUps={facts.openFollowUps} /> : <None />}</dd>
        </div>
        <div>
          <dt>{t('briefings.fact.agreements')}</dt>
          <dd>
            {facts.agreements.length ? (
              <ul className="briefing-facts">
                {facts.agreements.map(({ agreement, isExpiring }) => (
                  <li key={agreement.id}>
                    {agreement.title}
                    {agreement.expiresOn && (
                      <> ({t('briefings.fact.expires', { date: formatDate(agreement.expiresOn) })})</>
                    )}
                    {isExpiring && <span className="badge briefing-alert"> {t('briefings.fact.expiring')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
