import { useId } from 'react';
import type { FunnelMovement } from '../../../shared/analysis/asOf';
import { GUIDELINES_STAGES } from '../../../shared/domain/enums';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { FoldedList } from './FoldedList';
import type { DayComparisonView } from './dayComparisonView';

// The stage funnel's movement between two days: regions as rows, stages as columns, each cell
// the count on the first day → on the second with the change in words; then who moved.

function MovementCell({ before, after }: { before: number; after: number }) {
  const { t } = useT();
  const change = after - before;
  return (
    <td className={change === 0 ? 'compare-days-same' : 'compare-days-moved'}>
      <span className="compare-days-count">{t('history.compare.cell', { before, after })}</span>{' '}
      <span className="compare-days-change">
        {change > 0
          ? t('history.compare.more', { count: change })
          : change < 0
            ? t('history.compare.fewer', { count: -change })
            : t('history.compare.same')}
      </span>
    </td>
  );
}

function MovementTable({ funnels, fromDay, toDay }: { funnels: FunnelMovement[]; fromDay: string; toDay: string }) {
  const { t, formatDate } = useT();
  return (
    <div className="compare-days-scroll">
      <table className="data-table compare-days-table">
        <caption>{t('history.compare.caption', { from: formatDate(fromDay), to: formatDate(toDay) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.compare.region')}</th>
            {GUIDELINES_STAGES.map((stage) => (
              <th scope="col" key={stage}>
                {t(`stage.${stage}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {funnels.map(({ region, stages }) => (
            <tr key={region ?? 'all'} className={region === null ? 'compare-days-total' : undefined}>
              <th scope="row">{region === null ? t('dashboard.overall') : t(`region.${region}`)}</th>
              {stages.map(({ stage, before, count }) => (
                <MovementCell key={stage} before={before} after={count} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StageMovement({ view, fromDay, toDay }: { view: DayComparisonView; fromDay: string; toDay: string }) {
  const { t, tn } = useT();
  const headingId = useId();
  const movesId = useId();
  // Known to Trama from the day they were entered: a network entered recently has grown from nothing.
  const added = view.stageMoves.filter((move) => move.from === null).length;
  return (
    <section className="compare-days-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('history.compare.stagesTitle')}</h3>
      {view.funnels.length === 0 ? (
        <p>{t('history.compare.noStakeholders')}</p>
      ) : (
        <MovementTable funnels={view.funnels} fromDay={fromDay} toDay={toDay} />
      )}
      {added > 0 && <p className="muted">{tn('history.compare.addedNote', added)}</p>}
      <h4 id={movesId}>{t('history.compare.movesTitle')}</h4>
      {view.stageMoves.length === 0 ? (
        <p>{t('history.compare.noMoves')}</p>
      ) : (
        <>
          <p className="muted">{tn('history.compare.moves', view.stageMoves.length)}</p>
          <FoldedList
            labelledBy={movesId}
            items={view.stageMoves}
            keyOf={(move) => move.stakeholder.id}
            render={(move) => (
              <>
                <a href={routeHref({ section: 'stakeholders', id: move.stakeholder.id })}>{move.stakeholder.name}</a>
                {': '}
                {move.from === null
                  ? t('history.compare.added', { stage: t(`stage.${move.to}`) })
                  : t('history.compare.move', { from: t(`stage.${move.from}`), to: t(`stage.${move.to}`) })}
              </>
            )}
          />
        </>
      )}
    </section>
  );
}
