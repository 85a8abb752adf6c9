import { useRef } from 'react';
import { compareByDueDate, followUpOwnerId, isOverdueFollowUp } from '../../../shared/analysis/followUps';
import type { AdvocacyAction, FollowUp } from '../../../shared/domain/action';
import { useToday } from '../../app/useToday';
import { useT } from '../../i18n/useT';
import { briefFollowUpTexts } from './briefFollowUpText';
import { focusNeighbourOf } from '../../ui/focusNeighbourOf';
import { FollowUpDue } from './FollowUpDue';
import { useActionOptions } from './useActionOptions';
import { useMarkFollowUpDone } from './useFollowUpEntries';

/**
 * An action's follow-ups: open ones first, in the follow-ups list's order (compareByDueDate),
 * each with a quick "Mark done", then the done ones. Owners as the list says them too
 * (followUpOwnerId), and focus stays in the list after "Mark done" (focusNeighbourOf).
 */
export function ActionFollowUpsSection({
  action,
  followUps,
}: {
  action: Pick<AdvocacyAction, 'status' | 'ownerId'>;
  followUps: readonly FollowUp[];
}) {
  const { t, formatDate } = useT();
  const options = useActionOptions();
  const markDone = useMarkFollowUpDone();
  const today = useToday();
  const listRef = useRef<HTMLUListElement>(null);
  const open = followUps.filter((followUp) => followUp.doneOn === null).sort(compareByDueDate);
  const done = followUps.filter((followUp) => followUp.doneOn !== null);
  const openIds = open.map((followUp) => followUp.id);
  const briefTexts = briefFollowUpTexts(open.map((followUp) => followUp.text));
  return (
    <section className="card" aria-labelledby="action-follow-ups-heading">
      <h2 id="action-follow-ups-heading">{t('actions.followUps')}</h2>
      {followUps.length === 0 ? (
        <p className="muted">{t('actions.noFollowUps')}</p>
      ) : (
        <ul ref={listRef} className="follow-up-list" aria-labelledby="action-follow-ups-heading" tabIndex={-1}>
          {[...open, ...done].map((followUp) => {
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
                    <span> · {options.staffName(followUpOwnerId(followUp, action)) || t('actions.noOwner')}</span>
                  </div>
                </div>
                {!isDone && (
                  <button
                    type="button"
                    className="button-small"
                    data-row-id={followUp.id}
                    aria-label={t('followUps.markDoneOf', { text: briefTexts[openIds.indexOf(followUp.id)] ?? '' })}
                    onClick={() => {
                      focusNeighbourOf(listRef.current, openIds, openIds.indexOf(followUp.id));
                      void markDone(followUp);
                    }}
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
