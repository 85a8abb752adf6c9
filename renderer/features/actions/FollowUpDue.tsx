import { daysOverdue, isOverdueFollowUp } from '../../../shared/analysis/followUps';
import type { AdvocacyAction, FollowUp } from '../../../shared/domain/action';
import { useT } from '../../i18n/useT';

interface FollowUpDueProps {
  followUp: Pick<FollowUp, 'dueDate' | 'doneOn'>;
  /** Its action, when known: a cancelled action's follow-ups are never overdue. */
  action?: Pick<AdvocacyAction, 'status'> | undefined;
  today: string;
}

/** When a follow-up is due; overdue is said in words (and marked), not only by colour. */
export function FollowUpDue({ followUp, action, today }: FollowUpDueProps) {
  const { t, tn, formatDate } = useT();
  if (followUp.dueDate === null) return <span className="muted">{t('followUps.noDueDate')}</span>;
  if (isOverdueFollowUp(followUp, action, today)) {
    return (
      <span className="follow-up-overdue">
        <span aria-hidden="true">⚠ </span>
        {tn('followUps.overdueBy', daysOverdue(followUp, today))}
        <span className="muted"> · {formatDate(followUp.dueDate)}</span>
      </span>
    );
  }
  if (followUp.doneOn === null && action?.status !== 'cancelled' && followUp.dueDate === today)
    return <span className="follow-up-today">{t('followUps.dueToday')}</span>;
  return <span>{t('followUps.dueOn', { date: formatDate(followUp.dueDate) })}</span>;
}
