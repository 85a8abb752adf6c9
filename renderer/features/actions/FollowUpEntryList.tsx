import { useRef } from 'react';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { briefFollowUpTexts } from './briefFollowUpText';
import { focusNeighbourOf } from '../../ui/focusNeighbourOf';
import { FollowUpDue } from './FollowUpDue';
import { useActionOptions } from './useActionOptions';
import { useMarkFollowUpDone, type FollowUpEntry } from './useFollowUpEntries';
import './actions.css';

interface FollowUpEntryListProps {
  entries: readonly FollowUpEntry[];
  today: string;
  label: string;
  isCompact?: boolean;
}

/**
 * Open follow-ups, each with its action, due date, owner and region and a quick "Mark
 * done". After marking one done, focus moves to the next one's button (focusNeighbourOf).
 */
export function FollowUpEntryList({ entries, today, label, isCompact = false }: FollowUpEntryListProps) {
  const { t } = useT();
  const options = useActionOptions();
  const markDone = useMarkFollowUpDone();
  const listRef = useRef<HTMLUListElement>(null);
  const briefTexts = briefFollowUpTexts(entries.map((entry) => entry.followUp.text));
  return (
    <ul
      ref={listRef}
      className={`follow-up-list${isCompact ? ' follow-up-list-compact' : ''}`}
      aria-label={label}
      tabIndex={-1}
    >
      {entries.map((entry, index) => {
        const { followUp, action } = entry;
        const owner = options.staffName(entry.ownerId);
        const regions = action ? options.regionList(action.regions) : '';
        return (
          <li key={followUp.id} className={entry.isOverdue ? 'follow-up-item is-overdue' : 'follow-up-item'}>
            <div className="follow-up-main">
              <div className="follow-up-text">{followUp.text}</div>
              <div className="follow-up-meta">
                <FollowUpDue followUp={followUp} today={today} />
                <span> · {owner || t('actions.noOwner')}</span>
                {regions && <span> · {regions}</span>}
              </div>
              {action && (
                <div className="follow-up-action">
                  <a href={routeHref({ section: 'actions', id: action.id })}>{action.title}</a>
                </div>
              )}
            </div>
            <button
              type="button"
              className="button-small"
              data-row-id={followUp.id}
              aria-label={t('followUps.markDoneOf', { text: briefTexts[index] ?? '' })}
              onClick={() => {
                focusNeighbourOf(
                  listRef.current,
                  entries.map((neighbour) => neighbour.followUp.id),
                  index,
                );
                void markDone(followUp);
              }}
            >
              {t('followUps.markDone')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
