import { useId, useMemo, useState } from 'react';
import { stageFunnel, type RegionScope } from '../../../shared/analysis/dashboard';
import { networkOn } from '../../../shared/analysis/asOf';
import { useStageHistory } from '../../data/useHistoryQueries';
import { useStakeholders } from '../../data/useStakeholderQueries';
import { useToday } from '../../app/useToday';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { isWholeDate } from '../../ui/dateText';

// The stage funnel as it stood on a chosen day (issue 18), beside today's: the stakeholders
// Trama knew by then, each at the stage its history gives for that day. Where the history has
// no change around the day, today's stage stands in, and the card says for how many.

export function AsOfControl({ region }: { region: RegionScope }) {
  const { t, tn, formatDate } = useT();
  const today = useToday();
  const headingId = useId();
  const [day, setDay] = useState(today);
  const stakeholders = useStakeholders();
  const history = useStageHistory();
  const figures = useMemo(() => {
    if (stakeholders === undefined || history === undefined) return undefined;
    const network = { stakeholders, relationships: [], agreements: [], history };
    const then = networkOn(network, day);
    const inScope = then.stakeholders.filter((stakeholder) => region === null || stakeholder.region === region);
    const fromCurrent = new Set(then.stageFromCurrent);
    return {
      then: stageFunnel(then.stakeholders, region),
      now: stageFunnel(stakeholders, region),
      fromCurrent: inScope.filter((stakeholder) => fromCurrent.has(stakeholder.id)).length,
    };
  }, [stakeholders, history, day, region]);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.asOf.title')}</h2>
      {/* A day typed as the interface writes dates; text that is no date (yet) keeps the last one. */}
      <DateField
        label={t('history.asOf.date')}
        value={day}
        onChange={(value) => value !== '' && isWholeDate(value) && setDay(value)}
      />
      {figures === undefined ? (
        <p role="status">{t('history.loading')}</p>
      ) : (
        <>
          <table className="data-table">
            <caption>{t('history.asOf.caption', { day: formatDate(day) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.asOf.stage')}</th>
                <th scope="col">{t('history.asOf.then')}</th>
                <th scope="col">{t('history.asOf.now')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.then.map(({ stage, count }, index) => (
                <tr key={stage}>
                  <th scope="row">{t(`stage.${stage}`)}</th>
                  <td>{count}</td>
                  <td>{figures.now[index]?.count ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {figures.fromCurrent > 0 && <p className="muted">{tn('history.asOf.fromCurrent', figures.fromCurrent)}</p>}
        </>
      )}
    </section>
  );
}
