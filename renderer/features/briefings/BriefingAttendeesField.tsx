import { useRef } from 'react';
import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import type { Briefing } from '../../../shared/domain/briefing';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';
import { focusNeighbourOf } from '../../ui/focusNeighbourOf';

export interface AttendeeChangesPatch {
  addedStakeholderIds: string[];
  removedStakeholderIds: string[];
}

/** The stored changes after removing `id`: undone if it was added by hand, else recorded. */
export function withoutAttendee(briefing: Briefing, id: string): AttendeeChangesPatch {
  const added = briefing.addedStakeholderIds ?? [];
  const removed = briefing.removedStakeholderIds ?? [];
  return added.includes(id)
    ? { addedStakeholderIds: added.filter((other) => other !== id), removedStakeholderIds: removed }
    : { addedStakeholderIds: added, removedStakeholderIds: [...new Set([...removed, id])] };
}

/** The stored changes after adding `id`: a removed attendee comes back, anyone else is added. */
export function withAttendee(briefing: Briefing, id: string): AttendeeChangesPatch {
  const added = briefing.addedStakeholderIds ?? [];
  const removed = briefing.removedStakeholderIds ?? [];
  return removed.includes(id)
    ? { addedStakeholderIds: added, removedStakeholderIds: removed.filter((other) => other !== id) }
    : { addedStakeholderIds: [...new Set([...added, id])], removedStakeholderIds: removed };
}

interface BriefingAttendeesFieldProps {
  briefing: Briefing;
  model: BriefingModel;
  stakeholders: readonly Stakeholder[];
  onChange(patch: AttendeeChangesPatch): void;
}

/** Who comes: drop those the source brings who will not, add others by name; saved with the briefing. */
export function BriefingAttendeesField({ briefing, model, stakeholders, onChange }: BriefingAttendeesFieldProps) {
  const { t, tn } = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const attendeeIds = model.attendees.map((facts) => facts.stakeholder.id);
  const byHand = new Set(briefing.addedStakeholderIds ?? []);
  function remove(id: string) {
    // Moved on the click, while the neighbour's button is there: the removed one's goes with its row.
    focusNeighbourOf(listRef.current, attendeeIds, attendeeIds.indexOf(id));
    onChange(withoutAttendee(briefing, id));
  }
  return (
    <fieldset className="briefing-who">
      <legend>{t('briefings.who')}</legend>
      <p className="muted">{tn('briefings.attendeeCount', attendeeIds.length)}</p>
      <ul ref={listRef} className="briefing-who-list" aria-label={t('briefings.who')} tabIndex={-1}>
        {model.attendees.map(({ stakeholder }) => (
          <li key={stakeholder.id}>
            <span>
              {stakeholder.name}
              {byHand.has(stakeholder.id) && <span className="muted"> ({t('briefings.who.hand')})</span>}
            </span>
            <button
              type="button"
              className="button-quiet button-small"
              aria-label={t('briefings.who.remove', { name: stakeholder.name })}
              data-row-id={stakeholder.id}
              onClick={() => remove(stakeholder.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <StakeholderPicker
        label={t('briefings.who.add')}
        value=""
        stakeholders={stakeholders}
        excludeIds={attendeeIds}
        onChange={(id) => id && onChange(withAttendee(briefing, id))}
      />
      {model.removedAttendees.length > 0 && (
        <div className="briefing-who-removed">
          <p>{t('briefings.who.removed')}</p>
          <ul className="briefing-who-list">
            {model.removedAttendees.map((stakeholder) => (
              <li key={stakeholder.id}>
                <span className="muted">{stakeholder.name}</span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('briefings.who.addBack', { name: stakeholder.name })}
                  onClick={() => onChange(withAttendee(briefing, stakeholder.id))}
                >
                  +
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
