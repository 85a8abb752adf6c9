import type { FollowUpCounts } from '../../../shared/analysis/followUps';
import type { I18nValue } from '../../i18n/I18nContext';

/** "2 open, 1 overdue" (or "2 open"), with each number's own plural. */
export function followUpCountText(tn: I18nValue['tn'], counts: FollowUpCounts): string {
  const open = tn('actions.openCount', counts.open);
  return counts.overdue ? `${open}, ${tn('actions.overdueCount', counts.overdue)}` : open;
}
