import { routeHref, type Route } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { AsOfControl } from '../history/AsOfControl';
import { CompareDaysSection } from '../history/CompareDaysSection';
import { ExpiringAgreementsCard, OverdueFollowUpsCard, RecentActionsCard } from './ActivityCards';
import './dashboard.css';
import { BridgesCard, StageFunnelCard } from './FigureCards';
import { RegionSwitch, regionFromQuery } from './RegionSwitch';
import { useDashboardFigures } from './useDashboardFigures';

/** The app's home: where the network stands, overall or in one region, each figure a way in. */
export function DashboardPage({ route }: { route: Route }) {
  const { t } = useT();
  const region = regionFromQuery(route.query);
  const { figures, isEmpty } = useDashboardFigures(region, useToday());
  const title = region === null ? t('dashboard.title') : t('dashboard.titleRegion', { region: t(`region.${region}`) });

  if (isEmpty) {
    return (
      <div className="page">
        <div className="page-header">
          <h1>{t('dashboard.title')}</h1>
        </div>
        <EmptyState
          title={t('dashboard.emptyTitle')}
          actions={
            <>
              <a className="button button-primary" href={routeHref({ section: 'stakeholders', query: { new: '1' } })}>
                {t('dashboard.addStakeholder')}
              </a>
              <a className="button" href={routeHref({ section: 'import-export' })}>
                {t('dashboard.import')}
              </a>
            </>
          }
        >
          <p>{t('dashboard.emptyText')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page dashboard">
      <div className="page-header">
        <h1>{title}</h1>
        <RegionSwitch section="dashboard" region={region} />
      </div>
      {figures === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <div className="dashboard-grid">
          <div className="dashboard-column">
            <StageFunnelCard funnel={figures.funnel} total={figures.stakeholderCount} region={region} />
            <AsOfControl region={region} />
            <CompareDaysSection region={region} />
            <div className="dashboard-pair">
              <ExpiringAgreementsCard agreements={figures.expiring} region={region} />
              <OverdueFollowUpsCard count={figures.overdueCount} region={region} />
            </div>
          </div>
          <div className="dashboard-column">
            <BridgesCard figures={figures} region={region} />
            <RecentActionsCard actions={figures.recentActions} region={region} />
          </div>
        </div>
      )}
    </div>
  );
}
