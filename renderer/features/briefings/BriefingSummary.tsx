import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';

/** Follow-ups shown per attendee in the summary: the soonest; the rest are counted. */
const FOLLOW_UPS_SHOWN = 1;

/** Who is at the table, one line each: the page to read first, before the attendees' cards. */
export function BriefingSummary({ model }: { model: BriefingModel }) {
  const { t, tOr, tn, formatDate } = useT();
  const { labelOf } = useCategories();
  return (
    <>
      <p className="muted">{tn('briefings.attendeeCount', model.attendees.length)}</p>
      <table className="data-table briefing-table briefing-summary">
        <thead>
          <tr>
            <th scope="col">{t('briefings.header.stakeholder')}</th>
            <th scope="col">{t('briefings.header.contacts')}</th>
            <th scope="col">{t('briefings.header.region')}</th>
            <th scope="col">{t('briefings.fact.category')}</th>
            <th scope="col">{t('briefings.header.stage')}</th>
            <th scope="col">{t('briefings.header.lastContact')}</th>
            <th scope="col">{t('briefings.header.openFollowUps')}</th>
          </tr>
        </thead>
        <tbody>
          {model.attendees.map(({ stakeholder, contacts, lastContactDate, openFollowUps }) => (
            <tr key={stakeholder.id}>
              <th scope="row">{stakeholder.name}</th>
              <td>{contacts.map((contact) => contact.name).join('; ')}</td>
              <td>
                {/* Without a region, its level ("National") says where it works, in one word. */}
                {stakeholder.region
                  ? tOr(`region.${stakeholder.region}`, stakeholder.region)
                  : tOr(`level.${stakeholder.level}`, t('region.none'))}
              </td>
              <td>{labelOf(stakeholder.categoryId)}</td>
              <td>{tOr(`stage.${stakeholder.guidelinesStage}`, stakeholder.guidelinesStage)}</td>
              <td>{lastContactDate ? formatDate(lastContactDate) : t('briefings.fact.never')}</td>
              <td>
                {openFollowUps.slice(0, FOLLOW_UPS_SHOWN).map(({ followUp, isOverdue }) => (
                  // Marked in the line, not with a badge below it, and first: the summary keeps to one
                  // page, and on paper a long follow-up is cut after two lines (the card has it whole).
                  <div key={followUp.id} className="briefing-summary-followup">
                    {isOverdue && <strong className="briefing-overdue-text">{t('briefings.fact.overdue')} </strong>}
                    {followUp.dueDate && `${formatDate(followUp.dueDate)} – `}
                    {followUp.text}
                  </div>
                ))}
                {openFollowUps.length > FOLLOW_UPS_SHOWN && (
                  <div className="muted">{tn('briefings.summary.more', openFollowUps.length - FOLLOW_UPS_SHOWN)}</div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
