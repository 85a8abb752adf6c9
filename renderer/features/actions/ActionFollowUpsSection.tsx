import { isOverdueFollowUp } from '../../../shared/analysis/followUps';
import type { AdvocacyAction, FollowUp } from '../../../shared/domain/action';
import { useToday } from '../../app/useToday';
import { useT } from '../../i18n/useT';
import { FollowUpDue } from './FollowUpDue';
import { useActionOptions } from './useActionOptions';
import { useMarkFollowUpDone } from './useFollowUpEntries';

/** An action's follow-ups: open ones first with a quick "Mark done", then the done ones. */
export function ActionFollowUpsSection({
  action,
  followUps,
}: {
  action: Pick<AdvocacyAction, 'status'>;
  followUps: readonly FollowUp[];
}) {
  const { t, formatDate } = useT();
  const options = useActionOptions();
  const markDone = useMarkFollowUpDone();
  const today = useToday();
  const ordered = [...followUps].sort((left, right) => Number(left.doneOn !== null) - Number(right.doneOn !== null));
  return (
    <section className="card" aria-labelledby="action-follow-ups-heading">
      <h2 id="action-follow-ups-heading">{t('actions.followUps')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('actions.noFollowUps')}</p>
      ) : (
        <ul className="follow-up-list" aria-labelledby="action-follow-ups-heading">
          {ordered.map((followUp) => {
            const isDone = followUp.doneOn !== null;
            const className = isDone
              ? 'follow-up-item follow-up-done'
              : isOverdueFollowUp(followUp, action, today)
                ? 'follow-up-item is-overdue'
                : 'follow-up-item';
            return (
              <li key={followUp.id} className={className}>
                <div className="follow-up-main">
                  <div className="follow-up-text">{followUp.text}</div>
                  <div className="follow-up-meta">
                    {isDone ? (
                      <span>{t('actions.doneOn', { date: formatDate(followUp.doneOn) })}</span>
                    ) : (
                      <FollowUpDue followUp={followUp} action={action} today={today} />
                    )}
                    <span> · {options.staffName(followUp.ownerId) || t('actions.noOwner')}</span>
                  </div>
                </div>
                {!isDone && (
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('followUps.markDoneOf', { text: followUp.text })}
                    onClick={() => void markDone(followUp)}
                  >
                    {t('followUps.markDone')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
