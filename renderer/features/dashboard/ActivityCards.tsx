import type { RegionScope } from '../../../shared/analysis/dashboard';
import type { AdvocacyAction } from '../../../shared/domain/action';
import type { Agreement } from '../../../shared/domain/agreement';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { FollowUpList } from '../actions/FollowUpList';
import { FigureCard } from './FigureCards';
import { EXPIRY_WINDOW_DAYS } from './useDashboardFigures';

const EXPIRING_SHOWN = 5;
const OVERDUE_SHOWN = 5;

const regionParam = (region: RegionScope) => region ?? undefined;

export function ExpiringAgreementsCard({
  agreements,
  region,
}: {
  agreements: readonly Agreement[];
  region: RegionScope;
}) {
  const { t, formatDate, formatNumber } = useT();
  return (
    <FigureCard id="dashboard-expiring" title={t('dashboard.expiring.title')}>
      <a
        className="dashboard-figure"
        href={routeHref({
          section: 'agreements',
          query: { expiring: String(EXPIRY_WINDOW_DAYS), region: regionParam(region) },
        })}
      >
        <span className="dashboard-figure-number">{formatNumber(agreements.length)}</span>
        <span>{t('dashboard.expiring.link')}</span>
      </a>
      {agreements.length === 0 ? (
        <p className="muted">{t('dashboard.expiring.none')}</p>
      ) : (
        <ul className="dashboard-list">
          {agreements.slice(0, EXPIRING_SHOWN).map((agreement) => (
            <li key={agreement.id}>
              <a href={routeHref({ section: 'agreements', id: agreement.id })}>{agreement.title}</a>
              <span className="muted">
                {t('dashboard.expiring.expires', { date: formatDate(agreement.expiresOn) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </FigureCard>
  );
}

export function OverdueFollowUpsCard({ count, region }: { count: number; region: RegionScope }) {
  const { t, tn, formatNumber } = useT();
  return (
    <FigureCard
      id="dashboard-overdue"
      title={t('dashboard.overdue.title')}
      className={count > 0 ? 'dashboard-card-alert' : ''}
    >
      <a
        className="dashboard-figure"
        href={routeHref({ section: 'follow-ups', query: { scope: 'overdue', region: regionParam(region) } })}
      >
        <span className="dashboard-figure-number">{formatNumber(count)}</span>
        <span>{tn('dashboard.overdue.count', count)}</span>
      </a>
      <FollowUpList scope="overdue" region={region ?? undefined} limit={OVERDUE_SHOWN} />
    </FigureCard>
  );
}

export function RecentActionsCard({ actions, region }: { actions: readonly AdvocacyAction[]; region: RegionScope }) {
  const { t, formatDate } = useT();
  return (
    <FigureCard id="dashboard-recent" title={t('dashboard.recent.title')}>
      {actions.length === 0 ? (
        <p className="muted">{t('dashboard.recent.none')}</p>
      ) : (
        <ul className="dashboard-list">
          {actions.map((action) => (
            <li key={action.id}>
              <a href={routeHref({ section: 'actions', id: action.id })}>{action.title}</a>
              <span className="muted">
                {formatDate(action.date)} · {t(`actionKind.${action.kind}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={routeHref({ section: 'actions', query: { region: regionParam(region) } })}>
          {t('dashboard.recent.link')}
        </a>
      </p>
    </FigureCard>
  );
}
