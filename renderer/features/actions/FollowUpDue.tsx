import { daysOverdue, isOverdue } from '../../../shared/analysis/followUps';
import type { FollowUp } from '../../../shared/domain/action';
import { useT } from '../../i18n/useT';

/** When a follow-up is due; overdue is said in words (and marked), not only by colour. */
export function FollowUpDue({ followUp, today }: { followUp: Pick<FollowUp, 'dueDate' | 'doneOn'>; today: string }) {
  const { t, tn, formatDate } = useT();
  if (followUp.dueDate === null) return <span className="muted">{t('followUps.noDueDate')}</span>;
  if (isOverdue(followUp, today)) {
    return (
      <span className="follow-up-overdue">
        <span aria-hidden="true">⚠ </span>
        {tn('followUps.overdueBy', daysOverdue(followUp, today))}
        <span className="muted"> · {formatDate(followUp.dueDate)}</span>
      </span>
    );
  }
  if (followUp.doneOn === null && followUp.dueDate === today) return <span className="follow-up-today">{t('followUps.dueToday')}</span>;
  return <span>{t('followUps.dueOn', { date: formatDate(followUp.dueDate) })}</span>;
}
