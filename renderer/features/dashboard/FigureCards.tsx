import type { ReactNode } from 'react';
import type { RegionScope, StageCount } from '../../../shared/analysis/dashboard';
import type { RegionId } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { stageColour } from '../map/mapPalette';
import type { DashboardFigures, RegionRow } from './useDashboardFigures';

const GAP_NAMES_SHOWN = 5;

/** A titled card of the dashboard; the heading names the region for screen-reader navigation. */
export function FigureCard({
  id,
  title,
  children,
  className = '',
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`card dashboard-card ${className}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

const regionParam = (region: RegionScope) => region ?? undefined;

export function StageFunnelCard({
  funnel,
  total,
  region,
}: {
  funnel: readonly StageCount[];
  total: number;
  region: RegionScope;
}) {
  const { t, formatNumber } = useT();
  const largest = Math.max(1, ...funnel.map((row) => row.count));
  return (
    <FigureCard id="dashboard-funnel" title={t('dashboard.funnel.title')}>
      <p className="muted">{t('dashboard.funnel.total', { count: total })}</p>
      <ol className="stage-funnel" data-testid="stage-funnel">
        {funnel.map(({ stage, count }) => (
          <li key={stage}>
            <a
              href={routeHref({ section: 'stakeholders', query: { stage, region: regionParam(region) } })}
              className="stage-funnel-row"
            >
              <span className="stage-funnel-label">{t(`stage.${stage}`)}</span>
              <span className="stage-funnel-track" aria-hidden="true">
                <span
                  className="stage-funnel-bar"
                  style={{ width: `${(count / largest) * 100}%`, background: stageColour(stage) }}
                />
              </span>
              <span className="stage-funnel-count">{formatNumber(count)}</span>
            </a>
          </li>
        ))}
      </ol>
    </FigureCard>
  );
}

function GapList({ stakeholders }: { stakeholders: readonly Stakeholder[] }) {
  const { t } = useT();
  const hidden = stakeholders.length - GAP_NAMES_SHOWN;
  return (
    <ul className="dashboard-gap-list">
      {stakeholders.slice(0, GAP_NAMES_SHOWN).map((stakeholder) => (
        <li key={stakeholder.id}>
          <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
        </li>
      ))}
      {hidden > 0 && <li className="muted">{t('dashboard.bridges.more', { count: hidden })}</li>}
    </ul>
  );
}

/**
 * The overall view lists no names (each region's view does), except those of the bodies with
 * no region: no region view shows them, and without this they could not be found at all.
 */
function NationalGapList({ stakeholders }: { stakeholders: readonly Stakeholder[] }) {
  const { t } = useT();
  const national = stakeholders.filter((stakeholder) => stakeholder.region === null);
  if (national.length === 0) return null;
  return (
    <>
      <p className="muted">{t('dashboard.bridges.nationalGap')}</p>
      <GapList stakeholders={national} />
    </>
  );
}

/** The row's heading: a region's own dashboard, or the list of the reception bodies with no region. */
function RowHeading({ region }: { region: RegionId | null }) {
  const { t } = useT();
  return region === null ? (
    <a href={routeHref({ section: 'stakeholders', query: { region: 'none', sector: 'reception' } })}>
      {t('dashboard.region.none')}
    </a>
  ) : (
    <a href={routeHref({ section: 'dashboard', query: { region } })}>{t(`region.${region}`)}</a>
  );
}

/** A region where most reception stakeholders have no tie with health services stands out. */
const isWeak = (row: RegionRow) => row.receptionWithoutBridge * 2 > row.receptionTotal;

function RegionBreakdown({ rows }: { rows: readonly RegionRow[] }) {
  const { t } = useT();
  return (
    <>
      <table className="data-table dashboard-region-table" aria-describedby="dashboard-region-bridges-note">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.regionSwitch')}</th>
            <th scope="col">{t('dashboard.bridges.column')}</th>
            <th scope="col">{t('dashboard.bridges.gapColumn')}</th>
            <th scope="col">{t('dashboard.bridges.officeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region ?? 'none'}>
              <th scope="row">
                <RowHeading region={row.region} />
              </th>
              <td>{row.bridges}</td>
              <td className={isWeak(row) ? 'dashboard-gap-cell' : undefined}>
                {t('dashboard.bridges.linkedOf', {
                  linked: row.receptionTotal - row.receptionWithoutBridge,
                  total: row.receptionTotal,
                })}
              </td>
              <td>
                {t('dashboard.bridges.linkedOf', {
                  linked: row.officeTotal - row.officesWithoutBridge,
                  total: row.officeTotal,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* A coordinator reads a row as the bridges of that region: one reaching two counts in both. */}
      <p id="dashboard-region-bridges-note" className="muted">
        {t('dashboard.bridges.columnNote')}
      </p>
    </>
  );
}

export function BridgesCard({ figures, region }: { figures: DashboardFigures; region: RegionScope }) {
  const { t, tn, formatNumber } = useT();
  const { bridges, receptionWithoutBridge: gaps, officesWithoutBridge: officeGaps } = figures;
  return (
    <FigureCard id="dashboard-bridges" title={t('dashboard.bridges.title')}>
      <a
        className="dashboard-figure"
        href={routeHref({ section: 'map', query: { region: regionParam(region), sector: 'reception,health' } })}
      >
        <span className="dashboard-figure-number">{formatNumber(bridges.total)}</span>
        <span>{t('dashboard.bridges.link')}</span>
      </a>
      <p className="muted">
        {t('dashboard.bridges.detail', { relationships: bridges.relationships, agreements: bridges.agreements })}
      </p>
      <p className="muted">
        {t('dashboard.bridges.roles', { facilities: bridges.facilities, offices: bridges.offices })}
      </p>
      {gaps.length === 0 ? (
        <p>{t('dashboard.bridges.noGap')}</p>
      ) : (
        <div className="dashboard-gap" data-testid="reception-gap">
          <p className="dashboard-gap-title">{tn('dashboard.bridges.gap', gaps.length)}</p>
          {region === null ? <NationalGapList stakeholders={gaps} /> : <GapList stakeholders={gaps} />}
        </div>
      )}
      {officeGaps.length === 0 ? (
        <p>{t('dashboard.bridges.noOfficeGap')}</p>
      ) : (
        <div className="dashboard-gap" data-testid="reception-office-gap">
          <p className="dashboard-gap-title">{tn('dashboard.bridges.officeGap', officeGaps.length)}</p>
          {region === null ? <NationalGapList stakeholders={officeGaps} /> : <GapList stakeholders={officeGaps} />}
        </div>
      )}
      {region === null && <RegionBreakdown rows={figures.regionRows} />}
    </FigureCard>
  );
}
