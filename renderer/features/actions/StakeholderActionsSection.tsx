import { useMemo, useState } from 'react';
import { countFollowUps, followUpsByAction, lastContactDate } from '../../../shared/analysis/followUps';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useStakeholderActivity } from '../../data/useActionQueries';
import { useT } from '../../i18n/useT';
import { CardSection } from '../../ui/CardSection';
import { ActionFormDialog } from './ActionFormDialog';
import { followUpCountText } from './followUpCountText';
import './actions.css';

const OUTCOME_SNIPPET_LENGTH = 160;

function snippet(text: string): string {
  return text.length > OUTCOME_SNIPPET_LENGTH ? `${text.slice(0, OUTCOME_SNIPPET_LENGTH).trimEnd()}…` : text;
}

/**
 * The actions that involved a stakeholder — it was a target, or one of its contacts took part
 * (involvesStakeholder) — newest first, and the last contact they add up to.
 */
export function StakeholderActionsSection({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t, tn, formatDate } = useT();
  const data = useStakeholderActivity(stakeholder.id);
  const [isRecording, setIsRecording] = useState(false);
  const today = useToday();

  const followUpsOf = useMemo(() => followUpsByAction(data?.followUps ?? []), [data]);
  const lastContact = data ? lastContactDate(data.actions, stakeholder.id, today, data.contactIds) : null;

  return (
    <CardSection
      title={t('actions.timeline')}
      add={{ label: t('actions.record'), onClick: () => setIsRecording(true) }}
    >
      {data && (
        <p className="last-contact" data-testid="last-contact">
          {lastContact ? t('actions.lastContact', { date: formatDate(lastContact) }) : t('actions.noContactYet')}
        </p>
      )}
      {data && data.actions.length === 0 && <p className="muted">{t('actions.noneForStakeholder')}</p>}
      {data && data.actions.length > 0 && (
        <ol className="timeline" aria-label={t('actions.timelineLabel', { name: stakeholder.name })}>
          {data.actions.map((action) => {
            const counts = countFollowUps(followUpsOf.get(action.id) ?? [], action, today);
            return (
              <li key={action.id} className={action.status === 'planned' ? 'is-planned' : undefined}>
                <div className="timeline-when">
                  {formatDate(action.date)} · {t(`actionKind.${action.kind}`)} ·{' '}
                  <span className={`badge status-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
                </div>
                <a href={routeHref({ section: 'actions', id: action.id })}>{action.title}</a>
                {action.outcome && <p className="timeline-outcome">{snippet(action.outcome)}</p>}
                {counts.open > 0 && (
                  <div className={counts.overdue ? 'overdue-count' : 'muted'}>{followUpCountText(tn, counts)}</div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {isRecording && (
        <ActionFormDialog
          prefill={{ targetIds: [stakeholder.id], regions: stakeholder.region ? [stakeholder.region] : [] }}
          onClose={() => setIsRecording(false)}
        />
      )}
    </CardSection>
  );
}
