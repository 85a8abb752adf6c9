import { useId, useMemo, useState } from 'react';
import { compareDays } from '../../../shared/analysis/asOf';
import type { RegionScope } from '../../../shared/analysis/dashboard';
import { routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useCompareDaysNetwork } from '../../data/useCompareDaysQueries';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { isWholeDate } from '../../ui/dateText';
import { BridgeChanges, TieChanges } from './NetworkChangeLists';
import { StageMovement } from './StageMovement';
import { dayComparisonView, yearBefore } from './dayComparisonView';
import './compareDays.css';

// "Compare two dates" on the dashboard (issue 18): the network on a first and a second day,
// and what moved between them in the region in scope — the stage funnel region by region,
// ties gained and lost, reception ↔ health bridges that appeared or went — with a way to the
// map showing the same two days.

export function CompareDaysSection({ region }: { region: RegionScope }) {
  const { t, tn, formatDate } = useT();
  const today = useToday();
  const headingId = useId();
  const [fromDay, setFromDay] = useState(() => yearBefore(today));
  const [toDay, setToDay] = useState(today);
  const network = useCompareDaysNetwork();
  const hasBothDays = [fromDay, toDay].every((day) => day !== '' && isWholeDate(day));
  const isFromAfterTo = hasBothDays && fromDay > toDay;
  const comparison = useMemo(
    () => (network && hasBothDays && !isFromAfterTo ? compareDays(network, fromDay, toDay) : undefined),
    [network, fromDay, toDay, hasBothDays, isFromAfterTo],
  );
  // Another region reads the same comparison: only the cut and the names are made again.
  const view = useMemo(
    () => (network && comparison ? dayComparisonView(network, comparison, region, today) : undefined),
    [network, comparison, region, today],
  );

  return (
    <section className="card dashboard-card compare-days" aria-labelledby={headingId}>
      <div className="compare-days-head">
        <h2 id={headingId}>{t('history.compare.title')}</h2>
        {hasBothDays && !isFromAfterTo && (
          <a
            className="button"
            href={routeHref({ section: 'map', query: { day: toDay, from: fromDay, region: region ?? undefined } })}
          >
            {t('history.compare.mapLink')}
          </a>
        )}
      </div>
      <p className="muted">{t('history.compare.intro')}</p>
      <div className="compare-days-dates">
        <DateField
          label={t('history.compare.from')}
          value={fromDay}
          onChange={setFromDay}
          error={isFromAfterTo ? t('history.compare.fromAfterTo', { to: formatDate(toDay) }) : undefined}
        />
        <DateField label={t('history.compare.to')} value={toDay} onChange={setToDay} />
      </div>
      {!hasBothDays && <p className="muted">{t('history.compare.chooseDates')}</p>}
      {hasBothDays && !isFromAfterTo && view === undefined && <p role="status">{t('history.loading')}</p>}
      {view && (
        <>
          <StageMovement view={view} fromDay={fromDay} toDay={toDay} />
          {view.stageFromCurrent > 0 && (
            <p className="muted">{tn('history.compare.fromCurrent', view.stageFromCurrent)}</p>
          )}
          <TieChanges ties={view.ties} />
          <BridgeChanges bridges={view.bridges} />
        </>
      )}
    </section>
  );
}
