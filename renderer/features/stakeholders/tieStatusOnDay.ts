import { tieStatusOnDay, type TieDates, type TieStatusOnDay } from '../../../shared/analysis/activeOnDay';
import { useT } from '../../i18n/useT';

// The words for what a tie is on a day (tieStatusOnDay, the app's one rule), so that the
// relationship's page, the briefing and its workbook never call one tie Active and Inactive.

/** Active, Inactive, or from the day it starts. */
export function useTieStatusWords(): (status: TieStatusOnDay) => string {
  const { t, formatDate } = useT();
  return (status) =>
    status.kind === 'starts-later'
      ? t('relationship.startsOn', { date: formatDate(status.on) })
      : t(`relationshipStatus.${status.kind}`);
}

/** The words for a tie's status on a day. */
export function useTieStatusText(): (tie: TieDates, day: string) => string {
  const words = useTieStatusWords();
  return (tie, day) => words(tieStatusOnDay(tie, day));
}
